// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reviewstandingmodel.h"
#include "github/endpoints.h"
#include "markdown/previewrenderer.h"
#include "review/reviewview.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

namespace ra {

class ReleaseLock;
class ReleaseSession;
namespace github {
class GitHubClient;
}
namespace release {
class PublishStep;
struct PublishOutcome;
} // namespace release
namespace review {
class ReviewPublisher;
}
namespace secrets {
class SecretStore;
}

/**
 * The reviewer's view of one release of the open project (review::ReviewView, read from the draft or, without
 * push access, from the tracking issue): the notes rendered, the assets and their digests, each approver's
 * standing, and the diff of the notes since the revision the user last approved. approve() and
 * requestChanges() post the verdict through release::PublishStep, bound to the digest on screen, as the CLI's
 * 'review approve' does.
 */
class ReviewDetailController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ra::ReleaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The release shown; setting it reads it.
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY tagChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY viewChanged)
    /// What the last read or verdict said; messageIsError when it failed.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString viewer READ viewer NOTIFY viewChanged)
    Q_PROPERTY(int revision READ revision NOTIFY viewChanged)
    Q_PROPERTY(QString revisionSinceText READ revisionSinceText NOTIFY viewChanged)
    Q_PROPERTY(QString digest READ digest NOTIFY viewChanged)
    Q_PROPERTY(bool fromIssue READ fromIssue NOTIFY viewChanged)
    Q_PROPERTY(QUrl issueUrl READ issueUrl NOTIFY viewChanged)
    Q_PROPERTY(QString notesHtml READ notesHtml NOTIFY notesHtmlChanged)
    /// One {name, size, sha256} per asset.
    Q_PROPERTY(QVariantList assets READ assets NOTIFY viewChanged)
    Q_PROPERTY(int required READ required NOTIFY viewChanged)
    Q_PROPERTY(ra::ReviewStandingModel *standings READ standings CONSTANT)
    /// The user approved some revision of this release, and whether it is the one on screen.
    Q_PROPERTY(bool approvedBefore READ approvedBefore NOTIFY viewChanged)
    Q_PROPERTY(bool approvedCurrent READ approvedCurrent NOTIFY viewChanged)
    Q_PROPERTY(int approvedRevision READ approvedRevision NOTIFY viewChanged)
    /// The unified diff of the notes since the revision the user approved; empty when they never approved or
    /// nothing changed.
    Q_PROPERTY(QString sinceApprovedDiff READ sinceApprovedDiff NOTIFY viewChanged)
    /// The same diff line by line, each {text, kind} with kind "added", "removed", "hunk", "header" or "context".
    Q_PROPERTY(QVariantList sinceApprovedLines READ sinceApprovedLines NOTIFY viewChanged)
    /// Why there is no diff though the user approved before (the approved notes cannot be read); else empty.
    Q_PROPERTY(QString sinceApprovedProblem READ sinceApprovedProblem NOTIFY viewChanged)
    /// The notes' source lines, numbered from 1 as line comments number them.
    Q_PROPERTY(QStringList notesLines READ notesLines NOTIFY viewChanged)
    /// The line comments on the tracking issue, oldest first, each {login, firstLine, lastLine, text, revision,
    /// stale, at}; stale when made on an older revision than the one on screen.
    Q_PROPERTY(QVariantList lineComments READ lineComments NOTIFY viewChanged)

public:
    explicit ReviewDetailController(QObject *parent = nullptr);
    ~ReviewDetailController() override;

    [[nodiscard]] ReleaseSession *session() const;
    void setSession(ReleaseSession *session);
    [[nodiscard]] QString tag() const;
    void setTag(const QString &tag);
    [[nodiscard]] bool busy() const;
    [[nodiscard]] bool loaded() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool messageIsError() const;
    [[nodiscard]] QString viewer() const;
    [[nodiscard]] int revision() const;
    [[nodiscard]] QString revisionSinceText() const;
    [[nodiscard]] QString digest() const;
    [[nodiscard]] bool fromIssue() const;
    [[nodiscard]] QUrl issueUrl() const;
    [[nodiscard]] QString notesHtml() const;
    [[nodiscard]] QVariantList assets() const;
    [[nodiscard]] int required() const;
    [[nodiscard]] ReviewStandingModel *standings();
    [[nodiscard]] bool approvedBefore() const;
    [[nodiscard]] bool approvedCurrent() const;
    [[nodiscard]] int approvedRevision() const;
    [[nodiscard]] QString sinceApprovedDiff() const;
    [[nodiscard]] QVariantList sinceApprovedLines() const;
    [[nodiscard]] QString sinceApprovedProblem() const;
    [[nodiscard]] QStringList notesLines() const;
    [[nodiscard]] QVariantList lineComments() const;
    /// The view as the engine built it (tests); empty until loaded.
    [[nodiscard]] const review::ReviewView &view() const;

    /// Uses \a store instead of the system keychain (tests); not owned.
    void setSecretStore(secrets::SecretStore *store);
    /// The GitHub hosts; the Settings page's when never set (tests point them at a twin).
    void setEndpoints(const github::Endpoints &endpoints);

    /// Reads the release again.
    Q_INVOKABLE void refresh();
    /// Approves the content on screen (refused when it changed since it was read).
    Q_INVOKABLE void approve();
    /// Asks for changes to the content on screen, saying why.
    Q_INVOKABLE void requestChanges(const QString &comment);
    /// Comments on line \a line (1-based) of the notes on screen; not a verdict. Reads the release again after.
    Q_INVOKABLE void commentOnLine(int line, const QString &text);

Q_SIGNALS:
    void sessionChanged();
    void tagChanged();
    void busyChanged();
    void messageChanged();
    void viewChanged();
    void notesHtmlChanged();
    /// A read ended (loaded says whether it succeeded).
    void refreshed();
    /// A verdict was posted or refused (message says how); the inbox may have changed.
    void verdictFinished(bool ok);
    /// A line comment was posted or refused (message says how).
    void lineCommentFinished(bool ok);

private:
    using WithClient = std::function<void(github::GitHubClient &)>;
    void withClient(const WithClient &work);
    void submit(review::Verdict verdict, const QString &comment);
    void finishVerdict(const release::PublishOutcome &outcome);
    void reset();
    /// Another account or GitHub host: the client goes, and what reads or writes through it.
    void dropClient();
    void setBusy(bool busy);
    void setMessage(const QString &message, bool isError = false);
    [[nodiscard]] secrets::SecretStore *secretStore();

    QPointer<ReleaseSession> m_session;
    QPointer<secrets::SecretStore> m_store;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    std::optional<github::Endpoints> m_endpoints;
    std::unique_ptr<github::GitHubClient> m_client;
    std::unique_ptr<review::ReviewPublisher> m_publisher;
    /// The step of the last verdict, with the release's lock when this controller took it.
    std::unique_ptr<release::PublishStep> m_step;
    std::unique_ptr<ReleaseLock> m_lock;
    QString m_tag;
    review::ReviewView m_view;
    QHash<QString, int> m_revisionOf;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_message;
    bool m_messageIsError = false;
    QString m_notesHtml;
    QString m_diff;
    QString m_diffProblem;
    QVariantList m_lineComments;
    markdown::PreviewRenderer m_renderer;
    ReviewStandingModel m_standings;
    /// Counts the reads and verdicts started, so that an answer about an earlier release is dropped.
    int m_generation = 0;
};

} // namespace ra
