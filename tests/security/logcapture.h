// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtLogging>

namespace ra::test {

/**
 * Records every Qt log message of this process (debug included, from any thread) as it would be printed:
 * "<category> <type>: <message>". Warnings and worse still reach the handler that was installed before, so
 * the test log shows them. Installed for the lifetime of the object; one at a time.
 */
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    /// The messages recorded since the last take().
    [[nodiscard]] QStringList take();

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QtMessageHandler m_previous = nullptr;
};

} // namespace ra::test
