// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/packagesrunner.h"

#include "github/githubclient.h"
#include "release/packagesstep.h"
#include "release/release.h"
#include "release/releaseplanner.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ra::release {

PackagesRunner::PackagesRunner(github::Endpoints endpoints, QString token, QString workRoot)
    : m_endpoints(std::move(endpoints))
    , m_token(std::move(token))
    , m_workRoot(std::move(workRoot))
{
}

QString PackagesRunner::defaultWorkRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(u"packages"_s);
}

ReleaseStep PackagesRunner::step() const
{
    return ReleaseStep::Packages;
}

bool PackagesRunner::automatic() const
{
    return true;
}

StepRunResult PackagesRunner::run(Release &release)
{
    if (m_token.isEmpty()) {
        return {StepRunResult::Outcome::NeedsPerson,
                tr("GitHub refuses artifact downloads and uploads without a token."),
                tr("Export GITHUB_TOKEN, then run again.")};
    }
    const Playbook &playbook = release.project().playbook();
    packages::AttachOptions options;
    options.repository = release.project().repository();
    if (m_endpoints.uploads != github::Endpoints().uploads) {
        // A test server or GitHub Enterprise: the draft's upload_url names github.com's host.
        options.uploadsUrl = m_endpoints.uploads;
    }
    options.tag = release.tag();
    options.tagPrefix = playbook.tagSpelling.prefix;
    const PackagesStep step(&release.journal(), release.tag());
    // What the maintainer chose in the app (a commit or a run), else the tagged or signed-off commit.
    const PackagesStep::Choices chosen = step.choices();
    options.runId = chosen.runId.toLongLong();
    options.commit = chosen.commit.isEmpty() ? ReleasePlanner(release).candidateCommit() : chosen.commit;
    options.expectedNames = playbook.expectedAssets;
    options.workDir = QDir(m_workRoot).filePath(release.tag());
    const bool verify = playbook.pipelineKind == PipelineKind::DraftByCi;
    if (!verify && options.commit.isEmpty() && options.runId <= 0) {
        return {StepRunResult::Outcome::NeedsPerson, tr("No signed-off commit: the CI run of the packages is unknown."),
                tr("Sign off step 1 first.")};
    }

    github::GitHubClient client(m_endpoints);
    client.setToken(m_token);
    const PackagesStep::Outcome outcome =
        step.execute({verify ? PackagesStep::Mode::Verify : PackagesStep::Mode::Attach, options}, client);
    if (!outcome.ok()) {
        return {StepRunResult::Outcome::Failed, outcome.message,
                verify ? tr("Check the release workflow's run on GitHub, then run again.")
                       : tr("Fix what the message says, then run again: nothing is uploaded twice.")};
    }
    return {StepRunResult::Outcome::Done, outcome.message, {}};
}

} // namespace ra::release
