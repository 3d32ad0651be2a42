// SPDX-License-Identifier: GPL-3.0-or-later
// The full release rehearsal (issue 12): the demo's sample project with its remote behind a real `git daemon`, its
// scoring table in a real PostgreSQL, and the GitHub, staging and channel twins in this process, driven through
// all seven steps by the command-line tool — `release run` for what it can do, and a person's commands for the
// sign-off, the scoring change, the notes, the two approvals and the announcements.
//
// Then the same rehearsal on a new project, killed (SIGKILL) at every journal effect boundary the clean run went
// through and run again each time: no duplicate tag, draft, asset, row, comment or post, nothing lost, and every
// command finishes. One project serves the whole chain, each boundary named by RA_KILL_AT_EFFECT
// ("<phase>:<action>:<key>") rather than counted: a re-run first settles what the kill left open and writes records
// of its own, so a count would drift, and a count of one after an intent would loop for ever (the intent's action
// never happens, the re-run records it failed and intends it again). Each effect is killed three times: right
// after its intent (nothing done), right before its success is recorded (done, not known: the re-run must ask the
// remote) and right after it (done and known): 3 x 15 boundaries and more, about 60 CLI runs, ~15 s under ASan.
// The effects come from the clean run, command by command; their kinds and counts are checked against a list and
// every one must be killed at, so a new effect cannot escape the chain.
#include "journal/journal.h"
#include "sandbox/demoproject.h"

#include "rehearsalproject.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::sandbox::DemoEnvironment;
using ra::sandbox::DemoProject;
using ra::test::CliRun;
using ra::test::RehearsalProject;

namespace {

const QString tag = QString::fromLatin1(DemoProject::ReleaseTag);

/// Every kind of side effect of the clean rehearsal, and how many of each at least: tag create and push, the draft,
/// two uploads, the tracking issue, two approvals, the publication, the scheduled scoring change, five posts; the
/// tracking issue's revision (its body and a comment) may come on top. A new kind of effect fails the rehearsal until
/// it is added here knowingly, so none escapes the kill chain.
const QHash<QString, int> expectedEffects{{u"create-tag"_s, 1},
                                          {u"push-tag"_s, 1},
                                          {u"create-notes-draft"_s, 1},
                                          {u"upload-asset"_s, 2},
                                          {u"create-tracking-issue"_s, 1},
                                          {u"post-approval"_s, 2},
                                          {u"publish-release"_s, 1},
                                          {u"apply-scoring"_s, 1},
                                          {u"announce-post"_s, 5},
                                          {u"update-tracking-issue"_s, 0},
                                          {u"post-revision"_s, 0}};

/// The key of an effect as the kill chain names it: a content digest differs from one project to the next.
QString killKey(const QString &key)
{
    const qsizetype digest = key.indexOf(u"sha256:"_s);
    return digest < 0 ? key : key.left(digest) + u'*';
}

/// The boundaries of one effect the chain kills at, in the order they occur.
const QStringList phases{u"after-intent"_s, u"before-result"_s, u"after-result"_s};

QByteArray said(const CliRun &run)
{
    return (u"exit %1\n%2\n%3"_s.arg(run.exitCode).arg(run.out, run.err)).toLocal8Bit();
}

/// One command of the rehearsal.
struct Command {
    QStringList arguments;
    /// The demo account it runs as (empty: the maintainer).
    QString login;
    /// Its exit code in the clean rehearsal (3: the run stops where a person is needed).
    int exitCode = 0;
    /// Where its standard output is kept (the generated notes).
    QString outputFile;
    /// The option that limits it to one effect key (announce's --channel): the chain kills one channel at a time.
    QString perKeyOption;
};

/// An effect as the chain names it.
struct Effect {
    QString action;
    QString key;
};

/// What a channel twin holds, by the playbook's channel id: its announcements (a thread counts once) and its posts.
struct ChannelPosts {
    qsizetype announcements = 0;
    qsizetype posts = 0;
};

ChannelPosts postsOn(DemoEnvironment &demo, const QString &channel)
{
    ChannelPosts found;
    const auto count = [&found](const auto &items, const auto &startsThread) {
        found.posts = items.size();
        found.announcements = std::count_if(items.cbegin(), items.cend(), startsThread);
    };
    const auto always = [](const QJsonObject &) {
        return true;
    };
    if (channel == u"telegram"_s) {
        count(demo.telegram().messages, always);
    } else if (channel == u"discord"_s) {
        count(demo.discord().messages, always);
    } else if (channel == u"x"_s) {
        count(demo.x().tweets, [](const QJsonObject &tweet) { return tweet[u"in_reply_to"_s].toString().isEmpty(); });
    } else if (channel == u"mastodon"_s) {
        count(demo.mastodon().statuses, [](const QJsonObject &status) { return status[u"in_reply_to_id"_s].isNull(); });
    } else if (channel == u"bluesky"_s) {
        count(demo.bluesky().records.values(),
              [](const QJsonObject &record) { return !record[u"value"_s].toObject().contains(u"reply"_s); });
    }
    return found;
}

} // namespace

