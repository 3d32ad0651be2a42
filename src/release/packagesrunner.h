// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "release/steprunner.h"

#include <QCoreApplication>

namespace ra::release {

/**
 * Step 5 in a release run, through PackagesStep, as the playbook's pipeline says: for a project whose CI attaches
 * the packages to a draft, the draft is verified (exactly the expected .deb files, each of the tag's version);
 * otherwise the CI artifacts of the signed-off commit are downloaded, checked against the tag and attached, never
 * twice. Every upload and deletion is a journal effect, so a re-run after a crash settles what was left open.
 */
class PackagesRunner : public StepRunner
{
    Q_DECLARE_TR_FUNCTIONS(PackagesRunner)

public:
    /// \a workRoot: where downloads are kept, one folder per release (resumed on the next run).
    PackagesRunner(github::Endpoints endpoints, QString token, QString workRoot);

    /// CacheLocation/packages, as the CLI's `packages attach` uses.
    [[nodiscard]] static QString defaultWorkRoot();

    [[nodiscard]] ReleaseStep step() const override;
    [[nodiscard]] bool automatic() const override;
    StepRunResult run(Release &release) override;

private:
    github::Endpoints m_endpoints;
    QString m_token;
    QString m_workRoot;
};

} // namespace ra::release
