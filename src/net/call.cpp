// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/call.h"

#include "net/httpclient.h"
#include "net/oneshotstream.h"
#include "net/redactor.h"
#include "net/streameduploadreply.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace ra::net {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

/// Network-level failures (no complete HTTP response): the QNetworkReply codes below 200.
bool isTransportError(QNetworkReply::NetworkError error)
{
    // ContentReSendError: the connection died after a one-shot body was sent, so Qt could not resend it.
    return (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ContentReSendError;
}

} // namespace

Call::Call(HttpClient *client, Request request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        failTransport(m_timerKind, m_timerMessage,
                      u"Check the network connection and that the server is up; try again later."_s);
    });
    m_pageUrl = m_request.url;
}

Call::~Call()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

const Request &Call::request() const
{
    return m_request;
}

bool Call::isFinished() const
{
    return m_finished;
}

const Response &Call::response() const
{
    return m_response;
}

void Call::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    m_timer.stop();
    dropReply();
    Response response;
    response.url = m_currentUrl;
    response.attempts = m_attempt;
    response.error = {
        ErrorKind::Cancelled, 0, u"The request to %1 was cancelled"_s.arg(m_currentUrl.host()), {}, {}, {}};
    finish(std::move(response));
}

void Call::start()
{
    if (m_client->m_observer) {
        m_client->m_observer(m_request);
    }
    if (m_client->m_dryRun) {
        Response response;
        response.url = m_request.url;
        response.error = {ErrorKind::DryRun,
                          0,
                          u"Dry run: %1 %2 was not sent"_s.arg(QString::fromLatin1(m_request.method),
                                                               Redactor::global().redactUrl(m_request.url)),
                          {},
                          {},
                          {}};
        QTimer::singleShot(0, this, [this, response] { finish(response); });
        return;
    }
    sendAttempt();
}

void Call::sendAttempt()
{
    ++m_attempt;
    m_redirects = 0;
    m_currentSameOrigin = true;
    m_currentMethod = m_request.method;
    m_sendBody = true;
    sendTo(m_pageUrl);
}

bool Call::prepareDownload(QString *error)
{
    m_file.reset();
    m_resumeFrom = 0;
    if (m_request.downloadPath.isEmpty()) {
        return true;
    }
    m_file = std::make_unique<QFile>(m_request.downloadPath);
    if (m_request.resumeDownload && m_file->exists()) {
        m_resumeFrom = m_file->size();
    }
    m_fileOpened = false;
    Q_UNUSED(error);
    return true;
}

void Call::sendTo(const QUrl &url)
{
    m_currentUrl = url;
    m_buffer.clear();
    m_attemptBytes = 0;
    QString error;
    if (!prepareDownload(&error)) {
        failTransport(ErrorKind::Io, error, {});
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(0);
    auto apply = [&](const QByteArray &name, const QByteArray &value) {
        if (!m_currentSameOrigin && m_request.isCredentialHeader(name)) {
            return; // never hand a credential to another host (blob storage behind a redirect)
        }
        request.setRawHeader(name, value);
    };
    for (const auto &[name, value] : std::as_const(m_client->m_defaultHeaders)) {
        if (m_request.header(name).isEmpty()) {
            apply(name, value);
        }
    }
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        apply(name, value);
    }
    if (m_resumeFrom > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumeFrom) + '-');
    }
    qCDebug(lcNet).noquote() << "→" << m_currentMethod << Redactor::global().redactUrl(url)
                             << (m_attempt > 1 ? u"(attempt %1)"_s.arg(m_attempt) : QString());
    if (m_client->m_logBodies && m_sendBody && !m_request.body.isEmpty() && !m_request.bodySource) {
        qCDebug(lcNet).noquote() << "  body:"
                                 << Redactor::global().redact(QString::fromUtf8(m_request.body.left(2048)));
    }

    QNetworkAccessManager &manager = m_client->m_manager;
    QNetworkReply *reply = nullptr;
    if (m_sendBody && m_request.bodySource) {
        std::unique_ptr<QIODevice> source = m_request.bodySource();
        if (!source) {
            failTransport(ErrorKind::Io, u"Could not open the file to upload"_s,
                          u"Check that the file exists and is readable."_s);
            return;
        }
        // Not through Qt's HTTP stack, which hands a body to its own thread 16 KiB at a time; sent once, as
        // in-memory bodies are: what the server may have stored is never uploaded again behind our back.
        reply = new StreamedUploadReply(request, m_currentMethod, std::move(source), m_request.bodySize, &manager);
    } else if (m_sendBody && !m_request.isIdempotent()) {
        // Sent once per attempt of ours: Qt must not repeat on its own what the server may have acted on.
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_request.body);
        buffer->open(QIODevice::ReadOnly);
        m_body = std::make_unique<OneShotStream>(std::move(buffer), m_request.body.size());
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = manager.sendCustomRequest(request, m_currentMethod, m_body.get());
    } else if (m_sendBody && !m_request.body.isEmpty()) {
        reply = manager.sendCustomRequest(request, m_currentMethod, m_request.body);
    } else {
        reply = manager.sendCustomRequest(request, m_currentMethod);
    }
    m_reply = reply;
    m_connected = false;
    armTimer(m_request.connectTimeoutMs.value_or(m_client->m_connectTimeoutMs), ErrorKind::Timeout);
    connect(reply, &QNetworkReply::readyRead, this, &Call::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Call::onReplyFinished);
    auto progressed = [this] {
        m_connected = true;
        armTimer(m_request.stallTimeoutMs.value_or(m_client->m_stallTimeoutMs), ErrorKind::Timeout);
    };
    connect(reply, &QNetworkReply::requestSent, this, progressed);
    connect(reply, &QNetworkReply::uploadProgress, this, [this, progressed](qint64 sent, qint64 total) {
        progressed();
        if (total > 0) {
            Q_EMIT uploadProgress(sent, total);
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, progressed](qint64 received, qint64 total) {
        progressed();
        const qint64 offset = m_fileOpened && m_appending ? m_resumeFrom : 0;
        Q_EMIT downloadProgress(received + offset, total < 0 ? -1 : total + offset);
    });
}

