// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/oneshotstream.h"

#include <algorithm>

namespace ra::net {

OneShotStream::OneShotStream(std::unique_ptr<QIODevice> source, qint64 size, QObject *parent)
    : QIODevice(parent)
    , m_source(std::move(source))
    , m_size(size)
{
    open(QIODevice::ReadOnly);
}

OneShotStream::~OneShotStream() = default;

bool OneShotStream::isSequential() const
{
    return true;
}

qint64 OneShotStream::size() const
{
    return m_size;
}

qint64 OneShotStream::bytesAvailable() const
{
    return m_size - m_read + QIODevice::bytesAvailable();
}

bool OneShotStream::atEnd() const
{
    return m_read >= m_size && QIODevice::bytesAvailable() == 0;
}

bool OneShotStream::reset()
{
    // Rewinding is what would let Qt send the upload a second time.
    return false;
}

qint64 OneShotStream::readData(char *data, qint64 maxSize)
{
    const qint64 wanted = std::min(maxSize, m_size - m_read);
    if (wanted <= 0) {
        return m_read >= m_size ? -1 : 0;
    }
    const qint64 count = m_source->read(data, wanted);
    if (count > 0) {
        m_read += count;
    }
    return count;
}

qint64 OneShotStream::writeData(const char *, qint64)
{
    return -1;
}

} // namespace ra::net
