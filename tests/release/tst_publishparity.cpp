// SPDX-License-Identifier: GPL-3.0-or-later
// Step 6 from either front end ends the same way: the app's review controller and `review approve` /
// `review publish`, each on its own journal and its own GitHub twin, with the same playbook (two approvers, both
// needed) and the same draft, leave the same step state and note, the same journal effects and values, the same
// tracking issue and comments and the same published release with the same flags — after the first approval
// (publishing still refused), after the second, and after the publication with step 3's scheduled change run
// (against a database that cannot be reached: both flag step 3 and keep the schedule).
#include "app/releasesession.h"
#include "app/reviewpublishcontroller.h"
#include "core/playbookloader.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "secrets/memorysecretstore.h"

#include "clirunner.h"
#include "githubissuestwin.h"
#include "githubtwin.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_publishparity"_s;
const QString tag = u"1.15.0"_s;

/// One side: a GitHub twin with its issues, the draft of 1.15.0 and an older published release.
struct Side {
    ra::test::GitHubTwin twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> issues;
    qint64 draftId = 0;

    bool start()
    {
        if (!twin.start()) {
            return false;
        }
        issues = std::make_unique<ra::test::GitHubIssuesTwin>(twin);
        twin.state().token = token;
        twin.addRelease(u"1.14.2"_s, false);
        draftId = twin.addRelease(tag, true);
        twin.state().release(draftId)->body = u"# Aleph-vm 1.15.0\n\n- Fixed the cache (#701)\n"_s;
        twin.addAsset(draftId, u"aleph-vm.debian-12.deb"_s, "package");
        return true;
    }
};

/// What must be equal between the two front ends.
QStringList signature(const Journal &journal, Side &side)
{
    QStringList lines;
    for (ReleaseStep step : {ReleaseStep::ScoringTable, ReleaseStep::ReviewPublish}) {
        lines.append(u"step %1: %2"_s.arg(stepKey(step), stateKey(journal.stepState(tag, step))));
    }
    lines.append(u"note: "_s + journal.stepNote(tag, ReleaseStep::ReviewPublish));
    for (const JournalEffect &effect : journal.effects(tag)) {
        lines.append(u"effect %1 %2 %3 %4 %5"_s.arg(
            effect.step, effect.action, effect.key, outcomeKey(effect.outcome),
            effect.step == u"review-publish"_s
                ? QString::fromUtf8(QJsonDocument(effect.intent).toJson(QJsonDocument::Compact))
                : QString()));
    }
    QJsonObject lastApproval = journal.value(tag, u"review.lastApproval"_s).toObject();
    lastApproval.remove(u"at"_s);
    lines.append(u"last approval: "_s + QString::fromUtf8(QJsonDocument(lastApproval).toJson(QJsonDocument::Compact)));
    lines.append(u"issue: "_s + journal.value(tag, u"review.issue"_s).toVariant().toString());
    lines.append(u"published at: "_s + journal.value(tag, u"review.publishedAt"_s).toString());

    const ra::test::GitHubTwinState::Release *release = side.twin.state().release(side.draftId);
    lines.append(
        u"release %1 draft=%2 prerelease=%3"_s.arg(release->tagName).arg(release->draft).arg(release->prerelease));
    for (const ra::test::GitHubIssuesState::Issue &issue : side.issues->state().issues) {
        lines.append(u"issue #%1 %2"_s.arg(issue.number).arg(issue.title));
        for (const ra::test::GitHubIssuesState::Comment &comment : issue.comments) {
            lines.append(u"comment by %1: %2"_s.arg(comment.login, comment.body));
        }
    }
    for (const ra::test::HttpRequest &request : side.twin.api().requests()) {
        if (request.method == "PATCH") {
            lines.append(u"PATCH %1 %2"_s.arg(request.path, QString::fromUtf8(request.body)));
        }
    }
    return lines;
}

} // namespace

class TestPublishParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_app = std::make_unique<Side>();
        m_cli = std::make_unique<Side>();
        QVERIFY(m_app->start() && m_cli->start());

        QFile preset(PlaybookLoader::presetPath(u"aleph-vm"_s));
        QVERIFY(preset.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(preset.readAll());
        QVERIFY(text.contains(u"[approvals]\nrequired = 1"_s));
        text.replace(u"[approvals]\nrequired = 1"_s, u"[approvals]\nrequired = 2\napprover = alice\napprover = bob"_s);
        QFile playbook(playbookPath());
        QVERIFY(playbook.open(QIODevice::WriteOnly) && playbook.write(text.toUtf8()) > 0);
        playbook.close();
        const PlaybookLoadResult loaded = PlaybookLoader::load(playbookPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        QCOMPARE(loaded.playbook->approvals.required, 2);

        // Step 3 scheduled the change for the publication, against a database nobody can reach.
        QString error;
        const auto changes = scoring::ReleaseChangeSet::plan(
            scoring::VersionTable(scoring::sampleTable()),
            {u"aleph-vm"_s, tag, QDateTime::currentDateTimeUtc(), std::nullopt, false}, &error);
        QVERIFY2(changes, qPrintable(error));
        const scoring::ScheduledApply apply{tag, u"host=%1 port=1 dbname=none user=nobody"_s.arg(m_dir->path()),
                                            *changes, scoring::PostgresVersionStore::digest(scoring::sampleTable())};
        for (const QString &directory : {scheduleDirectory(u"app"_s), scheduleDirectory(u"cli"_s)}) {
            QVERIFY2(scoring::ScheduledApplyQueue(directory).schedule(apply, &error), qPrintable(error));
        }

        github::Endpoints endpoints;
        endpoints.api = m_app->twin.api().url();
        m_client = std::make_unique<github::GitHubClient>(endpoints);
        m_client->setToken(token);
        m_session = std::make_unique<ReleaseSession>(m_dir->filePath(u"app.sqlite"_s));
        QVERIFY(m_session->startRelease(tag));
        m_controller = std::make_unique<ReviewPublishController>();
        m_controller->setGitHubClient(m_client.get());
        m_controller->setPlaybook(*loaded.playbook);
        m_controller->setSecretStore(&m_secrets);
        m_controller->setScoringScheduleDirectory(scheduleDirectory(u"app"_s));
        m_controller->setSession(m_session.get());
    }

    void cleanup()
    {
        m_controller.reset();
        m_session.reset();
        m_client.reset();
        m_app.reset();
        m_cli.reset();
        m_dir.reset();
    }

    void theAppAndTheCliReviewAndPublishAlike()
    {
        m_controller->refresh();
        QVERIFY(QTest::qWaitFor([this] { return !m_controller->busy(); }, 10000));
        QVERIFY2(m_controller->loaded(), qPrintable(m_controller->message()));
        QCOMPARE(m_controller->pendingApprovers(), (QStringList{u"alice"_s, u"bob"_s}));
        QVERIFY(m_controller->waitingSince().isValid());

        // 1. Alice approves: the quorum of two is not reached, publishing is refused on both sides.
        setLogin(u"alice"_s);
        QVERIFY(act([this] { m_controller->approve(); }));
        QCOMPARE(m_controller->pendingApprovers(), QStringList{u"bob"_s});
        QVERIFY(!m_controller->canPublish());
        const ra::test::CliRun approved = cli({u"approve"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        const ra::test::CliRun early = cli({u"publish"_s, u"--schedule-dir"_s, scheduleDirectory(u"cli"_s)});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(u"missing"_s), qPrintable(early.err));
        QCOMPARE(cliSignature(), appSignature());

        // 2. Bob approves: the same content may be published.
        setLogin(u"bob"_s);
        QVERIFY(act([this] { m_controller->approve(); }));
        QVERIFY(m_controller->canPublish());
        QVERIFY(m_controller->pendingApprovers().isEmpty());
        QCOMPARE(cli({u"approve"_s}).exitCode, 0);
        QCOMPARE(cliSignature(), appSignature());

        // 3. Published once with the flags of a final release newer than 1.14.2, then step 3's change is run.
        QSignalSpy scoring(m_controller.get(), &ReviewPublishController::scheduledScoringFinished);
        QVERIFY(act([this] { m_controller->publish(); }));
        QVERIFY(scoring.count() > 0 || scoring.wait(30000));
        QCOMPARE(scoring.constFirst().constFirst().toBool(), false);
        const ra::test::CliRun published = cli({u"publish"_s, u"--schedule-dir"_s, scheduleDirectory(u"cli"_s)});
        QCOMPARE(published.exitCode, 1);
        QVERIFY(published.json().object().value(u"changed"_s).toBool());
        QVERIFY(!m_app->twin.state().release(m_app->draftId)->draft);
        QVERIFY(!m_cli->twin.state().release(m_cli->draftId)->draft);
        const QStringList app = appSignature();
        QVERIFY2(app.contains(u"step review-publish: done"_s), qPrintable(app.join(u'\n')));
        QVERIFY2(app.contains(u"step scoring-table: needs-attention"_s), qPrintable(app.join(u'\n')));
        QCOMPARE(cliSignature(), app);
        for (const QString &side : {u"app"_s, u"cli"_s}) {
            QVERIFY(scoring::ScheduledApplyQueue(scheduleDirectory(side)).pending(tag));
        }
    }

private:
    [[nodiscard]] QString playbookPath() const
    {
        return m_dir->filePath(u"playbook.ini"_s);
    }

    [[nodiscard]] QString scheduleDirectory(const QString &side) const
    {
        return m_dir->filePath(u"schedule-"_s + side);
    }

    void setLogin(const QString &login)
    {
        m_app->twin.state().login = login;
        m_cli->twin.state().login = login;
    }

    bool act(const std::function<void()> &action)
    {
        QSignalSpy finished(m_controller.get(), &ReviewPublishController::actionFinished);
        action();
        if (!finished.wait(10000)) {
            return false;
        }
        // The controller reads GitHub again after a write; wait for that too.
        return QTest::qWaitFor([this] { return !m_controller->busy(); }, 10000) &&
               finished.constFirst().constFirst().toBool();
    }

    [[nodiscard]] ra::test::CliRun cli(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GITHUB_TOKEN"_s, token);
        environment.remove(u"RA_SCORING_DB_PASSWORD"_s);
        return ra::test::runCliServing(QStringList{u"--json"_s, u"review"_s} + arguments +
                                           QStringList{u"--release"_s, tag, u"--playbook"_s, playbookPath(),
                                                       u"--api-url"_s, m_cli->twin.api().url().toString(),
                                                       u"--journal"_s, m_dir->filePath(u"cli.sqlite"_s)},
                                       environment);
    }

    [[nodiscard]] QStringList appSignature() const
    {
        return signature(*m_session->journal(), *m_app);
    }

    [[nodiscard]] QStringList cliSignature() const
    {
        QString error;
        const auto journal = Journal::open(m_dir->filePath(u"cli.sqlite"_s), &error);
        return journal ? signature(*journal, *m_cli) : QStringList{error};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Side> m_app;
    std::unique_ptr<Side> m_cli;
    secrets::MemorySecretStore m_secrets;
    std::unique_ptr<github::GitHubClient> m_client;
    std::unique_ptr<ReleaseSession> m_session;
    std::unique_ptr<ReviewPublishController> m_controller;
};

QTEST_MAIN(TestPublishParity)
#include "tst_publishparity.moc"
