// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace ra::net {

/**
 * Reads one HTTP/1.1 response from the bytes a connection delivers, in pieces of any size: the status line, the
 * headers, and a body delimited by Content-Length, by the chunked transfer coding or by the end of the
 * connection (RFC 9112 §6.3). Interim 1xx answers (100 Continue) are skipped. Used by StreamedUploadReply.
 */
class HttpResponseParser
{
public:
    enum class State {
        Head, ///< reading the status line and headers
        Body, ///< reading the body
        Done, ///< the response is complete
        Failed, ///< not HTTP, or cut short: errorString() says how
    };

    /// Consumes \a data and returns the body bytes it held (decoded when chunked). Bytes after the end of the
    /// response are ignored.
    QByteArray feed(QByteArrayView data);
    /// The connection ended: a body read until the end is complete, anything else unfinished fails.
    void finishInput();

    [[nodiscard]] State state() const;
    /// Whether the final status line and headers were read (status() and headers() are known).
    [[nodiscard]] bool headReceived() const;
    [[nodiscard]] int status() const;
    [[nodiscard]] QByteArray reasonPhrase() const;
    /// As received, in order; repeated names stay separate.
    [[nodiscard]] const QList<std::pair<QByteArray, QByteArray>> &headers() const;
    /// The declared body length; -1 when chunked or read until the connection ends.
    [[nodiscard]] qint64 contentLength() const;
    /// Body bytes read so far (decoded).
    [[nodiscard]] qint64 bodyBytes() const;
    [[nodiscard]] QString errorString() const;

private:
    enum class Framing { Length, Chunked, UntilClose };
    enum class ChunkState { Size, Data, DataEnd, Trailer };

    bool parseHead();
    void startBody();
    void readChunked(QByteArray &body, QByteArrayView &data);
    void fail(const QString &message);

    State m_state = State::Head;
    QByteArray m_pending; ///< bytes of a head or chunk-size line not complete yet
    int m_status = 0;
    QByteArray m_reason;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    Framing m_framing = Framing::UntilClose;
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; ///< of the body (Length) or of the current chunk (Chunked)
    qint64 m_bodyBytes = 0;
    QString m_error;
};

} // namespace ra::net
