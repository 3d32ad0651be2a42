// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/steplistmodel.h"

#include <QObject>
#include <QStringList>
#include <QtQmlIntegration>

class QQmlEngine;
class QJSEngine;

namespace ra {

/// The release the window is working on: which one is picked and where each of its steps stands.
class ReleaseSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString projectName READ projectName NOTIFY projectNameChanged)
    Q_PROPERTY(QStringList releases READ releases NOTIFY releasesChanged)
    Q_PROPERTY(QString currentRelease READ currentRelease WRITE setCurrentRelease NOTIFY currentReleaseChanged)
    Q_PROPERTY(StepListModel *steps READ steps CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit ReleaseSession(QObject *parent = nullptr);

    static ReleaseSession *instance();
    static ReleaseSession *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] QString projectName() const;
    [[nodiscard]] QStringList releases() const;
    [[nodiscard]] QString currentRelease() const;
    void setCurrentRelease(const QString &release);
    [[nodiscard]] StepListModel *steps();
    [[nodiscard]] QString lastError() const;

    /// Starts a release for \a version; returns false and sets lastError when the name is unusable.
    Q_INVOKABLE bool startRelease(const QString &version);

Q_SIGNALS:
    void projectNameChanged();
    void releasesChanged();
    void currentReleaseChanged();
    void lastErrorChanged();

private:
    void setLastError(const QString &error);

    QString m_projectName;
    QStringList m_releases;
    QString m_currentRelease;
    StepListModel m_steps;
    QString m_lastError;
};

} // namespace ra
