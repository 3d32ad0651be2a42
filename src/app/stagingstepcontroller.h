// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/releasesession.h"
#include "app/stagingartifactmodel.h"
#include "app/stagingservermodel.h"
#include "app/stagingworkflowmodel.h"
#include "app/stepcontroller.h"
#include "core/playbook.h"
#include "github/endpoints.h"
#include "release/stagingstep.h"
#include "staging/stagingreport.h"

#include <QObject>
#include <QPointer>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

namespace ra {

namespace github {
class GitHubClient;
}
namespace net {
class HttpClient;
}
namespace secrets {
class SecretStore;
}
namespace staging {
class StagingChecker;
struct StagingPlan;
} // namespace staging

/**
 * Step 1, staging, for the page: for the candidate commit of the current release (from the project's clone), the
 * playbook's workflows with their latest run, the package artifacts with size and expiry, and each staging
 * server's reported version against the candidate's `git describe` with its health checks; then a sign-off,
 * or an override with its reason. What is checked, what the report allows and what the journal keeps are the
 * engine's (release::StagingStep); this adapter runs the checker off the UI's way and shows the models.
 *
 * The last report is kept in the journal too, so the page shows it after a restart; signing off needs a check
 * run in this session, so that what is signed is what was just seen.
 */
class StagingStepController : public StepController
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString repositoryPath READ repositoryPath WRITE setRepositoryPath NOTIFY candidateChanged)
    Q_PROPERTY(QString revision READ revision WRITE setRevision NOTIFY candidateChanged)
    Q_PROPERTY(QString resolvedRevision READ resolvedRevision NOTIFY candidateChanged)
    Q_PROPERTY(QString commitSha READ commitSha NOTIFY candidateChanged)
    Q_PROPERTY(QString commitSubject READ commitSubject NOTIFY candidateChanged)
    Q_PROPERTY(QString expectedVersion READ expectedVersion NOTIFY candidateChanged)
    Q_PROPERTY(QString candidateError READ candidateError NOTIFY candidateChanged)
    Q_PROPERTY(QString repository READ repository NOTIFY candidateChanged)
    Q_PROPERTY(QStringList serverUrls READ serverUrls NOTIFY candidateChanged)

    Q_PROPERTY(StagingWorkflowModel *workflows READ workflows CONSTANT)
    Q_PROPERTY(StagingArtifactModel *artifacts READ artifacts CONSTANT)
    Q_PROPERTY(StagingServerModel *servers READ servers CONSTANT)
    Q_PROPERTY(bool hasReport READ hasReport NOTIFY reportChanged)
    Q_PROPERTY(bool reportIsFresh READ reportIsFresh NOTIFY reportChanged)
    Q_PROPERTY(QString reportCommit READ reportCommit NOTIFY reportChanged)
    Q_PROPERTY(QString checkedAt READ checkedAt NOTIFY reportChanged)
    Q_PROPERTY(QString verdict READ verdict NOTIFY reportChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY reportChanged)
    Q_PROPERTY(bool canSignOff READ canSignOff NOTIFY reportChanged)
    Q_PROPERTY(bool canOverride READ canOverride NOTIFY reportChanged)

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString signer READ signer WRITE setSigner NOTIFY signerChanged)
    Q_PROPERTY(bool signedOff READ signedOff NOTIFY signOffChanged)
    Q_PROPERTY(bool overridden READ overridden NOTIFY signOffChanged)
    Q_PROPERTY(QString signOffText READ signOffText NOTIFY signOffChanged)

public:
    explicit StagingStepController(QObject *parent = nullptr);
    ~StagingStepController() override;

    [[nodiscard]] QString repositoryPath() const;
    void setRepositoryPath(const QString &path);
    [[nodiscard]] QString revision() const;
    void setRevision(const QString &revision);
    [[nodiscard]] QString resolvedRevision() const;
    [[nodiscard]] QString commitSha() const;
    [[nodiscard]] QString commitSubject() const;
    [[nodiscard]] QString expectedVersion() const;
    [[nodiscard]] QString candidateError() const;
    [[nodiscard]] QString repository() const;
    [[nodiscard]] QStringList serverUrls() const;

    [[nodiscard]] StagingWorkflowModel *workflows();
    [[nodiscard]] StagingArtifactModel *artifacts();
    [[nodiscard]] StagingServerModel *servers();
    [[nodiscard]] bool hasReport() const;
    [[nodiscard]] bool reportIsFresh() const;
    [[nodiscard]] QString reportCommit() const;
    [[nodiscard]] QString checkedAt() const;
    [[nodiscard]] QString verdict() const;
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] bool canSignOff() const;
    [[nodiscard]] bool canOverride() const;

    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString signer() const;
    void setSigner(const QString &signer);
    [[nodiscard]] bool signedOff() const;
    [[nodiscard]] bool overridden() const;
    [[nodiscard]] QString signOffText() const;

    /// The GitHub hosts; from the settings when never set (tests point them at a twin).
    void setEndpoints(const github::Endpoints &endpoints);
    /// The workflows, artifacts and staging servers to check; aleph-vm's preset when never set.
    void setPlaybook(const Playbook &playbook);
    /// What runChecks() asks for the current candidate.
    [[nodiscard]] staging::StagingPlan plan() const;

    /// Resolves the candidate commit and its `git describe` again; changes nothing.
    Q_INVOKABLE void refresh();
    /// Asks GitHub and the staging servers; checksFinished() when the report is in.
    Q_INVOKABLE void runChecks();
    Q_INVOKABLE void cancel();
    /// Records the sign-off of the fresh report, which must have passed.
    Q_INVOKABLE bool signOff();
    /// Records the sign-off of the fresh report although it did not pass, with \a reason (required).
    Q_INVOKABLE bool overrideWithReason(const QString &reason);

Q_SIGNALS:
    void candidateChanged();
    void reportChanged();
    void busyChanged();
    void progressChanged();
    void messageChanged();
    void signerChanged();
    void signOffChanged();
    void checksFinished();

private:
    void releaseChanged() override;
    void projectChanged() override;
    /// The engine's step 1 for the current release, on the session's journal.
    [[nodiscard]] release::StagingStep step() const;
    void loadFromJournal();
    void startChecks(const QString &token, const QString &tokenProblem);
    void checksDone(const staging::StagingReport &report);
    void showReport(const QJsonObject &report, const QString &checkedAt, bool fresh);
    void loadSignOff();
    void signOffRecorded(const QString &message);
    void setBusy(bool busy);
    void setMessage(const QString &message);

    std::optional<github::Endpoints> m_endpoints;
    Playbook m_playbook;

    QString m_repositoryPath;
    QString m_revision;
    QString m_resolvedRevision;
    QString m_commitSha;
    QString m_commitSubject;
    QString m_expectedVersion;
    QString m_candidateError;

    StagingWorkflowModel m_workflows;
    StagingArtifactModel m_artifacts;
    StagingServerModel m_servers;
    std::optional<staging::StagingReport> m_freshReport;
    QJsonObject m_reportJson;
    QString m_checkedAt;

    bool m_busy = false;
    QString m_progressText;
    QString m_message;
    QString m_signer;
    QJsonObject m_signOff;

    std::unique_ptr<github::GitHubClient> m_github;
    std::unique_ptr<net::HttpClient> m_nodes;
    std::unique_ptr<staging::StagingChecker> m_checker;
    int m_generation = 0;
};

} // namespace ra
