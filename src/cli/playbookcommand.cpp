// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/playbookcommand.h"

#include "core/playbookloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::cli {

QString PlaybookCommand::name() const
{
    return u"playbook"_s;
}

QString PlaybookCommand::summary() const
{
    return u"check a project playbook or print a preset (validate, preset)"_s;
}

int PlaybookCommand::run(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == u"validate" || sub == u"preset") {
        context.arguments.removeFirst();
        return sub == u"validate" ? validate(context) : preset(context);
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        context.output.setJson(false);
        context.output.line(u"Usage: release-assistant-cli playbook <subcommand>\n\n"
                            u"  validate <file>    check a playbook; every problem with its line and fix (exit 2)\n"
                            u"  preset [name]      print a shipped playbook (default aleph-vm) to start from\n\n"
                            u"The format is described in docs/playbook.md."_s);
        return ExitOk;
    }
    return context.output.error(ExitBadInput,
                                sub.isEmpty() ? u"missing subcommand"_s : u"unknown subcommand '%1'"_s.arg(sub),
                                u"Use 'playbook validate <file>' or 'playbook preset'."_s);
}

int PlaybookCommand::validate(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Check a playbook file (format: docs/playbook.md)."_s);
    parser.addPositionalArgument(u"file"_s, u"The playbook to check."_s);
    if (const auto exit = parseCommandLine(parser, u"playbook validate"_s, context)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.output.error(ExitBadInput, u"expected one playbook file"_s,
                                    u"Usage: release-assistant-cli playbook validate <file>"_s);
    }
    const QString path = parser.positionalArguments().constFirst();
    const PlaybookLoadResult result = PlaybookLoader::load(path);
    if (!result.ok()) {
        if (context.output.json()) {
            QJsonArray issues;
            for (const PlaybookIssue &issue : result.issues) {
                issues.append(QJsonObject{{u"file"_s, issue.file},
                                          {u"line"_s, issue.line},
                                          {u"field"_s, issue.field},
                                          {u"message"_s, issue.message},
                                          {u"fix"_s, issue.fix}});
            }
            context.output.result(QJsonObject{{u"file"_s, path}, {u"valid"_s, false}, {u"issues"_s, issues}});
        }
        return context.output.error(ExitBadInput,
                                    u"%1 is not a valid playbook (%2 problem%3):\n%4"_s.arg(path)
                                        .arg(result.issues.size())
                                        .arg(result.issues.size() == 1 ? QString() : u"s"_s)
                                        .arg(result.errorText()),
                                    u"The format is described in docs/playbook.md."_s);
    }
    const Playbook &playbook = *result.playbook;
    context.output.line(u"%1: valid playbook for %2 (%3): %4 expected assets, %5 staging servers, %6 channels"_s
                            .arg(path, playbook.projectName, playbook.repository)
                            .arg(playbook.expectedAssets.size())
                            .arg(playbook.stagingServers.size())
                            .arg(playbook.channels.size()));
    context.output.result(QJsonObject{{u"file"_s, path},
                                      {u"valid"_s, true},
                                      {u"project"_s, playbook.projectName},
                                      {u"repository"_s, playbook.repository},
                                      {u"expectedAssets"_s, QJsonArray::fromStringList(playbook.expectedAssets)}});
    return ExitOk;
}

int PlaybookCommand::preset(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print a playbook shipped with Release Assistant."_s);
    parser.addPositionalArgument(u"name"_s, u"The preset (default aleph-vm)."_s);
    if (const auto exit = parseCommandLine(parser, u"playbook preset"_s, context)) {
        return *exit;
    }
    const QString name = parser.positionalArguments().value(0, u"aleph-vm"_s);
    QFile file(PlaybookLoader::presetPath(name));
    if (PlaybookLoader::presetPath(name).isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return context.output.error(ExitBadInput, u"there is no preset named '%1'"_s.arg(name),
                                    u"Use one of: %1"_s.arg(PlaybookLoader::presetNames().join(u", "_s)));
    }
    const QString text = QString::fromUtf8(file.readAll());
    context.output.line(text.endsWith(u'\n') ? text.chopped(1) : text);
    context.output.result(QJsonObject{{u"name"_s, name}, {u"text"_s, text}});
    return ExitOk;
}

} // namespace ra::cli
