// SPDX-License-Identifier: GPL-3.0-or-later
// The notes page's preview after a keystroke, measured through the code the page runs; not a test, it asserts
// nothing. A 1,000- and a 5,000-line release-notes document gets one-character edits, each time somewhere else,
// each given to NotesWorkbench::setText() as the editor does; the latency runs until previewChanged() has brought
// the new HTML into a rich-text TextEdit as the page's NotesPreview binds it (parse and layout, on the UI thread,
// where a long pause stalls typing).
//   bench_preview [edits at 5,000 lines, default 40]
#include "benchresult.h"
#include "notesdocument.h"

#include "app/notesworkbench.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr double PreviewGoalMs = 150;

struct PreviewMeasure {
    ra::bench::Stats latency; ///< keystroke to the new preview shown, in ms
    ra::bench::Stats keystroke; ///< setText() on the UI thread, in ms
    ra::bench::Stats show; ///< the HTML into the rich-text view, in ms
    qsizetype characters = 0;
    qsizetype htmlCharacters = 0;
    bool ok = true;
};

PreviewMeasure measure(QQuickItem *view, int lineCount, int edits)
{
    PreviewMeasure m;
    ra::NotesWorkbench workbench;
    QSignalSpy changed(&workbench, &ra::NotesWorkbench::previewChanged);
    // The page binds its view to previewHtml: the view takes the HTML while previewChanged() is delivered.
    std::vector<double> show;
    QObject::connect(&workbench, &ra::NotesWorkbench::previewChanged, view, [&workbench, view, &show] {
        QElapsedTimer timer;
        timer.start();
        view->setProperty("text", workbench.previewHtml());
        (void)view->property("contentHeight"); // the layout the window needs before it can draw
        show.push_back(double(timer.nsecsElapsed()) / 1e6);
    });
    QString text = ra::bench::notesDocument(lineCount);
    workbench.setText(text);
    if (!changed.wait(30000)) {
        m.ok = false;
        return m;
    }
    show.clear();
    std::vector<double> latency;
    std::vector<double> keystroke;
    for (int i = 0; i < edits; ++i) {
        // One keystroke somewhere in the document, each time at another place: insert a letter.
        const qsizetype position = (qsizetype(i) * 7919) % text.size();
        text.insert(position, u'x');
        changed.clear();
        QElapsedTimer timer;
        timer.start();
        workbench.setText(text);
        keystroke.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!changed.wait(30000)) {
            m.ok = false;
            return m;
        }
        latency.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    m.latency = ra::bench::stats(latency);
    m.keystroke = ra::bench::stats(keystroke);
    m.show = ra::bench::stats(show);
    m.characters = text.size();
    m.htmlCharacters = workbench.previewHtml().size();
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int edits = qMax(1, app.arguments().value(1, u"40"_s).toInt());

    // The page's preview view: NotesPreview's TextArea is a TextEdit with these properties.
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nTextEdit { width: 900; readOnly: true; textFormat: TextEdit.RichText; "
                      "wrapMode: TextEdit.Wrap }\n",
                      QUrl());
    std::unique_ptr<QObject> object(component.create());
    auto *view = qobject_cast<QQuickItem *>(object.get());
    if (!view) {
        out << "bench_preview: cannot create the rich-text view: " << component.errorString() << Qt::endl;
        return 1;
    }

    for (const int lineCount : {1000, 5000}) {
        const PreviewMeasure m = measure(view, lineCount, lineCount >= 5000 ? edits : edits * 2);
        if (!m.ok) {
            out << "bench_preview: no preview came within 30 s" << Qt::endl;
            ra::bench::printResult(out, u"Preview at 5,000 lines: last keystroke to new preview"_s,
                                   u"no preview within 30 s"_s, u"≤ 150 ms"_s, false);
            return 1;
        }
        out << QStringLiteral(
                   "bench_preview [%1 lines, %2 chars, %3 chars of HTML]: keystroke to new preview: "
                   "median %4 ms, p95 %5 ms; setText on the UI thread: max %6 ms; of which showing it in the "
                   "rich-text view (UI thread): median %7 ms, max %8 ms")
                   .arg(lineCount)
                   .arg(m.characters)
                   .arg(m.htmlCharacters)
                   .arg(m.latency.median, 0, 'f', 1)
                   .arg(m.latency.p95, 0, 'f', 1)
                   .arg(m.keystroke.max, 0, 'f', 2)
                   .arg(m.show.median, 0, 'f', 1)
                   .arg(m.show.max, 0, 'f', 1)
            << Qt::endl;
        if (lineCount == 5000) {
            const double total = m.latency.median;
            ra::bench::printResult(out, u"Preview at 5,000 lines: last keystroke to new preview"_s,
                                   u"%1 ms (of which %2 ms showing it in the rich-text view)"_s.arg(total, 0, 'f', 0)
                                       .arg(m.show.median, 0, 'f', 0),
                                   u"≤ 150 ms"_s, total <= PreviewGoalMs);
            ra::bench::printResult(out, u"Preview at 5,000 lines: longest UI-thread pause per keystroke"_s,
                                   u"%1 ms"_s.arg(std::max(m.keystroke.max, m.show.max), 0, 'f', 0),
                                   u"typing never blocked (< 50 ms)"_s, std::max(m.keystroke.max, m.show.max) < 50);
        }
    }
    return 0;
}
