// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/clock.h"

#include <QList>
#include <QTimeZone>
#include <QTimer>

namespace ra::test {

/// A clock for transport tests: a settable "now", fixed jitter, and waits that are recorded but run at once,
/// so that a 60 s back-off takes no time and the test can assert how long it would have been.
class FakeClock : public ra::net::Clock
{
public:
    QDateTime current = QDateTime(QDate(2026, 11, 24), QTime(0, 0), QTimeZone::UTC);
    double jitter = 0.5;
    QList<std::chrono::milliseconds> waits;

    [[nodiscard]] QDateTime now() const override
    {
        return current;
    }
    [[nodiscard]] double random() override
    {
        return jitter;
    }
    void schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback) override
    {
        waits.append(delay);
        current = current.addMSecs(delay.count());
        QTimer::singleShot(0, context, std::move(callback));
    }
};

} // namespace ra::test
