// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/postgresversionstore.h"

namespace ra::scoring {

/**
 * A change set reviewed now and applied later, when the release is published (so that released_on is
 * never ahead of the moment the release becomes installable). A plain value: it serialises to JSON for
 * the release journal or a file, and carries no password.
 */
struct ScheduledApply {
    QString release;
    QString connectionString;
    ReleaseChangeSet changes;
    QByteArray expectedDigest; ///< the digest of the table the maintainer reviewed
    QString runAtStep = QStringLiteral("review-publish"); ///< the step key that applies it

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<ScheduledApply> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const ScheduledApply &, const ScheduledApply &) = default;
};

/// The scheduled applies of a machine, one JSON file per release in a folder.
class ScheduledApplyQueue
{
public:
    explicit ScheduledApplyQueue(QString directory);

    bool schedule(const ScheduledApply &apply, QString *error);
    /// The apply waiting for \a release, if any (std::nullopt without one or when unreadable, see \a error).
    [[nodiscard]] std::optional<ScheduledApply> pending(const QString &release, QString *error = nullptr) const;
    /// Runs the apply waiting for \a release against \a store and forgets it once the table holds it.
    [[nodiscard]] PostgresVersionStore::ApplyResult runPending(const QString &release, PostgresVersionStore &store);
    bool cancel(const QString &release);

private:
    [[nodiscard]] QString pathFor(const QString &release) const;

    QString m_directory;
};

} // namespace ra::scoring
