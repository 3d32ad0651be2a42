// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/releasechangeset.h"

#include <QObject>
#include <QtQmlIntegration>

namespace ra {

class ScoringTableModel;

/**
 * What a release adds to the scoring table: the release the maintainer names (software, version, the time
 * it becomes installable) planned against the rows the editor shows, as a diff with its warnings, or a note
 * saying why there is nothing to apply. Planned again whenever the request or the rows change.
 */
class ScoringReleasePlan : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ScoringEditor")

    Q_PROPERTY(QString software READ software WRITE setSoftware NOTIFY requestChanged)
    Q_PROPERTY(QString release READ release WRITE setRelease NOTIFY requestChanged)
    Q_PROPERTY(QString releaseTime READ releaseTime WRITE setReleaseTime NOTIFY requestChanged)
    Q_PROPERTY(bool retirePrereleases READ retirePrereleases WRITE setRetirePrereleases NOTIFY requestChanged)
    Q_PROPERTY(QStringList diffLines READ diffLines NOTIFY changed)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY changed)
    Q_PROPERTY(QString sql READ sql NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(bool hasChanges READ hasChanges NOTIFY changed)

public:
    /// Plans against \a table's rows; \a software is the playbook's (aleph-vm).
    ScoringReleasePlan(ScoringTableModel *table, const QString &software, QObject *parent = nullptr);

    [[nodiscard]] QString software() const;
    void setSoftware(const QString &software);
    /// The version exactly as the node reports it (the tag for aleph-vm).
    [[nodiscard]] QString release() const;
    void setRelease(const QString &release);
    /// ISO 8601; the current minute until set.
    [[nodiscard]] QString releaseTime() const;
    void setReleaseTime(const QString &time);
    [[nodiscard]] bool retirePrereleases() const;
    void setRetirePrereleases(bool retire);

    [[nodiscard]] const std::optional<scoring::ReleaseChangeSet> &changeSet() const;
    [[nodiscard]] QStringList diffLines() const;
    [[nodiscard]] QStringList warnings() const;
    [[nodiscard]] QString sql() const;
    /// Why there is nothing to apply (no release named, a bad time, already listed, ...).
    [[nodiscard]] QString note() const;
    [[nodiscard]] bool hasChanges() const;

Q_SIGNALS:
    void requestChanged();
    void changed();

private:
    void replan();

    ScoringTableModel *m_table;
    QString m_software;
    QString m_release;
    QString m_releaseTime;
    bool m_retirePrereleases = false;
    std::optional<scoring::ReleaseChangeSet> m_changes;
    QString m_note;
};

} // namespace ra
