// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli announce`, end to end: the real executable against local twins of Telegram, X,
// Mastodon and Discord. The twins live in this process, so the CLI is run with the event loop turning.
#include "channeltwins.h"
#include "journal/journal.h"
#include "journal/releaselock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;
using ra::test::HttpResponse;

namespace {

const ra::channels::oauth1::Credentials xCredentials{"consumer-key-1", "consumer secret/2", "token-3",
                                                     "token secret+4"};
const QString telegramToken = u"123456:SECRETbotTOKEN"_s;
const QString mastodonToken = u"mastodon-SECRET-token"_s;
const QString discordToken = u"discordSECRETwebhookTOKEN"_s;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
    [[nodiscard]] QJsonArray channels() const
    {
        return json().value(u"channels"_s).toArray();
    }
};

// The state of each channel in a `--json announce send` result, by channel id.
QHash<QString, QString> statesOf(const Run &run)
{
    QHash<QString, QString> states;
    const QJsonArray channels = run.channels();
    for (const QJsonValue &channel : channels) {
        states.insert(channel[u"channel"_s].toString(), channel[u"state"_s].toString());
    }
    return states;
}

} // namespace

class TestCliAnnounce : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ra::test::TestHttpServer> m_server;
    std::unique_ptr<ra::test::TelegramTwin> m_telegram;
    std::unique_ptr<ra::test::XTwin> m_x;
    std::unique_ptr<ra::test::MastodonTwin> m_mastodon;
    std::unique_ptr<ra::test::DiscordTwin> m_discord;
    QProcessEnvironment m_environment;

    QString m_playbook;

    // Runs the CLI while this process's event loop serves the twins (a blocking wait would starve them).
    Run run(const QStringList &arguments) const
    {
        return run(arguments, m_environment);
    }
    static Run run(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        const ra::test::CliRun run = ra::test::runCliServing(arguments, environment);
        return {run.exitCode, run.out, run.err};
    }

    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qWarning() << file.errorString();
        }
        file.write(content);
        return file.fileName();
    }

    [[nodiscard]] QString journalPath() const
    {
        return m_dir.filePath(u"journal.sqlite"_s);
    }

    [[nodiscard]] ra::StepState announceState(const QString &release) const
    {
        const std::unique_ptr<ra::Journal> journal = ra::Journal::open(journalPath());
        return journal ? journal->stepState(release, ra::ReleaseStep::Announce) : ra::StepState::NotStarted;
    }

    [[nodiscard]] QStringList sendArguments(const QString &release) const
    {
        return {u"--json"_s,
                u"announce"_s,
                u"send"_s,
                u"--release"_s,
                release,
                u"--playbook"_s,
                m_playbook,
                u"--journal"_s,
                journalPath(),
                u"--published"_s,
                u"2026-11-24"_s,
                u"--highlight"_s,
                u"Faster <boot> & less RAM"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ra::test::TestHttpServer>();
        QVERIFY(m_server->listen());
        m_telegram = std::make_unique<ra::test::TelegramTwin>(*m_server, telegramToken);
        m_x = std::make_unique<ra::test::XTwin>(*m_server, xCredentials);
        m_mastodon = std::make_unique<ra::test::MastodonTwin>(*m_server, mastodonToken);
        m_discord = std::make_unique<ra::test::DiscordTwin>(*m_server, u"42"_s, discordToken);

        // aleph-vm's playbook with a Mastodon account and a Discord channel more: the targets say where each
        // channel posts; the channels file only points every channel at the twins.
        QFile preset(u"%1/../../src/core/presets/aleph-vm.playbook"_s.arg(QStringLiteral(RA_TEST_DATA_DIR)));
        QVERIFY2(preset.open(QIODevice::ReadOnly), qPrintable(preset.fileName()));
        m_playbook =
            writeFile(u"release.playbook"_s, preset.readAll() + "\n[channel mastodon]\nkind = mastodon\n"
                                                                "target = https://mastodon.example/@aleph\n"
                                                                "\n[channel discord]\nkind = discord\n"
                                                                "target = https://discord.com/channels/7/9001\n");
        const QString base = m_server->url().toString();
        QJsonArray channels;
        for (const QString &id : {u"telegram"_s, u"x"_s, u"mastodon"_s, u"discord"_s}) {
            channels.append(QJsonObject{{u"id"_s, id}, {u"baseUrl"_s, base}});
        }
        const QString channelsFile = writeFile(u"channels.json"_s, QJsonDocument(channels).toJson());

        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"RA_CHANNELS_FILE"_s, channelsFile);
        m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        m_environment.insert(u"RA_SECRET_TELEGRAM_BOT_TOKEN"_s, telegramToken);
        m_environment.insert(u"RA_SECRET_X_CONSUMER_KEY"_s, QString::fromUtf8(xCredentials.consumerKey));
        m_environment.insert(u"RA_SECRET_X_CONSUMER_SECRET"_s, QString::fromUtf8(xCredentials.consumerSecret));
        m_environment.insert(u"RA_SECRET_X_ACCESS_TOKEN"_s, QString::fromUtf8(xCredentials.token));
        m_environment.insert(u"RA_SECRET_X_ACCESS_TOKEN_SECRET"_s, QString::fromUtf8(xCredentials.tokenSecret));
        m_environment.insert(u"RA_SECRET_MASTODON_ACCESS_TOKEN"_s, mastodonToken);
        m_environment.insert(u"RA_SECRET_DISCORD_WEBHOOK_URL"_s,
                             m_server->url(u"/api/webhooks/42/"_s + discordToken).toString());
    }

    void commandIsListed()
    {
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"announce"_s), qPrintable(help.out));
    }

    void lengthCountsAsTheNetworkDoes()
    {
        const Run text = run({u"announce"_s, u"length"_s, u"--channel"_s, u"x"_s,
                              u"e\u0301 see https://github.com/aleph-im/aleph-vm/releases"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.trimmed(), u"x: 29 / 280 weighted characters"_s);

        const Run json =
            run({u"--json"_s, u"announce"_s, u"length"_s, u"--channel"_s, u"discord"_s, QString(2001, u'a')});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(u"length"_s).toInt(), 2001);
        QCOMPARE(json.json().value(u"limit"_s).toInt(), 2000);
        QCOMPARE(json.json().value(u"fits"_s).toBool(), false);
        QVERIFY(json.json().value(u"details"_s).isObject());

        const Run bad = run({u"announce"_s, u"length"_s, u"--channel"_s, u"myspace"_s, u"hi"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--channel"_s), qPrintable(bad.err));
    }

    void previewFillsEachChannelsPlaybookTemplate()
    {
        const Run preview =
            run({u"--json"_s, u"announce"_s, u"preview"_s, u"--release"_s, u"1.15.0"_s, u"--playbook"_s, m_playbook,
                 u"--published"_s, u"2026-11-24"_s, u"--highlight"_s, u"Faster <boot> & less RAM"_s});
        QCOMPARE(preview.exitCode, 0);
        const QJsonArray channels = QJsonDocument::fromJson(preview.out.toUtf8()).array();
        QCOMPARE(channels.size(), 4);
        const QString telegram = channels.at(0)[u"posts"_s][0][u"text"_s].toString();
        // The aleph-vm playbook's Telegram template, escaped for parse_mode=HTML, with the deadline filled in.
        QVERIFY2(
            telegram.startsWith(u"aleph-vm 1.15.0 is released.\n\nWhat's new:\n• Faster &lt;boot&gt; &amp; less RAM"_s),
            qPrintable(telegram));
        QVERIFY(telegram.contains(u"by 8 December 2026"_s));
        QVERIFY(telegram.contains(u"<a href=\"https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0\">"_s));
        const QString x = channels.at(1)[u"posts"_s][0][u"text"_s].toString();
        QVERIFY2(x.startsWith(u"aleph-vm 1.15.0 is out for aleph.im Compute Resource Nodes."_s), qPrintable(x));
        for (const QJsonValue &channel : channels) {
            const QJsonArray posts = channel[u"posts"_s].toArray();
            QVERIFY(!posts.isEmpty());
            for (const QJsonValue &post : posts) {
                QVERIFY2(post[u"fits"_s].toBool(), qPrintable(channel[u"channel"_s].toString()));
            }
        }
        QCOMPARE(m_server->requestCount(), 0);
    }

    void previewUsesAnotherPlaybooksTemplates()
    {
        QFile playbook(m_dir.filePath(u"demo.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        playbook.write(
            "[project]\nname = demo\nrepository = demo/demo\n\n[scoring]\ngrace-days = 7\n\n"
            "[channel mastodon]\nkind = mastodon\ntarget = https://mastodon.social/@demo\n"
            "template = {project} {version}: upgrade by {deadline}\ntemplate = \"\"\ntemplate = {release_url}\n");
        playbook.close();
        // The channels file of this test is written for release.playbook; this project has none.
        QProcessEnvironment environment = m_environment;
        environment.insert(u"RA_CHANNELS_FILE"_s, m_dir.filePath(u"no-channels.json"_s));
        const Run preview = run({u"--json"_s, u"announce"_s, u"preview"_s, u"--release"_s, u"2.0.0"_s, u"--published"_s,
                                 u"2026-11-24"_s, u"--channel"_s, u"mastodon"_s, u"--playbook"_s, playbook.fileName()},
                                environment);
        QCOMPARE(preview.exitCode, 0);
        const QJsonArray channels = QJsonDocument::fromJson(preview.out.toUtf8()).array();
        QCOMPARE(channels.size(), 1);
        QCOMPARE(channels.at(0)[u"posts"_s][0][u"text"_s].toString(),
                 u"demo 2.0.0: upgrade by 1 December 2026\n\nhttps://github.com/demo/demo/releases/tag/2.0.0"_s);

        QVERIFY(playbook.open(QIODevice::Append));
        playbook.write("[channel x]\nkind = x\ntarget = https://x.com/demo\ntemplate = {verison}\n");
        playbook.close();
        const Run broken =
            run({u"announce"_s, u"preview"_s, u"--release"_s, u"2.0.0"_s, u"--playbook"_s, playbook.fileName()},
                environment);
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(u"channel.x.template"_s) && broken.err.contains(u"{verison}"_s),
                 qPrintable(broken.err));
    }

    void dryRunPrintsTheRequestsAndSendsNone()
    {
        const Run dry = run({u"announce"_s, u"send"_s, u"--release"_s, u"1.15.0"_s, u"--playbook"_s, m_playbook,
                             u"--dry-run"_s, u"--journal"_s, journalPath()});
        QCOMPARE(dry.exitCode, 0);
        const QString base = m_server->url().toString();
        QVERIFY2(dry.out.contains(u"POST %1/bot[redacted]/sendMessage"_s.arg(base)), qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"POST %1/2/tweets"_s.arg(base)));
        QVERIFY(dry.out.contains(u"POST %1/api/v1/statuses"_s.arg(base)));
        QVERIFY(dry.out.contains(u"Idempotency-Key"_s, Qt::CaseInsensitive));
        // A Discord webhook URL is the secret as a whole.
        QVERIFY(dry.out.contains(u"POST [redacted]?wait=true"_s));
        QVERIFY(dry.out.contains(u"\"allowed_mentions\":{\"parse\":[]}"_s));
        for (const QString &secret :
             {telegramToken, mastodonToken, discordToken, QString::fromUtf8(xCredentials.consumerSecret)}) {
            QVERIFY2(!dry.out.contains(secret) && !dry.err.contains(secret), qPrintable(secret));
        }
        for (const QString &channel : {u"telegram"_s, u"x"_s, u"mastodon"_s, u"discord"_s}) {
            QVERIFY2(dry.out.contains(channel + u": dry-run"_s), qPrintable(dry.out));
        }
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY2(!QFile::exists(journalPath()), "a dry run must not write the journal");
    }

    void sendPostsOnceAndTheRerunSkipsWhatWasSent()
    {
        const Run first = run(sendArguments(u"1.15.0"_s));
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QHash<QString, QString> states = statesOf(first);
        QCOMPARE(states.size(), 4);
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            QCOMPARE(it.value() + u' ' + it.key(), u"sent "_s + it.key());
        }
        QCOMPARE(m_telegram->messages.size(), 1);
        QVERIFY(m_telegram->messages.at(0).value(u"text"_s).toString().contains(u"Faster <boot> & less RAM"_s));
        // The chat is the playbook's target: the channels file names none.
        QCOMPARE(m_telegram->messages.at(0).value(u"chat_id"_s).toString(), u"@alephim"_s);
        QVERIFY(!m_x->tweets.isEmpty());
        QCOMPARE(m_x->badSignatures, 0);
        QCOMPARE(m_mastodon->statuses.size(), 1);
        QCOMPARE(m_discord->messages.size(), 1);
        QVERIFY(m_discord->violations.isEmpty());
        QCOMPARE(announceState(u"1.15.0"_s), ra::StepState::Done);
        const int tweets = int(m_x->tweets.size());
        const QJsonArray channels = first.channels();
        const QJsonArray telegramLinks = channels.at(0)[u"links"_s].toArray();
        QCOMPARE(telegramLinks.size(), 1);
        QVERIFY(telegramLinks.at(0).toString().startsWith(u"https://t.me/alephim/"_s));
        QVERIFY(channels.at(1)[u"links"_s][0].toString().startsWith(u"https://x.com/aleph_im/status/"_s));
        QVERIFY(channels.at(3)[u"links"_s][0].toString().startsWith(u"https://discord.com/channels/7/9001/"_s));

        const int requests = m_server->requestCount();
        const Run again = run(sendArguments(u"1.15.0"_s));
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        states = statesOf(again);
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            QCOMPARE(it.value() + u' ' + it.key(), u"already-sent "_s + it.key());
        }
        QCOMPARE(again.channels().at(0)[u"links"_s].toArray(), telegramLinks);
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(m_telegram->messages.size(), 1);
        QCOMPARE(m_x->tweets.size(), tweets);
        QCOMPARE(m_mastodon->statuses.size(), 1);
        QCOMPARE(m_discord->messages.size(), 1);
    }

    void rerunRetriesOnlyTheFailedChannel()
    {
        m_server->injectFault("POST", u"/api/webhooks/{id}/{token}"_s,
                              HttpResponse::json(400, QJsonDocument(QJsonObject{{u"message"_s, u"Unknown Webhook"_s},
                                                                                {u"code"_s, 10015}})));
        const Run first = run(sendArguments(u"1.16.0"_s));
        QCOMPARE(first.exitCode, 1);
        QCOMPARE(statesOf(first).value(u"discord"_s), u"failed"_s);
        QCOMPARE(statesOf(first).value(u"telegram"_s), u"sent"_s);
        QCOMPARE(announceState(u"1.16.0"_s), ra::StepState::NeedsAttention);
        QCOMPARE(m_discord->messages.size(), 1);
        const qsizetype telegramMessages = m_telegram->messages.size();
        const qsizetype statuses = m_mastodon->statuses.size();
        const qsizetype tweets = m_x->tweets.size();

        const Run again = run(sendArguments(u"1.16.0"_s));
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        const QHash<QString, QString> states = statesOf(again);
        QCOMPARE(states.value(u"discord"_s), u"sent"_s);
        QCOMPARE(states.value(u"telegram"_s), u"already-sent"_s);
        QCOMPARE(states.value(u"x"_s), u"already-sent"_s);
        QCOMPARE(states.value(u"mastodon"_s), u"already-sent"_s);
        QCOMPARE(m_discord->messages.size(), 2);
        QCOMPARE(announceState(u"1.16.0"_s), ra::StepState::Done);
        QCOMPARE(m_telegram->messages.size(), telegramMessages);
        QCOMPARE(m_mastodon->statuses.size(), statuses);
        QCOMPARE(m_x->tweets.size(), tweets);
    }

    void releaseBusyElsewhereSendsNothing()
    {
        QString error;
        const std::unique_ptr<ra::Journal> journal = ra::Journal::open(journalPath(), &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(journal->createRelease(u"1.17.0"_s, {}, &error));
        const std::unique_ptr<ra::ReleaseLock> lock = journal->lockRelease(u"1.17.0"_s, &error);
        QVERIFY2(lock, qPrintable(error));
        const int requests = m_server->requestCount();
        const Run busy = run(sendArguments(u"1.17.0"_s));
        QCOMPARE(busy.exitCode, 1);
        QVERIFY2(busy.err.contains(u"Nothing was sent"_s), qPrintable(busy.err));
        QCOMPARE(m_server->requestCount(), requests);
    }

    void theTargetDecidesWhereThePostGoes()
    {
        QFile original(m_playbook);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        QVERIFY(text.contains("target = https://t.me/alephim"));
        text.replace("target = https://t.me/alephim", "target = https://t.me/private_test");
        const QString playbook = writeFile(u"private.playbook"_s, text);
        QStringList arguments = sendArguments(u"1.18.0"_s);
        arguments[arguments.indexOf(m_playbook)] = playbook;
        const Run sent = run(arguments + QStringList{u"--channel"_s, u"telegram"_s});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
        QCOMPARE(m_telegram->messages.constLast().value(u"chat_id"_s).toString(), u"@private_test"_s);
        QVERIFY2(sent.channels().at(0)[u"links"_s][0].toString().startsWith(u"https://t.me/private_test/"_s),
                 qPrintable(sent.out));
    }

    void aChannelsFileContradictingATargetIsAnError()
    {
        // Line 3 points the mastodon channel at another instance than the playbook's target.
        const QString channels =
            writeFile(u"contradicting.json"_s, "[\n  {\"id\": \"mastodon\",\n"
                                               "   \"baseUrl\": \"https://fosstodon.example\"}\n]\n");
        QFile playbook(m_playbook);
        QVERIFY(playbook.open(QIODevice::ReadOnly));
        const QByteArray text = playbook.readAll();
        const qsizetype target = text.indexOf("target = https://mastodon.example/@aleph");
        const int targetLine = int(text.left(target).count('\n')) + 1;
        QProcessEnvironment environment = m_environment;
        environment.insert(u"RA_CHANNELS_FILE"_s, channels);
        const int requests = m_server->requestCount();
        const Run refused = run(sendArguments(u"1.19.0"_s), environment);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"%1:3"_s.arg(channels)), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"%1:%2"_s.arg(m_playbook).arg(targetLine)), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"another instance"_s) && refused.err.contains(u"change that target"_s),
                 qPrintable(refused.err));
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(announceState(u"1.19.0"_s), ra::StepState::NotStarted);
    }

    void aResumedThreadListsEveryLink()
    {
        // Long enough for a thread on X and on Mastodon.
        QString words;
        for (int i = 0; words.size() < 700; ++i) {
            words += u"word%1 "_s.arg(i);
        }
        const QString templateFile = writeFile(u"long.template"_s, words.trimmed().toUtf8());
        QStringList arguments = sendArguments(u"1.20.0"_s);
        arguments << u"--channel"_s << u"x"_s << u"--channel"_s << u"mastodon"_s << u"--template"_s << templateFile;
        const qsizetype tweetsBefore = m_x->tweets.size();
        const qsizetype statusesBefore = m_mastodon->statuses.size();
        // Part 2 fails on both: X posts it but the connection drops before the answer; Mastodon refuses it.
        ra::test::afterRequests(*m_server, "POST", u"/2/tweets"_s, 1, [this] { m_x->loseAnswers = 1; });
        m_mastodon->rejectWhenCount = int(statusesBefore) + 1;
        const Run interrupted = run(arguments);
        QCOMPARE(interrupted.exitCode, 1);
        QCOMPARE(statesOf(interrupted).value(u"x"_s), u"needs-confirmation"_s);
        QCOMPARE(statesOf(interrupted).value(u"mastodon"_s), u"failed"_s);

        // The re-run goes on after the parts posted; text output lists every part's link, the first first.
        arguments.removeAll(u"--json"_s);
        const Run resumed = run(arguments);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QStringList xLinks;
        for (qsizetype i = tweetsBefore; i < m_x->tweets.size(); ++i) {
            xLinks.append(u"https://x.com/aleph_im/status/"_s + m_x->tweets.at(i).value(u"id"_s).toString());
        }
        QVERIFY(xLinks.size() >= 3);
        QStringList mastodonLinks;
        for (qsizetype i = statusesBefore; i < m_mastodon->statuses.size(); ++i) {
            mastodonLinks.append(m_mastodon->statuses.at(i).value(u"url"_s).toString());
        }
        QCOMPARE(mastodonLinks.size(), 2);
        QVERIFY2(resumed.out.contains(u"x: sent "_s + xLinks.join(u' ') + u'\n'), qPrintable(resumed.out));
        QVERIFY2(resumed.out.contains(u"mastodon: sent "_s + mastodonLinks.join(u' ') + u'\n'),
                 qPrintable(resumed.out));

        // The journal recorded the whole thread: the JSON of a later run gives the same links.
        arguments.prepend(u"--json"_s);
        const Run again = run(arguments);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        for (const QJsonValue &channel : again.channels()) {
            QCOMPARE(channel[u"state"_s].toString(), u"already-sent"_s);
            QCOMPARE(channel[u"links"_s].toVariant().toStringList(),
                     channel[u"channel"_s].toString() == u"x"_s ? xLinks : mastodonLinks);
        }
        QCOMPARE(again.channels().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAnnounce)
#include "tst_cli_announce.moc"
