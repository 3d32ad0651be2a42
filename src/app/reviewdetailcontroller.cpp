// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reviewdetailcontroller.h"

#include "app/githubaccountsettings.h"
#include "app/releasesession.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "journal/releaselock.h"
#include "release/publishstep.h"
#include "review/linecomment.h"
#include "review/reviewpublisher.h"
#include "secrets/keychainsecretstore.h"

#include <QLocale>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

QString lineKind(const QString &line)
{
    if (line.startsWith(u"+++"_s) || line.startsWith(u"---"_s)) {
        return u"header"_s;
    }
    if (line.startsWith(u"@@"_s)) {
        return u"hunk"_s;
    }
    if (line.startsWith(u'+')) {
        return u"added"_s;
    }
    if (line.startsWith(u'-')) {
        return u"removed"_s;
    }
    return u"context"_s;
}

} // namespace

ReviewDetailController::ReviewDetailController(QObject *parent)
    : QObject(parent)
{
    connect(&m_renderer, &markdown::PreviewRenderer::rendered, this, [this](const QString &html) {
        m_notesHtml = html;
        Q_EMIT notesHtmlChanged();
    });
}

ReviewDetailController::~ReviewDetailController() = default;

ReleaseSession *ReviewDetailController::session() const
{
    return m_session;
}

void ReviewDetailController::setSession(ReleaseSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        // Another project or account: what is on screen is not theirs.
        connect(m_session, &ReleaseSession::projectNameChanged, this, [this] {
            dropClient();
            setTag({});
        });
        connect(m_session, &ReleaseSession::demoAccountChanged, this, [this] {
            dropClient();
            refresh();
        });
    }
    Q_EMIT sessionChanged();
    refresh();
}

QString ReviewDetailController::tag() const
{
    return m_tag;
}

void ReviewDetailController::setTag(const QString &tag)
{
    if (m_tag == tag) {
        return;
    }
    m_tag = tag;
    Q_EMIT tagChanged();
    refresh();
}

bool ReviewDetailController::busy() const
{
    return m_busy;
}

bool ReviewDetailController::loaded() const
{
    return m_loaded;
}

QString ReviewDetailController::message() const
{
    return m_message;
}

bool ReviewDetailController::messageIsError() const
{
    return m_messageIsError;
}

QString ReviewDetailController::viewer() const
{
    return m_view.viewer;
}

int ReviewDetailController::revision() const
{
    return m_view.revision;
}

QString ReviewDetailController::revisionSinceText() const
{
    return m_view.revisionSince.isValid() ? QLocale().toString(m_view.revisionSince.toLocalTime(), QLocale::ShortFormat)
                                          : QString();
}

QString ReviewDetailController::digest() const
{
    return m_view.digest;
}

bool ReviewDetailController::fromIssue() const
{
    return m_view.fromIssue;
}

QUrl ReviewDetailController::issueUrl() const
{
    return m_view.issueUrl;
}

QString ReviewDetailController::notesHtml() const
{
    return m_notesHtml;
}

QVariantList ReviewDetailController::assets() const
{
    QVariantList assets;
    for (const review::ReviewedAsset &asset : m_view.assets) {
        assets.append(QVariantMap{{u"name"_s, asset.name}, {u"size"_s, asset.size}, {u"sha256"_s, asset.sha256}});
    }
    return assets;
}

int ReviewDetailController::required() const
{
    return m_view.required;
}

ReviewStandingModel *ReviewDetailController::standings()
{
    return &m_standings;
}

bool ReviewDetailController::approvedBefore() const
{
    return !m_view.viewerApprovedDigest.isEmpty();
}

bool ReviewDetailController::approvedCurrent() const
{
    return m_view.viewerApprovedCurrent;
}

int ReviewDetailController::approvedRevision() const
{
    return m_view.viewerApprovedRevision;
}

QString ReviewDetailController::sinceApprovedDiff() const
{
    return m_diff;
}

QVariantList ReviewDetailController::sinceApprovedLines() const
{
    QVariantList lines;
    if (m_diff.isEmpty()) {
        return lines;
    }
    const QStringList split = m_diff.chopped(m_diff.endsWith(u'\n') ? 1 : 0).split(u'\n');
    for (const QString &line : split) {
        lines.append(QVariantMap{{u"text"_s, line}, {u"kind"_s, lineKind(line)}});
    }
    return lines;
}

QString ReviewDetailController::sinceApprovedProblem() const
{
    return m_diffProblem;
}

const review::ReviewView &ReviewDetailController::view() const
{
    return m_view;
}

void ReviewDetailController::setSecretStore(secrets::SecretStore *store)
{
    m_store = store;
}

void ReviewDetailController::setEndpoints(const github::Endpoints &endpoints)
{
    m_endpoints = endpoints;
    dropClient();
}

