// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/notesdraftcontroller.h"
#include "app/noteslintfindingmodel.h"
#include "app/noteslintrunner.h"
#include "app/notespreviewmodel.h"
#include "app/notesrangejob.h"
#include "app/releasesession.h"
#include "core/playbook.h"
#include "core/releasestep.h"
#include "markdown/previewrenderer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QTimer>
#include <QtQmlIntegration>

namespace ra {

/**
 * Step 4, the release-notes workbench: the notes of the release range (previous tag to the release, chosen as
 * the tag step does and changeable), generated and regenerated without losing the maintainer's edits, a
 * GitHub-flavoured preview rendered off the UI thread after a typing pause, the lint run off the UI thread
 * the same way, find helpers, and the draft sync (draft). The editor's text is kept in the journal as it is
 * typed, so that nothing is lost in a crash.
 *
 * The editor owns its text and its undo history: it writes every change to \c text, and replaces its
 * content (undoably) when textReplaced() says that generation, a load or a merge brought a new text.
 */
class NotesWorkbench : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ra::ReleaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString repositoryPath READ repositoryPath WRITE setRepositoryPath NOTIFY repositoryPathChanged)
    Q_PROPERTY(QString tag READ tag NOTIFY sessionChanged)
    Q_PROPERTY(QString previousTag READ previousTag WRITE setPreviousTag NOTIFY rangeChanged)
    Q_PROPERTY(QString previousTagOrigin READ previousTagOrigin NOTIFY rangeChanged)
    Q_PROPERTY(QStringList tagChoices READ tagChoices NOTIFY rangeChanged)
    Q_PROPERTY(QString rangeEnd READ rangeEnd NOTIFY rangeChanged)
    Q_PROPERTY(bool rangeKnown READ rangeKnown NOTIFY rangeChanged)
    Q_PROPERTY(QString rangeSummary READ rangeSummary NOTIFY rangeChanged)
    Q_PROPERTY(QString rangeError READ rangeError NOTIFY rangeChanged)

    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY textChanged)
    Q_PROPERTY(int characterCount READ characterCount NOTIFY textChanged)
    Q_PROPERTY(int characterLimit READ characterLimit CONSTANT)
    Q_PROPERTY(QString previewHtml READ previewHtml NOTIFY previewChanged)
    Q_PROPERTY(qint64 previewLatency READ previewLatency NOTIFY previewChanged)
    /// previewHtml in pieces, for a view that lays out only what changed (NotesPreviewModel).
    Q_PROPERTY(ra::NotesPreviewModel *previewBlocks READ previewBlocks CONSTANT)

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QStringList regenerationConflicts READ regenerationConflicts NOTIFY messageChanged)

    Q_PROPERTY(ra::NotesLintFindingModel *findings READ findings CONSTANT)
    Q_PROPERTY(bool linting READ linting NOTIFY lintingChanged)
    Q_PROPERTY(ra::NotesDraftController *draft READ draft CONSTANT)

