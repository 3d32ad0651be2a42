// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewpublisher.h"

#include "github/githubclient.h"
#include "journal/journal.h"
#include "net/redactor.h"
#include "review/approvalcomment.h"
#include "review/issuethreads.h"
#include "review/trackingissue.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::review {

namespace {

QString describe(const net::Request &request)
{
    QString line = QString::fromLatin1(request.method) + u' ' + net::Redactor::global().redactUrl(request.url);
    if (!request.body.isEmpty()) {
        line += u"  body: "_s + net::Redactor::global().redact(QString::fromUtf8(request.body));
    }
    return line;
}

ReviewOutcome refused(const ReviewSnapshot &snapshot, const QString &message, const QString &hint = {})
{
    ReviewOutcome outcome;
    outcome.message = message;
    outcome.hint = hint;
    outcome.snapshot = snapshot;
    return outcome;
}

/// True when the write reached the service and it said yes, but its answer could not be read (cut, not JSON).
bool unreadableSuccess(const net::Error &error)
{
    return error.kind == net::ErrorKind::Unreadable && error.httpStatus >= 200 && error.httpStatus < 300;
}

/// A write whose reply never came, or came unreadable, may have happened: the journal says so until a refresh
/// reconciles.
EffectOutcome failureOutcome(const net::Error &error)
{
    if (unreadableSuccess(error)) {
        return EffectOutcome::Uncertain;
    }
    switch (error.kind) {
    case net::ErrorKind::Timeout:
    case net::ErrorKind::Connection:
    case net::ErrorKind::Server:
        return EffectOutcome::Uncertain;
    default:
        return EffectOutcome::Failed;
    }
}

QString verdictKeyOf(const QString &login, Verdict verdict, const QString &digest)
{
    return login.toLower() + u':' + verdictKey(verdict) + u':' + digest;
}

} // namespace

