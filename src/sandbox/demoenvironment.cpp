// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demoenvironment.h"

#include "channels/channelsetup.h"
#include "sandbox/demoenvironment_p.h"
#include "sandbox/demoproject.h"
#include "sandbox/demostate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ra::sandbox {

using namespace demo;

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{
}

DemoEnvironment::~DemoEnvironment() = default;

QString DemoEnvironment::notice()
{
    return tr("Demo: nothing leaves this machine — every service is a local stand-in on 127.0.0.1");
}

DemoEnvironment::Account DemoEnvironment::maintainer()
{
    return {u"demo-maintainer"_s, u"demo-github-token-maintainer"_s};
}

DemoEnvironment::Account DemoEnvironment::reviewer()
{
    return {u"demo-reviewer"_s, u"demo-github-token-reviewer"_s};
}

QList<DemoEnvironment::Account> DemoEnvironment::accounts()
{
    return {maintainer(), reviewer()};
}

QHash<QString, QString> DemoEnvironment::secrets()
{
    using channels::ChannelSetup;
    return {{u"github/token"_s, maintainer().token},
            {ChannelSetup::secretKey(u"telegram"_s, u"bot-token"_s), telegramToken},
            {ChannelSetup::secretKey(u"x"_s, u"consumer-key"_s), QString::fromUtf8(xCredentials.consumerKey)},
            {ChannelSetup::secretKey(u"x"_s, u"consumer-secret"_s), QString::fromUtf8(xCredentials.consumerSecret)},
            {ChannelSetup::secretKey(u"x"_s, u"access-token"_s), QString::fromUtf8(xCredentials.token)},
            {ChannelSetup::secretKey(u"x"_s, u"access-token-secret"_s), QString::fromUtf8(xCredentials.tokenSecret)},
            {ChannelSetup::secretKey(u"mastodon"_s, u"access-token"_s), mastodonToken},
            {ChannelSetup::secretKey(u"bluesky"_s, u"app-password"_s), blueskyPassword},
            {ChannelSetup::secretKey(u"discord"_s, u"webhook-url"_s),
             u"https://discord.com/api/webhooks/%1/%2"_s.arg(discordWebhookId, discordWebhookToken)}};
}

bool DemoEnvironment::start(const QString &folder)
{
    if (m_running) {
        return fail(tr("The demo is already running in %1.").arg(m_folder));
    }
    QJsonObject layout;
    if (!prepareFolder(folder, &layout) || !listen(layout.value(u"ports"_s).toObject())) {
        return false;
    }
    configureServices();
    if (layout.isEmpty()) {
        if (!createProject() || !seedServices()) {
            return false;
        }
    } else {
        m_candidate = layout.value(u"candidate"_s).toString();
        m_describe = layout.value(u"describe"_s).toString();
        QFile state(path(servicesFile));
        if (!state.exists()) {
            if (!seedServices()) {
                return false;
            }
        } else {
            QString why;
            const QJsonDocument document =
                state.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(state.readAll()) : QJsonDocument();
            if (!DemoState::load(document.object(),
                                 {&m_github, m_issues.get(), m_telegram.get(), m_x.get(), m_mastodon.get(),
                                  m_bluesky.get(), m_discord.get()},
                                 &why)) {
                return fail(tr("%1 cannot be read: %2. Start the demo in a new folder.").arg(state.fileName(), why));
            }
        }
    }
    for (const auto &node : m_nodes) {
        node->version = m_describe;
    }
    const QHash<QString, QString> all = secrets();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        m_secrets.write(it.key(), it.value(), [](const net::Error &) { });
    }
    m_running = true;
    return true;
}

QString DemoEnvironment::error() const
{
    return m_error;
}

bool DemoEnvironment::save()
{
    if (!m_running) {
        return fail(tr("The demo is not running: there is nothing to save."));
    }
    const QJsonObject state = DemoState::save(
        {&m_github, m_issues.get(), m_telegram.get(), m_x.get(), m_mastodon.get(), m_bluesky.get(), m_discord.get()});
    return writeFile(path(servicesFile), QJsonDocument(state).toJson(QJsonDocument::Compact));
}

