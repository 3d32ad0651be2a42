// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/notesdiffmodel.h"
#include "app/reviewapprovalmodel.h"
#include "app/scheduledscoringapply.h"
#include "app/stepcontroller.h"
#include "core/playbook.h"
#include "markdown/previewrenderer.h"
#include "release/publishstatus.h"

#include <QPointer>
#include <QtQmlIntegration>

#include <functional>
#include <memory>

namespace ra {

namespace github {
class GitHubClient;
}
namespace secrets {
class SecretStore;
}
namespace release {
class PublishStep;
struct PublishOutcome;
} // namespace release

/**
 * Step 6, review and publish, for the page: an adapter over release::PublishStep, which holds the step's rules.
 * Shows the draft as GitHub holds it — its digest, the rendered notes and what changed since this reviewer last
 * approved — every reviewer's verdict from the release tracking issue and who is still awaited; posts this
 * reviewer's approval or change request bound to the digest on screen; publishes, once the quorum approved that
 * very content, with the pre-release and "latest" flags decided for the version; then runs step 3's scoring
 * change scheduled for the publication, off the UI thread.
 */
class ReviewPublishController : public StepController
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString repository READ repository NOTIFY configurationChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

    Q_PROPERTY(bool loaded READ loaded NOTIFY snapshotChanged)
    Q_PROPERTY(QString viewer READ viewer NOTIFY snapshotChanged)
    Q_PROPERTY(QString digest READ digest NOTIFY snapshotChanged)
    Q_PROPERTY(QString shortDigest READ shortDigest NOTIFY snapshotChanged)
    Q_PROPERTY(bool published READ published NOTIFY snapshotChanged)
    Q_PROPERTY(QUrl releaseUrl READ releaseUrl NOTIFY snapshotChanged)
    Q_PROPERTY(QStringList assetNames READ assetNames NOTIFY snapshotChanged)
    Q_PROPERTY(int issueNumber READ issueNumber NOTIFY snapshotChanged)
    Q_PROPERTY(QUrl issueUrl READ issueUrl NOTIFY snapshotChanged)
    Q_PROPERTY(QString notesHtml READ notesHtml NOTIFY notesHtmlChanged)

    Q_PROPERTY(ReviewApprovalModel *approvals READ approvals CONSTANT)
    Q_PROPERTY(int required READ required NOTIFY snapshotChanged)
    Q_PROPERTY(int approvedCount READ approvedCount NOTIFY snapshotChanged)
    Q_PROPERTY(bool quorumReached READ quorumReached NOTIFY snapshotChanged)
    Q_PROPERTY(bool canPublish READ canPublish NOTIFY snapshotChanged)
    Q_PROPERTY(QString lockReason READ lockReason NOTIFY snapshotChanged)
    Q_PROPERTY(bool prerelease READ prerelease NOTIFY snapshotChanged)
    Q_PROPERTY(bool makeLatest READ makeLatest NOTIFY snapshotChanged)
    Q_PROPERTY(QString flagsExplanation READ flagsExplanation NOTIFY snapshotChanged)

    Q_PROPERTY(bool hasApprovedBefore READ hasApprovedBefore NOTIFY snapshotChanged)
    Q_PROPERTY(bool approvedContentIsCurrent READ approvedContentIsCurrent NOTIFY snapshotChanged)
    Q_PROPERTY(NotesDiffModel *changesSinceApproval READ changesSinceApproval CONSTANT)
    Q_PROPERTY(QStringList pendingApprovers READ pendingApprovers NOTIFY snapshotChanged)
    Q_PROPERTY(QDateTime waitingSince READ waitingSince NOTIFY snapshotChanged)

public:
    explicit ReviewPublishController(QObject *parent = nullptr);
    ~ReviewPublishController() override;

