// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <map>

namespace ra::test {

/// One column of the fault matrix: what goes wrong between a client and its service.
enum class Fault {
    None, ///< the baseline: the client succeeds against its twin
    Down, ///< nothing listens: connection refused
    ServerError, ///< one 503
    Reset, ///< one connection reset (git, PostgreSQL: mid-transfer)
    Stall, ///< the server accepts and never answers
    TruncatedBody, ///< one 200 whose body stops short of its Content-Length
    RateLimitedRetryAfter, ///< one 429 with Retry-After
    RateLimited, ///< 429 without Retry-After, every time
    SecondaryLimit, ///< one GitHub secondary rate limit: 403 with Retry-After
    Unauthorized, ///< wrong or expired credentials
    Gone, ///< 404, or 410 for an expired artifact
    InvalidJson, ///< a 200 whose JSON is cut
    HtmlBody, ///< a 200 HTML page, as a proxy or captive portal answers
    RedirectLoop,
    RedirectElsewhere, ///< a redirect to another host, a captive portal's login page
};

/// Every column, in the printed order.
[[nodiscard]] QList<Fault> allFaults();
/// The column label ("429+RA").
[[nodiscard]] QString faultLabel(Fault fault);
/// A name usable in a QTest data tag ("retry-after-429").
[[nodiscard]] QString faultKey(Fault fault);
/// True for the faults injected once (a retry meets a healthy service); the others last.
[[nodiscard]] bool isTransient(Fault fault);
/// How long the Retry-After of the rate-limit faults asks to wait, in seconds.
constexpr int RetryAfterSeconds = 2;
constexpr int SecondaryRetryAfterSeconds = 30;

/// What the contract asks of a client for one fault.
enum class Expect {
    NotApplicable,
    Success, ///< the baseline
    Retry, ///< retried (through the injectable clock) and then succeeded
    RetryOrError, ///< retried and succeeded, or a clear error
};

/// What one run of a client against a faulty twin ended with, as the client reported it.
struct CellOutcome {
    bool succeeded = false;
    /// Requests the faulty endpoint received (more than one: the client retried).
    int attempts = 0;
    /// The waits the client asked of its clock (fake: they take no time).
    QList<std::chrono::milliseconds> waits;
    /// The user-facing error: what failed and why, and what to do.
    QString message;
    QString hint;
    /// Names that identify the service in a message (display name, host, remote URL, node name).
    QStringList serviceNames;
    /// Values that must never appear in a message.
    QStringList secrets;
    /// What reached another host that must not have (credentials after a redirect).
    QString leak;
    /// The journal's effects of this run (clients that journal).
    QList<JournalEffect> effects;
    /// Set when the remote and the journal disagree after the fault (half done).
    QString halfDone;
    /// The client gave no answer within the cell's deadline (it was then released by closing the connection).
    bool hung = false;
    /// Free text for the failure message (what the client did instead).
    QString observed;
};

enum class CellStatus {
    Ok, ///< the baseline works
    RetryOk, ///< retried (through the client's clock) and succeeded
    ErrorOk, ///< a clear error
    NotApplicable,
    Fail,
    KnownDefect, ///< a failure listed as a known defect (an expected failure until fixed)
};

struct CellVerdict {
    CellStatus status = CellStatus::Fail;
    QString why; ///< for a failure: what the contract asked and what happened
};

/**
 * Judges \a outcome against \a expect for \a fault. A cell fails when the client hung, a credential reached
 * another host, the journal kept an effect pending (or failed without a reason) or disagrees with the remote; a
 * success must come after a retry of a transient fault (waiting what Retry-After asked, on the client's clock);
 * an error must be refused where the contract retries, and otherwise must be clear: not empty or bare, naming
 * the service, saying what to do about this fault, holding no secret.
 */
[[nodiscard]] CellVerdict judge(Fault fault, Expect expect, const CellOutcome &outcome);

/// The matrix as the cells report in, printed as a text table.
class FaultMatrix
{
public:
    void addClient(const QString &client);
    void record(const QString &client, Fault fault, CellStatus status, const QString &note = {});
    /// Rows = clients, columns = faults; cells "retry ok", "error ok", "n/a", "FAIL", "xfail" (a known defect,
    /// listed below the table with its reason).
    [[nodiscard]] QString table() const;
    /// Cells that failed and are not known defects.
    [[nodiscard]] QStringList failures() const;

private:
    struct Cell {
        CellStatus status = CellStatus::NotApplicable;
        QString note;
    };
    QStringList m_clients;
    std::map<std::pair<QString, Fault>, Cell> m_cells;
};

} // namespace ra::test
