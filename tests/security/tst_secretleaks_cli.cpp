// SPDX-License-Identifier: GPL-3.0-or-later
// The leak scan (see tst_secretleaks.h): announce with every channel, the scoring table's database password,
// and the tag pushed over HTTP with a token and over SSH with a key's passphrase.
#include "tst_secretleaks.h"

#include "channeltwins.h"
#include "gitdaemon.h"
#include "githttpserver.h"
#include "leakcases.h"
#include "postgresserver.h"
#include "sshserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra::test::leakcases;
using ra::test::CliRun;
using ra::test::HttpRequest;
using ra::test::HttpResponse;
using ra::test::runGit;
namespace canary = ra::test::canary;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

HttpResponse jsonAnswer(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, QJsonDocument(body));
}

/// A reverse proxy's error page that echoes the request line, which carries the token on some networks.
HttpResponse proxyErrorPage(const QString &path)
{
    return HttpResponse::text(
        500,
        u"<html><body><h1>500 Internal Server Error</h1><p>POST %1</p><hr>nginx</body></html>"_s.arg(path).toUtf8(),
        "text/html");
}

/// The canaries each network's protocol puts in the URL or the body itself.
QStringList channelAllowance(const HttpRequest &request)
{
    if (request.path.startsWith(u"/bot"_s)) {
        return {u"telegram-bot-token"_s};
    }
    if (request.path.startsWith(u"/api/webhooks/"_s)) {
        return {u"discord-webhook-token"_s};
    }
    if (request.path == u"/xrpc/com.atproto.server.createSession"_s) {
        return {u"bluesky-app-password"_s};
    }
    return {};
}

} // namespace