    /// Tests point the controller at the GitHub twin; otherwise a client is built from the settings.
    void setGitHubClient(github::GitHubClient *client);
    /// Where the token is read ("github/token"); the system keychain when never set.
    void setSecretStore(secrets::SecretStore *store);
    /// The repository, approvers, quorum and version scheme; aleph-vm's preset when never set.
    void setPlaybook(const Playbook &playbook);
    /// Where step 3 keeps the scoring-table changes scheduled for publication (tests).
    void setScoringScheduleDirectory(const QString &directory);

    [[nodiscard]] QString repository() const;
    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool messageIsError() const;
    [[nodiscard]] bool loaded() const;
    [[nodiscard]] QString viewer() const;
    [[nodiscard]] QString digest() const;
    [[nodiscard]] QString shortDigest() const;
    [[nodiscard]] bool published() const;
    [[nodiscard]] QUrl releaseUrl() const;
    [[nodiscard]] QStringList assetNames() const;
    [[nodiscard]] int issueNumber() const;
    [[nodiscard]] QUrl issueUrl() const;
    [[nodiscard]] QString notesHtml() const;
    [[nodiscard]] ReviewApprovalModel *approvals();
    [[nodiscard]] int required() const;
    [[nodiscard]] int approvedCount() const;
    [[nodiscard]] bool quorumReached() const;
    [[nodiscard]] bool canPublish() const;
    [[nodiscard]] QString lockReason() const;
    [[nodiscard]] bool prerelease() const;
    [[nodiscard]] bool makeLatest() const;
    [[nodiscard]] QString flagsExplanation() const;
    [[nodiscard]] bool hasApprovedBefore() const;
    [[nodiscard]] bool approvedContentIsCurrent() const;
    [[nodiscard]] NotesDiffModel *changesSinceApproval();
    /// The approvers whose approval of the content on screen is still awaited (no verdict, or one on earlier
    /// content).
    [[nodiscard]] QStringList pendingApprovers() const;
    /// Since when the content on screen waits for approvals (when this machine first saw it).
    [[nodiscard]] QDateTime waitingSince() const;

    /// Reads the draft, the tracking issue and the verdicts again.
    Q_INVOKABLE void refresh();
    /// Approves the content on screen (refused when the draft changed since it was read).
    Q_INVOKABLE void approve();
    /// Asks for changes to the content on screen, for \a reason.
    Q_INVOKABLE void requestChanges(const QString &reason);
    /// Publishes the content on screen, if the quorum approved it.
    Q_INVOKABLE void publish();

Q_SIGNALS:
    void configurationChanged();
    void busyChanged();
    void messageChanged();
    void snapshotChanged();
    void notesHtmlChanged();
    /// An approve, change request or publish ended (message says how).
    void actionFinished(bool ok);
    /// The scoring-table change scheduled for the publication ran (after publishing, or on reopening).
    void scheduledScoringFinished(bool succeeded);

protected:
    void releaseChanged() override;
    void projectChanged() override;

private:
    using WithStep = std::function<void(release::PublishStep &step)>;
    void withStep(const WithStep &work);
    void applyStatus(const release::PublishStatus &status);
    void finishAction(const release::PublishOutcome &outcome);
    /// Reads everything again; \a messageAfter (an action's result) stays shown instead of the reading notice.
    void reload(const QString &messageAfter);
    void runScheduledScoring(const QDateTime &publishedAt);
    void setBusy(bool busy);
    void setMessage(const QString &message, bool error = false);
    [[nodiscard]] bool ready();

    Playbook m_playbook;
    QPointer<github::GitHubClient> m_client;
    std::unique_ptr<github::GitHubClient> m_ownClient;
    std::unique_ptr<release::PublishStep> m_step;
    QString m_scheduleDirectory;
    int m_generation = 0;

    bool m_busy = false;
    QString m_message;
    bool m_messageIsError = false;
    release::PublishStatus m_status;
    bool m_loaded = false;
    markdown::PreviewRenderer m_renderer;
    ScheduledScoringApply m_scheduledScoring;
    QString m_notesHtml;
    ReviewApprovalModel m_approvals;
    NotesDiffModel m_changes;
};

} // namespace ra
