// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/oauth1.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::channels::oauth1 {

QByteArray percentEncode(const QByteArray &value)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(value.size() * 3);
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
            byte == '-' || byte == '.' || byte == '_' || byte == '~') {
            out += char(byte);
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    return out;
}

QByteArray signatureBaseString(const QByteArray &method, const QUrl &url, const Parameters &parameters)
{
    Parameters all = parameters;
    // Query parameters are signed as decoded values; QUrl keeps the query as sent, so decode it by hand
    // ('+' in a signed query means a literal plus only if the sender encoded it as %2B).
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty()) {
        for (const QByteArray &pair : query.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArray key = eq < 0 ? pair : pair.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            all.append({QByteArray::fromPercentEncoding(key), QByteArray::fromPercentEncoding(value)});
        }
    }
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(all.size());
    for (const auto &[key, value] : all) {
        encoded.append({percentEncode(key), percentEncode(value)});
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray normalized;
    for (const auto &[key, value] : encoded) {
        if (!normalized.isEmpty()) {
            normalized += '&';
        }
        normalized += key + '=' + value;
    }
    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    base.setScheme(base.scheme().toLower());
    base.setHost(base.host().toLower());
    if ((base.scheme() == u"http"_s && base.port() == 80) || (base.scheme() == u"https"_s && base.port() == 443)) {
        base.setPort(-1);
    }
    return method.toUpper() + '&' + percentEncode(base.toString(QUrl::FullyEncoded).toUtf8()) + '&' +
           percentEncode(normalized);
}

QByteArray signature(const QByteArray &baseString, const QByteArray &consumerSecret, const QByteArray &tokenSecret)
{
    const QByteArray key = percentEncode(consumerSecret) + '&' + percentEncode(tokenSecret);
    return QMessageAuthenticationCode::hash(baseString, key, QCryptographicHash::Sha1).toBase64();
}

Parameters protocolParameters(const Credentials &credentials, const QByteArray &nonce, const QByteArray &timestamp)
{
    return {{"oauth_consumer_key", credentials.consumerKey},
            {"oauth_nonce", nonce},
            {"oauth_signature_method", "HMAC-SHA1"},
            {"oauth_timestamp", timestamp},
            {"oauth_token", credentials.token},
            {"oauth_version", "1.0"}};
}

QByteArray authorizationHeader(const QByteArray &method, const QUrl &url, const Parameters &bodyParameters,
                               const Credentials &credentials, const QByteArray &nonce, const QByteArray &timestamp)
{
    Parameters oauth = protocolParameters(credentials, nonce, timestamp);
    const QByteArray base = signatureBaseString(method, url, oauth + bodyParameters);
    oauth.append({"oauth_signature", signature(base, credentials.consumerSecret, credentials.tokenSecret)});
    std::sort(oauth.begin(), oauth.end());
    QByteArray header = "OAuth ";
    for (qsizetype i = 0; i < oauth.size(); ++i) {
        if (i > 0) {
            header += ", ";
        }
        header += percentEncode(oauth.at(i).first) + "=\"" + percentEncode(oauth.at(i).second) + '"';
    }
    return header;
}

Parameters parseAuthorizationHeader(const QByteArray &header)
{
    if (!header.startsWith("OAuth ")) {
        return {};
    }
    Parameters parameters;
    const QList<QByteArray> items = header.mid(6).split(',');
    for (const QByteArray &raw : items) {
        const QByteArray item = raw.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0) {
            return {};
        }
        QByteArray value = item.mid(eq + 1);
        if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"')) {
            return {};
        }
        value = value.mid(1, value.size() - 2);
        parameters.append({QByteArray::fromPercentEncoding(item.left(eq)), QByteArray::fromPercentEncoding(value)});
    }
    return parameters;
}

QByteArray makeNonce()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray nonce(32, Qt::Uninitialized);
    for (char &c : nonce) {
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    }
    return nonce;
}

} // namespace ra::channels::oauth1