void TestSecretLeaks::announceSend()
{
    ra::test::TestHttpServer server;
    QVERIFY(server.listen());
    ra::test::TelegramTwin telegram(server, canary::telegramBotToken);
    ra::test::XTwin x(server, {canary::xConsumerKey.toUtf8(), canary::xConsumerSecret.toUtf8(),
                               canary::xAccessToken.toUtf8(), canary::xAccessTokenSecret.toUtf8()});
    ra::test::MastodonTwin mastodon(server, canary::mastodonToken);
    ra::test::BlueskyTwin bluesky(server, u"aleph.im"_s, canary::blueskyAppPassword);
    ra::test::DiscordTwin discord(server, canary::discordWebhookId, canary::discordWebhookToken);

    // Every channel reaches its twin; the playbook names where each posts.
    const QString base = server.url().toString();
    const auto channel = [&base](const QString &kind, const QJsonObject &settings) {
        return QJsonObject{{u"kind"_s, kind}, {u"id"_s, kind}, {u"baseUrl"_s, base}, {u"settings"_s, settings}};
    };
    const QJsonArray channels{channel(u"telegram"_s, {{u"chat"_s, u"@alephim"_s}}),
                              channel(u"x"_s, {{u"username"_s, u"aleph_im"_s}}), channel(u"mastodon"_s, {}),
                              channel(u"bluesky"_s, {{u"handle"_s, u"aleph.im"_s}}),
                              channel(u"discord"_s, {{u"guildId"_s, u"7"_s}})};
    const QString channelsFile = m_fixture.path(u"work/channels.json"_s);
    QVERIFY(writeFile(channelsFile, QJsonDocument(channels).toJson()));
    QFile preset(u"%1/../../src/core/presets/aleph-vm.playbook"_s.arg(QStringLiteral(RA_TEST_DATA_DIR)));
    QVERIFY2(preset.open(QIODevice::ReadOnly), qPrintable(preset.fileName()));
    const QString playbook = m_fixture.path(u"work/release.playbook"_s);
    QVERIFY(writeFile(playbook, preset.readAll() + "\n[channel mastodon]\nkind = mastodon\n"
                                                   "target = https://mastodon.example/@aleph\n"
                                                   "\n[channel bluesky]\nkind = bluesky\n"
                                                   "target = https://bsky.app/profile/aleph.im\n"
                                                   "\n[channel discord]\nkind = discord\n"
                                                   "target = https://discord.com/channels/7/9001\n"));
    QProcessEnvironment environment = m_fixture.environment();
    environment.insert(u"RA_CHANNELS_FILE"_s, channelsFile);
    environment.insert(
        u"RA_SECRET_DISCORD_WEBHOOK_URL"_s,
        server.url(u"/api/webhooks/%1/%2"_s.arg(canary::discordWebhookId, canary::discordWebhookToken)).toString());
    const auto announce = [&playbook](const QString &sub, const QString &release) {
        return QStringList{u"announce"_s,    sub,
                           u"--release"_s,   release,
                           u"--playbook"_s,  playbook,
                           u"--published"_s, u"2026-12-01"_s,
                           u"--highlight"_s, u"Faster boot"_s};
    };
    const auto run = [this, &environment](const QString &label, const QStringList &arguments) {
        return m_fixture.run(label, arguments, environment);
    };

    QCOMPARE(run(u"announce preview"_s, announce(u"preview"_s, u"1.15.0"_s)).exitCode, 0);
    QCOMPARE(run(u"announce send --dry-run"_s, announce(u"send"_s, u"1.15.0"_s) << u"--dry-run"_s).exitCode, 0);
    QCOMPARE(run(u"announce send --dry-run --json"_s, QStringList{u"--json"_s} + announce(u"send"_s, u"1.15.0"_s)
                                                          << u"--dry-run"_s)
                 .exitCode,
             0);
    QCOMPARE(server.requestCount(), 0);
    const CliRun sent = run(u"announce send --json"_s, QStringList{u"--json"_s} + announce(u"send"_s, u"1.15.0"_s));
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
    QCOMPARE(telegram.messages.size(), 1);
    QCOMPARE(x.badSignatures, 0);
    QVERIFY(!x.tweets.isEmpty());
    QCOMPARE(mastodon.statuses.size(), 1);
    QCOMPARE(bluesky.records.size(), 1);
    QCOMPARE(discord.messages.size(), 1);
    QCOMPARE(run(u"announce send, again"_s, announce(u"send"_s, u"1.15.0"_s)).exitCode, 0);

    // Each network refuses the credentials as it does.
    server.injectFault(
        "POST", u"/{bot}/sendMessage"_s,
        jsonAnswer(401, {{u"ok"_s, false}, {u"error_code"_s, 401}, {u"description"_s, u"Unauthorized"_s}}));
    server.injectFault(
        "POST", u"/2/tweets"_s,
        jsonAnswer(401, {{u"title"_s, u"Unauthorized"_s}, {u"status"_s, 401}, {u"detail"_s, u"Unauthorized"_s}}));
    server.injectFault("POST", u"/api/v1/statuses"_s,
                       jsonAnswer(401, {{u"error"_s, u"The access token is invalid"_s}}));
    server.injectFault("POST", u"/xrpc/com.atproto.server.createSession"_s,
                       jsonAnswer(401, {{u"error"_s, u"AuthenticationRequired"_s},
                                        {u"message"_s, u"Invalid identifier or password"_s}}));
    server.injectFault("POST", u"/api/webhooks/{id}/{token}"_s,
                       jsonAnswer(401, {{u"message"_s, u"Invalid Webhook Token"_s}, {u"code"_s, 50027}}));
    const CliRun refused = run(u"announce send --json, credentials refused"_s,
                               QStringList{u"--json"_s} + announce(u"send"_s, u"1.16.0"_s));
    QCOMPARE(refused.exitCode, 1);

    // A proxy in front of each network fails and echoes the request line: the Telegram and Discord tokens
    // come back in the answer.
    const QString botPath = u"/bot%1/sendMessage"_s.arg(canary::telegramBotToken);
    const QString hookPath =
        u"/api/webhooks/%1/%2?wait=true"_s.arg(canary::discordWebhookId, canary::discordWebhookToken);
    server.injectFault("POST", u"/{bot}/sendMessage"_s, proxyErrorPage(botPath), 20);
    server.injectFault("POST", u"/2/tweets"_s, proxyErrorPage(u"/2/tweets"_s), 20);
    server.injectFault("POST", u"/api/v1/statuses"_s, proxyErrorPage(u"/api/v1/statuses"_s), 20);
    server.injectFault("POST", u"/xrpc/com.atproto.repo.createRecord"_s,
                       proxyErrorPage(u"/xrpc/com.atproto.repo.createRecord"_s), 20);
    server.injectFault("POST", u"/api/webhooks/{id}/{token}"_s, proxyErrorPage(hookPath), 20);
    const CliRun failed =
        run(u"announce send --json, proxy error"_s, QStringList{u"--json"_s} + announce(u"send"_s, u"1.17.0"_s));
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(run(u"announce send, proxy error again"_s, announce(u"send"_s, u"1.17.0"_s)).exitCode, 1);
    QCOMPARE(telegram.messages.size(), 1);

    m_fixture.scanner().scanRequests(u"channel twins"_s, server.requests(), channelAllowance);
    QVERIFY2(noLeaks(1), qPrintable(leakReport()));
}

