// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/syncwaiter.h"

namespace ra::github {

SyncWaiter::SyncWaiter(WaitOptions options)
    : m_options(std::move(options))
{
    m_poll.setInterval(50);
    QObject::connect(&m_poll, &QTimer::timeout, &m_loop, [this] {
        if (m_options.cancel && m_options.cancel->load() && m_call && !m_call->isFinished()) {
            m_call->cancel();
        }
    });
}

SyncWaiter::~SyncWaiter() = default;

void SyncWaiter::watch(net::Call *call)
{
    m_call = call;
    if (!call || m_done) {
        return;
    }
    const auto onProgress = [this](qint64 done, qint64 total) {
        if (m_options.progress) {
            m_options.progress(done, total);
        }
        // Checking on progress too stops a fast transfer where the caller raised the flag.
        cancelLater();
    };
    // An upload's answer is a few bytes of JSON: its download progress would read as the transfer restarting.
    const net::Request &request = call->request();
    if (request.bodySource || !request.body.isEmpty()) {
        QObject::connect(call, &net::Call::uploadProgress, &m_loop, onProgress);
    } else {
        QObject::connect(call, &net::Call::downloadProgress, &m_loop, onProgress);
    }
    if (m_options.cancel) {
        m_poll.start();
    }
}

void SyncWaiter::cancelLater()
{
    if (!m_options.cancel || !m_options.cancel->load() || !m_call || m_call->isFinished()) {
        return;
    }
    // Not from inside the reply's own progress signal: aborting a reply there races its upload machinery.
    QTimer::singleShot(0, m_call.data(), [call = m_call] {
        if (call && !call->isFinished()) {
            call->cancel();
        }
    });
}

void SyncWaiter::wait()
{
    if (!m_done) {
        m_loop.exec();
    }
    m_poll.stop();
}

void SyncWaiter::done()
{
    m_done = true;
    m_loop.quit();
}

} // namespace ra::github
