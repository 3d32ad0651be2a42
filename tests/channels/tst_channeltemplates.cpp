// SPDX-License-Identifier: GPL-3.0-or-later
// Per-channel announcement templates come from the playbook: read line by line from [channel] sections,
// checked for unknown placeholders, picked by channel id (else kind), built-in text only as a fallback.
#include "core/announcement/announcementtemplate.h"
#include "core/playbookloader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray playbookWith(const QByteArray &channels)
{
    return "[project]\nname = demo\nrepository = demo/demo\n\n" + channels;
}

} // namespace

class TestChannelTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetGivesEveryChannelItsTemplates()
    {
        const ra::PlaybookLoadResult result = ra::PlaybookLoader::loadPreset(u"aleph-vm"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QVERIFY(!result.playbook->channels.isEmpty());
        for (const ra::AnnouncementChannel &channel : result.playbook->channels) {
            QVERIFY2(!channel.messageTemplate.isEmpty(), qPrintable(channel.name));
            QVERIFY2(!channel.prereleaseTemplate.isEmpty(), qPrintable(channel.name));
            QVERIFY(channel.messageTemplate.contains(u"{release_url}"_s));
            QVERIFY(ra::AnnouncementTemplate::unknownPlaceholders(channel.messageTemplate).isEmpty());
        }
    }

    void presetTelegramTemplateRenders()
    {
        const ra::PlaybookLoadResult result = ra::PlaybookLoader::loadPreset(u"aleph-vm"_s);
        QVERIFY(result.ok());
        ra::ReleaseFacts facts;
        facts.version = u"1.15.0"_s;
        facts.releaseUrl = u"https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0"_s;
        facts.highlights = {u"Faster boot"_s, u"Less RAM"_s};
        facts.publishedOn = QDate(2026, 11, 24);
        const QString text = ra::AnnouncementTemplate::render(
            ra::AnnouncementTemplate::forChannel(result.playbook->channels, u"telegram"_s, u"telegram"_s,
                                                 ra::Network::Telegram),
            facts);
        QCOMPARE(text,
                 u"aleph-vm 1.15.0 is released.\n\nWhat's new:\n• Faster boot\n• Less RAM\n\n"
                 "Compute Resource Node operators: upgrade within 14 days, by 8 December 2026; after that, nodes on "
                 "the previous version lose score.\n\n"
                 "Release notes and packages: https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0"_s);
    }

    void multiLineTemplatesKeepBlankLines()
    {
        const ra::PlaybookLoadResult result = ra::PlaybookLoader::parse(
            playbookWith("[channel news]\nkind = mastodon\ntarget = https://mastodon.social/@demo\n"
                         "template = {project} {version}\ntemplate = \"\"\ntemplate = #demo {release_url}\n"
                         "prerelease-template = Try {version}\n"),
            u"demo.playbook"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const ra::AnnouncementChannel &channel = result.playbook->channels.constFirst();
        QCOMPARE(channel.messageTemplate, u"{project} {version}\n\n#demo {release_url}"_s);
        QCOMPARE(channel.prereleaseTemplate, u"Try {version}"_s);
    }

    void unknownPlaceholderIsAnError()
    {
        const ra::PlaybookLoadResult result = ra::PlaybookLoader::parse(
            playbookWith("[channel x]\nkind = x\ntarget = https://x.com/demo\ntemplate = {project} {verison} is out\n"),
            u"demo.playbook"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.issues.size(), 1);
        const ra::PlaybookIssue &issue = result.issues.constFirst();
        QCOMPARE(issue.line, 8);
        QCOMPARE(issue.field, u"channel.x.template"_s);
        QVERIFY2(issue.message.contains(u"{verison}"_s), qPrintable(issue.message));
        QVERIFY(issue.fix.contains(u"{version}"_s));
    }

    void channelPicksItsTemplate_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("network");
        QTest::addColumn<bool>("prerelease");
        QTest::addColumn<QString>("expected");
        const auto builtinX = ra::AnnouncementTemplate::builtin(ra::Network::X);
        const auto builtinMastodon = ra::AnnouncementTemplate::builtin(ra::Network::Mastodon);
        QTest::newRow("by id") << u"tg-news"_s << u"telegram"_s << int(ra::Network::Telegram) << false
                               << u"News {version}"_s;
        QTest::newRow("by id, pre-release")
            << u"tg-news"_s << u"telegram"_s << int(ra::Network::Telegram) << true << u"RC {version}"_s;
        QTest::newRow("first of its kind")
            << u"telegram"_s << u"telegram"_s << int(ra::Network::Telegram) << false << u"Chat {version}"_s;
        QTest::newRow("empty template: built-in") << u"x"_s << u"x"_s << int(ra::Network::X) << false << builtinX;
        QTest::newRow("not in the playbook: built-in")
            << u"mastodon"_s << u"mastodon"_s << int(ra::Network::Mastodon) << false << builtinMastodon;
    }
    void channelPicksItsTemplate()
    {
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(int, network);
        QFETCH(bool, prerelease);
        QFETCH(QString, expected);
        const ra::PlaybookLoadResult result = ra::PlaybookLoader::parse(
            playbookWith("[channel chat]\nkind = telegram\ntarget = https://t.me/chat\ntemplate = Chat {version}\n\n"
                         "[channel tg-news]\nkind = telegram\ntarget = https://t.me/news\ntemplate = News {version}\n"
                         "prerelease-template = RC {version}\n\n"
                         "[channel x]\nkind = x\ntarget = https://x.com/demo\n"),
            u"demo.playbook"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(
            ra::AnnouncementTemplate::forChannel(result.playbook->channels, id, kind, ra::Network(network), prerelease),
            expected);
    }
};

QTEST_GUILESS_MAIN(TestChannelTemplates)
#include "tst_channeltemplates.moc"
