// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playbookloader.h"

#include "core/announcement/announcementtemplate.h"
#include "core/playbookfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

constexpr qint64 MaximumSize = 1024 * 1024;

const QStringList channelKinds{u"telegram"_s, u"x"_s,      u"mastodon"_s, u"bluesky"_s, u"discord"_s,
                               u"forum"_s,    u"matrix"_s, u"email"_s,    u"other"_s};

/// Reads one section: knows its keys (single or repeatable), reports unknown and repeated keys.
class SectionReader
{
public:
    SectionReader(const PlaybookFile::Section &section, const QString &file, QList<PlaybookIssue> &issues,
                  const QStringList &singles, const QStringList &lists)
        : m_section(section)
        , m_file(file)
        , m_issues(issues)
    {
        QHash<QString, int> seen;
        for (const auto &entry : section.entries) {
            if (lists.contains(entry.key)) {
                continue;
            }
            if (!singles.contains(entry.key)) {
                QStringList known = singles + lists;
                known.sort();
                report(entry.line, entry.key, u"unknown key '%1' in [%2]"_s.arg(entry.key, section.name),
                       u"use one of: %1"_s.arg(known.join(u", "_s)));
                continue;
            }
            if (seen.contains(entry.key)) {
                report(entry.line, entry.key,
                       u"'%1' is set twice (first on line %2)"_s.arg(entry.key).arg(seen.value(entry.key)),
                       u"keep one of the two lines"_s);
                continue;
            }
            seen.insert(entry.key, entry.line);
        }
    }

    [[nodiscard]] QString field(const QString &key) const
    {
        return (m_section.label.isEmpty() ? m_section.name : m_section.name + u'.' + m_section.label) + u'.' + key;
    }

    void report(int line, const QString &key, const QString &message, const QString &fix) const
    {
        m_issues.append(PlaybookIssue{m_file, line, field(key), message, fix});
    }

    [[nodiscard]] const PlaybookFile::Entry *single(const QString &key) const
    {
        for (const auto &entry : m_section.entries) {
            if (entry.key == key) {
                return &entry;
            }
        }
        return nullptr;
    }

    [[nodiscard]] QList<PlaybookFile::Entry> list(const QString &key) const
    {
        QList<PlaybookFile::Entry> found;
        for (const auto &entry : m_section.entries) {
            if (entry.key == key) {
                found.append(entry);
            }
        }
        return found;
    }

    /// The value of \a key; reports it when required and missing or empty.
    QString text(const QString &key, bool required, const QString &example) const
    {
        const auto *entry = single(key);
        if (!entry || (required && entry->value.isEmpty())) {
            if (required) {
                report(entry ? entry->line : m_section.line, key,
                       u"'%1' is required in [%2]"_s.arg(key, m_section.name),
                       u"add a line '%1 = %2'"_s.arg(key, example));
            }
            return {};
        }
        return entry->value;
    }

    /// An integer in [minimum, maximum], or \a fallback when absent (reported when malformed).
    int number(const QString &key, int fallback, int minimum, int maximum) const
    {
        const auto *entry = single(key);
        if (!entry) {
            return fallback;
        }
        bool ok = false;
        const int value = entry->value.toInt(&ok);
        if (!ok || value < minimum || value > maximum) {
            report(entry->line, key,
                   u"'%1' must be a whole number from %2 to %3, not '%4'"_s.arg(key).arg(minimum).arg(maximum).arg(
                       entry->value),
                   u"write e.g. '%1 = %2'"_s.arg(key).arg(fallback));
            return fallback;
        }
        return value;
    }

    /// Every value of repeatable \a key; duplicates are reported.
    QStringList values(const QString &key) const
    {
        QStringList result;
        for (const auto &entry : list(key)) {
            if (entry.value.isEmpty()) {
                report(entry.line, key, u"'%1' is empty"_s.arg(key), u"give it a value or remove the line"_s);
            } else if (result.contains(entry.value)) {
                report(entry.line, key, u"'%1' lists '%2' twice"_s.arg(key, entry.value),
                       u"remove the repeated line"_s);
            } else {
                result.append(entry.value);
            }
        }
        return result;
    }

    [[nodiscard]] const PlaybookFile::Section &section() const
    {
        return m_section;
    }

private:
    const PlaybookFile::Section &m_section;
    QString m_file;
    QList<PlaybookIssue> &m_issues;
};

