// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/notesgenerator.h"

#include "notes/markedtext.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

/// Who a commit is credited to: "@login" where the address is known, else the author's name (or address). Looked
/// up once per address as written: lower-casing every commit's address was an allocation each.
class Credits
{
public:
    explicit Credits(const QHash<QString, QString> &loginsByEmail)
        : m_logins(loginsByEmail)
    {
    }

    QString of(const Commit &commit)
    {
        auto handle = m_handles.constFind(commit.authorEmail);
        if (handle == m_handles.constEnd()) {
            const QString login = m_logins.value(commit.authorEmail.toLower());
            handle = m_handles.insert(commit.authorEmail, login.isEmpty() ? QString() : u'@' + login);
        }
        if (!handle->isEmpty()) {
            return *handle;
        }
        return commit.authorName.isEmpty() ? commit.authorEmail : commit.authorName;
    }

private:
    const QHash<QString, QString> &m_logins;
    QHash<QString, QString> m_handles; ///< "@login", or empty for an address without one
};

QString pullRequestTitle(const Commit &commit, const ClassifiedCommit &change)
{
    if (isMergeSubject(commit.subject)) {
        return change.title;
    }
    return withoutPullRequestSuffixes(commit.subject).trimmed().toString();
}

// Built by concatenation: QString::arg() parses its pattern each time, thousands of lines per release.
QString entryLine(const NotesEntry &entry)
{
    QString line = u"- "_s;
    if (entry.change.breaking) {
        line += u"**Breaking:** "_s;
    }
    if (!entry.change.scope.isEmpty()) {
        line += u"**"_s + entry.change.scope + u":** "_s;
    }
    line += entry.change.title;
    for (int number : entry.change.pullRequests) {
        line += u" (#"_s + QString::number(number) + u')';
    }
    return line + u" (by "_s + entry.credit + u')';
}

QString upgradeBlock(const NotesInput &input)
{
    QStringList lines{u"## How to upgrade"_s, QString(),
                      u"As usual, node operators are expected to upgrade within two weeks of the release."_s};
    static const QRegularExpression preRelease(u"(-|[0-9])(rc|a|b|dev)[0-9]*$"_s);
    if (!preRelease.match(input.tag).hasMatch()) {
        lines.append(QString());
        lines.append(u"If you installed a release candidate, add `--allow-downgrades` to `apt install`: "
                     u"Debian sorts `X.Y.Z-rcN` after `X.Y.Z`."_s);
    }
    bool any = false;
    for (const QString &asset : input.assetNames) {
        if (!asset.endsWith(u".deb"_s)) {
            continue;
        }
        any = true;
        const QString distribution = distributionOfAsset(asset);
        const QString url = u"https://github.com/%1/releases/download/%2/%3"_s.arg(input.repository, input.tag, asset);
        lines.append(QString());
        lines.append(u"### On %1:"_s.arg(distribution.isEmpty() ? asset : distribution));
        lines.append(QString());
        lines.append(u"```bash"_s);
        lines.append(u"sudo rm -f /opt/%1"_s.arg(asset));
        lines.append(u"sudo wget -P /opt %1"_s.arg(url));
        lines.append(u"sudo apt install /opt/%1"_s.arg(asset));
        lines.append(u"```"_s);
    }
    if (!any) {
        lines.append(QString());
        lines.append(u"No package assets are known for this release yet."_s);
    }
    return lines.join(u'\n');
}

} // namespace

QString distributionOfAsset(const QString &assetName)
{
    static const QRegularExpression pattern(u"^aleph-vm\\.(debian|ubuntu)-([0-9.]+)\\.deb$"_s);
    const auto match = pattern.match(assetName);
    if (!match.hasMatch()) {
        return {};
    }
    static const QHash<QString, QString> codenames{
        {u"debian-11"_s, u"Bullseye"_s},    {u"debian-12"_s, u"Bookworm"_s}, {u"debian-13"_s, u"Trixie"_s},
        {u"ubuntu-20.04"_s, u"Focal"_s},    {u"ubuntu-22.04"_s, u"Jammy"_s}, {u"ubuntu-24.04"_s, u"Noble"_s},
        {u"ubuntu-26.04"_s, u"Resolute"_s},
    };
    const QString family = match.captured(1);
    const QString key = family + u'-' + match.captured(2);
    QString name = (family == u"debian"_s ? u"Debian "_s : u"Ubuntu "_s) + match.captured(2);
    if (codenames.contains(key)) {
        name += u" (%1)"_s.arg(codenames.value(key));
    }
    return name;
}

