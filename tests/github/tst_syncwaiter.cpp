// SPDX-License-Identifier: GPL-3.0-or-later
// waitFor(): a GitHubClient operation made blocking for worker threads and the CLI — its result, the call's
// progress, and a cancel flag that stops a transfer that never ends.
#include "fakeclock.h"
#include "github/githubclient.h"
#include "github/syncwaiter.h"
#include "githubtwin.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra::github;
using ra::test::GitHubTwin;

class TestSyncWaiter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GitHubTwin> m_twin;
    std::unique_ptr<GitHubClient> m_client;
    RepositoryRef m_repo{u"aleph-im"_s, u"aleph-vm"_s};

private Q_SLOTS:
    void init()
    {
        m_twin = std::make_unique<GitHubTwin>();
        QVERIFY(m_twin->start());
        Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        endpoints.uploads = m_twin->uploads().url();
        m_client = std::make_unique<GitHubClient>(endpoints);
        m_client->http().setClock(std::make_shared<ra::test::FakeClock>());
    }
    void cleanup()
    {
        m_client.reset();
        m_twin.reset();
    }

    void returnsTheResultAndReportsProgress()
    {
        const qint64 id = m_twin->addRelease(u"1.15.0"_s, true);
        const auto release = waitFor<std::optional<Release>>(
            [&](auto done) { return m_client->findReleaseByTag(m_repo, u"1.15.0"_s, done); });
        QVERIFY2(release.ok(), qPrintable(release.error.toString()));
        QVERIFY(release.value.has_value());
        QCOMPARE(release.value->id, id);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"pkg.deb"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(300000, 'p')) == 300000);
        file.close();
        QList<std::pair<qint64, qint64>> progress;
        WaitOptions options;
        options.progress = [&progress](qint64 done, qint64 total) {
            progress.append({done, total});
        };
        const auto uploaded = waitFor<Asset>(
            [&](auto done) { return m_client->uploadAsset(*release.value, path, u"pkg.deb"_s, {}, {}, done); },
            options);
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.error.toString()));
        QCOMPARE(uploaded.value.size, 300000);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), (std::pair<qint64, qint64>{300000, 300000}));
        QCOMPARE(m_twin->state().release(id)->assets.size(), 1);
    }

    void aRaisedFlagCancelsATransferThatNeverEnds()
    {
        const qint64 id = m_twin->addRelease(u"1.15.0"_s, true);
        const qint64 asset = m_twin->addAsset(id, u"pkg.deb"_s, "content");
        m_twin->blob().injectFault("GET", u"/blob/{key}"_s,
                                   ra::test::HttpResponse::failing(ra::test::HttpFault::Stall));
        QTemporaryDir dir;
        std::atomic_bool cancel = true;
        WaitOptions options;
        options.cancel = &cancel;
        const auto downloaded = waitFor<qint64>(
            [&](auto done) { return m_client->downloadAsset(m_repo, asset, dir.filePath(u"pkg.deb"_s), done); },
            options);
        QCOMPARE(downloaded.error.kind, ra::net::ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSyncWaiter)
#include "tst_syncwaiter.moc"
