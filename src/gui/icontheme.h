// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ra {

/// Makes Breeze the icon theme when the platform names none (a bare X11 or Wayland session, offscreen) or only
/// hicolor, and the fallback theme in any case, when Breeze is installed. Kirigami and KDE's desktop style name
/// their icons after Breeze's; without it their buttons and the sidebar show empty icon boxes. A theme the
/// desktop chose (Breeze Dark, Adwaita, …) is kept. Call once the QGuiApplication exists.
void useBreezeIconsWhereNoThemeIsSet();

} // namespace ra
