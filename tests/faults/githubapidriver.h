// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientdriver.h"

namespace ra::test {

/// The GitHub REST API as every step reads it: GitHubClient::findReleaseByTag (the release list, paginated).
class GitHubApiDriver : public ClientDriver
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] Expect expectation(Fault fault) const override;
    [[nodiscard]] CellOutcome run(Fault fault) override;
};

} // namespace ra::test
