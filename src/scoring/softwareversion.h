// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ra::scoring {

/// One row of aleph-scoring's `software_versions` table. Times are UTC: the column type is `timestamp`
/// without a time zone and the scoring database runs in UTC.
struct SoftwareVersion {
    QString software;
    QString name;
    QDateTime releasedOn;
    std::optional<QDateTime> replacedOn;
    bool prerelease = false;

    [[nodiscard]] bool sameKey(const SoftwareVersion &other) const
    {
        return software == other.software && name == other.name;
    }
    friend bool operator==(const SoftwareVersion &, const SoftwareVersion &) = default;
};

/// Writes \a time as ISO 8601 UTC with a `Z`, with milliseconds only when they are not zero.
[[nodiscard]] QString formatTimestamp(const QDateTime &time);

/// Reads an ISO 8601 instant ("2023-04-14T16:50:26Z", "2023-04-14 16:50:26", "2023-04-10"). Without an
/// offset the time is UTC. With \a allowOffset an offset is converted to UTC, otherwise only `Z`/`+00:00`
/// are accepted, since the table's column has no time zone and PostgreSQL would silently drop one.
/// Returns an invalid QDateTime and sets \a error when the text is not such an instant.
[[nodiscard]] QDateTime parseTimestamp(const QString &text, bool allowOffset, QString *error);

} // namespace ra::scoring
