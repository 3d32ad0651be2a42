// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagspelling.h"
#include "notes/notesgenerator.h"
#include "notes/notesrange.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ra {

/// What the notes workbench asks of the clone, off the UI thread.
struct NotesRangeJob {
    QString repositoryPath;
    /// The release's tag (it may not exist yet).
    QString tag;
    /// The range start chosen by hand; empty: the previous tag, as release::NotesStep::chooseRange() chooses it
    /// for the command line too.
    QString previousTag;
    /// The release commit when the tag does not exist yet (the tag step's choice); empty: HEAD.
    QString revision;
    QString gitHubRepository;
    QStringList assetNames;
    /// How the project spells its tags: which tags are versions, and their order.
    TagSpelling spelling = TagSpelling::alephVm();
};

/// The clone's answer: the range (generator input and lint context), the tags to pick the start from, and
/// the notes generated from it (cheap next to the history walk, so always made).
struct NotesRangeJobResult {
    QString error;
    QString previousTag;
    /// Which rule chose previousTag, for the page ("previous final tag", "chosen by hand", ...).
    QString previousTagOrigin;
    /// Where the range ends: the tag when it exists, else the revision.
    QString rangeEnd;
    /// The commit rangeEnd names: the target of a draft created before the tag exists.
    QString rangeEndCommit;
    /// The version tags older than the release, newest first: the choices for the range start.
    QStringList tagChoices;
    std::optional<notes::NotesRange> range;
    std::optional<notes::GeneratedNotes> notes;
};

/// Runs \a job. Blocking (walks history): call it off the UI thread.
[[nodiscard]] NotesRangeJobResult runNotesRangeJob(const NotesRangeJob &job);

} // namespace ra