void readProject(const SectionReader &r, Playbook &playbook)
{
    playbook.projectName = r.text(u"name"_s, true, u"aleph-vm"_s);
    playbook.repository = r.text(u"repository"_s, true, u"aleph-im/aleph-vm"_s);
    static const QRegularExpression repository(uR"(^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$)"_s);
    if (!playbook.repository.isEmpty() && !repository.match(playbook.repository).hasMatch()) {
        r.report(r.single(u"repository"_s)->line, u"repository"_s,
                 u"'%1' is not a GitHub repository name"_s.arg(playbook.repository),
                 u"write owner/name, e.g. 'aleph-im/aleph-vm' (no URL, no .git)"_s);
    }
    if (const auto *scheme = r.single(u"version-scheme"_s)) {
        if (const auto parsed = schemeFromKey(scheme->value)) {
            playbook.versionScheme = *parsed;
        } else {
            r.report(scheme->line, u"version-scheme"_s, u"unknown version scheme '%1'"_s.arg(scheme->value),
                     u"write 'pep440' or 'semver'"_s);
        }
    }
}

void readTags(const SectionReader &r, Playbook &playbook)
{
    TagSpelling &spelling = playbook.tagSpelling;
    if (const auto *prefix = r.single(u"prefix"_s)) {
        spelling.prefix = prefix->value;
    }
    if (const auto *separator = r.single(u"prerelease-separator"_s)) {
        static const QStringList allowed{QString(), u"-"_s, u"."_s, u"_"_s};
        if (allowed.contains(separator->value)) {
            spelling.prereleaseSeparator = separator->value;
        } else {
            r.report(separator->line, u"prerelease-separator"_s,
                     u"'%1' cannot separate a pre-release label"_s.arg(separator->value),
                     u"write '-', '.', '_' or \"\" (nothing)"_s);
        }
    }
    if (const auto *kinds = r.single(u"prerelease-kinds"_s)) {
        spelling.prereleaseKinds.clear();
        static const QRegularExpression separators(uR"([\s,]+)"_s);
        const QStringList words = kinds->value.split(separators, Qt::SkipEmptyParts);
        for (const QString &word : words) {
            const QString lower = word.toLower();
            std::optional<Pep440Version::PreKind> kind;
            if (lower == u"a") {
                kind = Pep440Version::PreKind::Alpha;
            } else if (lower == u"b") {
                kind = Pep440Version::PreKind::Beta;
            } else if (lower == u"rc") {
                kind = Pep440Version::PreKind::ReleaseCandidate;
            }
            if (!kind) {
                r.report(kinds->line, u"prerelease-kinds"_s, u"unknown pre-release kind '%1'"_s.arg(word),
                         u"list some of a, b, rc, e.g. 'prerelease-kinds = rc'"_s);
            } else if (!spelling.prereleaseKinds.contains(*kind)) {
                spelling.prereleaseKinds.append(*kind);
            }
        }
    }
    spelling.releaseSegments = r.number(u"release-segments"_s, spelling.releaseSegments, 0, 10);
    for (const auto &entry : r.list(u"upgrade-script-pattern"_s)) {
        QRegularExpression pattern(entry.value);
        if (entry.value.isEmpty() || !pattern.isValid()) {
            r.report(entry.line, u"upgrade-script-pattern"_s,
                     u"'%1' is not a valid regular expression%2"_s.arg(
                         entry.value,
                         pattern.isValid()
                             ? QString()
                             : u": %1 at offset %2"_s.arg(pattern.errorString()).arg(pattern.patternErrorOffset())),
                     u"write a Perl-compatible regular expression such as ^[0-9]+\\.[0-9]+\\.[0-9]+$"_s);
            continue;
        }
        playbook.upgradeScriptPatterns.append(pattern);
    }
}

