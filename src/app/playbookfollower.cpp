// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playbookfollower.h"

#include "app/releasesession.h"

namespace ra {

PlaybookFollower::PlaybookFollower(QObject *owner, Reload reload)
    : m_owner(owner)
    , m_reload(std::move(reload))
{
}

bool PlaybookFollower::follow(ReleaseSession *session)
{
    if (session == m_session) {
        return false;
    }
    if (m_session) {
        QObject::disconnect(m_session, &ReleaseSession::projectNameChanged, m_owner, nullptr);
    }
    m_session = session;
    if (m_session) {
        QObject::connect(m_session, &ReleaseSession::projectNameChanged, m_owner,
                         [this] { m_reload(m_session->playbook()); });
        m_reload(m_session->playbook());
    }
    return true;
}

ReleaseSession *PlaybookFollower::session() const
{
    return m_session;
}

} // namespace ra