void TestSecretLeaks::tableApply()
{
    ra::test::PostgresServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY2(refuseWrongPasswords(server, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(passwordRequired(server), 10000);
    const QStringList release{u"--version"_s, u"1.15.0"_s, u"--at"_s, u"2026-12-01T09:00:00Z"_s};
    const auto apply = [&release](const QString &database) {
        return QStringList{u"table"_s, u"apply"_s, u"--database"_s, database} + release;
    };

    // RA_SCORING_DB_PASSWORD is the canary, which the server refuses.
    const CliRun refused = m_fixture.run(u"table apply, password refused"_s, apply(scoringConnection(server)));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"password"_s), qPrintable(refused.err));
    QCOMPARE(m_fixture
                 .run(u"table apply --json, password refused"_s,
                      QStringList{u"--json"_s} + apply(scoringConnection(server)) << u"--yes"_s)
                 .exitCode,
             1);

    // A password written where it must not be is refused without being repeated: on the command line, in a
    // libpq URI, in the playbook (which is published with the repository).
    const QByteArray encoded = QUrl::toPercentEncoding(canary::scoringPassword);
    const QString uri = u"postgresql://scoring:%1@db.example/ccn"_s.arg(QString::fromLatin1(encoded));
    QVERIFY(m_fixture.run(u"table apply, password in a URI"_s, apply(uri)).exitCode != 0);
    QVERIFY(m_fixture
                .run(u"table apply, password in the connection string"_s,
                     apply(u"host=db.example user=scoring password='%1'"_s.arg(canary::scoringPassword)))
                .exitCode != 0);
    QTemporaryDir project;
    const QString playbook = project.filePath(u"project.playbook"_s);
    const QByteArray head = "[project]\nname = aleph-vm\nrepository = aleph-im/aleph-vm\n[pipeline]\nkind = "
                            "attach-artifacts\nbuild-workflow = build.yml\n[scoring]\nkind = postgresql\n";
    for (const QByteArray &database :
         {"host=db.example user=scoring password=" + canary::scoringPassword.toUtf8(), uri.toUtf8()}) {
        QVERIFY(writeFile(playbook, head + "database = " + database + '\n'));
        QCOMPARE(
            m_fixture.run(u"playbook validate, password in the playbook"_s, {u"playbook"_s, u"validate"_s, playbook})
                .exitCode,
            2);
        QCOMPARE(m_fixture
                     .run(u"table apply --json, password in the playbook"_s,
                          QStringList{u"--json"_s, u"table"_s, u"apply"_s, u"--playbook"_s, playbook} + release)
                     .exitCode,
                 2);
    }
    QVERIFY2(
        noOtherLeaks({QRegularExpression(u"^scoring-db-password .* in run \\d+ \\(table apply, password in a URI, exit "
                                         u"\\d+\\) stderr"_s)}),
        qPrintable(leakReport()));
    QVERIFY2(m_knownLeaks.isEmpty(), qPrintable(knownLeakReport()));
}