bool DemoEnvironment::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DemoEnvironment::prepareFolder(const QString &folder, QJsonObject *layout)
{
    if (folder.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"release-assistant-demo-XXXXXX"_s));
        if (!m_temporary->isValid()) {
            return fail(tr("Cannot create a temporary folder for the demo: %1.").arg(m_temporary->errorString()));
        }
        m_folder = m_temporary->path();
        return true;
    }
    m_folder = QDir(folder).absolutePath();
    if (!QDir().mkpath(m_folder)) {
        return fail(tr("Cannot create the demo folder %1. Give a folder you can write to.").arg(m_folder));
    }
    QFile file(path(layoutFile));
    if (!file.exists()) {
        if (!QDir(m_folder).isEmpty()) {
            return fail(
                tr("%1 holds other files, so the demo will not use it. Give a new or empty folder.").arg(m_folder));
        }
        return true;
    }
    *layout = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    if (layout->value(u"format"_s).toInt() != LayoutFormat || layout->value(u"candidate"_s).toString().isEmpty()) {
        return fail(
            tr("%1 was not written by this version of the demo. Give a new or empty folder.").arg(file.fileName()));
    }
    return true;
}

bool DemoEnvironment::listen(const QJsonObject &ports)
{
    const auto port = [&ports](const QString &name) {
        return quint16(ports.value(name).toInt());
    };
    bool listening = m_github.start({port(u"api"_s), port(u"uploads"_s), port(u"blob"_s), port(u"web"_s)});
    for (int i = 0; i < StagingNodes; ++i) {
        m_nodes.push_back(std::make_unique<test::StagingNodeTwin>());
        listening = listening && m_nodes.back()->start(port(stagingName(i)));
    }
    for (const QString &id : channelIds()) {
        m_channelServers.push_back(std::make_unique<test::TestHttpServer>());
        listening = listening && m_channelServers.back()->listen(port(id));
    }
    // The demo runs as long as the app does: its servers keep no log of the requests, as tests' servers do.
    for (test::TestHttpServer *server : {&m_github.api(), &m_github.uploads(), &m_github.blob(), &m_github.web()}) {
        server->setKeepRequests(false);
    }
    for (const auto &node : m_nodes) {
        node->server().setKeepRequests(false);
    }
    for (const auto &server : m_channelServers) {
        server->setKeepRequests(false);
    }
    if (!listening) {
        return fail(ports.isEmpty()
                        ? tr("The demo's services cannot listen on 127.0.0.1. Check that loopback connections are "
                             "allowed on this machine.")
                        : tr("The demo's services cannot listen on their ports again: another command may be using "
                             "the demo in %1, or another program took a port. Wait for it, or start a demo in a new "
                             "folder.")
                              .arg(m_folder));
    }
    return true;
}

bool DemoEnvironment::writeFile(const QString &filePath, const QByteArray &content)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        return fail(tr("Cannot write %1: %2.").arg(filePath, file.errorString()));
    }
    return true;
}

QString DemoEnvironment::path(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

QJsonObject DemoEnvironment::portsJson() const
{
    const test::GitHubTwin::Ports github = m_github.ports();
    QJsonObject ports{
        {u"api"_s, github.api}, {u"uploads"_s, github.uploads}, {u"blob"_s, github.blob}, {u"web"_s, github.web}};
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        ports.insert(stagingName(i), m_nodes.at(i)->server().port());
    }
    const QStringList ids = channelIds();
    for (int i = 0; i < int(ids.size()); ++i) {
        ports.insert(ids.at(i), m_channelServers.at(i)->port());
    }
    return ports;
}

bool DemoEnvironment::isRunning() const
{
    return m_running;
}

