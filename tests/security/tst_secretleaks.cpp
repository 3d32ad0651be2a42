// SPDX-License-Identifier: GPL-3.0-or-later
// The leak scan (see tst_secretleaks.h): the scan's own check, and the commands that talk to GitHub.
#include "tst_secretleaks.h"

#include "debbuilder.h"
#include "gitdaemon.h"
#include "githubissuestwin.h"
#include "githubtwin.h"
#include "journal/journal.h"
#include "leakcases.h"
#include "stagingnodetwin.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ra::test::leakcases;
using ra::test::CliRun;
using ra::test::HttpResponse;
namespace canary = ra::test::canary;

bool TestSecretLeaks::noLeaks(int minimumJournals)
{
    return noOtherLeaks({}, minimumJournals);
}

bool TestSecretLeaks::noOtherLeaks(const QList<QRegularExpression> &known, int minimumJournals)
{
    m_leaks = m_fixture.leaks(minimumJournals);
    m_knownLeaks.clear();
    for (const QRegularExpression &pattern : known) {
        const QStringList matching = m_leaks.filter(pattern);
        m_knownLeaks += matching;
        m_leaks.removeIf([&matching](const QString &leak) { return matching.contains(leak); });
    }
    return m_leaks.isEmpty();
}

QString TestSecretLeaks::leakReport() const
{
    return ra::test::SecretLeakFixture::report(m_leaks);
}

QString TestSecretLeaks::knownLeakReport() const
{
    return ra::test::SecretLeakFixture::report(m_knownLeaks);
}

void TestSecretLeaks::scanGitHub(ra::test::GitHubTwin &github)
{
    ra::test::LeakScanner &scanner = m_fixture.scanner();
    scanner.scanRequests(u"GitHub API"_s, github.api().requests());
    scanner.scanRequests(u"GitHub uploads"_s, github.uploads().requests());
    scanner.scanRequests(u"GitHub blob storage"_s, github.blob().requests());
    scanner.scanRequests(u"GitHub web"_s, github.web().requests());
    scanner.scanBytes(u"request headers sent to the blob storage"_s, headersOf(github.blob()));
}

void TestSecretLeaks::initTestCase()
{
    // The app's network log at its most talkative, as a user sending a bug report turns it on.
    QLoggingCategory::setFilterRules(u"ra.*=true"_s);
    m_fixture.captureLogs();
}

void TestSecretLeaks::init()
{
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    m_leaks.clear();
}

void TestSecretLeaks::cleanup()
{
    m_fixture.tearDown();
}

