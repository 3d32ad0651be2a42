// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scoringtimelinemodel.h"

#include "app/scoringtablemodel.h"
#include "scoring/versiontable.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace ra::scoring;

namespace ra {

namespace {

QString shortTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

ScoringTimelineModel::ScoringTimelineModel(ScoringTableModel *table, QObject *parent)
    : QAbstractListModel(parent)
    , m_table(table)
{
    connect(table, &QAbstractItemModel::modelReset, this, &ScoringTimelineModel::rebuild);
    connect(table, &QAbstractItemModel::rowsInserted, this, &ScoringTimelineModel::rebuild);
    connect(table, &QAbstractItemModel::rowsRemoved, this, &ScoringTimelineModel::rebuild);
    connect(table, &QAbstractItemModel::dataChanged, this, &ScoringTimelineModel::rebuild);
    // Today moves: versions turn outdated and obsolete while the page is open.
    m_clock.setInterval(std::chrono::minutes{5});
    connect(&m_clock, &QTimer::timeout, this, &ScoringTimelineModel::moveToday);
    m_clock.start();
    rebuild();
}

void ScoringTimelineModel::moveToday()
{
    if (m_fixedNow || m_bars.isEmpty()) {
        return;
    }
    m_now = QDateTime::currentDateTimeUtc();
    computeRange();
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT rangeChanged();
}

int ScoringTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bars.size());
}

QVariant ScoringTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Bar &b = m_bars.at(index.row());
    const std::chrono::seconds grace = m_table ? m_table->table().gracePeriod() : kDefaultGracePeriod;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return b.version.name;
    case SoftwareRole:
        return b.version.software;
    case PrereleaseRole:
        return b.version.prerelease;
    case OpenRole:
        return !b.windowEnd.has_value();
    case WindowStartRole:
        return position(b.windowStart);
    case WindowEndRole:
        return b.windowEnd ? position(*b.windowEnd) : 1.0;
    case OutdatedEndRole:
        return b.outdatedEnd ? position(*b.outdatedEnd) : 1.0;
    case LabelRole:
        return labelName(VersionTable::annotateRow(b.version, m_now, grace));
    case ValidNowRole:
        return labelIsValidForScore(VersionTable::annotateRow(b.version, m_now, grace));
    case DetailsRole:
        return details(b);
    }
    return {};
}

QHash<int, QByteArray> ScoringTimelineModel::roleNames() const
{
    return {
        {SoftwareRole, "software"},       {NameRole, "name"},
        {PrereleaseRole, "prerelease"},   {OpenRole, "open"},
        {WindowStartRole, "windowStart"}, {WindowEndRole, "windowEnd"},
        {OutdatedEndRole, "outdatedEnd"}, {LabelRole, "label"},
        {ValidNowRole, "validNow"},       {DetailsRole, "details"},
    };
}

const ScoringTimelineModel::Bar &ScoringTimelineModel::bar(int row) const
{
    return m_bars.at(row);
}

QString ScoringTimelineModel::labelAt(int row, const QDateTime &time) const
{
    if (row < 0 || row >= m_bars.size()) {
        return {};
    }
    const std::chrono::seconds grace = m_table ? m_table->table().gracePeriod() : kDefaultGracePeriod;
    return labelName(VersionTable::annotateRow(m_bars.at(row).version, time, grace));
}

double ScoringTimelineModel::position(const QDateTime &time) const
{
    const double span = double(m_rangeStart.msecsTo(m_rangeEnd));
    if (span <= 0 || !time.isValid()) {
        return 0;
    }
    return std::clamp(double(m_rangeStart.msecsTo(time)) / span, 0.0, 1.0);
}

QString ScoringTimelineModel::software() const
{
    return m_software;
}

void ScoringTimelineModel::setSoftware(const QString &software)
{
    if (m_software != software) {
        m_software = software;
        Q_EMIT softwareChanged();
        rebuild();
    }
}

int ScoringTimelineModel::spanDays() const
{
    return m_spanDays;
}

void ScoringTimelineModel::setSpanDays(int days)
{
    days = std::max(0, days);
    if (m_spanDays != days) {
        m_spanDays = days;
        Q_EMIT spanDaysChanged();
        rebuild();
    }
}

QDateTime ScoringTimelineModel::now() const
{
    return m_now;
}

void ScoringTimelineModel::setNow(const QDateTime &now)
{
    m_fixedNow = now.toUTC();
    rebuild();
}

QDateTime ScoringTimelineModel::rangeStart() const
{
    return m_rangeStart;
}

QDateTime ScoringTimelineModel::rangeEnd() const
{
    return m_rangeEnd;
}

double ScoringTimelineModel::todayPosition() const
{
    return position(m_now);
}

QString ScoringTimelineModel::todayText() const
{
    return tr("Today, %1 UTC").arg(shortTime(m_now));
}

