// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <optional>

namespace ra::net {

/// The outcome of a request: the last HTTP response received (after redirects and retries) and the error,
/// if the request failed.
struct Response {
    int status = 0; ///< 0 when no response was received
    QList<std::pair<QByteArray, QByteArray>> headers; ///< as received, names in lower case
    QByteArray body; ///< empty when the request had a downloadPath
    QUrl url; ///< the URL that produced this response (the last redirect target)
    Error error;
    int attempts = 0; ///< how many times the request was sent (retries + 1)
    QJsonArray items; ///< with Request::followPages: the array items of every page, in order
    qint64 downloadedBytes = 0; ///< with downloadPath: the size of the file at the end

    [[nodiscard]] bool ok() const
    {
        return !error.isError() && status >= 200 && status < 300;
    }
    /// The first value of header \a name (case-insensitive), empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    /// The body as JSON, leniently: an empty document when it is not JSON (for error bodies).
    [[nodiscard]] QJsonDocument json() const;
    /// The body when it is one JSON object and nothing else; nullopt for anything else (an HTML page, cut JSON).
    [[nodiscard]] std::optional<QJsonObject> jsonObject() const;
    /// The body when it is one JSON array and nothing else; nullopt otherwise.
    [[nodiscard]] std::optional<QJsonArray> jsonArray() const;
    /// The rel="next" URL of the Link header, exactly as given; empty on the last page.
    [[nodiscard]] QUrl nextPageUrl() const;
};

/// Parses an RFC 8288 Link header into rel → URL ("next", "last", "prev", "first").
[[nodiscard]] QHash<QString, QUrl> parseLinkHeader(const QByteArray &value);

} // namespace ra::net
