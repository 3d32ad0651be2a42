// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth 1.0a signs requests to X with values that come from outside (secrets pasted by the maintainer, the
// URL and form body of the post). The input is split at "\n=====\n" into the method, the URL, the four
// credentials, the nonce, the timestamp and a form body ("k=v&k=v"); the whole input is also read as an
// Authorization header. Percent-encoding is reversible and leaves only unreserved characters, the base string
// has its three parts, and the header we write parses back to exactly what was signed.
#include "channels/oauth1.h"
#include "fuzzsupport.h"

#include <QUrl>

using ra::fuzz::require;
namespace oauth1 = ra::channels::oauth1;

namespace {

void checkEncoding(const QByteArray &value)
{
    const QByteArray encoded = oauth1::percentEncode(value);
    for (const char c : encoded) {
        require((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~' || c == '%');
    }
    require(QByteArray::fromPercentEncoding(encoded) == value);
}

oauth1::Parameters formParameters(const QByteArray &body)
{
    oauth1::Parameters parameters;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        parameters.append({eq < 0 ? pair : pair.left(eq), eq < 0 ? QByteArray() : pair.mid(eq + 1)});
    }
    return parameters;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192) {
        return 0;
    }
    const QByteArray input = ra::fuzz::bytesOf(data, size);
    for (const auto &[key, value] : oauth1::parseAuthorizationHeader(input)) {
        require(!key.isEmpty());
    }

    QList<QByteArray> parts = ra::fuzz::splitInput(input, "\n=====\n", 9);
    while (parts.size() < 9) {
        parts.append(QByteArray());
    }
    for (const QByteArray &part : std::as_const(parts)) {
        checkEncoding(part);
    }
    const QByteArray &method = parts.at(0);
    const QUrl url(QString::fromUtf8(parts.at(1)));
    const oauth1::Credentials credentials{parts.at(2), parts.at(3), parts.at(4), parts.at(5)};
    const QByteArray &nonce = parts.at(6);
    const QByteArray &timestamp = parts.at(7);
    const oauth1::Parameters body = formParameters(parts.at(8));

    const oauth1::Parameters protocol = oauth1::protocolParameters(credentials, nonce, timestamp);
    const QByteArray base = oauth1::signatureBaseString(method, url, protocol + body);
    require(base.startsWith(method.toUpper() + '&'));
    require(base.count('&') == method.count('&') + 2);
    const QByteArray signature = oauth1::signature(base, credentials.consumerSecret, credentials.tokenSecret);
    require(signature.size() == 28); // Base64 of the 20 bytes of an HMAC-SHA1

    const QByteArray header = oauth1::authorizationHeader(method, url, body, credentials, nonce, timestamp);
    oauth1::Parameters expected = protocol;
    expected.append({"oauth_signature", signature});
    std::sort(expected.begin(), expected.end());
    require(oauth1::parseAuthorizationHeader(header) == expected);
    return 0;
}
