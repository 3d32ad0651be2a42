// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reviewpublishcontroller.h"

#include "app/releasesession.h"

#include "app/githubaccountsettings.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "notes/linediff.h"
#include "review/reviewpublisher.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace ra {

ReviewPublishController::ReviewPublishController(QObject *parent)
    : StepController(ReleaseStep::ReviewPublish, parent)
{
    m_playbook = ReleaseSession::fallbackPlaybook();
    connect(&m_renderer, &markdown::PreviewRenderer::rendered, this, [this](const QString &html) {
        m_notesHtml = html;
        Q_EMIT notesHtmlChanged();
    });
}

ReviewPublishController::~ReviewPublishController() = default;

void ReviewPublishController::setGitHubClient(github::GitHubClient *client)
{
    m_client = client;
    m_publisher.reset();
}

void ReviewPublishController::setSecretStore(secrets::SecretStore *store)
{
    StepController::setSecretStore(store);
    m_scheduledScoring.setSecretStore(store);
}

void ReviewPublishController::setScoringScheduleDirectory(const QString &directory)
{
    m_scheduledScoring.setDirectory(directory);
}

void ReviewPublishController::setPlaybook(const Playbook &playbook)
{
    m_playbook = playbook;
    m_publisher.reset();
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
    return m_snapshot.viewer;
}

QString ReviewPublishController::digest() const
{
    return m_snapshot.digest;
}

QString ReviewPublishController::shortDigest() const
{
    return m_snapshot.digest.mid(7, 12);
}

bool ReviewPublishController::published() const
{
    return m_snapshot.published;
}

QUrl ReviewPublishController::releaseUrl() const
{
    return m_snapshot.release ? m_snapshot.release->htmlUrl : QUrl();
}

QStringList ReviewPublishController::assetNames() const
{
    QStringList names;
    for (const review::ReviewedAsset &asset : m_snapshot.subject.assets) {
        names.append(asset.name);
    }
    names.sort();
    return names;
}

int ReviewPublishController::issueNumber() const
{
    return m_snapshot.issueNumber;
}

QUrl ReviewPublishController::issueUrl() const
{
    return m_snapshot.issueUrl;
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
    return m_loaded ? m_snapshot.status.required : m_playbook.approvals.required;
}

int ReviewPublishController::approvedCount() const
{
    return int(m_snapshot.status.approvedBy.size());
}

bool ReviewPublishController::quorumReached() const
{
    return m_loaded && m_snapshot.status.quorumReached();
}

bool ReviewPublishController::canPublish() const
{
    return m_loaded && !m_snapshot.published && m_snapshot.flags && m_snapshot.status.canPublish();
}

QString ReviewPublishController::lockReason() const
{
    if (!m_loaded) {
        return tr("Read the draft first.");
    }
    if (m_snapshot.published) {
        return tr("The release is published.");
    }
    if (!m_snapshot.flags) {
        return tr("The publish flags cannot be decided: %1").arg(m_snapshot.flagsError);
    }
    if (!m_snapshot.status.quorumReached()) {
        return tr("%n approval(s) of this content missing.", nullptr, m_snapshot.status.missing());
    }
    if (!m_snapshot.status.canPublish()) {
        return tr("Changes requested by %1.").arg(m_snapshot.status.changesRequestedBy.join(u", "_s));
    }
    return {};
}

bool ReviewPublishController::prerelease() const
{
    return m_snapshot.flags && m_snapshot.flags->prerelease;
}

bool ReviewPublishController::makeLatest() const
{
    return m_snapshot.flags && m_snapshot.flags->makeLatest == u"true"_s;
}

QString ReviewPublishController::flagsExplanation() const
{
    return m_snapshot.flags ? m_snapshot.flags->explanation : m_snapshot.flagsError;
}

bool ReviewPublishController::hasApprovedBefore() const
{
    return !m_approvedDigest.isEmpty();
}

bool ReviewPublishController::approvedContentIsCurrent() const
{
    return hasApprovedBefore() && m_approvedDigest == m_snapshot.digest;
}

