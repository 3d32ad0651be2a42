// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/clock.h"

#include <QRandomGenerator>
#include <QTimer>

namespace ra::net {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

double SystemClock::random()
{
    return QRandomGenerator::global()->generateDouble();
}

void SystemClock::schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback)
{
    QTimer::singleShot(delay, context, std::move(callback));
}

} // namespace ra::net
