// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's side of the app against the GitHub twin, as a reviewer without push access (the draft is
// invisible to them): the maintainer's side puts the draft on the tracking issue; the inbox model lists the
// release (and reads it again with conditional requests); the detail shows the notes, the assets and their
// digests and each approver's standing; approve() posts the approval and the inbox empties; after the maintainer
// changes the notes, the detail's diff since the approval holds exactly the changed lines. Then the page in a
// window, light and dark, without a QML warning.
#include "app/releasesession.h"
#include "app/reviewdetailcontroller.h"
#include "app/reviewinboxmodel.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "release/publishstep.h"
#include "secrets/memorysecretstore.h"

#include "githubissuestwin.h"
#include "githubtwin.h"
#include "pagetesting.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

namespace {

const QString MaintainerToken = u"github_pat_11INBOXMAINTAINER0000_abcdefghijklmnop"_s;
const QString RitaToken = u"github_pat_11INBOXRITA000000000000_abcdefghijklmnop"_s;
const QString Tag = u"1.15.0"_s;
const QString NotesV1 =
    u"# 1.15.0\n\nSummary line\n\n- Fixed the cache (#701)\n- Faster boot (#702)\n\nUpgrade as usual.\n"_s;
const QString NotesV2 = u"# 1.15.0\n\nSummary line\n\n- Fixed the cache for good (#701)\n- Faster boot (#702)\n"
                        u"- New metrics endpoint (#705)\n\nUpgrade as usual.\n"_s;

QQuickItem *find(QQuickItem *root, const QString &name)
{
    const QList<QQuickItem *> children = root ? root->childItems() : QList<QQuickItem *>();
    for (QQuickItem *child : children) {
        if (child->objectName() == name) {
            return child;
        }
        if (QQuickItem *found = find(child, name)) {
            return found;
        }
    }
    return nullptr;
}

/// The lines a unified diff adds or removes, headers left out.
QStringList changedLines(const QString &diff)
{
    QStringList changed;
    for (const QString &line : diff.split(u'\n')) {
        if ((line.startsWith(u'+') || line.startsWith(u'-')) && !line.startsWith(u"+++"_s) &&
            !line.startsWith(u"---"_s)) {
            changed.append(line);
        }
    }
    return changed;
}

} // namespace

class TestReviewInbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ra::test::GitHubTwin m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    ra::secrets::MemorySecretStore m_store;
    std::unique_ptr<ra::Journal> m_maintainerJournal;
    std::optional<ra::release::Project> m_project;
    qint64 m_draftId = 0;
    std::unique_ptr<ra::ReviewInboxModel> m_inbox;
    std::unique_ptr<ra::ReviewDetailController> m_detail;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    [[nodiscard]] ra::github::Endpoints endpoints()
    {
        ra::github::Endpoints endpoints;
        endpoints.api = m_twin.api().url();
        endpoints.uploads = m_twin.uploads().url();
        return endpoints;
    }

    /// The maintainer's app putting what the draft holds on the tracking issue.
    void syncAsMaintainer()
    {
        ra::github::GitHubClient client(endpoints());
        client.setToken(MaintainerToken);
        ra::release::PublishStep::Config config =
            ra::release::PublishStep::Config::fromPlaybook(m_project->playbook(), m_project->repository(), Tag);
        config.scheduleDirectory = m_dir.filePath(u"schedule"_s);
        ra::release::PublishStep step(client, m_maintainerJournal.get(), config);
        const ra::release::PublishOutcome synced = step.syncTrackingIssueBlocking();
        QVERIFY2(synced.ok, qPrintable(synced.message));
        QVERIFY(synced.changed);
    }

    void refreshInbox()
    {
        QSignalSpy finished(m_inbox.get(), &ra::ReviewInboxModel::finished);
        m_inbox->refresh();
        QVERIFY(finished.wait(10000));
        QVERIFY2(m_inbox->error().isEmpty(), qPrintable(m_inbox->error()));
    }

    void refreshDetail()
    {
        QSignalSpy refreshed(m_detail.get(), &ra::ReviewDetailController::refreshed);
        m_detail->refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(m_detail->loaded(), qPrintable(m_detail->message()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_twin.start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(m_twin);
        m_twin.state().token = MaintainerToken;
        m_twin.state().login = u"maya"_s;
        m_twin.state().readOnlyAccounts.insert(RitaToken, u"rita"_s);
        m_twin.addRelease(u"1.14.2"_s, false);
        m_draftId = m_twin.addRelease(Tag, true);
        m_twin.state().release(m_draftId)->body = NotesV1;
        m_twin.addAsset(m_draftId, u"aleph-vm.debian-12.deb"_s, "deb package bytes");

        // aleph-vm's playbook with two approvers and its own tracking issue title.
        QFile preset(u":/ra/presets/aleph-vm.playbook"_s);
        QVERIFY(preset.open(QIODevice::ReadOnly));
        QFile playbook(m_dir.filePath(u"review.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        QVERIFY(playbook.write(preset.readAll() + "\napprover = rita\napprover = bob\n\n[review]\n"
                                                  "tracking-issue-title = Release {tag} under review\n") > 0);
        playbook.close();
        ra::release::ProjectError projectError;
        m_project = ra::release::Project::fromPlaybook(playbook.fileName(), {}, &projectError);
        QVERIFY2(m_project, qPrintable(projectError.message));
        QCOMPARE(m_project->playbook().approvals.approvers, (QStringList{u"rita"_s, u"bob"_s}));

        QString error;
        m_maintainerJournal = ra::Journal::open(m_dir.filePath(u"maintainer.sqlite"_s), &error);
        QVERIFY2(m_maintainerJournal, qPrintable(error));
        QVERIFY(m_maintainerJournal->createRelease(Tag, {}));
        syncAsMaintainer();

        // The reviewer's machine: its own journal, Rita's read-only token.
        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        std::unique_ptr<ra::Journal> journal = ra::Journal::open(m_dir.filePath(u"reviewer.sqlite"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        session->setJournal(std::move(journal));
        session->setProject(*m_project);
        m_store.write(u"github/token"_s, RitaToken, [](const ra::net::Error &) { });

        m_inbox = std::make_unique<ra::ReviewInboxModel>();
        m_inbox->setSecretStore(&m_store);
        m_inbox->setEndpoints(endpoints());
        QSignalSpy finished(m_inbox.get(), &ra::ReviewInboxModel::finished);
        m_inbox->setSession(session);
        QVERIFY(finished.wait(10000));

        m_detail = std::make_unique<ra::ReviewDetailController>();
        m_detail->setSecretStore(&m_store);
        m_detail->setEndpoints(endpoints());
        m_detail->setSession(session);
    }

    void cleanupTestCase()
    {
        if (m_engine) {
            QVERIFY(ra::test::waitForIncubation(m_engine.get()));
            m_engine.reset();
        }
        m_detail.reset();
        m_inbox.reset();
        ra::ReleaseSession::instance()->setJournal(nullptr);
        ra::test::stopCollectingWarnings();
    }

    void theInboxListsTheReleaseWaitingForTheReviewer()
    {
        QAbstractItemModelTester tester(m_inbox.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(m_inbox->error().isEmpty(), qPrintable(m_inbox->error()));
        QCOMPARE(m_inbox->viewer(), u"rita"_s);
        QCOMPARE(m_inbox->rowCount(), 1);
        QCOMPARE(m_inbox->count(), 1);
        const QModelIndex row = m_inbox->index(0);
        QCOMPARE(row.data(ra::ReviewInboxModel::TagRole).toString(), Tag);
        QCOMPARE(row.data(ra::ReviewInboxModel::RevisionRole).toInt(), 1);
        QCOMPARE(row.data(ra::ReviewInboxModel::StandingRole).toString(), u"pending"_s);
        QVERIFY(row.data(ra::ReviewInboxModel::SinceRole).toDateTime().isValid());
        QVERIFY(!row.data(ra::ReviewInboxModel::SinceTextRole).toString().isEmpty());
        QVERIFY(row.data(ra::ReviewInboxModel::IssueUrlRole).toString().contains(u"/issues/"_s));
        const QList<QByteArray> roles = m_inbox->roleNames().values();
        for (const char *role : {"tag", "revision", "standing", "since", "issueUrl"}) {
            QVERIFY2(roles.contains(QByteArray(role)), role);
        }

        // A read again on the same client is answered 304 where nothing changed: the timer costs little.
        const int before = m_inbox->notModifiedCount();
        refreshInbox();
        QVERIFY(m_inbox->notModifiedCount() > before);
        QCOMPARE(m_inbox->rowCount(), 1);

        // The timer is on only while asked for.
        QVERIFY(!m_inbox->autoRefresh());
        QCOMPARE(m_inbox->refreshInterval(), ra::ReviewInboxModel::DefaultRefreshInterval);
        m_inbox->setRefreshInterval(50);
        QSignalSpy finished(m_inbox.get(), &ra::ReviewInboxModel::finished);
        m_inbox->setAutoRefresh(true);
        QVERIFY(finished.wait(10000));
        m_inbox->setAutoRefresh(false);
        m_inbox->setRefreshInterval(ra::ReviewInboxModel::DefaultRefreshInterval);
    }

    void theDetailShowsTheNotesAssetsAndStandings()
    {
        QSignalSpy refreshed(m_detail.get(), &ra::ReviewDetailController::refreshed);
        m_detail->setTag(Tag);
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(m_detail->loaded(), qPrintable(m_detail->message()));
        QVERIFY(m_detail->fromIssue());
        QCOMPARE(m_detail->viewer(), u"rita"_s);
        QCOMPARE(m_detail->revision(), 1);
        QCOMPARE(m_detail->view().notes, NotesV1);
        QTRY_VERIFY_WITH_TIMEOUT(m_detail->notesHtml().contains(u"Fixed the cache (#701)"_s), 10000);
        QVERIFY(m_detail->notesHtml().contains(u"<li"_s));
        const QVariantList assets = m_detail->assets();
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.constFirst().toMap().value(u"name"_s).toString(), u"aleph-vm.debian-12.deb"_s);
        QCOMPARE(assets.constFirst().toMap().value(u"sha256"_s).toString().size(), 64);
        QCOMPARE(m_detail->required(), 1);

        ra::ReviewStandingModel *standings = m_detail->standings();
        QAbstractItemModelTester tester(standings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(standings->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(standings->index(row).data(ra::ReviewStandingModel::StandingRole).toString(), u"pending"_s);
            QVERIFY(!standings->index(row).data(ra::ReviewStandingModel::WaitingSinceTextRole).toString().isEmpty());
        }
        // Never approved: no diff, and no problem to tell.
        QVERIFY(!m_detail->approvedBefore());
        QVERIFY(m_detail->sinceApprovedDiff().isEmpty());
        QVERIFY(m_detail->sinceApprovedProblem().isEmpty());

        // A change request needs a reason: refused here, nothing sent.
        const int comments = m_issues->state().issues.constFirst().comments.size();
        m_detail->requestChanges(u"  "_s);
        QVERIFY(m_detail->messageIsError());
        QCOMPARE(m_detail->message(), u"Say what must change."_s);
        QCOMPARE(m_issues->state().issues.constFirst().comments.size(), comments);
    }

    void approvingEmptiesTheInbox()
    {
        QSignalSpy finished(m_detail.get(), &ra::ReviewDetailController::verdictFinished);
        QSignalSpy refreshed(m_detail.get(), &ra::ReviewDetailController::refreshed);
        m_detail->approve();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(m_detail->message()));
        QVERIFY(refreshed.wait(10000));
        QVERIFY(m_detail->approvedCurrent());
        QCOMPARE(m_detail->approvedRevision(), 1);
        // The approval is a comment on the tracking issue, bound to the digest read.
        QVERIFY(std::ranges::any_of(m_issues->state().issues.constFirst().comments,
                                    [&](const auto &comment) { return comment.body.contains(m_detail->digest()); }));
        ra::ReviewStandingModel *standings = m_detail->standings();
        QCOMPARE(standings->index(0).data(ra::ReviewStandingModel::LoginRole).toString(), u"rita"_s);
        QCOMPARE(standings->index(0).data(ra::ReviewStandingModel::StandingRole).toString(), u"approved"_s);
        QCOMPARE(standings->index(0).data(ra::ReviewStandingModel::RevisionRole).toInt(), 1);
        QVERIFY(!standings->index(0).data(ra::ReviewStandingModel::AtTextRole).toString().isEmpty());
        QCOMPARE(standings->index(1).data(ra::ReviewStandingModel::StandingRole).toString(), u"pending"_s);

        refreshInbox();
        QCOMPARE(m_inbox->rowCount(), 0);
    }

    void aChangeToTheNotesShowsExactlyTheChangedLines()
    {
        m_twin.state().release(m_draftId)->body = NotesV2;
        syncAsMaintainer();
        refreshDetail();
        QCOMPARE(m_detail->revision(), 2);
        QVERIFY(m_detail->approvedBefore());
        QVERIFY(!m_detail->approvedCurrent());
        QCOMPARE(m_detail->approvedRevision(), 1);
        QCOMPARE(changedLines(m_detail->sinceApprovedDiff()),
                 (QStringList{u"-- Fixed the cache (#701)"_s, u"+- Fixed the cache for good (#701)"_s,
                              u"+- New metrics endpoint (#705)"_s}));
        QStringList added;
        QStringList removed;
        for (const QVariant &line : m_detail->sinceApprovedLines()) {
            const QVariantMap map = line.toMap();
            if (map.value(u"kind"_s) == u"added"_s) {
                added.append(map.value(u"text"_s).toString());
            } else if (map.value(u"kind"_s) == u"removed"_s) {
                removed.append(map.value(u"text"_s).toString());
            }
        }
        QCOMPARE(added, (QStringList{u"+- Fixed the cache for good (#701)"_s, u"+- New metrics endpoint (#705)"_s}));
        QCOMPARE(removed, QStringList{u"-- Fixed the cache (#701)"_s});
        QTRY_VERIFY_WITH_TIMEOUT(m_detail->notesHtml().contains(u"New metrics endpoint"_s), 10000);
        QCOMPARE(m_detail->standings()->index(0).data(ra::ReviewStandingModel::StandingRole).toString(), u"stale"_s);

        // Back in the inbox, as changed since the approval.
        refreshInbox();
        QCOMPARE(m_inbox->rowCount(), 1);
        QCOMPARE(m_inbox->index(0).data(ra::ReviewInboxModel::StandingRole).toString(), u"stale"_s);
        QCOMPARE(m_inbox->index(0).data(ra::ReviewInboxModel::RevisionRole).toInt(), 2);
    }

    void thePageShowsTheInboxAndTheChanges()
    {
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setInitialProperties(
            {{u"inbox"_s, QVariant::fromValue(m_inbox.get())}, {u"detail"_s, QVariant::fromValue(m_detail.get())}});
        m_engine->loadData("import QtQuick\nimport org.kde.kirigami as Kirigami\nimport ReleaseAssistant\n"
                           "Kirigami.ApplicationWindow {\n"
                           "    id: window\n"
                           "    required property ReviewInboxModel inbox\n"
                           "    required property ReviewDetailController detail\n"
                           "    width: 900; height: 900; visible: true\n"
                           "    pageStack.initialPage: ReviewInboxPage {\n"
                           "        inbox: window.inbox\n"
                           "        detail: window.detail\n"
                           "    }\n"
                           "}\n");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        auto *page = m_window->findChild<QQuickItem *>(u"reviewInboxPage"_s);
        QVERIFY(page);
        // Shown: the inbox reads itself again on the timer.
        QTRY_VERIFY(m_inbox->autoRefresh());

        QTRY_VERIFY(find(page, u"inbox_1.15.0"_s));
        const QStringList entry = ra::test::visibleTexts(find(page, u"inbox_1.15.0"_s));
        QVERIFY2(entry.contains(u"1.15.0"_s) && entry.contains(u"changed since you approved"_s),
                 qPrintable(entry.join(u'\n')));
        QVERIFY2(std::ranges::any_of(
                     entry, [](const QString &text) { return text.startsWith(u"Revision 2 · waiting since "_s); }),
                 qPrintable(entry.join(u'\n')));
        QCOMPARE(find(find(page, u"inbox_1.15.0"_s), u"standingBadge"_s)->property("severity").toInt(), 3);

        QQuickItem *detail = find(page, u"reviewDetail"_s);
        QVERIFY(detail && detail->isVisible());
        QTRY_VERIFY(ra::test::visibleTexts(detail).contains(u"Changes since you approved revision 1"_s));
        const QStringList texts = ra::test::visibleTexts(detail);
        for (const QString &expected :
             {u"+- New metrics endpoint (#705)"_s, u"-- Fixed the cache (#701)"_s, u"aleph-vm.debian-12.deb"_s,
              u"rita"_s, u"bob"_s, u"Approve revision 2"_s, u"approved revision 1, an earlier one"_s}) {
            QVERIFY2(texts.contains(expected), qPrintable(expected + u" not in:\n"_s + texts.join(u'\n')));
        }
        const QImage shot = ra::test::settledShot(m_engine.get(), m_window);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(ra::test::screenshotPath(u"review-inbox"_s)));
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void readsWellInADarkScheme()
    {
        auto *page = m_window->findChild<QQuickItem *>(u"reviewInboxPage"_s);
        QString error;
        QVERIFY2(ra::test::useDarkColourScheme(&error), qPrintable(error));
        QTRY_VERIFY(ra::test::themeColor(page, u"backgroundColor"_s).lightnessF() < 0.3);
        const QImage shot = ra::test::settledShot(m_engine.get(), m_window);
        QVERIFY(!shot.isNull());
        QVERIFY2(ra::test::meanLuminance(shot) < 0.3, "the review inbox is too light in a dark scheme");
        QVERIFY(shot.save(ra::test::screenshotPath(u"review-inbox-dark"_s)));
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings in the dark scheme");
    }
};

QTEST_MAIN(TestReviewInbox)
#include "tst_reviewinbox.moc"
