// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/endpoints.h"

namespace ra::github {

namespace {

QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(prefix + (query < 0 ? path : path.left(query)), QUrl::StrictMode);
    if (query >= 0) {
        url.setQuery(path.mid(query + 1), QUrl::StrictMode);
    }
    return url;
}

} // namespace

QUrl Endpoints::apiUrl(const QString &path) const
{
    return join(api, path);
}

QUrl Endpoints::webUrl(const QString &path) const
{
    return join(web, path);
}

} // namespace ra::github
