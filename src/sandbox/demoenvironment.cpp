// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demoenvironment.h"

#include "channels/channelsetup.h"
#include "git/describe.h"
#include "git/repository.h"
#include "sandbox/demopackages.h"
#include "sandbox/demoproject.h"
#include "sandbox/demostate.h"
#include "scoring/tableformat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ra::sandbox {

namespace {

constexpr int LayoutFormat = 1;
constexpr int StagingNodes = 2;

const QString layoutFile = u"demo.json"_s;
const QString servicesFile = u"services.json"_s;

// The channels' secrets. They are the demo's own, fixed so that a kept demo taken up by another process
// accepts the same ones, and they never open anything but these local twins.
const QString telegramToken = u"100200300:demo-telegram-bot-token"_s;
const channels::oauth1::Credentials xCredentials{"demo-x-consumer-key", "demo-x-consumer-secret", "demo-x-access-token",
                                                 "demo-x-access-token-secret"};
const QString mastodonToken = u"demo-mastodon-access-token"_s;
const QString blueskyHandle = u"sample-project.bsky.social"_s;
const QString blueskyPassword = u"demo-blue-skya-ppwd"_s;
const QString discordWebhookId = u"1100"_s;
const QString discordWebhookToken = u"demo-discord-webhook-token"_s;

QStringList channelIds()
{
    return {u"telegram"_s, u"x"_s, u"mastodon"_s, u"bluesky"_s, u"discord"_s};
}

QString stagingName(int index)
{
    return u"node-%1"_s.arg(index + 1);
}

QUrl loopbackUrl(quint16 port)
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

/// The Debian version of release \a tag ("v1.2.0" → "1.2.0").
QString debianVersion(const QString &tag)
{
    return tag.startsWith(u'v') ? tag.mid(1) : tag;
}

} // namespace

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

void DemoEnvironment::configureServices()
{
    test::GitHubTwinState &state = m_github.state();
    state.owner = QString::fromLatin1(DemoProject::Owner);
    state.repo = QString::fromLatin1(DemoProject::Name);
    state.token = maintainer().token;
    state.login = maintainer().login;
    state.otherAccounts.insert(reviewer().token, reviewer().login);
    m_issues = std::make_unique<test::GitHubIssuesTwin>(m_github);
    // GitHub's generated notes, from the sample project's own pull requests.
    m_github.api().route(
        "POST", u"/repos/{owner}/{repo}/releases/generate-notes"_s, [this](const test::HttpRequest &request) {
            if (!m_github.authorized(request)) {
                return test::HttpResponse::json(401, QJsonDocument(QJsonObject{{u"message"_s, u"Bad credentials"_s}}));
            }
            const QJsonObject body = request.json().object();
            const QString tag = body.value(u"tag_name"_s).toString();
            const QString previous =
                body.value(u"previous_tag_name"_s).toString(DemoProject::publishedTags().constLast());
            return test::HttpResponse::json(
                200,
                QJsonDocument(QJsonObject{{u"name"_s, tag}, {u"body"_s, DemoProject::generatedNotes(tag, previous)}}));
        });

    m_telegram = std::make_unique<test::TelegramTwin>(*m_channelServers.at(0), telegramToken);
    m_telegram->chat = u"@sample_project"_s;
    m_x = std::make_unique<test::XTwin>(*m_channelServers.at(1), xCredentials);
    m_x->username = u"sample_project"_s;
    m_mastodon = std::make_unique<test::MastodonTwin>(*m_channelServers.at(2), mastodonToken);
    m_mastodon->account = u"sample_project"_s;
    m_bluesky = std::make_unique<test::BlueskyTwin>(*m_channelServers.at(3), blueskyHandle, blueskyPassword);
    m_discord = std::make_unique<test::DiscordTwin>(*m_channelServers.at(4), discordWebhookId, discordWebhookToken);
}

bool DemoEnvironment::createProject()
{
    QString why;
    m_candidate = DemoRepository::create(remotePath(), clonePath(),
                                         DemoProject::history(DemoProject::playbook(stagingUrls())), &why);
    if (m_candidate.isEmpty()) {
        return fail(tr("Cannot create the demo's git repositories: %1.").arg(why));
    }
    const auto repository = git::Repository::open(clonePath());
    const auto describe =
        repository ? git::describeCommit(*repository, m_candidate) : git::Result<QString>(repository.error());
    if (!describe) {
        return fail(tr("Cannot describe the demo's candidate commit: %1.").arg(describe.error().message()));
    }
    m_describe = *describe;

    const auto releasedOn = [](int month, int day) {
        return QDateTime(QDate(2026, month, day), QTime(15, 0), QTimeZone::UTC);
    };
    const QString software = QString::fromLatin1(DemoProject::Name);
    const QList<scoring::SoftwareVersion> rows{
        {software, u"v1.1.0"_s, releasedOn(8, 10), std::nullopt, false},
        {software, u"v1.0.0"_s, releasedOn(5, 11), releasedOn(8, 10), false},
    };
    if (!scoring::saveTableFile(scoringTablePath(), rows, &why)) {
        return fail(tr("Cannot write the demo's scoring table: %1.").arg(why));
    }

    QJsonArray channels;
    const QHash<QString, QUrl> urls = channelUrls();
    for (const QString &id : channelIds()) {
        channels.append(QJsonObject{{u"id"_s, id}, {u"baseUrl"_s, urls.value(id).toString()}});
    }
    const QJsonObject layout{{u"format"_s, LayoutFormat},
                             {u"ports"_s, portsJson()},
                             {u"candidate"_s, m_candidate},
                             {u"describe"_s, m_describe}};
    return writeFile(channelsFilePath(), QJsonDocument(channels).toJson()) &&
           writeFile(path(layoutFile), QJsonDocument(layout).toJson());
}

bool DemoEnvironment::seedServices()
{
    QString why;
    const auto deb = [&why](const QString &asset, const QString &tag) {
        return buildDemoDeb(
            {QString::fromLatin1(DemoProject::Name), debianVersion(tag), DemoProject::distributionOf(asset)}, &why);
    };
    QString previous;
    for (const QString &tag : DemoProject::publishedTags()) {
        const qint64 id = m_github.addRelease(tag, false);
        test::GitHubTwinState::Release *release = m_github.state().release(id);
        release->body = DemoProject::generatedNotes(tag, previous);
        for (const QString &asset : DemoProject::assetNames()) {
            const QByteArray package = deb(asset, tag);
            if (package.isEmpty()) {
                return fail(tr("Cannot build the demo's packages: %1.").arg(why));
            }
            m_github.addAsset(id, asset, package);
        }
        previous = tag;
    }
    const QStringList workflows = DemoProject::workflows();
    const qint64 build =
        m_github.addRun(u".github/workflows/"_s + workflows.at(0), u"Build packages"_s, m_candidate, u"success"_s);
    m_github.addRun(u".github/workflows/"_s + workflows.at(1), u"Tests"_s, m_candidate, u"success"_s);
    for (const QString &asset : DemoProject::assetNames()) {
        const QByteArray zip = zipArtifact(asset, deb(asset, QString::fromLatin1(DemoProject::ReleaseTag)), &why);
        if (zip.isEmpty()) {
            return fail(tr("Cannot build the demo's CI artifacts: %1.").arg(why));
        }
        m_github.addArtifact(build, asset, zip);
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
