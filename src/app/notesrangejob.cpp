// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notesrangejob.h"

#include "git/releasetags.h"
#include "git/repository.h"
#include "git/tagversionorder.h"
#include "notes/previoustag.h"

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
    const git::VersionOrder order = git::tagVersionOrder();
    const git::ReleaseTags sorted = git::sortReleaseTags(*tags, order);
    bool tagExists = false;
    for (auto it = sorted.versions.crbegin(); it != sorted.versions.crend(); ++it) {
        if (it->name == job.tag) {
            tagExists = true;
            continue;
        }
        const auto older = order.compare(it->name, job.tag);
        if (!older || *older < 0) {
            result.tagChoices.append(it->name);
        }
    }
    if (!job.previousTag.isEmpty()) {
        result.previousTag = job.previousTag;
        result.previousTagOrigin = QCoreApplication::translate("NotesWorkbench", "chosen by hand");
    } else if (const auto previous = notes::choosePreviousTag(*tags, job.tag, order)) {
        result.previousTag = previous->tag;
        result.previousTagOrigin =
            previous->rule == notes::PreviousTagRule::PreviousOfAnyKind
                ? QCoreApplication::translate("NotesWorkbench", "the previous tag (this is a pre-release)")
                : QCoreApplication::translate("NotesWorkbench", "the previous final release");
    } else {
        result.error =
            QCoreApplication::translate(
                "NotesWorkbench", "No release tag older than %1 was found in the clone: pick where the notes start.")
                .arg(job.tag);
        return result;
    }
    result.rangeEnd = tagExists ? job.tag : (job.revision.isEmpty() ? u"HEAD"_s : job.revision);

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
