// SPDX-License-Identifier: GPL-3.0-or-later
// Step 7 through the two front ends: `release-assistant-cli announce send` and the app's composer
// (AnnouncementComposer) announce the same release of the same playbook on the same Telegram and Mastodon twins,
// each with its own journal. Both post the same texts to the same places, leave the same journal effects and the
// same step state and note — when every channel is sent, when one is refused and sent again, and on a re-run
// that must post nothing.
#include "app/announcementcomposer.h"
#include "channels/channelretrypolicy.h"
#include "channels/channelsetup.h"
#include "core/playbookloader.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "notes/notesrevisions.h"
#include "release/steppolicy.h"
#include "secrets/memorysecretstore.h"

#include "channeltwins.h"
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString telegramToken = u"123456:PARITYbotTOKEN"_s;
const QString mastodonToken = u"mastodon-PARITY-token"_s;
const QString highlight = u"Faster <boot> & less RAM"_s;
const QString published = u"2026-11-24"_s;

const QByteArray playbookText = "[project]\nname = demo\nrepository = demo/demo\n\n[scoring]\ngrace-days = 7\n\n"
                                "[channel telegram]\nkind = telegram\ntarget = https://t.me/alephim\n"
                                "template = {project} {version} is out; upgrade by {deadline}\n"
                                "template = {highlights}\n\n"
                                "[channel mastodon]\nkind = mastodon\ntarget = https://mastodon.example/@demo\n";

/// What a front end left in its journal for step 7: each effect (what, on what, with which posts, how it ended;
/// sorted, because the app sends its channels at once), the step's recorded state and note, and its verdict.
struct Record {
    QStringList effects;
    StepState state = StepState::NotStarted;
    QString note;
    StepState verdict = StepState::NotStarted;
};

Record recordOf(const QString &journalPath, const QString &release)
{
    Record record;
    const auto journal = Journal::open(journalPath);
    if (!journal) {
        return record;
    }
    for (const JournalEffect &effect : journal->effects(release)) {
        record.effects.append(u"%1 %2 %3 %4 parts=%5 posted=%6 %7"_s.arg(
            effect.step, effect.action, effect.key, effect.intent.value(u"kind"_s).toString(),
            effect.intent.value(u"parts"_s).toVariant().toStringList().join(u'|'),
            QString::number(effect.result.value(u"postIds"_s).toArray().size()), outcomeKey(effect.outcome)));
    }
    record.effects.sort();
    record.state = journal->stepState(release, ReleaseStep::Announce);
    record.note = journal->stepNote(release, ReleaseStep::Announce);
    record.verdict = release::StepPolicy::verdict(*journal, release, ReleaseStep::Announce).state;
    return record;
}

} // namespace