void Call::armTimer(int milliseconds, ErrorKind kind)
{
    m_timerKind = kind;
    m_timerMessage =
        m_connected
            ? u"No data from %1 for %2 s; the transfer stalled"_s.arg(m_currentUrl.host()).arg(milliseconds / 1000.0)
            : u"No connection to %1 within %2 s"_s.arg(m_currentUrl.host()).arg(milliseconds / 1000.0);
    if (milliseconds > 0) {
        m_timer.start(milliseconds);
    }
}

void Call::dropReply()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_body.reset();
    if (m_file) {
        m_file->close();
    }
}

void Call::failTransport(ErrorKind kind, const QString &message, const QString &hint)
{
    m_timer.stop();
    dropReply();
    Response response;
    response.url = m_currentUrl;
    response.error = {kind, 0, message, hint, {}, {}};
    attemptDone(std::move(response));
}

void Call::onReadyRead()
{
    if (!m_reply) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = m_reply->readAll();
    if (isRedirect(status) && m_request.followRedirects) {
        return;
    }
    m_attemptBytes += data.size();
    if (!m_file || status < 200 || status >= 300) {
        m_buffer.append(data);
        return;
    }
    if (!m_fileOpened) {
        m_appending = status == 206 && m_resumeFrom > 0;
        const auto mode =
            m_appending ? QIODevice::WriteOnly | QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate;
        if (!m_file->open(mode)) {
            failTransport(ErrorKind::Io, u"Could not write %1: %2"_s.arg(m_request.downloadPath, m_file->errorString()),
                          u"Check the free disk space and the folder's permissions."_s);
            return;
        }
        m_fileOpened = true;
    }
    if (m_file->write(data) != data.size()) {
        failTransport(ErrorKind::Io, u"Could not write %1: %2"_s.arg(m_request.downloadPath, m_file->errorString()),
                      u"Check the free disk space and the folder's permissions."_s);
    }
}

