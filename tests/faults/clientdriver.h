// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultmatrix.h"

#include <QString>

namespace ra::test {

/**
 * One row of the fault matrix: a client of the project driven through its public API against its local twin,
 * which injects the fault. Each run starts from a fresh twin state, so the cells do not depend on each other.
 */
class ClientDriver
{
public:
    virtual ~ClientDriver() = default;

    /// The row label ("github api", "telegram").
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual Expect expectation(Fault fault) const = 0;
    /// Runs the client once with \a fault injected and reports what it ended with.
    [[nodiscard]] virtual CellOutcome run(Fault fault) = 0;
};

/// The expectations of an HTTP client: the transient faults retried when the request may be repeated
/// (\a repeatable: idempotent, or made safe by the client), rate limits always retried (the service acted on
/// nothing), GitHub's secondary limit only for GitHub clients, and a clear error for everything else.
[[nodiscard]] Expect httpExpectation(Fault fault, bool repeatable, bool github, bool credentials = true);

} // namespace ra::test
