// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testhttpserver.h"

#include <QByteArray>
#include <QDateTime>
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

    QString owner = QStringLiteral("aleph-im");
    QString repo = QStringLiteral("aleph-vm");
    /// The token every API request must carry as "Bearer <token>"; empty accepts anonymous requests.
    QString token;
    QString login = QStringLiteral("octo-releaser");
    /// Sent as x-oauth-scopes on every API response when set (classic tokens); fine-grained tokens send none.
    QString oauthScopes;
    bool canPush = true;
    bool immutableReleases = false;
    int pageSize = 30; ///< the twin's page size, whatever per_page says, so tests see several pages cheaply

    QList<Release> releases;
    QList<Run> runs;
    QList<Artifact> artifacts;
    qint64 nextId = 1000;

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
 * host, a blob host for download redirects that rejects any request carrying Authorization (as Azure blob
 * storage does), and the web host for the device flow. Tests and other twins extend it by adding routes to
 * the servers (later routes win) and by changing state().
 */
class GitHubTwin
{
public:
    GitHubTwin();
    ~GitHubTwin();

    /// Starts the four servers; false when a port could not be bound.
    bool start();

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

    [[nodiscard]] QJsonObject releaseJson(const GitHubTwinState::Release &release) const;
    [[nodiscard]] QJsonObject assetJson(const GitHubTwinState::Asset &asset) const;
    /// A stored blob served by the blob host; returns its URL.
    QUrl putBlob(const QByteArray &content);

    /// Responses for fault injection: GitHub's primary and secondary rate limits.
    [[nodiscard]] static HttpResponse primaryRateLimit(int status, qint64 resetEpoch);
    [[nodiscard]] static HttpResponse secondaryRateLimit(int retryAfterSeconds);

private:
    void installRoutes();
    [[nodiscard]] bool authorized(const HttpRequest &request) const;
    [[nodiscard]] HttpResponse unauthorized() const;
    [[nodiscard]] HttpResponse page(const HttpRequest &request, const QJsonArray &items, const QString &key) const;

    struct Servers;
    std::unique_ptr<Servers> m_servers;
    GitHubTwinState m_state;
    QHash<QString, QByteArray> m_blobs;
    int m_nextBlob = 1;
};

} // namespace ra::test
