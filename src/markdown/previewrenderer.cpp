// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/previewrenderer.h"

#include <QtConcurrentRun>

#include <algorithm>

namespace ra::markdown {

PreviewRenderer::PreviewRenderer(QObject *parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &PreviewRenderer::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &PreviewRenderer::finished);
}

PreviewRenderer::~PreviewRenderer()
{
    // The worker renders with m_incremental: it must end before this object does.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

int PreviewRenderer::pauseFor(qint64 costMs)
{
    return int(std::clamp<qint64>(20 + costMs, 20, 1000));
}

void PreviewRenderer::setText(const QString &text)
{
    m_text = text;
    m_sinceEdit.start();
    m_pause.start(pause());
}

void PreviewRenderer::setShowCost(qint64 costMs)
{
    m_showCost = std::max<qint64>(0, costMs);
}

int PreviewRenderer::pause() const
{
    return pauseFor(m_renderCost + m_showCost);
}

void PreviewRenderer::renderNow()
{
    if (!m_sinceEdit.isValid()) {
        m_sinceEdit.start();
    }
    m_pause.stop();
    start();
}

QString PreviewRenderer::html() const
{
    return m_html;
}

QStringList PreviewRenderer::runsHtml() const
{
    return m_runsHtml;
}

bool PreviewRenderer::busy() const
{
    return m_watcher.isRunning() || m_pause.isActive();
}

int PreviewRenderer::renderCount() const
{
    return m_renderCount;
}

void PreviewRenderer::start()
{
    if (m_watcher.isRunning()) {
        return; // finished() picks up the latest text.
    }
    if (m_haveRendered && m_text == m_renderedText) {
        return;
    }
    m_renderingText = m_text;
    m_watcher.setFuture(QtConcurrent::run([this, text = m_renderingText] {
        QElapsedTimer timer;
        timer.start();
        Result result{m_incremental.render(text), m_incremental.lastRunsHtml(), 0};
        result.renderMs = timer.elapsed();
        return result;
    }));
}

void PreviewRenderer::finished()
{
    m_renderedText = m_renderingText;
    m_haveRendered = true;
    const Result result = m_watcher.result();
    m_html = result.html;
    m_runsHtml = result.runsHtml;
    m_renderCost = result.renderMs;
    ++m_renderCount;
    Q_EMIT rendered(m_html, m_sinceEdit.isValid() ? m_sinceEdit.elapsed() : 0);
    if (m_text != m_renderedText && !m_pause.isActive()) {
        start();
    }
}

} // namespace ra::markdown
