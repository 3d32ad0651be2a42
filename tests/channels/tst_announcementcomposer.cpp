// SPDX-License-Identifier: GPL-3.0-or-later
// The composer behind AnnouncePage: cards filled from the release, live counts, test send and send once.
#include "channeltwins.h"

#include "app/announcementcomposer.h"
#include "app/releasesession.h"
#include "channels/channelretrypolicy.h"
#include "channels/channelsetup.h"
#include "core/playbookloader.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "notes/notesrevisions.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::ChannelCardModel;

class TestAnnouncementComposer : public QObject
{
    Q_OBJECT

private:
    static QVariant role(const ChannelCardModel *model, int row, int role)
    {
        return model->data(model->index(row), role);
    }

private Q_SLOTS:
    void fillsCountsAndSendsOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        auto journal = ra::Journal::open(dir.filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        ra::test::TestHttpServer server;
        QVERIFY(server.listen());
        ra::test::TelegramTwin twin(server, u"1:T"_s);
        ra::net::HttpClient http;
        http.setClock(std::make_shared<ra::test::RecordingClock>());
        http.setRetryPolicy(std::make_shared<ra::channels::ChannelRetryPolicy>());
        ra::secrets::MemorySecretStore store;
        store.write(ra::channels::ChannelSetup::secretKey(u"telegram"_s, u"bot-token"_s), u"1:T"_s,
                    [](const auto &) { });

        ra::AnnouncementComposer composer;
        QAbstractItemModelTester tester(composer.cards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        composer.setBackends(journal.get(), &http, &store);
        composer.setChannels({ra::channels::ChannelConfig{u"telegram"_s, u"telegram"_s, server.url(),
                                                          QJsonObject{{u"chat"_s, u"@alephim"_s}},
                                                          QJsonObject{{u"chat"_s, u"@private_test"_s}}},
                              ra::channels::ChannelConfig{u"x"_s, u"x"_s, server.url(), {}, {}}});
        composer.setVersion(u"1.15.0"_s);
        composer.setPublishedOn(u"2026-11-24"_s);
        composer.setHighlights(u"Faster boot\nLess RAM"_s);
        ChannelCardModel *cards = composer.cards();
        QCOMPARE(cards->rowCount(), 2);
        const QString text = role(cards, 0, ChannelCardModel::TextRole).toString();
        QVERIFY2(text.contains(u"• Faster boot"_s) && text.contains(u"1.15.0"_s), qPrintable(text));
        QVERIFY(text.contains(u"https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0"_s));
        QCOMPARE(role(cards, 0, ChannelCardModel::LimitRole).toInt(), 4096);
        QCOMPARE(role(cards, 1, ChannelCardModel::LimitRole).toInt(), 280);

        // The counter turns red past the limit; on X the text becomes a thread.
        QSignalSpy changed(cards, &QAbstractItemModel::dataChanged);
        composer.setCardText(1, QString(300, u'a'));
        QVERIFY(!changed.isEmpty());
        QVERIFY(role(cards, 1, ChannelCardModel::OverLimitRole).toBool());
        QCOMPARE(role(cards, 1, ChannelCardModel::PostCountRole).toInt(), 2);

        composer.sendTest(0);
        QTRY_COMPARE(role(cards, 0, ChannelCardModel::StateRole).toString(), u"test-sent"_s);
        QCOMPARE(twin.messages.at(0).value(u"chat_id"_s).toString(), u"@private_test"_s);

        composer.send(0);
        QTRY_COMPARE(role(cards, 0, ChannelCardModel::StateRole).toString(), u"sent"_s);
        QCOMPARE(role(cards, 0, ChannelCardModel::LinksRole).toStringList(),
                 QStringList{u"https://t.me/alephim/101"_s});
        composer.send(0);
        QTRY_COMPARE(role(cards, 0, ChannelCardModel::StateRole).toString(), u"already-sent"_s);
        QCOMPARE(twin.messages.size(), 2);

        // A second composer (the app restarted) shows what the journal knows.
        ra::AnnouncementComposer again;
        again.setBackends(journal.get(), &http, &store);
        again.setChannels({ra::channels::ChannelConfig{u"telegram"_s, u"telegram"_s, server.url(), {}, {}}});
        again.setVersion(u"1.15.0"_s);
        QCOMPARE(role(again.cards(), 0, ChannelCardModel::StateRole).toString(), u"already-sent"_s);
        QCOMPARE(role(again.cards(), 0, ChannelCardModel::LinksRole).toStringList(),
                 QStringList{u"https://t.me/alephim/101"_s});
    }

    void cardsComeFromThePlaybookTemplates()
    {
        const ra::PlaybookLoadResult loaded = ra::PlaybookLoader::parse(
            "[project]\nname = demo\nrepository = demo/demo\n\n[scoring]\ngrace-days = 7\n\n"
            "[channel news]\nkind = telegram\ntarget = https://t.me/demo\n"
            "template = {project} {version}, by {deadline}\ntemplate = \"\"\ntemplate = {release_url}\n"
            "prerelease-template = Please test {version}\n",
            u"demo.playbook"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        ra::AnnouncementComposer composer;
        composer.setPlaybook(*loaded.playbook);
        QCOMPARE(composer.graceDays(), 7);
        composer.setChannels({ra::channels::ChannelConfig{u"telegram"_s, u"news"_s, {}, {}, {}},
                              ra::channels::ChannelConfig{u"mastodon"_s, u"mastodon"_s, {}, {}, {}}});
        composer.setPublishedOn(u"2026-11-24"_s);
        composer.setVersion(u"2.0.0"_s);
        ChannelCardModel *cards = composer.cards();
        QCOMPARE(role(cards, 0, ChannelCardModel::TextRole).toString(),
                 u"demo 2.0.0, by 1 December 2026\n\nhttps://github.com/demo/demo/releases/tag/2.0.0"_s);
        // A channel the playbook does not describe gets the built-in text for its network.
        QVERIFY(role(cards, 1, ChannelCardModel::TextRole).toString().startsWith(u"demo 2.0.0 is out"_s));
        // A release candidate, spelled as the playbook's tags are, gets the pre-release template.
        composer.setVersion(u"2.1.0-rc1"_s);
        QCOMPARE(role(cards, 0, ChannelCardModel::TextRole).toString(), u"Please test 2.1.0-rc1"_s);
    }

    void factsComeFromTheEarlierSteps()
    {
        QTemporaryDir dir;
        auto journal = ra::Journal::open(dir.filePath(u"journal.sqlite"_s));
        QVERIFY(journal);
        QVERIFY(journal->createRelease(u"1.15.0"_s, {}));
        QVERIFY(journal->createRelease(u"1.16.0"_s, {}));
        // Step 4 saved the notes; step 6 published on 2026-11-24.
        ra::notes::NotesRevisions revisions(*journal, u"1.15.0"_s);
        QVERIFY(revisions.record(
            u"# 1.15.0\n\n## Highlights\n\n- IPv6 for every VM (#701)\n- Faster boots (by @alice)\n"_s, u"test"_s, 1));
        QVERIFY(journal->setValue(u"1.15.0"_s, u"review.publishedAt"_s, u"2026-11-24T10:00:00Z"_s));
        ra::net::HttpClient http;
        ra::secrets::MemorySecretStore store;
        ra::AnnouncementComposer composer;
        composer.setBackends(journal.get(), &http, &store);
        composer.setVersion(u"1.15.0"_s);
        QCOMPARE(composer.highlights(), u"IPv6 for every VM\nFaster boots"_s);
        QCOMPARE(composer.publishedOn(), u"2026-11-24"_s);
        QVERIFY(!composer.deadline().isEmpty());

        // Another release without notes does not keep the first one's highlights...
        composer.setVersion(u"1.16.0"_s);
        QVERIFY(composer.highlights().isEmpty());
        // ...but what the community manager typed stays.
        composer.setHighlights(u"Typed by hand"_s);
        composer.setVersion(u"1.15.0"_s);
        QCOMPARE(composer.highlights(), u"Typed by hand"_s);
    }

    void factsComeFromTheSessionItFollows()
    {
        // A session of its own (a test's, the demo's second window), not the application's: the composer reads
        // the facts from that session's journal and shows the step on that session's list.
        QTemporaryDir dir;
        ra::ReleaseSession session(dir.filePath(u"journal.sqlite"_s));
        QVERIFY2(session.startRelease(u"1.15.0"_s), qPrintable(session.lastError()));
        ra::notes::NotesRevisions revisions(*session.journal(), u"1.15.0"_s);
        QVERIFY(revisions.record(u"# 1.15.0\n\n## Highlights\n\n- IPv6 for every VM (#701)\n"_s, u"test"_s, 1));
        QVERIFY(session.journal()->setValue(u"1.15.0"_s, u"review.publishedAt"_s, u"2026-11-24T10:00:00Z"_s));
        ra::AnnouncementComposer composer;
        composer.setSession(&session);
        composer.setVersion(session.currentRelease());
        QCOMPARE(composer.highlights(), u"IPv6 for every VM"_s);
        QCOMPARE(composer.publishedOn(), u"2026-11-24"_s);
    }

    void missingSecretIsExplained()
    {
        ra::test::TestHttpServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        auto journal = ra::Journal::open(dir.filePath(u"journal.sqlite"_s));
        ra::net::HttpClient http;
        ra::secrets::MemorySecretStore store;
        ra::AnnouncementComposer composer;
        composer.setBackends(journal.get(), &http, &store);
        composer.setChannels({ra::channels::ChannelConfig{u"discord"_s, u"discord"_s, server.url(), {}, {}}});
        composer.setVersion(u"1.15.0"_s);
        composer.send(0);
        QTRY_COMPARE(role(composer.cards(), 0, ChannelCardModel::StateRole).toString(), u"failed"_s);
        QVERIFY(role(composer.cards(), 0, ChannelCardModel::MessageRole).toString().contains(u"webhook-url"_s));
        QCOMPARE(server.requestCount(), 0);
    }

    void resumedThreadShowsEveryLink()
    {
        QTemporaryDir dir;
        auto journal = ra::Journal::open(dir.filePath(u"journal.sqlite"_s));
        QVERIFY(journal);
        ra::test::TestHttpServer server;
        QVERIFY(server.listen());
        ra::test::MastodonTwin twin(server, u"m"_s);
        ra::net::HttpClient http;
        http.setClock(std::make_shared<ra::test::RecordingClock>());
        const auto policy = std::make_shared<ra::channels::ChannelRetryPolicy>();
        http.setRetryPolicy(policy);
        ra::secrets::MemorySecretStore store;
        store.write(ra::channels::ChannelSetup::secretKey(u"mastodon"_s, u"access-token"_s), u"m"_s,
                    [](const auto &) { });
        ra::AnnouncementComposer composer;
        composer.setBackends(journal.get(), &http, &store);
        composer.setChannels({ra::channels::ChannelConfig{u"mastodon"_s, u"mastodon"_s, server.url(), {}, {}}});
        composer.setVersion(u"1.15.0"_s);
        composer.setCardText(0, QString(400, u'a') + u' ' + QString(400, u'b'));
        ChannelCardModel *cards = composer.cards();
        QCOMPARE(role(cards, 0, ChannelCardModel::PostCountRole).toInt(), 2);

        // Part 2 meets a server error, every repeat of the transport included.
        ra::test::afterRequests(server, "POST", u"/api/v1/statuses"_s, 1, [&] {
            server.injectFault("POST", u"/api/v1/statuses"_s,
                               ra::test::HttpResponse::json(503, QJsonDocument(QJsonObject{{u"error"_s, u"down"_s}})),
                               policy->limits().maxAttempts);
        });
        composer.send(0);
        QTRY_COMPARE(role(cards, 0, ChannelCardModel::StateRole).toString(), u"needs-confirmation"_s);
        composer.send(0);
        QTRY_VERIFY(!role(cards, 0, ChannelCardModel::BusyRole).toBool());
        const QString state = role(cards, 0, ChannelCardModel::StateRole).toString();
        QVERIFY2(state == u"sent"_s || state == u"already-sent"_s, qPrintable(state));
        QCOMPARE(twin.statuses.size(), 2);
        const QStringList links{twin.statuses.at(0).value(u"url"_s).toString(),
                                twin.statuses.at(1).value(u"url"_s).toString()};
        QCOMPARE(role(cards, 0, ChannelCardModel::LinksRole).toStringList(), links);

        // The app restarted: the journal gives the same links.
        ra::AnnouncementComposer again;
        again.setBackends(journal.get(), &http, &store);
        again.setChannels({ra::channels::ChannelConfig{u"mastodon"_s, u"mastodon"_s, server.url(), {}, {}}});
        again.setVersion(u"1.15.0"_s);
        QCOMPARE(role(again.cards(), 0, ChannelCardModel::LinksRole).toStringList(), links);
    }
};

QTEST_GUILESS_MAIN(TestAnnouncementComposer)
#include "tst_announcementcomposer.moc"
