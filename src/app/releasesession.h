// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/steplistmodel.h"
#include "core/playbook.h"
#include "release/project.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace ra {

class Journal;
class ReleaseLock;
namespace sandbox {
class DemoEnvironment;
class DemoSession;
} // namespace sandbox

/// The release the window is working on: which one is picked, where each of its steps stands, and the
/// release journal that remembers both across restarts. Picking a release takes its lock, so a second
/// instance of the app is told the release is busy instead of interleaving side effects.
class ReleaseSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString projectName READ projectName NOTIFY projectNameChanged)
    Q_PROPERTY(bool projectOpen READ projectOpen NOTIFY projectNameChanged)
    Q_PROPERTY(QString clonePath READ clonePath NOTIFY projectNameChanged)
    Q_PROPERTY(QString playbookOrigin READ playbookOrigin NOTIFY projectNameChanged)
    Q_PROPERTY(QStringList recentProjects READ recentProjects NOTIFY recentProjectsChanged)
    Q_PROPERTY(QStringList releases READ releases NOTIFY releasesChanged)
    Q_PROPERTY(QString currentRelease READ currentRelease WRITE setCurrentRelease NOTIFY currentReleaseChanged)
    Q_PROPERTY(StepListModel *steps READ steps CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool journalAvailable READ journalAvailable NOTIFY journalChanged)
    Q_PROPERTY(bool demoMode READ demoMode NOTIFY demoModeChanged)
    Q_PROPERTY(QString demoNotice READ demoNotice NOTIFY demoModeChanged)
    Q_PROPERTY(QStringList demoAccounts READ demoAccounts NOTIFY demoModeChanged)
    Q_PROPERTY(QString demoAccount READ demoAccount NOTIFY demoAccountChanged)

public:
    /// A session on the journal at \a journalPath. Not default-constructible on purpose: QML must reach the
    /// application's one session through create(), never build a second one of its own.
    explicit ReleaseSession(const QString &journalPath, QObject *parent = nullptr);
    ~ReleaseSession() override;

    /// The application's session, on the journal at Journal::defaultPath().
    static ReleaseSession *instance();
    static ReleaseSession *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    /// Opens the journal at \a path; when it cannot be opened, lastError says why and releases cannot start.
    void openJournal(const QString &path);
    /// Uses \a journal from now on (tests give a temporary one); the current release is let go.
    void setJournal(std::unique_ptr<Journal> journal);
    /// The journal, or null when it could not be opened (lastError says why).
    [[nodiscard]] Journal *journal() const;
    [[nodiscard]] bool journalAvailable() const;

    /// Opens the clone at \a clonePath as the project (its playbook found in the clone, chosen as
    /// \a playbookPath, or a built-in preset matching its remote) and the project's own journal; remembers it
    /// among the recent projects. On failure the current project stays and lastError says what to do.
    Q_INVOKABLE bool openProject(const QString &clonePath, const QString &playbookPath = {});
    /// openProject() on the folder a file dialog gave.
    Q_INVOKABLE bool openProjectFolder(const QUrl &folder);
    /// Uses \a project without touching the journal (tests give both).
    void setProject(const release::Project &project);
    [[nodiscard]] const std::optional<release::Project> &project() const;
    [[nodiscard]] bool projectOpen() const;
    [[nodiscard]] QString clonePath() const;
    [[nodiscard]] QString playbookOrigin() const;
    [[nodiscard]] QStringList recentProjects() const;
    /// The open project's playbook; fallbackPlaybook() until a project is opened.
    [[nodiscard]] const Playbook &playbook() const;
    /// What a page shows before any project is opened (and what objects without a session use): the aleph-vm
    /// preset, the project this app was first written for. Loaded once.
    [[nodiscard]] static const Playbook &fallbackPlaybook();
    [[nodiscard]] TagSpelling tagSpelling() const;

    /// "owner/name" of the open project (aleph-im/aleph-vm until one is opened).
    [[nodiscard]] QString projectName() const;
    [[nodiscard]] QStringList releases() const;
    [[nodiscard]] QString currentRelease() const;
    /// Picks \a release; keeps the previous one and sets lastError when its lock is held elsewhere.
    void setCurrentRelease(const QString &release);
    [[nodiscard]] StepListModel *steps();
    [[nodiscard]] QString lastError() const;

    /// Starts a release named by its tag (aleph-vm spelling: 1.4.0, 1.4.0-rc1) and picks it; returns false
    /// and sets lastError when the tag is not a valid version or not spelled as the project tags.
    Q_INVOKABLE bool startRelease(const QString &tag);

    /// Records where the current release stands on \a step, in the journal and on the page.
    bool recordStepState(ReleaseStep step, StepState state, const QString &note = {});
    /// Reads every step's state again from the journal through the release engine's one policy (after a step
    /// use case recorded effects).
    void reloadStepStates();

    /// Starts the demo — a sample project whose services (GitHub, staging nodes, channels) are local stand-ins
    /// on 127.0.0.1, in a temporary folder — and opens its project. Until it stops, the app's settings, data,
    /// journal and secrets are the demo's own (in memory, never the keychain). lastError says why when it
    /// cannot start.
    Q_INVOKABLE void startDemo();
    /// Ends the demo: its services stop, its folder is removed and no project is open. Called on quitting.
    void stopDemo();
    [[nodiscard]] bool demoMode() const;
    /// The line the window shows for as long as the demo runs; empty outside the demo.
    [[nodiscard]] QString demoNotice() const;
    /// The running demo (its services and accounts), null outside the demo.
    [[nodiscard]] sandbox::DemoEnvironment *demo() const;
    /// The demo's GitHub accounts: the maintainer, and the second reviewer the playbook's quorum needs.
    [[nodiscard]] QStringList demoAccounts() const;
    /// The demo account GitHub calls are made as; empty outside the demo.
    [[nodiscard]] QString demoAccount() const;
    /// Acts as the demo account \a login from now on (the second reviewer approves as "demo-reviewer"); the
    /// current release is picked again so that the pages sign in anew. False, with lastError, outside the demo
    /// or for a login that is not the demo's.
    Q_INVOKABLE bool useDemoAccount(const QString &login);

Q_SIGNALS:
    void projectNameChanged();
    void recentProjectsChanged();
    void releasesChanged();
    void currentReleaseChanged();
    void lastErrorChanged();
    void journalChanged();
    void demoModeChanged();
    void demoAccountChanged();

private:
    void loadStepStates();
    void setLastError(const QString &error);

    std::optional<release::Project> m_project;
    QString m_currentRelease;
    StepListModel m_steps;
    QString m_lastError;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ReleaseLock> m_lock;
    std::unique_ptr<sandbox::DemoEnvironment> m_demo;
    std::unique_ptr<sandbox::DemoSession> m_demoSession;
    QString m_demoAccount;
};

} // namespace ra
