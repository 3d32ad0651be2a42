// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/incrementalpreview.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace ra::markdown {

/// Renders the preview off the UI thread. A change starts a typing pause as long as the last update cost (its
/// render plus what showing it cost the UI thread, setShowCost()), so that a burst of keystrokes renders once
/// and updates never take more of the UI thread than typing leaves; at most one render runs at a time, and when
/// it ends the latest text wins: intermediate texts typed meanwhile are never rendered. Renders reuse the HTML
/// of the blocks that did not change (IncrementalPreview).
class PreviewRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    /// The pause after the last keystroke before rendering, when an update last cost \a costMs: 20 ms to 1 s.
    [[nodiscard]] static int pauseFor(qint64 costMs);

    /// Schedules a render of \a text after the typing pause.
    void setText(const QString &text);
    /// Renders the current text as soon as no render runs, skipping the typing pause.
    void renderNow();
    /// What showing the last rendered() HTML cost the UI thread, in ms: the next pauses wait that long too.
    void setShowCost(qint64 costMs);

    [[nodiscard]] QString html() const;
    /// html() in pieces, one per run of blocks (IncrementalPreview::lastRunsHtml()), for a view that shows
    /// and lays out only the pieces that changed.
    [[nodiscard]] QStringList runsHtml() const;
    [[nodiscard]] bool busy() const;
    /// How many renders ran to completion (coalesced requests are not counted).
    [[nodiscard]] int renderCount() const;
    /// The pause the next setText() waits, in ms.
    [[nodiscard]] int pause() const;

Q_SIGNALS:
    /// The preview HTML for a text changed; \a elapsedMs counts from the last keystroke to the result.
    void rendered(const QString &html, qint64 elapsedMs);

private:
    struct Result {
        QString html;
        QStringList runsHtml;
        qint64 renderMs = 0;
    };

    void start();
    void finished();

    QString m_text;
    QString m_renderingText;
    QString m_renderedText;
    QString m_html;
    QStringList m_runsHtml;
    bool m_haveRendered = false;
    int m_renderCount = 0;
    qint64 m_renderCost = 0;
    qint64 m_showCost = 0;
    QTimer m_pause;
    QElapsedTimer m_sinceEdit;
    /// Used by one render at a time, on the worker thread; the destructor waits for it.
    IncrementalPreview m_incremental;
    QFutureWatcher<Result> m_watcher;
};

} // namespace ra::markdown
