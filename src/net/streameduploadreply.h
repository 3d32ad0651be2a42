// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpresponseparser.h"

#include <QElapsedTimer>
#include <QNetworkReply>

#include <memory>

class QTcpSocket;

namespace ra::net {

/**
 * A request whose body is streamed from a device (an upload from disk), sent by this thread on a connection of
 * its own instead of through Qt's HTTP stack, and presented as a QNetworkReply so that a Call treats it as any
 * other reply.
 *
 * Qt's stack hands an upload's device to its HTTP thread 16 KiB at a time, a round trip between the two threads
 * and a copy per piece: a third of curl's throughput on a fast link (issue 16). Here the body goes from the
 * device to the socket ChunkSize bytes at a time, each written straight to the kernel on a plain connection,
 * as curl does. The body is sent once: when the connection drops, the reply ends with an error and nothing is
 * sent again (the caller decides, as with OneShotStream). HTTP/1.1, one request per connection, TLS for https.
 */
class StreamedUploadReply : public QNetworkReply
{
    Q_OBJECT

public:
    /// How many bytes of the body are read from the device and written to the socket at a time.
    static constexpr qint64 ChunkSize = 256 * 1024;
    /// Set (true) on a reply that failed because the body could not be read whole from its device, not because
    /// of the network.
    static constexpr auto BodyReadErrorAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);

    /// Sends \a method with \a request's URL and raw headers and \a bodySize bytes of \a body (opened for
    /// reading). Starts from the event loop.
    StreamedUploadReply(const QNetworkRequest &request, const QByteArray &method, std::unique_ptr<QIODevice> body,
                        qint64 bodySize, QObject *parent = nullptr);
    ~StreamedUploadReply() override;

    void abort() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool isSequential() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void start();
    void onConnected();
    void sendBody();
    void onSocketReadyRead();
    void onSocketClosed();
    void onSocketError();
    void absorb(const QByteArray &data);
    void drain();
    void reportUploadProgress();
    [[nodiscard]] qint64 unsentBytes() const;
    [[nodiscard]] QByteArray head(QString *error) const;
    void finishWith(NetworkError code, const QString &message);
    void finishAnswered();
    void closeSocket();

    std::unique_ptr<QTcpSocket> m_socket;
    std::unique_ptr<QIODevice> m_body;
    QByteArray m_method;
    qint64 m_size;
    qint64 m_sent = 0;
    qint64 m_reported = -1;
    /// How many bytes the socket may hold unsent before the next chunk is read: none on a plain connection, whose
    /// writes go straight to the kernel; a chunk on TLS, which encrypts from its own buffer.
    qint64 m_unsentLimit = 1;
    QByteArray m_chunk;
    HttpResponseParser m_parser;
    QByteArray m_received;
    QElapsedTimer m_sinceProgress;
    bool m_sending = false;
    bool m_sendQueued = false;
    bool m_headReported = false;
};

} // namespace ra::net