ReviewPublisher::ReviewPublisher(github::GitHubClient &client, Journal *journal, ReviewConfig config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_config(std::move(config))
{
}

const ReviewConfig &ReviewPublisher::config() const
{
    return m_config;
}

void ReviewPublisher::setDryRun(bool dryRun)
{
    m_dryRun = dryRun;
}

QString ReviewPublisher::titleOfIssue() const
{
    return TrackingIssue::title(m_config.tag, m_config.issueTitleTemplate);
}

void ReviewPublisher::refresh(SnapshotCallback done)
{
    auto snapshot = std::make_shared<ReviewSnapshot>();
    if (!m_client.hasToken()) {
        readRelease(snapshot, done);
        return;
    }
    m_client.currentUser([self = QPointer(this), snapshot, done](const github::Result<github::AccountInfo> &user) {
        if (!self) {
            return;
        }
        if (!user.ok()) {
            snapshot->error = u"GitHub did not say who the token belongs to: %1"_s.arg(user.error.message);
            snapshot->hint = user.error.hint;
            done(*snapshot);
            return;
        }
        snapshot->viewer = user.value.login;
        self->readRelease(snapshot, done);
    });
}

void ReviewPublisher::readRelease(const std::shared_ptr<ReviewSnapshot> &snapshot, const SnapshotCallback &done)
{
    m_client.listReleases(m_config.repository, [self = QPointer(this), snapshot,
                                                done](const github::Result<QList<github::Release>> &list) {
        if (!self) {
            return;
        }
        if (!list.ok()) {
            snapshot->error = u"The releases of %1 could not be read: %2"_s.arg(self->m_config.repository.toString(),
                                                                                list.error.message);
            snapshot->hint = list.error.hint;
            done(*snapshot);
            return;
        }
        QStringList publishedFinals;
        for (const github::Release &release : list.value) {
            if (release.tagName == self->m_config.tag) {
                snapshot->release = release;
            } else if (!release.draft && !release.prerelease) {
                publishedFinals.append(release.tagName);
            }
        }
        if (!snapshot->release) {
            // Invisible drafts (no push access) are read from the tracking issue instead; finish() says when
            // neither exists.
            self->readIssue(snapshot, done);
            return;
        }
        snapshot->published = !snapshot->release->draft;
        if (snapshot->published) {
            // A publication whose answer was lost or unreadable is settled as soon as GitHub shows it happened.
            self->settlePending(QString::fromLatin1(PublishAction), self->m_config.tag, true,
                                {{u"html_url"_s, snapshot->release->htmlUrl.toString()}});
        }
        snapshot->flags =
            PublishFlags::decide(self->m_config.scheme, self->m_config.tag, publishedFinals, &snapshot->flagsError);
        self->readIssue(snapshot, done);
    });
}

void ReviewPublisher::readIssue(const std::shared_ptr<ReviewSnapshot> &snapshot, const SnapshotCallback &done)
{
    const int known = m_journal ? m_journal->value(m_config.tag, QString::fromLatin1(IssueValue)).toInt() : 0;
    if (known > 0) {
        IssueThreads::issue(
            m_client, m_config.repository, known,
            [self = QPointer(this), snapshot, done, known](const github::Result<github::IssueItem> &issue) {
                if (!self) {
                    return;
                }
                if (!issue.ok()) {
                    snapshot->error =
                        u"The tracking issue #%1 could not be read: %2"_s.arg(known).arg(issue.error.message);
                    snapshot->hint = issue.error.hint;
                    done(*snapshot);
                    return;
                }
                snapshot->issueNumber = known;
                snapshot->issueUrl = issue.value.htmlUrl;
                snapshot->issueBody = issue.value.body;
                snapshot->issueCommentCount = issue.value.comments;
                self->readComments(snapshot, done);
            });
        return;
    }
    IssueThreads::findByTitle(
        m_client, m_config.repository, titleOfIssue(),
        [self = QPointer(this), snapshot, done](const github::Result<std::optional<github::IssueItem>> &issue) {
            if (!self) {
                return;
            }
            if (!issue.ok()) {
                snapshot->error = u"The tracking issue could not be looked up: %1"_s.arg(issue.error.message);
                snapshot->hint = issue.error.hint;
                done(*snapshot);
                return;
            }
            if (issue.value) {
                snapshot->issueNumber = issue.value->number;
                snapshot->issueUrl = issue.value->htmlUrl;
                snapshot->issueBody = issue.value->body;
                snapshot->issueCommentCount = issue.value->comments;
                self->settlePending(QString::fromLatin1(IssueAction), self->m_config.tag, true,
                                    {{u"number"_s, issue.value->number}});
                if (self->m_journal) {
                    self->m_journal->setValue(self->m_config.tag, QString::fromLatin1(IssueValue), issue.value->number);
                }
            }
            self->readComments(snapshot, done);
        });
}

void ReviewPublisher::readComments(const std::shared_ptr<ReviewSnapshot> &snapshot, const SnapshotCallback &done)
{
    if (snapshot->issueNumber <= 0) {
        finish(snapshot, done);
        return;
    }
    IssueThreads::comments(
        m_client, m_config.repository, snapshot->issueNumber,
        [self = QPointer(this), snapshot, done](const github::Result<QList<ReviewComment>> &comments) {
            if (!self) {
                return;
            }
            if (!comments.ok()) {
                snapshot->error = u"The comments of issue #%1 could not be read: %2"_s.arg(snapshot->issueNumber)
                                      .arg(comments.error.message);
                snapshot->hint = comments.error.hint;
                done(*snapshot);
                return;
            }
            snapshot->comments = comments.value;
            self->finish(snapshot, done);
        },
        snapshot->issueCommentCount);
}

void ReviewPublisher::settlePending(const QString &action, const QString &key, bool happened, const QJsonObject &result)
{
    if (!m_journal) {
        return;
    }
    const auto last = m_journal->lastEffect(m_config.tag, action, key);
    if (!last || (last->outcome != EffectOutcome::Pending && last->outcome != EffectOutcome::Uncertain)) {
        return;
    }
    if (happened) {
        m_journal->finishEffect(last->id, EffectOutcome::Succeeded, result);
    } else {
        m_journal->finishEffect(last->id, EffectOutcome::Failed, {}, u"not found on GitHub when the step ran again"_s);
    }
}

void ReviewPublisher::submitVerdict(Verdict verdict, const QString &reason, const QString &expectedDigest,
                                    OutcomeCallback done)
{
    refresh([self = QPointer(this), verdict, reason, expectedDigest, done](const ReviewSnapshot &snapshot) {
        if (!self) {
            return;
        }
        if (!snapshot.ok()) {
            done(refused(snapshot, snapshot.error, snapshot.hint));
            return;
        }
        if (!self->m_journal) {
            done(refused(snapshot, u"The release journal is not available"_s, u"Check the journal path and retry."_s));
            return;
        }
        if (snapshot.viewer.isEmpty()) {
            done(refused(snapshot, u"A verdict needs a GitHub token: it is posted as a comment in your name"_s,
                         u"Set GITHUB_TOKEN or sign in to GitHub in Settings."_s));
            return;
        }
        if (snapshot.published) {
            done(refused(snapshot, u"Release %1 is already published"_s.arg(self->m_config.tag)));
            return;
        }
        if (!expectedDigest.isEmpty() && expectedDigest != snapshot.digest) {
            done(refused(snapshot, u"The draft changed since you read it (now %1)"_s.arg(snapshot.digest),
                         u"Read the notes again, then give your verdict on what is there now."_s));
            return;
        }
        const QStringList &approvers = self->m_config.approvals.approvers;
        if (!approvers.isEmpty() && std::ranges::none_of(approvers, [&](const QString &a) {
                return a.compare(snapshot.viewer, Qt::CaseInsensitive) == 0;
            })) {
            done(refused(
                snapshot,
                u"%1 is not among the approvers of this project (%2)"_s.arg(snapshot.viewer, approvers.join(u", "_s)),
                u"Comment on the tracking issue instead; a verdict from you would not count."_s));
            return;
        }
        const QString key = verdictKeyOf(snapshot.viewer, verdict, snapshot.digest);
        for (const ApprovalEntry &entry : snapshot.status.entries) {
            if (entry.current && entry.verdict == verdict &&
                entry.login.compare(snapshot.viewer, Qt::CaseInsensitive) == 0) {
                self->settlePending(QString::fromLatin1(VerdictAction), key, true,
                                    {{u"comment_id"_s, entry.commentId}, {u"html_url"_s, entry.htmlUrl.toString()}});
                ReviewOutcome outcome =
                    refused(snapshot, verdict == Verdict::Approve ? u"You already approved this content"_s
                                                                  : u"You already asked for changes to this content"_s);
                outcome.ok = true;
                outcome.url = entry.htmlUrl;
                done(outcome);
                return;
            }
        }
        // A verdict recorded but absent from the issue never reached GitHub: it is posted again.
        self->settlePending(QString::fromLatin1(VerdictAction), key, false);
        self->ensureIssue(snapshot, [self, snapshot, verdict, reason, done](int number, const QString &error) {
            if (!self) {
                return;
            }
            if (number <= 0) {
                done(refused(snapshot, error, u"Check that issues are enabled and the token may write them."_s));
                return;
            }
            self->postVerdict(snapshot, number, verdict, reason, done);
        });
    });
}

void ReviewPublisher::ensureIssue(const ReviewSnapshot &snapshot, std::function<void(int, const QString &)> next)
{
    if (snapshot.issueNumber > 0) {
        next(snapshot.issueNumber, {});
        return;
    }
    // refresh() looked the title up: a pending creation that left no issue did not happen.
    settlePending(QString::fromLatin1(IssueAction), m_config.tag, false);
    const QString title = titleOfIssue();
    QString error;
    const qint64 effect =
        m_journal->beginEffect(m_config.tag, QString::fromLatin1(Step), QString::fromLatin1(IssueAction), m_config.tag,
                               {{u"title"_s, title}}, &error);
    if (effect == 0) {
        next(0, u"The journal refused the intent: %1"_s.arg(error));
        return;
    }
    m_client.createIssue(
        m_config.repository, title, snapshot.release ? issueBodyOf(snapshot, 1) : TrackingIssue::body(m_config.tag, {}),
        {}, [self = QPointer(this), effect, next = std::move(next)](const github::Result<github::IssueItem> &issue) {
            if (!self) {
                return;
            }
            if (!issue.ok()) {
                self->m_journal->finishEffect(effect, failureOutcome(issue.error), {}, issue.error.toString());
                next(0, u"The tracking issue could not be created: %1"_s.arg(issue.error.message));
                return;
            }
            self->m_journal->finishEffect(
                effect, EffectOutcome::Succeeded,
                {{u"number"_s, issue.value.number}, {u"html_url"_s, issue.value.htmlUrl.toString()}});
            self->m_journal->setValue(self->m_config.tag, QString::fromLatin1(IssueValue), issue.value.number);
            next(issue.value.number, {});
        });
}

void ReviewPublisher::postVerdict(const ReviewSnapshot &snapshot, int issueNumber, Verdict verdict,
                                  const QString &reason, const OutcomeCallback &done)
{
    const ApprovalMarker marker{m_config.tag, snapshot.digest, verdict};
    const QString body = ApprovalComment::compose(marker, reason, int(snapshot.subject.assets.size()));
    const QString key = verdictKeyOf(snapshot.viewer, verdict, snapshot.digest);
    QString error;
    const qint64 effect =
        m_journal->beginEffect(m_config.tag, QString::fromLatin1(Step), QString::fromLatin1(VerdictAction), key,
                               {{u"issue"_s, issueNumber},
                                {u"digest"_s, snapshot.digest},
                                {u"verdict"_s, verdictKey(verdict)},
                                {u"login"_s, snapshot.viewer}},
                               &error);
    if (effect == 0) {
        done(refused(snapshot, u"The journal refused the intent: %1"_s.arg(error)));
        return;
    }
    m_client.createComment(
        m_config.repository, issueNumber, body,
        [self = QPointer(this), effect, snapshot, verdict, done](const github::Result<github::IssueItem> &comment) {
            if (!self) {
                return;
            }
            if (!comment.ok()) {
                self->m_journal->finishEffect(effect, failureOutcome(comment.error), {}, comment.error.toString());
                done(refused(snapshot, u"The verdict could not be posted: %1"_s.arg(comment.error.message),
                             comment.error.hint));
                return;
            }
            self->m_journal->finishEffect(
                effect, EffectOutcome::Succeeded,
                {{u"comment_id"_s, comment.value.id}, {u"html_url"_s, comment.value.htmlUrl.toString()}});
            if (verdict == Verdict::Approve) {
                self->m_journal->setValue(
                    self->m_config.tag, QString::fromLatin1(LastApprovalValue),
                    QJsonObject{{u"digest"_s, snapshot.digest},
                                {u"notes"_s, snapshot.subject.notes},
                                {u"login"_s, snapshot.viewer},
                                {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
            }
            ReviewOutcome outcome;
            outcome.ok = true;
            outcome.changed = true;
            outcome.url = comment.value.htmlUrl;
            outcome.message = verdict == Verdict::Approve ? u"Approval posted"_s : u"Change request posted"_s;
            outcome.snapshot = snapshot;
            done(outcome);
        });
}

void ReviewPublisher::publish(const QString &expectedDigest, OutcomeCallback done)
{
    // The draft is read again right here: what is published is what the approvals were given to.
    refresh([self = QPointer(this), expectedDigest, done](const ReviewSnapshot &snapshot) {
        if (!self) {
            return;
        }
        if (!snapshot.ok()) {
            done(refused(snapshot, snapshot.error, snapshot.hint));
            return;
        }
        const QString publishKey = self->m_config.tag;
        if (!snapshot.release) {
            done(refused(snapshot, u"The draft of %1 is not visible to this token"_s.arg(self->m_config.tag),
                         u"Publishing needs push access to the repository: ask a maintainer to publish."_s));
            return;
        }
        if (snapshot.published) {
            self->settlePending(QString::fromLatin1(PublishAction), publishKey, true,
                                {{u"html_url"_s, snapshot.release->htmlUrl.toString()}});
            ReviewOutcome outcome = refused(snapshot, u"Release %1 is already published"_s.arg(self->m_config.tag));
            outcome.ok = true;
            outcome.url = snapshot.release->htmlUrl;
            done(outcome);
            return;
        }
        if (!expectedDigest.isEmpty() && expectedDigest != snapshot.digest) {
            done(refused(snapshot, u"The draft changed since the approvals were read (now %1)"_s.arg(snapshot.digest),
                         u"The reviewers must approve what the draft holds now."_s));
            return;
        }
        if (!snapshot.status.quorumReached()) {
            done(refused(snapshot,
                         u"%1 of %2 approvals on this content; %3 missing"_s.arg(snapshot.status.approvedBy.size())
                             .arg(snapshot.status.required)
                             .arg(snapshot.status.missing()),
                         u"Ask the approvers to review the draft (review approve)."_s));
            return;
        }
        if (!snapshot.status.canPublish()) {
            done(refused(
                snapshot,
                u"Changes were requested on this content by %1"_s.arg(snapshot.status.changesRequestedBy.join(u", "_s)),
                u"Address them and save the notes; the new content needs new approvals."_s));
            return;
        }
        if (!snapshot.flags) {
            done(refused(snapshot, u"The publish flags cannot be decided: %1"_s.arg(snapshot.flagsError)));
            return;
        }
        for (const github::Asset &asset : snapshot.release->assets) {
            if (!asset.state.isEmpty() && asset.state != u"uploaded"_s) {
                // A half-finished upload (after a 502) would be published as an empty file.
                done(refused(snapshot,
                             u"The asset %1 is not completely uploaded (state \"%2\")"_s.arg(asset.name, asset.state),
                             u"Run the packages step again: it deletes and re-uploads it."_s));
                return;
            }
        }
        github::ReleaseFields fields;
        fields.draft = false;
        fields.prerelease = snapshot.flags->prerelease;
        fields.makeLatest = snapshot.flags->makeLatest;
        const qint64 releaseId = snapshot.release->id;

        if (self->m_dryRun) {
            ReviewOutcome outcome = refused(snapshot, u"Dry run: nothing was sent"_s);
            net::HttpClient &http = self->m_client.http();
            const bool wasDryRun = http.isDryRun();
            http.setDryRun(true);
            http.setRequestObserver(
                [&outcome](const net::Request &request) { outcome.plannedRequests.append(describe(request)); });
            self->m_client.updateRelease(self->m_config.repository, releaseId, fields,
                                         [](const github::Result<github::Release> &) { });
            http.setRequestObserver({});
            http.setDryRun(wasDryRun);
            outcome.ok = true;
            done(outcome);
            return;
        }
        if (!self->m_journal) {
            done(refused(snapshot, u"The release journal is not available"_s, u"Check the journal path and retry."_s));
            return;
        }
        // Recorded and still a draft: that attempt did not publish.
        self->settlePending(QString::fromLatin1(PublishAction), publishKey, false);
        QString error;
        const qint64 effect = self->m_journal->beginEffect(
            self->m_config.tag, QString::fromLatin1(Step), QString::fromLatin1(PublishAction), publishKey,
            {{u"release_id"_s, releaseId},
             {u"digest"_s, snapshot.digest},
             {u"prerelease"_s, snapshot.flags->prerelease},
             {u"make_latest"_s, snapshot.flags->makeLatest},
             {u"approved_by"_s, QJsonArray::fromStringList(snapshot.status.approvedBy)}},
            &error);
        if (effect == 0) {
            done(refused(snapshot, u"The journal refused the intent: %1"_s.arg(error)));
            return;
        }
        self->m_client.updateRelease(
            self->m_config.repository, releaseId, fields,
            [self, effect, snapshot, done](const github::Result<github::Release> &published) {
                if (!self) {
                    return;
                }
                if (!published.ok()) {
                    self->m_journal->finishEffect(effect, failureOutcome(published.error), {},
                                                  published.error.toString());
                    if (unreadableSuccess(published.error)) {
                        done(refused(
                            snapshot,
                            u"The answer to publishing %1 could not be read (%2): GitHub may have published the "
                            u"release already, or a proxy or captive portal answered instead"_s.arg(
                                self->m_config.tag, published.error.message),
                            u"Refresh the review to confirm: the journal marks the publication uncertain "
                            u"until the refresh sees the release on GitHub; publish again only if it is "
                            u"still a draft."_s));
                        return;
                    }
                    done(refused(snapshot, u"Publishing failed: %1"_s.arg(published.error.message),
                                 published.error.hint));
                    return;
                }
                ReviewSubject after{published.value.tagName, published.value.body, {}};
                for (const github::Asset &asset : published.value.assets) {
                    after.assets.append({asset.name, asset.sha256(), asset.size});
                }
                const QString digestAfter = after.digest();
                self->m_journal->finishEffect(effect, EffectOutcome::Succeeded,
                                              {{u"html_url"_s, published.value.htmlUrl.toString()},
                                               {u"published_at"_s, published.value.publishedAt.toString(Qt::ISODate)},
                                               {u"digest"_s, digestAfter}});
                ReviewOutcome outcome;
                outcome.ok = true;
                outcome.changed = true;
                outcome.url = published.value.htmlUrl;
                outcome.snapshot = snapshot;
                outcome.message = u"Published %1 (%2)"_s.arg(self->m_config.tag, snapshot.flags->explanation);
                if (digestAfter != snapshot.digest) {
                    // GitHub has no conditional update: an edit landing between the re-read and the publish shows here.
                    outcome.hint =
                        u"The published content differs from the approved one (%1): check the release now."_s.arg(
                            digestAfter);
                }
                done(outcome);
            });
    });
}

} // namespace ra::review
