// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/result.h"
#include "net/call.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <optional>

namespace ra::github {

/// What a blocking wait watches besides the call.
struct WaitOptions {
    /// When set and raised, the call is cancelled within 50 ms; it then ends with ErrorKind::Cancelled.
    const std::atomic_bool *cancel = nullptr;
    /// The call's upload progress when it sends a body, else its download progress: (bytes done, total; -1
    /// when unknown).
    std::function<void(qint64, qint64)> progress;
};

/**
 * Waits in a local event loop for one asynchronous GitHubClient operation, for code that works step by step on
 * a worker thread or in the command-line tool (step 5). The client must live in the waiting thread.
 */
class SyncWaiter
{
public:
    explicit SyncWaiter(WaitOptions options = {});
    ~SyncWaiter();
    SyncWaiter(const SyncWaiter &) = delete;
    SyncWaiter &operator=(const SyncWaiter &) = delete;

    /// Reports \a call's progress and cancels it when the flag is raised.
    void watch(net::Call *call);
    /// Runs the event loop until done() (returns at once when it was already called).
    void wait();
    /// Ends wait(); called from the operation's callback.
    void done();

private:
    void cancelLater();

    WaitOptions m_options;
    QEventLoop m_loop;
    QTimer m_poll;
    QPointer<net::Call> m_call;
    bool m_done = false;
};

/// Starts an operation with \a start (given the callback, returns the call, e.g.
/// `[&](auto done) { return client.listAssets(repo, id, done); }`) and returns its result once it reported.
template<class T, class Start>
[[nodiscard]] Result<T> waitFor(Start start, WaitOptions options = {})
{
    SyncWaiter waiter(std::move(options));
    std::optional<Result<T>> result;
    net::Call *call = start(Callback<T>([&result, &waiter](const Result<T> &answer) {
        result = answer;
        waiter.done();
    }));
    waiter.watch(call);
    waiter.wait();
    return std::move(*result);
}

} // namespace ra::github
