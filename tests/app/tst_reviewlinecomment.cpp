// SPDX-License-Identifier: GPL-3.0-or-later
// A reviewer without push access comments on a line of the notes from the app: the detail controller posts the
// comment on the tracking issue, lists it after reading the release again, refuses a line outside the notes
// without posting, and the comment does not count as an approval. Then the page: clicking a line of the notes'
// source opens a field whose comment is posted and listed, without a QML warning.
#include "app/releasesession.h"
#include "app/reviewdetailcontroller.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "release/publishstep.h"
#include "review/linecomment.h"
#include "secrets/memorysecretstore.h"

#include "githubissuestwin.h"
#include "githubtwin.h"
#include "pagetesting.h"

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

const QString MaintainerToken = u"github_pat_11LINEMAINTAINER00000_abcdefghijklmnop"_s;
const QString RitaToken = u"github_pat_11LINERITA0000000000000_abcdefghijklmnop"_s;
const QString Tag = u"1.15.0"_s;
const QString Notes = u"# 1.15.0\n\nSummary line\n\n- Fixed the cache (#701)\n- Faster boot (#702)\n"_s;

/// The first visible item named \a name under \a root (delegates repeat names; only the open one is visible).
QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    const QList<QQuickItem *> children = root ? root->childItems() : QList<QQuickItem *>();
    for (QQuickItem *child : children) {
        if (child->objectName() == name && child->isVisible()) {
            return child;
        }
        if (QQuickItem *found = findVisible(child, name)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

class TestReviewLineComment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ra::test::GitHubTwin m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    ra::secrets::MemorySecretStore m_store;
    std::unique_ptr<ra::Journal> m_maintainerJournal;
    std::optional<ra::release::Project> m_project;
    std::unique_ptr<ra::ReviewDetailController> m_detail;
    std::unique_ptr<QQmlApplicationEngine> m_engine;

    [[nodiscard]] ra::github::Endpoints endpoints()
    {
        ra::github::Endpoints endpoints;
        endpoints.api = m_twin.api().url();
        endpoints.uploads = m_twin.uploads().url();
        return endpoints;
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
        const qint64 draftId = m_twin.addRelease(Tag, true);
        m_twin.state().release(draftId)->body = Notes;
        m_twin.addAsset(draftId, u"aleph-vm.debian-12.deb"_s, "deb package bytes");

        QFile playbook(m_dir.filePath(u"review.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        playbook.write("[project]\nname = aleph-vm\nrepository = aleph-im/aleph-vm\n\n"
                       "[approvals]\nrequired = 1\napprover = rita\napprover = bob\n");
        playbook.close();
        ra::release::ProjectError projectError;
        m_project = ra::release::Project::fromPlaybook(playbook.fileName(), {}, &projectError);
        QVERIFY2(m_project, qPrintable(projectError.message));

        QString error;
        m_maintainerJournal = ra::Journal::open(m_dir.filePath(u"maintainer.sqlite"_s), &error);
        QVERIFY2(m_maintainerJournal, qPrintable(error));
        QVERIFY(m_maintainerJournal->createRelease(Tag, {}));
        ra::github::GitHubClient client(endpoints());
        client.setToken(MaintainerToken);
        ra::release::PublishStep::Config config =
            ra::release::PublishStep::Config::fromPlaybook(m_project->playbook(), m_project->repository(), Tag);
        config.scheduleDirectory = m_dir.filePath(u"schedule"_s);
        ra::release::PublishStep step(client, m_maintainerJournal.get(), config);
        const ra::release::PublishOutcome synced = step.syncTrackingIssueBlocking();
        QVERIFY2(synced.ok, qPrintable(synced.message));

        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        std::unique_ptr<ra::Journal> journal = ra::Journal::open(m_dir.filePath(u"reviewer.sqlite"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        session->setJournal(std::move(journal));
        session->setProject(*m_project);
        m_store.write(u"github/token"_s, RitaToken, [](const ra::net::Error &) { });

        m_detail = std::make_unique<ra::ReviewDetailController>();
        m_detail->setSecretStore(&m_store);
        m_detail->setEndpoints(endpoints());
        m_detail->setSession(session);
        QSignalSpy refreshed(m_detail.get(), &ra::ReviewDetailController::refreshed);
        m_detail->setTag(Tag);
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(m_detail->loaded(), qPrintable(m_detail->message()));
    }

    void cleanupTestCase()
    {
        if (m_engine) {
            QVERIFY(ra::test::waitForIncubation(m_engine.get()));
            m_engine.reset();
        }
        m_detail.reset();
        ra::ReleaseSession::instance()->setJournal(nullptr);
    }

    void theNotesLinesAreNumberedAsCommentsNumberThem()
    {
        QCOMPARE(m_detail->notesLines(), ra::review::LineComment::notesLines(Notes));
        QCOMPARE(m_detail->notesLines().value(5), u"- Faster boot (#702)"_s);
        QVERIFY(m_detail->lineComments().isEmpty());
    }

    void aLineOutsideTheNotesIsRefusedWithoutPosting()
    {
        const qsizetype comments = m_issues->state().issues.constFirst().comments.size();
        QSignalSpy finished(m_detail.get(), &ra::ReviewDetailController::lineCommentFinished);
        m_detail->commentOnLine(99, u"Nowhere"_s);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(m_detail->messageIsError());
        QVERIFY2(m_detail->message().contains(u"outside the notes"_s), qPrintable(m_detail->message()));
        QCOMPARE(m_issues->state().issues.constFirst().comments.size(), comments);
    }

    void aCommentIsPostedAndListedButIsNoApproval()
    {
        const qsizetype comments = m_issues->state().issues.constFirst().comments.size();
        QSignalSpy finished(m_detail.get(), &ra::ReviewDetailController::lineCommentFinished);
        QSignalSpy refreshed(m_detail.get(), &ra::ReviewDetailController::refreshed);
        m_detail->commentOnLine(6, u"By how much?"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(m_issues->state().issues.constFirst().comments.size(), comments + 1);
        QCOMPARE(m_issues->state().issues.constFirst().comments.constLast().login, u"rita"_s);

        const QVariantList listed = m_detail->lineComments();
        QCOMPARE(listed.size(), 1);
        const QVariantMap comment = listed.constFirst().toMap();
        QCOMPARE(comment.value(u"login"_s).toString(), u"rita"_s);
        QCOMPARE(comment.value(u"firstLine"_s).toInt(), 6);
        QCOMPARE(comment.value(u"text"_s).toString(), u"By how much?"_s);
        QCOMPARE(comment.value(u"revision"_s).toInt(), 1);
        QCOMPARE(comment.value(u"stale"_s).toBool(), false);
        QVERIFY(!m_detail->approvedCurrent());
        QVERIFY(m_detail->view().pendingLogins().contains(u"rita"_s));
    }

    void thePageCommentsOnTheLineClicked()
    {
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setInitialProperties({{u"detail"_s, QVariant::fromValue(m_detail.get())}});
        m_engine->loadData("import QtQuick\nimport QtQuick.Controls\nimport org.kde.kirigami as Kirigami\n"
                           "import ReleaseAssistant\n"
                           "Kirigami.ApplicationWindow {\n"
                           "    id: window\n"
                           "    required property ReviewDetailController detail\n"
                           "    width: 900; height: 900; visible: true\n"
                           "    ScrollView { anchors.fill: parent\n"
                           "        ReviewDetail { width: 880; detail: window.detail }\n"
                           "    }\n"
                           "}\n");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *root = window->contentItem();
        QTRY_VERIFY(ra::test::visibleTexts(root).contains(u"Line 6, rita: By how much?"_s));

        QVERIFY(!findVisible(root, u"lineCommentField"_s));
        QQuickItem *line = findVisible(root, u"notesLine_5"_s);
        QVERIFY(line);
        QVERIFY(QMetaObject::invokeMethod(line, "clicked"));
        QQuickItem *field = findVisible(root, u"lineCommentField"_s);
        QVERIFY(field);
        QVERIFY(field->setProperty("text", u"Which cache?"_s));
        QSignalSpy refreshed(m_detail.get(), &ra::ReviewDetailController::refreshed);
        QQuickItem *send = findVisible(root, u"lineCommentSend"_s);
        QVERIFY(send && send->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(send, "clicked"));
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY(ra::test::visibleTexts(root).contains(u"Line 5, rita: Which cache?"_s));
        QVERIFY(!findVisible(root, u"lineCommentField"_s));
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestReviewLineComment)
#include "tst_reviewlinecomment.moc"
