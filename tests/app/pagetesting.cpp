// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetesting.h"
#include "icontheme.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
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

// A colour scheme as KDE writes it: per colour set its background and foreground, the accents shared.
struct ColourSet {
    const char *name;
    QColor background;
    QColor alternate;
    QColor text;
    QColor inactive;
};

struct Scheme {
    const char *id;
    QList<ColourSet> sets;
    QColor link;
    QColor hover;
};

// Breeze's and Breeze Dark's colours: what KColorScheme (and so Kirigami's desktop theme) reads.
Scheme schemeColours(ColourScheme scheme)
{
    if (scheme == ColourScheme::Dark) {
        const QColor text(252, 252, 252);
        const QColor inactive(161, 169, 177);
        return {"ReleaseAssistantTestDark",
                {{"Window", {32, 35, 38}, {41, 44, 48}, text, inactive},
                 {"View", {20, 22, 24}, {29, 31, 34}, text, inactive},
                 {"Button", {41, 44, 48}, {38, 40, 44}, text, inactive},
                 {"Selection", {61, 174, 233}, {30, 87, 116}, text, inactive},
                 {"Tooltip", {41, 44, 48}, {32, 35, 38}, text, inactive},
                 {"Complementary", {42, 46, 50}, {27, 30, 32}, text, inactive},
                 {"Header", {41, 44, 48}, {32, 35, 38}, text, inactive}},
                {29, 153, 243},
                {61, 174, 233}};
    }
    const QColor text(35, 38, 41);
    const QColor inactive(112, 125, 138);
    return {"ReleaseAssistantTestLight",
            {{"Window", {239, 240, 241}, {227, 229, 231}, text, inactive},
             {"View", {255, 255, 255}, {247, 247, 247}, text, inactive},
             {"Button", {252, 252, 252}, {163, 212, 250}, text, inactive},
             {"Selection", {61, 174, 233}, {163, 212, 250}, {255, 255, 255}, inactive},
             {"Tooltip", {247, 247, 247}, {239, 240, 241}, text, inactive},
             {"Complementary", {42, 46, 50}, {27, 30, 32}, {252, 252, 252}, {161, 169, 177}},
             {"Header", {222, 224, 226}, {239, 240, 241}, text, inactive}},
            {41, 128, 185},
            {147, 206, 233}};
}

QByteArray rgb(const QColor &colour)
{
    return QByteArray::number(colour.red()) + ',' + QByteArray::number(colour.green()) + ',' +
           QByteArray::number(colour.blue());
}

QByteArray schemeFile(const Scheme &scheme)
{
    QByteArray file = QByteArray("[General]\nColorScheme=") + scheme.id + "\nName=" + scheme.id + '\n';
    for (const ColourSet &set : scheme.sets) {
        file += QByteArray("\n[Colors:") + set.name + "]\n";
        file += "BackgroundNormal=" + rgb(set.background) + '\n';
        file += "BackgroundAlternate=" + rgb(set.alternate) + '\n';
        file += "ForegroundNormal=" + rgb(set.text) + '\n';
        file += "ForegroundInactive=" + rgb(set.inactive) + '\n';
        file += "ForegroundActive=61,174,233\n";
        file += "ForegroundLink=" + rgb(scheme.link) + '\n';
        file += "ForegroundVisited=155,89,182\n";
        file += "ForegroundNegative=218,68,83\n";
        file += "ForegroundNeutral=246,116,0\n";
        file += "ForegroundPositive=39,174,96\n";
        file += "DecorationFocus=61,174,233\n";
        file += "DecorationHover=" + rgb(scheme.hover) + '\n';
    }
    return file;
}

QPalette palette(const Scheme &scheme)
{
    const ColourSet &window = scheme.sets.at(0);
    const ColourSet &view = scheme.sets.at(1);
    const ColourSet &button = scheme.sets.at(2);
    const ColourSet &selection = scheme.sets.at(3);
    const ColourSet &tooltip = scheme.sets.at(4);
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        palette.setColor(group, QPalette::Window, window.background);
        palette.setColor(group, QPalette::WindowText, disabled ? window.inactive : window.text);
        palette.setColor(group, QPalette::Base, view.background);
        palette.setColor(group, QPalette::AlternateBase, view.alternate);
        palette.setColor(group, QPalette::Text, disabled ? view.inactive : view.text);
        palette.setColor(group, QPalette::Button, button.background);
        palette.setColor(group, QPalette::ButtonText, disabled ? button.inactive : button.text);
        palette.setColor(group, QPalette::Highlight, selection.background);
        palette.setColor(group, QPalette::HighlightedText, selection.text);
        palette.setColor(group, QPalette::ToolTipBase, tooltip.background);
        palette.setColor(group, QPalette::ToolTipText, tooltip.text);
        palette.setColor(group, QPalette::PlaceholderText, view.inactive);
        palette.setColor(group, QPalette::Link, scheme.link);
        palette.setColor(group, QPalette::LinkVisited, QColor(155, 89, 182));
        palette.setColor(group, QPalette::Light, button.background.lighter(130));
        palette.setColor(group, QPalette::Midlight, button.background.lighter(115));
        palette.setColor(group, QPalette::Mid, button.background.darker(130));
        palette.setColor(group, QPalette::Dark, button.background.darker(160));
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
    // Breeze's icons, as the app sets them where the platform names no theme (offscreen does not).
    ra::useBreezeIconsWhereNoThemeIsSet();
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

bool useColourScheme(ColourScheme scheme, QString *error)
{
    // Lives as long as the application may read it again (every palette change does).
    static QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = u"no temporary folder for the colour scheme: "_s + folder.errorString();
        return false;
    }
    const Scheme colours = schemeColours(scheme);
    QFile file(folder.filePath(QString::fromLatin1(colours.id) + u".colors"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(schemeFile(colours)) < 0) {
        *error = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    file.close();
    // The property first: the palette change makes the desktop theme read KColorScheme again, which reads it.
    qApp->setProperty("KDE_COLOR_SCHEME_PATH", file.fileName());
    QGuiApplication::setPalette(palette(colours));
    return true;
}

bool useDarkColourScheme(QString *error)
{
    return useColourScheme(ColourScheme::Dark, error);
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
