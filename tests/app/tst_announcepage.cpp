// SPDX-License-Identifier: GPL-3.0-or-later
// Step 7's page in a real window: one card per configured channel, filled from the current release, a counter
// that turns red past the network's limit, and Send going through the session's journal to a channel twin.
#include "app/announcementcomposer.h"
#include "app/releasesession.h"
#include "channeltwins.h"
#include "journal/journal.h"

#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include "pagetesting.h"

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

class TestAnnouncePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ra::test::TestHttpServer> m_server;
    std::unique_ptr<ra::test::TelegramTwin> m_telegram;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    ra::AnnouncementComposer *m_composer = nullptr;

    // Delegates are not QObject children of the view: search the visual tree.
    [[nodiscard]] static QQuickItem *find(QQuickItem *root, const QString &name)
    {
        if (!root) {
            return nullptr;
        }
        const QList<QQuickItem *> children = root->childItems();
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

    [[nodiscard]] QQuickItem *card(const QString &channelId) const
    {
        return find(m_window->contentItem(), u"card_"_s + channelId);
    }

    [[nodiscard]] static QQuickItem *part(QQuickItem *card, const QString &name)
    {
        return find(card, name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ra::test::TestHttpServer>();
        QVERIFY(m_server->listen());
        m_telegram = std::make_unique<ra::test::TelegramTwin>(*m_server, u"123:TOKEN"_s);

        const QString base = m_server->url().toString();
        QFile channels(m_dir.filePath(u"channels.json"_s));
        QVERIFY(channels.open(QIODevice::WriteOnly));
        // The channels are the aleph-vm playbook's; the channels file only points them at the twin.
        channels.write(QJsonDocument(QJsonArray{QJsonObject{{u"id"_s, u"telegram"_s}, {u"baseUrl"_s, base}},
                                                QJsonObject{{u"id"_s, u"x"_s}, {u"baseUrl"_s, base}}})
                           .toJson());
        channels.close();
        qputenv("RA_CHANNELS_FILE", channels.fileName().toUtf8());
        qputenv("RA_SECRET_TELEGRAM_BOT_TOKEN", "123:TOKEN");

        // The application's session, on a journal of this test, with a release started.
        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        QString error;
        std::unique_ptr<ra::Journal> journal = ra::Journal::open(m_dir.filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        session->setJournal(std::move(journal));
        QVERIFY2(session->startRelease(u"1.15.0"_s), qPrintable(session->lastError()));

        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        // Tall enough for every card to be instantiated by the list.
        m_engine->loadData("import QtQuick\nimport QtQuick.Controls\nimport ReleaseAssistant\n"
                           "ApplicationWindow { width: 1000; height: 3000; visible: true\n"
                           "    AnnouncePage { anchors.fill: parent } }");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_composer = m_window->findChild<ra::AnnouncementComposer *>(u"announcementComposer"_s);
        QVERIFY(m_composer);
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        ra::ReleaseSession::instance()->setJournal(nullptr);
        ra::test::stopCollectingWarnings();
    }

    void showsOneCardPerChannelFilledFromTheRelease()
    {
        auto *page = m_window->findChild<QQuickItem *>(u"announcePage"_s);
        QVERIFY(page);

        QCOMPARE(m_composer->version(), u"1.15.0"_s);
        auto *list = find(m_window->contentItem(), u"channelCards"_s);
        QVERIFY(list);
        QCOMPARE(list->property("count").toInt(), 2);
        for (const QString &id : {u"telegram"_s, u"x"_s}) {
            QQuickItem *item = card(id);
            QTRY_VERIFY2(item && item->isVisible(), qPrintable(id));
            auto *text = part(item, u"cardText"_s);
            QVERIFY(text);
            QVERIFY2(text->property("text").toString().contains(u"aleph-vm 1.15.0"_s), qPrintable(id));
        }
        // The playbook's Telegram template, not a generic one.
        QVERIFY(part(card(u"telegram"_s), u"cardText"_s)
                    ->property("text")
                    .toString()
                    .startsWith(u"aleph-vm 1.15.0 is released."_s));
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void counterTurnsRedPastTheLimit()
    {
        QQuickItem *counter = part(card(u"x"_s), u"counter"_s);
        QVERIFY(counter);
        // The theme's negative colour, whatever the scheme.
        const QColor red = ra::test::themeColor(counter, u"negativeTextColor"_s);
        QVERIFY(red.isValid());
        QVERIFY(counter->property("color").value<QColor>() != red);

        QVERIFY(
            QMetaObject::invokeMethod(m_composer, "setCardText", Q_ARG(int, 1), Q_ARG(QString, QString(300, u'a'))));
        QTRY_COMPARE(counter->property("color").value<QColor>(), red);
        QCOMPARE(counter->property("text").toString(), u"300 / 280 weighted characters"_s);
        // Typed into the card itself, the same happens and the counter comes back.
        QQuickItem *text = part(card(u"x"_s), u"cardText"_s);
        text->setProperty("text", u"short"_s);
        QTRY_VERIFY(counter->property("color").value<QColor>() != red);
        QCOMPARE(counter->property("text").toString(), u"5 / 280 weighted characters"_s);
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void sendGoesThroughTheSessionJournal()
    {
        QQuickItem *send = part(card(u"telegram"_s), u"sendButton"_s);
        QVERIFY(send);
        QVERIFY(send->property("enabled").toBool());
        QVERIFY(QMetaObject::invokeMethod(send, "clicked"));
        QQuickItem *state = part(card(u"telegram"_s), u"deliveryState"_s);
        QTRY_COMPARE(state->property("text").toString(), u"Sent"_s);
        QCOMPARE(m_telegram->messages.size(), 1);
        QVERIFY(!send->property("enabled").toBool());

        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        const QList<ra::JournalEffect> effects = session->journal()->effects(u"1.15.0"_s);
        QCOMPARE(effects.size(), 1);
        QCOMPARE(effects.constFirst().key, u"telegram"_s);
        QCOMPARE(int(effects.constFirst().outcome), int(ra::EffectOutcome::Succeeded));
        // One channel of three: the step is under way, not done.
        QCOMPARE(session->steps()->status(ra::ReleaseStep::Announce)->state(), ra::StepState::InProgress);
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestAnnouncePage)
#include "tst_announcepage.moc"
