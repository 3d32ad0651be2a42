// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/gitcommand.h"

#include "git/historywalk.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

QJsonObject toJson(const Commit &commit)
{
    QJsonArray pullRequests;
    for (int number : commit.pullRequests) {
        pullRequests.append(number);
    }
    return QJsonObject{{u"sha"_s, commit.sha},
                       {u"subject"_s, commit.subject},
                       {u"body"_s, commit.body},
                       {u"authorName"_s, commit.authorName},
                       {u"authorEmail"_s, commit.authorEmail},
                       {u"authoredAt"_s, commit.authoredAt.toString(Qt::ISODate)},
                       {u"parents"_s, QJsonArray::fromStringList(commit.parents)},
                       {u"pullRequests"_s, pullRequests}};
}

} // namespace

QString GitCommand::name() const
{
    return u"git"_s;
}

QString GitCommand::summary() const
{
    return u"read a repository: git log of a release range with pull-request numbers"_s;
}

int GitCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(u"action"_s, u"log"_s);
    const QCommandLineOption repoOption(u"repo"_s, u"The local clone."_s, u"path"_s);
    const QCommandLineOption fromOption(u"from"_s, u"Start of the range, excluded (the previous tag)."_s, u"rev"_s);
    const QCommandLineOption toOption(u"to"_s, u"End of the range, included (default HEAD)."_s, u"rev"_s, u"HEAD"_s);
    const QCommandLineOption firstParentOption(u"first-parent"_s, u"Follow only the first parent of merges."_s);
    parser.addOptions({repoOption, fromOption, toOption, firstParentOption});
    if (const auto exit = parseCommandLine(parser, name(), context)) {
        return *exit;
    }
    if (parser.positionalArguments() != QStringList{u"log"_s}) {
        return context.output.error(ExitBadInput, u"expected the action 'log'"_s,
                                    u"See 'release-assistant-cli git --help'."_s);
    }
    if (!parser.isSet(repoOption)) {
        return context.output.error(ExitBadInput, u"--repo is required"_s);
    }
    git::WalkRange range;
    range.repositoryPath = parser.value(repoOption);
    range.from = parser.value(fromOption);
    range.to = parser.value(toOption);
    range.firstParent = parser.isSet(firstParentOption);
    const auto commits = git::walkHistory(range);
    if (!commits) {
        return context.output.error(ExitBadInput, commits.error().message());
    }
    QJsonArray array;
    for (const Commit &commit : *commits) {
        QString line = commit.sha.left(10) + u' ' + commit.subject;
        for (int number : commit.pullRequests) {
            line += u" [#%1]"_s.arg(number);
        }
        context.output.line(line);
        array.append(toJson(commit));
    }
    context.output.result(array);
    return ExitOk;
}

} // namespace ra::cli
