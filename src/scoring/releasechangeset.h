// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/versiontable.h"

#include <QJsonObject>
#include <QStringList>

namespace ra::scoring {

/// What the maintainer asks for: list a new release of a software.
struct ReleaseRequest {
    QString software = QStringLiteral("aleph-vm");
    QString name; ///< exactly as the node reports it
    QDateTime releasedOn; ///< when the release becomes installable, normally the publish time
    std::optional<bool> prerelease; ///< std::nullopt: read from the version
    /// For a stable release, also set replaced_on on the open pre-release rows (giving rc nodes the
    /// normal grace instead of leaving them `prerelease` indefinitely). The facts leave this to the maintainer.
    bool retireOpenPrereleases = false;
};

/// One row of the table getting its replaced_on set.
struct Retirement {
    QString software;
    QString name;
    std::optional<QDateTime> before; ///< what the row held when the change set was made (null normally)
    QDateTime after;

    friend bool operator==(const Retirement &, const Retirement &) = default;
};

/**
 * The rows a release adds to and changes in `software_versions`: the new row, and the replaced_on set on
 * the current row of the same chain (stable → stable; a pre-release only retires the previous
 * pre-release). Applying it where it is already applied changes nothing.
 */
class ReleaseChangeSet
{
public:
    enum class State {
        NotApplied,
        Applied,
        Conflict, ///< the table holds something else for these rows: read it again and plan anew
    };

    /// Plans \a request against \a table; std::nullopt with \a error when it cannot be listed as asked.
    [[nodiscard]] static std::optional<ReleaseChangeSet> plan(const VersionTable &table, const ReleaseRequest &request,
                                                              QString *error);

    [[nodiscard]] const std::optional<SoftwareVersion> &insertion() const;
    [[nodiscard]] const QList<Retirement> &retirements() const;
    /// What the maintainer must know before applying (nodes upgrading early are scored `other`, ...).
    [[nodiscard]] const QStringList &warnings() const;
    [[nodiscard]] bool isEmpty() const;

    /// A readable diff: "+ row" for the insertion, "~ row: replaced_on a → b" for each retirement.
    [[nodiscard]] QString diff() const;
    /// The SQL a maintainer would run by hand, in the scoring project's INSERT form.
    [[nodiscard]] QString sql() const;

    [[nodiscard]] State stateIn(const QList<SoftwareVersion> &rows, QString *reason = nullptr) const;
    /// The same change set with the release listed from \a when: the new row's released_on and every
    /// replaced_on it sets. A change set scheduled for the publish step takes the real publish time so.
    [[nodiscard]] ReleaseChangeSet releasedAt(const QDateTime &when) const;
    /// Applies to \a table; a no-op when already applied. False with \a error on a conflict.
    bool applyTo(VersionTable &table, QString *error) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<ReleaseChangeSet> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const ReleaseChangeSet &, const ReleaseChangeSet &) = default;

private:
    std::optional<SoftwareVersion> m_insertion;
    QList<Retirement> m_retirements;
    QStringList m_warnings;
};

/// `'text'` with quotes doubled, as SQL string literals are written.
[[nodiscard]] QString sqlQuote(const QString &text);

} // namespace ra::scoring
