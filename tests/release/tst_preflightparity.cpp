// SPDX-License-Identifier: GPL-3.0-or-later
// The app's pre-flight lines and `release-assistant-cli preflight --json` on the same project, against the same
// twins with the same secrets in the environment: the same checks in the same order, with the same states,
// words and fixes (only the keychain line differs: the command-line tool has none), and the CLI's exit code.
#include "app/preflightmodel.h"
#include "app/releasesession.h"
#include "secrets/memorysecretstore.h"

#include "clirunner.h"
#include "githubtwin.h"
#include "stagingnodetwin.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Token = u"github_pat_11PARITY000000000000000_abcdefghijklmnop"_s;

} // namespace

class TestPreflightParity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ra::test::GitHubTwin m_github;
    ra::test::StagingNodeTwin m_node;
    QString m_playbook;

    /// The app's lines, from a model on a session with \a playbook's project and an empty keychain.
    [[nodiscard]] QJsonArray appChecks()
    {
        ra::release::ProjectError error;
        const auto project = ra::release::Project::fromPlaybook(m_playbook, {}, &error);
        if (!project) {
            qWarning() << error.message;
            return {};
        }
        ra::ReleaseSession session(m_dir.filePath(u"journal.sqlite"_s));
        session.setProject(*project);
        ra::secrets::MemorySecretStore store;
        ra::PreflightModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setSecretStore(&store);
        ra::github::Endpoints endpoints;
        endpoints.api = m_github.api().url();
        model.setEndpoints(endpoints);
        QSignalSpy finished(&model, &ra::PreflightModel::finished);
        model.setSession(&session);
        if (finished.isEmpty() && !finished.wait(30000)) {
            return {};
        }
        QJsonArray checks;
        for (const ra::release::PreflightCheck &check : model.checks()) {
            checks.append(check.toJson());
        }
        // The rows say what the engine says.
        if (model.rowCount() != checks.size() ||
            model.data(model.index(0), ra::PreflightModel::CheckIdRole).toString() !=
                checks.first()[u"id"_s].toString()) {
            return {};
        }
        return checks;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_github.start());
        QVERIFY(m_node.start());
        m_github.state().token = Token;
        m_github.state().canPush = false;

        QFile preset(u":/ra/presets/aleph-vm.playbook"_s);
        QVERIFY(preset.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(preset.readAll());
        text.replace(u"url = http://ovh.staging.aleph.sh:4020"_s, u"url = "_s + m_node.url().toString());
        QFile playbook(m_dir.filePath(u"parity.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        QVERIFY(playbook.write(text.toUtf8()) > 0);
        m_playbook = playbook.fileName();

        // Both front ends read the same environment: a token GitHub accepts but that may not push, and one
        // of the channels' secrets.
        qputenv("GITHUB_TOKEN", Token.toUtf8());
        qputenv("RA_SECRET_TELEGRAM_BOT_TOKEN", "123:PARITY");
    }

    void cleanupTestCase()
    {
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("RA_SECRET_TELEGRAM_BOT_TOKEN");
    }

    void theAppAndTheCliAgree()
    {
        const QJsonArray app = appChecks();
        QVERIFY(!app.isEmpty());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GITHUB_TOKEN"_s, Token);
        environment.insert(u"RA_SECRET_TELEGRAM_BOT_TOKEN"_s, u"123:PARITY"_s);
        const ra::test::CliRun run = ra::test::runCliServing(
            {u"preflight"_s, u"--json"_s, u"--playbook"_s, m_playbook, u"--api-url"_s, m_github.api().url().toString()},
            environment);
        // A token without push rights and missing X secrets: something to fix.
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = run.json().object();
        QCOMPARE(result[u"ok"_s].toBool(true), false);
        const QJsonArray cli = result[u"checks"_s].toArray();
        QVERIFY2(!run.out.contains(Token) && !run.err.contains(Token), "the token reached the output");

        QCOMPARE(cli.size(), app.size());
        for (qsizetype i = 0; i < app.size(); ++i) {
            const QJsonObject mine = app.at(i).toObject();
            const QJsonObject theirs = cli.at(i).toObject();
            QCOMPARE(theirs[u"id"_s].toString(), mine[u"id"_s].toString());
            if (mine[u"id"_s].toString() == u"keychain"_s) {
                QCOMPARE(mine[u"state"_s].toString(), u"ok"_s);
                QCOMPARE(theirs[u"state"_s].toString(), u"skipped"_s);
                continue;
            }
            QCOMPARE(theirs, mine);
        }
        QCOMPARE(app.at(2).toObject()[u"state"_s].toString(), u"failed"_s);
        QCOMPARE(app.at(2).toObject()[u"id"_s].toString(), u"github-rights"_s);
    }
};

QTEST_MAIN(TestPreflightParity)
#include "tst_preflightparity.moc"
