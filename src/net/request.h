// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace ra::net {

/// One HTTP request as a service client describes it. A value: copy it, change it, send it again.
struct Request {
    /// Opens a fresh body stream for each attempt (retries re-send the whole body).
    using BodySource = std::function<std::unique_ptr<QIODevice>()>;

    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;

    /// The body, when it fits in memory. Ignored when bodySource is set.
    QByteArray body;
    /// A streamed body of bodySize bytes (sent with Content-Length, never chunked): uploads from disk.
    BodySource bodySource;
    qint64 bodySize = -1;

    /// When set, the response body is written to this file as it arrives instead of being kept in memory.
    QString downloadPath;
    /// With downloadPath: continue a partial file with "Range: bytes=<size>-" (a 200 reply restarts it).
    bool resumeDownload = false;

    /// POST and PATCH are not retried after a failure the server may have acted on, unless the caller
    /// knows a repeat is harmless.
    bool retrySafe = false;
    /// Follow redirects (manually: credentials never go to another host). Off: a 3xx is the result.
    bool followRedirects = true;
    /// Follow the Link rel="next" pages and gather their JSON arrays into Response::items. itemsKey names the
    /// array inside an object page ("workflow_runs"); empty when each page is an array.
    bool followPages = false;
    QString itemsKey;
    int maxPages = 50;

    /// Timeouts in milliseconds; unset uses the client's defaults.
    std::optional<int> connectTimeoutMs;
    std::optional<int> stallTimeoutMs;

    /// Header names besides Authorization, Cookie and Proxy-Authorization that carry credentials and must
    /// never reach another host or a log.
    QList<QByteArray> credentialHeaders;

    Request() = default;
    Request(const QByteArray &method, const QUrl &url);

    /// Sets \a name to \a value, replacing an earlier value.
    Request &setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    void removeHeader(const QByteArray &name);
    /// A JSON body with its Content-Type.
    Request &setJsonBody(const QByteArray &json);
    /// Streams the file at \a path as the body (its size is read now).
    Request &setBodyFile(const QString &path);

    /// GET, HEAD, PUT, DELETE, OPTIONS, or anything marked retrySafe.
    [[nodiscard]] bool isIdempotent() const;
    [[nodiscard]] bool isCredentialHeader(const QByteArray &name) const;
    /// The body size in bytes (body or bodySize).
    [[nodiscard]] qint64 contentLength() const;
};

} // namespace ra::net
