// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/previewrenderer.h"

#include "markdown/markdownrenderer.h"

#include <QtConcurrentRun>

#include <algorithm>

namespace ra::markdown {

PreviewRenderer::PreviewRenderer(QObject *parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &PreviewRenderer::start);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &PreviewRenderer::finished);
}

PreviewRenderer::~PreviewRenderer()
{
    // The worker owns only its copy of the text, but the watcher must not outlive a pending result.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

int PreviewRenderer::debounceFor(qsizetype length)
{
    return int(std::clamp<qsizetype>(20 + length / 400, 20, 1000));
}

void PreviewRenderer::setText(const QString &text)
{
    m_text = text;
    m_sinceEdit.start();
    m_pause.start(debounceFor(text.size()));
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
    m_watcher.setFuture(QtConcurrent::run(renderPreviewHtml, m_renderingText));
}

void PreviewRenderer::finished()
{
    m_renderedText = m_renderingText;
    m_haveRendered = true;
    m_html = m_watcher.result();
    ++m_renderCount;
    Q_EMIT rendered(m_html, m_sinceEdit.isValid() ? m_sinceEdit.elapsed() : 0);
    if (m_text != m_renderedText && !m_pause.isActive()) {
        start();
    }
}

} // namespace ra::markdown
