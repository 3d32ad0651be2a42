// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/releasesession.h"

#include "core/tagspelling.h"
#include "journal/journal.h"

#include <QJsonObject>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace ra {

ReleaseSession::ReleaseSession(const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_projectName(u"aleph-im/aleph-vm"_s)
{
    openJournal(journalPath);
}

ReleaseSession::~ReleaseSession() = default;

ReleaseSession *ReleaseSession::instance()
{
    static ReleaseSession application(Journal::defaultPath());
    return &application;
}

ReleaseSession *ReleaseSession::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    // The session outlives every engine (tests create several); QML must not delete it.
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

void ReleaseSession::openJournal(const QString &path)
{
    QString error;
    std::unique_ptr<Journal> opened = Journal::open(path, &error);
    setJournal(std::move(opened));
    if (!m_journal) {
        setLastError(tr("The release journal cannot be opened, so nothing done now will be remembered: %1").arg(error));
    }
}

void ReleaseSession::setJournal(std::unique_ptr<Journal> journal)
{
    m_lock.reset();
    m_journal = std::move(journal);
    if (!m_currentRelease.isEmpty()) {
        m_currentRelease.clear();
        m_steps.resetStates();
        Q_EMIT currentReleaseChanged();
    }
    Q_EMIT journalChanged();
    Q_EMIT releasesChanged();
}

Journal *ReleaseSession::journal() const
{
    return m_journal.get();
}

bool ReleaseSession::journalAvailable() const
{
    return m_journal != nullptr;
}

QString ReleaseSession::projectName() const
{
    return m_projectName;
}

QStringList ReleaseSession::releases() const
{
    const Journal *store = journal();
    return store ? store->releases() : QStringList();
}

QString ReleaseSession::currentRelease() const
{
    return m_currentRelease;
}

void ReleaseSession::setCurrentRelease(const QString &release)
{
    if (release == m_currentRelease) {
        return;
    }
    Journal *store = journal();
    if (!release.isEmpty() && (!store || !store->hasRelease(release))) {
        setLastError(tr("There is no release “%1” in the journal.").arg(release));
        return;
    }
    std::unique_ptr<ReleaseLock> lock;
    if (!release.isEmpty()) {
        QString error;
        lock = store->lockRelease(release, &error);
        if (!lock) {
            setLastError(error);
            return;
        }
    }
    m_lock = std::move(lock);
    m_currentRelease = release;
    setLastError({});
    loadStepStates();
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

bool ReleaseSession::startRelease(const QString &tag)
{
    const QString name = tag.trimmed();
    const TagSpelling spelling = TagSpelling::alephVm();
    QString error;
    const auto version = spelling.versionFromTag(name, &error);
    if (!version) {
        setLastError(tr("“%1” is not a version: %2").arg(name, error));
        return false;
    }
    if (!spelling.isCanonical(name)) {
        const auto canonical = spelling.tagFor(*version, &error);
        setLastError(canonical ? tr("aleph-vm spells this tag “%1”, not “%2”.").arg(*canonical, name)
                               : tr("“%1” cannot be an aleph-vm tag: %2").arg(name, error));
        return false;
    }
    Journal *store = journal();
    if (!store) {
        setLastError(tr("Releases cannot be started without the release journal."));
        return false;
    }
    if (!store->hasRelease(name)) {
        if (!store->createRelease(name, QJsonObject{{u"tag"_s, name}, {u"project"_s, m_projectName}}, &error)) {
            setLastError(error);
            return false;
        }
        Q_EMIT releasesChanged();
    }
    setCurrentRelease(name);
    return m_currentRelease == name;
}

bool ReleaseSession::recordStepState(ReleaseStep step, StepState state, const QString &note)
{
    Journal *store = journal();
    if (m_currentRelease.isEmpty() || !store) {
        return false;
    }
    QString error;
    if (!store->setStepState(m_currentRelease, step, state, note, &error)) {
        setLastError(error);
        return false;
    }
    m_steps.status(step)->setState(state);
    return true;
}

void ReleaseSession::loadStepStates()
{
    const Journal *store = journal();
    for (ReleaseStep step : allReleaseSteps()) {
        const StepState state =
            (store && !m_currentRelease.isEmpty()) ? store->stepState(m_currentRelease, step) : StepState::NotStarted;
        m_steps.status(step)->setState(state);
    }
}

void ReleaseSession::setLastError(const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
}

} // namespace ra
