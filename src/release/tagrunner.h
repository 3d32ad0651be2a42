// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/credentials.h"
#include "release/steprunner.h"

#include <QCoreApplication>

namespace ra::release {

/// Step 2 in a release run: the tag on the commit signed off in step 1 (else the one chosen, else HEAD), an
/// interrupted push settled with the remote first, then created and pushed through TagStep.
class TagRunner : public StepRunner
{
    Q_DECLARE_TR_FUNCTIONS(TagRunner)

public:
    explicit TagRunner(git::CredentialProvider credentials);

    [[nodiscard]] ReleaseStep step() const override;
    [[nodiscard]] bool automatic() const override;
    StepRunResult run(Release &release) override;

private:
    git::CredentialProvider m_credentials;
};

} // namespace ra::release
