// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stepcontroller.h"

#include "app/releasesession.h"
#include "secrets/keychainsecretstore.h"

namespace ra {

StepController::StepController(ReleaseStep step, QObject *parent)
    : QObject(parent)
    , m_step(step)
{
}

StepController::~StepController() = default;

void StepController::setSecretStore(secrets::SecretStore *store)
{
    m_secretStore = store;
}

secrets::SecretStore &StepController::secretStore()
{
    if (!m_secretStore) {
        m_ownSecretStore = std::make_unique<secrets::KeychainSecretStore>();
        m_secretStore = m_ownSecretStore.get();
    }
    return *m_secretStore;
}

ReleaseSession *StepController::session() const
{
    return m_session;
}

void StepController::setSession(ReleaseSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &ReleaseSession::currentReleaseChanged, this, &StepController::releaseChanged);
        connect(m_session, &ReleaseSession::projectNameChanged, this, &StepController::projectChanged);
    }
    Q_EMIT sessionChanged();
    projectChanged();
}

void StepController::projectChanged()
{
    releaseChanged();
}

std::optional<Playbook> StepController::openPlaybook() const
{
    if (m_session && m_session->projectOpen()) {
        return m_session->playbook();
    }
    return std::nullopt;
}

QString StepController::release() const
{
    return m_session ? m_session->currentRelease() : QString();
}

Journal *StepController::journal() const
{
    return m_session ? m_session->journal() : nullptr;
}

void StepController::recordStep(StepState state, const QString &note) const
{
    if (m_session && !release().isEmpty()) {
        m_session->recordStepState(m_step, state, note);
    }
}

} // namespace ra
