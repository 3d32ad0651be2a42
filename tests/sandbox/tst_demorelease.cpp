// SPDX-License-Identifier: GPL-3.0-or-later
// The demo release, end to end through the real command-line tool: `release-assistant-cli --demo-dir <folder>`
// runs each command on one demo (a new process each time, taking the demo up where the last one left it), and the
// release goes through all seven steps — the staging sign-off, the tag, the scoring table, the notes, the
// packages, two approvals and the publication, the announcements. What the services hold at the end is read back
// from the kept demo folder.
#include "git/repository.h"
#include "journal/journal.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/demoproject.h"
#include "scoring/tableformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;
using ra::sandbox::DemoEnvironment;
using ra::sandbox::DemoProject;

namespace {

const QString tag = QString::fromLatin1(DemoProject::ReleaseTag);

/// The output of \a run, for a failure message.
QByteArray said(const ra::test::CliRun &run)
{
    return (u"exit %1\n%2\n%3"_s.arg(run.exitCode).arg(run.out, run.err)).toLocal8Bit();
}

} // namespace

class TestDemoRelease : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_base;
    QString m_folder;

    /// Runs the command-line tool on the demo kept in m_folder, as \a account when one is given.
    [[nodiscard]] ra::test::CliRun cli(const QStringList &arguments, const QString &account = {}) const
    {
        QStringList global{u"--demo-dir"_s, m_folder};
        if (!account.isEmpty()) {
            global << u"--demo-account"_s << account;
        }
        return ra::test::runCli(global + arguments);
    }

    /// Every step's state as `release status --json` reports it, by step key.
    [[nodiscard]] QHash<QString, QString> stepStates() const
    {
        const ra::test::CliRun status = cli({u"--json"_s, u"release"_s, u"status"_s, u"--release"_s, tag});
        QHash<QString, QString> states;
        const QJsonArray steps = status.json().object().value(u"steps"_s).toArray();
        for (const QJsonValue &step : steps) {
            states.insert(step[u"step"_s].toString(), step[u"state"_s].toString());
        }
        return states;
    }

    [[nodiscard]] ra::test::CliRun runRelease() const
    {
        return cli({u"--json"_s, u"release"_s, u"run"_s, u"--release"_s, tag});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        m_folder = m_base.filePath(u"demo"_s);
    }

    void theDemoReleaseGoesThroughEverySevenStep()
    {
        // Step 1 needs a person: the run stops there, and the demo stays in its folder for the next command.
        ra::test::CliRun run = runRelease();
        QVERIFY2(run.exitCode == 3, said(run));
        QCOMPARE(run.json().object().value(u"stoppedAt"_s).toString(), u"staging"_s);
        QVERIFY2(run.err.contains(DemoEnvironment::notice()), said(run));
        QVERIFY(QDir(m_folder).exists(u"sample-project/.git"_s));

        // 1. The maintainer checks staging (CI runs, packages, both nodes on the candidate) and signs it off.
        run = cli({u"staging"_s, u"check"_s, u"--release"_s, tag});
        QVERIFY2(run.exitCode == 0, said(run));
        QVERIFY2(run.out.contains(u"Sign-off recorded"_s), said(run));

        // 2. The run tags the candidate and pushes the tag to the demo's remote; step 3 needs a person.
        run = runRelease();
        QVERIFY2(run.exitCode == 3, said(run));
        QCOMPARE(run.json().object().value(u"stoppedAt"_s).toString(), u"scoring-table"_s);

        // 3. The scoring table lists the release (the demo's table file stands in for the scoring database).
        run = cli({u"table"_s, u"add"_s, u"--version"_s, tag, u"--at"_s, u"2026-12-01T10:00:00Z"_s});
        QVERIFY2(run.exitCode == 0, said(run));
        QVERIFY2(run.out.contains(u"Step 3 of %1 is done"_s.arg(tag)), said(run));
        QCOMPARE(stepStates().value(u"scoring-table"_s), u"done"_s);

        // 4. The notes of v1.1.0..v1.2.0, generated from the clone, saved to a new draft.
        run = cli({u"notes"_s, u"generate"_s, u"--tag"_s, tag, u"--to"_s, tag});
        QVERIFY2(run.exitCode == 0, said(run));
        QVERIFY2(run.out.contains(u"@bruno-translator"_s), said(run));
        const QString notes = m_base.filePath(u"notes.md"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out.toUtf8());
        file.close();
        run = cli({u"notes"_s, u"save"_s, u"--release"_s, tag, notes});
        QVERIFY2(run.exitCode == 0, said(run));

        // 5. The run attaches the CI's packages to the draft; step 6 waits for the two approvals.
        run = runRelease();
        QVERIFY2(run.exitCode == 3, said(run));
        QCOMPARE(run.json().object().value(u"stoppedAt"_s).toString(), u"review-publish"_s);

        // 6. Both reviewers approve the draft's exact content; the run publishes it and stops at step 7.
        run = cli({u"review"_s, u"approve"_s, u"--release"_s, tag});
        QVERIFY2(run.exitCode == 0, said(run));
        run = runRelease();
        QVERIFY2(run.exitCode == 3, said(run));
        QCOMPARE(run.json().object().value(u"stoppedAt"_s).toString(), u"review-publish"_s);
        run = cli({u"review"_s, u"approve"_s, u"--release"_s, tag}, DemoEnvironment::reviewer().login);
        QVERIFY2(run.exitCode == 0, said(run));
        run = runRelease();
        QVERIFY2(run.exitCode == 3, said(run));
        QCOMPARE(run.json().object().value(u"stoppedAt"_s).toString(), u"announce"_s);

        // 7. The announcements go out on every channel; the run then has nothing left.
        run = cli({u"announce"_s, u"send"_s, u"--release"_s, tag});
        QVERIFY2(run.exitCode == 0, said(run));
        run = runRelease();
        QVERIFY2(run.exitCode == 0, said(run));
        QVERIFY(run.json().object().value(u"complete"_s).toBool());

        const QHash<QString, QString> states = stepStates();
        QCOMPARE(states.size(), 7);
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            QVERIFY2(it.value() == u"done"_s, qPrintable(it.key() + u": "_s + it.value()));
        }
    }

    void theServicesHoldTheRelease()
    {
        DemoEnvironment demo;
        QVERIFY2(demo.start(m_folder), qPrintable(demo.error()));

        // The tag is on the remote, on the candidate commit.
        const auto remote = ra::git::Repository::open(demo.remotePath());
        QVERIFY(remote);
        QCOMPARE(remote->resolveCommit(tag).value(), demo.candidateCommit());

        // The release is published, final, with both packages as their CI built them.
        const auto *release = demo.github().state().releaseByTag(tag);
        QVERIFY(release);
        QVERIFY(!release->draft);
        QVERIFY(!release->prerelease);
        QVERIFY(release->body.contains(u"What's Changed"_s));
        QStringList assets;
        for (const auto &asset : release->assets) {
            assets.append(asset.name);
            QCOMPARE(asset.state, u"uploaded"_s);
            QVERIFY(asset.content.startsWith("!<arch>\ndebian-binary"));
        }
        assets.sort();
        QCOMPARE(assets, DemoProject::assetNames());

        // Both reviewers approved on the tracking issue.
        QStringList approvers;
        for (const auto &issue : demo.issues().state().issues) {
            for (const auto &comment : issue.comments) {
                approvers.append(comment.login);
            }
        }
        QVERIFY2(approvers.contains(DemoEnvironment::maintainer().login), qPrintable(approvers.join(u", "_s)));
        QVERIFY2(approvers.contains(DemoEnvironment::reviewer().login), qPrintable(approvers.join(u", "_s)));

        // The scoring table lists v1.2.0 and retired v1.1.0.
        QString why;
        const auto rows = ra::scoring::loadTableFile(demo.scoringTablePath(), &why);
        QVERIFY2(rows, qPrintable(why));
        const auto row = std::find_if(rows->cbegin(), rows->cend(), [](const auto &r) { return r.name == tag; });
        QVERIFY(row != rows->cend());
        QCOMPARE(row->software, u"sample-project"_s);
        QVERIFY(!row->replacedOn.has_value());

        // Each channel holds the announcement, and the journal its link.
        QVERIFY(!demo.telegram().messages.isEmpty());
        QVERIFY(!demo.x().tweets.isEmpty());
        QVERIFY(!demo.mastodon().statuses.isEmpty());
        QVERIFY(!demo.bluesky().records.isEmpty());
        QVERIFY(!demo.discord().messages.isEmpty());
        QVERIFY(demo.telegram().messages.constFirst().value(u"text"_s).toString().contains(u"1.2.0"_s));
        const std::unique_ptr<ra::Journal> journal = ra::Journal::open(demo.journalPath());
        QVERIFY(journal);
        QStringList links;
        for (const ra::JournalEffect &effect : journal->effects(tag, ra::stepKey(ra::ReleaseStep::Announce))) {
            if (effect.outcome == ra::EffectOutcome::Succeeded) {
                links.append(QString::fromUtf8(QJsonDocument(effect.result).toJson(QJsonDocument::Compact)));
            }
        }
        QVERIFY2(links.size() >= 5, qPrintable(links.join(u'\n')));
        for (const QString &site : {u"t.me/sample_project"_s, u"x.com/sample_project"_s, u"mastodon.example"_s,
                                    u"bsky.app/profile/sample-project.bsky.social"_s, u"discord.com"_s}) {
            QVERIFY2(links.join(u'\n').contains(site), qPrintable(site + u" in\n"_s + links.join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoRelease)
#include "tst_demorelease.moc"
