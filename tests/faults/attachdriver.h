// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientdriver.h"

namespace ra::test {

/// Step 5's attach: packages::AssetAttacher putting one .deb on the draft, every effect in the release journal.
class AttachDriver : public ClientDriver
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] Expect expectation(Fault fault) const override;
    [[nodiscard]] CellOutcome run(Fault fault) override;
};

} // namespace ra::test
