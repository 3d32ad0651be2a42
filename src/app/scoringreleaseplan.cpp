// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scoringreleaseplan.h"

#include "app/scoringtablemodel.h"

using namespace ra::scoring;

namespace ra {

ScoringReleasePlan::ScoringReleasePlan(ScoringTableModel *table, const QString &software, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_software(software)
{
    const qint64 seconds = QDateTime::currentSecsSinceEpoch();
    m_releaseTime = formatTimestamp(QDateTime::fromSecsSinceEpoch(seconds - seconds % 60, QTimeZone::UTC));
    // Any change of the rows can change what the release adds to them.
    connect(table, &QAbstractItemModel::modelReset, this, &ScoringReleasePlan::replan);
    connect(table, &QAbstractItemModel::rowsInserted, this, &ScoringReleasePlan::replan);
    connect(table, &QAbstractItemModel::rowsRemoved, this, &ScoringReleasePlan::replan);
    connect(table, &QAbstractItemModel::dataChanged, this, &ScoringReleasePlan::replan);
    replan();
}

QString ScoringReleasePlan::software() const
{
    return m_software;
}

void ScoringReleasePlan::setSoftware(const QString &software)
{
    if (m_software != software) {
        m_software = software;
        Q_EMIT requestChanged();
        replan();
    }
}

QString ScoringReleasePlan::release() const
{
    return m_release;
}

void ScoringReleasePlan::setRelease(const QString &release)
{
    if (m_release != release) {
        m_release = release;
        Q_EMIT requestChanged();
        replan();
    }
}

QString ScoringReleasePlan::releaseTime() const
{
    return m_releaseTime;
}

void ScoringReleasePlan::setReleaseTime(const QString &time)
{
    if (m_releaseTime != time) {
        m_releaseTime = time;
        Q_EMIT requestChanged();
        replan();
    }
}

bool ScoringReleasePlan::retirePrereleases() const
{
    return m_retirePrereleases;
}

void ScoringReleasePlan::setRetirePrereleases(bool retire)
{
    if (m_retirePrereleases != retire) {
        m_retirePrereleases = retire;
        Q_EMIT requestChanged();
        replan();
    }
}

const std::optional<ReleaseChangeSet> &ScoringReleasePlan::changeSet() const
{
    return m_changes;
}

QStringList ScoringReleasePlan::diffLines() const
{
    return m_changes ? m_changes->diff().split(u'\n') : QStringList();
}

QStringList ScoringReleasePlan::warnings() const
{
    return m_changes ? m_changes->warnings() : QStringList();
}

QString ScoringReleasePlan::sql() const
{
    return m_changes ? m_changes->sql() : QString();
}

QString ScoringReleasePlan::note() const
{
    return m_note;
}

bool ScoringReleasePlan::hasChanges() const
{
    return m_changes.has_value();
}

void ScoringReleasePlan::replan()
{
    m_changes.reset();
    m_note.clear();
    const QString name = m_release.trimmed();
    QString why;
    const QDateTime at = parseTimestamp(m_releaseTime.trimmed(), true, &why);
    if (name.isEmpty()) {
        m_note = tr("Pick or start a release in the tool bar, or type its version, to see the rows it adds.");
    } else if (!at.isValid()) {
        m_note = tr("Release time: %1.").arg(why);
    } else if (auto planned = ReleaseChangeSet::plan(m_table->table(),
                                                     {m_software, name, at, std::nullopt, m_retirePrereleases}, &why);
               !planned) {
        m_note = why;
    } else if (planned->isEmpty()) {
        m_note = tr("%1 %2 is already listed as asked; there is nothing to change.").arg(m_software, name);
    } else {
        m_changes = std::move(planned);
    }
    Q_EMIT changed();
}

} // namespace ra