NotesDiffModel *ReviewPublishController::changesSinceApproval()
{
    return &m_changes;
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
    m_publisher.reset();
    m_snapshot = {};
    m_loaded = false;
    m_approvedDigest.clear();
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

void ReviewPublishController::withPublisher(const WithPublisher &work)
{
    auto build = [this, work](github::GitHubClient &client) {
        if (!m_publisher) {
            review::ReviewConfig config;
            config.repository = *github::RepositoryRef::parse(m_playbook.repository);
            config.tag = release();
            config.approvals = m_playbook.approvals;
            config.scheme = m_playbook.versionScheme;
            m_publisher = std::make_unique<review::ReviewPublisher>(client, journal(), config);
        }
        work(*m_publisher);
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
    withPublisher([this, messageAfter, generation = m_generation](review::ReviewPublisher &publisher) {
        publisher.refresh([self = QPointer(this), messageAfter, generation](const review::ReviewSnapshot &snapshot) {
            if (!self || generation != self->m_generation) {
                return;
            }
            self->setBusy(false);
            if (!snapshot.ok()) {
                self->setMessage(snapshot.hint.isEmpty() ? snapshot.error : snapshot.error + u". "_s + snapshot.hint,
                                 true);
                return;
            }
            if (messageAfter.isEmpty()) {
                self->setMessage({});
            }
            self->applySnapshot(snapshot);
        });
    });
}

void ReviewPublishController::applySnapshot(const review::ReviewSnapshot &snapshot)
{
    const bool notesChanged = !m_loaded || snapshot.subject.notes != m_snapshot.subject.notes;
    m_snapshot = snapshot;
    m_loaded = true;
    m_approvals.setEntries(snapshot.status.entries);
    updateChangesSinceApproval();
    if (notesChanged) {
        m_renderer.setText(snapshot.subject.notes);
        m_renderer.renderNow();
    }
    if (snapshot.published) {
        recordStep(StepState::Done, tr("Published"));
        runScheduledScoring(snapshot.release ? snapshot.release->publishedAt : QDateTime());
    }
    Q_EMIT snapshotChanged();
}

void ReviewPublishController::runScheduledScoring(const QDateTime &publishedAt)
{
    // Also on a later opening: the app may have stopped between the publish and this apply. The engine records
    // the publication time too (step 7 dates the announcement from it) and step 3's state.
    m_scheduledScoring.run(session(), publishedAt, [this](const ScheduledScoringApply::Outcome &outcome) {
        if (!outcome.ran) {
            return;
        }
        setMessage(outcome.hint.isEmpty() ? outcome.message : outcome.message + u' ' + outcome.hint,
                   !outcome.succeeded);
        Q_EMIT scheduledScoringFinished(outcome.succeeded);
    });
}

void ReviewPublishController::updateChangesSinceApproval()
{
    const QJsonObject last =
        journal()
            ? journal()->value(release(), QString::fromLatin1(review::ReviewPublisher::LastApprovalValue)).toObject()
            : QJsonObject();
    m_approvedDigest = last.value(u"digest"_s).toString();
    if (m_approvedDigest.isEmpty() || m_approvedDigest == m_snapshot.digest) {
        m_changes.setDiff({});
        return;
    }
    m_changes.setDiff(notes::diffLines(last.value(u"notes"_s).toString(), m_snapshot.subject.notes));
}

void ReviewPublishController::approve()
{
    if (!ready() || !m_loaded) {
        return;
    }
    setBusy(true);
    setMessage(tr("Posting your approval…"));
    withPublisher([this, digest = m_snapshot.digest, generation = m_generation](review::ReviewPublisher &publisher) {
        publisher.submitVerdict(review::Verdict::Approve, {}, digest,
                                [self = QPointer(this), generation](const review::ReviewOutcome &outcome) {
                                    if (self && generation == self->m_generation) {
                                        self->finishAction(outcome, false);
                                    }
                                });
    });
}

void ReviewPublishController::requestChanges(const QString &reason)
{
    if (!ready() || !m_loaded) {
        return;
    }
    if (reason.trimmed().isEmpty()) {
        setMessage(tr("Say what must change."), true);
        return;
    }
    setBusy(true);
    setMessage(tr("Posting your change request…"));
    withPublisher(
        [this, reason, digest = m_snapshot.digest, generation = m_generation](review::ReviewPublisher &publisher) {
            publisher.submitVerdict(review::Verdict::Changes, reason, digest,
                                    [self = QPointer(this), generation](const review::ReviewOutcome &outcome) {
                                        if (self && generation == self->m_generation) {
                                            self->finishAction(outcome, false);
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
    withPublisher([this, digest = m_snapshot.digest, generation = m_generation](review::ReviewPublisher &publisher) {
        publisher.publish(digest, [self = QPointer(this), generation](const review::ReviewOutcome &outcome) {
            if (self && generation == self->m_generation) {
                self->finishAction(outcome, true);
            }
        });
    });
}

void ReviewPublishController::finishAction(const review::ReviewOutcome &outcome, bool publishing)
{
    setBusy(false);
    QString text = outcome.message;
    if (!outcome.hint.isEmpty()) {
        text += u". "_s + outcome.hint;
    }
    setMessage(text, !outcome.ok);
    if (outcome.ok && !outcome.changed && outcome.snapshot.release) {
        applySnapshot(outcome.snapshot);
    }
    if (outcome.ok && outcome.changed) {
        recordStep(publishing ? StepState::Done : StepState::InProgress, outcome.message);
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
