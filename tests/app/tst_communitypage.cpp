// SPDX-License-Identifier: GPL-3.0-or-later
// The community manager's side of the app against the GitHub twin: the roles worked out for each account, the
// role switched and remembered per project, the published releases model's rows (drafts left out, each channel's
// state from the journal), and the page in a window — the releases and their channel chips shown, "Announce…"
// asking for the composer on that release, light and dark, without a QML warning.
#include "app/publishedreleasesmodel.h"
#include "app/releasesession.h"
#include "app/rolecontroller.h"
#include "journal/journal.h"
#include "secrets/memorysecretstore.h"

#include "githubtwin.h"
#include "pagetesting.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

namespace {

const QString MaintainerToken = u"github_pat_11COMMUNITY0000000000_maintainer"_s;
const QString AnnouncerToken = u"github_pat_11COMMUNITY0000000000_announcer"_s;
const QString ReaderToken = u"github_pat_11COMMUNITY0000000000_reader"_s;

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

QStringList roleKeys(const ra::RoleController &roles)
{
    QStringList keys;
    const QVariantList available = roles.availableRoles();
    for (const QVariant &role : available) {
        keys.append(role.toMap().value(u"key"_s).toString());
    }
    return keys;
}

} // namespace

class TestCommunityPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ra::test::GitHubTwin m_github;
    ra::secrets::MemorySecretStore m_store;
    std::unique_ptr<ra::PublishedReleasesModel> m_model;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    [[nodiscard]] ra::github::Endpoints endpoints()
    {
        ra::github::Endpoints endpoints;
        endpoints.api = m_github.api().url();
        return endpoints;
    }

    void useToken(const QString &token)
    {
        m_store.write(u"github/token"_s, token, [](const ra::net::Error &) { });
    }

    /// A controller on the session, once GitHub answered it.
    std::unique_ptr<ra::RoleController> resolvedRoles()
    {
        auto roles = std::make_unique<ra::RoleController>();
        roles->setSecretStore(&m_store);
        roles->setEndpoints(endpoints());
        QSignalSpy resolved(roles.get(), &ra::RoleController::resolved);
        roles->setSession(ra::ReleaseSession::instance());
        [&] {
            QVERIFY(resolved.wait(10000));
        }();
        return roles;
    }

    void recordPost(const QString &release, const QString &channel, ra::EffectOutcome outcome, const QString &link,
                    const QString &error = {})
    {
        ra::Journal *journal = ra::ReleaseSession::instance()->journal();
        if (!journal->hasRelease(release)) {
            QVERIFY(journal->createRelease(release, {}));
        }
        const qint64 id = journal->beginEffect(release, ra::stepKey(ra::ReleaseStep::Announce), u"announce-post"_s,
                                               channel, {{u"channelId"_s, channel}});
        QVERIFY(id > 0);
        const QJsonObject result =
            link.isEmpty() ? QJsonObject()
                           : QJsonObject{{u"postIds"_s, QJsonArray{u"1"_s}}, {u"postUrls"_s, QJsonArray{link}}};
        QVERIFY(journal->finishEffect(id, outcome, result, error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The remembered role goes to the app's settings: kept out of the tests' home.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"roles"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_github.start());
        m_github.state().token = MaintainerToken;
        m_github.state().login = u"maya"_s;
        m_github.state().otherAccounts = {{AnnouncerToken, u"carl"_s}, {ReaderToken, u"nina"_s}};
        // Each account with its own level on the repository, as GitHub answers.
        m_github.api().route("GET", u"/repos/{owner}/{repo}"_s, [this](const ra::test::HttpRequest &request) {
            const bool maintainer = m_github.loginOf(request) == u"maya"_s;
            const QJsonObject permissions{{u"admin"_s, false},
                                          {u"maintain"_s, false},
                                          {u"push"_s, maintainer},
                                          {u"triage"_s, maintainer},
                                          {u"pull"_s, true}};
            return ra::test::HttpResponse::json(
                m_github.authorized(request) ? 200 : 401,
                QJsonDocument(QJsonObject{{u"full_name"_s, u"aleph-im/aleph-vm"_s}, {u"permissions"_s, permissions}}));
        });
        m_github.addRelease(u"1.1.0"_s, false);
        const qint64 candidate = m_github.addRelease(u"1.2.0-rc1"_s, false);
        m_github.state().release(candidate)->prerelease = true;
        m_github.addRelease(u"1.3.0"_s, true);

        // aleph-vm's playbook, whose announcers are the maintainer and a community manager.
        QFile preset(u":/ra/presets/aleph-vm.playbook"_s);
        QVERIFY(preset.open(QIODevice::ReadOnly));
        QFile playbook(m_dir.filePath(u"community.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        QVERIFY(playbook.write(preset.readAll() + "\n[announcements]\nannouncer = maya\nannouncer = carl\n") > 0);
        playbook.close();
        ra::release::ProjectError projectError;
        const auto project = ra::release::Project::fromPlaybook(playbook.fileName(), {}, &projectError);
        QVERIFY2(project, qPrintable(projectError.message));

        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        QString error;
        std::unique_ptr<ra::Journal> journal = ra::Journal::open(m_dir.filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        session->setJournal(std::move(journal));
        session->setProject(*project);
        recordPost(u"1.1.0"_s, u"telegram"_s, ra::EffectOutcome::Succeeded, u"https://t.me/alephim/12"_s);
        recordPost(u"1.1.0"_s, u"x"_s, ra::EffectOutcome::Failed, {}, u"HTTP 403: duplicate content"_s);
        useToken(MaintainerToken);

        m_model = std::make_unique<ra::PublishedReleasesModel>();
        m_model->setSecretStore(&m_store);
        m_model->setEndpoints(endpoints());
        QSignalSpy finished(m_model.get(), &ra::PublishedReleasesModel::finished);
        m_model->setSession(session);
        QVERIFY(finished.wait(10000));
    }

    void cleanupTestCase()
    {
        if (m_engine) {
            QVERIFY(ra::test::waitForIncubation(m_engine.get()));
            m_engine.reset();
        }
        m_model.reset();
        ra::ReleaseSession::instance()->setJournal(nullptr);
        ra::test::stopCollectingWarnings();
        QSettings().remove(u"roles"_s);
    }

    void rolesComeFromGitHubAndThePlaybook()
    {
        useToken(MaintainerToken);
        const auto maya = resolvedRoles();
        QCOMPARE(maya->login(), u"maya"_s);
        // Push access makes a maintainer (and, with no approver listed, a reviewer); the playbook an announcer.
        QCOMPARE(roleKeys(*maya), (QStringList{u"maintainer"_s, u"reviewer"_s, u"community-manager"_s}));
        QCOMPARE(maya->currentRole(), u"maintainer"_s);
        QVERIFY(maya->canSwitch());
        QVERIFY(maya->problem().isEmpty());

        QSignalSpy switched(maya.get(), &ra::RoleController::currentRoleChanged);
        maya->setCurrentRole(u"community-manager"_s);
        QCOMPARE(switched.size(), 1);
        QCOMPARE(maya->currentRoleTitle(), u"Community manager"_s);
        // A role the user does not hold is not taken.
        maya->setCurrentRole(u"owner"_s);
        QCOMPARE(maya->currentRole(), u"community-manager"_s);
        // Remembered for the project: the next start opens in it.
        QCOMPARE(QSettings().value(u"roles/aleph-im/aleph-vm"_s).toString(), u"community-manager"_s);
        QCOMPARE(resolvedRoles()->currentRole(), u"community-manager"_s);

        useToken(AnnouncerToken);
        const auto carl = resolvedRoles();
        QCOMPARE(carl->login(), u"carl"_s);
        QCOMPARE(roleKeys(*carl), QStringList{u"community-manager"_s});
        QVERIFY(!carl->canSwitch());
        QCOMPARE(carl->currentRole(), u"community-manager"_s);

        // Someone who may only read and is in no list has no role: told why, the steps stay where they were.
        QSettings().remove(u"roles"_s);
        useToken(ReaderToken);
        const auto nina = resolvedRoles();
        QCOMPARE(nina->login(), u"nina"_s);
        QVERIFY(nina->availableRoles().isEmpty());
        QVERIFY2(nina->problem().contains(u"nina has pull access to aleph-im/aleph-vm"_s) &&
                     nina->problem().contains(u"[announcements]"_s),
                 qPrintable(nina->problem()));
        QCOMPARE(nina->currentRole(), u"maintainer"_s);
        nina->setCurrentRole(u"community-manager"_s);
        QCOMPARE(nina->currentRole(), u"maintainer"_s);

        // Signed out: GitHub is not asked at all, and the page says how to get a role.
        useToken(QString());
        const qsizetype asked = m_github.api().requests().size();
        const auto nobody = resolvedRoles();
        QCOMPARE(m_github.api().requests().size(), asked);
        QVERIFY(nobody->availableRoles().isEmpty());
        QVERIFY2(nobody->problem().contains(u"Sign in to GitHub"_s), qPrintable(nobody->problem()));
        QCOMPARE(nobody->currentRole(), u"maintainer"_s);
        useToken(MaintainerToken);
    }

    void listsPublishedReleasesWithEachChannelsState()
    {
        QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(m_model->error().isEmpty(), qPrintable(m_model->error()));
        // The draft 1.3.0 is left out.
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->count(), 2);
        const QHash<int, QByteArray> roles = m_model->roleNames();
        QStringList tags;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            tags.append(m_model->index(row).data(ra::PublishedReleasesModel::TagRole).toString());
        }
        QCOMPARE(tags, (QStringList{u"1.2.0-rc1"_s, u"1.1.0"_s}));
        QVERIFY(roles.values().contains("channels") && roles.values().contains("publishedOn"));

        const QModelIndex announced = m_model->index(1);
        QCOMPARE(announced.data(ra::PublishedReleasesModel::PublishedOnRole).toString(), u"2026-11-21"_s);
        QCOMPARE(announced.data(ra::PublishedReleasesModel::SentCountRole).toInt(), 1);
        QCOMPARE(announced.data(ra::PublishedReleasesModel::ChannelCountRole).toInt(), 2);
        const QVariantList channels = announced.data(ra::PublishedReleasesModel::ChannelsRole).toList();
        QCOMPARE(channels.size(), 2);
        const QVariantMap telegram = channels.at(0).toMap();
        QCOMPARE(telegram.value(u"channel"_s).toString(), u"telegram"_s);
        QCOMPARE(telegram.value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(telegram.value(u"link"_s).toString(), u"https://t.me/alephim/12"_s);
        const QVariantMap x = channels.at(1).toMap();
        QCOMPARE(x.value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(x.value(u"message"_s).toString(), u"HTTP 403: duplicate content"_s);
        QVERIFY(m_model->index(0).data(ra::PublishedReleasesModel::PrereleaseRole).toBool());
        const QVariantList pending = m_model->index(0).data(ra::PublishedReleasesModel::ChannelsRole).toList();
        QCOMPARE(pending.at(0).toMap().value(u"stateText"_s).toString(), u"not sent"_s);
    }

    void showsTheReleasesAndOpensTheComposerOnOne()
    {
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setInitialProperties({{u"releases"_s, QVariant::fromValue(m_model.get())}});
        m_engine->loadData("import QtQuick\nimport org.kde.kirigami as Kirigami\nimport ReleaseAssistant\n"
                           "Kirigami.ApplicationWindow {\n"
                           "    id: window\n"
                           "    required property PublishedReleasesModel releases\n"
                           "    property string requested\n"
                           "    width: 900; height: 640; visible: true\n"
                           "    pageStack.initialPage: CommunityPage {\n"
                           "        releases: window.releases\n"
                           "        onAnnounceRequested: (tag, publishedOn, url) =>\n"
                           "            window.requested = [tag, publishedOn, url].join(' ')\n"
                           "    }\n"
                           "}\n");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        auto *page = m_window->findChild<QQuickItem *>(u"communityPage"_s);
        QVERIFY(page);

        QTRY_VERIFY(find(page, u"release_1.1.0"_s));
        const QStringList announced = ra::test::visibleTexts(find(page, u"release_1.1.0"_s));
        QVERIFY2(announced.contains(u"telegram: sent"_s) && announced.contains(u"x: failed"_s),
                 qPrintable(announced.join(u'\n')));
        QVERIFY2(announced.contains(u"Published on 2026-11-21 · announced on 1 of 2 channels"_s),
                 qPrintable(announced.join(u'\n')));
        const QStringList candidate = ra::test::visibleTexts(find(page, u"release_1.2.0-rc1"_s));
        QVERIFY2(candidate.contains(u"pre-release"_s) && candidate.contains(u"telegram: not sent"_s),
                 qPrintable(candidate.join(u'\n')));
        QVERIFY(!find(page, u"release_1.3.0"_s));
        QCOMPARE(find(find(page, u"release_1.1.0"_s), u"channel_x"_s)->property("severity").toInt(), 4);
        const QImage shot = ra::test::settledShot(m_engine.get(), m_window);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(ra::test::screenshotPath(u"community-releases"_s)));

        QQuickItem *announce = find(find(page, u"release_1.1.0"_s), u"announceButton"_s);
        QVERIFY(announce && announce->isVisible());
        QVERIFY(QMetaObject::invokeMethod(announce, "clicked"));
        QCOMPARE(m_window->property("requested").toString(),
                 u"1.1.0 2026-11-21 https://github.com/aleph-im/aleph-vm/releases/tag/1.1.0"_s);
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void aSendShowsOnReload()
    {
        recordPost(u"1.2.0-rc1"_s, u"telegram"_s, ra::EffectOutcome::Succeeded, u"https://t.me/alephim/13"_s);
        m_model->reloadStatuses();
        auto *page = m_window->findChild<QQuickItem *>(u"communityPage"_s);
        QTRY_VERIFY(ra::test::visibleTexts(find(page, u"release_1.2.0-rc1"_s)).contains(u"telegram: sent"_s));
    }

    void readsWellInADarkScheme()
    {
        auto *page = m_window->findChild<QQuickItem *>(u"communityPage"_s);
        QString error;
        QVERIFY2(ra::test::useDarkColourScheme(&error), qPrintable(error));
        QTRY_VERIFY(ra::test::themeColor(page, u"backgroundColor"_s).lightnessF() < 0.3);
        const QImage shot = ra::test::settledShot(m_engine.get(), m_window);
        QVERIFY(!shot.isNull());
        QVERIFY2(ra::test::meanLuminance(shot) < 0.3, "the community page is too light in a dark scheme");
        QVERIFY(shot.save(ra::test::screenshotPath(u"community-releases-dark"_s)));
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings in the dark scheme");
    }
};

QTEST_MAIN(TestCommunityPage)
#include "tst_communitypage.moc"
