// SPDX-License-Identifier: GPL-3.0-or-later
// The live back end against a real PostgreSQL, and the labelling rule checked against the same rule run by
// PostgreSQL itself on the same rows.
#include "postgresserver.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "scoring/tableformat.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::scoring;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const QString &text)
{
    return parseTimestamp(text, true, nullptr);
}

// aleph-scoring's labelling rule (software_versions_function.sql), written as SQL for PostgreSQL to run.
const QString kAnnotateFunction = uR"(
CREATE OR REPLACE FUNCTION annotate_version(software_name varchar, version_name varchar, version_date timestamp with time zone)
RETURNS varchar LANGUAGE plpgsql AS $$
DECLARE
    annotation varchar;
BEGIN
    SELECT CASE
        WHEN v.released_on <= version_date AND (v.replaced_on IS NULL OR version_date < v.replaced_on)
            THEN CASE WHEN v.prerelease THEN 'prerelease' ELSE 'latest' END
        WHEN v.replaced_on <= version_date AND version_date < v.replaced_on + (interval '14' day) THEN 'outdated'
        WHEN v.replaced_on + (interval '14' day) <= version_date THEN 'obsolete'
        ELSE 'other'
    END
    INTO annotation
    FROM software_versions AS v
    WHERE software_name = v.software AND version_name = v.name
    ORDER BY v.released_on DESC;
    IF NOT FOUND THEN
        RETURN 'unknown';
    END IF;
    RETURN annotation;
END
$$;)"_s;

} // namespace

class TestPostgresVersionStore : public QObject
{
    Q_OBJECT

private:
    ra::test::PostgresServer m_server;