class TestReleaseRehearsal : public QObject
{
    Q_OBJECT

private:
    /// The effects each command of the clean rehearsal made, in order.
    QList<QList<Effect>> m_cleanEffects;

    /// The rehearsal's commands, in the order a maintainer gives them.
    [[nodiscard]] static QList<Command> commands(RehearsalProject &project)
    {
        DemoEnvironment &demo = project.demo();
        const QStringList releaseRun = QStringList{u"--json"_s, u"release"_s, u"run"_s, u"--release"_s, tag} +
                                       project.projectArguments() + project.apiArguments() +
                                       QStringList{u"--uploads-url"_s, demo.githubEndpoints().uploads.toString(),
                                                   u"--schedule-dir"_s, project.scheduleDirectory()};
        QStringList stagingCheck{u"staging"_s,
                                 u"check"_s,
                                 u"--release"_s,
                                 tag,
                                 u"--commit"_s,
                                 demo.candidateCommit(),
                                 u"--expected-version"_s,
                                 demo.candidateVersion(),
                                 u"--build-workflow"_s,
                                 DemoProject::workflows().constFirst(),
                                 u"--signer"_s,
                                 DemoEnvironment::maintainer().login};
        stagingCheck += project.projectArguments();
        stagingCheck += project.apiArguments();
        for (const QUrl &server : demo.stagingUrls()) {
            stagingCheck << u"--server"_s << server.toString();
        }
        for (const QString &workflow : DemoProject::workflows()) {
            stagingCheck << u"--workflow"_s << workflow;
        }
        for (const QString &asset : DemoProject::assetNames()) {
            stagingCheck << u"--artifact"_s << asset;
        }
        const QStringList review =
            QStringList{u"review"_s,    u"approve"_s,         u"--release"_s,  tag,
                        u"--repo"_s,    demo.repository(),    u"--playbook"_s, project.playbookPath(),
                        u"--journal"_s, project.journalPath()} +
            project.apiArguments();
        return {
            {releaseRun, {}, 3, {}, {}},
            {stagingCheck, {}, 0, {}, {}},
            {releaseRun, {}, 3, {}, {}}, // tags and pushes; step 3 needs a person
            {{u"table"_s, u"schedule"_s, u"--release"_s, tag, u"--software"_s, QString::fromLatin1(DemoProject::Name),
              u"--version"_s, tag, u"--playbook"_s, project.playbookPath(), u"--journal"_s, project.journalPath(),
              u"--schedule-dir"_s, project.scheduleDirectory()},
             {},
             0,
             {},
             {}},
            {releaseRun, {}, 3, {}, {}}, // step 3 waits for the publication; step 4 needs notes
            {{u"notes"_s, u"generate"_s, u"--tag"_s, tag, u"--to"_s, tag, u"--repo"_s, demo.clonePath(),
              u"--playbook"_s, project.playbookPath()},
             {},
             0,
             project.notesPath(),
             {}},
            {QStringList{u"notes"_s, u"save"_s, u"--release"_s, tag, project.notesPath()} + project.projectArguments() +
                 project.apiArguments(),
             {},
             0,
             {},
             {}},
            {releaseRun, {}, 3, {}, {}}, // attaches the packages; step 6 waits for the approvals
            {review, {}, 0, {}, {}},
            {review, DemoEnvironment::reviewer().login, 0, {}, {}},
            {releaseRun, {}, 3, {}, {}}, // publishes and applies the scoring change; step 7 needs a person
            {{u"announce"_s, u"send"_s, u"--release"_s, tag, u"--playbook"_s, project.playbookPath(), u"--journal"_s,
              project.journalPath()},
             {},
             0,
             {},
             u"--channel"_s},
            {releaseRun, {}, 0, {}, {}},
        };
    }

