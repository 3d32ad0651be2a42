// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/request.h"
#include "net/response.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

namespace ra::net {
class HttpClient;
}

namespace ra::packages {

/// Where step 5 talks to: the API host, the repository and the token (never logged, never put in a URL).
struct GitHubTarget {
    QUrl apiUrl = QUrl(QStringLiteral("https://api.github.com"));
    QString repository; ///< "owner/name"
    QByteArray token;

    /// apiUrl + "/repos/<owner>/<name>" + \a path.
    [[nodiscard]] QUrl repoUrl(const QString &path) const;
    /// A request with GitHub's headers (Accept, API version, Authorization when a token is set).
    [[nodiscard]] net::Request request(const QByteArray &method, const QUrl &url) const;
};

/// Sends \a request and waits for it in a local event loop (step 5 runs off the UI thread, or in the CLI).
/// \a cancel, when set, cancels the call within 50 ms. \a progress receives upload or download progress.
[[nodiscard]] net::Response sendAndWait(net::HttpClient &client, const net::Request &request,
                                        const std::atomic_bool *cancel = nullptr,
                                        const std::function<void(qint64, qint64)> &progress = {});

/// "what failed: why (what to do)" from a failed response.
[[nodiscard]] QString describeFailure(const QString &what, const net::Response &response);

} // namespace ra::packages
