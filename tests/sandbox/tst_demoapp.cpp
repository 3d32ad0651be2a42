// SPDX-License-Identifier: GPL-3.0-or-later
// The app's demo mode: ReleaseSession::startDemo() opens the demo's project with its own journal, settings and
// secrets, says so (demoMode, demoNotice), and stopDemo() leaves nothing behind — not in the maintainer's recent
// projects, not on disk.
#include "app/githubaccountsettings.h"
#include "app/releasesession.h"
#include "app/scoringeditor.h"
#include "app/stagingstepcontroller.h"
#include "channels/channelsetup.h"
#include "journal/journal.h"
#include "sandbox/demoenvironment.h"
#include "secrets/keychainsecretstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().setValue(u"projects/recent"_s, QStringList{u"/home/maintainer/aleph-vm"_s});
        qputenv("GITHUB_TOKEN", "ghp_maintainers-own-token");
    }

    void theDemoOpensItsProjectAndEndsWithoutATrace()
    {
        QTemporaryDir journals;
        QVERIFY(journals.isValid());
        ra::ReleaseSession session(journals.filePath(u"journal.sqlite"_s));
        QVERIFY(!session.demoMode());
        QVERIFY(session.demoNotice().isEmpty());
        QSignalSpy changed(&session, &ra::ReleaseSession::demoModeChanged);

        session.startDemo();
        QVERIFY2(session.demoMode(), qPrintable(session.lastError()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.demoNotice(), ra::sandbox::DemoEnvironment::notice());
        ra::sandbox::DemoEnvironment *demo = session.demo();
        QVERIFY(demo);
        QVERIFY(session.projectOpen());
        QCOMPARE(session.clonePath(), demo->clonePath());
        QCOMPARE(session.projectName(), u"demo/sample-project"_s);
        QCOMPARE(session.playbook().approvals.required, 2);
        QVERIFY(session.journalAvailable());
        QCOMPARE(session.journal()->databasePath(), demo->journalPath());
        QVERIFY(session.lastError().isEmpty());
        // The maintainer's token is not the demo's: GitHub calls are made as the demo's maintainer.
        QVERIFY(!qEnvironmentVariableIsSet("GITHUB_TOKEN"));
        QCOMPARE(QSettings().value(u"github/apiUrl"_s).toString(), demo->githubEndpoints().api.toString());
        QVERIFY(session.startRelease(u"v1.2.0"_s));

        // The app's clients find the demo's twins where they look for GitHub and the channels, and the
        // maintainer's token where they look for a token (the keychain, which the demo's memory stands in for).
        QCOMPARE(ra::GitHubAccountSettings::endpoints().api, demo->githubEndpoints().api);
        QCOMPARE(ra::GitHubAccountSettings::endpoints().uploads, demo->githubEndpoints().uploads);
        QCOMPARE(ra::channels::ChannelSetup::channelsFilePath(), demo->channelsFilePath());
        QCOMPARE(tokenTheAppReads(), ra::sandbox::DemoEnvironment::maintainer().token);
        // Staging is signed off as the demo's maintainer, as the command-line tool's demo signs it.
        {
            ra::StagingStepController staging;
            staging.setSession(&session);
            QCOMPARE(staging.signer(), ra::sandbox::DemoEnvironment::maintainer().login);
        }
        // Step 3 shows the demo's table file (its playbook's kind is sql-file), not the sample rows: nobody has to
        // look for it in a file dialog.
        {
            ra::ScoringEditor editor;
            editor.classBegin();
            editor.setSession(&session);
            editor.componentComplete();
            QCOMPARE(editor.source(), ra::ScoringEditor::File);
            QCOMPARE(editor.tablePath(), demo->scoringTablePath());
        }

        // The second reviewer approves as demo-reviewer; the release stays picked.
        QSignalSpy account(&session, &ra::ReleaseSession::demoAccountChanged);
        QCOMPARE(session.demoAccounts(), QStringList({u"demo-maintainer"_s, u"demo-reviewer"_s}));
        QCOMPARE(session.demoAccount(), u"demo-maintainer"_s);
        QVERIFY(session.useDemoAccount(u"demo-reviewer"_s));
        QCOMPARE(account.size(), 1);
        QCOMPARE(session.demoAccount(), u"demo-reviewer"_s);
        QCOMPARE(tokenTheAppReads(), ra::sandbox::DemoEnvironment::reviewer().token);
        QCOMPARE(session.currentRelease(), u"v1.2.0"_s);
        QVERIFY(!session.useDemoAccount(u"octocat"_s));
        QVERIFY(session.lastError().contains(u"demo-maintainer, demo-reviewer"_s));
        QCOMPARE(session.demoAccount(), u"demo-reviewer"_s);

        // A second start changes nothing.
        session.startDemo();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.demo(), demo);

        const QString folder = demo->folder();
        session.stopDemo();
        QCOMPARE(changed.size(), 2);
        QVERIFY(!session.demoMode());
        QVERIFY(session.demoNotice().isEmpty());
        QVERIFY(!session.projectOpen());
        QVERIFY(!QDir(folder).exists());
        QCOMPARE(QSettings().value(u"projects/recent"_s).toStringList(), QStringList{u"/home/maintainer/aleph-vm"_s});
        QCOMPARE(qgetenv("GITHUB_TOKEN"), "ghp_maintainers-own-token");
        QVERIFY(!QSettings().contains(u"github/apiUrl"_s));
        QVERIFY(session.demoAccount().isEmpty());
        QVERIFY(!session.useDemoAccount(u"demo-maintainer"_s));
    }

private:
    /// The GitHub token the app's pages read, as they read it.
    static QString tokenTheAppReads()
    {
        ra::secrets::KeychainSecretStore keychain;
        std::optional<QString> read;
        ra::GitHubAccountSettings::readToken(
            keychain, [&read](const QString &token, const QString &, const QString &) { read = token; });
        return QTest::qWaitFor([&read] { return read.has_value(); }, 10000) ? *read : QString();
    }
};

QTEST_MAIN(TestDemoApp)
#include "tst_demoapp.moc"
