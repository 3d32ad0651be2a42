// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/notesrevisions.h"

#include "journal/journal.h"
#include "notes/draftsync.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

const QString countKey = u"notes.revisionCount"_s;

QString revisionKey(int number)
{
    return u"notes.revision.%1"_s.arg(number);
}

} // namespace

NotesRevisions::NotesRevisions(Journal &journal, QString release)
    : m_journal(journal)
    , m_release(std::move(release))
{
}

std::optional<NotesRevision> NotesRevisions::record(const QString &text, const QString &origin, qint64 releaseId,
                                                    QString *error)
{
    NotesRevision revision;
    revision.hash = syncHash(text);
    revision.text = text;
    revision.origin = origin;
    revision.releaseId = releaseId;
    revision.savedAt = QDateTime::currentDateTimeUtc();
    // Counter and revision land together: a crash can never leave a number pointing at no text.
    const bool written = m_journal.transaction(
        [&](QString *writeError) {
            revision.number = count() + 1;
            const QJsonObject value{{u"hash"_s, revision.hash},
                                    {u"text"_s, revision.text},
                                    {u"origin"_s, revision.origin},
                                    {u"releaseId"_s, QString::number(revision.releaseId)},
                                    {u"savedAt"_s, revision.savedAt.toString(Qt::ISODateWithMs)}};
            return m_journal.setValue(m_release, revisionKey(revision.number), value, writeError) &&
                   m_journal.setValue(m_release, countKey, revision.number, writeError);
        },
        error);
    if (!written) {
        return std::nullopt;
    }
    return revision;
}

int NotesRevisions::count() const
{
    return m_journal.value(m_release, countKey).toInt(0);
}

std::optional<NotesRevision> NotesRevisions::revision(int number) const
{
    const QJsonValue value = m_journal.value(m_release, revisionKey(number));
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    NotesRevision revision;
    revision.number = number;
    revision.hash = object.value(u"hash"_s).toString();
    revision.text = object.value(u"text"_s).toString();
    revision.origin = object.value(u"origin"_s).toString();
    revision.releaseId = object.value(u"releaseId"_s).toString().toLongLong();
    revision.savedAt = QDateTime::fromString(object.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
    return revision;
}

QList<NotesRevision> NotesRevisions::all() const
{
    QList<NotesRevision> revisions;
    const int last = count();
    for (int number = 1; number <= last; ++number) {
        if (auto revision = this->revision(number)) {
            revisions.append(*revision);
        }
    }
    return revisions;
}

std::optional<NotesRevision> NotesRevisions::latest() const
{
    return revision(count());
}

QString NotesRevisions::lastSyncedHash() const
{
    const auto last = latest();
    return last ? last->hash : QString();
}

std::optional<QList<DiffLine>> NotesRevisions::diff(int from, int to) const
{
    const auto before = revision(from);
    const auto after = revision(to);
    if (!before || !after) {
        return std::nullopt;
    }
    return diffLines(before->text, after->text);
}

} // namespace ra::notes