    void resetTable(const QList<SoftwareVersion> &rows)
    {
        QString error;
        m_server.psql(u"DELETE FROM software_versions"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The SQL export is what a maintainer would run by hand: PostgreSQL must accept it as is.
        m_server.psql(writeTable(rows, TableFormat::Sql), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_server.psql(u"ALTER DATABASE \"%1\" SET timezone TO 'UTC'"_s.arg(m_server.database()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PostgresVersionStore store(m_server.connectionString());
        QVERIFY2(store.createTable(&error), qPrintable(error));
        m_server.psql(kAnnotateFunction, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        resetTable(sampleTable());
    }

    void readsWhatTheSqlExportWrote()
    {
        int passwordAsked = 0;
        PostgresVersionStore store(m_server.connectionString(), [&] {
            ++passwordAsked;
            return u"not-needed-with-trust"_s;
        });
        QString error;
        const auto snapshot = store.read(&error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(VersionTable(snapshot->rows).rows().size(), 17);
        QList<SoftwareVersion> expected = sampleTable();
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            return std::tie(a.software, a.releasedOn) < std::tie(b.software, b.releasedOn);
        });
        QCOMPARE(snapshot->rows, expected);
        QCOMPARE(snapshot->digest, PostgresVersionStore::digest(sampleTable()));
        QCOMPARE(passwordAsked, 1);
    }

    void appliesOnceAndOnlyOnce()
    {
        PostgresVersionStore store(m_server.connectionString());
        QString error;
        const auto snapshot = store.read(&error);
        QVERIFY2(snapshot, qPrintable(error));
        VersionTable table(snapshot->rows);
        const auto changes = ReleaseChangeSet::plan(
            table, {u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00.500Z"_s), std::nullopt, false}, &error);
        QVERIFY(changes);
        const auto result = store.apply(*changes, snapshot->digest);
        QCOMPARE(outcomeName(result.outcome), u"applied"_s);
        QVERIFY(changes->applyTo(table, &error));

        const auto after = store.read(&error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->digest, PostgresVersionStore::digest(table.rows()));
        QCOMPARE(m_server.psql(u"SELECT replaced_on FROM software_versions WHERE name = '0.2.5'"_s),
                 u"2023-01-10 12:00:00.5"_s);

        // Applying twice changes nothing, even with the digest read before the first apply.
        const auto second = store.apply(*changes, snapshot->digest);
        QCOMPARE(outcomeName(second.outcome), u"already-applied"_s);
        QCOMPARE(store.read(&error)->digest, after->digest);
    }

    void concurrentModificationIsDetected()
    {
        PostgresVersionStore store(m_server.connectionString());
        QString error;
        const auto snapshot = store.read(&error);
        QVERIFY2(snapshot, qPrintable(error));
        const auto changes =
            ReleaseChangeSet::plan(VersionTable(snapshot->rows),
                                   {u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10"_s), std::nullopt, false}, &error);
        QVERIFY(changes);
        // Someone else edits an unrelated row between the read and the apply.
        m_server.psql(u"UPDATE software_versions SET released_on = '2022-09-02T12:35:26' WHERE name = 'v0.3.3'"_s,
                      &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto result = store.apply(*changes, snapshot->digest);
        QCOMPARE(outcomeName(result.outcome), u"conflict"_s);
        QVERIFY2(result.message.contains(u"changed since it was read"_s), qPrintable(result.message));
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        QCOMPARE(m_server.psql(
                     u"SELECT count(*) FROM software_versions WHERE replaced_on IS NULL AND software = 'aleph-vm'"_s),
                 u"1"_s);

        // A conflicting edit of the very rows the change set touches is reported even without a digest.
        m_server.psql(u"UPDATE software_versions SET replaced_on = '2023-01-05' WHERE name = '0.2.5'"_s, &error);
        const auto touched = store.apply(*changes, {});
        QCOMPARE(outcomeName(touched.outcome), u"conflict"_s);
        QVERIFY2(touched.message.contains(u"0.2.5"_s), qPrintable(touched.message));
    }

    void scheduledApplyRunsAtPublish()
    {
        PostgresVersionStore store(m_server.connectionString());
        QString error;
        const auto snapshot = store.read(&error);
        QVERIFY(snapshot);
        const auto changes =
            ReleaseChangeSet::plan(VersionTable(snapshot->rows),
                                   {u"pyaleph"_s, u"v0.5.0-rc3"_s, at(u"2023-04-20"_s), std::nullopt, false}, &error);
        QVERIFY(changes);
        QTemporaryDir directory;
        ScheduledApplyQueue queue(directory.path());
        QVERIFY(queue.schedule(
            {u"v0.5.0-rc3"_s, m_server.connectionString(), *changes, snapshot->digest, u"review-publish"_s}, &error));
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = 'v0.5.0-rc3'"_s), u"0"_s);
        const auto result = queue.runPending(u"v0.5.0-rc3"_s, store);
        QCOMPARE(outcomeName(result.outcome), u"applied"_s);
        QCOMPARE(m_server.psql(u"SELECT prerelease FROM software_versions WHERE name = 'v0.5.0-rc3'"_s), u"t"_s);
        QVERIFY(!queue.pending(u"v0.5.0-rc3"_s));
    }

    void connectionFailuresSayWhy()
    {
        QString error;
        PostgresVersionStore missing(u"host=/nonexistent port=5 user=nobody dbname=none"_s);
        QVERIFY(!missing.read(&error));
        QVERIFY2(error.contains(u"Cannot connect to the scoring database"_s), qPrintable(error));
        PostgresVersionStore withPassword(m_server.connectionString() + u" password=secret"_s);
        QVERIFY(!withPassword.read(&error));
        QVERIFY(error.contains(u"keychain"_s));
        QVERIFY(!error.contains(u"secret"_s));
        PostgresVersionStore broken(u"host='unterminated"_s);
        QVERIFY(!broken.read(&error));
        QVERIFY(error.contains(u"closing quote"_s));
    }

    void aServerThatNeverAnswersTimesOut()
    {
        // The kernel completes the TCP handshake for the listening socket; nothing ever answers libpq.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        PostgresVersionStore store(
            u"host=127.0.0.1 port=%1 user=nobody dbname=none sslmode=disable"_s.arg(silent.serverPort()));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!store.read(&error));
        QVERIFY2(timer.elapsed() < (PostgresVersionStore::ConnectTimeoutSeconds + 5) * 1000, qPrintable(error));
        QVERIFY2(error.contains(u"scoring database"_s), qPrintable(error));
        QVERIFY2(error.contains(u"did not answer within"_s), qPrintable(error));
    }

    void aConnectionLostMidTransactionIsRolledBackAndCanBeAppliedAgain()
    {
        PostgresVersionStore store(m_server.connectionString());
        QString error;
        const auto snapshot = store.read(&error);
        QVERIFY2(snapshot, qPrintable(error));
        const auto changes = ReleaseChangeSet::plan(
            VersionTable(snapshot->rows),
            {u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false}, &error);
        QVERIFY(changes);
        // The server ends the session during the INSERT, after the UPDATE of 0.2.5 ran in the same transaction.
        m_server.psql(u"CREATE FUNCTION drop_session() RETURNS trigger LANGUAGE plpgsql AS "
                      u"$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$"_s,
                      &error);
        m_server.psql(u"CREATE TRIGGER drop_session BEFORE INSERT ON software_versions FOR EACH ROW EXECUTE "
                      u"FUNCTION drop_session()"_s,
                      &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto lost = store.apply(*changes, snapshot->digest);
        m_server.psql(u"DROP TRIGGER drop_session ON software_versions"_s, &error);
        m_server.psql(u"DROP FUNCTION drop_session()"_s, &error);
        QCOMPARE(outcomeName(lost.outcome), u"failed"_s);
        QVERIFY2(lost.message.contains(u"scoring database rolled the change back"_s), qPrintable(lost.message));
        QVERIFY(lost.message.contains(u"apply the change again"_s));
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.5' AND replaced_on IS NOT "
                               u"NULL"_s),
                 u"0"_s);

        const auto again = store.apply(*changes, snapshot->digest);
        QVERIFY2(again.outcome == PostgresVersionStore::Outcome::Applied, qPrintable(again.message));
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"1"_s);
    }

    void annotateMatchesPostgres()
    {
        // The sample plus an applied release, a retired pre-release and millisecond boundaries.
        VersionTable table(sampleTable());
        QString error;
        for (const ReleaseRequest &request :
             {ReleaseRequest{u"aleph-vm"_s, u"0.2.6-rc1"_s, at(u"2022-12-01T08:00:00.250Z"_s), std::nullopt, false},
              ReleaseRequest{u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00.999Z"_s), std::nullopt, true}}) {
            const auto changes = ReleaseChangeSet::plan(table, request, &error);
            QVERIFY2(changes && changes->applyTo(table, &error), qPrintable(error));
        }
        resetTable(table.rows());

        struct Probe {
            QString software;
            QString name;
            QDateTime time;
        };
        QList<Probe> probes;
        QList<QDateTime> times;
        for (const SoftwareVersion &row : table.rows()) {
            QList<QDateTime> edges{row.releasedOn};
            if (row.replacedOn) {
                edges << *row.replacedOn << row.replacedOn->addDuration(kDefaultGracePeriod);
            }
            for (const QDateTime &edge : std::as_const(edges)) {
                for (qint64 delta : {-86400000LL, -1000LL, -1LL, 0LL, 1LL, 1000LL}) {
                    times.append(edge.addMSecs(delta));
                }
            }
        }
        QRandomGenerator random(20261124);
        for (int i = 0; i < 40; ++i) {
            times.append(
                at(u"2022-01-01"_s).addMSecs(qint64(random.bounded(2 * 365 * 86400)) * 1000 + random.bounded(1000)));
        }
        QStringList names;
        for (const SoftwareVersion &row : table.rows()) {
            names.append(row.name);
        }
        names << u"v0.A.B"_s << u"v0.2.5"_s << u"0.4.7"_s;
        for (const QString &software : {u"aleph-vm"_s, u"pyaleph"_s}) {
            for (const QString &name : std::as_const(names)) {
                for (const QDateTime &time : std::as_const(times)) {
                    probes.append({software, name, time});
                }
            }
        }
        // In batches: one psql argument may not exceed 128 KiB.
        QStringList labels;
        constexpr qsizetype kBatch = 1000;
        for (qsizetype start = 0; start < probes.size(); start += kBatch) {
            QStringList values;
            for (qsizetype i = start; i < std::min(start + kBatch, probes.size()); ++i) {
                values.append(u"(%1, %2, %3, %4::timestamptz)"_s.arg(i).arg(
                    sqlQuote(probes.at(i).software), sqlQuote(probes.at(i).name),
                    sqlQuote(formatTimestamp(probes.at(i).time))));
            }
            const QString output = m_server.psql(
                u"SELECT annotate_version(s, n, t) FROM (VALUES %1) AS probe(i, s, n, t) ORDER BY i"_s.arg(
                    values.join(u", "_s)),
                &error);
            QVERIFY2(error.isEmpty() && !output.isEmpty(), qPrintable(error));
            labels.append(output.split(u'\n'));
        }
        QCOMPARE(labels.size(), probes.size());
        QSet<QString> seen;
        for (qsizetype i = 0; i < probes.size(); ++i) {
            const Probe &probe = probes.at(i);
            const QString mine = labelName(table.annotate(probe.software, probe.name, probe.time));
            QVERIFY2(mine == labels.at(i),
                     qPrintable(u"%1 %2 at %3: PostgreSQL says %4, annotate() %5"_s.arg(
                         probe.software, probe.name, formatTimestamp(probe.time), labels.at(i), mine)));
            seen.insert(mine);
        }
        QCOMPARE(seen.size(), 6); // every label was exercised
        qInfo("%lld probes agree with PostgreSQL", static_cast<long long>(probes.size()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresVersionStore)
#include "tst_postgresversionstore.moc"
