// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/redactor.h"

#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ra::net {

namespace {

bool isSecretParameter(const QString &name)
{
    static const QRegularExpression pattern(
        u"^(access_token|refresh_token|token|client_secret|device_code|code|password|secret|sig|signature|key|api_key|apikey|x-amz-signature|x-amz-credential)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

} // namespace

Redactor &Redactor::global()
{
    static Redactor instance;
    return instance;
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < 4) {
        return;
    }
    QMutexLocker locker(&m_mutex);
    m_secrets.insert(secret);
}

void Redactor::removeSecret(const QString &secret)
{
    QMutexLocker locker(&m_mutex);
    m_secrets.remove(secret);
}

void Redactor::clear()
{
    QMutexLocker locker(&m_mutex);
    m_secrets.clear();
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    {
        QMutexLocker locker(&m_mutex);
        for (const QString &secret : m_secrets) {
            result.replace(secret, placeholder);
        }
    }
    // Token shapes that may reach a log before anyone registered them: GitHub tokens, Bearer values,
    // Telegram bot tokens in URL paths, secret query parameters.
    static const QRegularExpression githubToken(u"\\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})"_s);
    static const QRegularExpression bearer(u"\\b(Bearer|token)\\s+[A-Za-z0-9._~+/=-]{8,}"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression botToken(u"/bot\\d+:[A-Za-z0-9_-]+"_s);
    static const QRegularExpression query(u"([?&])([^=&#\\s]+)=([^&#\\s]*)"_s);
    result.replace(githubToken, placeholder);
    result.replace(bearer, u"\\1 "_s + placeholder);
    result.replace(botToken, u"/bot"_s + placeholder);
    QString out;
    qsizetype last = 0;
    auto it = query.globalMatch(result);
    while (it.hasNext()) {
        const auto match = it.next();
        if (!isSecretParameter(match.captured(2)) || match.captured(3) == placeholder) {
            continue;
        }
        out += QStringView(result).mid(last, match.capturedStart(3) - last);
        out += placeholder;
        last = match.capturedEnd(3);
    }
    out += QStringView(result).mid(last);
    return out;
}

QString Redactor::redactUrl(const QUrl &url) const
{
    QUrl copy = url;
    copy.setUserInfo({});
    return redact(copy.toString(QUrl::FullyEncoded));
}

QByteArray Redactor::redactHeader(const QByteArray &name, const QByteArray &value) const
{
    static const QList<QByteArray> credential{"authorization", "cookie", "proxy-authorization", "set-cookie"};
    if (credential.contains(name.toLower())) {
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme = space > 0 ? value.left(space + 1) : QByteArray();
        return scheme + placeholder.latin1();
    }
    return redact(QString::fromUtf8(value)).toUtf8();
}

} // namespace ra::net
