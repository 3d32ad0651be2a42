// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli announce releases`, the community manager's view, end to end: the real executable
// against the GitHub twin (served by this process) with two published releases and a draft, and a release
// journal where one channel's announcement was sent and another's failed. It needs the playbook and a token only.
#include "journal/journal.h"

#include "clirunner.h"
#include "githubtwin.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Token = u"github_pat_11ANNOUNCERELEASES000_communitymanager"_s;

/// The releases of a `--json announce releases` result, by tag.
QHash<QString, QJsonObject> releasesOf(const QJsonObject &result)
{
    QHash<QString, QJsonObject> releases;
    const QJsonArray list = result.value(u"releases"_s).toArray();
    for (const QJsonValue &release : list) {
        releases.insert(release[u"tag"_s].toString(), release.toObject());
    }
    return releases;
}

/// The channels of one release, by channel id.
QHash<QString, QJsonObject> channelsOf(const QJsonObject &release)
{
    QHash<QString, QJsonObject> channels;
    const QJsonArray list = release.value(u"channels"_s).toArray();
    for (const QJsonValue &channel : list) {
        channels.insert(channel[u"channel"_s].toString(), channel.toObject());
    }
    return channels;
}

} // namespace

class TestCliAnnounceReleases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ra::test::GitHubTwin m_github;
    QProcessEnvironment m_environment;

    [[nodiscard]] QString journalPath() const
    {
        return m_dir.filePath(u"journal.sqlite"_s);
    }

    [[nodiscard]] ra::test::CliRun run(const QStringList &arguments)
    {
        return ra::test::runCliServing(QStringList{u"announce"_s, u"releases"_s, u"--preset"_s, u"aleph-vm"_s,
                                                   u"--api-url"_s, m_github.api().url().toString()} +
                                           arguments,
                                       m_environment);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_github.start());
        m_github.state().token = Token;
        // One release per page: the list is followed to its end.
        m_github.state().pageSize = 1;
        m_github.addRelease(u"1.1.0"_s, false);
        const qint64 candidate = m_github.addRelease(u"1.2.0-rc1"_s, false);
        m_github.state().release(candidate)->prerelease = true;
        m_github.addRelease(u"1.3.0"_s, true);

        // This machine announced 1.1.0: Telegram took it, X refused it.
        QString error;
        const std::unique_ptr<ra::Journal> journal = ra::Journal::open(journalPath(), &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY2(journal->createRelease(u"1.1.0"_s, {}, &error), qPrintable(error));
        const QString step = ra::stepKey(ra::ReleaseStep::Announce);
        const qint64 telegram = journal->beginEffect(u"1.1.0"_s, step, u"announce-post"_s, u"telegram"_s,
                                                     {{u"channelId"_s, u"telegram"_s}}, &error);
        QVERIFY2(telegram > 0, qPrintable(error));
        QVERIFY(journal->finishEffect(
            telegram, ra::EffectOutcome::Succeeded,
            {{u"postIds"_s, QJsonArray{u"12"_s}}, {u"postUrls"_s, QJsonArray{u"https://t.me/alephim/12"_s}}}));
        const qint64 x =
            journal->beginEffect(u"1.1.0"_s, step, u"announce-post"_s, u"x"_s, {{u"channelId"_s, u"x"_s}}, &error);
        QVERIFY2(x > 0, qPrintable(error));
        QVERIFY(journal->finishEffect(x, ra::EffectOutcome::Failed, {}, u"HTTP 403: duplicate content"_s));

        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"GITHUB_TOKEN"_s, Token);
        m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        m_environment.insert(u"RA_CHANNELS_FILE"_s, m_dir.filePath(u"no-channels.json"_s));
    }

    void listsPublishedReleasesWithEachChannelsState()
    {
        const ra::test::CliRun result = run({u"--journal"_s, journalPath(), u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = result.json().object();
        QCOMPARE(json.value(u"repository"_s).toString(), u"aleph-im/aleph-vm"_s);
        QCOMPARE(json.value(u"channels"_s).toArray(), (QJsonArray{u"telegram"_s, u"x"_s}));
        const QHash<QString, QJsonObject> releases = releasesOf(json);
        // The draft is not a published release.
        QCOMPARE(releases.keys().size(), 2);
        QVERIFY(releases.contains(u"1.1.0"_s) && releases.contains(u"1.2.0-rc1"_s));
        QVERIFY(releases.value(u"1.2.0-rc1"_s).value(u"prerelease"_s).toBool());
        QCOMPARE(releases.value(u"1.1.0"_s).value(u"url"_s).toString(),
                 u"https://github.com/aleph-im/aleph-vm/releases/tag/1.1.0"_s);
        QCOMPARE(releases.value(u"1.1.0"_s).value(u"publishedAt"_s).toString(), u"2026-11-21T10:00:00Z"_s);

        const QHash<QString, QJsonObject> announced = channelsOf(releases.value(u"1.1.0"_s));
        QCOMPARE(announced.value(u"telegram"_s).value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(announced.value(u"telegram"_s).value(u"links"_s).toArray(), QJsonArray{u"https://t.me/alephim/12"_s});
        QCOMPARE(announced.value(u"x"_s).value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(announced.value(u"x"_s).value(u"message"_s).toString(), u"HTTP 403: duplicate content"_s);
        const QHash<QString, QJsonObject> candidate = channelsOf(releases.value(u"1.2.0-rc1"_s));
        QCOMPARE(candidate.value(u"telegram"_s).value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(candidate.value(u"x"_s).value(u"state"_s).toString(), u"pending"_s);
        QVERIFY(!result.out.contains(Token) && !result.err.contains(Token));
    }

    void saysItInWords()
    {
        const ra::test::CliRun result = run({u"--journal"_s, journalPath()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"Published releases of aleph-im/aleph-vm: 2"_s), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"    telegram: sent https://t.me/alephim/12\n"_s), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"    x: failed (HTTP 403: duplicate content)\n"_s), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"1.2.0-rc1  published 2026-11-21 (pre-release)"_s), qPrintable(result.out));
        QVERIFY(!result.out.contains(u"1.3.0"_s));
    }

    void aMachineThatNeverAnnouncedKeepsNoJournal()
    {
        // Without --journal: the project's own journal, which does not exist here and is not created by reading.
        const ra::test::CliRun result = run({u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QHash<QString, QJsonObject> releases = releasesOf(result.json().object());
        QCOMPARE(releases.size(), 2);
        QCOMPARE(channelsOf(releases.value(u"1.1.0"_s)).value(u"telegram"_s).value(u"state"_s).toString(),
                 u"pending"_s);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"data"_s)));
    }

    void aRefusedTokenIsExplained()
    {
        QProcessEnvironment environment = m_environment;
        environment.insert(u"GITHUB_TOKEN"_s, u"github_pat_11ANNOUNCERELEASES000_revoked"_s);
        const ra::test::CliRun result =
            ra::test::runCliServing({u"announce"_s, u"releases"_s, u"--preset"_s, u"aleph-vm"_s, u"--api-url"_s,
                                     m_github.api().url().toString()},
                                    environment);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"cannot list the releases of aleph-im/aleph-vm"_s), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"revoked"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliAnnounceReleases)
#include "tst_cli_announcereleases.moc"
