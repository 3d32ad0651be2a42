// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/packagesitemmodel.h"
#include "app/releasesession.h"
#include "app/stepcontroller.h"
#include "core/playbook.h"
#include "github/endpoints.h"
#include "packages/attachplan.h"
#include "release/packagesstep.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtQmlIntegration>

#include <atomic>
#include <memory>
#include <optional>

namespace ra {

namespace secrets {
class SecretStore;
}

/**
 * Step 5, packages: the app's adapter over release::PackagesStep. Legacy pipeline: downloads each CI artifact of
 * the tag's build run (resumable, with progress), reads the .deb inside, refuses a version that is not the tag's,
 * hashes it (with progress) and attaches it to the draft — skipped when the same file is there, replaced safely
 * when another one is. Release-on-tag pipeline: verifies the draft CI created instead. The step runs on a worker
 * thread (it blocks) with its own journal connection and GitHub client, reporting each package's row here and
 * stopping at the next safe point on cancel(); every upload, delete and rename is in the release journal before
 * it happens.
 */
class PackagesStepController : public StepController
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(QString tag READ tag NOTIFY tagChanged)
    Q_PROPERTY(QString repository READ repository NOTIFY configurationChanged)
    Q_PROPERTY(QString commit READ commit WRITE setCommit NOTIFY configurationChanged)
    Q_PROPERTY(QString commitOrigin READ commitOrigin NOTIFY configurationChanged)
    Q_PROPERTY(QString runId READ runId WRITE setRunId NOTIFY configurationChanged)
    Q_PROPERTY(QStringList expectedNames READ expectedNames NOTIFY configurationChanged)
    Q_PROPERTY(bool sha256Sums READ sha256Sums WRITE setSha256Sums NOTIFY configurationChanged)
    Q_PROPERTY(PackagesItemModel *packages READ packages CONSTANT)

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool cancelling READ cancelling NOTIFY busyChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /// How far the run is, 0 to 1 over every package (downloads, checks and uploads); -1 while not running.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY outcomeChanged)
    Q_PROPERTY(QString message READ message NOTIFY outcomeChanged)
    Q_PROPERTY(QStringList unexpectedAssets READ unexpectedAssets NOTIFY outcomeChanged)
    Q_PROPERTY(QString finishedAt READ finishedAt NOTIFY outcomeChanged)
    Q_PROPERTY(QStringList plannedRequests READ plannedRequests NOTIFY plannedRequestsChanged)

public:
    enum Mode {
        AttachArtifacts, ///< legacy pipeline: the assistant attaches the CI packages
        VerifyDraft, ///< release-on-tag pipeline: CI attached them, the assistant checks the draft
    };
    Q_ENUM(Mode)

    enum Outcome {
        NotRun,
        Succeeded,
        Failed,
        Cancelled,
    };
    Q_ENUM(Outcome)

    explicit PackagesStepController(QObject *parent = nullptr);
    ~PackagesStepController() override;

    [[nodiscard]] Mode mode() const;
    void setMode(Mode mode);
    [[nodiscard]] QString tag() const;
    [[nodiscard]] QString repository() const;
    [[nodiscard]] QString commit() const;
    void setCommit(const QString &commit);
    [[nodiscard]] QString commitOrigin() const;
    [[nodiscard]] QString runId() const;
    void setRunId(const QString &runId);
    [[nodiscard]] QStringList expectedNames() const;
    [[nodiscard]] bool sha256Sums() const;
    void setSha256Sums(bool enabled);
    [[nodiscard]] PackagesItemModel *packages();

    [[nodiscard]] bool busy() const;
    [[nodiscard]] bool cancelling() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] double progress() const;
    [[nodiscard]] Outcome outcome() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QStringList unexpectedAssets() const;
    [[nodiscard]] QString finishedAt() const;
    [[nodiscard]] QStringList plannedRequests() const;

    /// The GitHub hosts; from the settings when never set (tests point them at a twin).
    void setEndpoints(const github::Endpoints &endpoints);
    /// The repository, the pipeline and the expected asset names; aleph-vm's preset when never set.
    void setPlaybook(const Playbook &playbook);
    /// Where downloads and extracted packages are kept (resumed by the next run); the cache when never set.
    void setWorkDirectory(const QString &path);
    [[nodiscard]] QString workDirectory() const;
    /// What start() gives release::PackagesStep (without the token).
    [[nodiscard]] packages::AttachOptions options() const;

    /// Attaches (or verifies) the packages; finished() when done.
    Q_INVOKABLE void start();
    /// Stops at the next safe point; finished uploads are kept and a new start() resumes the rest.
    Q_INVOKABLE void cancel();
    /// Lists the requests start() would send, and sends none (plannedRequests).
    Q_INVOKABLE void planRequests();

Q_SIGNALS:
    void tagChanged();
    void modeChanged();
    void configurationChanged();
    void busyChanged();
    void progressChanged();
    void outcomeChanged();
    void plannedRequestsChanged();
    void finished();

private:
    void releaseChanged() override;
    void projectChanged() override;
    void loadFromJournal();
    void launch(const QString &token, const QString &tokenProblem);
    void itemUpdated(int index, const packages::PackageItem &item);
    void runFinished();
    void showPendingRows();
    void setBusy(bool busy);
    [[nodiscard]] github::Endpoints endpoints() const;
    void showOutcome(const release::PackagesStep::Outcome &outcome);
    [[nodiscard]] static release::PackagesStep::Outcome run(const QString &journalPath, const QString &release,
                                                            const release::PackagesStep::Request &request,
                                                            const github::Endpoints &endpoints, const QString &token,
                                                            const std::atomic_bool *cancel,
                                                            PackagesStepController *receiver);

    std::optional<github::Endpoints> m_endpoints;
    Playbook m_playbook;
    QString m_workDirectory;

    Mode m_mode = AttachArtifacts;
    QString m_commit;
    QString m_commitOrigin;
    QString m_runId;
    bool m_sha256Sums = false;
    PackagesItemModel m_packages;

    bool m_busy = false;
    std::atomic_bool m_cancel = false;
    QString m_progressText;
    Outcome m_outcome = NotRun;
    QString m_message;
    QStringList m_unexpected;
    QString m_finishedAt;
    QStringList m_plannedRequests;
    int m_generation = 0;
    bool m_stepShownInProgress = false;
    QFutureWatcher<release::PackagesStep::Outcome> m_watcher;
};

} // namespace ra
