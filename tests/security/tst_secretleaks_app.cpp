// SPDX-License-Identifier: GPL-3.0-or-later
// The leak scan (see tst_secretleaks.h): the app's controllers that handle secrets, in this process with the
// in-memory secret store. What they show (every property, every role of every row) is scanned with the rest.
#include "tst_secretleaks.h"

#include "app/channelsecretsmodel.h"
#include "app/githubaccountcontroller.h"
#include "app/scoringdatabase.h"
#include "app/scoringeditor.h"
#include "channels/channelsetup.h"
#include "githubtwin.h"
#include "leakcases.h"
#include "postgresserver.h"
#include "secrets/memorysecretstore.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ra::test::leakcases;
namespace canary = ra::test::canary;

namespace {

bool settle(ra::GitHubAccountController &controller)
{
    QSignalSpy finished(&controller, &ra::GitHubAccountController::finished);
    return finished.wait(10000) && !controller.busy();
}

} // namespace

void TestSecretLeaks::gitHubAccount()
{
    ra::test::GitHubTwin github;
    QVERIFY(github.start());
    github.state().token = canary::githubToken;
    ra::secrets::MemorySecretStore store;
    ra::GitHubAccountController controller;
    ra::github::Endpoints endpoints;
    endpoints.api = github.api().url();
    endpoints.web = github.web().url();
    controller.setEndpoints(endpoints);
    controller.setSecretStore(&store);
    controller.setRepository(u"aleph-im/aleph-vm"_s);
    ra::test::LeakScanner &scanner = m_fixture.scanner();

    // A pasted token GitHub refuses (the git token is not a GitHub API token here) is not kept.
    controller.saveToken(canary::gitToken);
    QVERIFY(settle(controller));
    QVERIFY2(!controller.signedIn() && controller.message().contains(u"not kept"_s), qPrintable(controller.message()));
    scanner.scanObject(u"GitHubAccountController after a refused token"_s, controller);

    controller.saveToken(u"  "_s + canary::githubToken + u"\n"_s);
    QVERIFY(settle(controller));
    QVERIFY2(controller.signedIn(), qPrintable(controller.message()));
    QVERIFY(store.contains(u"github/token"_s));
    scanner.scanObject(u"GitHubAccountController after a kept token"_s, controller);
    controller.refresh();
    QVERIFY(settle(controller));
    QVERIFY(controller.signedIn());

    // The token from the environment, then GitHub refusing it.
    controller.signOut();
    QVERIFY(settle(controller));
    qputenv("GITHUB_TOKEN", canary::githubToken.toUtf8());
    const auto unset = qScopeGuard([] { qunsetenv("GITHUB_TOKEN"); });
    controller.refresh();
    QVERIFY(settle(controller));
    QVERIFY2(controller.signedIn() && controller.tokenSource().contains(u"GITHUB_TOKEN"_s),
             qPrintable(controller.message()));
    github.state().token = twinOnlyToken;
    controller.refresh();
    QVERIFY(settle(controller));
    QVERIFY2(!controller.signedIn(), qPrintable(controller.message()));
    scanner.scanObject(u"GitHubAccountController after the environment's token was refused"_s, controller);

    // The device flow's token.
    github.state().token = canary::deviceToken;
    github.state().deviceToken = canary::deviceToken;
    github.state().deviceInterval = 1;
    github.state().devicePollScript = {u"authorization_pending"_s};
    controller.setClientId(u"Iv1.twinclient"_s);
    controller.startDeviceFlow();
    QTRY_VERIFY_WITH_TIMEOUT(controller.signedIn(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), 5000);
    scanner.scanObject(u"GitHubAccountController after the device flow"_s, controller);
    controller.signOut();
    QVERIFY(settle(controller));
    QVERIFY(!store.contains(u"github/token"_s));

    scanGitHub(github);
    QVERIFY2(noLeaks(), qPrintable(leakReport()));
}

