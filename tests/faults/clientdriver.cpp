// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientdriver.h"

namespace ra::test {

Expect httpExpectation(Fault fault, bool repeatable, bool github, bool credentials)
{
    switch (fault) {
    case Fault::None:
        return Expect::Success;
    case Fault::ServerError:
    case Fault::Reset:
    case Fault::TruncatedBody:
        return repeatable ? Expect::Retry : Expect::RetryOrError;
    case Fault::RateLimitedRetryAfter:
        return Expect::Retry;
    case Fault::SecondaryLimit:
        return github ? Expect::Retry : Expect::NotApplicable;
    case Fault::Unauthorized:
        return credentials ? Expect::RetryOrError : Expect::NotApplicable;
    case Fault::Down:
    case Fault::Stall:
    case Fault::RateLimited:
    case Fault::Gone:
    case Fault::InvalidJson:
    case Fault::HtmlBody:
    case Fault::RedirectLoop:
    case Fault::RedirectElsewhere:
        return Expect::RetryOrError;
    }
    return Expect::NotApplicable;
}

} // namespace ra::test
