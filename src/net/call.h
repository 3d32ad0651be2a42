// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/request.h"
#include "net/response.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class QNetworkReply;

namespace ra::net {

class HttpClient;

/**
 * One request in flight: its attempts, redirects, pages and retries. Created by HttpClient::send(), owned by
 * the client (or by the parent the caller gives it) and deleted later after finished() unless the caller
 * keeps it with setParent(). Emits finished() exactly once, also after cancel().
 */
class Call : public QObject
{
    Q_OBJECT

public:
    ~Call() override;

    [[nodiscard]] const Request &request() const;
    [[nodiscard]] bool isFinished() const;
    /// The result; complete only after finished().
    [[nodiscard]] const Response &response() const;

    /// Aborts the transfer or the back-off wait; finished() follows with ErrorKind::Cancelled.
    void cancel();

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    /// \a total is -1 when unknown; with a resumed download both count the bytes already on disk.
    void downloadProgress(qint64 received, qint64 total);
    /// A retry is scheduled after \a delay because of \a reason; \a attempt is the attempt about to be sent.
    void retrying(int attempt, std::chrono::milliseconds delay, const QString &reason);
    void finished(const ra::net::Response &response);

private:
    friend class HttpClient;
    Call(HttpClient *client, Request request);

    void start();
    void sendAttempt();
    void sendTo(const QUrl &url);
    [[nodiscard]] bool prepareDownload(QString *error);
    void onReplyFinished();
    void onReadyRead();
    void armTimer(int milliseconds, ErrorKind kind);
    void dropReply();
    void failTransport(ErrorKind kind, const QString &message, const QString &hint);
    void attemptDone(Response attempt);
    void finish(Response response);

    HttpClient *m_client;
    Request m_request;
    Response m_response;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QIODevice> m_body;
    std::unique_ptr<QFile> m_file;
    QByteArray m_buffer;
    QJsonArray m_items;
    QTimer m_timer;
    ErrorKind m_timerKind = ErrorKind::Timeout;
    QString m_timerMessage;
    QUrl m_pageUrl; ///< the page being fetched: the request URL, then each Link rel="next"
    QUrl m_currentUrl; ///< the URL of the attempt in flight (a redirect target)
    QByteArray m_currentMethod;
    bool m_sendBody = true;
    bool m_currentSameOrigin = true;
    int m_redirects = 0;
    int m_attempt = 0;
    int m_pages = 0;
    qint64 m_resumeFrom = 0;
    /// Body bytes received in the current attempt, to compare with the Content-Length it declared.
    qint64 m_attemptBytes = 0;
    bool m_fileOpened = false;
    bool m_appending = false;
    bool m_connected = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_waiting = false;
    QElapsedTimer m_elapsed;
};

} // namespace ra::net
