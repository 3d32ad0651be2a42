// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>

class QImage;
class QQmlEngine;
class QQuickItem;

class QQmlEngine;
class QQuickWindow;

namespace ra::test {

/// From now on, records every warning and critical message (QML's warnings among them), still printing them.
void startCollectingWarnings();
void stopCollectingWarnings();
/// What was recorded since the last take or clear.
[[nodiscard]] QStringList collectedWarnings();
[[nodiscard]] QStringList takeWarnings();
void clearCollectedWarnings();

/// The texts of every visible item under \a item (labels, buttons, fields), depth first.
[[nodiscard]] QStringList visibleTexts(QQuickItem *item);
/// The first visible item under \a root whose text is \a text, or null.
[[nodiscard]] QQuickItem *itemWithText(QQuickItem *root, const QString &text);
/// <build>/screenshots/<name>.png; the folder is created.
[[nodiscard]] QString screenshotPath(const QString &name);

/// The app's style: KDE's desktop style, whose Kirigami theme follows the colour scheme (call before any QML).
void useDesktopStyle();
enum class ColourScheme { Light, Dark };
/// Switches the running application to \a scheme (Breeze's or Breeze Dark's colours), as KDE's colour scheme
/// manager does: the scheme file for KColorScheme, then the palette, which makes every Kirigami theme reload.
/// Returns false with \a error when the scheme file cannot be written.
bool useColourScheme(ColourScheme scheme, QString *error);
/// useColourScheme(ColourScheme::Dark, error).
bool useDarkColourScheme(QString *error);
/// The mean relative luminance (0 black … 1 white) of \a image, sampled every fourth pixel.
[[nodiscard]] double meanLuminance(const QImage &image);
/// How many distinct colours \a image has, sampled every fourth pixel: a nearly blank page has very few.
[[nodiscard]] int distinctColours(const QImage &image);
/// Waits until \a engine builds nothing asynchronously any more (Kirigami loads parts of its tool bars so):
/// an object still being built when the engine is destroyed is leaked. False after \a timeoutMs.
[[nodiscard]] bool waitForIncubation(QQmlEngine *engine, int timeoutMs = 10000);
/// \a window once what it shows has settled: \a engine builds nothing asynchronously any more and two frames in a
/// row look the same (Kirigami's forms size themselves on a timer, its tool bars are built asynchronously). A null
/// image when a frame does not come.
[[nodiscard]] QImage settledShot(QQmlEngine *engine, QQuickWindow *window);
/// Kirigami.Theme.<\a role> (e.g. "negativeTextColor") as \a item sees it.
[[nodiscard]] QColor themeColor(QQuickItem *item, const QString &role);

} // namespace ra::test
