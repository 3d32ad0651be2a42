// SPDX-License-Identifier: GPL-3.0-or-later
// The notes workbench's range: read off the UI thread (previous tag to the release, as the tag step chooses
// it), the notes generated or regenerated from it without losing the maintainer's edits, and what the range
// bar shows of it.
#include "app/notesworkbench.h"

#include "app/releasesession.h"
#include "journal/journal.h"
#include "notes/markedtext.h"

#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra {

QString NotesWorkbench::previousTagOrigin() const
{
    return m_range.previousTagOrigin;
}

QStringList NotesWorkbench::tagChoices() const
{
    return m_range.tagChoices;
}

QString NotesWorkbench::rangeEnd() const
{
    return m_range.rangeEnd;
}

bool NotesWorkbench::rangeKnown() const
{
    return m_range.range.has_value();
}

QString NotesWorkbench::rangeSummary() const
{
    if (!m_range.range) {
        return {};
    }
    const int commits = int(m_range.range->input.commits.size());
    const int pullRequests = int(m_range.range->lintContext.pullRequestsInRange.size());
    return tr("%1 → %2: %n commit(s)", "", commits).arg(m_range.previousTag, m_range.rangeEnd) + u", "_s +
           tr("%n pull request(s)", "", pullRequests);
}

QString NotesWorkbench::rangeError() const
{
    return m_range.error;
}

void NotesWorkbench::startJob(JobKind kind)
{
    if (m_release.isEmpty()) {
        setMessage(tr("Pick a release, or start one, to write its notes."), true);
        return;
    }
    if (m_busy) {
        // A newer range (another clone or start tag) is read when the current job ends.
        m_jobAgain = m_jobAgain || kind == JobKind::Range;
        return;
    }
    const Journal *journal = m_session ? m_session->journal() : nullptr;
    NotesRangeJob job;
    job.repositoryPath = m_repositoryPath;
    job.tag = m_release;
    job.previousTag = m_chosenPreviousTag;
    job.revision = journal ? journal->value(m_release, u"tag.revision"_s).toString() : QString();
    job.gitHubRepository = m_playbook.repository;
    job.assetNames = m_playbook.expectedAssets;
    job.spelling = m_playbook.tagSpelling;
    m_jobKind = kind;
    setBusy(true);
    if (kind != JobKind::Range) {
        setMessage(tr("Reading the commits of the release…"));
    }
    m_jobWatcher.setFuture(QtConcurrent::run(&runNotesRangeJob, job));
}

void NotesWorkbench::jobFinished()
{
    m_range = m_jobWatcher.result();
    setBusy(false);
    m_draft.setRange(m_range.previousTag, m_range.rangeEndCommit);
    Q_EMIT rangeChanged();
    const bool empty = m_text.trimmed().isEmpty();
    if (!m_range.notes) {
        if (m_jobKind != JobKind::Range) {
            setMessage(m_range.error, true);
        }
    } else if (m_jobKind == JobKind::Generate || (m_jobKind == JobKind::Range && empty)) {
        replaceText(m_range.notes->markdown, m_jobKind == JobKind::Generate);
        const int changes = int(m_range.range->input.commits.size());
        setMessage(tr("Generated the notes of %1 → %2 from %n commit(s).", "", changes)
                       .arg(m_range.previousTag, m_range.rangeEnd));
        recordStep(StepState::InProgress,
                   tr("Notes generated from %1 → %2").arg(m_range.previousTag, m_range.rangeEnd));
    } else if (m_jobKind == JobKind::Regenerate) {
        // Merged with the text as it is now, not as it was when the job started: typing went on meanwhile.
        const notes::Regeneration regeneration = notes::regenerate(m_text, m_range.notes->markdown);
        if (regeneration.text != m_text) {
            replaceText(regeneration.text);
        }
        QStringList conflicts;
        for (const notes::BlockConflict &conflict : regeneration.conflicts) {
            conflicts.append(conflict.section);
        }
        QString summary = tr("Regenerated: %n section(s) refreshed", "", int(regeneration.updated.size()));
        if (!regeneration.added.isEmpty()) {
            summary += u", "_s + tr("%n added", "", int(regeneration.added.size()));
        }
        if (!regeneration.removed.isEmpty()) {
            summary += u", "_s + tr("%n removed", "", int(regeneration.removed.size()));
        }
        summary += u". "_s;
        summary += conflicts.isEmpty()
                       ? tr("Your edits outside the generated blocks are kept.")
                       : tr("You edited %1: your version is kept and the fresh text was not applied there.")
                             .arg(conflicts.join(u", "_s));
        setMessage(summary, false, conflicts);
    }
    if (m_jobAgain) {
        m_jobAgain = false;
        startJob(JobKind::Range);
    }
    lintNow();
    Q_EMIT generationFinished();
}

} // namespace ra