class TestAnnounceParity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_playbookPath;
    std::unique_ptr<test::TestHttpServer> m_server;
    std::unique_ptr<test::TelegramTwin> m_telegram;
    std::unique_ptr<test::MastodonTwin> m_mastodon;
    QProcessEnvironment m_environment;

    [[nodiscard]] QString journalPath(const QString &frontEnd) const
    {
        return m_dir.filePath(frontEnd + u".sqlite"_s);
    }

    /// `announce send` of \a release into the CLI's journal, with the facts given on the command line unless
    /// \a factsFromJournal.
    [[nodiscard]] test::CliRun cli(const QString &release, bool factsFromJournal = false,
                                   const QStringList &extra = {}) const
    {
        QStringList arguments{u"--json"_s,     u"announce"_s,  u"send"_s,      u"--release"_s,       release,
                              u"--playbook"_s, m_playbookPath, u"--journal"_s, journalPath(u"cli"_s)};
        if (!factsFromJournal) {
            arguments << u"--published"_s << published << u"--highlight"_s << highlight;
        }
        return test::runCliServing(arguments + extra, m_environment);
    }

    /// The composer of the app on its own journal sends every card and waits until none is busy.
    bool app(const QString &release, bool factsFromJournal = false)
    {
        const auto journal = Journal::open(journalPath(u"app"_s));
        net::HttpClient http;
        http.setClock(std::make_shared<test::RecordingClock>());
        http.setRetryPolicy(std::make_shared<channels::ChannelRetryPolicy>());
        secrets::MemorySecretStore store;
        store.write(channels::ChannelSetup::secretKey(u"telegram"_s, u"bot-token"_s), telegramToken,
                    [](const auto &) { });
        store.write(channels::ChannelSetup::secretKey(u"mastodon"_s, u"access-token"_s), mastodonToken,
                    [](const auto &) { });
        AnnouncementComposer composer;
        composer.setBackends(journal.get(), &http, &store);
        composer.setPlaybook(*PlaybookLoader::load(m_playbookPath).playbook);
        composer.setVersion(release);
        if (!factsFromJournal) {
            composer.setPublishedOn(published);
            composer.setHighlights(highlight);
        }
        ChannelCardModel *cards = composer.cards();
        if (cards->rowCount() != 2) {
            return false;
        }
        composer.sendAll();
        return QTest::qWaitFor(
            [cards] {
                for (int row = 0; row < cards->rowCount(); ++row) {
                    if (cards->data(cards->index(row), ChannelCardModel::BusyRole).toBool()) {
                        return false;
                    }
                }
                return true;
            },
            20000);
    }

    /// The last \a count messages and statuses the twins accepted, without their ids.
    [[nodiscard]] QStringList postsOnTheTwins(qsizetype from, qsizetype fromStatuses) const
    {
        QStringList posts;
        for (qsizetype i = from; i < m_telegram->messages.size(); ++i) {
            const QJsonObject &message = m_telegram->messages.at(i);
            posts.append(
                u"telegram %1: %2"_s.arg(message.value(u"chat_id"_s).toString(), message.value(u"text"_s).toString()));
        }
        for (qsizetype i = fromStatuses; i < m_mastodon->statuses.size(); ++i) {
            posts.append(u"mastodon: "_s + m_mastodon->statuses.at(i).value(u"content"_s).toString());
        }
        return posts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<test::TestHttpServer>();
        QVERIFY(m_server->listen());
        m_telegram = std::make_unique<test::TelegramTwin>(*m_server, telegramToken);
        m_mastodon = std::make_unique<test::MastodonTwin>(*m_server, mastodonToken);

        QFile playbook(m_dir.filePath(u"demo.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        playbook.write(playbookText);
        m_playbookPath = playbook.fileName();
        // Only how to reach the channels (the twins), for the app in this process and the CLI alike.
        QFile channels(m_dir.filePath(u"channels.json"_s));
        QVERIFY(channels.open(QIODevice::WriteOnly));
        const QString base = m_server->url().toString();
        channels.write(QJsonDocument(QJsonArray{QJsonObject{{u"id"_s, u"telegram"_s}, {u"baseUrl"_s, base}},
                                                QJsonObject{{u"id"_s, u"mastodon"_s}, {u"baseUrl"_s, base}}})
                           .toJson());
        qputenv("RA_CHANNELS_FILE", channels.fileName().toUtf8());

        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"RA_CHANNELS_FILE"_s, channels.fileName());
        m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        m_environment.insert(u"RA_SECRET_TELEGRAM_BOT_TOKEN"_s, telegramToken);
        m_environment.insert(u"RA_SECRET_MASTODON_ACCESS_TOKEN"_s, mastodonToken);
    }

    void cleanupTestCase()
    {
        m_mastodon.reset();
        m_telegram.reset();
        m_server.reset();
    }

    void everyChannelIsAnnouncedTheSameWay()
    {
        const test::CliRun sent = cli(u"1.15.0"_s);
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
        const QStringList byCli = postsOnTheTwins(0, 0);
        QCOMPARE(byCli.size(), 2);
        QVERIFY2(byCli.at(0).contains(u"upgrade by 1 December 2026\n• Faster <boot> & less RAM"_s),
                 qPrintable(byCli.at(0)));

        const qsizetype messages = m_telegram->messages.size();
        const qsizetype statuses = m_mastodon->statuses.size();
        QVERIFY(app(u"1.15.0"_s));
        QCOMPARE(postsOnTheTwins(messages, statuses), byCli);

        const Record cli = recordOf(journalPath(u"cli"_s), u"1.15.0"_s);
        const Record app = recordOf(journalPath(u"app"_s), u"1.15.0"_s);
        QCOMPARE(cli.effects.size(), 2);
        QCOMPARE(app.effects, cli.effects);
        QCOMPARE(app.state, cli.state);
        QCOMPARE(app.note, cli.note);
        QCOMPARE(cli.verdict, StepState::Done);
        QCOMPARE(app.verdict, StepState::Done);

        // Run again, neither front end posts anything, and neither changes its record.
        const int requests = m_server->requestCount();
        QCOMPARE(this->cli(u"1.15.0"_s).exitCode, 0);
        QVERIFY(this->app(u"1.15.0"_s));
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(recordOf(journalPath(u"cli"_s), u"1.15.0"_s).effects, cli.effects);
        QCOMPARE(recordOf(journalPath(u"app"_s), u"1.15.0"_s).effects, app.effects);
    }

    void aRefusedChannelIsSentAgainTheSameWay()
    {
        // Mastodon refuses the next status once, for each front end in turn.
        m_mastodon->rejectWhenCount = int(m_mastodon->statuses.size());
        const test::CliRun refused = cli(u"1.16.0"_s);
        QCOMPARE(refused.exitCode, 1);
        m_mastodon->rejectWhenCount = int(m_mastodon->statuses.size());
        QVERIFY(app(u"1.16.0"_s));
        Record cli = recordOf(journalPath(u"cli"_s), u"1.16.0"_s);
        Record app = recordOf(journalPath(u"app"_s), u"1.16.0"_s);
        QCOMPARE(cli.verdict, StepState::NeedsAttention);
        QVERIFY2(cli.note.startsWith(u"mastodon: "_s), qPrintable(cli.note));
        QCOMPARE(app.effects, cli.effects);
        QCOMPARE(app.state, cli.state);
        QCOMPARE(app.note, cli.note);
        QCOMPARE(app.verdict, cli.verdict);

        // Sent again: only Mastodon is posted, by each.
        const qsizetype messages = m_telegram->messages.size();
        const qsizetype statuses = m_mastodon->statuses.size();
        QCOMPARE(this->cli(u"1.16.0"_s).exitCode, 0);
        QVERIFY(this->app(u"1.16.0"_s));
        QCOMPARE(m_telegram->messages.size(), messages);
        QCOMPARE(m_mastodon->statuses.size(), statuses + 2);
        cli = recordOf(journalPath(u"cli"_s), u"1.16.0"_s);
        app = recordOf(journalPath(u"app"_s), u"1.16.0"_s);
        QCOMPARE(cli.effects.size(), 3);
        QCOMPARE(app.effects, cli.effects);
        QCOMPARE(app.note, cli.note);
        QCOMPARE(cli.verdict, StepState::Done);
        QCOMPARE(app.verdict, StepState::Done);
    }

    void theEarlierStepsFactsAreAnnouncedTheSameWay()
    {
        // Step 4 saved the notes and step 6 published the release, in each front end's journal.
        for (const QString &frontEnd : {u"cli"_s, u"app"_s}) {
            const auto journal = Journal::open(journalPath(frontEnd));
            QVERIFY(journal);
            QVERIFY(journal->createRelease(u"1.17.0"_s, {}));
            QVERIFY(notes::NotesRevisions(*journal, u"1.17.0"_s)
                        .record(u"# 1.17.0\n\n## Highlights\n\n- IPv6 for every VM (#701)\n"_s, u"test"_s, 1));
            QVERIFY(journal->setValue(u"1.17.0"_s, u"review.publishedAt"_s, u"2026-12-01T10:00:00Z"_s));
        }
        // A date that is not one is refused before anything is sent.
        const int requests = m_server->requestCount();
        const test::CliRun refused = cli(u"1.17.0"_s, true, {u"--published"_s, u"2026-13-45"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"2026-13-45"_s), qPrintable(refused.err));
        QCOMPARE(m_server->requestCount(), requests);

        const qsizetype messages = m_telegram->messages.size();
        const qsizetype statuses = m_mastodon->statuses.size();
        const test::CliRun sent = cli(u"1.17.0"_s, true);
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
        const QStringList byCli = postsOnTheTwins(messages, statuses);
        QCOMPARE(byCli.size(), 2);
        QVERIFY2(byCli.at(0).contains(u"upgrade by 8 December 2026\n• IPv6 for every VM"_s), qPrintable(byCli.at(0)));
        QVERIFY(app(u"1.17.0"_s, true));
        QCOMPARE(postsOnTheTwins(messages + 1, statuses + 1), byCli);
        QCOMPARE(recordOf(journalPath(u"app"_s), u"1.17.0"_s).effects,
                 recordOf(journalPath(u"cli"_s), u"1.17.0"_s).effects);
    }
};

QTEST_GUILESS_MAIN(TestAnnounceParity)
#include "tst_announceparity.moc"
