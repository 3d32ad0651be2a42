// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientdriver.h"

namespace ra::test {

/// Step 6's publication: review::ReviewPublisher::publish (the draft read again, then PATCH draft=false),
/// journaled. The faults hit the PATCH; a cut JSON answer comes after GitHub published (GitHubTwin::garble).
class ReviewDriver : public ClientDriver
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] Expect expectation(Fault fault) const override;
    [[nodiscard]] CellOutcome run(Fault fault) override;
};

} // namespace ra::test
