// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/releasesession.h"

#include "core/playbookloader.h"
#include "core/tagspelling.h"
#include "journal/journal.h"
#include "release/release.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/demosession.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#include <QJsonObject>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace ra {

ReleaseSession::ReleaseSession(const QString &journalPath, QObject *parent)
    : QObject(parent)
{
    openJournal(journalPath);
}

const Playbook &ReleaseSession::fallbackPlaybook()
{
    // The preset is compiled in and checked by the tests: it always loads.
    static const Playbook preset = PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook.value_or(Playbook());
    return preset;
}

namespace {

const QString recentProjectsKey = u"projects/recent"_s;
constexpr qsizetype maxRecentProjects = 8;

} // namespace

bool ReleaseSession::openProject(const QString &clonePath, const QString &playbookPath)
{
    release::ProjectError error;
    release::Project::OpenOptions options;
    options.playbookPath = playbookPath;
    const std::optional<release::Project> opened = release::Project::open(clonePath, options, &error);
    if (!opened) {
        setLastError(error.hint.isEmpty() ? error.message : error.message + u"\n"_s + error.hint);
        return false;
    }
    setProject(*opened);
    openJournal(opened->journalPath());
    QSettings settings;
    QStringList recent = settings.value(recentProjectsKey).toStringList();
    recent.removeAll(opened->clonePath());
    recent.prepend(opened->clonePath());
    settings.setValue(recentProjectsKey, recent.mid(0, maxRecentProjects));
    Q_EMIT recentProjectsChanged();
    if (m_journal) {
        setLastError({});
    }
    return true;
}

bool ReleaseSession::openProjectFolder(const QUrl &folder)
{
    return openProject(folder.toLocalFile());
}

void ReleaseSession::setProject(const release::Project &project)
{
    m_project = project;
    Q_EMIT projectNameChanged();
}

const std::optional<release::Project> &ReleaseSession::project() const
{
    return m_project;
}

bool ReleaseSession::projectOpen() const
{
    return m_project.has_value();
}

QString ReleaseSession::clonePath() const
{
    return m_project ? m_project->clonePath() : QString();
}

QString ReleaseSession::playbookOrigin() const
{
    return m_project ? m_project->playbookOrigin() : QString();
}

QStringList ReleaseSession::recentProjects() const
{
    QStringList recent = QSettings().value(recentProjectsKey).toStringList();
    // A clone moved or deleted since is not offered again.
    recent.removeIf([](const QString &path) { return !QDir(path).exists(); });
    return recent;
}

const Playbook &ReleaseSession::playbook() const
{
    return m_project ? m_project->playbook() : fallbackPlaybook();
}

TagSpelling ReleaseSession::tagSpelling() const
{
    return playbook().tagSpelling;
}

ReleaseSession::~ReleaseSession()
{
    stopDemo();
}

