// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/versioncommand.h"

#include "core/playbookloader.h"
#include "core/taghazardchecker.h"
#include "core/versionproposer.h"
#include "core/versionscheme.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

const QString usage = u"Usage: release-assistant-cli version <subcommand> [options]\n\n"
                      u"  normalize <version> [--scheme pep440|semver]    the canonical spelling\n"
                      u"  compare <a> <b> [--scheme pep440|semver]         -1, 0 or 1\n"
                      u"  sort [--scheme pep440|semver]                    sorts stdin (one per line), ascending\n"
                      u"  next --from <tag> --bump patch|minor|major|rc|final [--rc-base patch|minor|major]\n"
                      u"                                                  the next version's tag\n"
                      u"  suggest --from <tag>                             patch/minor/major from commit subjects "
                      u"on stdin\n"
                      u"  check <tag> [--existing-tags-file <file>] [--tags-on-commit <tag>...]\n"
                      u"                                                  hazards of a proposed tag; exit 1 on an "
                      u"error\n\n"
                      u"next, suggest and check use the tag spelling of --playbook <file> (default: aleph-vm)."_s;

QCommandLineOption schemeOption()
{
    return QCommandLineOption(u"scheme"_s, u"Versioning rules: pep440 (default) or semver."_s, u"scheme"_s,
                              u"pep440"_s);
}

QCommandLineOption playbookOption()
{
    return QCommandLineOption(u"playbook"_s, u"The project's playbook (default: the aleph-vm preset)."_s, u"file"_s);
}

std::optional<int> readScheme(const QCommandLineParser &parser, CommandContext &context, VersionScheme &scheme)
{
    const auto parsed = schemeFromKey(parser.value(u"scheme"_s));
    if (!parsed) {
        return context.output.error(ExitBadInput, u"unknown scheme '%1'"_s.arg(parser.value(u"scheme"_s)),
                                    u"Use --scheme pep440 or --scheme semver."_s);
    }
    scheme = *parsed;
    return std::nullopt;
}

std::optional<int> readPlaybook(const QCommandLineParser &parser, CommandContext &context, Playbook &playbook)
{
    const PlaybookLoadResult result = parser.isSet(u"playbook"_s) ? PlaybookLoader::load(parser.value(u"playbook"_s))
                                                                  : PlaybookLoader::loadPreset(u"aleph-vm"_s);
    if (!result.ok()) {
        return context.output.error(ExitBadInput, result.errorText(),
                                    u"Check it with 'release-assistant-cli playbook validate <file>'."_s);
    }
    playbook = *result.playbook;
    return std::nullopt;
}

std::optional<int> expectPositionals(const QCommandLineParser &parser, qsizetype count, const QString &usageLine,
                                     CommandContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == count) {
        return std::nullopt;
    }
    const QString message =
        positional.size() > count ? u"unexpected argument '%1'"_s.arg(positional.at(count)) : u"missing argument"_s;
    return context.output.error(ExitBadInput, message, u"Usage: release-assistant-cli version %1"_s.arg(usageLine));
}

QJsonObject hazardJson(const TagHazard &hazard)
{
    return {{u"id"_s, hazard.id}, {u"severity"_s, severityKey(hazard.severity)}, {u"message"_s, hazard.message}};
}

} // namespace

QString VersionCommand::name() const
{
    return u"version"_s;
}

QString VersionCommand::summary() const
{
    return u"normalize, compare, sort, propose and check versions (normalize, compare, sort, next, suggest, "
           u"check)"_s;
}

int VersionCommand::run(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    using Handler = int (VersionCommand::*)(CommandContext &);
    const QList<std::pair<QString, Handler>> handlers{
        {u"normalize"_s, &VersionCommand::normalize}, {u"compare"_s, &VersionCommand::compare},
        {u"sort"_s, &VersionCommand::sort},           {u"next"_s, &VersionCommand::next},
        {u"suggest"_s, &VersionCommand::suggest},     {u"check"_s, &VersionCommand::check},
    };
    for (const auto &[key, handler] : handlers) {
        if (sub == key) {
            context.arguments.removeFirst();
            return (this->*handler)(context);
        }
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        context.output.setJson(false);
        context.output.line(usage);
        return ExitOk;
    }
    return context.output.error(
        ExitBadInput, sub.isEmpty() ? u"missing subcommand"_s : u"unknown subcommand '%1'"_s.arg(sub),
        u"Use one of: normalize, compare, sort, next, suggest, check (see 'version --help')."_s);
}

int VersionCommand::normalize(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print the canonical spelling of a version."_s);
    parser.addPositionalArgument(u"version"_s, u"The version to normalize."_s);
    parser.addOption(schemeOption());
    if (const auto exit = parseCommandLine(parser, u"version normalize"_s, context)) {
        return *exit;
    }
    VersionScheme scheme = VersionScheme::Pep440;
    if (const auto exit = readScheme(parser, context, scheme)) {
        return *exit;
    }
    if (const auto exit = expectPositionals(parser, 1, u"normalize <version>"_s, context)) {
        return *exit;
    }
    const QString input = parser.positionalArguments().constFirst();
    QString error;
    const auto normalized = normalizeVersion(scheme, input, &error);
    if (!normalized) {
        return context.output.error(ExitBadInput, error);
    }
    context.output.line(*normalized);
    context.output.result(
        QJsonObject{{u"input"_s, input}, {u"normalized"_s, *normalized}, {u"scheme"_s, schemeKey(scheme)}});
    return ExitOk;
}

