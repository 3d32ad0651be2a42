// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli announce`, run in-process through the Command interface (no network: length,
// preview, dry run, bad input).
#include "cli/announcecommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument json() const
    {
        return QJsonDocument::fromJson(out.toUtf8());
    }
};

// Runs `announce <arguments>`; a leading "--json" switches to JSON output as the CLI's global option does.
Run runCli(QStringList arguments)
{
    const bool json = arguments.value(0) == u"--json"_s;
    if (json) {
        arguments.removeFirst();
    }
    arguments.removeFirst(); // "announce"
    Run run;
    QString input;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QTextStream in(&input);
    ra::cli::CliOutput output(out, err, json);
    ra::cli::CommandContext context{arguments, output, in};
    ra::cli::AnnounceCommand command;
    run.exitCode = command.run(context);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestAnnounceCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("RA_CHANNELS_FILE", m_dir.filePath(u"channels.json"_s).toUtf8());
        qputenv("RA_SECRET_TELEGRAM_BOT_TOKEN", "123456:SECRETbotTOKEN");
        qputenv("RA_SECRET_MASTODON_ACCESS_TOKEN", "mastodon-SECRET-token");
        QFile file(m_dir.filePath(u"channels.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Only how to reach Telegram (a port nothing listens on); where each channel posts is the playbook's.
        file.write("[{\"id\":\"telegram\",\"baseUrl\":\"http://127.0.0.1:9\"}]");
        QFile playbook(m_dir.filePath(u"demo.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        playbook.write("[project]\nname = demo\nrepository = demo/demo\n\n"
                       "[channel telegram]\nkind = telegram\ntarget = https://t.me/alephim\n\n"
                       "[channel mastodon]\nkind = mastodon\ntarget = https://mastodon.example/@demo\n");
    }

    void lengthText()
    {
        const auto run = runCli({u"announce"_s, u"length"_s, u"--channel"_s, u"x"_s,
                                 u"e\u0301 see https://github.com/aleph-im/aleph-vm/releases"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), u"x: 29 / 280 weighted characters"_s);
    }

    void lengthJson_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("fits");
        QTest::newRow("x emoji") << u"x"_s << u"🙋🏽👨\u200D🎤"_s << 4 << 280 << true;
        QTest::newRow("bluesky family") << u"bluesky"_s << u"👨\u200D👩\u200D👧\u200D👦"_s << 1 << 300 << true;
        QTest::newRow("mastodon url") << u"mastodon"_s << u"https://example.com/a/very/long/path/indeed"_s << 23 << 500
                                      << true;
        QTest::newRow("telegram markup") << u"telegram"_s << u"<b>hi</b> &amp;"_s << 4 << 4096 << true;
        QTest::newRow("telegram bad html") << u"telegram"_s << u"a < b"_s << 5 << 4096 << false;
        QTest::newRow("discord") << u"discord"_s << QString(2001, u'a') << 2001 << 2000 << false;
    }
    void lengthJson()
    {
        QFETCH(QString, channel);
        QFETCH(QString, text);
        QFETCH(int, length);
        QFETCH(int, limit);
        QFETCH(bool, fits);
        const auto run = runCli({u"--json"_s, u"announce"_s, u"length"_s, u"--channel"_s, channel, text});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = run.json().object();
        QCOMPARE(result.value(u"length"_s).toInt(), length);
        QCOMPARE(result.value(u"limit"_s).toInt(), limit);
        QCOMPARE(result.value(u"fits"_s).toBool(), fits);
        QVERIFY(result.value(u"details"_s).isObject());
    }

    void lengthBadInput()
    {
        const auto run = runCli({u"announce"_s, u"length"_s, u"--channel"_s, u"myspace"_s, u"hi"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--channel"_s));
    }

    void previewFillsTheTemplate()
    {
        const auto run =
            runCli({u"--json"_s, u"announce"_s, u"preview"_s, u"--release"_s, u"1.15.0"_s, u"--published"_s,
                    u"2026-11-24"_s, u"--highlight"_s, u"Faster <boot> & less RAM"_s, u"--channel"_s, u"telegram"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray channels = run.json().array();
        QCOMPARE(channels.size(), 1);
        const QString post =
            channels.at(0).toObject().value(u"posts"_s).toArray().at(0).toObject().value(u"text"_s).toString();
        QVERIFY2(post.contains(u"by 8 December 2026"_s), qPrintable(post));
        QVERIFY(post.contains(u"Faster &lt;boot&gt; &amp; less RAM"_s));
        QVERIFY(post.contains(u"<a href=\"https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0\">"_s));
    }

    void dryRunRedactsSecrets()
    {
        const auto run = runCli({u"announce"_s, u"send"_s, u"--release"_s, u"1.15.0"_s, u"--playbook"_s,
                                 m_dir.filePath(u"demo.playbook"_s), u"--dry-run"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"POST http://127.0.0.1:9/bot[redacted]/sendMessage"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"\"chat_id\":\"@alephim\""_s), qPrintable(run.out));
        // Mastodon, which the channels file leaves alone, goes to the target's instance.
        QVERIFY2(run.out.contains(u"POST https://mastodon.example/api/v1/statuses"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Idempotency-Key"_s, Qt::CaseInsensitive));
        QVERIFY(!run.out.contains(u"SECRETbotTOKEN"_s));
        QVERIFY(!run.out.contains(u"mastodon-SECRET-token"_s));
        QVERIFY(!run.err.contains(u"SECRET"_s));
        QVERIFY(run.out.contains(u"telegram: dry-run"_s));
    }

    void confirmNeedsOneChannel()
    {
        const auto run = runCli({u"announce"_s, u"send"_s, u"--release"_s, u"1.15.0"_s, u"--confirm-not-sent"_s});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAnnounceCommand)
#include "tst_announcecommand.moc"
