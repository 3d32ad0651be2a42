// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/freeport.h"

#include <QTcpServer>

namespace ra::test {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace ra::test