void TestSecretLeaks::theScanFindsEveryFormOfEveryCanary()
{
    const QList<ra::test::Needle> needles = ra::test::needlesOf(ra::test::canaries());
    // Every canary at least raw and at its three base64 alignments.
    QVERIFY(needles.size() >= 4 * ra::test::canaries().size());
    for (const ra::test::Needle &needle : needles) {
        ra::test::LeakScanner scanner;
        scanner.scanBytes(u"sample"_s, "before " + needle.bytes + " after");
        QVERIFY2(!scanner.hitsOf(needle.canary).filter(u"(%1) in sample"_s.arg(needle.form)).isEmpty(),
                 qPrintable(needle.canary + u": "_s + needle.form));
    }

    // The shapes leaks take: a Basic header, a query, a form body, a journal entry, a log line, a property.
    ra::test::LeakScanner &scanner = m_fixture.scanner();
    scanner.scanBytes(u"header"_s,
                      "Authorization: Basic " + ("x-access-token:" + canary::gitToken.toUtf8()).toBase64());
    QUrl url(u"https://api.example/send"_s);
    url.setQuery(QUrlQuery{{u"access_token"_s, canary::telegramBotToken}});
    scanner.scanText(u"url"_s, url.toString(QUrl::FullyEncoded));
    scanner.scanBytes(u"form"_s, "password=" + QUrl::toPercentEncoding(canary::scoringPassword).replace("%20", "+"));
    QString error;
    const auto journal = ra::Journal::open(m_fixture.path(u"data/planted/journal.sqlite"_s), &error);
    QVERIFY2(journal, qPrintable(error));
    QVERIFY(journal->createRelease(u"1.15.0"_s, {}, &error));
    const qint64 effect = journal->beginEffect(u"1.15.0"_s, u"announce"_s, u"post-mastodon"_s, u"mastodon"_s,
                                               QJsonObject{{u"token"_s, canary::mastodonToken}}, &error);
    QVERIFY2(effect > 0, qPrintable(error));
    QVERIFY(journal->finishEffect(effect, ra::EffectOutcome::Failed, {}, u"refused: "_s + canary::xConsumerSecret));
    // Off by default like the app's own categories: the scan sees what "ra.*=true" turns on.
    const QLoggingCategory category("ra.leakscan", QtWarningMsg);
    qCDebug(category, "GET /bot%s/getMe", qPrintable(canary::telegramBotToken));
    QObject shown;
    shown.setObjectName(canary::blueskyAppPassword);
    scanner.scanObject(u"object"_s, shown);

    const QStringList leaks = m_fixture.leaks(1);
    const auto found = [&leaks](const QString &canary, const QString &where) {
        return !leaks.filter(canary + u" ("_s).filter(where).isEmpty();
    };
    QVERIFY2(found(u"git-token"_s, u"in header"_s), qPrintable(leaks.join(u'\n')));
    QVERIFY2(found(u"telegram-bot-token"_s, u"in url"_s), qPrintable(leaks.join(u'\n')));
    QVERIFY2(found(u"scoring-db-password"_s, u"in form"_s), qPrintable(leaks.join(u'\n')));
    QVERIFY2(found(u"mastodon-token"_s, u", intent"_s), qPrintable(leaks.join(u'\n')));
    QVERIFY2(found(u"x-consumer-secret"_s, u", error"_s), qPrintable(leaks.join(u'\n')));
    QVERIFY2(found(u"x-consumer-secret"_s, u"file "_s + m_fixture.path(u"data/planted/journal.sqlite"_s)),
             qPrintable(leaks.join(u'\n')));
    QVERIFY2(found(u"telegram-bot-token"_s, u"log message"_s), qPrintable(leaks.join(u'\n')));
    QVERIFY2(found(u"bluesky-app-password"_s, u"object.objectName"_s), qPrintable(leaks.join(u'\n')));
}

void TestSecretLeaks::stagingCheck()
{
    ra::test::GitHubTwin github;
    ra::test::StagingNodeTwin node;
    QVERIFY(github.start());
    QVERIFY(node.start());
    github.state().token = canary::githubToken;
    const qint64 run = github.addRun(u".github/workflows/"_s + buildWorkflow, u"Build"_s, commit, u"success"_s);
    github.addArtifact(run, debName, QByteArray(4096, 'd'));
    node.version = u"1.14.0-3-g6da21a3a"_s;
    const QStringList check{u"staging"_s,
                            u"check"_s,
                            u"--preset"_s,
                            u"aleph-vm"_s,
                            u"--commit"_s,
                            commit,
                            u"--expected-version"_s,
                            node.version,
                            u"--api-url"_s,
                            github.api().url().toString(),
                            u"--server"_s,
                            node.url().toString(),
                            u"--workflow"_s,
                            buildWorkflow,
                            u"--build-workflow"_s,
                            buildWorkflow,
                            u"--artifact"_s,
                            debName};

    const CliRun passed = m_fixture.run(u"staging check"_s, check);
    QVERIFY2(passed.exitCode == 0, qPrintable(passed.err));
    // The network log is on, so its lines are scanned too.
    QVERIFY2(passed.err.contains(u"ra.net debug: "_s), qPrintable(passed.err));
    QCOMPARE(m_fixture.run(u"staging check --json"_s, QStringList{u"--json"_s} + check).exitCode, 0);
    QCOMPARE(m_fixture.run(u"staging check --dry-run"_s, check + QStringList{u"--dry-run"_s}).exitCode, 0);
    QCOMPARE(
        m_fixture.run(u"staging check --dry-run --json"_s, QStringList{u"--json"_s} + check << u"--dry-run"_s).exitCode,
        0);
    const CliRun signedOff = m_fixture.run(u"staging check --release"_s,
                                           check + QStringList{u"--release"_s, u"1.15.0"_s, u"--signer"_s, u"me"_s});
    QVERIFY2(signedOff.exitCode == 0, qPrintable(signedOff.err));
    QVERIFY(carried(github.api(), canary::githubToken));

    github.state().token = twinOnlyToken;
    const CliRun refused = m_fixture.run(u"staging check, token refused"_s, check);
    QCOMPARE(refused.exitCode, 1);
    const CliRun refusedJson =
        m_fixture.run(u"staging check --json, token refused"_s, QStringList{u"--json"_s} + check);
    QCOMPARE(refusedJson.exitCode, 1);

    scanGitHub(github);
    m_fixture.scanner().scanRequests(u"staging node"_s, node.server().requests());
    m_fixture.scanner().scanBytes(u"request headers sent to the staging node"_s, headersOf(node.server()));
    QVERIFY2(noLeaks(1), qPrintable(leakReport()));
}

