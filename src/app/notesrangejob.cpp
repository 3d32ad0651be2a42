// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notesrangejob.h"

#include "git/releasetags.h"
#include "git/repository.h"
#include "git/tagversionorder.h"
#include "notes/previoustag.h"
#include "release/notesstep.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ra {

NotesRangeJobResult runNotesRangeJob(const NotesRangeJob &job)
{
    NotesRangeJobResult result;
    if (job.repositoryPath.isEmpty()) {
        result.error =
            QCoreApplication::translate("NotesWorkbench", "Choose the local clone the notes are generated from.");
        return result;
    }
    auto repository = git::Repository::open(job.repositoryPath);
    if (!repository) {
        result.error = repository.error().message();
        return result;
    }
    const auto tags = repository->tags();
    if (!tags) {
        result.error = tags.error().message();
        return result;
    }
    const git::VersionOrder order = git::tagVersionOrder(job.spelling);
    const git::ReleaseTags sorted = git::sortReleaseTags(*tags, order);
    for (auto it = sorted.versions.crbegin(); it != sorted.versions.crend(); ++it) {
        const auto older = order.compare(it->name, job.tag);
        if (it->name != job.tag && (!older || *older < 0)) {
            result.tagChoices.append(it->name);
        }
    }
    const auto choice = release::NotesStep::chooseRange(*tags, job.tag, job.previousTag, job.revision, order);
    if (!choice) {
        result.error =
            QCoreApplication::translate(
                "NotesWorkbench", "No release tag older than %1 was found in the clone: pick where the notes start.")
                .arg(job.tag);
        return result;
    }
    result.previousTag = choice->from;
    if (!choice->rule) {
        result.previousTagOrigin = QCoreApplication::translate("NotesWorkbench", "chosen by hand");
    } else if (*choice->rule == notes::PreviousTagRule::PreviousOfAnyKind) {
        result.previousTagOrigin =
            QCoreApplication::translate("NotesWorkbench", "the previous tag (this is a pre-release)");
    } else {
        result.previousTagOrigin = QCoreApplication::translate("NotesWorkbench", "the previous final release");
    }
    result.rangeEnd = choice->end;

    notes::NotesRangeRequest request;
    request.repositoryPath = job.repositoryPath;
    request.from = result.previousTag;
    request.to = result.rangeEnd;
    request.tag = job.tag;
    request.gitHubRepository = job.gitHubRepository;
    request.assetNames = job.assetNames;
    auto range = notes::readNotesRange(request);
    if (!range) {
        result.error = range.error().message();
        return result;
    }
    if (const auto commit = repository->resolveCommit(result.rangeEnd)) {
        result.rangeEndCommit = *commit;
    }
    result.range = *range;
    result.notes = notes::generateNotes(range->input);
    return result;
}

} // namespace ra