void Call::onReplyFinished()
{
    if (!m_reply) {
        return;
    }
    onReadyRead();
    if (!m_reply) {
        return; // writing the download failed
    }
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();
    Response response;
    response.status = status;
    response.url = m_currentUrl;
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &[name, value] : pairs) {
        response.headers.append({name.toLower(), value});
    }
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_body.reset();
    if (m_file) {
        m_file->close();
    }

    if (reply->attribute(StreamedUploadReply::BodyReadErrorAttribute).toBool()) {
        Response failed;
        failed.url = m_currentUrl;
        failed.error = {ErrorKind::Io,
                        0,
                        errorString,
                        u"Check that the file is readable and that nothing changes it while it is uploaded."_s,
                        {},
                        {}};
        attemptDone(std::move(failed));
        return;
    }
    if (isTransportError(networkError)) {
        const bool timeout = networkError == QNetworkReply::TimeoutError;
        Response failed;
        failed.url = m_currentUrl;
        failed.error = {
            timeout ? ErrorKind::Timeout : ErrorKind::Connection,
            0,
            u"The connection to %1 failed: %2"_s.arg(m_currentUrl.host(), Redactor::global().redact(errorString)),
            u"Check the network connection and that the server is up; try again later."_s,
            {},
            {}};
        attemptDone(std::move(failed));
        return;
    }
    // Qt has been seen to report a body cut by a connection reset as a complete 200: never take it as whole.
    const qint64 declared = response.header("content-length").toLongLong();
    if (status >= 200 && status < 300 && m_currentMethod != "HEAD" && response.header("content-encoding").isEmpty() &&
        declared > 0 && m_attemptBytes < declared) {
        Response failed;
        failed.url = m_currentUrl;
        failed.error = {ErrorKind::Connection,
                        0,
                        u"The connection to %1 closed %2 bytes into an answer of %3 bytes"_s.arg(m_currentUrl.host())
                            .arg(m_attemptBytes)
                            .arg(declared),
                        u"Check the network connection and try again; a download resumes where it stopped."_s,
                        {},
                        {}};
        attemptDone(std::move(failed));
        return;
    }
    qCDebug(lcNet).noquote() << "←" << status << m_currentMethod << Redactor::global().redactUrl(m_currentUrl)
                             << u"(%1 ms)"_s.arg(m_elapsed.elapsed());

    if (isRedirect(status) && m_request.followRedirects) {
        const QByteArray location = response.header("location");
        if (location.isEmpty()) {
            Response failed = response;
            failed.error = {ErrorKind::Redirect,
                            status,
                            u"%1 answered a redirect without a Location"_s.arg(m_currentUrl.host()),
                            u"Report this as a bug of the server or try again."_s,
                            {},
                            {}};
            attemptDone(std::move(failed));
            return;
        }
        const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
        if (m_redirects >= m_client->m_maxRedirects) {
            Response failed = response;
            failed.error = {ErrorKind::Redirect,
                            status,
                            u"Too many redirects from %1"_s.arg(m_request.url.host()),
                            u"The server is misconfigured; try again later."_s,
                            {},
                            {}};
            attemptDone(std::move(failed));
            return;
        }
        if (m_currentUrl.scheme() == u"https"_s && target.scheme() != u"https"_s) {
            Response failed = response;
            failed.error = {ErrorKind::Redirect,
                            status,
                            u"%1 redirected to an unencrypted address; refused"_s.arg(m_currentUrl.host()),
                            u"Report this to the service; the Release Assistant never downgrades to http."_s,
                            {},
                            {}};
            attemptDone(std::move(failed));
            return;
        }
        ++m_redirects;
        m_currentSameOrigin = m_currentSameOrigin && sameOrigin(m_currentUrl, target);
        if (status == 303 ||
            ((status == 301 || status == 302) && m_currentMethod != "GET" && m_currentMethod != "HEAD")) {
            m_currentMethod = "GET";
            m_sendBody = false;
        }
        sendTo(target);
        return;
    }
    if (status == 416 && m_resumeFrom > 0 && m_file) {
        // The partial file does not fit the resource (it changed, or is complete): start over.
        m_file->remove();
        sendTo(m_currentUrl);
        return;
    }
    response.body = m_buffer;
    m_buffer.clear();
    if (m_file && m_fileOpened) {
        response.downloadedBytes = m_file->size();
    }
    attemptDone(std::move(response));
}

void Call::attemptDone(Response attempt)
{
    attempt.attempts = m_attempt;
    if (m_cancelled) {
        return;
    }
    RetryPolicy &policy = *m_client->m_policy;
    const RetryDecision decision = policy.decide(m_request, attempt, m_attempt, *m_client->m_clock);
    if (decision.retry) {
        qCInfo(lcNet).noquote() << "retrying" << m_request.method << Redactor::global().redactUrl(m_pageUrl) << "in"
                                << decision.delay.count() << "ms:" << Redactor::global().redact(decision.reason);
        Q_EMIT retrying(m_attempt + 1, decision.delay, decision.reason);
        m_waiting = true;
        m_client->m_clock->schedule(decision.delay, this, [this] {
            m_waiting = false;
            if (!m_cancelled && !m_finished) {
                sendAttempt();
            }
        });
        return;
    }
    if (!attempt.error.isError() && (attempt.status < 200 || attempt.status >= 300)) {
        attempt.error = policy.classify(attempt);
    }
    if (m_request.followPages && attempt.ok()) {
        // A page that is not the service's JSON (a captive portal's HTML, a cut body) is an error, never an
        // empty page: "no draft" or "no run" read from it would send the user the wrong way.
        std::optional<QJsonArray> page;
        if (m_request.itemsKey.isEmpty()) {
            page = attempt.jsonArray();
        } else if (const auto object = attempt.jsonObject(); object && object->value(m_request.itemsKey).isArray()) {
            page = object->value(m_request.itemsKey).toArray();
        }
        if (!page) {
            attempt.error = policy.classifyUnreadable(
                m_currentMethod, attempt,
                m_request.itemsKey.isEmpty() ? u"a JSON array"_s
                                             : u"a JSON object with a \"%1\" array"_s.arg(m_request.itemsKey));
            finish(std::move(attempt));
            return;
        }
        for (const QJsonValue &item : std::as_const(*page)) {
            m_items.append(item);
        }
        const QUrl next = attempt.nextPageUrl();
        if (next.isValid() && !next.isEmpty() && m_pages + 1 < m_request.maxPages) {
            ++m_pages;
            m_pageUrl = m_pageUrl.resolved(next);
            m_attempt = 0;
            sendAttempt();
            return;
        }
        attempt.items = m_items;
    }
    finish(std::move(attempt));
}

void Call::finish(Response response)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    m_response = std::move(response);
    if (m_response.error.isError() && m_response.error.kind != ErrorKind::DryRun) {
        qCDebug(lcNet).noquote() << "✗" << m_request.method << Redactor::global().redactUrl(m_request.url) << "—"
                                 << Redactor::global().redact(m_response.error.toString());
    }
    Q_EMIT finished(m_response);
    if (parent() == m_client) {
        deleteLater();
    }
}

} // namespace ra::net
