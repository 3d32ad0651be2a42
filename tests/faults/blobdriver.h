// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientdriver.h"

namespace ra::test {

/// Blob downloads: GitHubClient::downloadArtifact, the API's 302 followed to blob storage without the token,
/// resumed after a cut. The faults are the blob host's, except those only the API can give (the token, an
/// expired artifact, GitHub's secondary limit).
class BlobDriver : public ClientDriver
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] Expect expectation(Fault fault) const override;
    [[nodiscard]] CellOutcome run(Fault fault) override;
};

} // namespace ra::test
