// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-flight view of the real window on a project whose checks find things to fix (a token that may not push,
// a staging node that is down, channels without their secrets): it comes first when the project is opened, every
// line says what to do, the sidebar counts them, a line's button opens where to fix it, and it reads well in a dark
// colour scheme — without a QML warning.
#include "app/preflightmodel.h"
#include "app/releasesession.h"
#include "secrets/memorysecretstore.h"

#include "freeport.h"
#include "githubtwin.h"
#include "pagetesting.h"
#include "stagingnodetwin.h"

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

const QString Token = u"github_pat_11PREFLIGHTPAGE00000000_abcdefghijklmnop"_s;

/// The first item under \a root named \a name, delegates included (they are not QObject children of their view).
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

} // namespace

class TestPreflightPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ra::test::GitHubTwin m_github;
    ra::test::StagingNodeTwin m_node;
    ra::secrets::MemorySecretStore m_store;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    ra::PreflightModel *m_model = nullptr;

    [[nodiscard]] QQuickItem *page() const
    {
        return m_window->findChild<QQuickItem *>(u"preflightPage"_s);
    }

    [[nodiscard]] QQuickItem *line(const QString &checkId) const
    {
        return find(page(), u"check_"_s + checkId);
    }

    /// The window once what the page shows has settled (no object still being built, two frames alike).
    [[nodiscard]] QImage settledShot()
    {
        return ra::test::settledShot(m_engine.get(), m_window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The app's settings (recent projects, the scoring connection) stay out of the tests' home.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_github.start());
        QVERIFY(m_node.start());
        m_github.state().token = Token;
        m_github.state().canPush = false;
        m_store.write(u"github/token"_s, Token, [](const ra::net::Error &) { });

        // The aleph-vm preset with its staging node at the twin, and a second node nothing answers on.
        QFile preset(u":/ra/presets/aleph-vm.playbook"_s);
        QVERIFY(preset.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(preset.readAll());
        text.replace(u"url = http://ovh.staging.aleph.sh:4020"_s, u"url = "_s + m_node.url().toString());
        text += u"\n[staging down]\nurl = http://127.0.0.1:%1\n"_s.arg(ra::test::freeLoopbackPort());
        QFile playbook(m_dir.filePath(u"preflight.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        QVERIFY(playbook.write(text.toUtf8()) > 0);
        playbook.close();
        ra::release::ProjectError error;
        const auto project = ra::release::Project::fromPlaybook(playbook.fileName(), {}, &error);
        QVERIFY2(project, qPrintable(error.message));

        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("ReleaseAssistant", "Main");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_model = m_window->findChild<ra::PreflightModel *>(u"preflightModel"_s);
        QVERIFY(m_model);
        m_model->setSecretStore(&m_store);
        ra::github::Endpoints endpoints;
        endpoints.api = m_github.api().url();
        m_model->setEndpoints(endpoints);

        // Opening the project checks it and shows its pre-flight view first.
        QSignalSpy finished(m_model, &ra::PreflightModel::finished);
        ra::ReleaseSession::instance()->setProject(*project);
        QTRY_COMPARE(m_window->property("currentKey").toString(), u"preflight"_s);
        QVERIFY(finished.wait(30000));
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        ra::test::stopCollectingWarnings();
    }

    void everyLineSaysWhatToDo()
    {
        QVERIFY(page() && page()->isVisible());
        const QImage shot = settledShot();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(ra::test::screenshotPath(u"preflight-project"_s)));

        QCOMPARE(m_model->rowCount(), int(m_model->checks().size()));
        QVERIFY(m_model->failedCount() >= 3);
        const QStringList rights = ra::test::visibleTexts(line(u"github-rights"_s));
        QVERIFY2(rights.contains(u"to fix"_s), qPrintable(rights.join(u'\n')));
        QVERIFY2(rights.join(u'\n').contains(u"may not push to aleph-im/aleph-vm"_s), qPrintable(rights.join(u'\n')));
        QVERIFY(rights.contains(u"Sign in to GitHub"_s));
        const QStringList down = ra::test::visibleTexts(line(u"staging:down"_s));
        QVERIFY2(down.join(u'\n').contains(u"cannot be reached"_s), qPrintable(down.join(u'\n')));
        const QStringList up = ra::test::visibleTexts(line(u"staging:ovh"_s));
        QVERIFY2(up.contains(u"ok"_s) && up.join(u'\n').contains(m_node.version), qPrintable(up.join(u'\n')));
        // A line that is fine offers no button.
        QVERIFY(!find(line(u"staging:ovh"_s), u"fixButton"_s)->isVisible());
        const QStringList x = ra::test::visibleTexts(line(u"channel:x"_s));
        QVERIFY2(x.contains(u"Open Settings"_s), qPrintable(x.join(u'\n')));

        // The sidebar sums it up, and so does the page.
        const QStringList all = ra::test::visibleTexts(m_window->contentItem());
        QVERIFY2(all.contains(u"%1 to fix"_s.arg(m_model->failedCount())), qPrintable(all.join(u'\n')));
        QVERIFY(!all.join(u'\n').contains(Token));
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings on the pre-flight view");
    }

    void aLineOpensWhereToFixIt()
    {
        QQuickItem *signIn = find(line(u"github-rights"_s), u"fixButton"_s);
        QVERIFY(signIn && signIn->isVisible());
        QVERIFY(QMetaObject::invokeMethod(signIn, "clicked"));
        QTRY_COMPARE(m_window->property("currentKey").toString(), u"settings"_s);
        // Without an OAuth app for the device flow, the token field takes the focus.
        auto *tokenField = m_window->findChild<QQuickItem *>(u"tokenField"_s);
        QVERIFY(tokenField);
        QTRY_VERIFY(tokenField->hasActiveFocus());

        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, u"preflight"_s)));
        QTRY_VERIFY(page()->isVisible());
        QQuickItem *database = find(line(u"scoring-database"_s), u"fixButton"_s);
        QVERIFY(database && database->isVisible());
        QCOMPARE(database->property("text").toString(), u"Open the scoring table"_s);
        QVERIFY(QMetaObject::invokeMethod(database, "clicked"));
        QTRY_COMPARE(m_window->property("currentKey").toString(), u"scoring-table"_s);
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings while fixing");
    }

    void checkingAgainRunsEveryCheck()
    {
        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, u"preflight"_s)));
        m_github.state().canPush = true;
        QSignalSpy finished(m_model, &ra::PreflightModel::finished);
        QVERIFY(QMetaObject::invokeMethod(m_model, "refresh"));
        QVERIFY(m_model->running() || !finished.isEmpty());
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QTRY_VERIFY(ra::test::visibleTexts(line(u"github-rights"_s)).contains(u"ok"_s));
        QVERIFY(!find(line(u"github-rights"_s), u"fixButton"_s)->isVisible());
    }

    void readsWellInADarkScheme()
    {
        QString error;
        QVERIFY2(ra::test::useDarkColourScheme(&error), qPrintable(error));
        QTRY_VERIFY(ra::test::themeColor(page(), u"backgroundColor"_s).lightnessF() < 0.3);
        const QImage shot = settledShot();
        QVERIFY(!shot.isNull());
        QVERIFY2(ra::test::meanLuminance(shot) < 0.3, "the pre-flight view is too light in a dark scheme");
        QVERIFY(shot.save(ra::test::screenshotPath(u"preflight-project-dark"_s)));
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings in the dark scheme");
    }
};

QTEST_MAIN(TestPreflightPage)
#include "tst_preflightpage.moc"
