// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresdriver.h"

#include "faultproxy.h"
#include "freeport.h"
#include "postgresserver.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/tableformat.h"
#include "scoring/versiontable.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString Role = u"scorer"_s;
const QString Password = u"scoring-db-SECRET-pw"_s;

struct ApplyAnswer {
    bool applied = false;
    QString message;
};

/// What the app does with the database for one release: read the table, plan 0.2.6, apply it.
ApplyAnswer readAndApply(const QString &connection, const QString &password)
{
    scoring::PostgresVersionStore store(connection, [password] { return password; });
    QString error;
    const auto snapshot = store.read(&error);
    if (!snapshot) {
        return {false, error};
    }
    const scoring::ReleaseRequest release{u"aleph-vm"_s, u"0.2.6"_s,
                                          QDateTime(QDate(2023, 1, 10), QTime(12, 0), QTimeZone::UTC), false, false};
    const auto changes = scoring::ReleaseChangeSet::plan(scoring::VersionTable(snapshot->rows), release, &error);
    if (!changes) {
        return {false, u"(test) the change set could not be planned: "_s + error};
    }
    const auto result = store.apply(*changes, snapshot->digest);
    return {result.outcome == scoring::PostgresVersionStore::Outcome::Applied, result.message};
}

} // namespace

PostgresDriver::PostgresDriver() = default;

PostgresDriver::~PostgresDriver() = default;

QString PostgresDriver::name() const
{
    return u"postgresql"_s;
}

Expect PostgresDriver::expectation(Fault fault) const
{
    switch (fault) {
    case Fault::None:
        return Expect::Success;
    case Fault::Down:
    case Fault::Reset:
    case Fault::Stall:
    case Fault::Unauthorized:
        return Expect::RetryOrError;
    default:
        return Expect::NotApplicable;
    }
}

bool PostgresDriver::startServer(QString *error)
{
    if (m_server) {
        return true;
    }
    m_server = std::make_unique<PostgresServer>();
    if (!m_server->start(error)) {
        return false;
    }
    // A role that signs in with a password, as the scoring database's maintainers do; the harness's own user
    // keeps trust so the test can look at the table.
    for (const QString &sql : {u"ALTER DATABASE \"%1\" SET timezone TO 'UTC'"_s.arg(m_server->database()),
                               u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(Role, Password),
                               u"GRANT ALL ON SCHEMA public TO %1"_s.arg(Role)}) {
        m_server->psql(sql, error);
        if (!error->isEmpty()) {
            return false;
        }
    }
    const QString hbaPath = m_server->psql(u"SHOW hba_file"_s, error);
    QFile hba(hbaPath);
    if (hbaPath.isEmpty() || !hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write("local all " + Role.toUtf8() + " scram-sha-256\nlocal all all trust\n") < 0) {
        *error = u"cannot write %1"_s.arg(hbaPath);
        return false;
    }
    hba.close();
    m_server->psql(u"SELECT pg_reload_conf()"_s, error);
    if (!error->isEmpty()) {
        return false;
    }
    scoring::PostgresVersionStore owner(m_server->connectionString());
    if (!owner.createTable(error)) {
        return false;
    }
    m_server->psql(u"GRANT ALL ON software_versions TO %1"_s.arg(Role), error);
    return error->isEmpty();
}

CellOutcome PostgresDriver::run(Fault fault)
{
    CellOutcome outcome;
    QString error;
    if (!startServer(&error)) {
        outcome.observed = u"PostgreSQL did not start: "_s + error;
        return outcome;
    }
    m_server->psql(u"DELETE FROM software_versions"_s, &error);
    m_server->psql(scoring::writeTable(scoring::sampleTable(), scoring::TableFormat::Sql), &error);
    if (!error.isEmpty()) {
        outcome.observed = u"the table could not be reset: "_s + error;
        return outcome;
    }
    FaultProxy proxy;
    if (!proxy.listen()) {
        outcome.observed = u"the proxy could not listen"_s;
        return outcome;
    }
    proxy.forwardToSocket(m_server->socketDirectory() + u"/.s.PGSQL.%1"_s.arg(m_server->port()));
    if (fault == Fault::Stall) {
        proxy.setMode(FaultProxy::Mode::Stall);
    } else if (fault == Fault::Reset) {
        proxy.resetAnswerTo("INSERT INTO");
    }
    const quint16 port = fault == Fault::Down ? freeLoopbackPort() : proxy.port();
    const QString connection =
        u"host=127.0.0.1 port=%1 user=%2 dbname=%3 sslmode=disable"_s.arg(port).arg(Role, m_server->database());
    const QString password = fault == Fault::Unauthorized ? u"a-stale-password"_s : Password;
    QFuture<ApplyAnswer> applied = QtConcurrent::run(&m_pool, readAndApply, connection, password);
    if (!QTest::qWaitFor([&] { return applied.isFinished(); }, DeadlineMs)) {
        outcome.hung = true;
        outcome.observed = u"the database call was still waiting after %1 s; released by resetting the "
                           "connection"_s.arg(DeadlineMs / 1000);
        proxy.shutDown();
        if (!QTest::qWaitFor([&] { return applied.isFinished(); }, 60000)) {
            outcome.observed += u", and it never ended"_s;
            return outcome;
        }
    }
    const ApplyAnswer answer = applied.result();
    const QString inserted = m_server->psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s);
    const QString retired =
        m_server->psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.5' AND replaced_on IS NOT NULL"_s);
    outcome.succeeded = answer.applied && inserted == u"1"_s;
    outcome.message = answer.message;
    outcome.serviceNames = {u"scoring database"_s, u"PostgreSQL"_s};
    outcome.secrets = {Password};
    if (!outcome.hung) {
        outcome.observed =
            u"%1; the table holds %2 new row(s)"_s.arg(answer.applied ? u"applied"_s : u"failed"_s, inserted);
    }
    if (!answer.applied && (inserted != u"0"_s || retired != u"0"_s)) {
        outcome.halfDone =
            u"the apply failed and the table holds part of the change (%1 new, %2 retired)"_s.arg(inserted, retired);
    }
    return outcome;
}

} // namespace ra::test
