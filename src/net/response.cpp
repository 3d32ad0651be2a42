// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/response.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::net {

namespace {

std::optional<QJsonDocument> strictJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::nullopt;
    }
    return document;
}

} // namespace

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool Response::hasHeader(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QJsonDocument Response::json() const
{
    return QJsonDocument::fromJson(body);
}

std::optional<QJsonObject> Response::jsonObject() const
{
    const auto document = strictJson(body);
    if (!document || !document->isObject()) {
        return std::nullopt;
    }
    return document->object();
}

std::optional<QJsonArray> Response::jsonArray() const
{
    const auto document = strictJson(body);
    if (!document || !document->isArray()) {
        return std::nullopt;
    }
    return document->array();
}

QUrl Response::nextPageUrl() const
{
    return parseLinkHeader(header("link")).value(u"next"_s);
}

QHash<QString, QUrl> parseLinkHeader(const QByteArray &value)
{
    // <url>; rel="next", <url>; rel="last" — URLs may contain commas, so match the angle brackets.
    static const QRegularExpression entry(uR"re(<([^>]*)>\s*((?:;\s*[^;,]+)*))re"_s);
    static const QRegularExpression relParam(uR"re(rel\s*=\s*"?([^";,]+)"?)re"_s);
    QHash<QString, QUrl> links;
    auto it = entry.globalMatch(QString::fromUtf8(value));
    while (it.hasNext()) {
        const auto match = it.next();
        const auto rel = relParam.match(match.captured(2));
        if (!rel.hasMatch()) {
            continue;
        }
        const QUrl url = QUrl::fromEncoded(match.captured(1).trimmed().toUtf8(), QUrl::StrictMode);
        const QStringList rels = rel.captured(1).split(u' ', Qt::SkipEmptyParts);
        for (const QString &name : rels) {
            links.insert(name, url);
        }
    }
    return links;
}

} // namespace ra::net
