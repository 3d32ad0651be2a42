// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/oneshotbody.h"

#include <algorithm>
#include <cstring>

namespace ra::net {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::isSequential() const
{
    return true;
}

qint64 OneShotBody::size() const
{
    return m_data.size();
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

bool OneShotBody::atEnd() const
{
    return m_read >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

bool OneShotBody::reset()
{
    // Rewinding is what would let Qt send the body a second time.
    return false;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_data.size()) - m_read);
    if (count <= 0) {
        return m_read >= m_data.size() ? -1 : 0;
    }
    std::memcpy(data, m_data.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace ra::net