void readPipeline(const SectionReader &r, Playbook &playbook)
{
    if (const auto *kind = r.single(u"kind"_s)) {
        if (const auto parsed = pipelineKindFromKey(kind->value)) {
            playbook.pipelineKind = *parsed;
        } else {
            r.report(kind->line, u"kind"_s, u"unknown pipeline kind '%1'"_s.arg(kind->value),
                     u"write 'draft-by-ci' (CI creates a draft with the assets) or 'attach-artifacts' (the assistant "
                     u"attaches CI artifacts)"_s);
        }
    }
    const auto checkWorkflow = [&r](const QString &key, const QString &name, int line) {
        if (!name.isEmpty() && !name.endsWith(u".yml"_s) && !name.endsWith(u".yaml"_s)) {
            r.report(line, key, u"'%1' is not a workflow file name"_s.arg(name),
                     u"name the file in .github/workflows/, e.g. 'release-on-tag.yml'"_s);
        }
    };
    playbook.releaseWorkflow =
        r.text(u"release-workflow"_s, playbook.pipelineKind == PipelineKind::DraftByCi, u"release-on-tag.yml"_s);
    if (const auto *entry = r.single(u"release-workflow"_s)) {
        checkWorkflow(u"release-workflow"_s, entry->value, entry->line);
    }
    playbook.buildWorkflow = r.text(u"build-workflow"_s, true, u"build-deb-package-and-integration-tests.yml"_s);
    if (const auto *entry = r.single(u"build-workflow"_s)) {
        checkWorkflow(u"build-workflow"_s, entry->value, entry->line);
    }
    playbook.workflows = r.values(u"workflow"_s);
    for (const auto &entry : r.list(u"workflow"_s)) {
        checkWorkflow(u"workflow"_s, entry.value, entry.line);
    }
}

void readAssets(const SectionReader &r, Playbook &playbook)
{
    playbook.expectedAssets = r.values(u"expected"_s);
    static const QRegularExpression fileName(uR"(^[^/\\\s]+$)"_s);
    for (const auto &entry : r.list(u"expected"_s)) {
        if (!entry.value.isEmpty() && !fileName.match(entry.value).hasMatch()) {
            r.report(entry.line, u"expected"_s, u"'%1' is not a bare file name"_s.arg(entry.value),
                     u"write the asset's file name only, e.g. 'aleph-vm.debian-12.deb'"_s);
        }
    }
}

void readStaging(const SectionReader &r, Playbook &playbook)
{
    StagingServer server;
    server.name = r.section().label;
    if (server.name.isEmpty()) {
        r.report(r.section().line, u"name"_s, u"a [staging] section needs a name"_s,
                 u"write the header as [staging <name>], e.g. [staging ovh]"_s);
    }
    for (const StagingServer &other : std::as_const(playbook.stagingServers)) {
        if (!server.name.isEmpty() && other.name == server.name) {
            r.report(r.section().line, u"name"_s, u"staging server '%1' is defined twice"_s.arg(server.name),
                     u"give each [staging ...] section its own name"_s);
        }
    }
    server.url = r.text(u"url"_s, true, u"http://ovh.staging.aleph.sh:4020"_s);
    const QUrl url(server.url, QUrl::StrictMode);
    if (!server.url.isEmpty() &&
        (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())) {
        r.report(r.single(u"url"_s)->line, u"url"_s, u"'%1' is not an http(s) URL"_s.arg(server.url),
                 u"write e.g. 'url = http://ovh.staging.aleph.sh:4020'"_s);
    }
    static const QRegularExpression check(uR"(^(/\S*)\s+([0-9]{3})(?:\s+(.*))?$)"_s);
    for (const auto &entry : r.list(u"check"_s)) {
        const QRegularExpressionMatch match = check.match(entry.value);
        const int status = match.captured(2).toInt();
        if (!match.hasMatch() || status < 100 || status > 599) {
            r.report(entry.line, u"check"_s, u"cannot read the check '%1'"_s.arg(entry.value),
                     u"write '<path> <expected HTTP status> [description]', e.g. "
                     u"'check = /status/check/fastapi 200 diagnostic VM runs'"_s);
            continue;
        }
        server.checks.append(StagingCheck{match.captured(1), status, match.captured(3)});
    }
    playbook.stagingServers.append(server);
}

