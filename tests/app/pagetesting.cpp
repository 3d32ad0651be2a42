// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetesting.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QMutex>
#include <QPalette>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQmlIncubationController>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// LeakSanitizer reads these for every page test. Once the engine and the window are gone (the tests check that
// their objects are destroyed), Qt Quick, its controls and KDE's desktop style leave a few cycles of their own
// behind at exit, depending on timing (dialog buttons with their icons and mnemonic shortcuts, binding
// bookkeeping); a leak that starts in our own code still has our frame on top and is still reported.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libQt6Qml.so\n"
           "leak:libQt6QmlMeta.so\n"
           "leak:libQt6QmlModels.so\n"
           "leak:libQt6Quick.so\n"
           "leak:libQt6QuickTemplates2.so\n"
           "leak:libQt6Gui.so\n"
           "leak:libharfbuzz.so\n"
           "leak:libKirigami\n"
           "leak:libKF6IconThemes.so\n"
           "leak:org.kde.desktop.so\n"
           "leak:liborg_kde_desktop.so\n"
           "leak:libqqc2desktopstyleplugin.so\n"
           "leak:.qmlc\n";
}

namespace ra::test {

namespace {

// The message handler is process-wide and QML may warn from the render thread.
QMutex warningsMutex;
QStringList warnings;
QtMessageHandler previousHandler = nullptr;

// Sonnet says so once per process where no spell-checking backend is installed (sonnet6-plugins): the
// environment's, not the page's.
bool environmentNotice(const QMessageLogContext &context)
{
    return context.category && qstrcmp(context.category, "kf.sonnet.core") == 0;
}

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) && !environmentNotice(context)) {
        QMutexLocker lock(&warningsMutex);
        warnings.append(message);
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

// Breeze Dark's colours, as a KDE colour scheme file: what KColorScheme (and so Kirigami's desktop theme) reads.
constexpr const char *DarkScheme = R"([General]
ColorScheme=ReleaseAssistantTestDark
Name=Release Assistant test dark

[Colors:Window]
BackgroundNormal=32,35,38
BackgroundAlternate=41,44,48
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundActive=61,174,233
ForegroundLink=29,153,243
ForegroundVisited=155,89,182
ForegroundNegative=218,68,83
ForegroundNeutral=246,116,0
ForegroundPositive=39,174,96
DecorationFocus=61,174,233
DecorationHover=61,174,233

[Colors:View]
BackgroundNormal=20,22,24
BackgroundAlternate=29,31,34
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundActive=61,174,233
ForegroundLink=29,153,243
ForegroundVisited=155,89,182
ForegroundNegative=218,68,83
ForegroundNeutral=246,116,0
ForegroundPositive=39,174,96
DecorationFocus=61,174,233
DecorationHover=61,174,233

[Colors:Button]
BackgroundNormal=41,44,48
BackgroundAlternate=38,40,44
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundActive=61,174,233
ForegroundLink=29,153,243
ForegroundVisited=155,89,182
ForegroundNegative=218,68,83
ForegroundNeutral=246,116,0
ForegroundPositive=39,174,96
DecorationFocus=61,174,233
DecorationHover=61,174,233

[Colors:Selection]
BackgroundNormal=61,174,233
BackgroundAlternate=30,87,116
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundActive=252,252,252
ForegroundLink=253,188,75
ForegroundVisited=189,195,199
ForegroundNegative=176,55,69
ForegroundNeutral=198,92,0
ForegroundPositive=23,104,57
DecorationFocus=61,174,233
DecorationHover=61,174,233

[Colors:Tooltip]
BackgroundNormal=41,44,48
BackgroundAlternate=32,35,38
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundActive=61,174,233
ForegroundLink=29,153,243
ForegroundVisited=155,89,182
ForegroundNegative=218,68,83
ForegroundNeutral=246,116,0
ForegroundPositive=39,174,96
DecorationFocus=61,174,233
DecorationHover=61,174,233

[Colors:Complementary]
BackgroundNormal=42,46,50
BackgroundAlternate=27,30,32
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundActive=61,174,233
ForegroundLink=29,153,243
ForegroundVisited=155,89,182
ForegroundNegative=218,68,83
ForegroundNeutral=246,116,0
ForegroundPositive=39,174,96
DecorationFocus=61,174,233
DecorationHover=61,174,233

[Colors:Header]
BackgroundNormal=41,44,48
BackgroundAlternate=32,35,38
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundActive=61,174,233
ForegroundLink=29,153,243
ForegroundVisited=155,89,182
ForegroundNegative=218,68,83
ForegroundNeutral=246,116,0
ForegroundPositive=39,174,96
DecorationFocus=61,174,233
DecorationHover=61,174,233
)";

