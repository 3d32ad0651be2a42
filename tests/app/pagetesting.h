// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QQuickItem;

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

} // namespace ra::test
