// SPDX-License-Identifier: GPL-3.0-or-later
#include "icontheme.h"

#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

const QString Breeze = u"breeze"_s;

bool hasBreeze(const QStringList &folders)
{
    return std::ranges::any_of(
        folders, [](const QString &folder) { return QFileInfo::exists(folder + u'/' + Breeze + u"/index.theme"_s); });
}

} // namespace

void useBreezeIconsWhereNoThemeIsSet()
{
    QStringList folders = QIcon::themeSearchPaths();
    if (!hasBreeze(folders)) {
        // Offscreen (and on platforms without a theme of their own) Qt looks into its resources only, not into
        // the folders where the XDG base directory spec installs icon themes.
        const QStringList installed =
            QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"icons"_s, QStandardPaths::LocateDirectory);
        for (const QString &folder : installed) {
            if (!folders.contains(folder)) {
                folders.append(folder);
            }
        }
        if (!hasBreeze(folders)) {
            return;
        }
        QIcon::setThemeSearchPaths(folders);
    }
    // hicolor is the freedesktop base every theme inherits: a platform that names it has no theme of its own.
    const QString current = QIcon::themeName();
    if (current.isEmpty() || current == u"hicolor"_s) {
        QIcon::setThemeName(Breeze);
    }
    // A desktop's own theme (GNOME's Adwaita) lacks many of the names Kirigami uses: those come from Breeze.
    QIcon::setFallbackThemeName(Breeze);
}

} // namespace ra
