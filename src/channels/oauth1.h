// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

namespace ra::channels {

/// OAuth 1.0a request signing with HMAC-SHA1 (RFC 5849), as X's user context needs it.
namespace oauth1 {

using Parameters = QList<std::pair<QByteArray, QByteArray>>;

struct Credentials {
    QByteArray consumerKey;
    QByteArray consumerSecret;
    QByteArray token;
    QByteArray tokenSecret;
};

/// RFC 3986 percent-encoding of the UTF-8 bytes: keeps A-Z a-z 0-9 - . _ ~, encodes the rest as %XX with
/// upper-case hex (space is %20, never '+').
[[nodiscard]] QByteArray percentEncode(const QByteArray &value);

/// METHOD & pct(base URL) & pct(sorted, encoded parameters). \a url may carry a query: its parameters are
/// signed too, and the base URL drops it (and a default port). \a parameters: oauth_* and form body
/// parameters, already decoded. A JSON body is never signed.
[[nodiscard]] QByteArray signatureBaseString(const QByteArray &method, const QUrl &url, const Parameters &parameters);

/// Base64(HMAC-SHA1(pct(consumer secret) & pct(token secret), base string)).
[[nodiscard]] QByteArray signature(const QByteArray &baseString, const QByteArray &consumerSecret,
                                   const QByteArray &tokenSecret);

/// The oauth_* parameters of a request, without the signature.
[[nodiscard]] Parameters protocolParameters(const Credentials &credentials, const QByteArray &nonce,
                                            const QByteArray &timestamp);

/// The full "Authorization: OAuth ..." value for \a method on \a url with form \a bodyParameters.
[[nodiscard]] QByteArray authorizationHeader(const QByteArray &method, const QUrl &url,
                                             const Parameters &bodyParameters, const Credentials &credentials,
                                             const QByteArray &nonce, const QByteArray &timestamp);

/// The parameters of an "OAuth k="v", ..." header, decoded; empty when it is not one.
[[nodiscard]] Parameters parseAuthorizationHeader(const QByteArray &header);

/// A random 32-character alphanumeric nonce.
[[nodiscard]] QByteArray makeNonce();

} // namespace oauth1

} // namespace ra::channels
