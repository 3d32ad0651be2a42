// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeclock.h"
#include "faultmatrix.h"
#include "github/githubclient.h"
#include "githubtwin.h"
#include "httpfaults.h"

#include <QTemporaryDir>

#include <memory>

namespace ra::test {

/**
 * What the GitHub rows share for one cell: a fresh GitHub twin holding the draft of 1.15.0, a GitHubClient
 * with the token on a fake clock (back-offs and rate-limit waits take no time and are recorded) and a short
 * stall timeout, a captive portal for the redirects, and a work folder.
 */
class GitHubBench
{
public:
    static inline const QString Token = QStringLiteral("ghp_FAULTMATRIXsecret0123456789abcdefABCD");
    static inline const QString Tag = QStringLiteral("1.15.0");

    /// Starts the twin and the portal, adds the draft and makes the client; false when a port could not be bound.
    bool start();

    [[nodiscard]] GitHubTwin &twin()
    {
        return *m_twin;
    }
    [[nodiscard]] github::GitHubClient &client()
    {
        return *m_client;
    }
    [[nodiscard]] FakeClock &clock()
    {
        return *m_clock;
    }
    [[nodiscard]] PortalHost &portal()
    {
        return m_portal;
    }
    [[nodiscard]] QString workDir() const
    {
        return m_work.path();
    }
    [[nodiscard]] qint64 draftId() const
    {
        return m_draftId;
    }
    [[nodiscard]] github::RepositoryRef repo() const;
    /// The draft as the client reads it from GitHub (upload_url on the twin's uploads host).
    [[nodiscard]] github::Release draft() const;

    /// Points the API host at a closed port (Fault::Down of the API).
    void takeApiDown();
    /// Makes the twin refuse the client's token (Fault::Unauthorized): an expired or revoked token.
    void expireToken();
    /// What every GitHub row reports besides the result: the names of the service, the secret, the waits.
    void describe(CellOutcome &outcome) const;

private:
    std::unique_ptr<GitHubTwin> m_twin;
    std::unique_ptr<github::GitHubClient> m_client;
    std::shared_ptr<FakeClock> m_clock;
    PortalHost m_portal;
    QTemporaryDir m_work;
    qint64 m_draftId = 0;
};

} // namespace ra::test
