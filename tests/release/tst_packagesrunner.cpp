// SPDX-License-Identifier: GPL-3.0-or-later
// Step 5 in a release run, against the GitHub twin with real .deb artifacts: the CI run of the signed-off commit
// is found, its packages checked against the tag and attached once; a second run uploads nothing.
#include "release/packagesrunner.h"

#include "release/release.h"

#include "attachflowfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::AttachFlowFixture;

class TestPackagesRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.buildPackages(&error), qPrintable(error));
    }

    void init()
    {
        QVERIFY(m_fixture.start());
        m_dir = std::make_unique<QTemporaryDir>();
        QFile playbook(m_dir->filePath(u"project.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        QByteArray text = "[project]\nname = aleph-vm\nrepository = aleph-im/aleph-vm\n"
                          "[pipeline]\nkind = attach-artifacts\n"
                          "build-workflow = build-deb-package-and-integration-tests.yml\n[assets]\n";
        for (const QString &name : AttachFlowFixture::Names) {
            text += "expected = " + name.toUtf8() + '\n';
        }
        playbook.write(text);
        playbook.close();
        release::ProjectError projectError;
        m_project = release::Project::fromPlaybook(playbook.fileName(), {}, &projectError);
        QVERIFY2(m_project, qPrintable(projectError.message));
        QString error;
        m_journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
    }

    void cleanup()
    {
        m_journal.reset();
        m_dir.reset();
        m_fixture.stop();
    }

    void attachesTheSignedOffRunsPackagesOnce()
    {
        QString error;
        const auto release = release::Release::open(*m_project, *m_journal, AttachFlowFixture::Tag,
                                                    release::Release::Access::Drive, &error);
        QVERIFY2(release, qPrintable(error));
        release::PackagesRunner runner(endpoints(), AttachFlowFixture::Token, m_dir->filePath(u"work"_s));

        // Without a signed-off commit the run of the packages is unknown: nothing is sent.
        const release::StepRunResult withoutSignOff = runner.run(*release);
        QCOMPARE(release::runOutcomeKey(withoutSignOff.outcome), u"needs-person"_s);
        QCOMPARE(m_fixture.uploadRequests(), 0);

        QVERIFY(m_journal->setValue(AttachFlowFixture::Tag, u"staging.signoff"_s,
                                    QJsonObject{{u"report"_s, QJsonObject{{u"commit"_s, u"6da21a3a"_s}}}}));
        const release::StepRunResult attached = runner.run(*release);
        QVERIFY2(attached.outcome == release::StepRunResult::Outcome::Done, qPrintable(attached.message));
        m_fixture.verifyExactAssets();
        QCOMPARE(release->verdict(ReleaseStep::Packages).state, StepState::Done);
        QVERIFY(!m_journal->effects(AttachFlowFixture::Tag, u"packages"_s).isEmpty());

        const int uploads = m_fixture.uploadRequests();
        const release::StepRunResult again = runner.run(*release);
        QCOMPARE(release::runOutcomeKey(again.outcome), u"done"_s);
        QCOMPARE(m_fixture.uploadRequests(), uploads);
    }

    void withoutATokenAPersonIsNeeded()
    {
        QString error;
        const auto release = release::Release::open(*m_project, *m_journal, AttachFlowFixture::Tag,
                                                    release::Release::Access::Drive, &error);
        release::PackagesRunner runner(endpoints(), {}, m_dir->filePath(u"work"_s));
        const release::StepRunResult result = runner.run(*release);
        QCOMPARE(release::runOutcomeKey(result.outcome), u"needs-person"_s);
        QVERIFY(result.hint.contains(u"GITHUB_TOKEN"_s));
    }

private:
    [[nodiscard]] github::Endpoints endpoints()
    {
        github::Endpoints endpoints;
        endpoints.api = m_fixture.twin().api().url();
        endpoints.uploads = m_fixture.twin().uploads().url();
        return endpoints;
    }

    AttachFlowFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::optional<release::Project> m_project;
};

QTEST_GUILESS_MAIN(TestPackagesRunner)
#include "tst_packagesrunner.moc"