void TestSecretLeaks::channelSecrets()
{
    using ra::ChannelSecretsModel;
    const QHash<QString, QString> secrets{
        {u"telegram/bot-token"_s, canary::telegramBotToken},
        {u"x/consumer-key"_s, canary::xConsumerKey},
        {u"x/consumer-secret"_s, canary::xConsumerSecret},
        {u"x/access-token"_s, canary::xAccessToken},
        {u"x/access-token-secret"_s, canary::xAccessTokenSecret},
        {u"mastodon/access-token"_s, canary::mastodonToken},
        {u"bluesky/app-password"_s, canary::blueskyAppPassword},
        {u"discord/webhook-url"_s,
         u"https://discord.com/api/webhooks/%1/%2"_s.arg(canary::discordWebhookId, canary::discordWebhookToken)},
    };
    ra::secrets::MemorySecretStore store;
    ChannelSecretsModel model;
    model.setStore(&store);
    QList<ra::channels::ChannelConfig> configs;
    for (const QString &kind : {u"telegram"_s, u"x"_s, u"mastodon"_s, u"bluesky"_s, u"discord"_s}) {
        configs.append(ra::channels::ChannelConfig{kind, kind, {}, {}, {}});
    }
    model.setChannels(configs);
    QCOMPARE(model.rowCount(), int(secrets.size()));
    const auto role = [&model](int row, int which) {
        return model.data(model.index(row), which).toString();
    };
    const auto secretOf = [&](int row) {
        return secrets.value(role(row, ChannelSecretsModel::ChannelIdRole) + u'/' +
                             role(row, ChannelSecretsModel::SecretNameRole));
    };
    const auto everyRow = [&](const std::function<void(int)> &action, const QString &status) {
        for (int row = 0; row < model.rowCount(); ++row) {
            action(row);
            if (!QTest::qWaitFor([&] { return role(row, ChannelSecretsModel::StatusRole) == status; }, 5000)) {
                return false;
            }
        }
        return true;
    };

    QVERIFY(everyRow([&](int row) { model.save(row, secretOf(row)); }, u"saved"_s));
    QVERIFY(everyRow([&](int row) { model.check(row); }, u"stored"_s));
    QVERIFY(store.contains(ra::channels::ChannelSetup::secretKey(u"discord"_s, u"webhook-url"_s)));
    m_fixture.scanner().scanModel(u"ChannelSecretsModel after saving"_s, model);
    m_fixture.scanner().scanObject(u"ChannelSecretsModel"_s, model);

    // The keychain fails: what the rows say then must not carry the value either.
    store.setUnavailable(true);
    QVERIFY(everyRow([&](int row) { model.save(row, secretOf(row)); }, u"failed"_s));
    m_fixture.scanner().scanModel(u"ChannelSecretsModel, keychain unavailable"_s, model);
    store.setUnavailable(false);
    QVERIFY(everyRow([&](int row) { model.forget(row); }, u"removed"_s));
    m_fixture.scanner().scanModel(u"ChannelSecretsModel after forgetting"_s, model);
    QVERIFY2(noLeaks(), qPrintable(leakReport()));
}

void TestSecretLeaks::scoringEditor()
{
    ra::test::PostgresServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY2(refuseWrongPasswords(server, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(passwordRequired(server), 10000);

    ra::secrets::MemorySecretStore store;
    ra::ScoringEditor editor;
    editor.setSecretStore(&store);
    editor.setScheduleDirectory(m_fixture.path(u"data/schedule"_s));
    editor.setConnectionString(scoringConnection(server));
    // The password a maintainer types into step 3, which the server refuses.
    editor.storePassword(canary::scoringPassword);
    QTRY_VERIFY_WITH_TIMEOUT(store.contains(QString::fromLatin1(ra::ScoringDatabase::kPasswordKey)), 5000);
    editor.connectDatabase();
    QVERIFY2(editor.busy(), qPrintable(editor.error()));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.busy(), 30000);
    QVERIFY(editor.source() != ra::ScoringEditor::Database);
    QVERIFY2(editor.error().contains(u"password"_s), qPrintable(editor.error()));
    m_fixture.scanner().scanObject(u"ScoringEditor after the password was refused"_s, editor);
    QVERIFY2(noLeaks(), qPrintable(leakReport()));
}
