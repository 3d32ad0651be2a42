// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

namespace ra::net {

/// Time, randomness and waiting, injectable so that tests of back-off and rate limits run in milliseconds.
class Clock
{
public:
    virtual ~Clock();

    [[nodiscard]] virtual QDateTime now() const = 0;
    /// A random number in [0, 1) for back-off jitter.
    [[nodiscard]] virtual double random() = 0;
    /// Calls \a callback after \a delay on \a context's thread, unless \a context is destroyed first.
    virtual void schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback) = 0;
};

/// The real clock: QDateTime::currentDateTimeUtc, QRandomGenerator, QTimer.
class SystemClock : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
    [[nodiscard]] double random() override;
    void schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback) override;
};

} // namespace ra::net
