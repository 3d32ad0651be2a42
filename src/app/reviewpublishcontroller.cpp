// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reviewpublishcontroller.h"

#include "app/releasesession.h"

#include "app/githubaccountsettings.h"
#include "github/githubclient.h"
#include "release/publishstep.h"

using namespace Qt::StringLiterals;

namespace ra {

ReviewPublishController::ReviewPublishController(QObject *parent)
    : StepController(ReleaseStep::ReviewPublish, parent)
{
    m_playbook = ReleaseSession::fallbackPlaybook();
    m_scheduleDirectory = release::ScheduledScoring::defaultScheduleDirectory();
    connect(&m_renderer, &markdown::PreviewRenderer::rendered, this, [this](const QString &html) {
        m_notesHtml = html;
        Q_EMIT notesHtmlChanged();
    });
}

ReviewPublishController::~ReviewPublishController() = default;

void ReviewPublishController::setGitHubClient(github::GitHubClient *client)
{
    m_client = client;
    m_step.reset();
}

void ReviewPublishController::setSecretStore(secrets::SecretStore *store)
{
    StepController::setSecretStore(store);
    m_scheduledScoring.setSecretStore(store);
}

void ReviewPublishController::setScoringScheduleDirectory(const QString &directory)
{
    m_scheduledScoring.setDirectory(directory);
    m_scheduleDirectory = directory;
    m_step.reset();
}

void ReviewPublishController::setPlaybook(const Playbook &playbook)
{
    m_playbook = playbook;
    m_step.reset();
    Q_EMIT configurationChanged();
}

QString ReviewPublishController::repository() const
{
    return m_playbook.repository;
}

bool ReviewPublishController::busy() const
{
    return m_busy;
}

QString ReviewPublishController::message() const
{
    return m_message;
}

bool ReviewPublishController::messageIsError() const
{
    return m_messageIsError;
}

bool ReviewPublishController::loaded() const
{
    return m_loaded;
}

QString ReviewPublishController::viewer() const
{
    return m_status.snapshot.viewer;
}

QString ReviewPublishController::digest() const
{
    return m_status.snapshot.digest;
}

QString ReviewPublishController::shortDigest() const
{
    return m_status.snapshot.digest.mid(7, 12);
}

bool ReviewPublishController::published() const
{
    return m_status.published();
}

QUrl ReviewPublishController::releaseUrl() const
{
    return m_status.snapshot.release ? m_status.snapshot.release->htmlUrl : QUrl();
}

QStringList ReviewPublishController::assetNames() const
{
    QStringList names;
    for (const review::ReviewedAsset &asset : m_status.snapshot.subject.assets) {
        names.append(asset.name);
    }
    names.sort();
    return names;
}

int ReviewPublishController::issueNumber() const
{
    return m_status.snapshot.issueNumber;
}

QUrl ReviewPublishController::issueUrl() const
{
    return m_status.snapshot.issueUrl;
}

QString ReviewPublishController::notesHtml() const
{
    return m_notesHtml;
}

ReviewApprovalModel *ReviewPublishController::approvals()
{
    return &m_approvals;
}

int ReviewPublishController::required() const
{
    return m_loaded ? m_status.snapshot.status.required : m_playbook.approvals.required;
}

int ReviewPublishController::approvedCount() const
{
    return int(m_status.snapshot.status.approvedBy.size());
}

bool ReviewPublishController::quorumReached() const
{
    return m_loaded && m_status.snapshot.status.quorumReached();
}

bool ReviewPublishController::canPublish() const
{
    return m_loaded && m_status.canPublish();
}

QString ReviewPublishController::lockReason() const
{
    return m_loaded ? m_status.message : tr("Read the draft first.");
}

bool ReviewPublishController::prerelease() const
{
    return m_status.snapshot.flags && m_status.snapshot.flags->prerelease;
}

bool ReviewPublishController::makeLatest() const
{
    return m_status.snapshot.flags && m_status.snapshot.flags->makeLatest == u"true"_s;
}

QString ReviewPublishController::flagsExplanation() const
{
    return m_status.snapshot.flags ? m_status.snapshot.flags->explanation : m_status.snapshot.flagsError;
}

bool ReviewPublishController::hasApprovedBefore() const
{
    return !m_status.lastApprovedDigest.isEmpty();
}

bool ReviewPublishController::approvedContentIsCurrent() const
{
    return hasApprovedBefore() && m_status.lastApprovedDigest == m_status.snapshot.digest;
}

NotesDiffModel *ReviewPublishController::changesSinceApproval()
{
    return &m_changes;
}

QStringList ReviewPublishController::pendingApprovers() const
{
    return m_loaded ? m_status.pendingLogins() : QStringList();
}

QDateTime ReviewPublishController::waitingSince() const
{
    return m_loaded && !m_status.published() ? m_status.contentSince : QDateTime();
}

void ReviewPublishController::projectChanged()
{
    if (const auto playbook = openPlaybook()) {
        setPlaybook(*playbook);
    }
    releaseChanged();
}

void ReviewPublishController::releaseChanged()
{
    ++m_generation; // late answers about the previous release are dropped
    m_step.reset();
    // Picking the release again is how another account takes over (the demo's second reviewer): the client
    // built with the previous token is dropped, so the next call reads the token again.
    if (m_ownClient) {
        m_client = nullptr;
        m_ownClient.reset();
    }
    m_status = {};
    m_loaded = false;
    m_approvals.setEntries({});
    m_changes.setDiff({});
    m_notesHtml.clear();
    setBusy(false);
    setMessage({});
    Q_EMIT notesHtmlChanged();
    Q_EMIT snapshotChanged();
}

bool ReviewPublishController::ready()
{
    if (release().isEmpty() || !journal()) {
        setMessage(tr("Pick a release first."), true);
        return false;
    }
    if (!github::RepositoryRef::parse(m_playbook.repository)) {
        setMessage(tr("The playbook names no GitHub repository."), true);
        return false;
    }
    if (m_busy) {
        return false;
    }
    return true;
}

void ReviewPublishController::withStep(const WithStep &work)
{
    auto build = [this, work](github::GitHubClient &client) {
        if (!m_step) {
            release::PublishStep::Config config = release::PublishStep::Config::fromPlaybook(
                m_playbook, *github::RepositoryRef::parse(m_playbook.repository), release());
            config.scheduleDirectory = m_scheduleDirectory;
            // Picking the release took its lock.
            config.driving = true;
            m_step = std::make_unique<release::PublishStep>(client, journal(), config);
        }
        work(*m_step);
    };
    if (m_client) {
        build(*m_client);
        return;
    }
    GitHubAccountSettings::readToken(secretStore(), [self = QPointer(this), generation = m_generation,
                                                     build](const QString &token, const QString &, const QString &) {
        if (!self || generation != self->m_generation) {
            return;
        }
        if (!self->m_client) {
            self->m_ownClient = std::make_unique<github::GitHubClient>(GitHubAccountSettings::endpoints());
            self->m_client = self->m_ownClient.get();
        }
        if (!token.isEmpty()) {
            self->m_client->setToken(token);
        }
        build(*self->m_client);
    });
}

void ReviewPublishController::refresh()
{
    reload({});
}

void ReviewPublishController::reload(const QString &messageAfter)
{
    if (!ready()) {
        return;
    }
    setBusy(true);
    if (messageAfter.isEmpty()) {
        setMessage(tr("Reading the draft and the approvals…"));
    }
    withStep([this, messageAfter, generation = m_generation](release::PublishStep &step) {
        step.readStatus([self = QPointer(this), messageAfter, generation](const release::PublishStatus &status) {
            if (!self || generation != self->m_generation) {
                return;
            }
            self->setBusy(false);
            if (!status.ok()) {
                self->setMessage(status.hint.isEmpty() ? status.message : status.message + u". "_s + status.hint, true);
                return;
            }
            if (messageAfter.isEmpty()) {
                self->setMessage({});
            }
            self->applyStatus(status);
        });
    });
}

void ReviewPublishController::applyStatus(const release::PublishStatus &status)
{
    const bool notesChanged = !m_loaded || status.snapshot.subject.notes != m_status.snapshot.subject.notes;
    m_status = status;
    m_loaded = true;
    m_approvals.setEntries(status.snapshot.status.entries);
    m_changes.setDiff(status.changesSinceApproval);
    if (notesChanged) {
        m_renderer.setText(status.snapshot.subject.notes);
        m_renderer.renderNow();
    }
    if (session()) {
        // The step recorded what it saw (published here or elsewhere).
        session()->reloadStepStates();
    }
    if (status.published()) {
        runScheduledScoring(status.publishedAt());
    }
    Q_EMIT snapshotChanged();
}

void ReviewPublishController::runScheduledScoring(const QDateTime &publishedAt)
{
    // Also on a later opening: the app may have stopped between the publish and this apply. PublishStep recorded
    // the publication time when GitHub answered (step 7 dates the announcement from it); this records step 3's
    // state.
    m_scheduledScoring.run(session(), publishedAt, [this](const ScheduledScoringApply::Outcome &outcome) {
        if (!outcome.ran) {
            return;
        }
        setMessage(outcome.hint.isEmpty() ? outcome.message : outcome.message + u' ' + outcome.hint,
                   !outcome.succeeded);
        Q_EMIT scheduledScoringFinished(outcome.succeeded);
    });
}

void ReviewPublishController::approve()
{
    if (!ready() || !m_loaded) {
        return;
    }
    setBusy(true);
    setMessage(tr("Posting your approval…"));
    withStep([this, digest = m_status.snapshot.digest, generation = m_generation](release::PublishStep &step) {
        step.submitVerdict(review::Verdict::Approve, {}, digest,
                           [self = QPointer(this), generation](const release::PublishOutcome &outcome) {
                               if (self && generation == self->m_generation) {
                                   self->finishAction(outcome);
                               }
                           });
    });
}

void ReviewPublishController::requestChanges(const QString &reason)
{
    if (!ready() || !m_loaded) {
        return;
    }
    if (release::PublishStep::reasonMissing(reason)) {
        setMessage(tr("Say what must change."), true);
        return;
    }
    setBusy(true);
    setMessage(tr("Posting your change request…"));
    withStep([this, reason, digest = m_status.snapshot.digest, generation = m_generation](release::PublishStep &step) {
        step.submitVerdict(review::Verdict::Changes, reason, digest,
                           [self = QPointer(this), generation](const release::PublishOutcome &outcome) {
                               if (self && generation == self->m_generation) {
                                   self->finishAction(outcome);
                               }
                           });
    });
}

void ReviewPublishController::publish()
{
    if (!ready() || !canPublish()) {
        return;
    }
    setBusy(true);
    setMessage(tr("Publishing…"));
    withStep([this, digest = m_status.snapshot.digest, generation = m_generation](release::PublishStep &step) {
        step.publish(digest, [self = QPointer(this), generation](const release::PublishOutcome &outcome) {
            if (self && generation == self->m_generation) {
                self->finishAction(outcome);
            }
        });
    });
}

void ReviewPublishController::finishAction(const release::PublishOutcome &outcome)
{
    setBusy(false);
    QString text = outcome.message;
    if (!outcome.hint.isEmpty()) {
        text += u". "_s + outcome.hint;
    }
    setMessage(text, !outcome.ok);
    if (outcome.ok && !outcome.changed && outcome.status.ok()) {
        applyStatus(outcome.status);
    } else if (outcome.recorded && session()) {
        session()->reloadStepStates();
    }
    Q_EMIT actionFinished(outcome.ok);
    // What GitHub shows after the write (the new comment, the published release) is read back.
    if (outcome.changed) {
        reload(text);
    }
}

void ReviewPublishController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void ReviewPublishController::setMessage(const QString &message, bool error)
{
    if (m_message != message || m_messageIsError != error) {
        m_message = message;
        m_messageIsError = error;
        Q_EMIT messageChanged();
    }
}

} // namespace ra
