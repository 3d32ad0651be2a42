// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/account.h"
#include "github/actions.h"
#include "github/endpoints.h"
#include "github/issue.h"
#include "github/release.h"
#include "github/repositoryref.h"
#include "github/result.h"
#include "net/httpclient.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace ra::github {

/// One page read by GitHubClient::conditionalGet().
struct ConditionalPage {
    /// The page's body: GitHub's answer, or the cached one when GitHub said 304 Not Modified.
    QByteArray body;
    /// The rel="next" page, empty on the last one.
    QUrl next;
    /// GitHub answered 304 to the ETag of the cached answer: nothing changed, nothing counted against the limit.
    bool notModified = false;
};

/**
 * The GitHub REST operations of a release (api-contracts.md §1). Every operation is asynchronous: it returns
 * the call in flight (for progress and cancel; it deletes itself after finishing, so hold it in a QPointer)
 * and reports once through its callback (waitFor() makes it blocking for worker threads and the CLI). Errors
 * carry GitHub's message and errors[].code (e.g. "already_exists"); rate limits, secondary limits and retries
 * are handled by the transport with GitHub's rules; redirects to another host (blob storage) never carry the
 * token. Every JSON answer is read strictly: a 2xx answer that is not JSON of the expected shape (an HTML
 * page from a proxy or captive portal, cut JSON) is an error (ErrorKind::Unreadable), never an empty list.
 */
class GitHubClient : public QObject
{
    Q_OBJECT

public:
    explicit GitHubClient(const Endpoints &endpoints = {}, QObject *parent = nullptr);
    ~GitHubClient() override;

    [[nodiscard]] const Endpoints &endpoints() const;
    void setEndpoints(const Endpoints &endpoints);
    /// The token sent as "Authorization: Bearer"; registered with the log redactor. Empty: anonymous.
    void setToken(const QString &token);
    [[nodiscard]] bool hasToken() const;
    /// The transport (timeouts, clock, dry run, request observer); it uses GitHubRetryPolicy.
    [[nodiscard]] net::HttpClient &http();

    // Account
    net::Call *currentUser(Callback<AccountInfo> callback);
    net::Call *repository(const RepositoryRef &repo, Callback<RepositoryInfo> callback);
    /// Whether the repository has immutable releases enabled (GET /repos/{o}/{r}/immutable-releases: 200 or 404).
    net::Call *immutableReleasesEnabled(const RepositoryRef &repo, Callback<bool> callback);

    // Releases
    /// Every release, drafts included (needs push access), following every page.
    net::Call *listReleases(const RepositoryRef &repo, Callback<QList<Release>> callback);
    /// The draft (or release) whose tag_name is \a tag, found by listing: drafts are invisible to /releases/tags.
    /// A draft wins over a published release of the same tag. The value is nullopt when there is none; an
    /// error (e.g. an unreadable page) is never reported as "none".
    net::Call *findReleaseByTag(const RepositoryRef &repo, const QString &tag,
                                Callback<std::optional<Release>> callback);
    /// GET /releases/tags/{tag}: published releases only.
    net::Call *publishedReleaseByTag(const RepositoryRef &repo, const QString &tag, Callback<Release> callback);
    net::Call *createRelease(const RepositoryRef &repo, const ReleaseFields &fields, Callback<Release> callback);
    net::Call *updateRelease(const RepositoryRef &repo, qint64 releaseId, const ReleaseFields &fields,
                             Callback<Release> callback);
    /// PATCH {"draft": false}.
    net::Call *publishRelease(const RepositoryRef &repo, qint64 releaseId, Callback<Release> callback);
    net::Call *deleteRelease(const RepositoryRef &repo, qint64 releaseId, Callback<bool> callback);
    net::Call *generateNotes(const RepositoryRef &repo, const QString &tag, const QString &targetCommitish,
                             const QString &previousTag, Callback<GeneratedNotes> callback);

