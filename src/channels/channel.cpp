// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/channel.h"

#include "net/httpclient.h"
#include "net/redactor.h"
#include "net/response.h"

using namespace Qt::StringLiterals;

namespace ra::channels {

namespace {

/// How much of an unexpected answer a message quotes.
constexpr qsizetype QuotedAnswerChars = 80;

} // namespace

Channel::Channel(ChannelConfig config, Credentials credentials, net::HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(std::move(credentials))
    , m_http(http)
{
}

Channel::~Channel() = default;

const ChannelConfig &Channel::config() const
{
    return m_config;
}

QString Channel::format(const QString &plainText) const
{
    return plainText;
}

bool Channel::supportsThreads() const
{
    return false;
}

void Channel::reconcile(const QJsonObject &intent, ReconcileCallback done)
{
    Q_UNUSED(intent)
    ReconcileResult result;
    result.status = ReconcileResult::Status::NotPossible;
    result.explanation = u"%1 gives no way to look up an earlier post: check the channel and confirm whether it "
                         "was posted."_s.arg(m_config.kind);
    done(result);
}

QJsonValue Channel::setting(const QString &name, bool test) const
{
    if (test && m_config.testSettings.contains(name)) {
        return m_config.testSettings.value(name);
    }
    return m_config.settings.value(name);
}

QString Channel::credential(const QString &name) const
{
    return m_credentials.value(name);
}

net::HttpClient &Channel::http() const
{
    return m_http;
}

QUrl Channel::endpoint(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    url.setPath(base + path);
    return url;
}

SendResult Channel::resumedFrom(const OutgoingPost &post)
{
    SendResult result;
    result.outcome = SendOutcome::Sent;
    result.postIds = post.alreadyPosted;
    result.postUrls = post.alreadyPostedUrls;
    // Links and ids stay pairs even when an older journal kept fewer links than ids.
    result.postUrls.resize(post.alreadyPosted.size());
    return result;
}

QString Channel::serviceName() const
{
    QString name = m_config.kind;
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name;
}

QString Channel::answerStart(const net::Response &response) const
{
    if (response.body.isEmpty()) {
        return u"an empty body"_s;
    }
    QString text = net::Redactor::global().redact(QString::fromUtf8(response.body.left(64 * 1024)));
    for (const QString &secret : m_credentials) {
        if (secret.size() >= 4) {
            text.replace(secret, net::Redactor::placeholder);
        }
    }
    text = text.simplified();
    if (text.size() > QuotedAnswerChars) {
        text = text.left(QuotedAnswerChars) + u'…';
    }
    const QByteArray type = response.header("content-type");
    return u"%1 bytes%2 starting \"%3\""_s.arg(response.body.size())
        .arg(type.isEmpty() ? QString() : u" of "_s + QString::fromLatin1(type), text);
}

SendResult Channel::failureFrom(const net::Response &response, const QString &what, const QString &serverMessage) const
{
    SendResult result;
    if (response.status >= 200 && response.status < 300) {
        // The request was answered with success, but not in the service's words: a proxy or captive portal
        // answered, or the answer was cut after the service acted. Only a look at the channel can tell.
        result.outcome = SendOutcome::Uncertain;
        const QString host = response.url.host().isEmpty() ? QString() : u" from "_s + response.url.host();
        result.error = u"%1: the answer was not %2's (HTTP %3%4 with %5); a proxy or captive portal may have "
                       "answered, or the answer was cut."_s.arg(what, serviceName())
                           .arg(response.status)
                           .arg(host, answerStart(response));
        result.hint = u"The post may have been published. Look at the channel, then confirm whether it was "
                      "posted; it will not be sent again until you do."_s;
        return result;
    }
    const net::ErrorKind kind = response.error.kind;
    // A request that may have reached the server without an answer, or a server error, may have been acted
    // on. A refused connection, an unknown host or a connect timeout certainly were not.
    const QString &message = response.error.message;
    const bool neverSent = message.contains(u"No connection to"_s) ||
                           message.contains(u"refused"_s, Qt::CaseInsensitive) ||
                           message.contains(u"not found"_s, Qt::CaseInsensitive);
    const bool noAnswer =
        response.status == 0 && (kind == net::ErrorKind::Timeout || kind == net::ErrorKind::Connection);
    const bool mayHaveActed = (noAnswer && !neverSent) || response.status >= 500;
    result.outcome = mayHaveActed ? SendOutcome::Uncertain : SendOutcome::Failed;
    QString why = serverMessage.isEmpty() ? response.error.message : serverMessage;
    if (response.status > 0 && serverMessage.isEmpty() && why.isEmpty()) {
        why = u"HTTP %1"_s.arg(response.status);
    }
    result.error = u"%1 failed: %2"_s.arg(what, why);
    if (result.outcome == SendOutcome::Uncertain) {
        result.hint = u"The post may have been published. Look at the channel, then confirm whether it was "
                      "posted; it will not be sent again until you do."_s;
    } else if (!response.error.hint.isEmpty()) {
        result.hint = response.error.hint;
    } else {
        result.hint = u"Fix the cause and send again: only this channel will be retried."_s;
    }
    return result;
}

} // namespace ra::channels
