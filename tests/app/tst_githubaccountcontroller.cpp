// SPDX-License-Identifier: GPL-3.0-or-later
// The GitHub account of the Settings page against the GitHub twin: a pasted token checked before it is kept,
// a refused one not kept, the device flow's code and token, signing out; and the QML section loads without a
// warning on a machine without a keychain.
#include "app/githubaccountcontroller.h"
#include "secrets/memorysecretstore.h"

#include "githubtwin.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include "pagetesting.h"

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

QString storedToken(secrets::MemorySecretStore &store)
{
    QString token;
    bool done = false;
    store.read(u"github/token"_s, [&](const secrets::SecretValue &value) {
        token = value.value;
        done = true;
    });
    return QTest::qWaitFor([&done] { return done; }, 5000) ? token : u"(the store never answered)"_s;
}

} // namespace

class TestGitHubAccountController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::GitHubTwin> m_twin;
    std::unique_ptr<secrets::MemorySecretStore> m_store;

    void configure(GitHubAccountController &controller)
    {
        github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        endpoints.web = m_twin->web().url();
        controller.setEndpoints(endpoints);
        controller.setSecretStore(m_store.get());
        // The page binds it to the open project.
        controller.setRepository(u"aleph-im/aleph-vm"_s);
    }

    static bool settle(GitHubAccountController &controller)
    {
        QSignalSpy finished(&controller, &GitHubAccountController::finished);
        return finished.wait(10000) && !controller.busy();
    }

private Q_SLOTS:
    void init()
    {
        m_twin = std::make_unique<test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_store = std::make_unique<secrets::MemorySecretStore>();
    }

    void cleanup()
    {
        m_store.reset();
        m_twin.reset();
    }

    void aPastedTokenIsCheckedThenKept()
    {
        m_twin->state().token = u"github_pat_11AAAAfinegrained"_s;
        GitHubAccountController controller;
        configure(controller);
        controller.refresh();
        QVERIFY(settle(controller));
        QVERIFY(!controller.signedIn());

        controller.saveToken(u"github_pat_wrong"_s);
        QVERIFY(settle(controller));
        QVERIFY(!controller.signedIn());
        QVERIFY2(controller.message().contains(u"not kept"_s), qPrintable(controller.message()));
        QVERIFY(!m_store->contains(u"github/token"_s));

        controller.saveToken(u"  github_pat_11AAAAfinegrained "_s);
        QVERIFY(settle(controller));
        QVERIFY2(controller.signedIn(), qPrintable(controller.message()));
        QCOMPARE(controller.login(), u"octo-releaser"_s);
        QCOMPARE(controller.tokenKind(), u"fine-grained personal access token"_s);
        QVERIFY(!controller.scopesKnown());
        QVERIFY2(controller.permissions().contains(u"push yes"_s), qPrintable(controller.permissions()));
        QCOMPARE(storedToken(*m_store), u"github_pat_11AAAAfinegrained"_s);

        // Another window of the app reads it back.
        GitHubAccountController other;
        configure(other);
        other.refresh();
        QVERIFY(settle(other));
        QCOMPARE(other.login(), u"octo-releaser"_s);
        QCOMPARE(other.tokenSource(), m_store->description());

        controller.signOut();
        QVERIFY(settle(controller));
        QVERIFY(!controller.signedIn());
        QVERIFY(!m_store->contains(u"github/token"_s));
    }

    void aClassicTokenShowsItsScopes()
    {
        m_twin->state().oauthScopes = u"repo, workflow"_s;
        GitHubAccountController controller;
        configure(controller);
        controller.saveToken(u"ghp_classicToken"_s);
        QVERIFY(settle(controller));
        QVERIFY(controller.scopesKnown());
        QCOMPARE(controller.scopes(), (QStringList{u"repo"_s, u"workflow"_s}));
    }

    void theDeviceFlowShowsTheCodeAndKeepsTheToken()
    {
        m_twin->state().deviceInterval = 1;
        m_twin->state().devicePollScript = {u"authorization_pending"_s};
        GitHubAccountController controller;
        configure(controller);
        controller.setClientId(u"Iv1.twinclient"_s);
        QSignalSpy codes(&controller, &GitHubAccountController::deviceFlowChanged);
        controller.startDeviceFlow();
        QVERIFY(controller.deviceFlowActive());
        QTRY_COMPARE_WITH_TIMEOUT(controller.userCode(), u"WDJB-MJHT"_s, 10000);
        QCOMPARE(controller.verificationUrl(), u"https://github.com/login/device"_s);
        QTRY_VERIFY_WITH_TIMEOUT(controller.signedIn(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), 5000);
        QVERIFY(!controller.deviceFlowActive());
        QCOMPARE(storedToken(*m_store), m_twin->state().deviceToken);
        QCOMPARE(controller.tokenKind(), u"OAuth token (device flow)"_s);
    }

    void theDeviceFlowExplainsADenial()
    {
        m_twin->state().deviceInterval = 1;
        m_twin->state().devicePollScript = {u"access_denied"_s};
        GitHubAccountController controller;
        configure(controller);
        controller.setClientId(u"Iv1.twinclient"_s);
        controller.startDeviceFlow();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.deviceFlowActive(), 15000);
        QVERIFY(!controller.signedIn());
        QVERIFY(!m_store->contains(u"github/token"_s));
        QVERIFY2(!controller.message().isEmpty(), qPrintable(controller.message()));
    }

    void theSectionLoadsWithoutWarnings()
    {
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        {
            QQmlApplicationEngine engine;
            QQmlComponent component(&engine);
            component.setData("import QtQuick\nimport ReleaseAssistant\nItem { width: 900; height: 600\n"
                              "GitHubAccountSection { objectName: \"section\"; width: 880 } }",
                              QUrl(u"qrc:/tst_githubaccountcontroller/Section.qml"_s));
            std::unique_ptr<QObject> root(component.create());
            QVERIFY2(root, qPrintable(component.errorString()));
            auto *account = root->findChild<GitHubAccountController *>(u"gitHubAccountController"_s);
            QVERIFY(account);
            // Without a Secret Service the keychain answers with an error, and the section says so.
            QTRY_VERIFY_WITH_TIMEOUT(!account->busy(), 30000);
            QVERIFY(!account->message().isEmpty());
        }
        ra::test::stopCollectingWarnings();
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }
};

QTEST_MAIN(TestGitHubAccountController)
#include "tst_githubaccountcontroller.moc"
