// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace ra::net {

/**
 * A request body that can be read once and never rewound. Qt silently sends a request again when the
 * connection dies before any response byte; for a POST the server may already have acted on (a post
 * published, a draft created), that is a duplicate. Given this body (unbuffered), Qt cannot rewind it and
 * reports ContentReSendError instead, and the caller decides: reconcile, or ask.
 */
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override;
    [[nodiscard]] qint64 size() const override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool atEnd() const override;
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace ra::net