void TestSecretLeaks::tagPushOverHttp()
{
    ra::test::GitHttpServer refusing;
    QString error;
    QVERIFY2(refusing.start(twinOnlyToken, &error), qPrintable(error));
    QVERIFY(!refusing.createBareRepository(u"aleph-vm.git"_s).isEmpty());
    QTemporaryDir clone;
    QVERIFY2(makeClone(clone.path(), &error), qPrintable(error));
    QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, refusing.url(u"aleph-vm.git"_s)}, clone.path()), 0);
    const auto tag = [&clone](const QString &action, const QString &version) {
        return QStringList{u"tag"_s,       action,  u"--repo"_s,   clone.path(),
                           u"--version"_s, version, u"--preset"_s, u"aleph-vm"_s};
    };

    // RA_GIT_TOKEN is the canary, which the server refuses.
    QCOMPARE(m_fixture.run(u"tag push, token refused"_s, tag(u"push"_s, u"1.15.0"_s)).exitCode, 1);
    QVERIFY(refusing.refusedRequests() > 0);
    QCOMPARE(m_fixture.run(u"tag push --json, token refused"_s, QStringList{u"--json"_s} + tag(u"push"_s, u"1.15.0"_s))
                 .exitCode,
             1);
    m_fixture.scanner().scanTree(clone.path());

    // The remote's address carries a token, as CI checkouts write it.
    QCOMPARE(runGit({u"remote"_s, u"set-url"_s, u"origin"_s,
                     withToken(refusing.url(u"aleph-vm.git"_s), canary::githubToken)},
                    clone.path()),
             0);
    QCOMPARE(m_fixture.run(u"tag plan, token in the remote"_s, tag(u"plan"_s, u"1.15.0"_s)).exitCode, 0);
    QCOMPARE(
        m_fixture.run(u"tag plan --json, token in the remote"_s, QStringList{u"--json"_s} + tag(u"plan"_s, u"1.15.0"_s))
            .exitCode,
        0);
    QCOMPARE(m_fixture.run(u"tag push, token in the remote"_s, tag(u"push"_s, u"1.15.0"_s)).exitCode, 1);

    // The right token pushes, and the push is journaled.
    ra::test::GitHttpServer accepting;
    QVERIFY2(accepting.start(canary::gitToken, &error), qPrintable(error));
    QVERIFY(!accepting.createBareRepository(u"aleph-vm.git"_s).isEmpty());
    QCOMPARE(runGit({u"remote"_s, u"set-url"_s, u"origin"_s, accepting.url(u"aleph-vm.git"_s)}, clone.path()), 0);
    const CliRun pushed =
        m_fixture.run(u"tag push --json, token accepted"_s, QStringList{u"--json"_s} + tag(u"push"_s, u"1.15.0"_s));
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
    QCOMPARE(runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/1.15.0"_s},
                    accepting.repositoryPath(u"aleph-vm.git"_s)),
             0);
    QVERIFY2(noOtherLeaks({QRegularExpression(u"^github-token .* in run \\d+ \\(tag [^,]+, token in the remote, exit "
                                              u"\\d+\\) stderr"_s)},
                          1),
             qPrintable(leakReport()));
    QVERIFY2(m_knownLeaks.isEmpty(), qPrintable(knownLeakReport()));
}

void TestSecretLeaks::tagPushOverSsh()
{
    ra::test::SshServer ssh;
    QString error;
    QVERIFY2(ssh.start(&error), qPrintable(error));
    const QString locked = ssh.createKey(u"locked_ed25519"_s, canary::sshPassphrase);
    const QString other = ssh.createKey(u"other_ed25519"_s, u"another key's passphrase"_s);
    QVERIFY(!locked.isEmpty() && !other.isEmpty());
    QVERIFY(ssh.authorizeKey(locked));
    QVERIFY(ssh.authorizeKey(other));
    // The server is a known host of this home, as it would be of the maintainer's.
    QProcess keyscan;
    keyscan.start(u"ssh-keyscan"_s, {u"-p"_s, QString::number(ssh.port()), u"127.0.0.1"_s});
    QVERIFY(keyscan.waitForFinished(30000));
    const QByteArray hostKeys = keyscan.readAllStandardOutput();
    QVERIFY2(!hostKeys.isEmpty(), keyscan.readAllStandardError().constData());
    QVERIFY(QDir(m_fixture.home()).mkpath(u".ssh"_s));
    QVERIFY(writeFile(m_fixture.path(u".ssh/known_hosts"_s), hostKeys));

    QTemporaryDir remote;
    const QString bare = remote.filePath(u"aleph-vm.git"_s);
    QCOMPARE(runGit({u"init"_s, u"--quiet"_s, u"--bare"_s, bare}, remote.path()), 0);
    QTemporaryDir clone;
    QVERIFY2(makeClone(clone.path(), &error), qPrintable(error));
    QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, ssh.url(bare)}, clone.path()), 0);
    const auto push = [&clone](const QString &version, const QString &key) {
        return QStringList{u"tag"_s, u"push"_s,     u"--repo"_s,   clone.path(),   u"--version"_s,
                           version,  u"--preset"_s, u"aleph-vm"_s, u"--ssh-key"_s, key};
    };

    // RA_SSH_PASSPHRASE is the canary: it opens the locked key, not the other one.
    const CliRun pushed = m_fixture.run(u"tag push over SSH"_s, push(u"1.15.0"_s, locked));
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err + ssh.log()));
    const CliRun refused = m_fixture.run(u"tag push --json over SSH, wrong passphrase"_s,
                                         QStringList{u"--json"_s} + push(u"1.15.1"_s, other));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(noLeaks(1), qPrintable(leakReport()));
}
