// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-flight checks against the GitHub twin, staging-node twins, a real PostgreSQL and a secret store: a
// ready project is green on every line, and each missing piece (a token without push rights, a node that is
// down or silent, a channel secret, the keychain, the scoring database) is named with what to do.
#include "channels/channelregistry.h"
#include "channels/channelsetup.h"
#include "release/preflight.h"
#include "secrets/memorysecretstore.h"

#include "freeport.h"
#include "githubtwin.h"
#include "postgresserver.h"
#include "stagingnodetwin.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::release::Preflight;
using ra::release::PreflightCheck;
using State = ra::release::PreflightCheck::State;
using Fix = ra::release::PreflightCheck::Fix;

namespace {

const QString FineGrainedToken = u"github_pat_11PREFLIGHT00000000000_abcdefghijklmnop"_s;

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ra::test::GitHubTwin m_github;
    ra::test::StagingNodeTwin m_node;
    std::unique_ptr<ra::secrets::MemorySecretStore> m_store;

    /// The aleph-vm preset with its staging node at \a stagingUrl and its scoring section's kind \a scoringKind.
    [[nodiscard]] std::optional<ra::release::Project> project(const QString &stagingUrl,
                                                              const QString &scoringKind = u"postgresql"_s)
    {
        QFile preset(u":/ra/presets/aleph-vm.playbook"_s);
        if (!preset.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        QString text = QString::fromUtf8(preset.readAll());
        text.replace(u"url = http://ovh.staging.aleph.sh:4020"_s, u"url = "_s + stagingUrl);
        text.replace(u"kind = postgresql"_s, u"kind = "_s + scoringKind);
        QFile playbook(m_dir.filePath(u"preflight.playbook"_s));
        if (!playbook.open(QIODevice::WriteOnly | QIODevice::Truncate) || playbook.write(text.toUtf8()) < 0) {
            return std::nullopt;
        }
        playbook.close();
        ra::release::ProjectError error;
        auto opened = ra::release::Project::fromPlaybook(playbook.fileName(), {}, &error);
        if (!opened) {
            qWarning() << error.message << error.hint;
        }
        return opened;
    }

    [[nodiscard]] Preflight::Options options(ra::secrets::SecretStore *store)
    {
        Preflight::Options options;
        options.endpoints.api = m_github.api().url();
        options.store = store;
        options.timeout = std::chrono::seconds(15);
        return options;
    }

    /// Runs \a preflight to its end.
    [[nodiscard]] static bool runToEnd(Preflight &preflight)
    {
        QSignalSpy finished(&preflight, &Preflight::finished);
        preflight.run();
        return finished.size() == 1 || finished.wait(30000);
    }

    [[nodiscard]] static PreflightCheck check(const Preflight &preflight, const QString &id)
    {
        for (const PreflightCheck &one : preflight.checks()) {
            if (one.id == id) {
                return one;
            }
        }
        return {u"missing"_s, {}, State::Checking, u"no check with id "_s + id, Fix::None};
    }

    /// Stores every secret the playbook's channels need, so that only what a test removes is missing.
    void storeChannelSecrets()
    {
        const auto &registry = ra::channels::ChannelRegistry::builtin();
        for (const QString &id : {u"telegram"_s, u"x"_s}) {
            for (const QString &name : registry.find(id)->credentialNames) {
                m_store->write(ra::channels::ChannelSetup::secretKey(id, name), u"secret-"_s + name,
                               [](const ra::net::Error &) { });
            }
        }
    }

    [[nodiscard]] static QString describe(const Preflight &preflight)
    {
        QStringList lines;
        for (const PreflightCheck &one : preflight.checks()) {
            lines.append(u"%1 %2: %3"_s.arg(PreflightCheck::stateName(one.state), one.id, one.detail));
        }
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No channels file of the tests' home may redirect the playbook's channels.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_github.start());
        QVERIFY(m_node.start());
    }

    void init()
    {
        m_store = std::make_unique<ra::secrets::MemorySecretStore>();
        m_github.state().token = FineGrainedToken;
        m_github.state().canPush = true;
        m_github.state().oauthScopes.clear();
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("RA_SCORING_DB_PASSWORD");
    }

    void aReadyProjectIsGreenOnEveryLine()
    {
        ra::test::PostgresServer postgres;
        QString error;
        QVERIFY2(postgres.start(&error), qPrintable(error));
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        m_store->write(u"github/token"_s, FineGrainedToken, [](const ra::net::Error &) { });
        storeChannelSecrets();
        Preflight::Options with = options(m_store.get());
        with.scoringConnection = postgres.connectionString();
        Preflight preflight(*ready, with);
        QVERIFY(runToEnd(preflight));

        const QString all = describe(preflight);
        QVERIFY2(preflight.allOk(), qPrintable(all));
        QCOMPARE(check(preflight, u"keychain"_s).state, State::Ok);
        QVERIFY2(check(preflight, u"github-token"_s).detail.contains(u"octo-releaser"_s), qPrintable(all));
        QVERIFY2(check(preflight, u"github-rights"_s).detail.contains(u"may push to aleph-im/aleph-vm"_s),
                 qPrintable(all));
        QVERIFY2(check(preflight, u"staging:ovh"_s).detail.contains(m_node.version), qPrintable(all));
        QCOMPARE(check(preflight, u"scoring-database"_s).state, State::Ok);
        QCOMPARE(check(preflight, u"channel:telegram"_s).state, State::Ok);
        QCOMPARE(check(preflight, u"channel:x"_s).state, State::Ok);
        // Nothing secret in what the maintainer reads.
        QVERIFY(!all.contains(FineGrainedToken));
        QVERIFY(!all.contains(u"secret-"_s));
    }

