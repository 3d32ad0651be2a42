// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli review`, end to end: the real executable against the GitHub twin served by this
// process (so the CLI runs while the event loop turns). Status, approve once, publish refused before the
// quorum, dry run sending nothing, publish once with the flags, stale approvals after an edit.
#include "githubissuestwin.h"
#include "githubtwin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_abcdefghijklmnop"_s;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
};

} // namespace

class TestReviewCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    qint64 m_releaseId = 0;

    Run run(const QString &sub, const QStringList &extra, bool withToken = true)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GITHUB_TOKEN"_s, withToken ? token : QString());
        const QStringList arguments = QStringList{u"--json"_s,
                                                  u"review"_s,
                                                  sub,
                                                  u"--release"_s,
                                                  u"1.15.0"_s,
                                                  u"--api-url"_s,
                                                  m_twin->api().url().toString(),
                                                  u"--journal"_s,
                                                  m_dir->filePath(u"journal.sqlite"_s)} +
                                      extra;
        const ra::test::CliRun run = ra::test::runCliServing(arguments, environment);
        return {run.exitCode, run.out, run.err};
    }

    int patchCount() const
    {
        int count = 0;
        for (const auto &request : m_twin->api().requests()) {
            count += request.method == "PATCH" ? 1 : 0;
        }
        return count;
    }

    ra::test::GitHubTwinState::Release *draft()
    {
        return m_twin->state().release(m_releaseId);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*m_twin);
        m_twin->state().token = token;
        m_twin->state().login = u"alice"_s;
        m_twin->addRelease(u"1.16.0"_s, false);
        m_releaseId = m_twin->addRelease(u"1.15.0"_s, true);
        draft()->body = u"# 1.15.0\n\n- Fixed the cache (#701)\n"_s;
    }

    void cleanup()
    {
        m_issues.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void statusShowsTheDigestAndTheLock()
    {
        const Run status = run(u"status"_s, {});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const QJsonObject json = status.json();
        QVERIFY(json.value(u"digest"_s).toString().startsWith(u"sha256:"_s));
        QCOMPARE(json.value(u"quorum_reached"_s).toBool(), false);
        QCOMPARE(json.value(u"can_publish"_s).toBool(), false);
        QCOMPARE(json.value(u"required"_s).toInt(), 1);
        QVERIFY(json.value(u"issue"_s).isNull());
        // 1.16.0 is already out: publishing the older 1.15.0 must not make it "latest".
        QCOMPARE(json.value(u"publish"_s).toObject().value(u"make_latest"_s).toString(), u"false"_s);
        QCOMPARE(m_issues->state().issuesCreated, 0);
    }

    void publishIsRefusedBeforeTheQuorum()
    {
        const Run publish = run(u"publish"_s, {});
        QCOMPARE(publish.exitCode, 1);
        QVERIFY2(publish.err.contains(u"missing"_s), qPrintable(publish.err));
        QCOMPARE(patchCount(), 0);
        QVERIFY(draft()->draft);
    }

    void approveOncePublishOnce()
    {
        const Run approve = run(u"approve"_s, {});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
        QCOMPARE(approve.json().value(u"changed"_s).toBool(), true);
        QCOMPARE(m_issues->state().issuesCreated, 1);
        QCOMPARE(m_issues->state().commentsPosted, 1);

        const Run again = run(u"approve"_s, {});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(u"changed"_s).toBool(), false);
        QCOMPARE(m_issues->state().commentsPosted, 1);

        const Run status = run(u"status"_s, {});
        QCOMPARE(status.json().value(u"approved_by"_s).toArray(), QJsonArray{u"alice"_s});
        QCOMPARE(status.json().value(u"can_publish"_s).toBool(), true);
        const QString digest = status.json().value(u"digest"_s).toString();

        const Run dryRun = run(u"publish"_s, {u"--dry-run"_s});
        QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.err));
        const QJsonArray requests = dryRun.json().value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests[0].toString().startsWith(u"PATCH "_s));
        QVERIFY(requests[0].toString().contains(u"\"draft\":false"_s));
        QCOMPARE(patchCount(), 0);
        QVERIFY(draft()->draft);

        const Run publish = run(u"publish"_s, {u"--digest"_s, digest});
        QVERIFY2(publish.exitCode == 0, qPrintable(publish.err));
        QCOMPARE(publish.json().value(u"changed"_s).toBool(), true);
        QVERIFY(!draft()->draft);
        QCOMPARE(patchCount(), 1);
        const QJsonObject body = m_twin->api().requests().constLast().json().object();
        QCOMPARE(body.value(u"make_latest"_s).toString(), u"false"_s);
        QCOMPARE(body.value(u"prerelease"_s), QJsonValue(false));

        const Run twice = run(u"publish"_s, {});
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(twice.json().value(u"changed"_s).toBool(), false);
        QCOMPARE(patchCount(), 1);
    }

    void anEditAfterApprovalNeedsANewApproval()
    {
        QCOMPARE(run(u"approve"_s, {}).exitCode, 0);
        const QString approved = run(u"status"_s, {}).json().value(u"digest"_s).toString();
        draft()->body.replace(u"cache"_s, u"Cache"_s);
        const Run status = run(u"status"_s, {});
        QVERIFY(status.json().value(u"digest"_s).toString() != approved);
        QCOMPARE(status.json().value(u"stale"_s).toArray(), QJsonArray{u"alice"_s});
        QCOMPARE(status.json().value(u"can_publish"_s).toBool(), false);

        const Run publish = run(u"publish"_s, {u"--digest"_s, approved});
        QCOMPARE(publish.exitCode, 1);
        QCOMPARE(patchCount(), 0);
    }

    void changeRequestNeedsAReason()
    {
        QCOMPARE(run(u"approve"_s, {u"--changes"_s, u" "_s}).exitCode, 2);
        const Run changes = run(u"approve"_s, {u"--changes"_s, u"The upgrade section is missing"_s});
        QVERIFY2(changes.exitCode == 0, qPrintable(changes.err));
        QVERIFY(
            m_issues->state().issues.constFirst().comments.constFirst().body.contains(u"upgrade section is missing"_s));
        QCOMPARE(run(u"status"_s, {}).json().value(u"changes_requested_by"_s).toArray(), QJsonArray{u"alice"_s});
    }

    void badInputIsExplained()
    {
        QCOMPARE(run(u"approve"_s, {}, false).exitCode, 2);
        QCOMPARE(run(u"publish"_s, {u"--digest"_s, u"sha256:12"_s}).exitCode, 2);
        QCOMPARE(m_issues->state().commentsPosted, 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
