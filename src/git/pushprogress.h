// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace ra::git {

/// Where a push stands, for a progress bar.
struct PushProgress {
    enum class Stage { Connecting, Checking, Packing, Sending, Verifying };
    Stage stage = Stage::Connecting;
    /// Objects sent so far and in total (Sending), 0 otherwise.
    unsigned int current = 0;
    unsigned int total = 0;
    size_t bytes = 0;
    /// A line the server printed (hook output), when there is one.
    QString remoteMessage;
};

/// Receives progress; called on the thread that runs the push.
using PushProgressHandler = std::function<void(const PushProgress &progress)>;

} // namespace ra::git
