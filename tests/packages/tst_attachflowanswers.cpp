// SPDX-License-Identifier: GPL-3.0-or-later
// Step 5's attach flow and what GitHub answers besides success: secondary rate limits waited out (on the fake
// clock), a 422 already_exists acted on or reported with what to do, and answers that are not GitHub's JSON (a
// captive portal's page, cut JSON) taken as errors, never as "no draft" or "no asset".
#include "attachflowfixture.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ra::packages::PackageItem;
using ra::test::AttachFlowFixture;
using ra::test::GitHubTwin;
using ra::test::GitHubTwinState;

class TestAttachFlowAnswers : public QObject
{
    Q_OBJECT

private:
    AttachFlowFixture m_f;
    const QStringList &Names = AttachFlowFixture::Names;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.buildPackages(&error), qPrintable(error));
    }

    void init()
    {
        QVERIFY(m_f.start());
    }

    void cleanup()
    {
        m_f.stop();
    }

    void waitsOutSecondaryRateLimits()
    {
        // GitHub's secondary limit on content creation (api-contracts.md §1.7): 403 with Retry-After, on an
        // upload and on a listing; both are repeated after the wait, which the fake clock only records.
        m_f.twin().uploads().injectFault("POST", u"/repos/{owner}/{repo}/releases/{id}/assets"_s,
                                         GitHubTwin::secondaryRateLimit(60));
        m_f.twin().api().injectFault("GET", u"/repos/{owner}/{repo}/releases/{id}/assets"_s,
                                     GitHubTwin::secondaryRateLimit(45));
        QVERIFY2(m_f.runFlow(), qPrintable(m_f.lastError()));
        m_f.verifyExactAssets();
        QVERIFY(m_f.clock().waits.contains(60s));
        QVERIFY(m_f.clock().waits.contains(45s));
        QCOMPARE(m_f.uploadRequests(), 4); // three packages, one of them twice
    }

    void aPermissionRefusalIsNotRetried()
    {
        // The same status without rate-limit signals is a permission problem: repeating it cannot help.
        m_f.twin().uploads().injectFault(
            "POST", u"/repos/{owner}/{repo}/releases/{id}/assets"_s,
            ra::test::HttpResponse::json(
                403,
                QJsonDocument(QJsonObject{{u"message"_s, u"Resource not accessible by personal access token"_s}})));
        QVERIFY(!m_f.runFlow({Names.at(0)}));
        QCOMPARE(m_f.uploadRequests(), 1);
        QVERIFY(m_f.clock().waits.isEmpty());
        QVERIFY2(m_f.lastError().contains(u"Resource not accessible by personal access token"_s),
                 qPrintable(m_f.lastError()));
    }

    void anAssetStoredMeanwhileWithOtherContentIsReplacedSafely()
    {
        // Between our listing and our upload another client stores an asset of that name: GitHub answers 422
        // already_exists. The code is read, the list looked at again, and the asset replaced without a gap.
        m_f.twin().state().uploadFaults = {GitHubTwinState::UploadFault::NameTakenMeanwhile};
        QVERIFY2(m_f.runFlow({Names.at(0)}), qPrintable(m_f.lastError()));
        QCOMPARE(m_f.lastItems().at(0).state, PackageItem::State::Replaced);
        m_f.verifyExactAssets({Names.at(0)});
        m_f.verifyNoDeleteBeforeReplacement();
        const auto deletes = m_f.twin().state().deletes;
        QVERIFY(std::any_of(deletes.cbegin(), deletes.cend(), [this](const auto &record) {
            return record.deleted.name == Names.at(0) && record.deleted.content != m_f.debs().at(0);
        }));
    }

    void aNameGitHubKeepsRefusingIsReportedWithWhatToDo()
    {
        // GitHub keeps saying the name is taken while its list shows no such asset: say so, and what to do.
        m_f.twin().uploads().injectFault(
            "POST", u"/repos/{owner}/{repo}/releases/{id}/assets"_s,
            GitHubTwin::validationFailed(u"ReleaseAsset"_s, u"already_exists"_s, u"name"_s), 10);
        QVERIFY(!m_f.runFlow({Names.at(0)}));
        const QString error = m_f.lastItems().at(0).error;
        QVERIFY2(error.contains(u"422 already_exists"_s), qPrintable(error));
        QVERIFY2(error.contains(u"already holds an asset of that name"_s), qPrintable(error));
        QVERIFY2(error.contains(u"delete the asset that holds this name, then run the step again"_s),
                 qPrintable(error));
        QVERIFY(m_f.twin().state().deletes.isEmpty());
        QVERIFY(m_f.assets().isEmpty());
    }

    void anUnreadableReleaseListIsNotAMissingDraft_data()
    {
        QTest::addColumn<bool>("portal");
        QTest::newRow("captive portal page") << true;
        QTest::newRow("cut JSON") << false;
    }
    void anUnreadableReleaseListIsNotAMissingDraft()
    {
        QFETCH(bool, portal);
        m_f.twin().garble("GET", u"/repos/{owner}/{repo}/releases"_s,
                          portal ? GitHubTwin::Garble::PortalPage : GitHubTwin::Garble::CutJson);
        QVERIFY(!m_f.runFlow());
        // "No draft, create one" would make a second draft: the error says what really happened.
        QVERIFY2(!m_f.lastError().contains(u"Create the draft"_s), qPrintable(m_f.lastError()));
        QVERIFY2(m_f.lastError().contains(u"cannot list the releases of aleph-im/aleph-vm"_s),
                 qPrintable(m_f.lastError()));
        QVERIFY2(m_f.lastError().contains(u"proxy or captive portal may be answering"_s), qPrintable(m_f.lastError()));
        QVERIFY2(m_f.lastError().contains(m_f.twin().api().url().toString() + u"/repos/aleph-im/aleph-vm/releases"_s),
                 qPrintable(m_f.lastError()));
        QVERIFY2(m_f.lastError().contains(portal ? u"<!DOCTYPE html>"_s : u"[{"_s), qPrintable(m_f.lastError()));
        QVERIFY2(!m_f.lastError().contains(AttachFlowFixture::Token), qPrintable(m_f.lastError()));
        QCOMPARE(m_f.twin().state().releases.size(), 1);
        QCOMPARE(m_f.uploadRequests(), 0);
    }

    void anUnreadableAssetListUploadsNothing_data()
    {
        anUnreadableReleaseListIsNotAMissingDraft_data();
    }
    void anUnreadableAssetListUploadsNothing()
    {
        QFETCH(bool, portal);
        QVERIFY2(m_f.runFlow(), qPrintable(m_f.lastError()));
        // Read as "no asset", the list would lead to uploading every package again.
        m_f.twin().garble("GET", u"/repos/{owner}/{repo}/releases/{id}/assets"_s,
                          portal ? GitHubTwin::Garble::PortalPage : GitHubTwin::Garble::CutJson, 3);
        QVERIFY(!m_f.runFlow());
        QCOMPARE(m_f.uploadRequests(), 3);
        QCOMPARE(m_f.lastItems().at(0).state, PackageItem::State::Error);
        QVERIFY2(m_f.lastItems().at(0).error.contains(u"cannot list the release assets"_s),
                 qPrintable(m_f.lastError()));
        QVERIFY2(m_f.lastItems().at(0).error.contains(u"captive portal"_s), qPrintable(m_f.lastError()));
        m_f.verifyExactAssets();
    }
};

QTEST_GUILESS_MAIN(TestAttachFlowAnswers)
#include "tst_attachflowanswers.moc"