public:
    explicit NotesWorkbench(QObject *parent = nullptr);
    ~NotesWorkbench() override;

    [[nodiscard]] ReleaseSession *session() const;
    void setSession(ReleaseSession *session);
    [[nodiscard]] QString repositoryPath() const;
    void setRepositoryPath(const QString &path);
    [[nodiscard]] QString tag() const;
    [[nodiscard]] QString previousTag() const;
    /// Starts the notes at \a tag instead of the default; empty goes back to the default.
    void setPreviousTag(const QString &tag);
    [[nodiscard]] QString previousTagOrigin() const;
    [[nodiscard]] QStringList tagChoices() const;
    [[nodiscard]] QString rangeEnd() const;
    [[nodiscard]] bool rangeKnown() const;
    [[nodiscard]] QString rangeSummary() const;
    [[nodiscard]] QString rangeError() const;

    [[nodiscard]] QString text() const;
    void setText(const QString &text);
    [[nodiscard]] int lineCount() const;
    [[nodiscard]] int characterCount() const;
    [[nodiscard]] int characterLimit() const;
    [[nodiscard]] QString previewHtml() const;
    [[nodiscard]] qint64 previewLatency() const;
    [[nodiscard]] NotesPreviewModel *previewBlocks();

    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool messageIsError() const;
    [[nodiscard]] QStringList regenerationConflicts() const;
    [[nodiscard]] NotesLintFindingModel *findings();
    [[nodiscard]] bool linting() const;
    [[nodiscard]] NotesDraftController *draft();

    /// Replaces the text with freshly generated notes of the range.
    Q_INVOKABLE void generate();
    /// Refreshes the generated blocks, keeping every hand edit (edited blocks are kept and reported).
    Q_INVOKABLE void regenerate();
    /// Reads the range again (new tags or commits in the clone).
    Q_INVOKABLE void refreshRange();
    /// Runs the lint now instead of after the typing pause.
    Q_INVOKABLE void lintNow();
    /// Replaces the text with the notes in the local \a file (one undoable edit). A file that cannot be read
    /// or is not UTF-8 leaves the text as it is, and message says where the first bad byte is.
    Q_INVOKABLE void loadFile(const QUrl &file);

    /// The character position where 1-based \a line starts (clamped to the text).
    Q_INVOKABLE int positionOfLine(int line) const;
    /// The 1-based line of character position \a position.
    Q_INVOKABLE int lineOfPosition(int position) const;
    /// The next occurrence of \a query at or after \a from, wrapping around; -1 when there is none.
    Q_INVOKABLE int findNext(const QString &query, int from, bool caseSensitive = false) const;
    /// The last occurrence of \a query that starts before \a from, wrapping around; -1 when there is none.
    Q_INVOKABLE int findPrevious(const QString &query, int from, bool caseSensitive = false) const;
    /// Replaces the whole of \a document (the editor's) with \a text as one undoable edit, so that a single
    /// Undo brings back what a generation, a load or a merge replaced.
    Q_INVOKABLE void replaceContent(QQuickTextDocument *document, const QString &text) const;
    /// How many times \a query occurs.
    Q_INVOKABLE int countOccurrences(const QString &query, bool caseSensitive = false) const;

Q_SIGNALS:
    void sessionChanged();
    void repositoryPathChanged();
    void rangeChanged();
    void textChanged();
    /// The editor must replace its content with \a text: \a undoable for generation, regeneration, a load or
    /// a merge (the maintainer can undo them), not for the text of another release.
    void textReplaced(const QString &text, bool undoable);
    void previewChanged();
    void busyChanged();
    void messageChanged();
    void lintingChanged();
    /// A lint run ended; findings holds its result.
    void lintFinished();
    /// A generate, regenerate or range refresh ended (message says how).
    void generationFinished();

private:
    enum class JobKind {
        Range,
        Generate,
        Regenerate,
    };
    void loadRelease();
    void startJob(JobKind kind);
    void jobFinished();
    void replaceText(const QString &text, bool undoable = true);
    void applyText(const QString &text, bool persist);
    void lintDone();
    void saveText();
    void setBusy(bool busy);
    void setMessage(const QString &message, bool error = false, const QStringList &conflicts = {});
    void recordSyncState();
    void recordStep(StepState state, const QString &note);
    [[nodiscard]] notes::LintContext fallbackLintContext() const;

    QPointer<ReleaseSession> m_session;
    QString m_release;
    Playbook m_playbook;
    QString m_repositoryPath;
    QString m_chosenPreviousTag;
    NotesRangeJobResult m_range;
    QString m_text;
    markdown::PreviewRenderer m_preview;
    QString m_previewHtml;
    qint64 m_previewLatency = 0;
    NotesPreviewModel m_previewBlocks;

    bool m_busy = false;
    JobKind m_jobKind = JobKind::Range;
    bool m_jobAgain = false;
    QFutureWatcher<NotesRangeJobResult> m_jobWatcher;
    QString m_message;
    bool m_messageIsError = false;
    QStringList m_conflicts;

    NotesLintRunner m_lint;
    QTimer m_savePause;
    bool m_recordSyncAfterLint = false;
    NotesDraftController m_draft;
};

} // namespace ra
