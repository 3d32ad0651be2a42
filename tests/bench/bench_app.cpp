// SPDX-License-Identifier: GPL-3.0-or-later
// The app as `release-assistant --demo` starts it, measured; not a test, it asserts nothing. The demo starts
// (its stand-in services on 127.0.0.1, in this process as in the app's), the app's Main.qml is loaded from its
// QML module with the app's style, and the time from the process's start to the first frame is the first-frame
// figure. Then every page is visited (pre-flight, the seven steps of a demo release, Settings), each until the
// engine builds nothing more and a frame has been drawn, and once all have settled the memory the process holds
// is read: VmRSS (/proc/self/status) and Private_Dirty (/proc/self/smaps_rollup: what the process alone holds
// and wrote, without the shared libraries' pages).
//   bench_app
#include "benchresult.h"

#include "app/releasesession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QQmlApplicationEngine>
#include <QQmlIncubationController>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QtQml/QQmlExtensionPlugin>

#include <malloc.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

namespace {

constexpr double MemoryGoalMb = 150;
constexpr double FirstFrameGoalMs = 1000;

/// How long this process has run, in ms: from its start (exec, loading the libraries) on, as a user sees it.
double processAgeMs()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // The fields after the command's name (which may hold spaces) in brackets; the start time is field 22.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

/// The value in kB of \a field in \a path (a /proc file of "Name:   value kB" lines), -1 when absent.
qint64 procKb(const QString &path, const QByteArray &field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':')) {
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

/// Waits until \a engine builds nothing asynchronously and \a window has drawn a frame after that.
bool settle(QQmlEngine &engine, QQuickWindow *window)
{
    QQmlIncubationController *incubation = engine.incubationController();
    if (incubation && !QTest::qWaitFor([incubation] { return incubation->incubatingObjectCount() == 0; }, 20000)) {
        return false;
    }
    for (int frame = 0; frame < 2; ++frame) {
        QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
        window->update();
        if (!swapped.wait(10000)) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    // The demo's settings and data, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    // As main.cpp: KDE's desktop style where it is installed, Fusion elsewhere.
    const bool kdeStyle =
        QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::QmlImportsPath) + u"/org/kde/desktop/qmldir"_s);
    QQuickStyle::setStyle(kdeStyle ? u"org.kde.desktop"_s : u"Fusion"_s);

    ra::ReleaseSession *session = ra::ReleaseSession::instance();
    session->startDemo();
    if (!session->demoMode()) {
        out << "bench_app: the demo does not start: " << session->lastError() << Qt::endl;
        ra::bench::printResult(out, u"First frame (release-assistant --demo)"_s, u"the demo does not start"_s,
                               u"< 1 s"_s, false);
        return 1;
    }
    const double demoStartedMs = processAgeMs();

    double firstFrameMs = -1;
    QQmlApplicationEngine engine;
    engine.loadFromModule("ReleaseAssistant", "Main");
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        out << "bench_app: Main.qml does not load" << Qt::endl;
        return 1;
    }
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&firstFrameMs] {
        if (firstFrameMs < 0) {
            firstFrameMs = processAgeMs();
        }
    });
    if (!QTest::qWaitFor([&firstFrameMs] { return firstFrameMs >= 0; }, 30000)) {
        out << "bench_app: no frame within 30 s" << Qt::endl;
        return 1;
    }
    out << u"bench_app: first frame %1 ms after the process started (the demo's services ready after %2 ms)"_s
               .arg(firstFrameMs, 0, 'f', 0)
               .arg(demoStartedMs, 0, 'f', 0)
        << Qt::endl;
    ra::bench::printResult(out, u"First frame of release-assistant --demo, from the process's start"_s,
                           u"%1 ms"_s.arg(firstFrameMs, 0, 'f', 0), u"< 1 s"_s, firstFrameMs < FirstFrameGoalMs);

    const qint64 rssAtFirstFrame = procKb(u"/proc/self/status"_s, "VmRSS");
    if (!session->startRelease(u"v1.2.0"_s)) {
        out << "bench_app: the demo release does not start: " << session->lastError() << Qt::endl;
        return 1;
    }
    const QStringList pages{u"preflight"_s, u"staging"_s,        u"tag"_s,      u"scoring-table"_s, u"notes"_s,
                            u"packages"_s,  u"review-publish"_s, u"announce"_s, u"settings"_s};
    for (const QString &key : pages) {
        if (!QMetaObject::invokeMethod(window, "showPage", Q_ARG(QString, key)) || !settle(engine, window)) {
            out << "bench_app: the page " << key << " does not settle" << Qt::endl;
            return 1;
        }
        out << u"bench_app: after the %1 page: VmRSS %2 MB (RssAnon %3 MB, RssFile %4 MB)"_s.arg(key)
                   .arg(double(procKb(u"/proc/self/status"_s, "VmRSS")) / 1024.0, 0, 'f', 1)
                   .arg(double(procKb(u"/proc/self/status"_s, "RssAnon")) / 1024.0, 0, 'f', 1)
                   .arg(double(procKb(u"/proc/self/status"_s, "RssFile")) / 1024.0, 0, 'f', 1)
            << Qt::endl;
    }
    // Idle: what the pages started in the background (checks, range reads, renders) has ended.
    QTest::qWait(2000);
    if (!settle(engine, window)) {
        out << "bench_app: the window does not settle" << Qt::endl;
        return 1;
    }
    const double rssMb = double(procKb(u"/proc/self/status"_s, "VmRSS")) / 1024.0;
    const double dirtyMb = double(procKb(u"/proc/self/smaps_rollup"_s, "Private_Dirty")) / 1024.0;
    const double heapMb = double(procKb(u"/proc/self/status"_s, "RssAnon")) / 1024.0;
    out << u"bench_app: idle after every page: VmRSS %1 MB (%2 MB at the first frame), RssAnon %3 MB, "
           u"Private_Dirty %4 MB"_s.arg(rssMb, 0, 'f', 1)
               .arg(double(rssAtFirstFrame) / 1024.0, 0, 'f', 1)
               .arg(heapMb, 0, 'f', 1)
               .arg(dirtyMb, 0, 'f', 1)
        << Qt::endl;
    ra::bench::printResult(out, u"App idle memory after visiting every page (VmRSS)"_s,
                           u"%1 MB (Private_Dirty %2 MB)"_s.arg(rssMb, 0, 'f', 0).arg(dirtyMb, 0, 'f', 0),
                           u"< 150 MB (release)"_s, rssMb < MemoryGoalMb);
    // Not part of the figure: how much of the heap is free memory the allocator keeps rather than gives back.
    malloc_trim(0);
    out << u"bench_app: after malloc_trim: VmRSS %1 MB"_s.arg(double(procKb(u"/proc/self/status"_s, "VmRSS")) / 1024.0,
                                                              0, 'f', 1)
        << Qt::endl;

    // As the app at its end (aboutToQuit): the window and its pages go, then the demo's services.
    engine.clearComponentCache();
    const QList<QObject *> roots = engine.rootObjects();
    for (QObject *root : roots) {
        root->deleteLater();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    session->stopDemo();
    return 0;
}
