// SPDX-License-Identifier: GPL-3.0-or-later
// Where announcements go: the playbook's `target` of each channel, and the channels file only says how to reach
// it; a channels file that contradicts a target is an error naming both files and lines.
#include "channels/channelsetup.h"
#include "channels/channelsfile.h"
#include "channels/channeltarget.h"
#include "core/playbookloader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra::channels;

namespace {

const QByteArray playbookText = "[project]\n"
                                "name = demo\n"
                                "repository = demo/demo\n"
                                "\n"
                                "[channel news]\n"
                                "kind = telegram\n"
                                "target = https://t.me/demo_news\n"
                                "\n"
                                "[channel x]\n"
                                "kind = x\n"
                                "target = https://twitter.com/demo\n"
                                "\n"
                                "[channel mastodon]\n"
                                "kind = mastodon\n"
                                "target = https://mastodon.example/@demo\n"
                                "\n"
                                "[channel bluesky]\n"
                                "kind = bluesky\n"
                                "target = https://bsky.app/profile/demo.example\n"
                                "\n"
                                "[channel discord]\n"
                                "kind = discord\n"
                                "target = https://discord.com/channels/7/9001\n"
                                "\n"
                                "[channel forum]\n"
                                "kind = forum\n"
                                "target = https://forum.example/c/news\n";

/// The line of \a text on which \a needle first appears.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count('\n')) + 1;
}

const ChannelConfig *find(const QList<ChannelConfig> &channels, const QString &id)
{
    for (const ChannelConfig &config : channels) {
        if (config.id == id) {
            return &config;
        }
    }
    return nullptr;
}

} // namespace