void readScoring(const SectionReader &r, Playbook &playbook)
{
    ScoringTarget &scoring = playbook.scoring;
    if (const auto *kind = r.single(u"kind"_s)) {
        static const QStringList kinds{u"postgresql"_s, u"sql-file"_s, u"none"_s};
        if (kinds.contains(kind->value)) {
            scoring.kind = kind->value;
        } else {
            r.report(kind->line, u"kind"_s, u"unknown scoring target '%1'"_s.arg(kind->value),
                     u"write 'postgresql', 'sql-file' or 'none'"_s);
        }
    }
    scoring.software = r.text(u"software"_s, scoring.kind != u"none", u"aleph-vm"_s);
    if (const auto *table = r.single(u"table"_s)) {
        static const QRegularExpression identifier(uR"(^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$)"_s);
        if (identifier.match(table->value).hasMatch()) {
            scoring.table = table->value;
        } else {
            r.report(table->line, u"table"_s, u"'%1' is not a table name"_s.arg(table->value),
                     u"write a plain SQL identifier, e.g. 'software_versions'"_s);
        }
    }
    scoring.graceDays = r.number(u"grace-days"_s, scoring.graceDays, 0, 365);
    if (const auto *database = r.single(u"database"_s)) {
        // The playbook is shared in the repository: a password written here would be published with it.
        static const QRegularExpression password(uR"((^|\s)password\s*=|://[^/@\s]*:[^/@\s]*@)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        if (database->value.contains(password)) {
            r.report(database->line, u"database"_s, u"the connection string holds a password"_s,
                     u"remove it: the app keeps it in the keychain, the CLI reads RA_SCORING_DB_PASSWORD or .pgpass"_s);
        } else {
            scoring.database = database->value;
        }
    }
}

/// A multi-line template written one `key = line` per line (`key = ""` for a blank line); its placeholders
/// must be ones AnnouncementTemplate fills, so a typo is caught here rather than in a public post.
QString readTemplate(const SectionReader &r, const QString &key)
{
    const QList<PlaybookFile::Entry> entries = r.list(key);
    QStringList lines;
    for (const auto &entry : entries) {
        lines.append(entry.value);
        const QStringList unknown = AnnouncementTemplate::unknownPlaceholders(entry.value);
        if (!unknown.isEmpty()) {
            r.report(entry.line, key, u"unknown placeholder {%1}"_s.arg(unknown.join(u"}, {"_s)),
                     u"use {project}, {version}, {release_url}, {highlights}, {first_highlight}, {deadline} or "
                     u"{grace_days}"_s);
        }
    }
    return lines.join(u'\n').trimmed();
}

void readChannel(const SectionReader &r, Playbook &playbook)
{
    AnnouncementChannel channel;
    channel.name = r.section().label;
    if (channel.name.isEmpty()) {
        r.report(r.section().line, u"name"_s, u"a [channel] section needs a name"_s,
                 u"write the header as [channel <name>], e.g. [channel telegram]"_s);
    }
    channel.kind = r.text(u"kind"_s, true, u"telegram"_s);
    if (!channel.kind.isEmpty() && !channelKinds.contains(channel.kind)) {
        r.report(r.single(u"kind"_s)->line, u"kind"_s, u"unknown channel kind '%1'"_s.arg(channel.kind),
                 u"use one of: %1"_s.arg(channelKinds.join(u", "_s)));
    }
    channel.target = r.text(u"target"_s, true, u"https://t.me/alephim"_s);
    const PlaybookFile::Entry *target = r.single(u"target"_s);
    playbook.channelLines.insert(channel.name, {r.section().line, target ? target->line : r.section().line});
    channel.maxLength = r.number(u"max-length"_s, 0, 0, 1000000);
    channel.messageTemplate = readTemplate(r, u"template"_s);
    channel.prereleaseTemplate = readTemplate(r, u"prerelease-template"_s);
    for (const AnnouncementChannel &other : std::as_const(playbook.channels)) {
        if (!channel.name.isEmpty() && other.name == channel.name) {
            r.report(r.section().line, u"name"_s, u"channel '%1' is defined twice"_s.arg(channel.name),
                     u"give each [channel ...] section its own name"_s);
        }
    }
    playbook.channels.append(channel);
}

