// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/packagesrunner.h"

#include "github/githubclient.h"
#include "packages/journaleffectlog.h"
#include "packages/packageattachflow.h"
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
    packages::PackageAttachFlow::Options options;
    options.repository = release.project().repository();
    if (m_endpoints.uploads != github::Endpoints().uploads) {
        // A test server or GitHub Enterprise: the draft's upload_url names github.com's host.
        options.uploadsUrl = m_endpoints.uploads;
    }
    options.tag = release.tag();
    options.tagPrefix = playbook.tagSpelling.prefix;
    options.commit = ReleasePlanner(release).candidateCommit();
    options.expectedNames = playbook.expectedAssets;
    options.workDir = QDir(m_workRoot).filePath(release.tag());
    const bool verify = playbook.pipelineKind == PipelineKind::DraftByCi;
    if (!verify && options.commit.isEmpty()) {
        return {StepRunResult::Outcome::NeedsPerson, tr("No signed-off commit: the CI run of the packages is unknown."),
                tr("Sign off step 1 first.")};
    }

    github::GitHubClient client(m_endpoints);
    client.setToken(m_token);
    packages::JournalEffectLog log(release.journal(), release.tag());
    packages::PackageAttachFlow flow(client, log, options);
    const bool ok = verify ? flow.verifyDraft() : flow.attach();
    QStringList problems;
    const QList<packages::PackageItem> items = flow.items();
    for (const packages::PackageItem &item : items) {
        if (!item.error.isEmpty()) {
            problems.append(u"%1: %2"_s.arg(item.name, item.error));
        }
    }
    if (!ok) {
        const QString message = flow.error().isEmpty() ? problems.join(u"; "_s) : flow.error();
        release.recordStepState(ReleaseStep::Packages, StepState::NeedsAttention, message);
        return {StepRunResult::Outcome::Failed, message,
                verify ? tr("Check the release workflow's run on GitHub, then run again.")
                       : tr("Fix what the message says, then run again: nothing is uploaded twice.")};
    }
    const QString note = verify ? tr("The draft holds the %n expected package(s).", nullptr, int(items.size()))
                                : tr("%n package(s) attached to the draft.", nullptr, int(items.size()));
    release.recordStepState(ReleaseStep::Packages, StepState::Done, note);
    return {StepRunResult::Outcome::Done, note, {}};
}

} // namespace ra::release
