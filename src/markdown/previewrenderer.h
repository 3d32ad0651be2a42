// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace ra::markdown {

/// Renders the preview off the UI thread. A change starts a typing-pause timer whose length grows with the
/// document (ghostwriter's approach); at most one render runs at a time, and when it ends the latest text
/// wins: intermediate texts typed meanwhile are never rendered.
class PreviewRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    /// The pause after the last keystroke before rendering \a length characters: 20 ms to 1 s.
    [[nodiscard]] static int debounceFor(qsizetype length);

    /// Schedules a render of \a text after the typing pause.
    void setText(const QString &text);
    /// Renders the current text as soon as no render runs, skipping the typing pause.
    void renderNow();

    [[nodiscard]] QString html() const;
    [[nodiscard]] bool busy() const;
    /// How many renders ran to completion (coalesced requests are not counted).
    [[nodiscard]] int renderCount() const;

Q_SIGNALS:
    /// The preview HTML for a text changed; \a elapsedMs counts from the last keystroke to the result.
    void rendered(const QString &html, qint64 elapsedMs);

private:
    void start();
    void finished();

    QString m_text;
    QString m_renderingText;
    QString m_renderedText;
    QString m_html;
    bool m_haveRendered = false;
    int m_renderCount = 0;
    QTimer m_pause;
    QElapsedTimer m_sinceEdit;
    QFutureWatcher<QString> m_watcher;
};

} // namespace ra::markdown
