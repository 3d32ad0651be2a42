// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "sandbox/channeltwins.h"
#include "sandbox/githubissuestwin.h"
#include "sandbox/githubtwin.h"
#include "sandbox/stagingnodetwin.h"
#include "secrets/memorysecretstore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace ra::sandbox {

/**
 * A whole release of a sample project, on this machine only: a folder holding a bare git "remote" and a clone of
 * it with a believable history (v1.0.0, v1.1.0, conventional commits since) and its playbook, and the services
 * the playbook names, each a local stand-in on 127.0.0.1 — the GitHub twin (drafts, uploads, assets, issues, CI
 * runs whose artifacts hold real .deb files of the next version), two staging-node twins reporting the
 * candidate's version, and the twins of X, Telegram, Mastodon, Bluesky and Discord — with a scoring table file
 * standing in for the scoring database. Its secrets (two GitHub accounts, so that approvals reach the playbook's
 * quorum of two, and each channel's) live in memory only.
 *
 * `release-assistant --demo` and `release-assistant-cli --demo` start one (DemoSession points the process at
 * it). A demo in a temporary folder is removed with this object; a demo in a kept folder is taken up again by
 * the next start() there, its services on the same ports with what save() left in them.
 */
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    /// A GitHub account of the demo.
    struct Account {
        QString login;
        QString token;
    };

    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// The line a front end shows for as long as the demo runs.
    [[nodiscard]] static QString notice();
    /// The maintainer, who runs the release, and the second reviewer; the playbook requires both approvals.
    [[nodiscard]] static Account maintainer();
    [[nodiscard]] static Account reviewer();
    [[nodiscard]] static QList<Account> accounts();
    /// The demo's secrets as the app keeps them: "github/token" (the maintainer's) and each channel's
    /// (ChannelSetup::secretKey()), by key.
    [[nodiscard]] static QHash<QString, QString> secrets();

    /// Starts the demo in a new temporary folder, or in \a folder (created when missing), which is kept: a demo
    /// made there before is taken up again. False when it cannot start; error() says why and what to do.
    bool start(const QString &folder = {});
    [[nodiscard]] QString error() const;
    /// Writes what the services hold into the folder, for the next start() there; false with error() set.
    bool save();

    [[nodiscard]] bool isRunning() const;
    /// Whether the folder stays after this object (a folder given to start()).
    [[nodiscard]] bool isKept() const;
    [[nodiscard]] QString folder() const;
    [[nodiscard]] QString clonePath() const;
    [[nodiscard]] QString remotePath() const;
    [[nodiscard]] QString playbookPath() const;
    /// The demo's release journal, in the folder.
    [[nodiscard]] QString journalPath() const;
    /// The channels file pointing every channel of the playbook at its twin (ChannelsFile).
    [[nodiscard]] QString channelsFilePath() const;
    /// The scoring table (SQL, as aleph-scoring's files): the playbook's scoring kind is sql-file.
    [[nodiscard]] QString scoringTablePath() const;
    /// Where the front ends keep their settings, caches and data during the demo (XDG base folders).
    [[nodiscard]] QString homePath() const;
    /// "demo/sample-project"
    [[nodiscard]] QString repository() const;
    /// The commit the demo's CI built and its staging nodes run: the clone's HEAD.
    [[nodiscard]] QString candidateCommit() const;
    /// What a build of the candidate reports: its `git describe --tags` ("v1.1.0-5-g1234567").
    [[nodiscard]] QString candidateVersion() const;

    [[nodiscard]] github::Endpoints githubEndpoints() const;
    [[nodiscard]] QList<QUrl> stagingUrls() const;
    /// Each channel's base URL, by the playbook's channel id.
    [[nodiscard]] QHash<QString, QUrl> channelUrls() const;
    /// Every service and its URL, in the order a front end lists them ("GitHub API", "staging node-1", ...).
    [[nodiscard]] QList<std::pair<QString, QUrl>> services() const;

    /// The demo's secrets in memory (secrets(), written at start()).
    [[nodiscard]] secrets::MemorySecretStore &secretStore();

    [[nodiscard]] test::GitHubTwin &github();
    [[nodiscard]] test::GitHubIssuesTwin &issues();
    [[nodiscard]] test::StagingNodeTwin &stagingNode(int index);
    [[nodiscard]] test::TelegramTwin &telegram();
    [[nodiscard]] test::XTwin &x();
    [[nodiscard]] test::MastodonTwin &mastodon();
    [[nodiscard]] test::BlueskyTwin &bluesky();
    [[nodiscard]] test::DiscordTwin &discord();

private:
    bool fail(const QString &message);
    bool prepareFolder(const QString &folder, QJsonObject *layout);
    bool listen(const QJsonObject &ports);
    void configureServices();
    bool createProject();
    bool seedServices();
    bool writeFile(const QString &path, const QByteArray &content);
    [[nodiscard]] QString path(const QString &name) const;
    [[nodiscard]] QJsonObject portsJson() const;

    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_folder;
    QString m_error;
    QString m_candidate;
    QString m_describe;
    bool m_running = false;

    test::GitHubTwin m_github;
    std::unique_ptr<test::GitHubIssuesTwin> m_issues;
    std::vector<std::unique_ptr<test::StagingNodeTwin>> m_nodes;
    /// One server per channel, in the order of the channels' ids.
    std::vector<std::unique_ptr<test::TestHttpServer>> m_channelServers;
    std::unique_ptr<test::TelegramTwin> m_telegram;
    std::unique_ptr<test::XTwin> m_x;
    std::unique_ptr<test::MastodonTwin> m_mastodon;
    std::unique_ptr<test::BlueskyTwin> m_bluesky;
    std::unique_ptr<test::DiscordTwin> m_discord;
    secrets::MemorySecretStore m_secrets;
};

} // namespace ra::sandbox
