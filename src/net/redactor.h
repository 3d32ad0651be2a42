// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QUrl>

namespace ra::net {

/**
 * Removes secrets from text before it is logged: registered secret values (tokens the app holds), secret-
 * looking query parameters (access_token, token, client_secret, ...), bot tokens in URL paths and the values
 * of credential headers. One process-wide instance, shared with the log filter of ra_secrets; thread-safe.
 */
class Redactor
{
public:
    static Redactor &global();

    /// Registers \a secret (ignored when shorter than 4 characters, which would redact ordinary text).
    void addSecret(const QString &secret);
    void removeSecret(const QString &secret);
    void clear();

    [[nodiscard]] QString redact(const QString &text) const;
    [[nodiscard]] QString redactUrl(const QUrl &url) const;
    /// "Bearer [redacted]" for credential headers, the redacted value otherwise.
    [[nodiscard]] QByteArray redactHeader(const QByteArray &name, const QByteArray &value) const;

    static constexpr QLatin1StringView placeholder{"[redacted]"};

private:
    mutable QMutex m_mutex;
    QSet<QString> m_secrets;
};

} // namespace ra::net