    void aTokenWithoutPushRightsSaysSo()
    {
        m_github.state().canPush = false;
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        m_store->write(u"github/token"_s, FineGrainedToken, [](const ra::net::Error &) { });
        Preflight preflight(*ready, options(m_store.get()));
        QVERIFY(runToEnd(preflight));
        const PreflightCheck rights = check(preflight, u"github-rights"_s);
        QCOMPARE(rights.state, State::Failed);
        QVERIFY2(rights.detail.contains(u"octo-releaser may not push to aleph-im/aleph-vm"_s),
                 qPrintable(rights.detail));
        QCOMPARE(rights.fix, Fix::SignInToGitHub);
        QCOMPARE(check(preflight, u"github-token"_s).state, State::Ok);
        QVERIFY(!preflight.allOk());
    }

    void aClassicTokenWithoutTheRepoScopeSaysSo()
    {
        m_github.state().token = u"ghp_classic000000000000000000000000000000"_s;
        m_github.state().oauthScopes = u"read:org, gist"_s;
        qputenv("GITHUB_TOKEN", "ghp_classic000000000000000000000000000000");
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        Preflight preflight(*ready, options(nullptr));
        QVERIFY(runToEnd(preflight));
        const PreflightCheck token = check(preflight, u"github-token"_s);
        QCOMPARE(token.state, State::Failed);
        QVERIFY2(token.detail.contains(u"repo scope"_s) && token.detail.contains(u"read:org, gist"_s),
                 qPrintable(token.detail));
        QCOMPARE(token.fix, Fix::SignInToGitHub);
    }

    void aRefusedOrMissingTokenSendsToTheSignIn()
    {
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        {
            Preflight preflight(*ready, options(m_store.get()));
            QVERIFY(runToEnd(preflight));
            const PreflightCheck token = check(preflight, u"github-token"_s);
            QCOMPARE(token.state, State::Failed);
            QVERIFY2(token.detail.contains(u"No GitHub token"_s), qPrintable(token.detail));
            QCOMPARE(token.fix, Fix::SignInToGitHub);
            QCOMPARE(check(preflight, u"github-rights"_s).state, State::Skipped);
        }
        m_store->write(u"github/token"_s, u"github_pat_11REVOKED"_s, [](const ra::net::Error &) { });
        Preflight preflight(*ready, options(m_store.get()));
        QVERIFY(runToEnd(preflight));
        const PreflightCheck token = check(preflight, u"github-token"_s);
        QCOMPARE(token.state, State::Failed);
        QVERIFY2(token.detail.startsWith(u"GitHub refused the token from the "_s), qPrintable(token.detail));
        QVERIFY(!token.detail.contains(u"github_pat_11REVOKED"_s));
        QCOMPARE(token.fix, Fix::SignInToGitHub);
    }

    void anUnavailableKeychainFallsBackToTheEnvironment()
    {
        m_store->setUnavailable(true);
        qputenv("GITHUB_TOKEN", FineGrainedToken.toUtf8());
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        Preflight preflight(*ready, options(m_store.get()));
        QVERIFY(runToEnd(preflight));
        const PreflightCheck keychain = check(preflight, u"keychain"_s);
        QCOMPARE(keychain.state, State::Failed);
        QVERIFY2(keychain.detail.contains(u"Secret Service"_s), qPrintable(keychain.detail));
        const PreflightCheck token = check(preflight, u"github-token"_s);
        QCOMPARE(token.state, State::Ok);
        QVERIFY2(token.detail.contains(u"GITHUB_TOKEN"_s), qPrintable(token.detail));
    }

    void theCommandLineSkipsTheKeychain()
    {
        qputenv("GITHUB_TOKEN", FineGrainedToken.toUtf8());
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        Preflight preflight(*ready, options(nullptr));
        QVERIFY(runToEnd(preflight));
        QCOMPARE(check(preflight, u"keychain"_s).state, State::Skipped);
        QCOMPARE(check(preflight, u"github-rights"_s).state, State::Ok);
    }

    void aDownNodeSaysSo()
    {
        const QString down = u"http://127.0.0.1:%1"_s.arg(ra::test::freeLoopbackPort());
        const auto ready = project(down);
        QVERIFY(ready);
        Preflight preflight(*ready, options(m_store.get()));
        QVERIFY(runToEnd(preflight));
        const PreflightCheck node = check(preflight, u"staging:ovh"_s);
        QCOMPARE(node.state, State::Failed);
        QVERIFY2(node.detail.startsWith(down + u" cannot be reached"_s), qPrintable(node.detail));
        QCOMPARE(node.title, u"Staging node ovh"_s);
    }

