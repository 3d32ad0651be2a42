// SPDX-License-Identifier: GPL-3.0-or-later
// DemoSession: while a demo runs, the process reads the demo's settings, hosts and secrets only — never the
// maintainer's token, channel secrets or keychain — and everything is as it was once the demo ends.
#include "sandbox/demoenvironment.h"
#include "sandbox/demosession.h"
#include "secrets/keychainsecretstore.h"

#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::sandbox::DemoEnvironment;
using ra::sandbox::DemoSession;

namespace {

/// What \a store answers for \a key; std::nullopt when it did not answer within 10 s.
std::optional<ra::secrets::SecretValue> readSecret(ra::secrets::SecretStore &store, const QString &key)
{
    std::optional<ra::secrets::SecretValue> answer;
    store.read(key, [&answer](const ra::secrets::SecretValue &value) { answer = value; });
    return QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) ? answer : std::nullopt;
}

} // namespace

class TestDemoSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // What a maintainer's shell may hold; the demo must neither use nor lose it.
        qputenv("GITHUB_TOKEN", "ghp_maintainers-own-token");
        qputenv("RA_SECRET_TELEGRAM_BOT_TOKEN", "maintainers-own-bot-token");
        qunsetenv("RA_SECRET_MASTODON_ACCESS_TOKEN");
        qputenv("RA_CHANNELS_FILE", "/home/maintainer/channels.json");
        QSettings().setValue(u"github/apiUrl"_s, u"https://github.example.com/api/v3"_s);
    }

    void cleanup()
    {
        QSettings().remove(u"github/apiUrl"_s);
    }

    void theCommandLinesSecretsAreTheDemosForItsLifetime()
    {
        DemoEnvironment demo;
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        const QByteArray configHome = qgetenv("XDG_CONFIG_HOME");
        {
            const DemoSession session(demo, DemoSession::Secrets::Environment, u"demo-reviewer"_s);
            QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
            QCOMPARE(qEnvironmentVariable("GITHUB_TOKEN"), DemoEnvironment::reviewer().token);
            QCOMPARE(qEnvironmentVariable("RA_SECRET_TELEGRAM_BOT_TOKEN"),
                     DemoEnvironment::secrets().value(u"channels/telegram/bot-token"_s));
            QCOMPARE(qEnvironmentVariable("RA_SECRET_MASTODON_ACCESS_TOKEN"),
                     DemoEnvironment::secrets().value(u"channels/mastodon/access-token"_s));
            QCOMPARE(qEnvironmentVariable("RA_CHANNELS_FILE"), demo.channelsFilePath());
            QVERIFY(qEnvironmentVariable("XDG_CONFIG_HOME").startsWith(demo.homePath()));
            QVERIFY(qEnvironmentVariable("XDG_DATA_HOME").startsWith(demo.homePath()));
            // The app's settings are the demo's: GitHub is its twin.
            QCOMPARE(QSettings().value(u"github/apiUrl"_s).toString(), demo.githubEndpoints().api.toString());
        }
        QCOMPARE(qgetenv("GITHUB_TOKEN"), "ghp_maintainers-own-token");
        QCOMPARE(qgetenv("RA_SECRET_TELEGRAM_BOT_TOKEN"), "maintainers-own-bot-token");
        QVERIFY(!qEnvironmentVariableIsSet("RA_SECRET_MASTODON_ACCESS_TOKEN"));
        QCOMPARE(qgetenv("RA_CHANNELS_FILE"), "/home/maintainer/channels.json");
        QCOMPARE(qgetenv("XDG_CONFIG_HOME"), configHome);
        QCOMPARE(QSettings().value(u"github/apiUrl"_s).toString(), u"https://github.example.com/api/v3"_s);
    }

    void theAppReadsTheDemosStoreInsteadOfTheKeychain()
    {
        DemoEnvironment demo;
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        ra::secrets::KeychainSecretStore keychain;
        QCOMPARE(keychain.description(), u"system keychain"_s);
        {
            const DemoSession session(demo, DemoSession::Secrets::Store);
            // Nothing of the maintainer's environment is read: the token and channel secrets are the store's.
            QVERIFY(!qEnvironmentVariableIsSet("GITHUB_TOKEN"));
            QVERIFY(!qEnvironmentVariableIsSet("RA_SECRET_TELEGRAM_BOT_TOKEN"));
            QCOMPARE(keychain.description(), demo.secretStore().description());
            const auto token = readSecret(keychain, u"github/token"_s);
            QVERIFY(token && token->found);
            QCOMPARE(token->value, DemoEnvironment::maintainer().token);
            const auto bot = readSecret(keychain, u"channels/telegram/bot-token"_s);
            QVERIFY(bot && bot->found);
            // What the app stores during the demo stays in the demo's memory.
            bool written = false;
            keychain.write(u"channels/x/access-token"_s, u"typed-during-the-demo"_s,
                           [&written](const ra::net::Error &error) { written = !error.isError(); });
            QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
            QVERIFY(demo.secretStore().contains(u"channels/x/access-token"_s));
        }
        QCOMPARE(keychain.description(), u"system keychain"_s);
        QCOMPARE(qgetenv("GITHUB_TOKEN"), "ghp_maintainers-own-token");
    }

    void anUnknownAccountIsNamed()
    {
        DemoEnvironment demo;
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        const DemoSession session(demo, DemoSession::Secrets::Environment, u"octocat"_s);
        QVERIFY(session.error().contains(u"'octocat'"_s));
        QVERIFY(session.error().contains(u"demo-maintainer, demo-reviewer"_s));
        QCOMPARE(qEnvironmentVariable("GITHUB_TOKEN"), DemoEnvironment::maintainer().token);
    }
};

QTEST_GUILESS_MAIN(TestDemoSession)
#include "tst_demosession.moc"
