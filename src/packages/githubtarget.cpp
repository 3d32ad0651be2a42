// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/githubtarget.h"

#include "net/call.h"
#include "net/httpclient.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ra::packages {

QUrl GitHubTarget::repoUrl(const QString &path) const
{
    QUrl url = apiUrl;
    QString base = url.path();
    if (base.endsWith(u'/')) {
        base.chop(1);
    }
    url.setPath(base + u"/repos/"_s + repository + path);
    return url;
}

net::Request GitHubTarget::request(const QByteArray &method, const QUrl &url) const
{
    net::Request request(method, url);
    request.setHeader("Accept", "application/vnd.github+json");
    request.setHeader("X-GitHub-Api-Version", "2022-11-28");
    if (!token.isEmpty()) {
        request.setHeader("Authorization", "Bearer " + token);
    }
    return request;
}

net::Response sendAndWait(net::HttpClient &client, const net::Request &request, const std::atomic_bool *cancel,
                          const std::function<void(qint64, qint64)> &progress)
{
    net::Call *call = client.send(request);
    QPointer<net::Call> guard(call);
    // Checking the flag on progress too stops a fast transfer at the point the caller chose.
    const auto onProgress = [cancel, guard, progress](qint64 done, qint64 total) {
        if (progress) {
            progress(done, total);
        }
        // Not from inside the reply's own signal: aborting a reply there races its upload machinery.
        if (cancel && cancel->load() && guard && !guard->isFinished()) {
            QTimer::singleShot(0, guard.data(), [guard] {
                if (guard && !guard->isFinished()) {
                    guard->cancel();
                }
            });
        }
    };
    QObject::connect(call, &net::Call::uploadProgress, call, onProgress);
    QObject::connect(call, &net::Call::downloadProgress, call, onProgress);
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, call, [cancel, guard] {
            if (cancel->load() && guard && !guard->isFinished()) {
                guard->cancel();
            }
        });
        poll.start(50);
    }
    return net::waitForResponse(call);
}

QString describeFailure(const QString &what, const net::Response &response)
{
    QString text = u"%1: %2"_s.arg(what, response.error.message);
    if (!response.error.serverMessage.isEmpty() && !response.error.message.contains(response.error.serverMessage)) {
        text += u" (GitHub: %1)"_s.arg(response.error.serverMessage);
    }
    if (!response.error.hint.isEmpty()) {
        text += u". "_s + response.error.hint;
    }
    return text;
}

} // namespace ra::packages
