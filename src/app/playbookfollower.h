// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"

#include <QPointer>

#include <functional>

namespace ra {

class ReleaseSession;

/// For an object that works from the open project's playbook without being a step controller (the announcement
/// composer, the channel secrets of the settings): follows a ReleaseSession, handing its playbook over now and
/// whenever another project is opened.
class PlaybookFollower
{
public:
    using Reload = std::function<void(const Playbook &)>;

    /// \a reload runs with the playbook, in \a owner's thread, as long as \a owner lives.
    PlaybookFollower(QObject *owner, Reload reload);

    /// Follows \a session from now on (none when null). Returns false when it already did: nothing changed.
    bool follow(ReleaseSession *session);
    [[nodiscard]] ReleaseSession *session() const;

private:
    QObject *m_owner;
    Reload m_reload;
    QPointer<ReleaseSession> m_session;
};

} // namespace ra
