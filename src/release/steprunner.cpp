// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/steprunner.h"

using namespace Qt::StringLiterals;

namespace ra::release {

QString runOutcomeKey(StepRunResult::Outcome outcome)
{
    switch (outcome) {
    case StepRunResult::Outcome::Done:
        return u"done"_s;
    case StepRunResult::Outcome::NeedsPerson:
        return u"needs-person"_s;
    case StepRunResult::Outcome::Failed:
        return u"failed"_s;
    case StepRunResult::Outcome::Deferred:
        return u"deferred"_s;
    }
    return {};
}

StepRunner::~StepRunner() = default;

} // namespace ra::release
