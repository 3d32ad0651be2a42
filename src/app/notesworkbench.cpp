// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notesworkbench.h"

#include "app/notestextnavigation.h"
#include "app/releasesession.h"
#include "journal/journal.h"
#include "notes/noteslinter.h"
#include "notes/utf8text.h"
#include "release/notesstep.h"

#include <QElapsedTimer>
#include <QFile>
#include <QQuickItem>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

const QString textKey = QString::fromLatin1(release::NotesStep::TextValue);
const QString previousTagKey = QString::fromLatin1(release::NotesStep::PreviousTagValue);
const QString repositoryPathKey = u"repository.path"_s;

} // namespace

NotesWorkbench::NotesWorkbench(QObject *parent)
    : QObject(parent)
{
    connect(&m_preview, &markdown::PreviewRenderer::rendered, this, [this](const QString &html, qint64 elapsedMs) {
        m_previewHtml = html;
        m_previewLatency = elapsedMs;
        // The preview view parses and lays out the HTML while this signal is delivered, on the UI thread; the
        // next typing pauses wait as long, so that preview updates never crowd out typing.
        QElapsedTimer shown;
        shown.start();
        m_previewBlocks.setRuns(m_preview.runsHtml());
        Q_EMIT previewChanged();
        m_preview.setShowCost(shown.elapsed());
    });
    m_lint.setContextSource([this] { return m_range.range ? m_range.range->lintContext : fallbackLintContext(); });
    connect(&m_lint, &NotesLintRunner::started, this, &NotesWorkbench::lintingChanged);
    connect(&m_lint, &NotesLintRunner::finished, this, &NotesWorkbench::lintDone);
    // The text is kept in the journal a moment after typing stops: a crash loses at most that moment.
    m_savePause.setSingleShot(true);
    m_savePause.setInterval(800);
    connect(&m_savePause, &QTimer::timeout, this, &NotesWorkbench::saveText);
    connect(&m_jobWatcher, &QFutureWatcherBase::finished, this, &NotesWorkbench::jobFinished);

    m_draft.setTextSource([this] { return m_text; });
    connect(&m_draft, &NotesDraftController::textArrived, this, [this](const QString &text) { replaceText(text); });
    connect(&m_draft, &NotesDraftController::syncFinished, this, [this] {
        if (m_draft.messageIsError()) {
            return;
        }
        // A text that just arrived (a load, a merge) is not linted yet: its findings decide the step's state.
        if (linting()) {
            m_recordSyncAfterLint = true;
        } else {
            recordSyncState();
        }
    });
}

NotesWorkbench::~NotesWorkbench()
{
    if (m_savePause.isActive()) {
        saveText();
    }
    m_jobWatcher.waitForFinished();
}

ReleaseSession *NotesWorkbench::session() const
{
    return m_session;
}

void NotesWorkbench::setSession(ReleaseSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &ReleaseSession::currentReleaseChanged, this, &NotesWorkbench::loadRelease);
        connect(m_session, &ReleaseSession::projectNameChanged, this, &NotesWorkbench::loadRelease);
        connect(m_session, &ReleaseSession::journalChanged, this, [this] {
            // The text typed for the old journal's release cannot go into the new journal.
            m_savePause.stop();
            m_release.clear();
            loadRelease();
        });
    }
    loadRelease();
}

QString NotesWorkbench::repositoryPath() const
{
    return m_repositoryPath;
}

void NotesWorkbench::setRepositoryPath(const QString &path)
{
    if (path == m_repositoryPath) {
        return;
    }
    m_repositoryPath = path;
    if (Journal *journal = m_session ? m_session->journal() : nullptr; journal && !m_release.isEmpty()) {
        journal->setValue(m_release, repositoryPathKey, path);
    }
    Q_EMIT repositoryPathChanged();
    refreshRange();
}

QString NotesWorkbench::tag() const
{
    return m_release;
}

QString NotesWorkbench::previousTag() const
{
    return m_range.previousTag.isEmpty() ? m_chosenPreviousTag : m_range.previousTag;
}

void NotesWorkbench::setPreviousTag(const QString &tag)
{
    if (tag == previousTag() && (tag.isEmpty() || tag == m_chosenPreviousTag)) {
        return;
    }
    m_chosenPreviousTag = tag;
    if (Journal *journal = m_session ? m_session->journal() : nullptr; journal && !m_release.isEmpty()) {
        journal->setValue(m_release, previousTagKey, tag);
    }
    refreshRange();
}

