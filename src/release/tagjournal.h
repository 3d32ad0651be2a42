// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ra::release {

/// What the release journal remembers of step 2 for one release: the clone, commit and remote the maintainer
/// chose, and every creation, push and removal of the tag as an effect (intent before, result after).
class TagJournal
{
    Q_DECLARE_TR_FUNCTIONS(TagJournal)

public:
    /// \a journal may be null (no journal could be opened): then nothing is remembered and nothing may act.
    TagJournal(Journal *journal, QString release);

    struct Choices {
        QString repositoryPath;
        QString revision;
        /// Where the revision comes from, for the maintainer ("the commit verified in step 1").
        QString revisionOrigin;
        QString remote;
    };
    /// The choices of this release; where it has none yet, the clone of the latest release that has one, the
    /// commit signed off in step 1, or HEAD.
    [[nodiscard]] Choices choices() const;
    void remember(const QString &key, const QString &value) const;

    [[nodiscard]] bool canRecord() const;
    /// The latest push of \a tag to \a commitSha; pushes of the tag on another commit do not count.
    [[nodiscard]] std::optional<JournalEffect> lastPush(const QString &tag, const QString &commitSha) const;

    qint64 beginCreate(const QString &tag, const QString &commitSha, bool annotated, QString *error) const;
    qint64 beginPush(const QString &tag, const QString &commitSha, const QString &remote, QString *error) const;
    qint64 beginDelete(const QString &tag, const QString &commitSha) const;
    /// Records how effect \a id ended; \a status is a TagPushOutcome status key for pushes, empty otherwise.
    void finish(qint64 id, bool succeeded, const QString &status, const QString &message,
                const QJsonObject &details = {}) const;

private:
    Journal *m_journal;
    QString m_release;
};

} // namespace ra::release
