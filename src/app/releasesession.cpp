// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/releasesession.h"

#include <QQmlEngine>
#include <QRegularExpression>

namespace ra {

ReleaseSession::ReleaseSession(QObject *parent)
    : QObject(parent)
    , m_projectName(QStringLiteral("aleph-im/aleph-vm"))
{
}

ReleaseSession *ReleaseSession::instance()
{
    static ReleaseSession session;
    return &session;
}

ReleaseSession *ReleaseSession::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    // The session outlives every engine (the CLI and tests create several); QML must not delete it.
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

QString ReleaseSession::projectName() const
{
    return m_projectName;
}

QStringList ReleaseSession::releases() const
{
    return m_releases;
}

QString ReleaseSession::currentRelease() const
{
    return m_currentRelease;
}

void ReleaseSession::setCurrentRelease(const QString &release)
{
    if (release == m_currentRelease || (!release.isEmpty() && !m_releases.contains(release))) {
        return;
    }
    m_currentRelease = release;
    m_steps.resetStates();
    Q_EMIT currentReleaseChanged();
}

StepListModel *ReleaseSession::steps()
{
    return &m_steps;
}

QString ReleaseSession::lastError() const
{
    return m_lastError;
}

bool ReleaseSession::startRelease(const QString &version)
{
    const QString name = version.trimmed();
    static const QRegularExpression plausible(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z.+_-]*$"));
    if (!plausible.match(name).hasMatch()) {
        setLastError(tr("“%1” is not a version. Use a version such as 1.4.0 or 1.4.0-rc1.").arg(name));
        return false;
    }
    if (!m_releases.contains(name)) {
        m_releases.append(name);
        Q_EMIT releasesChanged();
    }
    setLastError({});
    setCurrentRelease(name);
    return true;
}

void ReleaseSession::setLastError(const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
}

} // namespace ra
