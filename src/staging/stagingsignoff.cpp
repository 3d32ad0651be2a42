// SPDX-License-Identifier: GPL-3.0-or-later
#include "staging/stagingsignoff.h"

#include "journal/journal.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ra::staging {

bool StagingSignOff::record(Journal &journal, const QString &release, const StagingReport &report,
                            const QString &signer, const QString &overrideReason, QString *error)
{
    const QString reason = overrideReason.trimmed();
    if (report.verdict != Verdict::Pass && reason.isEmpty()) {
        if (error) {
            *error = u"The staging checks did not pass (%1); signing off needs a reason for the override"_s.arg(
                report.problems.isEmpty() ? verdictKey(report.verdict) : report.problems.constFirst());
        }
        return false;
    }
    const QJsonObject signOff{{u"signer"_s, signer},
                              {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                              {u"verdict"_s, verdictKey(report.verdict)},
                              {u"override_reason"_s, reason},
                              {u"report"_s, report.toJson()}};
    const QString note =
        reason.isEmpty() ? u"Signed off by %1: staging checks passed for %2"_s.arg(signer, report.commitSha.left(12))
                         : u"Overridden by %1: %2"_s.arg(signer, reason);
    return journal.transaction(
        [&](QString *transactionError) {
            return journal.setValue(release, u"staging.signoff"_s, signOff, transactionError) &&
                   journal.setStepState(release, ReleaseStep::Staging, StepState::Done, note, transactionError);
        },
        error);
}

} // namespace ra::staging