GeneratedNotes generateNotes(const NotesInput &input)
{
    GeneratedNotes notes;
    const QList<ChangeKind> kinds = allChangeKinds();
    for (ChangeKind kind : kinds) {
        notes.sections.append(NotesSection{kind, {}});
    }
    // git log lists newest first; notes read oldest first, like GitHub's generated list.
    Credits credits(input.loginsByEmail);
    for (auto it = input.commits.crbegin(); it != input.commits.crend(); ++it) {
        const Commit &commit = *it;
        NotesEntry entry{classifyCommit(commit), commit.sha, {}, credits.of(commit)};
        if (commit.isMerge() && entry.change.pullRequests.isEmpty()) {
            continue; // "Merge branch 'x'": the merged commits speak for themselves.
        }
        entry.pullRequestTitle = pullRequestTitle(commit, entry.change);
        notes.sections[kinds.indexOf(entry.change.kind)].entries.append(entry);
        if (!entry.change.pullRequests.isEmpty()) {
            notes.pullRequests.append(entry);
        }
    }

    QStringList parts{u"# %1"_s.arg(input.tag), QString(),
                      u"<!-- Summary: what this release brings and who should upgrade. -->"_s};
    for (const NotesSection &section : std::as_const(notes.sections)) {
        if (section.entries.isEmpty()) {
            continue;
        }
        QStringList lines{u"## "_s + changeKindTitle(section.kind), QString()};
        for (const NotesEntry &entry : section.entries) {
            lines.append(entryLine(entry));
        }
        parts.append(QString());
        parts.append(markedBlock(changeKindKey(section.kind), lines.join(u'\n')));
    }
    if (!notes.pullRequests.isEmpty()) {
        QStringList lines{u"## What's Changed"_s, QString()};
        for (const NotesEntry &entry : std::as_const(notes.pullRequests)) {
            lines.append(u"* "_s + entry.pullRequestTitle + u" by "_s + entry.credit + u" in #"_s +
                         QString::number(entry.change.pullRequests.constFirst()));
        }
        parts.append(QString());
        parts.append(markedBlock(u"whats-changed"_s, lines.join(u'\n')));
    }
    const QString compare =
        input.previousTag.isEmpty()
            ? u"https://github.com/%1/commits/%2"_s.arg(input.repository, input.tag)
            : u"https://github.com/%1/compare/%2...%3"_s.arg(input.repository, input.previousTag, input.tag);
    const QString range = input.previousTag.isEmpty() ? input.tag : input.previousTag + u"..."_s + input.tag;
    parts.append(QString());
    parts.append(markedBlock(u"full-changelog"_s, u"**Full Changelog**: [%1](%2)"_s.arg(range, compare)));
    parts.append(QString());
    parts.append(markedBlock(u"how-to-upgrade"_s, upgradeBlock(input)));
    notes.markdown = parts.join(u'\n') + u'\n';
    return notes;
}

QJsonObject GeneratedNotes::toJson() const
{
    auto entryJson = [](const NotesEntry &entry) {
        // Each entry fills a copy of one object that has its keys already: building it key by key encoded and
        // sorted the seven keys again for every commit, a fifth of `notes generate` on a large range.
        static const QJsonObject prototype{
            {u"sha"_s, QString()},  {u"title"_s, QString()},  {u"style"_s, QString()},          {u"scope"_s, QString()},
            {u"breaking"_s, false}, {u"credit"_s, QString()}, {u"pullRequests"_s, QJsonArray()}};
        QJsonArray numbers;
        for (int number : entry.change.pullRequests) {
            numbers.append(number);
        }
        QJsonObject object = prototype;
        object[u"sha"_s] = entry.sha;
        object[u"title"_s] = entry.change.title;
        object[u"style"_s] = commitStyleKey(entry.change.style);
        object[u"scope"_s] = entry.change.scope;
        object[u"breaking"_s] = entry.change.breaking;
        object[u"credit"_s] = entry.credit;
        object[u"pullRequests"_s] = numbers;
        return object;
    };
    QJsonArray sectionArray;
    int commitCount = 0;
    for (const NotesSection &section : sections) {
        QJsonArray entries;
        for (const NotesEntry &entry : section.entries) {
            entries.append(entryJson(entry));
        }
        commitCount += int(section.entries.size());
        sectionArray.append(QJsonObject{{u"key"_s, changeKindKey(section.kind)},
                                        {u"title"_s, changeKindTitle(section.kind)},
                                        {u"entries"_s, entries}});
    }
    QJsonArray numbers;
    for (const NotesEntry &entry : pullRequests) {
        for (int number : entry.change.pullRequests) {
            numbers.append(number);
        }
    }
    return QJsonObject{{u"sections"_s, sectionArray},
                       {u"pullRequests"_s, numbers},
                       {u"commitCount"_s, commitCount},
                       {u"markdown"_s, markdown}};
}

} // namespace ra::notes
