// SPDX-License-Identifier: GPL-3.0-or-later
// The libgit2 layer on real temporary repositories: refs, tags, tag creation and describe, checked against
// the git command line wherever git can say what the right answer is.
#include "git/describe.h"
#include "git/releasetags.h"
#include "git/repository.h"
#include "git/tagversionorder.h"

#include "gitdaemon.h"
#include "historybuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::git::Repository;
using ra::git::TagInfo;
using ra::test::HistoryBuilder;
using ra::test::runGit;

class TestGitRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void openRejectsAFolderThatIsNoRepository()
    {
        const auto result = Repository::open(m_dir->path());
        QVERIFY(!result);
        QVERIFY2(result.error().message().contains(u"not a git repository"_s), qPrintable(result.error().message()));
        QVERIFY(result.error().message().contains(u"Pick the folder of a local clone"_s));
    }

    void headBranchesAndRemotes()
    {
        HistoryBuilder history(m_dir->path());
        const int root = history.commit(u"Initial commit"_s, {});
        history.commit(u"Feature: second"_s, {root}, u"release/1.0"_s);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, u"git://127.0.0.1:1/aleph-vm.git"_s}, m_dir->path()), 0);

        const auto repository = Repository::open(m_dir->path());
        QVERIFY2(repository, qPrintable(repository.error().message()));
        const auto head = repository->head();
        QVERIFY(head);
        QCOMPARE(head->branch, u"main"_s);
        QCOMPARE(head->commitSha, history.sha(root));
        QCOMPARE(*repository->localBranches(), (QStringList{u"main"_s, u"release/1.0"_s}));
        const auto remotes = repository->remotes();
        QVERIFY(remotes);
        QCOMPARE(remotes->size(), 1);
        QCOMPARE(remotes->constFirst().name, u"origin"_s);
        QCOMPARE(remotes->constFirst().url, u"git://127.0.0.1:1/aleph-vm.git"_s);
        QCOMPARE(*repository->resolveCommit(u"release/1.0"_s), history.sha(2));
        QVERIFY(!repository->resolveCommit(u"no-such-branch"_s));
    }

    void tagsArePeeledAndOrderedByName()
    {
        HistoryBuilder history(m_dir->path());
        const int first = history.commit(u"Fix: one"_s, {});
        const int second = history.commit(u"Fix: two"_s, {first});
        history.lightweightTag(u"0.3.0"_s, second);
        history.lightweightTag(u"0.2.5"_s, second);
        history.annotatedTag(u"0.2.4"_s, first, u"Release 0.2.4"_s);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));

        const auto repository = Repository::open(m_dir->path());
        const auto tags = repository->tags();
        QVERIFY(tags);
        QCOMPARE(tags->size(), 3);
        QCOMPARE(tags->at(0).name, u"0.2.4"_s);
        QVERIFY(tags->at(0).annotated);
        QCOMPARE(tags->at(0).commitSha, history.sha(first));
        QCOMPARE(tags->at(0).message, u"Release 0.2.4"_s);
        QVERIFY(tags->at(0).taggedAt.isValid());
        QCOMPARE(tags->at(1).name, u"0.2.5"_s);
        QVERIFY(!tags->at(1).annotated);
        QCOMPARE(ra::git::tagsOnCommit(*tags, history.sha(second)).size(), 2);
    }

    void createTagRefusesToMoveAnExistingTag()
    {
        HistoryBuilder history(m_dir->path());
        const int first = history.commit(u"one"_s, {});
        const int second = history.commit(u"two"_s, {first});
        history.lightweightTag(u"1.0.0"_s, first);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));

        auto repository = Repository::open(m_dir->path());
        const auto moved = repository.value().createTag(u"1.0.0"_s, history.sha(second), false);
        QVERIFY(!moved);
        QVERIFY2(moved.error().message().contains(u"already exists"_s), qPrintable(moved.error().message()));
        QCOMPARE(repository->tag(u"1.0.0"_s)->commitSha, history.sha(first));

        const auto created = repository.value().createTag(u"1.1.0"_s, history.sha(second), false);
        QVERIFY2(created, qPrintable(created.error().message()));
        QVERIFY(!created->annotated);
        QString gitSays;
        QCOMPARE(runGit({u"rev-parse"_s, u"1.1.0^{commit}"_s}, m_dir->path(), &gitSays), 0);
        QCOMPARE(gitSays, history.sha(second));
        QCOMPARE(runGit({u"cat-file"_s, u"-t"_s, u"1.1.0"_s}, m_dir->path(), &gitSays), 0);
        QCOMPARE(gitSays, u"commit"_s);

        QVERIFY(!repository.value().createTag(u"bad name"_s, history.sha(second), false));
    }

    void createAnnotatedTagAndDeleteOnlyWhatWeCreated()
    {
        HistoryBuilder history(m_dir->path());
        const int first = history.commit(u"one"_s, {});
        const int second = history.commit(u"two"_s, {first});
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        QCOMPARE(runGit({u"config"_s, u"user.name"_s, u"Release Tester"_s}, m_dir->path()), 0);
        QCOMPARE(runGit({u"config"_s, u"user.email"_s, u"tester@example.org"_s}, m_dir->path()), 0);

        auto repository = Repository::open(m_dir->path());
        const auto created = repository.value().createTag(u"2.0.0"_s, history.sha(second), true, u"Release 2.0.0"_s);
        QVERIFY2(created, qPrintable(created.error().message()));
        QVERIFY(created->annotated);
        QString gitSays;
        QCOMPARE(runGit({u"cat-file"_s, u"-t"_s, u"2.0.0"_s}, m_dir->path(), &gitSays), 0);
        QCOMPARE(gitSays, u"tag"_s);

        const auto refused = repository.value().deleteTag(u"2.0.0"_s, history.sha(first));
        QVERIFY(!refused);
        QVERIFY(repository->tag(u"2.0.0"_s));
        QVERIFY(repository.value().deleteTag(u"2.0.0"_s, history.sha(second)));
        QVERIFY(!repository->tag(u"2.0.0"_s));
        QVERIFY(!repository.value().deleteTag(u"2.0.0"_s, history.sha(second)));
    }

    void describeMatchesGit_data()
    {
        QTest::addColumn<QStringList>("lightweight");
        QTest::addColumn<QStringList>("annotated");
        QTest::addColumn<int>("commitsAfter");
        QTest::addColumn<QString>("expected");
        QTest::addRow("aleph-vm 0.2.5 and 0.3.0 on one commit")
            << QStringList{u"0.3.0"_s, u"0.2.5"_s} << QStringList{} << 0 << u"0.2.5"_s;
        QTest::addRow("rc promoted to final")
            << QStringList{u"1.0.0-rc1"_s, u"1.0.0"_s} << QStringList{} << 0 << u"1.0.0"_s;
        QTest::addRow("dev and final") << QStringList{u"1.10.0-dev"_s, u"1.10.0"_s} << QStringList{} << 0
                                       << u"1.10.0"_s;
        QTest::addRow("annotated beats lightweight")
            << QStringList{u"0.1.0"_s} << QStringList{u"0.9.0"_s} << 0 << u"0.9.0"_s;
        QTest::addRow("untagged commits after a tag") << QStringList{u"1.14.0"_s} << QStringList{} << 3 << QString();
    }

    void describeMatchesGit()
    {
        QFETCH(QStringList, lightweight);
        QFETCH(QStringList, annotated);
        QFETCH(int, commitsAfter);
        QFETCH(QString, expected);
        HistoryBuilder history(m_dir->path());
        int tip = history.commit(u"base"_s, {});
        tip = history.commit(u"tagged"_s, {tip});
        for (const QString &name : std::as_const(lightweight)) {
            history.lightweightTag(name, tip);
        }
        for (const QString &name : std::as_const(annotated)) {
            history.annotatedTag(name, tip, name);
        }
        for (int i = 0; i < commitsAfter; ++i) {
            tip = history.commit(u"after %1"_s.arg(i), {tip});
        }
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));

        QString gitSays;
        QCOMPARE(runGit({u"describe"_s, u"--tags"_s, history.sha(tip)}, m_dir->path(), &gitSays), 0);
        if (!expected.isEmpty()) {
            QCOMPARE(gitSays, expected);
        }
        const auto repository = Repository::open(m_dir->path());
        const auto ours = ra::git::describeCommit(*repository, history.sha(tip));
        QVERIFY2(ours, qPrintable(ours.error().message()));
        QCOMPARE(*ours, gitSays);
    }

    void previewWarnsWhenAnotherTagWins()
    {
        const QList<TagInfo> onCommit{TagInfo{u"0.2.5"_s, u"197b5bad"_s, false, {}, {}}};
        const auto collision = ra::git::previewDescribe(onCommit, u"0.3.0"_s, false);
        QVERIFY(collision.collision);
        QCOMPARE(collision.result, u"0.2.5"_s);
        QVERIFY(collision.warning.contains(u"0.2.5"_s));

        const QList<TagInfo> rc{TagInfo{u"1.0.0-rc1"_s, u"abc"_s, false, {}, {}}};
        const auto promoted = ra::git::previewDescribe(rc, u"1.0.0"_s, false);
        QVERIFY(!promoted.collision);
        QCOMPARE(promoted.result, u"1.0.0"_s);
        QCOMPARE(promoted.otherTags, QStringList{u"1.0.0-rc1"_s});
        QVERIFY(promoted.warning.isEmpty());

        // An annotated tag wins over lightweight ones whatever its name.
        QVERIFY(!ra::git::previewDescribe(onCommit, u"0.3.0"_s, true).collision);
    }

    void previousReleaseTag_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected");
        QTest::addRow("final skips its rc") << u"1.9.1"_s << u"1.9.0"_s;
        QTest::addRow("rc follows any tag") << u"1.9.1-rc1"_s << u"1.9.0"_s;
        QTest::addRow("second rc follows the first") << u"2.0.0-rc2"_s << u"2.0.0-rc1"_s;
        QTest::addRow("final after rcs and dev") << u"1.10.0"_s << u"1.9.1"_s;
        QTest::addRow("0.3.0 follows by version, not date") << u"0.3.0"_s << u"0.2.8"_s;
        QTest::addRow("0.3.1 skips its rc") << u"0.3.1"_s << u"0.3.0"_s;
        QTest::addRow("first release") << u"0.1.0"_s << QString();
    }

    void previousReleaseTag()
    {
        QFETCH(QString, version);
        QFETCH(QString, expected);
        const QStringList names{u"0.1.0"_s,     u"0.2.5"_s, u"0.3.0"_s,      u"0.2.8"_s,     u"0.3.0-rc1"_s,
                                u"0.3.1-rc1"_s, u"list"_s,  u"rm"_s,         u"1.9.0-rc1"_s, u"1.9.0"_s,
                                u"1.9.1-rc1"_s, u"1.9.1"_s, u"1.10.0-dev"_s, u"2.0.0-rc1"_s, u"0.4.0a1"_s};
        QList<TagInfo> tags;
        for (const QString &name : names) {
            tags.append(TagInfo{name, name, false, {}, {}});
        }
        const auto previous = ra::git::previousReleaseTag(tags, version, ra::git::tagVersionOrder());
        QCOMPARE(previous ? previous->name : QString(), expected);
    }

    void sortReleaseTagsKeepsStrayTagsApart()
    {
        QList<TagInfo> tags;
        for (const QString &name : {u"1.10.0"_s, u"list"_s, u"1.9.1"_s, u"1.10.0-dev"_s, u"1.9.1-rc1"_s, u"rm"_s}) {
            tags.append(TagInfo{name, {}, false, {}, {}});
        }
        const auto sorted = ra::git::sortReleaseTags(tags, ra::git::tagVersionOrder());
        QStringList versions;
        for (const TagInfo &tag : sorted.versions) {
            versions.append(tag.name);
        }
        QCOMPARE(versions, (QStringList{u"1.9.1-rc1"_s, u"1.9.1"_s, u"1.10.0-dev"_s, u"1.10.0"_s}));
        QCOMPARE(sorted.others.size(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
