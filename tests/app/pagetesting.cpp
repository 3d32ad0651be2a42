// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetesting.h"

#include <QDir>
#include <QMutex>
#include <QQuickItem>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

// The message handler is process-wide and QML may warn from the render thread.
QMutex warningsMutex;
QStringList warnings;
QtMessageHandler previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        QMutexLocker lock(&warningsMutex);
        warnings.append(message);
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
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

} // namespace ra::test
