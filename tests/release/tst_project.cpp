// SPDX-License-Identifier: GPL-3.0-or-later
// A project opened once: the clone, its remote, the GitHub repository and the playbook (a file in the clone, a
// chosen file, or the preset whose repository is the remote's), validated together.
#include "release/project.h"

#include "gitdaemon.h"
#include "historybuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::runGit;

namespace {

const QByteArray ownPlaybook = R"([project]
name = hello
repository = example/hello
version-scheme = semver

[tags]
prefix = v

[pipeline]
kind = attach-artifacts
build-workflow = build.yml
)";

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        ra::test::HistoryBuilder history(m_dir->path());
        history.commit(u"Initial commit"_s, {});
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
    }

    void remoteUrlsNameTheirGitHubRepository_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("repository");
        QTest::addRow("https") << u"https://github.com/aleph-im/aleph-vm"_s << u"aleph-im/aleph-vm"_s;
        QTest::addRow("https .git") << u"https://github.com/aleph-im/aleph-vm.git"_s << u"aleph-im/aleph-vm"_s;
        QTest::addRow("https with user") << u"https://me@github.com/a/b.git"_s << u"a/b"_s;
        QTest::addRow("scp-like ssh") << u"git@github.com:aleph-im/aleph-vm.git"_s << u"aleph-im/aleph-vm"_s;
        QTest::addRow("ssh url") << u"ssh://git@github.com/aleph-im/aleph-vm"_s << u"aleph-im/aleph-vm"_s;
        QTest::addRow("other host") << u"https://gitlab.com/a/b.git"_s << QString();
        QTest::addRow("look-alike host") << u"https://github.com.evil.example/a/b"_s << QString();
        QTest::addRow("local daemon") << u"git://127.0.0.1:9418/aleph-vm.git"_s << QString();
        QTest::addRow("path") << u"/srv/git/aleph-vm.git"_s << QString();
    }

    void remoteUrlsNameTheirGitHubRepository()
    {
        QFETCH(QString, url);
        QFETCH(QString, repository);
        const auto found = release::Project::githubRepositoryOf(url);
        QCOMPARE(found ? found->toString() : QString(), repository);
    }

    void thePresetMatchingTheRemoteIsChosen()
    {
        addRemote(u"https://github.com/aleph-im/aleph-vm.git"_s);
        release::ProjectError error;
        const auto project = release::Project::open(m_dir->path(), {}, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->name(), u"aleph-vm"_s);
        QCOMPARE(project->repository().toString(), u"aleph-im/aleph-vm"_s);
        QCOMPARE(project->playbookOrigin(), u"the built-in preset aleph-vm"_s);
        QCOMPARE(project->remoteName(), u"origin"_s);
        QVERIFY(project->warnings().isEmpty());
    }

    void aPlaybookInTheCloneWinsAndAnyProjectWorks()
    {
        addRemote(u"git@github.com:example/hello.git"_s);
        writePlaybook(u".release-assistant.playbook"_s, ownPlaybook);
        release::ProjectError error;
        const auto project = release::Project::open(m_dir->path(), {}, &error);
        QVERIFY2(project, qPrintable(error.message + u' ' + error.hint));
        QCOMPARE(project->name(), u"hello"_s);
        QCOMPARE(project->repository().toString(), u"example/hello"_s);
        QCOMPARE(project->playbook().tagSpelling.prefix, u"v"_s);
        QCOMPARE(project->playbookOrigin(), u"the clone's .release-assistant.playbook"_s);
        QVERIFY(project->journalPath().endsWith(u"/projects/example/hello/journal.sqlite"_s));
    }

    void aRemoteOfAnotherRepositoryIsAnError()
    {
        addRemote(u"https://github.com/someone/fork.git"_s);
        writePlaybook(u".release-assistant.playbook"_s, ownPlaybook);
        release::ProjectError error;
        QVERIFY(!release::Project::open(m_dir->path(), {}, &error));
        QVERIFY2(error.message.contains(u"someone/fork"_s) && error.message.contains(u"example/hello"_s),
                 qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty());
    }

    void aRemoteOffGitHubIsAWarningWithAChosenPreset()
    {
        addRemote(u"git://127.0.0.1:1/aleph-vm.git"_s);
        release::ProjectError error;
        QVERIFY(!release::Project::open(m_dir->path(), {}, &error));
        QVERIFY2(error.message.contains(u"no playbook"_s), qPrintable(error.message));
        QVERIFY2(error.hint.contains(u".release-assistant.playbook"_s), qPrintable(error.hint));

        release::Project::OpenOptions options;
        options.preset = u"aleph-vm"_s;
        const auto project = release::Project::open(m_dir->path(), options, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->warnings().size(), 1);
        QVERIFY(project->warnings().constFirst().contains(u"not on GitHub"_s));
    }

    void aTokenInTheRemoteUrlIsNeverShown()
    {
        // CI checkouts write their token into the remote URL.
        addRemote(u"https://x-access-token:ghs_SECRETSECRET@github.com/aleph-im/aleph-vm.git"_s);
        release::ProjectError error;
        const auto project = release::Project::open(m_dir->path(), {}, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->remoteUrl(), u"https://github.com/aleph-im/aleph-vm.git"_s);
        QCOMPARE(project->repository().toString(), u"aleph-im/aleph-vm"_s);

        QCOMPARE(runGit({u"remote"_s, u"set-url"_s, u"origin"_s,
                         u"http://x-access-token:ghs_SECRETSECRET@127.0.0.1/a.git"_s},
                        m_dir->path()),
                 0);
        QVERIFY(!release::Project::open(m_dir->path(), {}, &error));
        QVERIFY2(!(error.message + error.hint).contains(u"SECRET"_s), qPrintable(error.message));
        release::Project::OpenOptions options;
        options.preset = u"aleph-vm"_s;
        const auto preset = release::Project::open(m_dir->path(), options, &error);
        QVERIFY(preset);
        QVERIFY2(!preset->warnings().join(u' ').contains(u"SECRET"_s), qPrintable(preset->warnings().join(u' ')));
        QVERIFY(!preset->remoteUrl().contains(u"SECRET"_s));
    }

    void aMissingRemoteNamesTheOthers()
    {
        addRemote(u"https://github.com/aleph-im/aleph-vm.git"_s);
        release::Project::OpenOptions options;
        options.remote = u"upstream"_s;
        release::ProjectError error;
        QVERIFY(!release::Project::open(m_dir->path(), options, &error));
        QVERIFY2(error.message.contains(u"upstream"_s), qPrintable(error.message));
        QVERIFY2(error.hint.contains(u"origin"_s), qPrintable(error.hint));
    }

    void aBrokenPlaybookSaysWhereAndHow()
    {
        addRemote(u"https://github.com/example/hello.git"_s);
        writePlaybook(u".release-assistant.playbook"_s, "[project]\nname = hello\nrepostory = example/hello\n");
        release::ProjectError error;
        QVERIFY(!release::Project::open(m_dir->path(), {}, &error));
        QVERIFY2(error.message.contains(u".release-assistant.playbook:3"_s), qPrintable(error.message));
    }

    void notACloneIsAnError()
    {
        QTemporaryDir empty;
        release::ProjectError error;
        QVERIFY(!release::Project::open(empty.path(), {}, &error));
        QVERIFY2(error.message.contains(u"not a git clone"_s), qPrintable(error.message));
        QVERIFY(!release::Project::open(QString(), {}, &error));
        QVERIFY(!error.hint.isEmpty());
    }

private:
    void addRemote(const QString &url)
    {
        QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, url}, m_dir->path()), 0);
    }

    void writePlaybook(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
