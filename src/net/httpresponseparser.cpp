// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpresponseparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::net {

namespace {

/// A status line and headers longer than this are not an HTTP server's answer.
constexpr qsizetype MaxHeadSize = 64 * 1024;
constexpr qsizetype MaxLineSize = 4 * 1024;

/// Where the head ends in \a buffer (the index after its blank line), or -1. Bare LF line ends are accepted,
/// as HTTP/1.1 parsers do.
qsizetype headEnd(const QByteArray &buffer)
{
    for (qsizetype i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n', i + 1)) {
        if (i + 1 < buffer.size() && buffer.at(i + 1) == '\n') {
            return i + 2;
        }
        if (i + 2 < buffer.size() && buffer.at(i + 1) == '\r' && buffer.at(i + 2) == '\n') {
            return i + 3;
        }
    }
    return -1;
}

} // namespace

QByteArray HttpResponseParser::feed(QByteArrayView data)
{
    QByteArray body;
    QByteArray afterHead; // keeps the bytes that followed a head alive while `data` views them
    while (!data.isEmpty() && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head) {
            m_pending.append(data);
            data = {};
            const qsizetype end = headEnd(m_pending);
            if (end < 0) {
                if (m_pending.size() > MaxHeadSize) {
                    fail(u"the answer's head is longer than %1 KiB"_s.arg(MaxHeadSize / 1024));
                }
                break;
            }
            afterHead = m_pending.mid(end);
            m_pending.truncate(end);
            if (!parseHead()) {
                break;
            }
            m_pending.clear();
            data = afterHead;
            if (m_status >= 100 && m_status < 200) {
                m_headers.clear();
                m_status = 0;
                continue; // an interim answer (100 Continue): the final one follows
            }
            startBody();
            continue;
        }
        switch (m_framing) {
        case Framing::Length: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size()));
            body.append(data.first(take));
            data = data.sliced(take);
            m_remaining -= take;
            m_bodyBytes += take;
            if (m_remaining == 0) {
                m_state = State::Done;
            }
            break;
        }
        case Framing::UntilClose:
            body.append(data);
            m_bodyBytes += data.size();
            data = {};
            break;
        case Framing::Chunked:
            readChunked(body, data);
            break;
        }
    }
    return body;
}

void HttpResponseParser::readChunked(QByteArray &body, QByteArrayView &data)
{
    while (!data.isEmpty() && m_state == State::Body) {
        if (m_chunkState == ChunkState::Data) {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size()));
            body.append(data.first(take));
            data = data.sliced(take);
            m_remaining -= take;
            m_bodyBytes += take;
            if (m_remaining == 0) {
                m_chunkState = ChunkState::DataEnd;
            }
            continue;
        }
        if (m_chunkState == ChunkState::DataEnd) {
            // The CRLF after a chunk's data.
            const char c = data.front();
            data = data.sliced(1);
            if (c == '\n') {
                m_chunkState = ChunkState::Size;
            } else if (c != '\r') {
                fail(u"a chunk of the answer is longer than its size says"_s);
            }
            continue;
        }
        const qsizetype newline = data.indexOf('\n');
        m_pending.append(newline < 0 ? data : data.first(newline));
        data = newline < 0 ? QByteArrayView() : data.sliced(newline + 1);
        if (m_pending.size() > MaxLineSize) {
            fail(u"a chunk-size or trailer line of the answer is longer than %1 KiB"_s.arg(MaxLineSize / 1024));
            return;
        }
        if (newline < 0) {
            return;
        }
        QByteArray line = m_pending.trimmed();
        m_pending.clear();
        if (m_chunkState == ChunkState::Trailer) {
            if (line.isEmpty()) {
                m_state = State::Done;
            }
            continue; // trailer fields are not used
        }
        if (const qsizetype extension = line.indexOf(';'); extension >= 0) {
            line.truncate(extension);
        }
        bool ok = false;
        const qint64 size = line.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(u"a chunk size of the answer is not a number: \"%1\""_s.arg(QString::fromLatin1(line.left(40))));
            return;
        }
        m_remaining = size;
        m_chunkState = size == 0 ? ChunkState::Trailer : ChunkState::Data;
    }
}

void HttpResponseParser::finishInput()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        m_state = State::Done;
        return;
    }
    if (m_state == State::Head) {
        fail(m_pending.isEmpty() ? u"the connection closed before an answer"_s
                                 : u"the connection closed in the middle of the answer's head"_s);
    } else if (m_state == State::Body) {
        fail(m_contentLength >= 0
                 ? u"the connection closed %1 bytes into an answer of %2 bytes"_s.arg(m_bodyBytes).arg(m_contentLength)
                 : u"the connection closed in the middle of the answer's body"_s);
    }
}

bool HttpResponseParser::parseHead()
{
    const QList<QByteArray> lines = m_pending.split('\n');
    const QByteArray statusLine = lines.constFirst().trimmed();
    // "HTTP/1.1 201 Created"
    const qsizetype firstSpace = statusLine.indexOf(' ');
    const qsizetype secondSpace = statusLine.indexOf(' ', firstSpace + 1);
    bool ok = false;
    const int status =
        firstSpace < 0 ? 0
                       : statusLine.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1).toInt(&ok);
    if (!statusLine.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
        fail(u"the server's answer is not HTTP/1.1: \"%1\""_s.arg(QString::fromLatin1(statusLine.left(40))));
        return false;
    }
    m_status = status;
    m_reason = secondSpace < 0 ? QByteArray() : statusLine.mid(secondSpace + 1);
    m_headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    return true;
}

void HttpResponseParser::startBody()
{
    m_state = State::Body;
    m_contentLength = -1;
    m_bodyBytes = 0;
    QByteArray transferEncoding;
    QByteArray contentLength;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = value.toLower();
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            contentLength = value;
        }
    }
    if (m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return;
    }
    if (transferEncoding.split(',').constLast().trimmed() == "chunked") {
        m_framing = Framing::Chunked;
        m_chunkState = ChunkState::Size;
        return;
    }
    bool ok = false;
    const qint64 length = contentLength.toLongLong(&ok);
    if (ok && length >= 0) {
        m_framing = Framing::Length;
        m_contentLength = length;
        m_remaining = length;
        if (length == 0) {
            m_state = State::Done;
        }
        return;
    }
    m_framing = Framing::UntilClose;
}

void HttpResponseParser::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
}

HttpResponseParser::State HttpResponseParser::state() const
{
    return m_state;
}

bool HttpResponseParser::headReceived() const
{
    return m_state == State::Body || (m_state == State::Done && m_status != 0);
}

int HttpResponseParser::status() const
{
    return m_status;
}

QByteArray HttpResponseParser::reasonPhrase() const
{
    return m_reason;
}

const QList<std::pair<QByteArray, QByteArray>> &HttpResponseParser::headers() const
{
    return m_headers;
}

qint64 HttpResponseParser::contentLength() const
{
    return m_contentLength;
}

qint64 HttpResponseParser::bodyBytes() const
{
    return m_bodyBytes;
}

QString HttpResponseParser::errorString() const
{
    return m_error;
}

} // namespace ra::net