bool DemoEnvironment::isKept() const
{
    return !m_folder.isEmpty() && !m_temporary;
}

QString DemoEnvironment::folder() const
{
    return m_folder;
}

QString DemoEnvironment::clonePath() const
{
    return path(QString::fromLatin1(DemoProject::Name));
}

QString DemoEnvironment::remotePath() const
{
    return path(u"remote/%1.git"_s.arg(QLatin1StringView(DemoProject::Name)));
}

QString DemoEnvironment::playbookPath() const
{
    return QDir(clonePath()).filePath(u".release-assistant.playbook"_s);
}

QString DemoEnvironment::journalPath() const
{
    return path(u"journal.sqlite"_s);
}

QString DemoEnvironment::channelsFilePath() const
{
    return path(u"channels.json"_s);
}

QString DemoEnvironment::scoringTablePath() const
{
    return path(u"software_versions.sql"_s);
}

QString DemoEnvironment::homePath() const
{
    return path(u"home"_s);
}

QString DemoEnvironment::repository() const
{
    return u"%1/%2"_s.arg(QLatin1StringView(DemoProject::Owner), QLatin1StringView(DemoProject::Name));
}

QString DemoEnvironment::candidateCommit() const
{
    return m_candidate;
}

QString DemoEnvironment::candidateVersion() const
{
    return m_describe;
}

github::Endpoints DemoEnvironment::githubEndpoints() const
{
    const test::GitHubTwin::Ports ports = m_github.ports();
    github::Endpoints endpoints;
    endpoints.api = loopbackUrl(ports.api);
    endpoints.uploads = loopbackUrl(ports.uploads);
    endpoints.web = loopbackUrl(ports.web);
    return endpoints;
}

QList<QUrl> DemoEnvironment::stagingUrls() const
{
    QList<QUrl> urls;
    for (const auto &node : m_nodes) {
        urls.append(node->url());
    }
    return urls;
}

QHash<QString, QUrl> DemoEnvironment::channelUrls() const
{
    QHash<QString, QUrl> urls;
    const QStringList ids = channelIds();
    for (int i = 0; i < int(ids.size()) && i < int(m_channelServers.size()); ++i) {
        urls.insert(ids.at(i), m_channelServers.at(i)->url());
    }
    return urls;
}

QList<std::pair<QString, QUrl>> DemoEnvironment::services() const
{
    const github::Endpoints endpoints = githubEndpoints();
    QList<std::pair<QString, QUrl>> list{{tr("GitHub API"), endpoints.api},
                                         {tr("GitHub uploads"), endpoints.uploads},
                                         {tr("GitHub web"), endpoints.web}};
    const QList<QUrl> nodes = stagingUrls();
    for (int i = 0; i < int(nodes.size()); ++i) {
        list.append({tr("Staging %1").arg(stagingName(i)), nodes.at(i)});
    }
    const QHash<QString, QUrl> channels = channelUrls();
    for (const QString &id : channelIds()) {
        list.append({tr("Channel %1").arg(id), channels.value(id)});
    }
    return list;
}

secrets::MemorySecretStore &DemoEnvironment::secretStore()
{
    return m_secrets;
}

test::GitHubTwin &DemoEnvironment::github()
{
    return m_github;
}

test::GitHubIssuesTwin &DemoEnvironment::issues()
{
    return *m_issues;
}

test::StagingNodeTwin &DemoEnvironment::stagingNode(int index)
{
    return *m_nodes.at(std::size_t(index));
}

test::TelegramTwin &DemoEnvironment::telegram()
{
    return *m_telegram;
}

test::XTwin &DemoEnvironment::x()
{
    return *m_x;
}

test::MastodonTwin &DemoEnvironment::mastodon()
{
    return *m_mastodon;
}

test::BlueskyTwin &DemoEnvironment::bluesky()
{
    return *m_bluesky;
}

test::DiscordTwin &DemoEnvironment::discord()
{
    return *m_discord;
}

} // namespace ra::sandbox
