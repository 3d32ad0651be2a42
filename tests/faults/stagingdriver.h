// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientdriver.h"

namespace ra::test {

/// Step 1's staging node checks: staging::StagingChecker asking a node (the staging-node twin) for its version
/// and health, with the nodes' transport set up as the CLI sets it. Every endpoint of the node is faulty.
class StagingDriver : public ClientDriver
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] Expect expectation(Fault fault) const override;
    [[nodiscard]] CellOutcome run(Fault fault) override;
};

} // namespace ra::test