int VersionCommand::compare(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Compare two versions: prints -1 (a < b), 0 (equal) or 1 (a > b)."_s);
    parser.addPositionalArgument(u"a"_s, u"The first version."_s);
    parser.addPositionalArgument(u"b"_s, u"The second version."_s);
    parser.addOption(schemeOption());
    if (const auto exit = parseCommandLine(parser, u"version compare"_s, context)) {
        return *exit;
    }
    VersionScheme scheme = VersionScheme::Pep440;
    if (const auto exit = readScheme(parser, context, scheme)) {
        return *exit;
    }
    if (const auto exit = expectPositionals(parser, 2, u"compare <a> <b>"_s, context)) {
        return *exit;
    }
    const QStringList args = parser.positionalArguments();
    QString error;
    const auto order = compareVersions(scheme, args.at(0), args.at(1), &error);
    if (!order) {
        return context.output.error(ExitBadInput, error);
    }
    context.output.line(QString::number(*order));
    context.output.result(QJsonObject{{u"a"_s, args.at(0)}, {u"b"_s, args.at(1)}, {u"result"_s, *order}});
    return ExitOk;
}

int VersionCommand::sort(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sort the versions read from standard input (one per line, blank lines "
                                     u"skipped), ascending; versions that compare equal keep their order."_s);
    parser.addOption(schemeOption());
    if (const auto exit = parseCommandLine(parser, u"version sort"_s, context)) {
        return *exit;
    }
    VersionScheme scheme = VersionScheme::Pep440;
    if (const auto exit = readScheme(parser, context, scheme)) {
        return *exit;
    }
    if (const auto exit = expectPositionals(parser, 0, u"sort < versions.txt"_s, context)) {
        return *exit;
    }
    QStringList versions;
    int lineNumber = 0;
    QString line;
    while (context.input.readLineInto(&line)) {
        ++lineNumber;
        const QString version = line.trimmed();
        if (version.isEmpty()) {
            continue;
        }
        QString error;
        if (!normalizeVersion(scheme, version, &error)) {
            return context.output.error(ExitBadInput, u"line %1: %2"_s.arg(lineNumber).arg(error),
                                        u"Remove or fix that line; every line must be a %1 version."_s.arg(
                                            scheme == VersionScheme::SemVer ? u"SemVer"_s : u"PEP 440"_s));
        }
        versions.append(version);
    }
    const QStringList sorted = sortVersions(scheme, versions).value_or(QStringList{});
    QJsonArray json;
    for (const QString &version : sorted) {
        context.output.line(version);
        json.append(version);
    }
    context.output.result(json);
    return ExitOk;
}

int VersionCommand::next(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print the tag of the next version after --from."_s);
    const QCommandLineOption from(u"from"_s, u"The last tag (or version)."_s, u"tag"_s);
    const QCommandLineOption bump(u"bump"_s, u"patch, minor, major, rc or final."_s, u"kind"_s);
    const QCommandLineOption rcBase(u"rc-base"_s,
                                    u"With --bump rc after a final: which release the rc is for "
                                    u"(patch, minor or major; default minor)."_s,
                                    u"kind"_s, u"minor"_s);
    parser.addOptions({from, bump, rcBase, playbookOption()});
    if (const auto exit = parseCommandLine(parser, u"version next"_s, context)) {
        return *exit;
    }
    if (const auto exit = expectPositionals(parser, 0, u"next --from <tag> --bump <kind>"_s, context)) {
        return *exit;
    }
    for (const QCommandLineOption *required : {&from, &bump}) {
        if (!parser.isSet(*required)) {
            return context.output.error(ExitBadInput, u"missing --%1"_s.arg(required->names().constFirst()),
                                        u"Usage: release-assistant-cli version next --from <tag> --bump "
                                        u"patch|minor|major|rc|final"_s);
        }
    }
    const auto kind = bumpFromKey(parser.value(bump));
    const auto base = bumpFromKey(parser.value(rcBase));
    if (!kind || !base) {
        return context.output.error(ExitBadInput,
                                    u"unknown bump '%1'"_s.arg(kind ? parser.value(rcBase) : parser.value(bump)),
                                    u"Use patch, minor, major, rc or final."_s);
    }
    Playbook playbook;
    if (const auto exit = readPlaybook(parser, context, playbook)) {
        return *exit;
    }
    QString error;
    const auto version = playbook.tagSpelling.versionFromTag(parser.value(from), &error);
    if (!version) {
        return context.output.error(ExitBadInput, error);
    }
    const auto proposal = VersionProposer(playbook.tagSpelling).propose(*version, *kind, &error, *base);
    if (!proposal) {
        return context.output.error(ExitBadInput, error);
    }
    context.output.line(proposal->tag);
    context.output.result(QJsonObject{{u"from"_s, parser.value(from)},
                                      {u"bump"_s, bumpKey(proposal->bump)},
                                      {u"version"_s, proposal->version.normalized()},
                                      {u"tag"_s, proposal->tag},
                                      {u"reason"_s, proposal->reason}});
    return ExitOk;
}