QString NotesWorkbench::text() const
{
    return m_text;
}

void NotesWorkbench::setText(const QString &text)
{
    applyText(text, true);
}

int NotesWorkbench::lineCount() const
{
    return m_text.isEmpty() ? 0 : int(m_text.count(u'\n')) + (m_text.endsWith(u'\n') ? 0 : 1);
}

int NotesWorkbench::characterCount() const
{
    return int(m_text.size());
}

int NotesWorkbench::characterLimit() const
{
    return int(notes::gitHubBodyLimit);
}

QString NotesWorkbench::previewHtml() const
{
    return m_previewHtml;
}

qint64 NotesWorkbench::previewLatency() const
{
    return m_previewLatency;
}

NotesPreviewModel *NotesWorkbench::previewBlocks()
{
    return &m_previewBlocks;
}

bool NotesWorkbench::busy() const
{
    return m_busy;
}

QString NotesWorkbench::message() const
{
    return m_message;
}

bool NotesWorkbench::messageIsError() const
{
    return m_messageIsError;
}

QStringList NotesWorkbench::regenerationConflicts() const
{
    return m_conflicts;
}

NotesLintFindingModel *NotesWorkbench::findings()
{
    return m_lint.findings();
}

bool NotesWorkbench::linting() const
{
    return m_lint.running();
}

NotesDraftController *NotesWorkbench::draft()
{
    return &m_draft;
}

void NotesWorkbench::generate()
{
    startJob(JobKind::Generate);
}

void NotesWorkbench::regenerate()
{
    startJob(JobKind::Regenerate);
}

void NotesWorkbench::refreshRange()
{
    startJob(JobKind::Range);
}

void NotesWorkbench::lintNow()
{
    m_lint.runNow(m_text);
}

void NotesWorkbench::loadFile(const QUrl &file)
{
    if (m_release.isEmpty()) {
        setMessage(tr("Pick a release, or start one, to write its notes."), true);
        return;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile notesFile(path);
    if (!notesFile.open(QIODevice::ReadOnly)) {
        setMessage(tr("Cannot read %1: %2").arg(path, notesFile.errorString()), true);
        return;
    }
    const notes::Utf8Text decoded = notes::decodeNotesText(notesFile.readAll());
    if (const auto &problem = decoded.problem) {
        // Loading it anyway would put U+FFFD in place of every bad byte, and the damage would be published.
        setMessage(tr("%1 is not valid UTF-8: line %2, byte offset %3 (%4) is the first of %n invalid byte "
                      "sequence(s). The editor kept its text: save the file as UTF-8 and load it again.",
                      "", problem->invalidSequences)
                       .arg(path, QString::number(problem->line), QString::number(problem->byteOffset),
                            problem->firstSequenceHex()),
                   true);
        return;
    }
    replaceText(decoded.text);
    setMessage(tr("Loaded %1 into the editor; Undo brings the previous text back.").arg(path));
}

int NotesWorkbench::positionOfLine(int line) const
{
    return notestext::positionOfLine(m_text, line);
}

int NotesWorkbench::lineOfPosition(int position) const
{
    return notestext::lineOfPosition(m_text, position);
}

int NotesWorkbench::findNext(const QString &query, int from, bool caseSensitive) const
{
    return notestext::findNext(m_text, query, from, caseSensitive);
}

int NotesWorkbench::findPrevious(const QString &query, int from, bool caseSensitive) const
{
    return notestext::findPrevious(m_text, query, from, caseSensitive);
}

void NotesWorkbench::replaceContent(QQuickTextDocument *document, const QString &text) const
{
    if (document == nullptr) {
        return;
    }
    notestext::replaceDocument(document->textDocument(), text);
    // TextEdit draws only the lines in view when it observes its viewport, but it turns that on only in
    // setText(). A 5,000-line text brought in through the document would otherwise be redrawn whole on
    // every keystroke (tens of milliseconds).
    if (auto *editor = qobject_cast<QQuickItem *>(document->parent())) {
        editor->setFlag(QQuickItem::ItemObservesViewport, true);
    }
}

int NotesWorkbench::countOccurrences(const QString &query, bool caseSensitive) const
{
    return notestext::countOccurrences(m_text, query, caseSensitive);
}

void NotesWorkbench::loadRelease()
{
    if (m_savePause.isActive()) {
        saveText();
    }
    const Journal *journal = m_session ? m_session->journal() : nullptr;
    m_release = m_session ? m_session->currentRelease() : QString();
    // The open project decides the repository, the assets and the clone; no page asks for them again.
    m_playbook = m_session ? m_session->playbook() : Playbook();
    m_draft.setPlaybook(m_playbook);
    const bool projectOpen = m_session && m_session->project() && m_session->project()->hasClone();
    QString path;
    QString text;
    m_chosenPreviousTag.clear();
    if (journal && !m_release.isEmpty()) {
        path = journal->value(m_release, repositoryPathKey).toString();
        // A maintainer releases from the same clone every time: the last release's clone is a good guess.
        const QStringList releases = journal->releases();
        for (qsizetype i = 0; path.isEmpty() && i < releases.size(); ++i) {
            path = journal->value(releases.at(i), repositoryPathKey).toString();
        }
        m_chosenPreviousTag = journal->value(m_release, previousTagKey).toString();
        text = journal->value(m_release, textKey).toString();
        if (text.isEmpty()) {
            if (const auto latest = notes::NotesRevisions(*m_session->journal(), m_release).latest()) {
                text = latest->text;
            }
        }
    }
    m_draft.setRelease(m_session ? m_session->journal() : nullptr, m_release, m_release);
    m_repositoryPath = projectOpen ? m_session->clonePath() : path;
    m_range = {};
    if (m_release.isEmpty()) {
        m_range.error = tr("Pick a release, or start one, to write its notes.");
    }
    m_conflicts.clear();
    setMessage({});
    m_lint.findings()->setFindings({});
    applyText(text, false);
    Q_EMIT textReplaced(text, false);
    Q_EMIT sessionChanged();
    Q_EMIT repositoryPathChanged();
    Q_EMIT rangeChanged();
    if (!m_release.isEmpty()) {
        refreshRange();
    }
}

void NotesWorkbench::replaceText(const QString &text, bool undoable)
{
    applyText(text, true);
    Q_EMIT textReplaced(text, undoable);
}

void NotesWorkbench::applyText(const QString &text, bool persist)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_preview.setText(text);
    m_lint.schedule(text);
    if (persist) {
        m_savePause.start();
    }
    Q_EMIT textChanged();
    Q_EMIT lintingChanged();
}

