// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

#include <memory>

namespace ra::net {

/**
 * A request body that can be read once and never rewound: a POST's JSON in a buffer (uploads streamed from disk
 * go through StreamedUploadReply, which never re-sends either). Qt silently sends a request again when the
 * connection dies before any response byte, rewinding its body;
 * the server may already have acted on the first one (a post published, a draft created, an asset stored), so
 * that is a duplicate. Given this body (unbuffered), Qt cannot rewind it and reports the dropped connection
 * instead, and the caller decides: reconcile, or ask.
 */
class OneShotStream : public QIODevice
{
    Q_OBJECT

public:
    /// Reads \a source (opened for reading) from where it stands, \a size bytes in all.
    OneShotStream(std::unique_ptr<QIODevice> source, qint64 size, QObject *parent = nullptr);
    ~OneShotStream() override;

    [[nodiscard]] bool isSequential() const override;
    [[nodiscard]] qint64 size() const override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool atEnd() const override;
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    std::unique_ptr<QIODevice> m_source;
    qint64 m_size;
    qint64 m_read = 0;
};

} // namespace ra::net