QPalette darkPalette()
{
    const QColor window(32, 35, 38);
    const QColor view(20, 22, 24);
    const QColor button(41, 44, 48);
    const QColor text(252, 252, 252);
    const QColor inactive(161, 169, 177);
    const QColor highlight(61, 174, 233);
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor foreground = group == QPalette::Disabled ? inactive : text;
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, foreground);
        palette.setColor(group, QPalette::Base, view);
        palette.setColor(group, QPalette::AlternateBase, QColor(29, 31, 34));
        palette.setColor(group, QPalette::Text, foreground);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, foreground);
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::HighlightedText, text);
        palette.setColor(group, QPalette::ToolTipBase, button);
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::PlaceholderText, inactive);
        palette.setColor(group, QPalette::Link, QColor(29, 153, 243));
        palette.setColor(group, QPalette::LinkVisited, QColor(155, 89, 182));
        palette.setColor(group, QPalette::Light, button.lighter(130));
        palette.setColor(group, QPalette::Midlight, button.lighter(115));
        palette.setColor(group, QPalette::Mid, button.darker(130));
        palette.setColor(group, QPalette::Dark, button.darker(160));
        palette.setColor(group, QPalette::Shadow, QColor(0, 0, 0));
    }
    return palette;
}

} // namespace

void startCollectingWarnings()
{
    previousHandler = qInstallMessageHandler(collect);
}

void stopCollectingWarnings()
{
    qInstallMessageHandler(previousHandler);
    previousHandler = nullptr;
}

QStringList collectedWarnings()
{
    QMutexLocker lock(&warningsMutex);
    return warnings;
}

QStringList takeWarnings()
{
    QMutexLocker lock(&warningsMutex);
    return std::exchange(warnings, {});
}

void clearCollectedWarnings()
{
    QMutexLocker lock(&warningsMutex);
    warnings.clear();
}

QStringList visibleTexts(QQuickItem *item)
{
    QStringList texts;
    if (!item || !item->isVisible()) {
        return texts;
    }
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty()) {
        texts.append(text.toString());
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        texts.append(visibleTexts(child));
    }
    return texts;
}

QQuickItem *itemWithText(QQuickItem *root, const QString &text)
{
    if (!root || !root->isVisible()) {
        return nullptr;
    }
    if (root->property("text").toString() == text) {
        return root;
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = itemWithText(child, text)) {
            return found;
        }
    }
    return nullptr;
}

QString screenshotPath(const QString &name)
{
    const QDir folder(QDir(QStringLiteral(RA_BINARY_DIR)).filePath(u"screenshots"_s));
    QDir().mkpath(folder.path());
    return folder.filePath(name + u".png"_s);
}

void useDesktopStyle()
{
    QQuickStyle::setStyle(u"org.kde.desktop"_s);
    // The single-threaded render loop: with the default one, offscreen, what Kirigami's primitives give the
    // scene graph is never released when the window goes, and LeakSanitizer rightly reports it at exit.
    qputenv("QSG_RENDER_LOOP", "basic");
    // Breeze's icons, as a KDE session gives them (headless, Kirigami would pick its few built-in ones).
    QIcon::setThemeName(u"breeze"_s);
    // KDE's own setting for no animations, in a system config folder of the test's: a message that slides open
    // is shot open, not halfway (the desktop style reads it once, when Kirigami loads).
    static QTemporaryDir systemConfig;
    QFile globals(systemConfig.filePath(u"kdeglobals"_s));
    if (systemConfig.isValid() && globals.open(QIODevice::WriteOnly)) {
        globals.write("[KDE]\nAnimationDurationFactor=0\n");
        globals.close();
        qputenv("XDG_CONFIG_DIRS", systemConfig.path().toUtf8());
    }
}

bool useDarkColourScheme(QString *error)
{
    // Lives as long as the application may read it again (every palette change does).
    static QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = u"no temporary folder for the colour scheme: "_s + folder.errorString();
        return false;
    }
    QFile scheme(folder.filePath(u"ReleaseAssistantTestDark.colors"_s));
    if (!scheme.open(QIODevice::WriteOnly | QIODevice::Truncate) || scheme.write(DarkScheme) < 0) {
        *error = u"cannot write %1: %2"_s.arg(scheme.fileName(), scheme.errorString());
        return false;
    }
    scheme.close();
    // The property first: the palette change makes the desktop theme read KColorScheme again, which reads it.
    qApp->setProperty("KDE_COLOR_SCHEME_PATH", scheme.fileName());
    QGuiApplication::setPalette(darkPalette());
    return true;
}

double meanLuminance(const QImage &image)
{
    double sum = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QColor colour = image.pixelColor(x, y);
            sum += 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF();
            ++samples;
        }
    }
    return samples == 0 ? 0 : sum / samples;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

bool waitForIncubation(QQmlEngine *engine, int timeoutMs)
{
    QQmlIncubationController *controller = engine->incubationController();
    return !controller || QTest::qWaitFor([controller] { return controller->incubatingObjectCount() == 0; }, timeoutMs);
}

QColor themeColor(QQuickItem *item, const QString &role)
{
    // Evaluated in the item's own QML context, whose document imports Kirigami.
    QQmlExpression expression(qmlContext(item), item, u"Kirigami.Theme."_s + role);
    return expression.evaluate().value<QColor>();
}

QImage settledShot(QQmlEngine *engine, QQuickWindow *window)
{
    if (!waitForIncubation(engine)) {
        return {};
    }
    QQmlIncubationController *incubation = engine->incubationController();
    QImage previous;
    for (int frame = 0; frame < 120; ++frame) {
        QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
        window->update();
        if (!swapped.wait(5000)) {
            return {};
        }
        QImage shot = window->grabWindow();
        if (shot == previous && (!incubation || incubation->incubatingObjectCount() == 0)) {
            return shot;
        }
        previous = std::move(shot);
    }
    return previous;
}

} // namespace ra::test
