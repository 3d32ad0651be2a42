// SPDX-License-Identifier: GPL-3.0-or-later
// Step 7 as the release engine's use case, against Telegram and Mastodon twins on 127.0.0.1: the playbook's
// channels, the posts composed from the release, the plan of what is left, each channel sent once with the
// journal, an uncertain post confirmed by a person, and the step's state by one rule.
#include "release/announcestep.h"

#include "channels/channelregistry.h"
#include "channels/channelretrypolicy.h"
#include "core/playbookloader.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "notes/notesrevisions.h"
#include "release/personsteprunner.h"
#include "release/project.h"
#include "release/release.h"
#include "release/steppolicy.h"

#include "channeltwins.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString releaseTag = u"1.15.0"_s;

const QByteArray playbookText = "[project]\nname = demo\nrepository = demo/demo\n\n[scoring]\ngrace-days = 7\n\n"
                                "[channel telegram]\nkind = telegram\ntarget = https://t.me/alephim\n"
                                "template = {project} {version} by {deadline}\ntemplate = {highlights}\n\n"
                                "[channel mastodon]\nkind = mastodon\ntarget = https://mastodon.example/@demo\n";

} // namespace

class TestAnnounceStep : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Playbook m_playbook;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<test::TestHttpServer> m_server;
    std::unique_ptr<test::TelegramTwin> m_telegram;
    std::unique_ptr<test::MastodonTwin> m_mastodon;
    std::unique_ptr<net::HttpClient> m_http;

    [[nodiscard]] QList<channels::ChannelConfig> configs() const
    {
        return release::AnnounceStep::channelsOf(m_playbook).configs;
    }

    [[nodiscard]] release::AnnounceStep step() const
    {
        return release::AnnounceStep(m_journal.get(), releaseTag, {u"telegram"_s, u"mastodon"_s});
    }

    [[nodiscard]] std::unique_ptr<channels::Channel> channel(const QString &id) const
    {
        const channels::Credentials credentials = id == u"telegram"_s
                                                      ? channels::Credentials{{u"bot-token"_s, u"1:T"_s}}
                                                      : channels::Credentials{{u"access-token"_s, u"m"_s}};
        for (const channels::ChannelConfig &config : configs()) {
            if (config.id == id) {
                return channels::ChannelRegistry::builtin().create(config, credentials, *m_http);
            }
        }
        return nullptr;
    }

    static channels::DeliveryReport send(const release::AnnounceStep &step, channels::Channel &channel,
                                         const QStringList &parts)
    {
        std::optional<channels::DeliveryReport> report;
        step.send(channel, parts, [&report](const channels::DeliveryReport &r) { report = r; });
        if (!QTest::qWaitFor([&report] { return report.has_value(); }, 20000)) {
            return {};
        }
        return *report;
    }

    [[nodiscard]] StepState announceState() const
    {
        return release::StepPolicy::verdict(*m_journal, releaseTag, ReleaseStep::Announce).state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const PlaybookLoadResult loaded = PlaybookLoader::parse(playbookText, u"demo.playbook"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        m_playbook = *loaded.playbook;
    }

    void init()
    {
        m_server = std::make_unique<test::TestHttpServer>();
        QVERIFY(m_server->listen());
        m_telegram = std::make_unique<test::TelegramTwin>(*m_server, u"1:T"_s);
        m_mastodon = std::make_unique<test::MastodonTwin>(*m_server, u"m"_s);
        // Only how to reach the channels: the twins. Where each posts is the playbook's target.
        QFile file(m_dir.filePath(u"channels.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QString base = m_server->url().toString();
        file.write(QJsonDocument(QJsonArray{QJsonObject{{u"id"_s, u"telegram"_s}, {u"baseUrl"_s, base}},
                                            QJsonObject{{u"id"_s, u"mastodon"_s}, {u"baseUrl"_s, base}}})
                       .toJson());
        file.close();
        qputenv("RA_CHANNELS_FILE", file.fileName().toUtf8());
        m_http = std::make_unique<net::HttpClient>();
        m_http->setClock(std::make_shared<test::RecordingClock>());
        m_http->setRetryPolicy(std::make_shared<channels::ChannelRetryPolicy>());
        QString error;
        QFile::remove(m_dir.filePath(u"journal.sqlite"_s));
        m_journal = Journal::open(m_dir.filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
    }

    void cleanup()
    {
        m_journal.reset();
        m_http.reset();
        m_mastodon.reset();
        m_telegram.reset();
        m_server.reset();
    }

    void theChannelsAreThePlaybooks()
    {
        const release::AnnounceStep::Channels all = release::AnnounceStep::channelsOf(m_playbook);
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        QCOMPARE(all.configs.size(), 2);
        QCOMPARE(all.configs.at(0).id, u"telegram"_s);
        QCOMPARE(all.configs.at(0).settings.value(u"chat"_s).toString(), u"@alephim"_s);
        QCOMPARE(all.configs.at(1).baseUrl, m_server->url());
        QCOMPARE(release::AnnounceStep::channelsOf(m_playbook, {u"mastodon"_s}).configs.size(), 1);
        const release::AnnounceStep::Channels unknown = release::AnnounceStep::channelsOf(m_playbook, {u"bluesky"_s});
        QVERIFY(unknown.configs.isEmpty());
        QVERIFY2(unknown.error.contains(u"no channel 'bluesky'"_s) && unknown.error.contains(u"telegram, mastodon"_s),
                 qPrintable(unknown.error));
    }

    void theFactsComeFromTheReleaseAndTheJournal()
    {
        const ReleaseFacts facts = release::AnnounceStep::facts(m_playbook, releaseTag, {u"IPv6"_s}, {});
        QCOMPARE(facts.project, u"demo"_s);
        QCOMPARE(facts.releaseUrl, u"https://github.com/demo/demo/releases/tag/1.15.0"_s);
        QCOMPARE(facts.publishedOn, QDate::currentDate());
        QCOMPARE(facts.graceDays, 7);
        QVERIFY(!facts.prerelease);
        QVERIFY(release::AnnounceStep::isPrerelease(m_playbook, u"1.16.0-rc1"_s));
        // A tag typed by hand, spelled otherwise than the playbook's tags, is still known for a pre-release.
        QVERIFY(release::AnnounceStep::isPrerelease(m_playbook, u"v2.0.0-beta.2"_s));
        QCOMPARE(release::AnnounceStep::facts(m_playbook, releaseTag, {}, QDate(2026, 11, 24), 3, u"https://x"_s)
                     .upgradeDeadline(),
                 QDate(2026, 11, 27));

        QVERIFY(m_journal->createRelease(releaseTag, {}));
        QVERIFY(notes::NotesRevisions(*m_journal, releaseTag)
                    .record(u"# 1.15.0\n\n## Highlights\n\n- IPv6 for every VM (#701)\n"_s, u"test"_s, 1));
        QVERIFY(m_journal->setValue(releaseTag, u"review.publishedAt"_s, u"2026-11-24T10:00:00Z"_s));
        const release::AnnounceStep::JournalFacts recorded =
            release::AnnounceStep::journalFacts(*m_journal, releaseTag);
        QCOMPARE(recorded.highlights, QStringList{u"IPv6 for every VM"_s});
        QCOMPARE(recorded.publishedOn, QDate(2026, 11, 24));
        QVERIFY(release::AnnounceStep::journalFacts(*m_journal, u"9.9.9"_s).highlights.isEmpty());
    }

    void eachChannelsPostsAreComposed()
    {
        const ReleaseFacts facts =
            release::AnnounceStep::facts(m_playbook, releaseTag, {u"Faster <boot>"_s}, QDate(2026, 11, 24));
        const QList<channels::ChannelConfig> all = configs();
        const release::AnnouncementDraft telegram = release::AnnounceStep::draft(m_playbook, all.at(0), facts, *m_http);
        QCOMPARE(telegram.network, Network::Telegram);
        QCOMPARE(telegram.target, u"https://t.me/alephim"_s);
        QCOMPARE(telegram.text, u"demo 1.15.0 by 1 December 2026\n• Faster <boot>"_s);
        // Telegram posts HTML: the text is escaped in what is sent.
        QCOMPARE(telegram.parts, QStringList{u"demo 1.15.0 by 1 December 2026\n• Faster &lt;boot&gt;"_s});
        QVERIFY(telegram.problem.isEmpty());

        const release::AnnouncementDraft longPost = release::AnnounceStep::compose(
            m_playbook, all.at(1), QString(400, u'a') + u' ' + QString(400, u'b'), *m_http);
        QCOMPARE(longPost.parts.size(), 2);
        QCOMPARE(longPost.length.limit, 500);
        QVERIFY2(longPost.problem.contains(u"2 posts"_s), qPrintable(longPost.problem));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void sendsEachChannelOnceAndRecordsTheStep()
    {
        const release::AnnounceStep announce = step();
        const ReleaseFacts facts =
            release::AnnounceStep::facts(m_playbook, releaseTag, {u"IPv6"_s}, QDate(2026, 11, 24));
        QList<release::AnnouncementDraft> drafts;
        for (const channels::ChannelConfig &config : configs()) {
            drafts.append(release::AnnounceStep::draft(m_playbook, config, facts, *m_http));
        }
        release::StepPlan plan = announce.operations(drafts);
        QCOMPARE(plan.operations.size(), 2);
        const release::PlannedOperation &first = plan.operations.at(0);
        QCOMPARE(first.kind, release::PlannedOperation::Kind::Post);
        QCOMPARE(first.action, u"announce-post"_s);
        QCOMPARE(first.key, u"telegram"_s);
        QCOMPARE(first.target, u"https://t.me/alephim"_s);
        QCOMPARE(first.payload.value(u"posts"_s).toVariant().toStringList(), drafts.at(0).parts);
        QCOMPARE(plan.operations.at(1).target, u"https://mastodon.example/@demo"_s);

        const auto telegram = channel(u"telegram"_s);
        QCOMPARE(int(send(announce, *telegram, drafts.at(0).parts).state), int(channels::DeliveryState::Sent));
        QCOMPARE(m_telegram->messages.size(), 1);
        QCOMPARE(announceState(), StepState::InProgress);
        QCOMPARE(int(announce.delivery(u"telegram"_s).state), int(release::ChannelDelivery::State::Sent));
        QCOMPARE(announce.delivery(u"telegram"_s).links, QStringList{u"https://t.me/alephim/100"_s});
        QCOMPARE(int(announce.delivery(u"mastodon"_s).state), int(release::ChannelDelivery::State::Pending));
        plan = announce.operations(drafts);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.at(0).key, u"mastodon"_s);

        // Sent again: skipped, the journal says it was.
        QCOMPARE(int(send(announce, *telegram, drafts.at(0).parts).state), int(channels::DeliveryState::AlreadySent));
        QCOMPARE(m_telegram->messages.size(), 1);

        const auto mastodon = channel(u"mastodon"_s);
        QCOMPARE(int(send(announce, *mastodon, drafts.at(1).parts).state), int(channels::DeliveryState::Sent));
        QCOMPARE(m_mastodon->statuses.size(), 1);
        QVERIFY(announce.status().done());
        QVERIFY(announce.operations(drafts).isDone());
        QVERIFY(m_journal->stepNote(releaseTag, ReleaseStep::Announce).contains(u"telegram, mastodon"_s));
    }

    void aFailureBeforeSendingNeedsAttention()
    {
        const release::AnnounceStep announce = step();
        QString error;
        QVERIFY2(announce.prepare(&error), qPrintable(error));
        announce.recordFailureBeforeSending(u"mastodon"_s, u"no access-token is stored"_s);
        QCOMPARE(announceState(), StepState::NeedsAttention);
        const release::ChannelDelivery mastodon = announce.delivery(u"mastodon"_s);
        QCOMPARE(int(mastodon.state), int(release::ChannelDelivery::State::Failed));
        QCOMPARE(mastodon.message, u"no access-token is stored"_s);
        QVERIFY(m_journal->stepNote(releaseTag, ReleaseStep::Announce).contains(u"access-token"_s));

        // Once it is sent, what failed before is forgotten.
        const auto channel = this->channel(u"mastodon"_s);
        QCOMPARE(int(send(announce, *channel, {u"demo 1.15.0"_s}).state), int(channels::DeliveryState::Sent));
        QCOMPARE(announceState(), StepState::InProgress);
    }

    void anUncertainPostWaitsForAPerson()
    {
        QVERIFY(m_journal->createRelease(releaseTag, {}));
        // The app stopped after recording the intent to post and before hearing back.
        QVERIFY(m_journal->beginEffect(releaseTag, u"announce"_s, u"announce-post"_s, u"telegram"_s,
                                       {{u"channelId"_s, u"telegram"_s},
                                        {u"kind"_s, u"telegram"_s},
                                        {u"parts"_s, QJsonArray{u"hi"_s}},
                                        {u"idempotencyKey"_s, u"k"_s}}) != 0);
        const release::AnnounceStep announce = step();
        QCOMPARE(int(announce.delivery(u"telegram"_s).state), int(release::ChannelDelivery::State::Uncertain));
        const release::AnnouncementDraft draft =
            release::AnnounceStep::compose(m_playbook, configs().at(0), u"hi"_s, *m_http);
        const release::StepPlan plan = announce.operations({draft});
        QVERIFY(plan.operations.isEmpty());
        QCOMPARE(plan.blockers.size(), 1);
        QVERIFY(!plan.needsPerson.isEmpty());
        QCOMPARE(announceState(), StepState::NeedsAttention);

        // Telegram gives no way to know: nothing is sent until someone has looked.
        const auto telegram = channel(u"telegram"_s);
        QCOMPARE(int(send(announce, *telegram, {u"hi"_s}).state), int(channels::DeliveryState::NeedsConfirmation));
        QCOMPARE(m_server->requestCount(), 0);

        QString error;
        QVERIFY2(announce.confirm(u"telegram"_s, true, QUrl(u"https://t.me/alephim/99"_s), &error), qPrintable(error));
        QCOMPARE(announce.delivery(u"telegram"_s).links, QStringList{u"https://t.me/alephim/99"_s});
        QCOMPARE(announceState(), StepState::InProgress);
        QVERIFY(!announce.confirm(u"telegram"_s, true, {}, &error));
        QVERIFY2(error.contains(u"no post waiting"_s), qPrintable(error));
    }

    void aPostUnderWayOutlivesTheFrontEndsCopy()
    {
        const auto mastodon = channel(u"mastodon"_s);
        std::optional<channels::DeliveryReport> report;
        {
            const release::AnnounceStep dropped = step();
            dropped.send(*mastodon, {u"demo 1.15.0"_s}, [&report](const channels::DeliveryReport &r) { report = r; });
        }
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QCOMPARE(int(report->state), int(channels::DeliveryState::Sent));
        QCOMPARE(int(m_journal->lastEffect(releaseTag, u"announce-post"_s, u"mastodon"_s)->outcome),
                 int(EffectOutcome::Succeeded));
        QCOMPARE(announceState(), StepState::InProgress);
    }

    void withoutAJournalNothingIsSent()
    {
        const release::AnnounceStep announce(nullptr, releaseTag, {u"telegram"_s});
        QString error;
        QVERIFY(!announce.prepare(&error));
        const auto telegram = channel(u"telegram"_s);
        const channels::DeliveryReport report = send(announce, *telegram, {u"hi"_s});
        QCOMPARE(int(report.state), int(channels::DeliveryState::Failed));
        QVERIFY2(report.message.contains(u"journal is not open"_s), qPrintable(report.message));
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(int(announce.delivery(u"telegram"_s).state), int(release::ChannelDelivery::State::Pending));
    }

    void theReleaseRunSaysWhatNeedsAPerson()
    {
        QFile file(m_dir.filePath(u"demo.playbook"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(playbookText);
        file.close();
        release::ProjectError projectError;
        const auto project = release::Project::fromPlaybook(file.fileName(), {}, &projectError);
        QVERIFY2(project, qPrintable(projectError.message));
        QVERIFY(m_journal->createRelease(releaseTag, {}));
        QString error;
        const auto opened =
            release::Release::open(*project, *m_journal, releaseTag, release::Release::Access::Read, &error);
        QVERIFY2(opened, qPrintable(error));
        release::PersonStepRunner runner(ReleaseStep::Announce);

        release::StepRunResult result = runner.run(*opened);
        QCOMPARE(result.outcome, release::StepRunResult::Outcome::NeedsPerson);
        QVERIFY2(result.message.contains(u"announces 1.15.0 on telegram, mastodon"_s), qPrintable(result.message));

        // An uncertain post comes first: the run says which channel to look at and how to confirm it.
        QVERIFY(m_journal->beginEffect(releaseTag, u"announce"_s, u"announce-post"_s, u"telegram"_s,
                                       {{u"channelId"_s, u"telegram"_s}, {u"parts"_s, QJsonArray{u"hi"_s}}}) != 0);
        result = runner.run(*opened);
        QVERIFY2(result.message.contains(u"on telegram may or may not have been posted"_s), qPrintable(result.message));
        QVERIFY2(result.hint.contains(u"--channel telegram --confirm-sent"_s), qPrintable(result.hint));

        QVERIFY(step().confirm(u"telegram"_s, false, {}, &error));
        result = runner.run(*opened);
        QVERIFY2(result.message.contains(u"failed on telegram"_s), qPrintable(result.message));
        QVERIFY2(result.hint.contains(u"announce send --release 1.15.0"_s), qPrintable(result.hint));
    }
};

QTEST_GUILESS_MAIN(TestAnnounceStep)
#include "tst_announcestep.moc"
