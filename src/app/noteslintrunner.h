// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/noteslintfindingmodel.h"
#include "notes/noteslinter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ra {

/**
 * The notes workbench's lint, run off the UI thread a moment after typing stops: at most one run at a time,
 * and a text that changed during a run is linted again when it ends, so that the findings always end up
 * being those of the latest text.
 */
class NotesLintRunner : public QObject
{
    Q_OBJECT

public:
    explicit NotesLintRunner(QObject *parent = nullptr);
    ~NotesLintRunner() override;

    /// What a run checks the text against (the range's context, or a fallback), asked when a run starts.
    void setContextSource(std::function<notes::LintContext()> source);
    /// Lints \a text after the typing pause.
    void schedule(const QString &text);
    /// Lints \a text now (after the run under way, if any).
    void runNow(const QString &text);

    /// Whether a run is pending (typing pause) or under way.
    [[nodiscard]] bool running() const;
    /// Whether a typing pause runs: a text newer than the findings' is waiting.
    [[nodiscard]] bool pausing() const;
    [[nodiscard]] NotesLintFindingModel *findings();

Q_SIGNALS:
    /// A run started.
    void started();
    /// A run of the latest text ended; findings() holds its result.
    void finished();

private:
    void start();
    void done();

    QString m_text;
    std::function<notes::LintContext()> m_contextSource;
    NotesLintFindingModel m_findings;
    QTimer m_pause;
    QFutureWatcher<QList<notes::LintFinding>> m_watcher;
    bool m_again = false;
};

} // namespace ra