void TestSecretLeaks::packagesAttach()
{
    QTemporaryDir build;
    QVERIFY(build.isValid());
    QString error;
    const QString deb = ra::test::buildDeb(build.path(), debName, ra::test::DebSpec(), &error);
    QVERIFY2(!deb.isEmpty(), qPrintable(error));
    const QString zipPath = build.filePath(debName + u".zip"_s);
    QVERIFY(ra::test::writeArtifactZip(zipPath, {deb}));
    QFile zip(zipPath);
    QVERIFY(zip.open(QIODevice::ReadOnly));

    ra::test::GitHubTwin github;
    QVERIFY(github.start());
    github.state().token = canary::githubToken;
    github.addRelease(u"1.15.0"_s, true);
    github.addRelease(u"1.15.1"_s, true);
    const qint64 run = github.addRun(u".github/workflows/"_s + buildWorkflow, u"Build"_s, commit, u"success"_s);
    github.addArtifact(run, debName, zip.readAll());
    const auto attach = [&github](const QString &tag) {
        return QStringList{u"packages"_s,      u"attach"_s,
                           u"--release"_s,     tag,
                           u"--repo"_s,        u"aleph-im/aleph-vm"_s,
                           u"--api-url"_s,     github.api().url().toString(),
                           u"--uploads-url"_s, github.uploads().url().toString(),
                           u"--commit"_s,      commit,
                           u"--asset"_s,       debName};
    };

    QCOMPARE(m_fixture.run(u"packages attach --dry-run"_s, attach(u"1.15.0"_s) << u"--dry-run"_s).exitCode, 0);
    QCOMPARE(m_fixture
                 .run(u"packages attach --dry-run --json"_s, QStringList{u"--json"_s} + attach(u"1.15.0"_s)
                                                                 << u"--dry-run"_s)
                 .exitCode,
             0);
    const CliRun attached = m_fixture.run(u"packages attach --json"_s, QStringList{u"--json"_s} + attach(u"1.15.0"_s));
    QVERIFY2(attached.exitCode == 0, qPrintable(attached.err + attached.out));
    QCOMPARE(github.state().releaseByTag(u"1.15.0"_s)->assets.size(), 1);
    QCOMPARE(m_fixture.run(u"packages attach, again"_s, attach(u"1.15.0"_s)).exitCode, 0);
    QVERIFY(carried(github.api(), canary::githubToken));

    github.state().token = twinOnlyToken;
    QCOMPARE(m_fixture.run(u"packages attach, token refused"_s, attach(u"1.15.1"_s)).exitCode, 1);
    QCOMPARE(m_fixture.run(u"packages attach --json, token refused"_s, QStringList{u"--json"_s} + attach(u"1.15.1"_s))
                 .exitCode,
             1);

    scanGitHub(github);
    QVERIFY2(noLeaks(1), qPrintable(leakReport()));
}

