// SPDX-License-Identifier: GPL-3.0-or-later
// `release plan` and the steps' own plans cannot disagree: for steps 5 and 6 the operations `release plan --json`
// lists are exactly those of PackagesStep::plan and PublishStep::plan for the request a release run makes — on a
// project that is not aleph-vm, whose playbook spells its tags "v1.1.0" and attaches one package itself. Step 6
// lists its publish PATCH before the draft is read, with a {release_id} placeholder.
#include "github/githubclient.h"
#include "journal/journal.h"
#include "release/packagesstep.h"
#include "release/publishstep.h"

#include "clirunner.h"
#include "otherproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::OtherProject;

namespace {

const QString tag = u"v1.1.0"_s;

QJsonArray operationsOf(const release::StepPlan &plan)
{
    QJsonArray operations;
    for (const release::PlannedOperation &operation : plan.operations) {
        operations.append(operation.toJson());
    }
    return operations;
}

QByteArray shown(const QJsonArray &operations)
{
    return QJsonDocument(operations).toJson();
}

} // namespace

class TestReleasePlanParity : public QObject
{
    Q_OBJECT

private:
    OtherProject m_project;
    QString m_journal;
    QJsonArray m_steps;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_project.create(&error), qPrintable(error));
        m_journal = m_project.elsewhere() + u"/journal.sqlite"_s;
        {
            const auto journal = Journal::open(m_journal, &error);
            QVERIFY2(journal, qPrintable(error));
            QVERIFY(journal->createRelease(tag, {{u"tag"_s, tag}, {u"project"_s, u"acme/widget"_s}}, &error));
        }
        const test::CliRun plan =
            test::runCliServing({u"--json"_s, u"release"_s, u"plan"_s, u"--release"_s, tag, u"--journal"_s, m_journal},
                                m_project.environment(), m_project.clonePath());
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        m_steps = plan.json().object().value(u"steps"_s).toArray();
        QCOMPARE(m_steps.size(), 7);
    }

    void step5IsThePackagesStepsOwnPlan()
    {
        const QJsonObject listed = m_steps.at(4).toObject();
        QCOMPARE(listed.value(u"step"_s).toString(), u"packages"_s);
        // The request a release run makes: the project's repository, tag spelling and assets, the candidate
        // commit (nothing signed off or chosen: the clone's HEAD), the tool's work folder for the release.
        release::PackagesStep::Request request;
        request.mode = release::PackagesStep::Mode::Attach;
        request.options.repository = *github::RepositoryRef::parse(QString::fromLatin1(OtherProject::Repository));
        request.options.tag = tag;
        request.options.tagPrefix = u"v"_s;
        request.options.commit = m_project.head();
        request.options.expectedNames = {QString::fromLatin1(OtherProject::Asset)};
        request.options.workDir = m_project.packagesWorkDir(tag);
        const QJsonArray own = operationsOf(release::PackagesStep::plan(request, github::Endpoints()));
        QVERIFY(!own.isEmpty());
        const QJsonArray planned = listed.value(u"operations"_s).toArray();
        QVERIFY2(planned == own, shown(planned) + "\nis not the step's own plan\n" + shown(own));
    }

    void step6IsThePublishStepsOwnPlan()
    {
        const QJsonObject listed = m_steps.at(5).toObject();
        QCOMPARE(listed.value(u"step"_s).toString(), u"review-publish"_s);
        // Nothing is read from GitHub by a plan: the step's plan for a draft still awaiting its one approval.
        github::GitHubClient client{github::Endpoints()};
        Playbook playbook;
        playbook.approvals.required = 1;
        playbook.approvals.approvers = {u"acme-maintainer"_s};
        const release::PublishStep step(
            client, nullptr,
            release::PublishStep::Config::fromPlaybook(
                playbook, *github::RepositoryRef::parse(QString::fromLatin1(OtherProject::Repository)), tag));
        release::PublishStatus awaiting;
        awaiting.state = release::PublishStatus::State::AwaitingApprovals;
        const QJsonArray own = operationsOf(step.plan(awaiting));
        QVERIFY(!own.isEmpty());
        const QJsonArray planned = listed.value(u"operations"_s).toArray();
        QVERIFY2(planned == own, shown(planned) + "\nis not the step's own plan\n" + shown(own));
        QVERIFY2(listed.value(u"needsPerson"_s).toString().contains(u"acme-maintainer"_s),
                 qPrintable(listed.value(u"needsPerson"_s).toString()));
        // The whole step: the publish PATCH too, its draft id named for the read that finds it.
        QStringList publishes;
        for (const QJsonValue &operation : planned) {
            if (operation.toObject().value(u"action"_s).toString() == u"publish-release"_s) {
                publishes.append(operation.toObject().value(u"target"_s).toString());
            }
        }
        QCOMPARE(publishes,
                 QStringList{u"/repos/%1/releases/{release_id}"_s.arg(QString::fromLatin1(OtherProject::Repository))});
    }
};

QTEST_GUILESS_MAIN(TestReleasePlanParity)
#include "tst_releaseplanparity.moc"
