// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/hazardlistmodel.h"
#include "app/stepcontroller.h"
#include "app/versionproposalmodel.h"
#include "core/releasestep.h"
#include "git/tagplanner.h"
#include "git/tagpusher.h"
#include "release/tagstep.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtQmlIntegration>

#include <optional>

namespace ra {

namespace secrets {
class SecretStore;
}

/**
 * Step 2, the tag: plans the release tag on the target commit (hazards, git describe preview, the versions the
 * commits suggest), creates it and pushes it with progress, and verifies the remote. Every side effect goes
 * through the release journal first, so that after a crash mid-push the page shows the true state (tag local
 * only, pushed, rejected, or "unknown: check the remote") and offers the right next action.
 */
class TagStepController : public StepController
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString repositoryPath READ repositoryPath WRITE setRepositoryPath NOTIFY repositoryPathChanged)
    Q_PROPERTY(QString revision READ revision WRITE setRevision NOTIFY revisionChanged)
    Q_PROPERTY(QString revisionOrigin READ revisionOrigin NOTIFY revisionChanged)
    Q_PROPERTY(QString remote READ remote WRITE setRemote NOTIFY remoteChanged)
    Q_PROPERTY(QString sshKeyPath READ sshKeyPath WRITE setSshKeyPath NOTIFY sshKeyPathChanged)

    Q_PROPERTY(bool planning READ planning NOTIFY planningChanged)
    Q_PROPERTY(bool planned READ planned NOTIFY planChanged)
    Q_PROPERTY(QString planError READ planError NOTIFY planChanged)
    Q_PROPERTY(QString tag READ tag NOTIFY planChanged)
    Q_PROPERTY(QString commitSha READ commitSha NOTIFY planChanged)
    Q_PROPERTY(QString commitSubject READ commitSubject NOTIFY planChanged)
    Q_PROPERTY(QString previousTag READ previousTag NOTIFY planChanged)
    Q_PROPERTY(bool annotated READ annotated NOTIFY planChanged)
    Q_PROPERTY(QString describeResult READ describeResult NOTIFY planChanged)
    Q_PROPERTY(QString describeWarning READ describeWarning NOTIFY planChanged)
    Q_PROPERTY(bool blocked READ blocked NOTIFY planChanged)
    Q_PROPERTY(HazardListModel *hazards READ hazards CONSTANT)
    Q_PROPERTY(VersionProposalModel *proposals READ proposals CONSTANT)

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QStringList remoteMessages READ remoteMessages NOTIFY stateChanged)
    Q_PROPERTY(QString remoteCommit READ remoteCommit NOTIFY stateChanged)
    Q_PROPERTY(bool localTagExists READ localTagExists NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)

public:
    /// The engine's TagStatus::State, in the same order.
    enum State {
        NoPlan, ///< no repository, no release, or the plan failed (planError says why)
        ReadyToCreate, ///< the tag does not exist yet
        LocalOnly, ///< the tag exists locally on the right commit and was not pushed
        Pushing,
        Pushed, ///< verified on the remote
        Rejected, ///< the server refused the push (hook, protection rule)
        Conflict, ///< the tag exists elsewhere (locally or on the remote); it is never moved
        Failed, ///< could not connect, authenticate or verify
        Interrupted, ///< a push was started and its outcome never recorded: check the remote
    };
    Q_ENUM(State)

    explicit TagStepController(QObject *parent = nullptr);
    ~TagStepController() override;

    [[nodiscard]] QString repositoryPath() const;
    void setRepositoryPath(const QString &path);
    [[nodiscard]] QString revision() const;
    void setRevision(const QString &revision);
    [[nodiscard]] QString revisionOrigin() const;
    [[nodiscard]] QString remote() const;
    void setRemote(const QString &remote);
    [[nodiscard]] QString sshKeyPath() const;
    void setSshKeyPath(const QString &path);

    /// True while the plan (a history walk) is computed off the UI thread.
    [[nodiscard]] bool planning() const;
    [[nodiscard]] bool planned() const;
    [[nodiscard]] QString planError() const;
    [[nodiscard]] QString tag() const;
    [[nodiscard]] QString commitSha() const;
    [[nodiscard]] QString commitSubject() const;
    [[nodiscard]] QString previousTag() const;
    [[nodiscard]] bool annotated() const;
    [[nodiscard]] QString describeResult() const;
    [[nodiscard]] QString describeWarning() const;
    [[nodiscard]] bool blocked() const;
    [[nodiscard]] HazardListModel *hazards();
    [[nodiscard]] VersionProposalModel *proposals();

    [[nodiscard]] State state() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QStringList remoteMessages() const;
    [[nodiscard]] QString remoteCommit() const;
    [[nodiscard]] bool localTagExists() const;
    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] double progress() const;

    /// Plans again from the repository and the journal, off the UI thread; changes nothing. A newer call
    /// supersedes a plan still being computed.
    Q_INVOKABLE void refresh();
    /// Stops a plan being computed (a long history walk); the page says it was cancelled.
    Q_INVOKABLE void cancelPlan();
    /// Creates the tag if needed and pushes it. \a passphrase unlocks sshKeyPath; it is never stored.
    Q_INVOKABLE void createAndPush(const QString &passphrase = {});
    /// After an interrupted push: asks the remote whether it has the tag and records the answer.
    Q_INVOKABLE void checkRemote();
    /// Removes the local tag (only while it is not on the remote), to start over with another commit.
    Q_INVOKABLE void deleteLocalTag();

Q_SIGNALS:
    void repositoryPathChanged();
    void revisionChanged();
    void remoteChanged();
    void sshKeyPathChanged();
    void planChanged();
    void planningChanged();
    void stateChanged();
    void busyChanged();
    void progressChanged();
    /// A push or a remote check ended (the state says how).
    void operationFinished();

protected:
    void releaseChanged() override;

private:
    void loadFromJournal();
    [[nodiscard]] release::TagStep step() const;
    [[nodiscard]] release::TagStep::Request request() const;
    void planReady();
    void planProposals();
    void updateStateFromJournal();
    void showStatus(const release::TagStatus &status);
    void setState(State state, const QString &message, const QStringList &remoteMessages = {},
                  const QString &remoteCommit = {});
    void setBusy(bool busy);
    void startPush(const QString &passphrase, const QString &token);
    void pushFinished();
    [[nodiscard]] bool remoteIsHttps() const;

    QString m_repositoryPath;
    QString m_revision;
    QString m_revisionOrigin;
    QString m_remote = QStringLiteral("origin");
    QString m_sshKeyPath;

    std::optional<git::TagPlan> m_plan;
    QString m_planError;
    HazardListModel m_hazards;
    VersionProposalModel m_proposals;

    State m_state = NoPlan;
    QString m_message;
    QStringList m_remoteMessages;
    QString m_remoteCommit;
    bool m_localTagExists = false;
    bool m_busy = false;
    QString m_progressText;
    double m_progress = -1;

    QFutureWatcher<git::Result<git::TagPlan>> m_planWatcher;
    /// Bumped by every refresh(): a plan computed for older inputs is dropped.
    quint64 m_planGeneration = 0;
    quint64 m_watchedGeneration = 0;
    bool m_planCancelled = false;
    bool m_planning = false;
    QFutureWatcher<git::TagPushOutcome> m_pushWatcher;
    QFutureWatcher<git::Result<git::RemoteTag>> m_checkWatcher;
    release::TagStep::Started m_started;
};

} // namespace ra
