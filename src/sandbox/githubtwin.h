// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/testhttpserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ra::test {

/// The state of the GitHub twin; tests read and change it directly.
struct GitHubTwinState {
    struct Asset {
        qint64 id = 0;
        QString name;
        QString label;
        QString state = QStringLiteral("uploaded");
        QString contentType;
        QByteArray content; ///< empty when the upload was larger than the server's body limit
        qint64 size = 0;
        QString digest; ///< "sha256:<hex>" or empty
    };
    struct Release {
        qint64 id = 0;
        QString tagName;
        QString targetCommitish = QStringLiteral("main");
        QString name;
        QString body;
        bool draft = true;
        bool prerelease = false;
        bool immutable = false;
        QList<Asset> assets;
    };
    struct Run {
        qint64 id = 0;
        QString name;
        QString path; ///< ".github/workflows/x.yml"
        QString headSha;
        QString headBranch = QStringLiteral("main");
        QString event = QStringLiteral("push");
        QString status = QStringLiteral("completed");
        QString conclusion = QStringLiteral("success");
        qint64 workflowId = 0;
    };
    struct Artifact {
        qint64 id = 0;
        qint64 runId = 0;
        QString name;
        QByteArray content;
        bool expired = false;
        QDateTime expiresAt;
    };
    /// How the uploads host treats the next upload that reaches it (api-contracts.md §1.3).
    enum class UploadFault {
        None,
        ServerError, ///< 500, nothing stored
        StarterThen502, ///< an empty "starter" asset of that name is left behind, then 502 Bad Gateway
        StoreThenReset, ///< the asset is stored, then the connection is reset: the 201 never arrives
        ResetBeforeStore, ///< the connection is reset, nothing stored
        NameTakenMeanwhile, ///< another client stored an asset of that name (other content) first: 422 already_exists
    };
    struct DeleteRecord {
        Asset deleted;
        QList<Asset> present; ///< every asset of its release at the moment of the delete
    };

    QString owner = QStringLiteral("aleph-im");
    QString repo = QStringLiteral("aleph-vm");
    /// The token every API request must carry as "Bearer <token>"; empty accepts anonymous requests.
    QString token;
    QString login = QStringLiteral("octo-releaser");
    /// Further accounts, by token: each is accepted as token is, and acts as its login (a second reviewer).
    QHash<QString, QString> otherAccounts;
    /// Accounts without push access, by token (a reviewer outside the team): accepted, acting as their login,
    /// but drafts are invisible to them (left out of lists, 404 by id) and release writes answer 404, as GitHub
    /// does for what a token may not see.
    QHash<QString, QString> readOnlyAccounts;
    /// Sent as x-oauth-scopes on every API response when set (classic tokens); fine-grained tokens send none.
    QString oauthScopes;
    bool canPush = true;
    /// API answers that counted against the primary rate limit (a 304 to a conditional request does not).
    int rateLimitUsed = 0;
    /// How many conditional GETs were answered 304 Not Modified.
    int notModifiedAnswers = 0;
    bool immutableReleases = false;
    int pageSize = 30; ///< the twin's page size, whatever per_page says, so tests see several pages cheaply

    /// Whether asset JSON carries "digest" (older API versions send null); uploads keep computing it.
    bool reportDigests = true;

    QList<Release> releases;
    QList<Run> runs;
    QList<Artifact> artifacts;
    qint64 nextId = 1000;
    /// Consumed one per upload that reaches the uploads host; None once empty.
    QList<UploadFault> uploadFaults;
    /// Every asset deleted through the API, in order, with what its release held then.
    QList<DeleteRecord> deletes;

    /// Device flow: the answers of successive access_token polls ("authorization_pending", "slow_down",
    /// "expired_token", "access_denied"); when empty, the poll succeeds with deviceToken.
    QStringList devicePollScript;
    QString deviceToken = QStringLiteral("gho_devicetwin0000000000000000000000000000");
    int deviceInterval = 5;

    [[nodiscard]] Release *release(qint64 id);
    [[nodiscard]] Release *releaseByTag(const QString &tag);
    /// The asset with \a id in any release, and its release.
    [[nodiscard]] Asset *asset(qint64 id, Release **owner = nullptr);
};

/**
 * A stateful local twin of GitHub (api-contracts.md §1) on four loopback servers: the REST API, the uploads
 * host (raw-body uploads, 422 already_exists, scripted UploadFaults such as a "starter" left by a 502), a blob
 * host for download redirects that serves Range requests and rejects any request carrying Authorization (as
 * Azure blob storage does), and the web host for the device flow. Faults: the harness's injectFault() on any
 * server, GitHub's rate limits (primaryRateLimit(), secondaryRateLimit()), and garble() for API answers that
 * are not GitHub's JSON. Tests and other twins extend it by adding routes to the servers (later routes win) and
 * by changing state().
 */
