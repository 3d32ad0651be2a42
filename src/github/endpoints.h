// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace ra::github {

/// The three GitHub hosts; tests point them at local twins.
struct Endpoints {
    QUrl api = QUrl(QStringLiteral("https://api.github.com"));
    QUrl uploads = QUrl(QStringLiteral("https://uploads.github.com"));
    QUrl web = QUrl(QStringLiteral("https://github.com"));

    /// \a path appended to the API base (which may carry a path prefix, as GitHub Enterprise's /api/v3).
    [[nodiscard]] QUrl apiUrl(const QString &path) const;
    [[nodiscard]] QUrl webUrl(const QString &path) const;
};

} // namespace ra::github