void readApprovals(const SectionReader &r, Playbook &playbook)
{
    playbook.approvals.approvers = r.values(u"approver"_s);
    playbook.approvals.required = r.number(u"required"_s, 0, 0, 100);
    if (!playbook.approvals.approvers.isEmpty() && playbook.approvals.required > playbook.approvals.approvers.size()) {
        r.report(r.single(u"required"_s)->line, u"required"_s,
                 u"%1 approvals are required but only %2 approvers are listed"_s.arg(playbook.approvals.required)
                     .arg(playbook.approvals.approvers.size()),
                 u"lower 'required' or add 'approver = <GitHub login>' lines"_s);
    }
    if (const PlaybookFile::Entry *reviewers = r.single(u"reviewers"_s)) {
        playbook.approvals.triageReviews = reviewers->value == u"triage";
        if (reviewers->value != u"triage" && reviewers->value != u"approvers") {
            r.report(reviewers->line, u"reviewers"_s,
                     u"'reviewers' is 'approvers' or 'triage', not '%1'"_s.arg(reviewers->value),
                     u"write 'reviewers = triage' to let everyone with triage access review, else remove the line"_s);
        }
    }
}

void readReview(const SectionReader &r, Playbook &playbook)
{
    const QString title = r.text(u"tracking-issue-title"_s, false, {}).trimmed();
    if (r.single(u"tracking-issue-title"_s) && !title.contains(u"{tag}"_s)) {
        // Without the tag every release would share one issue, and one release's approvals count for another.
        r.report(r.single(u"tracking-issue-title"_s)->line, u"tracking-issue-title"_s,
                 u"the tracking issue's title must contain {tag}"_s,
                 u"write e.g. 'tracking-issue-title = Release {tag}'"_s);
    }
    playbook.trackingIssue.titleTemplate = title;
    const QList<PlaybookFile::Entry> lines = r.list(u"checklist"_s);
    for (const PlaybookFile::Entry &entry : lines) {
        if (entry.value.trimmed().isEmpty()) {
            r.report(entry.line, u"checklist"_s, u"'checklist' is empty"_s,
                     u"give the step a label or remove the line"_s);
        }
        playbook.trackingIssue.checklist.append(entry.value.trimmed());
    }
    if (!lines.isEmpty() && lines.size() != 7) {
        r.report(lines.constFirst().line, u"checklist"_s,
                 u"the checklist has %1 lines; it mirrors the seven steps of the release"_s.arg(lines.size()),
                 u"write one 'checklist = <label>' line per step, seven in all, or none for the built-in labels"_s);
    }
}

} // namespace

QString pipelineKindKey(PipelineKind kind)
{
    return kind == PipelineKind::AttachArtifacts ? u"attach-artifacts"_s : u"draft-by-ci"_s;
}

std::optional<PipelineKind> pipelineKindFromKey(const QString &key)
{
    if (key == u"draft-by-ci") {
        return PipelineKind::DraftByCi;
    }
    if (key == u"attach-artifacts") {
        return PipelineKind::AttachArtifacts;
    }
    return std::nullopt;
}

QString PlaybookIssue::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
    }
    return u"%1: %2%3%4"_s.arg(where, field.isEmpty() ? QString() : field + u": "_s, message,
                               fix.isEmpty() ? QString() : u" (fix: %1)"_s.arg(fix));
}

QString PlaybookLoadResult::errorText() const
{
    QStringList lines;
    for (const PlaybookIssue &issue : issues) {
        lines.append(issue.toString());
    }
    return lines.join(u'\n');
}

PlaybookLoadResult PlaybookLoader::load(const QString &path)
{
    PlaybookLoadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues.append({path,
                              0,
                              {},
                              u"cannot read the playbook: %1"_s.arg(file.errorString()),
                              u"check the path, or start from the aleph-vm preset (docs/playbook.md)"_s});
        return result;
    }
    if (file.size() > MaximumSize) {
        result.issues.append({path,
                              0,
                              {},
                              u"the file is %1 bytes; a playbook is at most 1 MiB"_s.arg(file.size()),
                              u"check that this is the right file"_s});
        return result;
    }
    return parse(file.read(MaximumSize), path);
}