void TestSecretLeaks::notesGenerateAndTagPlan()
{
    // Both read the clone only. Its remote carries a token, as CI checkouts write it: the notes (published
    // with the release) and the plan must not pick it up with the repository's address.
    QTemporaryDir clone;
    QString error;
    QVERIFY2(makeClone(clone.path(), &error), qPrintable(error));
    QCOMPARE(ra::test::runGit({u"remote"_s, u"add"_s, u"origin"_s,
                               withToken(u"https://github.com/aleph-im/aleph-vm.git"_s, canary::githubToken)},
                              clone.path()),
             0);
    const QStringList generate{u"notes"_s, u"generate"_s, u"--repo"_s, clone.path(), u"--tag"_s, u"1.15.0"_s};
    const CliRun notes = m_fixture.run(u"notes generate"_s, generate);
    QVERIFY2(notes.exitCode == 0, qPrintable(notes.err));
    QVERIFY2(notes.out.contains(u"IPv6"_s), qPrintable(notes.out));
    QCOMPARE(m_fixture.run(u"notes generate --json"_s, QStringList{u"--json"_s} + generate).exitCode, 0);
    QCOMPARE(m_fixture.run(u"notes generate --from"_s, generate + QStringList{u"--from"_s, u"1.14.0"_s}).exitCode, 0);

    const QStringList plan{u"tag"_s, u"plan"_s, u"--repo"_s, clone.path(), u"--version"_s, u"1.15.0"_s};
    const CliRun planned = m_fixture.run(u"tag plan"_s, plan);
    QVERIFY2(planned.exitCode == 0, qPrintable(planned.err));
    QCOMPARE(m_fixture.run(u"tag plan --json"_s, QStringList{u"--json"_s} + plan).exitCode, 0);
    QVERIFY2(noLeaks(), qPrintable(leakReport()));
}

void TestSecretLeaks::reviewStatusApprovePublish()
{
    ra::test::GitHubTwin github;
    QVERIFY(github.start());
    ra::test::GitHubIssuesTwin issues(github);
    github.state().token = canary::githubToken;
    github.state().login = u"alice"_s;
    github.addRelease(u"1.16.0"_s, false);
    const qint64 draft = github.addRelease(u"1.15.0"_s, true);
    github.state().release(draft)->body = u"# 1.15.0\n\n- Fixed the cache (#701)\n"_s;
    const auto review = [&github](const QString &sub) {
        return QStringList{
            u"review"_s,   sub,          u"--release"_s, u"1.15.0"_s, u"--api-url"_s, github.api().url().toString(),
            u"--preset"_s, u"aleph-vm"_s};
    };

    QCOMPARE(m_fixture.run(u"review status"_s, review(u"status"_s)).exitCode, 0);
    QCOMPARE(m_fixture.run(u"review status --json"_s, QStringList{u"--json"_s} + review(u"status"_s)).exitCode, 0);
    const CliRun approved = m_fixture.run(u"review approve --json"_s, QStringList{u"--json"_s} + review(u"approve"_s));
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QCOMPARE(issues.state().commentsPosted, 1);
    QCOMPARE(m_fixture.run(u"review approve, again"_s, review(u"approve"_s)).exitCode, 0);
    QCOMPARE(m_fixture.run(u"review publish --dry-run"_s, review(u"publish"_s) << u"--dry-run"_s).exitCode, 0);
    QCOMPARE(m_fixture
                 .run(u"review publish --dry-run --json"_s, QStringList{u"--json"_s} + review(u"publish"_s)
                                                                << u"--dry-run"_s)
                 .exitCode,
             0);
    const CliRun published = m_fixture.run(u"review publish --json"_s, QStringList{u"--json"_s} + review(u"publish"_s));
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));
    QVERIFY(!github.state().release(draft)->draft);
    QVERIFY(carried(github.api(), canary::githubToken));

    github.state().token = twinOnlyToken;
    QCOMPARE(m_fixture.run(u"review status, token refused"_s, review(u"status"_s)).exitCode, 1);
    QCOMPARE(m_fixture.run(u"review approve --json, token refused"_s, QStringList{u"--json"_s} + review(u"approve"_s))
                 .exitCode,
             1);
    github.state().token = canary::githubToken;
    github.api().injectFault("GET", u"/repos/{owner}/{repo}/releases"_s,
                             HttpResponse::json(500, QJsonDocument(QJsonObject{{u"message"_s, u"Server Error"_s}})),
                             100);
    QCOMPARE(m_fixture.run(u"review status, server error"_s, review(u"status"_s)).exitCode, 1);
    QCOMPARE(m_fixture.run(u"review publish --json, server error"_s, QStringList{u"--json"_s} + review(u"publish"_s))
                 .exitCode,
             1);

    scanGitHub(github);
    QVERIFY2(noLeaks(1), qPrintable(leakReport()));
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