QVariantList ScoringTimelineModel::ticks() const
{
    QVariantList marks;
    if (!m_rangeStart.isValid() || m_rangeStart >= m_rangeEnd) {
        return marks;
    }
    const qint64 days = m_rangeStart.daysTo(m_rangeEnd);
    const QLocale locale;
    const auto add = [&](const QDate &date, const QString &format) {
        const QDateTime at(date, QTime(0, 0), QTimeZone::UTC);
        if (at >= m_rangeStart && at <= m_rangeEnd) {
            marks.append(QVariantMap{{u"position"_s, position(at)}, {u"text"_s, locale.toString(date, format)}});
        }
    };
    const QDate first = m_rangeStart.toUTC().date();
    const QDate last = m_rangeEnd.toUTC().date();
    // The smallest step that keeps the marks within maxTicks, so their labels never overlap.
    const auto pick = [this](qint64 units, std::initializer_list<int> steps) {
        for (const int step : steps) {
            if (units / step < m_maxTicks) {
                return step;
            }
        }
        return *std::prev(steps.end());
    };
    if (days <= 70) {
        const int step = pick(days, {1, 2, 7, 14});
        // Weeks start on Mondays.
        QDate day = step < 7 ? first : first.addDays((8 - first.dayOfWeek()) % 7);
        for (; day <= last; day = day.addDays(step)) {
            add(day, u"d MMM"_s);
        }
        return marks;
    }
    const int step = pick(days / 30, {1, 2, 3, 6, 12, 24, 60, 120});
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        const int index = month.year() * 12 + month.month() - 1;
        if (index % step == 0) {
            add(month, step >= 12 ? u"yyyy"_s : u"MMM yyyy"_s);
        }
    }
    return marks;
}

int ScoringTimelineModel::maxTicks() const
{
    return m_maxTicks;
}

void ScoringTimelineModel::setMaxTicks(int count)
{
    count = std::max(2, count);
    if (m_maxTicks != count) {
        m_maxTicks = count;
        Q_EMIT rangeChanged();
    }
}

QStringList ScoringTimelineModel::validNow() const
{
    const std::chrono::seconds grace = m_table ? m_table->table().gracePeriod() : kDefaultGracePeriod;
    QStringList versions;
    for (const Bar &b : m_bars) {
        const VersionLabel label = VersionTable::annotateRow(b.version, m_now, grace);
        if (labelIsValidForScore(label)) {
            versions.append(tr("%1 %2 (%3)").arg(b.version.software, b.version.name, labelName(label)));
        }
    }
    return versions;
}

void ScoringTimelineModel::rebuild()
{
    beginResetModel();
    m_bars.clear();
    m_now = m_fixedNow.value_or(QDateTime::currentDateTimeUtc());
    if (m_table) {
        const VersionTable &table = m_table->table();
        for (const SoftwareVersion &row : table.rows()) {
            // A row without a valid release time has no window to draw; the table shows its error.
            if ((!m_software.isEmpty() && row.software != m_software) || !row.releasedOn.isValid()) {
                continue;
            }
            Bar b{row, row.releasedOn, row.replacedOn, std::nullopt};
            if (row.replacedOn) {
                b.outdatedEnd = row.replacedOn->addDuration(table.gracePeriod());
            }
            m_bars.append(b);
        }
    }
    // Grouped by software, each a staircase from the oldest version down to the newest.
    std::stable_sort(m_bars.begin(), m_bars.end(), [](const Bar &a, const Bar &b) {
        return std::tie(a.version.software, a.windowStart) < std::tie(b.version.software, b.windowStart);
    });
    computeRange();
    endResetModel();
    Q_EMIT rangeChanged();
}

void ScoringTimelineModel::computeRange()
{
    if (m_spanDays > 0) {
        m_rangeStart = m_now.addDays(-m_spanDays);
        m_rangeEnd = m_now.addDays(std::max(1, m_spanDays / 8));
        return;
    }
    QDateTime start = m_now;
    QDateTime end = m_now;
    for (const Bar &b : std::as_const(m_bars)) {
        start = std::min(start, b.windowStart);
        end = std::max(end, b.outdatedEnd.value_or(b.windowStart));
    }
    // A margin on both sides keeps the first release and today's line off the edges.
    const qint64 margin = std::max<qint64>(start.msecsTo(end) / 40, 24LL * 3600 * 1000);
    m_rangeStart = start.addMSecs(-margin);
    m_rangeEnd = end.addMSecs(margin);
}

QString ScoringTimelineModel::details(const Bar &bar) const
{
    const QString window = bar.version.prerelease ? tr("prerelease") : tr("latest");
    if (!bar.windowEnd) {
        return tr("%1 %2: %3 since %4, not replaced yet")
            .arg(bar.version.software, bar.version.name, window, shortTime(bar.windowStart));
    }
    return tr("%1 %2: %3 from %4 to %5, outdated until %6, obsolete after")
        .arg(bar.version.software, bar.version.name, window, shortTime(bar.windowStart), shortTime(*bar.windowEnd),
             shortTime(*bar.outdatedEnd));
}

} // namespace ra