int VersionCommand::suggest(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Suggest the next version from the subjects of the commits since --from, "
                                     u"read from standard input (one per line, e.g. git log --format=%s)."_s);
    const QCommandLineOption from(u"from"_s, u"The last tag (or version)."_s, u"tag"_s);
    parser.addOptions({from, playbookOption()});
    if (const auto exit = parseCommandLine(parser, u"version suggest"_s, context)) {
        return *exit;
    }
    if (const auto exit = expectPositionals(parser, 0, u"suggest --from <tag> < subjects.txt"_s, context)) {
        return *exit;
    }
    if (!parser.isSet(from)) {
        return context.output.error(ExitBadInput, u"missing --from"_s,
                                    u"Usage: git log --format=%s 1.14.0..main | release-assistant-cli version "
                                    u"suggest --from 1.14.0"_s);
    }
    Playbook playbook;
    if (const auto exit = readPlaybook(parser, context, playbook)) {
        return *exit;
    }
    QString error;
    const auto version = playbook.tagSpelling.versionFromTag(parser.value(from), &error);
    if (!version) {
        return context.output.error(ExitBadInput, error);
    }
    QStringList subjects;
    QString line;
    while (context.input.readLineInto(&line)) {
        if (!line.trimmed().isEmpty()) {
            subjects.append(line.trimmed());
        }
    }
    const VersionProposal proposal = VersionProposer(playbook.tagSpelling).suggest(*version, subjects);
    if (proposal.tag.isEmpty()) {
        return context.output.error(ExitBadInput, proposal.reason,
                                    u"Choose the version yourself and check it with 'version check <tag>'."_s);
    }
    context.output.line(u"%1 (%2): %3"_s.arg(proposal.tag, bumpKey(proposal.bump), proposal.reason));
    context.output.result(QJsonObject{{u"bump"_s, bumpKey(proposal.bump)},
                                      {u"version"_s, proposal.version.normalized()},
                                      {u"tag"_s, proposal.tag},
                                      {u"reason"_s, proposal.reason}});
    return ExitOk;
}

int VersionCommand::check(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the hazards of creating a tag. Exit 0 when none is an error, 1 "
                                     u"otherwise."_s);
    parser.addPositionalArgument(u"tag"_s, u"The proposed tag."_s);
    const QCommandLineOption existing(u"existing-tags-file"_s,
                                      u"The repository's tags, one per line ('-' for standard input; e.g. the "
                                      u"output of git tag)."_s,
                                      u"file"_s);
    const QCommandLineOption onCommit(u"tags-on-commit"_s,
                                      u"A tag already on the commit to be tagged (repeat for each)."_s, u"tag"_s);
    parser.addOptions({existing, onCommit, playbookOption()});
    if (const auto exit = parseCommandLine(parser, u"version check"_s, context)) {
        return *exit;
    }
    if (const auto exit = expectPositionals(parser, 1, u"check <tag>"_s, context)) {
        return *exit;
    }
    Playbook playbook;
    if (const auto exit = readPlaybook(parser, context, playbook)) {
        return *exit;
    }
    QStringList tags;
    if (parser.isSet(existing)) {
        const QString path = parser.value(existing);
        QString content;
        if (path == u"-") {
            content = context.input.readAll();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return context.output.error(ExitBadInput, u"cannot read %1: %2"_s.arg(path, file.errorString()),
                                            u"Write the tags to a file first, e.g. 'git tag > tags.txt'."_s);
            }
            content = QString::fromUtf8(file.readAll());
        }
        const QStringList lines = content.split(u'\n');
        for (const QString &tagLine : lines) {
            if (!tagLine.trimmed().isEmpty()) {
                tags.append(tagLine.trimmed());
            }
        }
    }
    const QString tag = parser.positionalArguments().constFirst();
    const TagHazardChecker checker(playbook.tagSpelling, playbook.upgradeScriptPatterns);
    const QList<TagHazard> hazards = checker.check(tag, tags, parser.values(onCommit));
    QJsonArray json;
    for (const TagHazard &hazard : hazards) {
        context.output.line(u"%1 %2: %3"_s.arg(severityKey(hazard.severity), hazard.id, hazard.message));
        json.append(hazardJson(hazard));
    }
    if (hazards.isEmpty()) {
        context.output.line(u"no hazard found for tag '%1'"_s.arg(tag));
    }
    const bool blocked = !hazards.isEmpty() && TagHazardChecker::worst(hazards) == HazardSeverity::Error;
    context.output.result(QJsonObject{{u"tag"_s, tag}, {u"ok"_s, !blocked}, {u"hazards"_s, json}});
    return blocked ? ExitFailed : ExitOk;
}

} // namespace ra::cli
