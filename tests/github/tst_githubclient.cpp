// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "github/githubclient.h"
#include "githubtwin.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra::github;
using ra::net::ErrorKind;
using ra::test::GitHubTwin;
using ra::test::HttpFault;
using ra::test::HttpResponse;

namespace {

/// Runs an asynchronous client operation to completion.
template<class T, class Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    start([&result](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
        Result<T> timeout;
        timeout.error = {ErrorKind::Timeout, 0, u"test timed out"_s, {}, {}, {}};
        return timeout;
    }
    return *result;
}

} // namespace

class TestGitHubClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GitHubTwin> m_twin;
    std::unique_ptr<GitHubClient> m_client;
    std::shared_ptr<ra::test::FakeClock> m_clock;
    RepositoryRef m_repo{u"aleph-im"_s, u"aleph-vm"_s};
    const QString m_token = u"github_pat_11TWINTOKEN0000000000_abcdefghijklmnop"_s;

private Q_SLOTS:
    void init()
    {
        m_twin = std::make_unique<GitHubTwin>();
        QVERIFY(m_twin->start());
        m_twin->state().token = m_token;
        Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        endpoints.uploads = m_twin->uploads().url();
        endpoints.web = m_twin->web().url();
        m_client = std::make_unique<GitHubClient>(endpoints);
        m_client->setToken(m_token);
        m_clock = std::make_shared<ra::test::FakeClock>();
        m_client->http().setClock(m_clock);
    }
    void cleanup()
    {
        m_client.reset();
        m_twin.reset();
    }

    void parsesRepositoryRefs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"aleph-im/aleph-vm"_s << u"aleph-im/aleph-vm"_s;
        QTest::newRow("url") << u"https://github.com/aleph-im/aleph-vm.git"_s << u"aleph-im/aleph-vm"_s;
        QTest::newRow("ssh") << u"git@github.com:aleph-im/aleph-vm.git"_s << u"aleph-im/aleph-vm"_s;
        QTest::newRow("bad") << u"aleph-vm"_s << QString();
        QTest::newRow("dots") << u"a/.."_s << QString();
    }
    void parsesRepositoryRefs()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto ref = RepositoryRef::parse(text);
        QCOMPARE(ref ? ref->toString() : QString(), expected);
    }

    void sendsGitHubHeaders()
    {
        const auto user = await<AccountInfo>([&](auto cb) { m_client->currentUser(cb); });
        QVERIFY2(user.ok(), qPrintable(user.error.toString()));
        QCOMPARE(user.value.login, u"octo-releaser"_s);
        QCOMPARE(user.value.tokenKind, AccountInfo::TokenKind::FineGrained);
        QVERIFY(!user.value.scopesKnown);
        const auto request = m_twin->api().requests().constLast();
        QCOMPARE(request.header("accept"), QByteArray("application/vnd.github+json"));
        QCOMPARE(request.header("x-github-api-version"), QByteArray("2022-11-28"));
        QVERIFY(!request.header("user-agent").isEmpty());
        QCOMPARE(request.header("authorization"), "Bearer " + m_token.toUtf8());
    }

    void classicTokenScopes()
    {
        m_twin->state().oauthScopes = u"repo, workflow"_s;
        const auto user = await<AccountInfo>([&](auto cb) { m_client->currentUser(cb); });
        QVERIFY(user.value.scopesKnown);
        QCOMPARE(user.value.scopes, (QStringList{u"repo"_s, u"workflow"_s}));
    }

    void badTokenIsExplained()
    {
        m_client->setToken(u"ghp_wrongwrongwrongwrongwrong"_s);
        const auto user = await<AccountInfo>([&](auto cb) { m_client->currentUser(cb); });
        QCOMPARE(user.error.kind, ErrorKind::Authentication);
        QVERIFY(user.error.message.contains(u"Bad credentials"_s));
        QVERIFY(user.error.hint.contains(u"GITHUB_TOKEN"_s));
    }

    void repositoryPermissionsAndImmutability()
    {
        m_twin->state().canPush = false;
        const auto repo = await<RepositoryInfo>([&](auto cb) { m_client->repository(m_repo, cb); });
        QVERIFY(repo.ok());
        QVERIFY(repo.value.permissionsKnown);
        QVERIFY(!repo.value.canPush);
        QVERIFY(repo.value.canPull);
        auto immutable = await<bool>([&](auto cb) { m_client->immutableReleasesEnabled(m_repo, cb); });
        QVERIFY(immutable.ok());
        QVERIFY(!immutable.value);
        m_twin->state().immutableReleases = true;
        immutable = await<bool>([&](auto cb) { m_client->immutableReleasesEnabled(m_repo, cb); });
        QVERIFY(immutable.value);
    }

    void createDraftThenDuplicateIs422()
    {
        ReleaseFields fields;
        fields.tagName = u"1.15.0"_s;
        fields.targetCommitish = u"6da21a3a"_s;
        fields.draft = true;
        fields.makeLatest = u"false"_s;
        const auto created = await<Release>([&](auto cb) { m_client->createRelease(m_repo, fields, cb); });
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QVERIFY(created.value.draft);
        QVERIFY(created.value.uploadUrl.toString().endsWith(u"/assets"_s));
        QCOMPARE(m_twin->api().requests().constLast().json().object().value(u"make_latest"_s).toString(), u"false"_s);
        const auto again = await<Release>([&](auto cb) { m_client->createRelease(m_repo, fields, cb); });
        QCOMPARE(again.error.kind, ErrorKind::Validation);
        QCOMPARE(again.error.codes, QStringList{u"already_exists"_s});
        QCOMPARE(m_twin->state().releases.size(), 1);
    }

    void draftsAreFoundByListingOnly()
    {
        for (int i = 0; i < 6; ++i) {
            m_twin->addRelease(u"1.%1.0"_s.arg(i), false);
        }
        m_twin->addRelease(u"2.0.0"_s, true);
        m_twin->state().pageSize = 2;
        const auto byTag = await<Release>([&](auto cb) { m_client->publishedReleaseByTag(m_repo, u"2.0.0"_s, cb); });
        QCOMPARE(byTag.error.kind, ErrorKind::NotFound);
        const auto all = await<QList<Release>>([&](auto cb) { m_client->listReleases(m_repo, cb); });
        QCOMPARE(all.value.size(), 7);
        const auto found =
            await<std::optional<Release>>([&](auto cb) { m_client->findReleaseByTag(m_repo, u"2.0.0"_s, cb); });
        QVERIFY(found.ok());
        QVERIFY(found.value.has_value());
        QVERIFY(found.value->draft);
        const auto missing =
            await<std::optional<Release>>([&](auto cb) { m_client->findReleaseByTag(m_repo, u"9.9.9"_s, cb); });
        QVERIFY(missing.ok());
        QVERIFY(!missing.value.has_value());
    }

    void aDraftWinsOverAPublishedReleaseOfItsTag()
    {
        // Listed newest first, the published release comes before the draft being prepared for the same tag.
        const qint64 draft = m_twin->addRelease(u"2.0.0"_s, true);
        m_twin->addRelease(u"2.0.0"_s, false);
        const auto found =
            await<std::optional<Release>>([&](auto cb) { m_client->findReleaseByTag(m_repo, u"2.0.0"_s, cb); });
        QVERIFY(found.value.has_value());
        QCOMPARE(found.value->id, draft);
    }

    void publishUpdateAndDelete()
    {
        const qint64 id = m_twin->addRelease(u"1.15.0"_s, true);
        ReleaseFields fields;
        fields.body = u"Notes"_s;
        fields.prerelease = true;
        auto updated = await<Release>([&](auto cb) { m_client->updateRelease(m_repo, id, fields, cb); });
        QCOMPARE(updated.value.body, u"Notes"_s);
        QVERIFY(updated.value.prerelease);
        const auto published = await<Release>([&](auto cb) { m_client->publishRelease(m_repo, id, cb); });
        QVERIFY(!published.value.draft);
        const auto byTag = await<Release>([&](auto cb) { m_client->publishedReleaseByTag(m_repo, u"1.15.0"_s, cb); });
        QCOMPARE(byTag.value.id, id);
        const auto deleted = await<bool>([&](auto cb) { m_client->deleteRelease(m_repo, id, cb); });
        QVERIFY(deleted.value);
        QVERIFY(m_twin->state().releases.isEmpty());
    }

    void assetLifecycle()
    {
        const qint64 id = m_twin->addRelease(u"1.15.0"_s, true);
        const auto release =
            await<std::optional<Release>>([&](auto cb) { m_client->findReleaseByTag(m_repo, u"1.15.0"_s, cb); });
        QVERIFY(release.value);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pkg.deb"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content(200000, 'd');
        file.write(content);
        file.close();
        const QString name = u"aleph-vm.debian-12+build1.deb"_s; // "+" must survive the query string
        QPointer<ra::net::Call> call;
        std::optional<Result<Asset>> uploaded;
        call = m_client->uploadAsset(*release.value, path, name, u"Debian 12"_s,
                                     u"application/vnd.debian.binary-package"_s,
                                     [&](const Result<Asset> &r) { uploaded = r; });
        QSignalSpy progress(call.data(), &ra::net::Call::uploadProgress);
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.has_value(), 10000);
        QVERIFY2(uploaded->ok(), qPrintable(uploaded->error.toString()));
        QCOMPARE(uploaded->value.name, name);
        QCOMPARE(uploaded->value.size, content.size());
        QCOMPARE(uploaded->value.sha256(),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(m_twin->uploads().requests().constFirst().header("content-type"),
                 QByteArray("application/vnd.debian.binary-package"));

        const auto duplicate =
            await<Asset>([&](auto cb) { m_client->uploadAsset(*release.value, path, name, {}, {}, cb); });
        QCOMPARE(duplicate.error.codes, QStringList{u"already_exists"_s});
        QVERIFY2(duplicate.error.message.contains(u"already holds an asset named %1"_s.arg(name)),
                 qPrintable(duplicate.error.message));
        QVERIFY2(duplicate.error.hint.contains(u"delete the one that holds the name"_s),
                 qPrintable(duplicate.error.hint));

        const auto renamed = await<Asset>(
            [&](auto cb) { m_client->updateAsset(m_repo, uploaded->value.id, u"aleph-vm.debian-12.deb"_s, {}, cb); });
        QCOMPARE(renamed.value.name, u"aleph-vm.debian-12.deb"_s);
        const auto listed = await<QList<Asset>>([&](auto cb) { m_client->listAssets(m_repo, id, cb); });
        QCOMPARE(listed.value.size(), 1);

        const QString downloaded = dir.filePath(u"back.deb"_s);
        const auto bytes =
            await<qint64>([&](auto cb) { m_client->downloadAsset(m_repo, uploaded->value.id, downloaded, cb); });
        QVERIFY2(bytes.ok(), qPrintable(bytes.error.toString()));
        QCOMPARE(bytes.value, content.size());
        QVERIFY(m_twin->blob().requests().constFirst().header("authorization").isEmpty());

        const auto deleted = await<bool>([&](auto cb) { m_client->deleteAsset(m_repo, uploaded->value.id, cb); });
        QVERIFY(deleted.value);
        QVERIFY(m_twin->state().release(id)->assets.isEmpty());
    }

    void runsByShaAndWorkflow()
    {
        m_twin->state().pageSize = 1;
        m_twin->addRun(u".github/workflows/build-deb-package-and-integration-tests.yml"_s, u"Build Packages"_s,
                       u"abc123"_s, u"success"_s);
        m_twin->addRun(u".github/workflows/test-using-pytest.yml"_s, u"Tests"_s, u"abc123"_s, u"failure"_s);
        m_twin->addRun(u".github/workflows/test-using-pytest.yml"_s, u"Tests"_s, u"zzz999"_s, u"success"_s);
        RunFilter filter;
        filter.headSha = u"abc123"_s;
        const auto runs = await<QList<WorkflowRun>>([&](auto cb) { m_client->listWorkflowRuns(m_repo, filter, cb); });
        QVERIFY2(runs.ok(), qPrintable(runs.error.toString()));
        QCOMPARE(runs.value.size(), 2);
        filter.workflow = u"test-using-pytest.yml"_s;
        const auto one = await<QList<WorkflowRun>>([&](auto cb) { m_client->listWorkflowRuns(m_repo, filter, cb); });
        QCOMPARE(one.value.size(), 1);
        QCOMPARE(one.value.constFirst().conclusion, u"failure"_s);
        QCOMPARE(one.value.constFirst().workflowFile(), u"test-using-pytest.yml"_s);
    }

    void artifactDownloadFollowsRedirectWithoutToken()
    {
        const qint64 run = m_twin->addRun(u".github/workflows/build.yml"_s, u"Build"_s, u"abc"_s, u"success"_s);
        const QByteArray zip = QByteArray("PK\x03\x04 fake zip ").repeated(500);
        m_twin->addArtifact(run, u"aleph-vm.debian-12.deb"_s, zip);
        const auto artifacts = await<QList<Artifact>>([&](auto cb) { m_client->listRunArtifacts(m_repo, run, cb); });
        QCOMPARE(artifacts.value.size(), 1);
        QCOMPARE(artifacts.value.constFirst().sizeInBytes, zip.size());
        QVERIFY(artifacts.value.constFirst().expiresAt.isValid());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.zip"_s);
        const auto bytes = await<qint64>(
            [&](auto cb) { m_client->downloadArtifact(m_repo, artifacts.value.constFirst().id, path, cb); });
        QVERIFY2(bytes.ok(), qPrintable(bytes.error.toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), zip);
        QCOMPARE(m_twin->blob().requestCount("GET"), 1);
    }

    void artifactDownloadRefusesPortalPage()
    {
        const qint64 run = m_twin->addRun(u".github/workflows/build.yml"_s, u"Build"_s, u"abc"_s, u"success"_s);
        const qint64 artifact = m_twin->addArtifact(run, u"aleph-vm.debian-12.deb"_s, "PK\x03\x04 zip");
        m_twin->blob().injectFault(
            "GET", u"/blob/{key}"_s,
            HttpResponse::text(200, "<html><body>Sign in to the Wi-Fi</body></html>", "text/html; charset=utf-8"), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.zip"_s);
        const auto bytes = await<qint64>([&](auto cb) { m_client->downloadArtifact(m_repo, artifact, path, cb); });
        QCOMPARE(bytes.error.kind, ErrorKind::Unreadable);
        QVERIFY2(bytes.error.message.contains(u"artifact storage"_s), qPrintable(bytes.error.message));
        QVERIFY(bytes.error.message.contains(u"proxy or a captive portal"_s));
        QVERIFY(!bytes.error.hint.isEmpty());
        QVERIFY2(!QFile::exists(path), "the portal's page was left as the artifact zip");
    }

    void artifactDownloadRefusesFileThatIsNotZip()
    {
        const qint64 run = m_twin->addRun(u".github/workflows/build.yml"_s, u"Build"_s, u"abc"_s, u"success"_s);
        const qint64 artifact = m_twin->addArtifact(run, u"aleph-vm.debian-12.deb"_s, "not a zip at all");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.zip"_s);
        const auto bytes = await<qint64>([&](auto cb) { m_client->downloadArtifact(m_repo, artifact, path, cb); });
        QCOMPARE(bytes.error.kind, ErrorKind::Unreadable);
        QVERIFY(bytes.error.message.contains(u"not a zip"_s));
        QVERIFY(!QFile::exists(path));
    }

    void expiredArtifactIsExplained()
    {
        const qint64 run = m_twin->addRun(u".github/workflows/build.yml"_s, u"Build"_s, u"abc"_s, u"success"_s);
        const qint64 artifact = m_twin->addArtifact(run, u"old.deb"_s, "x", true);
        QTemporaryDir dir;
        const auto bytes =
            await<qint64>([&](auto cb) { m_client->downloadArtifact(m_repo, artifact, dir.filePath(u"a.zip"_s), cb); });
        QCOMPARE(bytes.error.kind, ErrorKind::Gone);
        QVERIFY(bytes.error.message.contains(u"expired"_s));
        QVERIFY(bytes.error.hint.contains(u"Re-run"_s));
        QCOMPARE(m_twin->blob().requestCount(), 0);
    }

    void generateNotesAndIssues()
    {
        const auto notes = await<GeneratedNotes>(
            [&](auto cb) { m_client->generateNotes(m_repo, u"1.15.0"_s, u"main"_s, u"1.14.0"_s, cb); });
        QVERIFY(notes.value.body.contains(u"1.14.0...1.15.0"_s));
        QCOMPARE(m_twin->api().requests().constLast().json().object().value(u"previous_tag_name"_s).toString(),
                 u"1.14.0"_s);
        const auto issue = await<IssueItem>(
            [&](auto cb) { m_client->createIssue(m_repo, u"Release 1.15.0"_s, u"Checklist"_s, {u"release"_s}, cb); });
        QVERIFY(issue.value.number > 0);
        const auto comment =
            await<IssueItem>([&](auto cb) { m_client->createComment(m_repo, issue.value.number, u"Done"_s, cb); });
        QVERIFY(comment.value.id > 0);
        const auto edited =
            await<IssueItem>([&](auto cb) { m_client->updateComment(m_repo, comment.value.id, u"Done!"_s, cb); });
        QCOMPARE(edited.value.body, u"Done!"_s);
        const auto tooLong =
            await<IssueItem>([&](auto cb) { m_client->createComment(m_repo, 1, QString(70000, u'x'), cb); });
        QVERIFY(tooLong.error.message.contains(u"body is too long"_s));
    }

    void rateLimitsAndServerErrorsAreRetried()
    {
        m_twin->api().injectFault("GET", u"/repos/{o}/{r}/releases"_s, GitHubTwin::secondaryRateLimit(30), 1);
        m_twin->api().injectFault("GET", u"/repos/{o}/{r}/releases"_s, HttpResponse::text(502, "bad gateway"), 1);
        m_twin->api().injectFault("GET", u"/repos/{o}/{r}/releases"_s,
                                  HttpResponse::failing(HttpFault::ResetConnection), 1);
        m_twin->addRelease(u"1.0.0"_s, false);
        const auto all = await<QList<Release>>([&](auto cb) { m_client->listReleases(m_repo, cb); });
        QVERIFY2(all.ok(), qPrintable(all.error.toString()));
        QCOMPARE(all.value.size(), 1);
        QVERIFY(m_clock->waits.contains(std::chrono::milliseconds(30000)));
    }

    void exhaustedPrimaryLimitFails()
    {
        const qint64 reset = m_clock->current.toSecsSinceEpoch() + 1800;
        m_twin->api().injectFault("GET", u"/user"_s, GitHubTwin::primaryRateLimit(403, reset), 1);
        const auto user = await<AccountInfo>([&](auto cb) { m_client->currentUser(cb); });
        QCOMPARE(user.error.kind, ErrorKind::RateLimited);
        QVERIFY(user.error.hint.contains(u"00:30:00"_s));
    }

    void unreadableAnswersAreErrors_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("shown");
        // %TOKEN%: the token, echoed by the page; it must be redacted before the quote is cut at 80 characters.
        const QByteArray portal = "<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body>Sign in to "
                                  "continue browsing</body></html>";
        const QByteArray cut =
            "[{\"id\": 1001, \"tag_name\": \"1.15.0\", \"note\": \"%TOKEN%\", \"draft\": true, \"name\": \"1.1";
        const QByteArray cutObject =
            "{\"total_count\": 3, \"note\": \"%TOKEN%\", \"workflow_runs\": [{\"id\": 1001, \"na";
        QTest::newRow("releases, portal page") << u"releases"_s << portal << QByteArray("<!DOCTYPE html><html>");
        QTest::newRow("releases, cut JSON") << u"releases"_s << cut << QByteArray("[{\"id\": 1001");
        QTest::newRow("runs, portal page") << u"runs"_s << portal << QByteArray("<title>Hotel Wi-Fi</title>");
        QTest::newRow("runs, cut JSON") << u"runs"_s << cutObject << QByteArray("{\"total_count\": 3");
        QTest::newRow("runs, an array") << u"runs"_s << QByteArray("[]") << QByteArray("[]");
        QTest::newRow("assets, portal page") << u"assets"_s << portal << QByteArray("<!DOCTYPE html>");
        QTest::newRow("assets, cut JSON") << u"assets"_s << cut << QByteArray("\"tag_name\": \"1.15.0\"");
        QTest::newRow("assets, an object")
            << u"assets"_s << QByteArray("{\"message\": \"ok\"}") << QByteArray("{\"message\": \"ok\"}");
        QTest::newRow("assets, not objects") << u"assets"_s << QByteArray("[1, 2]") << QByteArray("[1, 2]");
        QTest::newRow("release by tag, an array") << u"release"_s << QByteArray("[{}]") << QByteArray("[{}]");
    }
    void unreadableAnswersAreErrors()
    {
        QFETCH(QString, operation);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, shown);
        const qint64 id = m_twin->addRelease(u"1.15.0"_s, true);
        m_twin->addRelease(u"1.14.0"_s, false);
        const HttpResponse answer = HttpResponse::text(200, QByteArray(body).replace("%TOKEN%", m_token.toUtf8()),
                                                       body.startsWith('<') ? "text/html" : "application/json");
        ra::net::Error error;
        QString path;
        if (operation == u"releases"_s) {
            path = u"/repos/aleph-im/aleph-vm/releases"_s;
            m_twin->api().injectFault("GET", u"/repos/{o}/{r}/releases"_s, answer);
            // Never "no draft for this tag": that would make the caller create a second one.
            const auto found =
                await<std::optional<Release>>([&](auto cb) { m_client->findReleaseByTag(m_repo, u"1.15.0"_s, cb); });
            QVERIFY(!found.value.has_value());
            error = found.error;
        } else if (operation == u"runs"_s) {
            path = u"/repos/aleph-im/aleph-vm/actions/runs"_s;
            m_twin->addRun(u".github/workflows/build.yml"_s, u"Build"_s, u"abc123"_s, u"success"_s);
            m_twin->api().injectFault("GET", u"/repos/{o}/{r}/actions/runs"_s, answer);
            RunFilter filter;
            filter.headSha = u"abc123"_s;
            const auto runs =
                await<QList<WorkflowRun>>([&](auto cb) { m_client->listWorkflowRuns(m_repo, filter, cb); });
            QVERIFY(runs.value.isEmpty());
            error = runs.error;
        } else if (operation == u"assets"_s) {
            path = u"/repos/aleph-im/aleph-vm/releases/%1/assets"_s.arg(id);
            m_twin->api().injectFault("GET", u"/repos/{o}/{r}/releases/{id}/assets"_s, answer);
            error = await<QList<Asset>>([&](auto cb) { m_client->listAssets(m_repo, id, cb); }).error;
        } else {
            path = u"/repos/aleph-im/aleph-vm/releases/tags/1.14.0"_s;
            m_twin->api().injectFault("GET", u"/repos/{o}/{r}/releases/tags/{tag}"_s, answer);
            error = await<Release>([&](auto cb) { m_client->publishedReleaseByTag(m_repo, u"1.14.0"_s, cb); }).error;
        }
        QVERIFY(error.isError());
        const QString text = error.toString();
        QVERIFY2(text.contains(u"GitHub"_s), qPrintable(text));
        QVERIFY2(text.contains(m_twin->api().url().toString() + path), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8(shown)), qPrintable(text));
        QCOMPARE(error.kind, ErrorKind::Unreadable);
        QVERIFY2(error.hint.contains(u"proxy or captive portal may be answering"_s), qPrintable(text));
        QVERIFY2(error.hint.contains(u"retry when the network is direct"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(m_token.left(16)), qPrintable(text)); // not even cut at the 80th byte
        // Only the start of the body: a whole portal page is no message.
        QVERIFY2(!text.contains(u"continue browsing</body>"_s), qPrintable(text));
    }

    void dryRunSendsNothing()
    {
        m_client->http().setDryRun(true);
        ReleaseFields fields;
        fields.tagName = u"1.15.0"_s;
        const auto created = await<Release>([&](auto cb) { m_client->createRelease(m_repo, fields, cb); });
        QCOMPARE(created.error.kind, ErrorKind::DryRun);
        QCOMPARE(m_twin->api().requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_githubclient.moc"
