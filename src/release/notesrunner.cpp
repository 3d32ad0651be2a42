// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/notesrunner.h"

#include "github/githubclient.h"
#include "github/syncwaiter.h"
#include "notes/draftsync.h"
#include "notes/notesrevisions.h"
#include "release/notesstep.h"
#include "release/release.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::release {

NotesRunner::NotesRunner(github::Endpoints endpoints, QString token)
    : m_endpoints(std::move(endpoints))
    , m_token(std::move(token))
{
}

ReleaseStep NotesRunner::step() const
{
    return ReleaseStep::Notes;
}

bool NotesRunner::automatic() const
{
    return false;
}

StepRunResult NotesRunner::run(Release &release)
{
    const QString tag = release.tag();
    const QString save = tr("release-assistant-cli notes save --release %1 <file> (or step 4 in the app)").arg(tag);
    const auto latest = notes::NotesRevisions(release.journal(), tag).latest();
    if (!latest) {
        return {StepRunResult::Outcome::NeedsPerson,
                tr("No notes of %1 were saved to the draft yet: a maintainer writes and reviews them.").arg(tag), save};
    }
    const QString editing = release.journal().value(tag, QString::fromLatin1(NotesStep::TextValue)).toString();
    if (!editing.isEmpty() && notes::syncHash(editing) != latest->hash) {
        return {StepRunResult::Outcome::NeedsPerson,
                tr("The notes of %1 were edited after revision %2 was saved to the draft: save them, or discard "
                   "the edit.")
                    .arg(tag)
                    .arg(latest->number),
                save};
    }
    const QList<notes::LintFinding> findings = NotesStep::lint(latest->text, NotesStep::lintSetup(release).context);
    if (const int errors = NotesStep::errorCount(findings); errors > 0) {
        const auto first = std::find_if(findings.cbegin(), findings.cend(), [](const notes::LintFinding &finding) {
            return finding.severity == notes::LintSeverity::Error;
        });
        return {StepRunResult::Outcome::NeedsPerson,
                tr("The notes saved as revision %1 have %n lint error(s); the first, line %2: %3", "", errors)
                    .arg(latest->number)
                    .arg(first->line)
                    .arg(first->message),
                save};
    }
    if (m_token.isEmpty()) {
        return {StepRunResult::Outcome::NeedsPerson,
                tr("Checking that the draft of %1 holds the saved notes needs a GitHub token.").arg(tag),
                tr("Export GITHUB_TOKEN, then run again.")};
    }
    github::GitHubClient client(m_endpoints);
    client.setToken(m_token);
    const github::RepositoryRef repository = release.project().repository();
    const auto found =
        github::waitFor<std::optional<github::Release>>([&](github::Callback<std::optional<github::Release>> done) {
            return client.findReleaseByTag(repository, tag, std::move(done));
        });
    if (!found.ok()) {
        return {StepRunResult::Outcome::Failed, found.error.toString(),
                tr("Check the connection and the token, then run again.")};
    }
    if (!found.value) {
        return {StepRunResult::Outcome::NeedsPerson,
                tr("There is no draft release of %1 on GitHub: the notes saved before are not in it.").arg(tag), save};
    }
    if (notes::syncHash(found.value->body) != latest->hash) {
        return {StepRunResult::Outcome::NeedsPerson,
                tr("The draft of %1 no longer holds the notes saved as revision %2: it was edited on GitHub since.")
                    .arg(tag)
                    .arg(latest->number),
                save};
    }
    const NotesStepState state = NotesStep::stateAfterSync(notes::SyncAction::UpToDate, 0);
    QString error;
    if (!release.recordStepState(ReleaseStep::Notes, state.state, state.note, &error)) {
        return {StepRunResult::Outcome::Failed, tr("The journal refused to record step 4: %1").arg(error), {}};
    }
    return {StepRunResult::Outcome::Done, state.note, {}};
}

} // namespace ra::release
