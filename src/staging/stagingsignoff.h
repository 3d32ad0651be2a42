// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staging/stagingreport.h"

#include <QString>

namespace ra {
class Journal;
}

namespace ra::staging {

/// Records step 1's sign-off in the release journal: the report, who signed, and — when the checks did not
/// pass — the reason for overriding them. Marks the staging step Done.
class StagingSignOff
{
public:
    /// Fails (returns false with \a error) when the report is not a pass and \a overrideReason is empty.
    static bool record(Journal &journal, const QString &release, const StagingReport &report, const QString &signer,
                       const QString &overrideReason, QString *error);
};

} // namespace ra::staging
