// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/request.h"

#include <QFile>
#include <QFileInfo>

namespace ra::net {

Request::Request(const QByteArray &method_, const QUrl &url_)
    : method(method_)
    , url(url_)
{
}

Request &Request::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
    return *this;
}

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void Request::removeHeader(const QByteArray &name)
{
    headers.removeIf([&name](const auto &entry) { return entry.first.compare(name, Qt::CaseInsensitive) == 0; });
}

Request &Request::setJsonBody(const QByteArray &json)
{
    body = json;
    setHeader("Content-Type", "application/json");
    return *this;
}

Request &Request::setBodyFile(const QString &path)
{
    bodySize = QFileInfo(path).size();
    bodySource = [path]() -> std::unique_ptr<QIODevice> {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            return nullptr;
        }
        return file;
    };
    return *this;
}

bool Request::isIdempotent() const
{
    if (retrySafe) {
        return true;
    }
    static const QList<QByteArray> idempotent{"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    return idempotent.contains(method.toUpper());
}

bool Request::isCredentialHeader(const QByteArray &name) const
{
    static const QList<QByteArray> standard{"authorization", "cookie", "proxy-authorization"};
    const QByteArray lower = name.toLower();
    if (standard.contains(lower)) {
        return true;
    }
    for (const QByteArray &extra : credentialHeaders) {
        if (extra.toLower() == lower) {
            return true;
        }
    }
    return false;
}

qint64 Request::contentLength() const
{
    return bodySource ? bodySize : body.size();
}

} // namespace ra::net
