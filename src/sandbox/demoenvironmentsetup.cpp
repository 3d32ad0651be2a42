// SPDX-License-Identifier: GPL-3.0-or-later
// The making of a demo: its services' accounts and routes, its git repositories, playbook, scoring table and
// channels file, and what its GitHub holds at the start (two published releases, CI runs with packages).
#include "sandbox/demoenvironment.h"

#include "git/describe.h"
#include "git/repository.h"
#include "sandbox/demoenvironment_p.h"
#include "sandbox/demopackages.h"
#include "sandbox/demoproject.h"
#include "scoring/tableformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ra::sandbox {

using namespace demo;

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

} // namespace ra::sandbox
