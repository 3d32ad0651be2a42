// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/previewrenderer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::markdown::PreviewRenderer;

class TestPreviewRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pauseGrowsWithWhatAnUpdateCosts()
    {
        QCOMPARE(PreviewRenderer::pauseFor(0), 20);
        QVERIFY(PreviewRenderer::pauseFor(300) > PreviewRenderer::pauseFor(30));
        QCOMPARE(PreviewRenderer::pauseFor(1'000'000), 1000);
    }

    void aSlowViewLengthensThePause()
    {
        // A short text renders in a moment: the pause is short, unless showing the result is slow.
        PreviewRenderer renderer;
        QSignalSpy spy(&renderer, &PreviewRenderer::rendered);
        renderer.setText(u"# Hello"_s);
        QVERIFY(spy.wait(5000));
        QVERIFY2(renderer.pause() < 200, qPrintable(QString::number(renderer.pause())));
        renderer.setShowCost(400);
        QVERIFY(renderer.pause() >= 420);
    }

    void rendersAfterAPause()
    {
        PreviewRenderer renderer;
        QSignalSpy spy(&renderer, &PreviewRenderer::rendered);
        renderer.setText(u"# Hello"_s);
        QVERIFY(renderer.busy());
        QVERIFY(spy.wait(5000));
        QVERIFY(renderer.html().contains(u"<h1>Hello</h1>"_s));
        QCOMPARE(renderer.renderCount(), 1);
    }

    void typingCoalesces()
    {
        PreviewRenderer renderer;
        QSignalSpy spy(&renderer, &PreviewRenderer::rendered);
        // A burst of keystrokes within the pause renders once, with the last text.
        QString text;
        for (QChar c : u"Release notes"_s) {
            text += c;
            renderer.setText(text);
        }
        QVERIFY(spy.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!renderer.busy(), 5000);
        QCOMPARE(renderer.renderCount(), 1);
        QVERIFY(renderer.html().contains(u"Release notes"_s));
    }

    void latestTextWinsWhileRendering()
    {
        PreviewRenderer renderer;
        QSignalSpy spy(&renderer, &PreviewRenderer::rendered);
        const QString big = u"- item\n"_s.repeated(20'000);
        renderer.setText(big);
        renderer.renderNow();
        renderer.setText(big + u"first\n"_s);
        renderer.renderNow();
        renderer.setText(big + u"second\n"_s);
        renderer.renderNow(); // two requests while one runs: only the latest is rendered next
        QTRY_VERIFY_WITH_TIMEOUT(!renderer.busy() && renderer.html().contains(u"second"_s), 20000);
        QVERIFY(renderer.renderCount() <= 2);
        QVERIFY(!renderer.html().contains(u"first"_s));
    }

    void unchangedTextIsNotRenderedAgain()
    {
        PreviewRenderer renderer;
        QSignalSpy spy(&renderer, &PreviewRenderer::rendered);
        renderer.setText(u"x"_s);
        renderer.renderNow();
        QVERIFY(spy.wait(5000));
        renderer.setText(u"x"_s);
        renderer.renderNow();
        QVERIFY(!renderer.busy());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(renderer.renderCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPreviewRenderer)
#include "tst_previewrenderer.moc"