    void aSilentNodeIsReportedAtTheDeadline()
    {
        m_node.server().injectFault("GET", u"/status/config"_s,
                                    ra::test::HttpResponse::failing(ra::test::HttpFault::Stall));
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        Preflight::Options shortly = options(m_store.get());
        shortly.timeout = std::chrono::milliseconds(1500);
        Preflight preflight(*ready, shortly);
        QVERIFY(runToEnd(preflight));
        const PreflightCheck node = check(preflight, u"staging:ovh"_s);
        QCOMPARE(node.state, State::Failed);
        QVERIFY2(node.detail.startsWith(u"No answer within 2 second"_s), qPrintable(node.detail));
        QVERIFY(!preflight.isRunning());
    }

    void anUnwellNodeIsAWarning()
    {
        m_node.server().injectFault("GET", u"/status/config"_s, ra::test::HttpResponse::text(503, "starting"), 1);
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        Preflight preflight(*ready, options(m_store.get()));
        QVERIFY(runToEnd(preflight));
        const PreflightCheck node = check(preflight, u"staging:ovh"_s);
        QCOMPARE(node.state, State::Warning);
        QVERIFY2(node.detail.contains(u"HTTP 503"_s), qPrintable(node.detail));
    }

    void aMissingChannelSecretSaysWhich()
    {
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        storeChannelSecrets();
        const QStringList xSecrets = ra::channels::ChannelRegistry::builtin().find(u"x"_s)->credentialNames;
        QVERIFY(!xSecrets.isEmpty());
        m_store->remove(ra::channels::ChannelSetup::secretKey(u"x"_s, xSecrets.constLast()),
                        [](const ra::net::Error &) { });
        Preflight preflight(*ready, options(m_store.get()));
        QVERIFY(runToEnd(preflight));
        QCOMPARE(check(preflight, u"channel:telegram"_s).state, State::Ok);
        QCOMPARE(check(preflight, u"channel:telegram"_s).title, u"Telegram"_s);
        const PreflightCheck x = check(preflight, u"channel:x"_s);
        QCOMPARE(x.state, State::Failed);
        const QString variable = ra::channels::ChannelSetup::secretEnvironmentVariable(u"x"_s, xSecrets.constLast());
        QCOMPARE(x.detail, u"Missing %1: store it in Settings, or set %2."_s.arg(xSecrets.constLast(), variable));
        QCOMPARE(x.fix, Fix::OpenSettings);
    }

    void theScoringDatabaseIsCheckedOnlyWhereThePlaybookWritesToOne()
    {
        const auto live = project(m_node.url().toString());
        QVERIFY(live);
        {
            // The preset names no connection string: step 3 is where it is given.
            Preflight preflight(*live, options(m_store.get()));
            QVERIFY(runToEnd(preflight));
            const PreflightCheck database = check(preflight, u"scoring-database"_s);
            QCOMPARE(database.state, State::Warning);
            QCOMPARE(database.fix, Fix::OpenScoringStep);
        }
        {
            Preflight::Options unreachable = options(m_store.get());
            unreachable.scoringConnection =
                u"host=127.0.0.1 port=%1 user=scoring dbname=ccn connect_timeout=3"_s.arg(ra::test::freeLoopbackPort());
            Preflight preflight(*live, unreachable);
            QVERIFY(runToEnd(preflight));
            const PreflightCheck database = check(preflight, u"scoring-database"_s);
            QCOMPARE(database.state, State::Failed);
            QVERIFY2(database.detail.startsWith(u"Cannot be reached (host=127.0.0.1"_s), qPrintable(database.detail));
            QCOMPARE(database.fix, Fix::OpenScoringStep);
        }
        const auto file = project(m_node.url().toString(), u"sql-file"_s);
        QVERIFY(file);
        Preflight preflight(*file, options(m_store.get()));
        QVERIFY(runToEnd(preflight));
        QCOMPARE(check(preflight, u"scoring-database"_s).state, State::Skipped);
    }

    void aSecondRunReplacesTheFirst()
    {
        m_store->write(u"github/token"_s, FineGrainedToken, [](const ra::net::Error &) { });
        const auto ready = project(m_node.url().toString());
        QVERIFY(ready);
        Preflight preflight(*ready, options(m_store.get()));
        QSignalSpy finished(&preflight, &Preflight::finished);
        preflight.run();
        const qsizetype lines = preflight.checks().size();
        preflight.run();
        QCOMPARE(preflight.checks().size(), lines);
        QVERIFY(finished.wait(30000));
        // The first run's answers were dropped: the second run alone finished.
        QCOMPARE(finished.size(), 1);
        QVERIFY(!preflight.isRunning());
        QCOMPARE(check(preflight, u"github-rights"_s).state, State::Ok);
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
