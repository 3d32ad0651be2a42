// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "core/releasestep.h"

#include <QObject>
#include <QPointer>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

namespace ra {

class Journal;
class ReleaseSession;
namespace secrets {
class SecretStore;
}

/// What every step page's controller shares: the session it works for, the release it works on, the journal
/// that remembers it, and the step's state on the step list. Subclasses reload in releaseChanged().
class StepController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The base of the step controllers")

    Q_PROPERTY(ra::ReleaseSession *session READ session WRITE setSession NOTIFY sessionChanged)

public:
    ~StepController() override;

    [[nodiscard]] ReleaseSession *session() const;
    void setSession(ReleaseSession *session);
    /// Keeps the step's secrets in \a store instead of the system keychain (tests). Not owned.
    void setSecretStore(secrets::SecretStore *store);

Q_SIGNALS:
    void sessionChanged();

protected:
    StepController(ReleaseStep step, QObject *parent);

    /// The current release's name (its tag), empty when none is picked.
    [[nodiscard]] QString release() const;
    /// The session's journal; null when it could not be opened.
    [[nodiscard]] Journal *journal() const;
    /// Where the step's secrets are read: the store given to setSecretStore(), else the system keychain.
    [[nodiscard]] secrets::SecretStore &secretStore();
    /// Records where the current release stands on this step (journal and step list).
    void recordStep(StepState state, const QString &note) const;
    /// The session was set, or it picked another release: forget the old one and load what the journal
    /// remembers of the new one.
    virtual void releaseChanged() = 0;
    /// The session was set, or it opened another project. The default reloads the release; a step that keeps
    /// what it reads from the playbook takes openPlaybook() first.
    virtual void projectChanged();
    /// The open project's playbook, or std::nullopt while no project is open (the step then keeps the playbook
    /// it was given, or ReleaseSession::fallbackPlaybook()).
    [[nodiscard]] std::optional<Playbook> openPlaybook() const;

private:
    ReleaseStep m_step;
    QPointer<ReleaseSession> m_session;
    QPointer<secrets::SecretStore> m_secretStore;
    std::unique_ptr<secrets::SecretStore> m_ownSecretStore;
};

} // namespace ra