class TestChannelSetup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ra::Playbook m_playbook;

    [[nodiscard]] QString write(const QByteArray &json) const
    {
        const QString path = m_dir.filePath(u"channels.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qWarning() << file.errorString();
        }
        file.write(json);
        return path;
    }

    [[nodiscard]] QList<ChannelConfig> playbookChannels() const
    {
        QList<ChannelConfig> channels;
        QString error;
        if (!ChannelSetup::channelsOf(m_playbook, &channels, &error)) {
            qWarning() << error;
        }
        return channels;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const ra::PlaybookLoadResult loaded = ra::PlaybookLoader::parse(playbookText, u"demo.playbook"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        m_playbook = *loaded.playbook;
    }

    void targets_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("error");
        QTest::newRow("telegram link") << u"telegram"_s << u"https://t.me/alephim"_s << QString()
                                       << QByteArray(R"({"chat":"@alephim"})") << QString();
        QTest::newRow("telegram name") << u"telegram"_s << u"@alephim"_s << QString()
                                       << QByteArray(R"({"chat":"@alephim"})") << QString();
        QTest::newRow("telegram id") << u"telegram"_s << u"-1001234567890"_s << QString()
                                     << QByteArray(R"({"chat":-1001234567890})") << QString();
        QTest::newRow("telegram private link") << u"telegram"_s << u"https://t.me/c/1234567890/5"_s << QString()
                                               << QByteArray(R"({"chat":-1001234567890})") << QString();
        QTest::newRow("telegram invite") << u"telegram"_s << u"https://t.me/+AbCdEf12"_s << QString() << QByteArray()
                                         << u"invite link"_s;
        QTest::newRow("x on twitter.com") << u"x"_s << u"https://twitter.com/aleph_im"_s << QString()
                                          << QByteArray(R"({"username":"aleph_im"})") << QString();
        QTest::newRow("x handle") << u"x"_s << u"@aleph_im"_s << QString() << QByteArray(R"({"username":"aleph_im"})")
                                  << QString();
        QTest::newRow("x post") << u"x"_s << u"https://x.com/aleph_im/status/1"_s << QString() << QByteArray()
                                << u"https://x.com/<user>"_s;
        QTest::newRow("mastodon account") << u"mastodon"_s << u"https://mastodon.social/@aleph"_s
                                          << u"https://mastodon.social"_s << QByteArray("{}") << QString();
        QTest::newRow("mastodon handle") << u"mastodon"_s << u"@aleph@fosstodon.org"_s << u"https://fosstodon.org"_s
                                         << QByteArray("{}") << QString();
        QTest::newRow("mastodon status") << u"mastodon"_s << u"https://mastodon.social/@aleph/1"_s << QString()
                                         << QByteArray() << u"https://<instance>/@<user>"_s;
        QTest::newRow("bluesky profile") << u"bluesky"_s << u"https://bsky.app/profile/aleph.im"_s << QString()
                                         << QByteArray(R"({"handle":"aleph.im"})") << QString();
        QTest::newRow("bluesky handle") << u"bluesky"_s << u"@Aleph.bsky.social"_s << QString()
                                        << QByteArray(R"({"handle":"aleph.bsky.social"})") << QString();
        QTest::newRow("bluesky word") << u"bluesky"_s << u"aleph"_s << QString() << QByteArray()
                                      << u"not a Bluesky account"_s;
        QTest::newRow("discord channel") << u"discord"_s << u"https://discord.com/channels/7/9001"_s << QString()
                                         << QByteArray(R"({"guildId":"7","channelId":"9001"})") << QString();
        QTest::newRow("discord webhook") << u"discord"_s << u"https://discord.com/api/webhooks/1/secret"_s << QString()
                                         << QByteArray() << u"Copy Channel Link"_s;
        QTest::newRow("forum") << u"forum"_s << u"https://forum.example"_s << QString() << QByteArray()
                               << u"cannot post"_s;
    }
    void targets()
    {
        QFETCH(QString, kind);
        QFETCH(QString, target);
        QFETCH(QString, instance);
        QFETCH(QByteArray, settings);
        QFETCH(QString, error);
        QString why;
        const std::optional<ChannelTarget> parsed = ChannelTarget::parse(kind, target, &why);
        QCOMPARE(parsed.has_value(), error.isEmpty());
        if (!parsed) {
            QVERIFY2(why.contains(error), qPrintable(why));
            return;
        }
        QCOMPARE(parsed->instance, QUrl(instance));
        QCOMPARE(parsed->settings, QJsonDocument::fromJson(settings).object());
    }

    void channelsAreThePlaybooks()
    {
        const QList<ChannelConfig> channels = playbookChannels();
        QStringList ids;
        for (const ChannelConfig &config : channels) {
            ids.append(config.id);
        }
        // The forum is announced by hand: no sender, no channel.
        QCOMPARE(ids, (QStringList{u"news"_s, u"x"_s, u"mastodon"_s, u"bluesky"_s, u"discord"_s}));
        QCOMPARE(find(channels, u"news"_s)->kind, u"telegram"_s);
        QCOMPARE(find(channels, u"news"_s)->settings.value(u"chat"_s).toString(), u"@demo_news"_s);
        QCOMPARE(find(channels, u"mastodon"_s)->baseUrl, QUrl(u"https://mastodon.example"_s));
        QCOMPARE(find(channels, u"discord"_s)->settings.value(u"channelId"_s).toString(), u"9001"_s);
    }

    void badTargetNamesThePlaybookLine()
    {
        QByteArray text = playbookText;
        text.replace("target = https://twitter.com/demo", "target = https://x.com/demo/status/1");
        const ra::PlaybookLoadResult loaded = ra::PlaybookLoader::parse(text, u"demo.playbook"_s);
        QVERIFY(loaded.ok());
        QList<ChannelConfig> channels;
        QString error;
        QVERIFY(!ChannelSetup::channelsOf(*loaded.playbook, &channels, &error));
        QVERIFY2(
            error.startsWith(u"demo.playbook:%1: channel.x.target: "_s.arg(lineOf(text, "target = https://x.com"))),
            qPrintable(error));
        QVERIFY2(error.contains(u"write https://x.com/<user> or @<user>"_s), qPrintable(error));
        // The other channels are still there.
        QCOMPARE(channels.size(), 4);
    }

    void matchingOverridesApply()
    {
        const QByteArray json =
            "[\n"
            "  {\"id\": \"mastodon\", \"baseUrl\": \"http://127.0.0.1:8080\"},\n"
            "  {\"id\": \"news\", \"kind\": \"telegram\", \"baseUrl\": \"http://127.0.0.1:8081/bot-api\",\n"
            "   \"settings\": {\"chat\": \"@demo_news\", \"disablePreview\": true},\n"
            "   \"testSettings\": {\"chat\": \"@private_test\"}},\n"
            "  {\"id\": \"discord\", \"settings\": {\"username\": \"Release bot\", \"channelId\": \"9001\"}}\n"
            "]\n";
        QList<ChannelConfig> channels = playbookChannels();
        QString error;
        QVERIFY2(ChannelsFile::apply(write(json), m_playbook, &channels, &error), qPrintable(error));
        // A loopback base URL stands in for the instance (a local twin); the target is unchanged.
        QCOMPARE(find(channels, u"mastodon"_s)->baseUrl, QUrl(u"http://127.0.0.1:8080"_s));
        const ChannelConfig *news = find(channels, u"news"_s);
        QCOMPARE(news->baseUrl, QUrl(u"http://127.0.0.1:8081/bot-api"_s));
        QCOMPARE(news->settings.value(u"chat"_s).toString(), u"@demo_news"_s);
        QCOMPARE(news->settings.value(u"disablePreview"_s).toBool(), true);
        QCOMPARE(news->testSettings.value(u"chat"_s).toString(), u"@private_test"_s);
        QCOMPARE(find(channels, u"discord"_s)->settings.value(u"username"_s).toString(), u"Release bot"_s);

        // The same instance on another port or path is the same place.
        channels = playbookChannels();
        QVERIFY2(ChannelsFile::apply(write("[{\"id\": \"mastodon\", \"baseUrl\": \"https://mastodon.example:8443/\"}]"),
                                     m_playbook, &channels, &error),
                 qPrintable(error));
        QCOMPARE(find(channels, u"mastodon"_s)->baseUrl, QUrl(u"https://mastodon.example:8443/"_s));
    }

    void mismatchNamesBothLines_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("fileNeedle");
        QTest::addColumn<QByteArray>("playbookNeedle");
        QTest::addColumn<QString>("what");
        QTest::newRow("another mastodon instance")
            << QByteArray("[\n  {\"id\": \"mastodon\",\n   \"baseUrl\": \"https://fosstodon.example\"}\n]\n")
            << QByteArray("\"baseUrl\"") << QByteArray("target = https://mastodon.example") << u"another instance"_s;
        QTest::newRow("another telegram chat")
            << QByteArray("[\n  {\"id\": \"news\", \"baseUrl\": \"http://127.0.0.1:9\",\n   \"settings\": {\n    "
                          "\"disablePreview\": true,\n    \"chat\": \"@someone_else\"}}\n]\n")
            << QByteArray("\"chat\"") << QByteArray("target = https://t.me/demo_news") << u"elsewhere"_s;
        QTest::newRow("another x account")
            << QByteArray("[{\"id\": \"x\",\n \"settings\": {\"username\": \"other\"}}]") << QByteArray("\"username\"")
            << QByteArray("target = https://twitter.com/demo") << u"elsewhere"_s;
        QTest::newRow("another bluesky account")
            << QByteArray("[{\"id\": \"bluesky\",\n \"settings\": {\"handle\": \"other.example\"}}]")
            << QByteArray("\"handle\"") << QByteArray("target = https://bsky.app") << u"elsewhere"_s;
        QTest::newRow("another discord channel")
            << QByteArray("[{\"id\": \"discord\",\n \"settings\": {\"channelId\": \"9002\"}}]")
            << QByteArray("\"channelId\"") << QByteArray("target = https://discord.com") << u"elsewhere"_s;
        QTest::newRow("another kind") << QByteArray("[{\"id\": \"news\",\n \"kind\": \"x\"}]") << QByteArray("\"kind\"")
                                      << QByteArray("[channel news]") << u"telegram"_s;
    }
    void mismatchNamesBothLines()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, fileNeedle);
        QFETCH(QByteArray, playbookNeedle);
        QFETCH(QString, what);
        const QString path = write(json);
        QList<ChannelConfig> channels = playbookChannels();
        const QList<ChannelConfig> before = channels;
        QString error;
        QVERIFY(!ChannelsFile::apply(path, m_playbook, &channels, &error));
        QVERIFY2(error.startsWith(u"%1:%2: "_s.arg(path).arg(lineOf(json, fileNeedle))), qPrintable(error));
        QVERIFY2(error.contains(u"demo.playbook:%1"_s.arg(lineOf(playbookText, playbookNeedle))), qPrintable(error));
        QVERIFY2(error.contains(what), qPrintable(error));
        // It says what to do, and nothing of the file was taken.
        QVERIFY2(error.contains(u"change"_s) || error.contains(u"remove"_s), qPrintable(error));
        QCOMPARE(channels.size(), before.size());
        for (qsizetype i = 0; i < channels.size(); ++i) {
            QCOMPARE(channels.at(i).baseUrl, before.at(i).baseUrl);
            QCOMPARE(channels.at(i).settings, before.at(i).settings);
        }
    }

    void fileCannotAddChannels_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("what");
        QTest::newRow("a channel the playbook lacks")
            << QByteArray("[\n {\"id\": \"news\"},\n {\"kind\": \"mastodon\", \"id\": \"mstdn\"}\n]") << 3
            << u"not a channel of the playbook demo.playbook"_s;
        QTest::newRow("an unknown key") << QByteArray("[{\"id\": \"x\",\n  \"target\": \"https://x.com/other\"}]") << 2
                                        << u"unknown key \"target\""_s;
        QTest::newRow("an unknown setting")
            << QByteArray("[{\"id\": \"x\",\n \"settings\": {\n  \"visibility\": \"public\"}}]") << 3
            << u"unknown setting 'visibility'"_s;
        QTest::newRow("a bad base URL") << QByteArray("[{\"id\": \"x\", \"baseUrl\": \"api.x.com\"}]") << 1
                                        << u"not an http(s) URL"_s;
        QTest::newRow("broken JSON") << QByteArray("[\n {\"id\": \"x\",}\n]") << 2 << u"not valid JSON"_s;
    }
    void fileCannotAddChannels()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, what);
        const QString path = write(json);
        QList<ChannelConfig> channels = playbookChannels();
        QString error;
        QVERIFY(!ChannelsFile::apply(path, m_playbook, &channels, &error));
        QVERIFY2(error.startsWith(u"%1:%2: "_s.arg(path).arg(line)), qPrintable(error));
        QVERIFY2(error.contains(what), qPrintable(error));
    }

    void loadChannelsReadsTheChannelsFile()
    {
        const QString path = write("[{\"id\": \"x\", \"baseUrl\": \"http://127.0.0.1:7\"}]");
        qputenv("RA_CHANNELS_FILE", path.toUtf8());
        QList<ChannelConfig> channels;
        QString error;
        QVERIFY2(ChannelSetup::loadChannels(m_playbook, &channels, &error), qPrintable(error));
        QCOMPARE(find(channels, u"x"_s)->baseUrl, QUrl(u"http://127.0.0.1:7"_s));
        QCOMPARE(find(channels, u"x"_s)->settings.value(u"username"_s).toString(), u"demo"_s);

        // Without a channels file, each channel goes straight to its target.
        qputenv("RA_CHANNELS_FILE", m_dir.filePath(u"none.json"_s).toUtf8());
        QVERIFY2(ChannelSetup::loadChannels(m_playbook, &channels, &error), qPrintable(error));
        QCOMPARE(find(channels, u"x"_s)->baseUrl, QUrl());
        qunsetenv("RA_CHANNELS_FILE");
    }
};

QTEST_GUILESS_MAIN(TestChannelSetup)
#include "tst_channelsetup.moc"