void NotesWorkbench::lintDone()
{
    if (m_recordSyncAfterLint && !m_lint.pausing()) {
        m_recordSyncAfterLint = false;
        recordSyncState();
    }
    Q_EMIT lintingChanged();
    Q_EMIT lintFinished();
}

void NotesWorkbench::saveText()
{
    m_savePause.stop();
    if (Journal *journal = m_session ? m_session->journal() : nullptr;
        journal && !m_release.isEmpty() && journal->hasRelease(m_release)) {
        journal->setValue(m_release, textKey, m_text);
    }
}

void NotesWorkbench::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void NotesWorkbench::setMessage(const QString &message, bool error, const QStringList &conflicts)
{
    m_message = message;
    m_messageIsError = error;
    m_conflicts = conflicts;
    Q_EMIT messageChanged();
}

void NotesWorkbench::recordSyncState()
{
    if (!m_draft.inConflict() && m_draft.revisions()->rowCount() == 0) {
        return;
    }
    // Out of conflict after a sync, the editor and the draft hold the same text.
    const release::NotesStepState after = release::NotesStep::stateAfterSync(
        m_draft.inConflict() ? notes::SyncAction::Conflict : notes::SyncAction::UpToDate,
        m_lint.findings()->errorCount());
    recordStep(after.state, after.note);
}

void NotesWorkbench::recordStep(StepState state, const QString &note)
{
    if (m_session && !m_release.isEmpty()) {
        m_session->recordStepState(ReleaseStep::Notes, state, note);
    }
}

notes::LintContext NotesWorkbench::fallbackLintContext() const
{
    notes::LintContext context;
    if (!m_playbook.repository.isEmpty()) {
        context.repository = m_playbook.repository;
    }
    context.tag = m_release;
    context.previousTag = m_chosenPreviousTag;
    context.expectedAssets = m_playbook.expectedAssets;
    return context;
}

} // namespace ra
