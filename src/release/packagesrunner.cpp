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
    // The planner's request, so that `release plan` lists exactly what a run sends.
    const PackagesStep::Request request = ReleasePlanner(release, m_endpoints, m_workRoot).packagesRequest();
    const bool verify = request.mode == PackagesStep::Mode::Verify;
    if (!verify && request.options.commit.isEmpty() && request.options.runId <= 0) {
        return {StepRunResult::Outcome::NeedsPerson, tr("No signed-off commit: the CI run of the packages is unknown."),
                tr("Sign off step 1 first.")};
    }

    github::GitHubClient client(m_endpoints);
    client.setToken(m_token);
    const PackagesStep::Outcome outcome = PackagesStep(&release.journal(), release.tag()).execute(request, client);
    if (!outcome.ok()) {
        return {StepRunResult::Outcome::Failed, outcome.message,
                verify ? tr("Check the release workflow's run on GitHub, then run again.")
                       : tr("Fix what the message says, then run again: nothing is uploaded twice.")};
    }
    return {StepRunResult::Outcome::Done,
            outcome.warning.isEmpty() ? outcome.message : outcome.message + u' ' + outcome.warning,
            {}};
}

} // namespace ra::release
