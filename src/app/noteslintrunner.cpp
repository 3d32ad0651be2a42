// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/noteslintrunner.h"

#include <QtConcurrentRun>

namespace ra {

NotesLintRunner::NotesLintRunner(QObject *parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(400);
    connect(&m_pause, &QTimer::timeout, this, &NotesLintRunner::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &NotesLintRunner::done);
}

NotesLintRunner::~NotesLintRunner()
{
    m_watcher.waitForFinished();
}

void NotesLintRunner::setContextSource(std::function<notes::LintContext()> source)
{
    m_contextSource = std::move(source);
}

void NotesLintRunner::schedule(const QString &text)
{
    m_text = text;
    m_pause.start();
}

void NotesLintRunner::runNow(const QString &text)
{
    m_text = text;
    m_pause.stop();
    start();
}

bool NotesLintRunner::running() const
{
    return m_watcher.isRunning() || m_pause.isActive();
}

bool NotesLintRunner::pausing() const
{
    return m_pause.isActive();
}

NotesLintFindingModel *NotesLintRunner::findings()
{
    return &m_findings;
}

void NotesLintRunner::start()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const notes::LintContext context = m_contextSource ? m_contextSource() : notes::LintContext();
    m_watcher.setFuture(QtConcurrent::run([text = m_text, context] { return notes::lintNotes(text, context); }));
    Q_EMIT started();
}

void NotesLintRunner::done()
{
    m_findings.setFindings(m_watcher.result());
    if (m_again) {
        m_again = false;
        start();
        return;
    }
    Q_EMIT finished();
}

} // namespace ra