void ReviewDetailController::dropClient()
{
    ++m_generation;
    // They hold the client by reference.
    m_publisher.reset();
    m_step.reset();
    m_lock.reset();
    m_client.reset();
    setBusy(false);
}

void ReviewDetailController::reset()
{
    m_view = {};
    m_revisionOf.clear();
    m_loaded = false;
    m_diff.clear();
    m_diffProblem.clear();
    m_lineComments.clear();
    m_notesHtml.clear();
    m_standings.setStandings({}, {});
    Q_EMIT notesHtmlChanged();
    Q_EMIT viewChanged();
}

void ReviewDetailController::withClient(const WithClient &work)
{
    GitHubAccountSettings::readToken(*secretStore(), [self = QPointer(this), generation = m_generation,
                                                      work](const QString &token, const QString &, const QString &) {
        if (!self || generation != self->m_generation) {
            return;
        }
        if (!self->m_client) {
            self->m_client =
                std::make_unique<github::GitHubClient>(self->m_endpoints.value_or(GitHubAccountSettings::endpoints()));
        }
        self->m_client->setToken(token);
        work(*self->m_client);
    });
}

void ReviewDetailController::refresh()
{
    ++m_generation; // late answers about the previous release are dropped
    const bool sameRelease = m_loaded && m_view.tag == m_tag;
    if (!sameRelease) {
        reset();
    }
    setMessage({});
    if (m_tag.isEmpty() || !m_session || !m_session->project()) {
        setBusy(false);
        return;
    }
    setBusy(true);
    const release::Project &project = *m_session->project();
    const Playbook &playbook = project.playbook();
    const review::ReviewConfig config{project.repository(),
                                      m_tag,
                                      playbook.approvals,
                                      playbook.versionScheme,
                                      playbook.trackingIssue.titleTemplate,
                                      playbook.trackingIssue.checklist};
    withClient([this, config, generation = m_generation](github::GitHubClient &client) {
        // Replacing the reader of an earlier refresh drops its answer.
        m_publisher = std::make_unique<review::ReviewPublisher>(client, nullptr, config);
        m_publisher->refresh([self = QPointer(this), generation](const review::ReviewSnapshot &snapshot) {
            if (!self || generation != self->m_generation) {
                return;
            }
            self->setBusy(false);
            if (!snapshot.ok()) {
                self->setMessage(snapshot.hint.isEmpty() ? snapshot.error : snapshot.error + u". "_s + snapshot.hint,
                                 true);
                Q_EMIT self->refreshed();
                return;
            }
            // This machine's record of its reviewer's last approval: the notes approved before the issue kept
            // revisions.
            Journal *journal = self->m_session ? self->m_session->journal() : nullptr;
            const QJsonObject lastApproval =
                journal && journal->hasRelease(self->m_tag)
                    ? journal->value(self->m_tag, QString::fromLatin1(review::ReviewPublisher::LastApprovalValue))
                          .toObject()
                    : QJsonObject();
            const bool notesChanged = !self->m_loaded || snapshot.subject.notes != self->m_view.notes;
            self->m_view =
                review::ReviewView::of(snapshot, self->m_session->project()->playbook().approvals, lastApproval);
            self->m_revisionOf.clear();
            for (const auto &[content, postedAt] : snapshot.revisions) {
                self->m_revisionOf.insert(content.digest, content.revision);
            }
            self->m_revisionOf.insert(self->m_view.digest, self->m_view.revision);
            QString why;
            self->m_diff = self->m_view.diffSinceApproved(&why);
            self->m_diffProblem = self->m_view.viewerApprovedDigest.isEmpty() ? QString() : why;
            self->m_standings.setStandings(self->m_view.reviewers, self->m_revisionOf);
            self->m_lineComments.clear();
            for (const review::ReviewComment &comment : snapshot.comments) {
                // Hand-edited or malformed line comments are left out: the issue still shows them to people.
                const auto parsed = review::LineComment::parse(comment.body, nullptr);
                if (!parsed) {
                    continue;
                }
                self->m_lineComments.append(QVariantMap{{u"login"_s, comment.login},
                                                        {u"firstLine"_s, parsed->firstLine},
                                                        {u"lastLine"_s, parsed->lastLine},
                                                        {u"text"_s, parsed->text},
                                                        {u"revision"_s, parsed->revision},
                                                        {u"stale"_s, parsed->revision != self->m_view.revision},
                                                        {u"at"_s, comment.createdAt}});
            }
            self->m_loaded = true;
            if (notesChanged) {
                self->m_renderer.setText(self->m_view.notes);
                self->m_renderer.renderNow();
            }
            Q_EMIT self->viewChanged();
            Q_EMIT self->refreshed();
        });
    });
}