class GitHubTwin
{
public:
    /// The ports of the four servers; 0 lets the system pick one.
    struct Ports {
        quint16 api = 0;
        quint16 uploads = 0;
        quint16 blob = 0;
        quint16 web = 0;
    };

    GitHubTwin();
    ~GitHubTwin();

    /// Starts the four servers on ports the system picks; false when a port could not be bound.
    bool start();
    /// Starts the four servers on \a ports; false when a port could not be bound.
    bool start(const Ports &ports);
    /// The ports the servers listen on.
    [[nodiscard]] Ports ports() const;

    [[nodiscard]] TestHttpServer &api();
    [[nodiscard]] TestHttpServer &uploads();
    [[nodiscard]] TestHttpServer &blob();
    [[nodiscard]] TestHttpServer &web();
    [[nodiscard]] GitHubTwinState &state();

    /// "/repos/<owner>/<repo>"
    [[nodiscard]] QString repoPath() const;
    /// Adds a release and returns its id.
    qint64 addRelease(const QString &tag, bool draft);
    qint64 addRun(const QString &path, const QString &name, const QString &headSha, const QString &conclusion);
    qint64 addArtifact(qint64 runId, const QString &name, const QByteArray &content, bool expired = false);
    /// Adds an asset to release \a releaseId and returns its id; \a state "starter" makes a failed upload's leftover.
    qint64 addAsset(qint64 releaseId, const QString &name, const QByteArray &content,
                    const QString &state = QStringLiteral("uploaded"));

    /// How garble() spoils an API answer.
    enum class Garble {
        PortalPage, ///< a 200 HTML login page, as a captive portal or a proxy answers
        CutJson, ///< the real answer's JSON cut in half, with a Content-Length that matches the cut
    };
    /// The next \a times answers of the API route \a method \a pattern (as the twin declares it, e.g.
    /// "/repos/{owner}/{repo}/releases") are spoiled as \a how says, after the route did its work.
    void garble(const QByteArray &method, const QString &pattern, Garble how, int times = 1);

    /// Whether \a request carries the token of one of the accounts (always, when the twin wants no token).
    [[nodiscard]] bool authorized(const HttpRequest &request) const;
    /// The login of the account whose token \a request carries; the state's login otherwise.
    [[nodiscard]] QString loginOf(const HttpRequest &request) const;
    /// Whether the account of \a request may push (sees drafts): false for readOnlyAccounts or without canPush.
    [[nodiscard]] bool canPush(const HttpRequest &request) const;
    /// Whether \a request carries the token of one of the readOnlyAccounts.
    [[nodiscard]] bool readOnly(const HttpRequest &request) const;
    /**
     * GitHub's common answer headers on \a response to \a request (api-contracts.md §1.7): the rate-limit
     * headers, and for a successful GET an ETag (it depends on the body and the account); a GET whose
     * If-None-Match names that ETag gets 304 with no body instead, which does not count against the rate limit.
     * Every API route passes its answer through it (other twins' routes too).
     */
    [[nodiscard]] HttpResponse conditionalAnswer(const HttpRequest &request, HttpResponse response);

    [[nodiscard]] QJsonObject releaseJson(const GitHubTwinState::Release &release) const;
    [[nodiscard]] QJsonObject assetJson(const GitHubTwinState::Asset &asset) const;
    /// A stored blob served by the blob host; returns its URL.
    QUrl putBlob(const QByteArray &content);

    /// Responses for fault injection: GitHub's primary and secondary rate limits.
    [[nodiscard]] static HttpResponse primaryRateLimit(int status, qint64 resetEpoch);
    [[nodiscard]] static HttpResponse secondaryRateLimit(int retryAfterSeconds);
    /// GitHub's 422 with one errors[] entry, e.g. ("ReleaseAsset", "already_exists", "name").
    [[nodiscard]] static HttpResponse validationFailed(const QString &resource, const QString &code,
                                                       const QString &field);
    [[nodiscard]] static HttpResponse notFound();

private:
    struct Garbling {
        QByteArray method;
        QString pattern;
        Garble how;
        int remaining;
    };

    void installRoutes();
    void installAssetRoutes();
    /// Routes an API request through the token check, GitHub's informational headers and garble().
    void apiRoute(const QByteArray &method, const QString &pattern, TestHttpServer::Handler handler);
    [[nodiscard]] HttpResponse garbled(const QByteArray &method, const QString &pattern, HttpResponse response);
    [[nodiscard]] HttpResponse upload(const HttpRequest &request);
    [[nodiscard]] HttpResponse unauthorized() const;
    [[nodiscard]] HttpResponse page(const HttpRequest &request, const QJsonArray &items, const QString &key) const;

    struct Servers {
        TestHttpServer api;
        TestHttpServer uploads;
        TestHttpServer blob;
        TestHttpServer web;
    };
    std::unique_ptr<Servers> m_servers;
    GitHubTwinState m_state;
    QHash<QString, QByteArray> m_blobs;
    QList<Garbling> m_garblings;
    int m_nextBlob = 1;
};

} // namespace ra::test
