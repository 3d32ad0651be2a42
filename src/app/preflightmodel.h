// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "release/preflight.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQmlIntegration>

#include <chrono>
#include <memory>

namespace ra {

class ReleaseSession;
namespace secrets {
class SecretStore;
}

/**
 * The pre-flight view's lines: what the open project needs before step 1, one row per check of
 * release::Preflight (the GitHub token and its rights, the keychain, each staging node, the scoring database,
 * each channel's secrets), green or saying what to do, with where to fix it. Runs the checks when a project is
 * opened and on refresh(); the keychain and GitHub hosts are the app's (the Settings page's).
 */
class PreflightModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ra::ReleaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY countsChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countsChanged)

public:
    enum Role {
        CheckIdRole = Qt::UserRole + 1,
        TitleRole,
        StateRole,
        DetailRole,
        FixActionRole,
    };
    Q_ENUM(Role)

    enum State {
        Ok,
        Warning,
        Failed,
        Checking,
        Skipped,
    };
    Q_ENUM(State)

    /// Where the pre-flight view sends the maintainer to fix a line.
    enum FixAction {
        NoFix,
        OpenSettings,
        SignInToGitHub,
        OpenScoringStep,
    };
    Q_ENUM(FixAction)

    explicit PreflightModel(QObject *parent = nullptr);
    ~PreflightModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] ReleaseSession *session() const;
    /// Checks \a session's project now and whenever another one is opened.
    void setSession(ReleaseSession *session);
    [[nodiscard]] bool running() const;
    [[nodiscard]] int count() const;
    [[nodiscard]] int failedCount() const;
    [[nodiscard]] int warningCount() const;
    /// The checks as the engine reports them (for tests and the CLI parity).
    [[nodiscard]] QList<release::PreflightCheck> checks() const;

    /// Uses \a store instead of the system keychain (tests); not owned.
    void setSecretStore(secrets::SecretStore *store);
    /// The GitHub hosts; the Settings page's when never set (tests point them at a twin).
    void setEndpoints(const github::Endpoints &endpoints);
    void setTimeout(std::chrono::milliseconds timeout);

    /// Runs every check again on the open project; without one, the list is empty.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void countsChanged();
    /// A run ended: every line has its answer.
    void finished();

private:
    [[nodiscard]] secrets::SecretStore *secretStore();

    QPointer<ReleaseSession> m_session;
    QPointer<secrets::SecretStore> m_store;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    std::optional<github::Endpoints> m_endpoints;
    std::chrono::milliseconds m_timeout{10000};
    std::unique_ptr<release::Preflight> m_preflight;
    QMetaObject::Connection m_projectConnection;
};

} // namespace ra
