// SPDX-License-Identifier: GPL-3.0-or-later
#include "githubbench.h"

using namespace Qt::StringLiterals;

namespace ra::test {

bool GitHubBench::start()
{
    m_twin = std::make_unique<GitHubTwin>();
    if (!m_twin->start() || !m_portal.start() || !m_work.isValid()) {
        return false;
    }
    m_twin->state().token = Token;
    m_draftId = m_twin->addRelease(Tag, true);
    github::Endpoints endpoints;
    endpoints.api = m_twin->api().url();
    endpoints.uploads = m_twin->uploads().url();
    endpoints.web = m_twin->web().url();
    m_client = std::make_unique<github::GitHubClient>(endpoints);
    m_client->setToken(Token);
    m_clock = std::make_shared<FakeClock>();
    m_client->http().setClock(m_clock);
    m_client->http().setConnectTimeout(2000);
    m_client->http().setStallTimeout(StallTimeoutMs);
    return true;
}

github::RepositoryRef GitHubBench::repo() const
{
    return {m_twin->state().owner, m_twin->state().repo};
}

github::Release GitHubBench::draft() const
{
    return github::Release::fromJson(m_twin->releaseJson(*m_twin->state().release(m_draftId)));
}

void GitHubBench::takeApiDown()
{
    github::Endpoints endpoints = m_client->endpoints();
    endpoints.api = closedUrl();
    m_client->setEndpoints(endpoints);
}

void GitHubBench::expireToken()
{
    m_twin->state().token = u"ghp_rotatedByTheOwner00000000000000000000"_s;
}

void GitHubBench::describe(CellOutcome &outcome) const
{
    outcome.serviceNames = {u"GitHub"_s, m_twin->api().url().host()};
    outcome.secrets = {Token};
    outcome.waits = m_clock->waits;
    if (outcome.leak.isEmpty()) {
        outcome.leak = m_portal.leaks({Token});
    }
}

} // namespace ra::test