    // Release assets
    net::Call *listAssets(const RepositoryRef &repo, qint64 releaseId, Callback<QList<Asset>> callback);
    /// Streams \a filePath to the release's upload_url (the uploads host) as ?name=&label=, with the call's
    /// uploadProgress(); repeated only after a rate limit (GitHub acted on nothing): a failed upload may leave a
    /// "starter" asset (list, delete, upload again). A taken name is a 422 already_exists, explained.
    net::Call *uploadAsset(const Release &release, const QString &filePath, const QString &name, const QString &label,
                           const QString &contentType, Callback<Asset> callback);
    net::Call *updateAsset(const RepositoryRef &repo, qint64 assetId, const QString &name, const QString &label,
                           Callback<Asset> callback);
    net::Call *deleteAsset(const RepositoryRef &repo, qint64 assetId, Callback<bool> callback);
    /// Downloads an asset's bytes to \a path (302 to blob storage, followed without the token).
    net::Call *downloadAsset(const RepositoryRef &repo, qint64 assetId, const QString &path, Callback<qint64> callback);

    // Actions
    net::Call *listWorkflowRuns(const RepositoryRef &repo, const RunFilter &filter,
                                Callback<QList<WorkflowRun>> callback);
    net::Call *listRunArtifacts(const RepositoryRef &repo, qint64 runId, Callback<QList<Artifact>> callback);
    /// Downloads the artifact zip to \a path, resuming a partial file; 410 = expired (explained in the error).
    net::Call *downloadArtifact(const RepositoryRef &repo, qint64 artifactId, const QString &path,
                                Callback<qint64> callback);

    // Issues
    net::Call *createIssue(const RepositoryRef &repo, const QString &title, const QString &body,
                           const QStringList &labels, Callback<IssueItem> callback);
    net::Call *createComment(const RepositoryRef &repo, int issueNumber, const QString &body,
                             Callback<IssueItem> callback);
    net::Call *updateComment(const RepositoryRef &repo, qint64 commentId, const QString &body,
                             Callback<IssueItem> callback);

    // Issues, read conditionally (api-contracts.md §1.7: a 304 to If-None-Match does not count against the rate
    // limit). The answers are cached in memory per client and URL with their ETag; a new token empties the cache.
    /// GET /repos/{o}/{r}/issues/{number}.
    net::Call *issue(const RepositoryRef &repo, int number, Callback<IssueItem> callback);
    /// GET \a url with If-None-Match when an answer of it is cached; a 304 gives the cached body back.
    net::Call *conditionalGet(const QUrl &url, Callback<ConditionalPage> callback);
    /// Every page of the JSON array at \a path (Link rel="next" followed), each page read with conditionalGet().
    /// A 304 on the last page cannot tell that a new page appeared: with \a expectedCount (e.g. an issue's
    /// comment count, >= 0) a list of another size is read again without the cache. Answers once; the call
    /// returned is the first page's (later pages are new calls).
    net::Call *conditionalList(const QString &path, Callback<QJsonArray> callback, int expectedCount = -1);
    /// How many conditional GETs GitHub answered 304 (the cache served them).
    [[nodiscard]] int notModifiedCount() const;
    /// PATCH /repos/{o}/{r}/issues/{number} {"body"} (needs triage or push access, or being the author).
    net::Call *updateIssueBody(const RepositoryRef &repo, int number, const QString &body,
                               Callback<IssueItem> callback);

    /// A request to \a path of the API host with GitHub's headers and the token (for operations not listed).
    [[nodiscard]] net::Request apiRequest(const QByteArray &method, const QString &path) const;
    [[nodiscard]] net::Request apiRequest(const QByteArray &method, const QUrl &url) const;

private:
    /// Sends \a request; \a parse(response, result) reads a 2xx answer.
    template<class T, class Parse>
    net::Call *run(const net::Request &request, Callback<T> callback, Parse parse);
    /// As run() for an answer that must be one JSON object: \a parse(object, response, result).
    template<class T, class Parse>
    net::Call *runObject(const net::Request &request, Callback<T> callback, Parse parse);
    /// As run() for a paginated list (Request::followPages) of objects read with T::fromJson.
    template<class T>
    net::Call *runList(const net::Request &request, Callback<QList<T>> callback);

    void nextConditionalPage(const QUrl &url, const std::shared_ptr<QJsonArray> &items, int pages,
                             const Callback<QJsonArray> &callback);
    /// Forgets the cached pages of the list starting at \a first.
    void forgetList(const QUrl &first);

    struct CachedAnswer {
        QByteArray etag;
        QByteArray body;
        QUrl next;
    };
    Endpoints m_endpoints;
    QString m_token;
    net::HttpClient m_http;
    /// Conditional GETs' answers by URL; bounded (emptied when full) so a long session does not grow without end.
    QHash<QString, CachedAnswer> m_conditionalCache;
    int m_notModified = 0;
};

} // namespace ra::github
