// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/linediff.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ra {
class Journal;
}

namespace ra::notes {

/// One text of the notes as it was synchronised with the GitHub draft.
struct NotesRevision {
    /// 1, 2, ... in the order the revisions were recorded.
    int number = 0;
    /// syncHash() of the text: what approvals and the next sync compare against.
    QString hash;
    QString text;
    /// "saved" (written to the draft), "loaded" (read from a draft edited on github.com), "merged" (the
    /// maintainer's merge of a conflict, written to the draft).
    QString origin;
    qint64 releaseId = 0;
    QDateTime savedAt;
};

/**
 * Every revision of the notes of one release, kept in the release journal (values "notes.revision.<n>" and
 * "notes.revisionCount") so that the history survives restarts and crashes and any two revisions can be
 * compared. The journal's release record must exist.
 */
class NotesRevisions
{
public:
    NotesRevisions(Journal &journal, QString release);

    /// Appends \a text as the next revision; nullopt with \a error when the journal refused the write.
    std::optional<NotesRevision> record(const QString &text, const QString &origin, qint64 releaseId,
                                        QString *error = nullptr);
    /// Every revision, oldest first.
    [[nodiscard]] QList<NotesRevision> all() const;
    [[nodiscard]] int count() const;
    [[nodiscard]] std::optional<NotesRevision> revision(int number) const;
    [[nodiscard]] std::optional<NotesRevision> latest() const;
    /// The hash of the latest revision: the text both sides held at the last sync. Empty before the first.
    [[nodiscard]] QString lastSyncedHash() const;
    /// The line diff from revision \a from to revision \a to; nullopt when either does not exist.
    [[nodiscard]] std::optional<QList<DiffLine>> diff(int from, int to) const;

private:
    Journal &m_journal;
    QString m_release;
};

} // namespace ra::notes
