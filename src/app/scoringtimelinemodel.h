// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/softwareversion.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QtQmlIntegration>

#include <optional>

namespace ra {

class ScoringTableModel;

/**
 * The scoring table as a timeline: one bar per version with the window in which nodes running it are
 * scored latest (or prerelease), the grace window in which they are outdated, and where they turn
 * obsolete. Positions are fractions of the shown range [rangeStart, rangeEnd], so the view only lays out.
 */
class ScoringTimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ScoringEditor")

    Q_PROPERTY(QString software READ software WRITE setSoftware NOTIFY softwareChanged)
    Q_PROPERTY(int spanDays READ spanDays WRITE setSpanDays NOTIFY spanDaysChanged)
    Q_PROPERTY(QDateTime now READ now NOTIFY rangeChanged)
    Q_PROPERTY(QDateTime rangeStart READ rangeStart NOTIFY rangeChanged)
    Q_PROPERTY(QDateTime rangeEnd READ rangeEnd NOTIFY rangeChanged)
    Q_PROPERTY(double todayPosition READ todayPosition NOTIFY rangeChanged)
    Q_PROPERTY(QString todayText READ todayText NOTIFY rangeChanged)
    Q_PROPERTY(QVariantList ticks READ ticks NOTIFY rangeChanged)
    Q_PROPERTY(int maxTicks READ maxTicks WRITE setMaxTicks NOTIFY rangeChanged)
    Q_PROPERTY(QStringList validNow READ validNow NOTIFY rangeChanged)

public:
    enum Role {
        SoftwareRole = Qt::UserRole + 1,
        NameRole,
        PrereleaseRole,
        OpenRole, ///< no replaced_on: the version is current
        WindowStartRole, ///< position of released_on
        WindowEndRole, ///< position of replaced_on (1 when open)
        OutdatedEndRole, ///< position of replaced_on + grace (1 when open)
        LabelRole, ///< the label now
        ValidNowRole, ///< whether that label counts as a valid version
        DetailsRole, ///< the windows in words, for a tool tip
    };
    Q_ENUM(Role)

    /// One version's windows, as instants.
    struct Bar {
        scoring::SoftwareVersion version;
        QDateTime windowStart; ///< released_on: latest/prerelease from then
        std::optional<QDateTime> windowEnd; ///< replaced_on: outdated from then
        std::optional<QDateTime> outdatedEnd; ///< replaced_on + grace: obsolete from then
    };

    explicit ScoringTimelineModel(ScoringTableModel *table, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const Bar &bar(int row) const;
    /// The label the scoring gives the version of bar \a row at \a time.
    Q_INVOKABLE QString labelAt(int row, const QDateTime &time) const;
    /// Where \a time lies in the shown range, from 0 (rangeStart) to 1 (rangeEnd), clamped.
    Q_INVOKABLE double position(const QDateTime &time) const;

    /// Only this software's versions; empty shows all.
    [[nodiscard]] QString software() const;
    void setSoftware(const QString &software);
    /// Show only the last \a days before now (and a little after); 0 shows the whole table.
    [[nodiscard]] int spanDays() const;
    void setSpanDays(int days);
    [[nodiscard]] QDateTime now() const;
    /// Fixes "today" (tests); by default the current time when the bars are laid out.
    void setNow(const QDateTime &now);

    [[nodiscard]] QDateTime rangeStart() const;
    [[nodiscard]] QDateTime rangeEnd() const;
    [[nodiscard]] double todayPosition() const;
    [[nodiscard]] QString todayText() const;
    /// The axis marks: {position, text} maps at month (or week, or day) starts.
    [[nodiscard]] QVariantList ticks() const;
    /// At most this many marks (the view sets it from its width).
    [[nodiscard]] int maxTicks() const;
    void setMaxTicks(int count);
    /// The versions nodes may run now and still be counted valid, e.g. "aleph-vm 0.2.5 (latest)".
    [[nodiscard]] QStringList validNow() const;

Q_SIGNALS:
    void softwareChanged();
    void spanDaysChanged();
    void rangeChanged();

private:
    void rebuild();
    void moveToday();
    void computeRange();
    [[nodiscard]] QString details(const Bar &bar) const;

    QPointer<ScoringTableModel> m_table;
    QList<Bar> m_bars;
    QString m_software;
    int m_spanDays = 0;
    int m_maxTicks = 8;
    std::optional<QDateTime> m_fixedNow;
    QDateTime m_now;
    QDateTime m_rangeStart;
    QDateTime m_rangeEnd;
    QTimer m_clock;
};

} // namespace ra
