// SPDX-License-Identifier: GPL-3.0-or-later
// The demo release, end to end through the real command-line tool (CliReleaseDriver): `release-assistant-cli
// --demo-dir <folder>` runs each command on one demo (a new process each time, taking the demo up where the last
// one left it), and the release goes through all seven steps — the staging sign-off, the tag, the scoring table, the
// notes, the packages, two approvals and the publication, the announcements. What the services hold at the end is read
// back from the kept demo folder.
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

#include "clireleasedriver.h"

using namespace Qt::StringLiterals;
using ra::sandbox::DemoEnvironment;
using ra::sandbox::DemoProject;

namespace {

const QString tag = QString::fromLatin1(DemoProject::ReleaseTag);

} // namespace

class TestDemoRelease : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_base;
    QString m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        m_folder = m_base.filePath(u"demo"_s);
    }

    void theDemoReleaseGoesThroughEverySevenStep()
    {
        ra::test::CliReleaseDriver driver(m_folder);
        QVERIFY2(driver.releaseAll(), qPrintable(driver.error()));

        const QHash<QString, QString> states = driver.stepStates();
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
