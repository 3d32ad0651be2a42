// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix: every client of the project (GitHub's API, uploads and blob downloads, step 5's attach,
// step 6's publication, the staging nodes, each announcement channel, git over HTTPS and SSH, PostgreSQL) driven
// through its public API against its local twin, once per fault it can meet. Each cell must end in success
// after a retry (the transient faults the contract retries: one 5xx, one reset, one cut body, a 429 or GitHub
// secondary limit with Retry-After — waited on the fake clock, never for real) or in a clear error: the message
// names the service, says what to do, holds no secret; and the journal keeps no effect pending and agrees with
// the remote. A cut JSON answer to a journaled write (a post, the publication) comes after the service acted; an
// HTML page or a redirect to a portal comes instead of the service. Stalls run into the clients' own timeouts
// (short ones for the HTTP clients; git and libpq have none: a deadline, then the connection is cut).
// cleanupTestCase() prints the matrix and fails if a cell failed that is not a known defect.
#include "attachdriver.h"
#include "blobdriver.h"
#include "channeldriver.h"
#include "gitdriver.h"
#include "githubapidriver.h"
#include "postgresdriver.h"
#include "reviewdriver.h"
#include "stagingdriver.h"
#include "uploadsdriver.h"

#include <QTest>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ra::test;

namespace {

/// Cells that show a defect of the project, with where it is and what happens. Each is an expected failure
/// until the code is fixed; then the cell passes, QTest reports an unexpected pass, and its entry goes.
struct KnownDefect {
    QStringList clients;
    QList<Fault> faults;
    const char *reason;
};

const QList<KnownDefect> &knownDefects()
{
    static const QList<KnownDefect> defects{};
    return defects;
}

QString knownDefect(const QString &client, Fault fault)
{
    for (const KnownDefect &defect : knownDefects()) {
        if (defect.clients.contains(client) && defect.faults.contains(fault)) {
            return QString::fromUtf8(defect.reason);
        }
    }
    return {};
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<ClientDriver>> m_drivers;
    FaultMatrix m_matrix;

    ClientDriver *driver(const QString &name) const
    {
        for (const auto &driver : m_drivers) {
            if (driver->name() == name) {
                return driver.get();
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_drivers.push_back(std::make_unique<GitHubApiDriver>());
        m_drivers.push_back(std::make_unique<UploadsDriver>());
        m_drivers.push_back(std::make_unique<BlobDriver>());
        m_drivers.push_back(std::make_unique<AttachDriver>());
        m_drivers.push_back(std::make_unique<ReviewDriver>());
        m_drivers.push_back(std::make_unique<StagingDriver>());
        for (const QString &kind : {u"telegram"_s, u"x"_s, u"mastodon"_s, u"bluesky"_s, u"discord"_s}) {
            m_drivers.push_back(std::make_unique<ChannelDriver>(kind));
        }
        m_drivers.push_back(std::make_unique<GitDriver>(GitDriver::Transport::Https));
        m_drivers.push_back(std::make_unique<GitDriver>(GitDriver::Transport::Ssh));
        m_drivers.push_back(std::make_unique<PostgresDriver>());
        for (const auto &driver : m_drivers) {
            m_matrix.addClient(driver->name());
        }
    }

    void cell_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<int>("fault");
        for (const auto &driver : m_drivers) {
            for (Fault fault : allFaults()) {
                if (driver->expectation(fault) != Expect::NotApplicable) {
                    QTest::addRow("%s/%s", qPrintable(driver->name()), qPrintable(faultKey(fault)))
                        << driver->name() << int(fault);
                }
            }
        }
    }

    void cell()
    {
        QFETCH(QString, client);
        QFETCH(int, fault);
        ClientDriver *tested = driver(client);
        QVERIFY(tested);
        const Fault what = Fault(fault);
        const CellOutcome outcome = tested->run(what);
        const CellVerdict verdict = judge(what, tested->expectation(what), outcome);
        const QString defect = knownDefect(client, what);
        const bool failed = verdict.status == CellStatus::Fail;
        const QString note = !failed            ? QString()
                             : defect.isEmpty() ? verdict.why
                                                : u"%1\n    observed: %2"_s.arg(defect, verdict.why.left(240));
        m_matrix.record(client, what, failed && !defect.isEmpty() ? CellStatus::KnownDefect : verdict.status, note);
        if (!defect.isEmpty()) {
            QEXPECT_FAIL("", qPrintable(defect), Abort);
        }
        QVERIFY2(!failed, qPrintable(verdict.why));
    }

    void cleanupTestCase()
    {
        m_drivers.clear();
        const QString table = m_matrix.table();
        std::fputs(qPrintable(u"\nFault matrix (rows: clients, columns: faults)\n"_s + table), stdout);
        std::fflush(stdout);
        const QStringList failures = m_matrix.failures();
        QVERIFY2(failures.isEmpty(), qPrintable(u"failed cells: "_s + failures.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