PlaybookLoadResult PlaybookLoader::parse(const QByteArray &content, const QString &sourceName)
{
    PlaybookLoadResult result;
    if (content.size() > MaximumSize) {
        result.issues.append(
            {sourceName, 0, {}, u"a playbook is at most 1 MiB"_s, u"check that this is the right file"_s});
        return result;
    }
    const PlaybookFile file = PlaybookFile::parse(content);
    for (const auto &problem : file.problems) {
        result.issues.append({sourceName, problem.line, {}, problem.message, problem.fix});
    }
    Playbook playbook;
    playbook.source = sourceName;
    QHash<QString, int> singletons;
    bool sawProject = false;
    for (const auto &section : file.sections) {
        const auto reader = [&](const QStringList &singles, const QStringList &lists) {
            return SectionReader(section, sourceName, result.issues, singles, lists);
        };
        static const QStringList unique{u"project"_s, u"tags"_s,      u"pipeline"_s,      u"assets"_s, u"scoring"_s,
                                        u"notes"_s,   u"approvals"_s, u"announcements"_s, u"review"_s};
        if (unique.contains(section.name)) {
            if (singletons.contains(section.name)) {
                result.issues.append({sourceName, section.line, section.name,
                                      u"section [%1] appears twice (first on line %2)"_s.arg(section.name)
                                          .arg(singletons.value(section.name)),
                                      u"merge the two sections"_s});
                continue;
            }
            singletons.insert(section.name, section.line);
            if (!section.label.isEmpty()) {
                result.issues.append({sourceName, section.line, section.name,
                                      u"section [%1] takes no name ('%2')"_s.arg(section.name, section.label),
                                      u"write the header as [%1]"_s.arg(section.name)});
            }
        }
        if (section.name == u"project") {
            sawProject = true;
            readProject(reader({u"name"_s, u"repository"_s, u"version-scheme"_s}, {}), playbook);
        } else if (section.name == u"tags") {
            readTags(reader({u"prefix"_s, u"prerelease-separator"_s, u"prerelease-kinds"_s, u"release-segments"_s},
                            {u"upgrade-script-pattern"_s}),
                     playbook);
        } else if (section.name == u"pipeline") {
            readPipeline(reader({u"kind"_s, u"release-workflow"_s, u"build-workflow"_s}, {u"workflow"_s}), playbook);
        } else if (section.name == u"assets") {
            readAssets(reader({}, {u"expected"_s}), playbook);
        } else if (section.name == u"staging") {
            readStaging(reader({u"url"_s}, {u"check"_s}), playbook);
        } else if (section.name == u"scoring") {
            readScoring(reader({u"kind"_s, u"software"_s, u"table"_s, u"grace-days"_s, u"database"_s}, {}), playbook);
        } else if (section.name == u"notes") {
            playbook.notesSections = reader({}, {u"section"_s}).values(u"section"_s);
        } else if (section.name == u"channel") {
            readChannel(reader({u"kind"_s, u"target"_s, u"max-length"_s}, {u"template"_s, u"prerelease-template"_s}),
                        playbook);
        } else if (section.name == u"approvals") {
            readApprovals(reader({u"required"_s, u"reviewers"_s}, {u"approver"_s}), playbook);
        } else if (section.name == u"review") {
            readReview(reader({u"tracking-issue-title"_s}, {u"checklist"_s}), playbook);
        } else if (section.name == u"announcements") {
            playbook.announcers = reader({}, {u"announcer"_s}).values(u"announcer"_s);
        } else if (section.name != u"?") {
            result.issues.append({sourceName, section.line, section.name, u"unknown section [%1]"_s.arg(section.name),
                                  u"use [project], [tags], [pipeline], [assets], [staging <name>], [scoring], "
                                  u"[notes], [channel <name>], [approvals], [announcements] or [review]"_s});
        }
    }
    if (!sawProject && file.problems.isEmpty()) {
        result.issues.append({sourceName, 0, u"project"_s, u"the [project] section is missing"_s,
                              u"start the file with [project], 'name = ...' and 'repository = owner/name'"_s});
    }
    if (result.issues.isEmpty()) {
        result.playbook = std::move(playbook);
    }
    return result;
}

QStringList PlaybookLoader::presetNames()
{
    return {u"aleph-vm"_s};
}

QString PlaybookLoader::presetPath(const QString &name)
{
    return presetNames().contains(name) ? u":/ra/presets/%1.playbook"_s.arg(name) : QString();
}

PlaybookLoadResult PlaybookLoader::loadPreset(const QString &name)
{
    const QString path = presetPath(name);
    if (path.isEmpty()) {
        PlaybookLoadResult result;
        result.issues.append({name,
                              0,
                              {},
                              u"there is no preset named '%1'"_s.arg(name),
                              u"use one of: %1"_s.arg(presetNames().join(u", "_s))});
        return result;
    }
    return load(path);
}

} // namespace ra