QStringList ReviewDetailController::notesLines() const
{
    return review::LineComment::notesLines(m_view.notes);
}

QVariantList ReviewDetailController::lineComments() const
{
    return m_lineComments;
}

void ReviewDetailController::commentOnLine(int line, const QString &text)
{
    if (m_busy || !m_loaded || !m_session || !m_session->project()) {
        return;
    }
    if (m_view.issueNumber <= 0 || m_view.revision <= 0) {
        setMessage(tr("This release has no tracking issue showing its notes yet: ask a maintainer to sync it."), true);
        Q_EMIT lineCommentFinished(false);
        return;
    }
    review::TrackingIssueContent content;
    content.tag = m_view.tag;
    content.notes = m_view.notes;
    content.digest = m_view.digest;
    content.revision = m_view.revision;
    QString error;
    const QString body = review::LineComment::compose(content, line, line, text, &error);
    if (body.isEmpty()) {
        setMessage(error, true);
        Q_EMIT lineCommentFinished(false);
        return;
    }
    setBusy(true);
    // A plain post, not a journal effect: a comment changes nothing of the release and posting it twice is harmless.
    withClient([this, body, line, repository = m_session->project()->repository(),
                issue = m_view.issueNumber](github::GitHubClient &client) {
        client.createComment(
            repository, issue, body,
            [self = QPointer(this), generation = m_generation, line](const github::Result<github::IssueItem> &posted) {
                if (!self || generation != self->m_generation) {
                    return;
                }
                self->setBusy(false);
                if (!posted.ok()) {
                    self->setMessage(posted.error.toString(), true);
                    Q_EMIT self->lineCommentFinished(false);
                    return;
                }
                Q_EMIT self->lineCommentFinished(true);
                self->refresh();
                self->setMessage(tr("Commented on line %1.").arg(line));
            });
    });
}

void ReviewDetailController::approve()
{
    submit(review::Verdict::Approve, {});
}

void ReviewDetailController::requestChanges(const QString &comment)
{
    if (release::PublishStep::reasonMissing(comment)) {
        setMessage(tr("Say what must change."), true);
        return;
    }
    submit(review::Verdict::Changes, comment);
}

void ReviewDetailController::submit(review::Verdict verdict, const QString &comment)
{
    if (!m_loaded || m_busy || !m_session || !m_session->project()) {
        return;
    }
    Journal *journal = m_session->journal();
    if (!journal) {
        setMessage(tr("The release journal could not be opened: %1").arg(m_session->lastError()), true);
        return;
    }
    QString error;
    if (!journal->hasRelease(m_tag) && !journal->createRelease(m_tag, {{u"tag"_s, m_tag}}, &error)) {
        setMessage(error, true);
        return;
    }
    // The session holds the lock of the release it drives; another one is locked for the time of the verdict,
    // so that a second window cannot comment on it at the same time.
    if (m_session->currentRelease() != m_tag) {
        m_lock = journal->lockRelease(m_tag, &error);
        if (!m_lock) {
            setMessage(tr("%1 Nothing was sent; try again when the other one is done.").arg(error), true);
            return;
        }
    }
    setBusy(true);
    setMessage(verdict == review::Verdict::Approve ? tr("Posting your approval…") : tr("Posting your change request…"));
    release::PublishStep::Config config = release::PublishStep::Config::fromPlaybook(
        m_session->project()->playbook(), m_session->project()->repository(), m_tag);
    config.driving = true;
    withClient([this, config, verdict, comment, journal, digest = m_view.digest](github::GitHubClient &client) {
        m_step.reset();
        m_step = std::make_unique<release::PublishStep>(client, journal, config);
        m_step->submitVerdict(
            verdict, comment, digest,
            [self = QPointer(this), generation = m_generation](const release::PublishOutcome &outcome) {
                if (self && generation == self->m_generation) {
                    self->finishVerdict(outcome);
                }
            });
    });
}

void ReviewDetailController::finishVerdict(const release::PublishOutcome &outcome)
{
    // The step stays until the next verdict: it is not destroyed from inside its own callback.
    m_lock.reset();
    setBusy(false);
    const QString text = outcome.hint.isEmpty() ? outcome.message : outcome.message + u". "_s + outcome.hint;
    Q_EMIT verdictFinished(outcome.ok);
    refresh();
    setMessage(text, !outcome.ok);
}

void ReviewDetailController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void ReviewDetailController::setMessage(const QString &message, bool isError)
{
    if (m_message != message || m_messageIsError != isError) {
        m_message = message;
        m_messageIsError = isError;
        Q_EMIT messageChanged();
    }
}

secrets::SecretStore *ReviewDetailController::secretStore()
{
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    return m_store;
}

} // namespace ra
