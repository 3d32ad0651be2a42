// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/softwareversion.h"
#include "scoring/versionlabel.h"

#include <QList>

#include <chrono>

namespace ra::scoring {

/// aleph-scoring hard-codes `interval '14' day` in SQL (its VERSION_GRACE_PERIOD of two weeks is unused).
inline constexpr std::chrono::seconds kDefaultGracePeriod = std::chrono::days{14};

/// The rows of `software_versions` and the labelling rule the node scoring applies to them.
class VersionTable
{
public:
    VersionTable() = default;
    explicit VersionTable(QList<SoftwareVersion> rows);

    [[nodiscard]] const QList<SoftwareVersion> &rows() const;
    [[nodiscard]] QList<SoftwareVersion> &rows();
    void setRows(QList<SoftwareVersion> rows);

    [[nodiscard]] std::chrono::seconds gracePeriod() const;
    void setGracePeriod(std::chrono::seconds gracePeriod);

    /// Index of the row for (\a software, \a name), or -1. With duplicates (which UNIQUE forbids) the one
    /// released last, as `annotate_version()` orders by released_on DESC.
    [[nodiscard]] qsizetype indexOf(const QString &software, const QString &name) const;
    /// Index of the row of \a software in the given chain whose replaced_on is null, or -1.
    [[nodiscard]] qsizetype currentIndex(const QString &software, bool prerelease) const;
    /// The software names present, sorted.
    [[nodiscard]] QStringList softwareNames() const;

    /**
     * The label aleph-scoring's `annotate_version(software, version, t)` gives, checked in its order:
     * latest/prerelease when released_on ≤ t and (replaced_on is null or t < replaced_on); outdated when
     * replaced_on ≤ t < replaced_on + grace; obsolete when replaced_on + grace ≤ t; other otherwise;
     * unknown without a row. Names and software compare exactly, as SQL `=` does.
     */
    [[nodiscard]] VersionLabel annotate(const QString &software, const QString &version, const QDateTime &time) const;
    /// The same rule applied to one row.
    [[nodiscard]] static VersionLabel annotateRow(const SoftwareVersion &row, const QDateTime &time,
                                                  std::chrono::seconds gracePeriod = kDefaultGracePeriod);

    friend bool operator==(const VersionTable &, const VersionTable &) = default;

private:
    QList<SoftwareVersion> m_rows;
    std::chrono::seconds m_gracePeriod = kDefaultGracePeriod;
};

} // namespace ra::scoring