    [[nodiscard]] static QList<ra::JournalEffect> effects(const RehearsalProject &project)
    {
        const std::unique_ptr<ra::Journal> journal = ra::Journal::open(project.journalPath());
        return journal && journal->hasRelease(tag) ? journal->effects(tag) : QList<ra::JournalEffect>();
    }

    /// Runs \a command as in the clean rehearsal (\a afterKills: with a person confirming a post a kill left
    /// uncertain), keeping its output where it asks.
    static void finish(RehearsalProject &project, const Command &command, bool afterKills)
    {
        CliRun run = project.cli(command.arguments, command.login);
        if (afterKills && run.exitCode != command.exitCode) {
            const QStringList confirm = confirmation(project);
            if (!confirm.isEmpty()) {
                const CliRun confirmed = project.cli(confirm);
                QVERIFY2(confirmed.exitCode == 0, said(confirmed));
                run = project.cli(command.arguments, command.login);
            }
        }
        QVERIFY2(run.exitCode == command.exitCode, said(run));
        if (!command.outputFile.isEmpty()) {
            QFile file(command.outputFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(run.out.toUtf8()) == run.out.toUtf8().size());
        }
    }

    /**
     * The command a person gives after looking at the channel whose post a killed run left uncertain: confirmed
     * sent (with its link) when the twin holds it, confirmed not sent otherwise. Empty when no post is uncertain.
     */
    [[nodiscard]] static QStringList confirmation(RehearsalProject &project)
    {
        const std::unique_ptr<ra::Journal> journal = ra::Journal::open(project.journalPath());
        for (const ra::JournalEffect &effect : journal->pendingEffects(tag)) {
            if (effect.step != ra::stepKey(ra::ReleaseStep::Announce)) {
                continue;
            }
            QStringList arguments{u"announce"_s,   u"send"_s,
                                  u"--release"_s,  tag,
                                  u"--playbook"_s, project.playbookPath(),
                                  u"--journal"_s,  project.journalPath(),
                                  u"--channel"_s,  effect.key};
            const qsizetype posts = postsOn(project.demo(), effect.key).posts;
            if (posts > 0) {
                arguments << u"--confirm-sent"_s << u"https://example.org/%1/%2"_s.arg(effect.key).arg(posts);
            } else {
                arguments << u"--confirm-not-sent"_s;
            }
            return arguments;
        }
        return {};
    }

