// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

#include <memory>

namespace ra::net {

/**
 * A streamed request body (an upload from disk) that can be read once and never rewound — OneShotBody's twin for
 * bodies that do not fit in memory. A file can be rewound, so Qt sent the upload a second time by itself when the
 * connection died before the answer; the server may have stored the first copy (an asset, then a 422 for the
 * name). Through this wrapper Qt reports the dropped connection instead, and the caller reconciles.
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