ReleaseSession *ReleaseSession::instance()
{
    static ReleaseSession *application = [] {
        static ReleaseSession session(Journal::defaultPath());
        // The maintainer left off in the last project they opened: take it up again.
        const QStringList recent = session.recentProjects();
        if (!recent.isEmpty()) {
            session.openProject(recent.constFirst());
        }
        return &session;
    }();
    return application;
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
    return m_project ? m_project->repository().toString() : fallbackPlaybook().repository;
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
    QString error;
    const QString canonical = release::Release::canonicalTag(playbook(), name, &error);
    if (canonical.isEmpty()) {
        setLastError(error);
        return false;
    }
    if (canonical != name) {
        setLastError(tr("%1 spells this tag “%2”, not “%3”.").arg(playbook().projectName, canonical, name));
        return false;
    }
    Journal *store = journal();
    if (!store) {
        setLastError(tr("Releases cannot be started without the release journal."));
        return false;
    }
    if (!store->hasRelease(name)) {
        const QJsonObject metadata{{u"tag"_s, name}, {u"project"_s, projectName()}, {u"clone"_s, clonePath()}};
        if (!store->createRelease(name, metadata, &error)) {
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
    loadStepStates();
    return true;
}

void ReleaseSession::reloadStepStates()
{
    loadStepStates();
}

void ReleaseSession::loadStepStates()
{
    const Journal *store = journal();
    for (ReleaseStep step : allReleaseSteps()) {
        StepState state = StepState::NotStarted;
        if (store && !m_currentRelease.isEmpty()) {
            state = release::StepPolicy::verdict(*store, m_currentRelease, step).state;
        }
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

void ReleaseSession::startDemo()
{
    if (m_demo) {
        return;
    }
    auto demo = std::make_unique<sandbox::DemoEnvironment>();
    if (!demo->start()) {
        setLastError(tr("The demo cannot start: %1").arg(demo->error()));
        return;
    }
    m_demo = std::move(demo);
    // From here the settings, data and secrets the app reads are the demo's, so openProject() neither adds the
    // demo to the maintainer's recent projects nor opens a journal outside the demo's folder.
    m_demoSession = std::make_unique<sandbox::DemoSession>(*m_demo, sandbox::DemoSession::Secrets::Store);
    if (!openProject(m_demo->clonePath(), m_demo->playbookPath())) {
        const QString why = lastError();
        stopDemo();
        setLastError(tr("The demo cannot open its project: %1").arg(why));
        return;
    }
    // The command-line tool's demo keeps its journal there too: one journal for both front ends.
    openJournal(m_demo->journalPath());
    m_demoAccount = sandbox::DemoEnvironment::maintainer().login;
    if (QCoreApplication *application = QCoreApplication::instance()) {
        connect(application, &QCoreApplication::aboutToQuit, this, &ReleaseSession::stopDemo, Qt::UniqueConnection);
    }
    Q_EMIT demoModeChanged();
}

void ReleaseSession::stopDemo()
{
    if (!m_demo) {
        return;
    }
    // The journal and the project live in the demo's folder: let go of them before it is removed.
    setJournal({});
    m_project.reset();
    m_demoSession.reset();
    m_demo.reset();
    m_demoAccount.clear();
    Q_EMIT projectNameChanged();
    Q_EMIT demoModeChanged();
    Q_EMIT demoAccountChanged();
}

bool ReleaseSession::demoMode() const
{
    return m_demo != nullptr;
}

QString ReleaseSession::demoNotice() const
{
    return m_demo ? sandbox::DemoEnvironment::notice() : QString();
}

sandbox::DemoEnvironment *ReleaseSession::demo() const
{
    return m_demo.get();
}

QStringList ReleaseSession::demoAccounts() const
{
    QStringList logins;
    if (m_demo) {
        for (const sandbox::DemoEnvironment::Account &account : sandbox::DemoEnvironment::accounts()) {
            logins.append(account.login);
        }
    }
    return logins;
}

QString ReleaseSession::demoAccount() const
{
    return m_demoAccount;
}

bool ReleaseSession::useDemoAccount(const QString &login)
{
    const QList<sandbox::DemoEnvironment::Account> accounts = sandbox::DemoEnvironment::accounts();
    const auto account = std::find_if(accounts.cbegin(), accounts.cend(),
                                      [&login](const auto &candidate) { return candidate.login == login; });
    if (!m_demo || account == accounts.cend()) {
        setLastError(m_demo ? tr("There is no demo account “%1”: use %2.").arg(login, demoAccounts().join(u", "_s))
                            : tr("Demo accounts exist only in the demo."));
        return false;
    }
    m_demo->secretStore().write(u"github/token"_s, account->token, [](const net::Error &) { });
    m_demoAccount = account->login;
    // Each step page keeps its GitHub client for the release it shows: picking the release again makes them
    // sign in with the new account.
    const QString release = m_currentRelease;
    if (!release.isEmpty()) {
        setCurrentRelease({});
        setCurrentRelease(release);
    }
    Q_EMIT demoAccountChanged();
    return true;
}

} // namespace ra