    /// What the services and the journal hold once the release is done, whatever happened on the way.
    static void verifyReleased(RehearsalProject &project)
    {
        DemoEnvironment &demo = project.demo();

        // The tag is on the remote once, on the signed-off candidate.
        QString tags;
        QCOMPARE(ra::test::runGit({u"tag"_s, u"--list"_s, tag}, project.remotePath(), &tags), 0);
        QCOMPARE(tags, tag);
        QString tagged;
        QCOMPARE(ra::test::runGit({u"rev-parse"_s, tag + u"^{commit}"_s}, project.remotePath(), &tagged), 0);
        QCOMPARE(tagged, demo.candidateCommit());

        // One release of the tag, published, with each package once, as CI built it.
        int releases = 0;
        for (const auto &release : demo.github().state().releases) {
            releases += release.tagName == tag;
        }
        QCOMPARE(releases, 1);
        const auto *release = demo.github().state().releaseByTag(tag);
        QVERIFY(!release->draft);
        QVERIFY(release->body.contains(u"What's Changed"_s));
        QStringList assets;
        for (const auto &asset : release->assets) {
            assets.append(asset.name);
            QCOMPARE(asset.state, u"uploaded"_s);
            QVERIFY(asset.content.startsWith("!<arch>\ndebian-binary"));
        }
        assets.sort();
        QCOMPARE(assets, DemoProject::assetNames());

        // The scoring table lists the release once, from its publication, and retired the one before.
        const ra::test::PostgresServer &postgres = project.postgres();
        QCOMPARE(postgres.psql(u"SELECT count(*) FROM software_versions WHERE name = '%1'"_s.arg(tag)), u"1"_s);
        QCOMPARE(
            postgres.psql(u"SELECT software, replaced_on IS NULL FROM software_versions WHERE name = '%1'"_s.arg(tag)),
            u"%1|t"_s.arg(QLatin1StringView(DemoProject::Name)));
        QCOMPARE(postgres.psql(u"SELECT replaced_on IS NOT NULL FROM software_versions WHERE name = 'v1.1.0'"_s),
                 u"t"_s);

        // One tracking issue, one approval from each reviewer, no comment posted twice.
        QCOMPARE(demo.issues().state().issues.size(), 1);
        QHash<QString, int> approvals;
        QSet<QString> bodies;
        for (const auto &comment : demo.issues().state().issues.constFirst().comments) {
            approvals[comment.login] += comment.body.contains(u"release-assistant:approval"_s);
            const QString posted = comment.login + u": "_s + comment.body;
            QVERIFY2(!bodies.contains(posted), qPrintable(u"posted twice: "_s + posted));
            bodies.insert(posted);
        }
        QCOMPARE(approvals.value(DemoEnvironment::maintainer().login), 1);
        QCOMPARE(approvals.value(DemoEnvironment::reviewer().login), 1);

        // One announcement on each channel, whole (each post of a thread once), as the journal records it.
        const std::unique_ptr<ra::Journal> journal = ra::Journal::open(project.journalPath());
        for (const QString &channel : {u"telegram"_s, u"x"_s, u"mastodon"_s, u"bluesky"_s, u"discord"_s}) {
            const ChannelPosts posts = postsOn(demo, channel);
            QVERIFY2(posts.announcements == 1,
                     qPrintable(u"%1: %2 announcements"_s.arg(channel).arg(posts.announcements)));
            const auto recorded = journal->lastEffect(tag, u"announce-post"_s, channel);
            QVERIFY(recorded);
            const qsizetype links = std::max(recorded->result[u"postIds"_s].toArray().size(),
                                             recorded->result[u"postUrls"_s].toArray().size());
            QVERIFY2(posts.posts == links,
                     qPrintable(u"%1: %2 posts, %3 recorded"_s.arg(channel).arg(posts.posts).arg(links)));
        }

        // Nothing left open, each effect succeeded once, and every step is done.
        const QList<ra::JournalEffect> all = effects(project);
        QHash<QString, int> succeeded;
        for (const ra::JournalEffect &effect : all) {
            QVERIFY2(effect.outcome != ra::EffectOutcome::Pending && effect.outcome != ra::EffectOutcome::Uncertain,
                     qPrintable(u"open: %1 %2"_s.arg(effect.action, effect.key)));
            succeeded[effect.action + u' ' + effect.key] += effect.outcome == ra::EffectOutcome::Succeeded;
        }
        QHash<QString, int> kinds;
        for (auto it = succeeded.cbegin(); it != succeeded.cend(); ++it) {
            ++kinds[it.key().section(u' ', 0, 0)];
        }
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
            QVERIFY2(expectedEffects.contains(it.key()), qPrintable(u"a new kind of effect: "_s + it.key()));
        }
        for (auto it = expectedEffects.cbegin(); it != expectedEffects.cend(); ++it) {
            QVERIFY2(kinds.value(it.key()) >= it.value(), qPrintable(u"missing: "_s + it.key()));
        }
        for (auto it = succeeded.cbegin(); it != succeeded.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(u"%1 succeeded %2 times"_s.arg(it.key()).arg(it.value())));
        }
        const CliRun status = project.cli(QStringList{u"--json"_s, u"release"_s, u"status"_s, u"--release"_s, tag} +
                                          project.projectArguments());
        const QJsonArray steps = status.json().object().value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 7);
        for (const QJsonValue &step : steps) {
            QVERIFY2(step[u"state"_s].toString() == u"done"_s,
                     qPrintable(step[u"step"_s].toString() + u": "_s + step[u"state"_s].toString()));
        }
    }

