// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/versiontable.h"

#include <QSet>

#include <algorithm>

namespace ra::scoring {

VersionTable::VersionTable(QList<SoftwareVersion> rows)
    : m_rows(std::move(rows))
{
}

const QList<SoftwareVersion> &VersionTable::rows() const
{
    return m_rows;
}

QList<SoftwareVersion> &VersionTable::rows()
{
    return m_rows;
}

void VersionTable::setRows(QList<SoftwareVersion> rows)
{
    m_rows = std::move(rows);
}

std::chrono::seconds VersionTable::gracePeriod() const
{
    return m_gracePeriod;
}

void VersionTable::setGracePeriod(std::chrono::seconds gracePeriod)
{
    m_gracePeriod = gracePeriod;
}

qsizetype VersionTable::indexOf(const QString &software, const QString &name) const
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const SoftwareVersion &row = m_rows.at(i);
        if (row.software == software && row.name == name &&
            (found < 0 || row.releasedOn > m_rows.at(found).releasedOn)) {
            found = i;
        }
    }
    return found;
}

qsizetype VersionTable::currentIndex(const QString &software, bool prerelease) const
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const SoftwareVersion &row = m_rows.at(i);
        if (row.software == software && row.prerelease == prerelease && !row.replacedOn &&
            (found < 0 || row.releasedOn > m_rows.at(found).releasedOn)) {
            found = i;
        }
    }
    return found;
}

QStringList VersionTable::softwareNames() const
{
    QSet<QString> names;
    for (const SoftwareVersion &row : m_rows) {
        names.insert(row.software);
    }
    QStringList sorted(names.begin(), names.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

VersionLabel VersionTable::annotate(const QString &software, const QString &version, const QDateTime &time) const
{
    const qsizetype index = indexOf(software, version);
    if (index < 0) {
        return VersionLabel::Unknown;
    }
    return annotateRow(m_rows.at(index), time, m_gracePeriod);
}

VersionLabel VersionTable::annotateRow(const SoftwareVersion &row, const QDateTime &time,
                                       std::chrono::seconds gracePeriod)
{
    if (row.releasedOn <= time && (!row.replacedOn || time < *row.replacedOn)) {
        return row.prerelease ? VersionLabel::Prerelease : VersionLabel::Latest;
    }
    if (row.replacedOn) {
        const QDateTime graceEnd = row.replacedOn->addDuration(gracePeriod);
        if (*row.replacedOn <= time && time < graceEnd) {
            return VersionLabel::Outdated;
        }
        if (graceEnd <= time) {
            return VersionLabel::Obsolete;
        }
    }
    return VersionLabel::Other;
}

} // namespace ra::scoring