private Q_SLOTS:
    void theWholeReleaseOnRealServers()
    {
        RehearsalProject project;
        QString error;
        QVERIFY2(project.start(&error), qPrintable(error));
        const QList<Command> all = commands(project);
        QList<QList<Effect>> cleanEffects;
        for (const Command &command : all) {
            const qsizetype before = effects(project).size();
            finish(project, command, false);
            if (QTest::currentTestFailed()) {
                return;
            }
            QList<Effect> made;
            const QList<ra::JournalEffect> after = effects(project);
            for (const ra::JournalEffect &effect : after.mid(before)) {
                QVERIFY2(effect.outcome == ra::EffectOutcome::Succeeded,
                         qPrintable(u"%1 %2: %3"_s.arg(effect.action, effect.key, effect.error)));
                made.append({effect.action, effect.key});
            }
            cleanEffects.append(made);
        }
        verifyReleased(project);
        m_cleanEffects = cleanEffects;
    }

    void killedAtEveryEffectBoundaryAndRunAgain()
    {
        QVERIFY2(!m_cleanEffects.isEmpty(), "the clean rehearsal names the effects: it runs first");
        RehearsalProject project;
        QString error;
        QVERIFY2(project.start(&error), qPrintable(error));
        const QList<Command> all = commands(project);
        QCOMPARE(all.size(), m_cleanEffects.size());
        qsizetype kills = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Command &command = all.at(i);
            for (const Effect &effect : m_cleanEffects.at(i)) {
                QStringList arguments = command.arguments;
                if (!command.perKeyOption.isEmpty()) {
                    arguments << command.perKeyOption << effect.key;
                }
                for (const QString &phase : phases) {
                    const QString killAt = u"%1:%2:%3"_s.arg(phase, effect.action, killKey(effect.key));
                    CliRun run;
                    bool killed = false;
                    // A run that stops for a person (an uncertain post) goes on once the person has confirmed it,
                    // and the confirmation is itself a boundary.
                    for (int attempt = 0; attempt < 3 && !killed; ++attempt) {
                        run = project.cli(arguments, command.login, killAt);
                        killed = run.exitCode == -1;
                        const QStringList confirm = killed ? QStringList() : confirmation(project);
                        if (confirm.isEmpty()) {
                            break;
                        }
                        run = project.cli(confirm, {}, killAt);
                        killed = run.exitCode == -1;
                    }
                    QVERIFY2(killed, qPrintable(u"never killed at %1\n"_s.arg(killAt) + said(run)));
                    ++kills;
                }
            }
            finish(project, command, true);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        qsizetype boundaries = 0;
        for (const QList<Effect> &made : std::as_const(m_cleanEffects)) {
            boundaries += phases.size() * made.size();
        }
        QCOMPARE(kills, boundaries);
        verifyReleased(project);
    }
};

QTEST_GUILESS_MAIN(TestReleaseRehearsal)
#include "tst_releaserehearsal.moc"
