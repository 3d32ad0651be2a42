// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "review/reviewinbox.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

namespace ra {

class ReleaseSession;
namespace github {
class GitHubClient;
}
namespace secrets {
class SecretStore;
}

/**
 * The reviewer's inbox: the releases of the open project whose tracking issue waits for the user's approval
 * (review::ReviewInbox, also for a token without push access). Reads them when a project is opened or the
 * account changes, on refresh(), and every few minutes while autoRefresh is set: the client is kept between
 * reads, so an unchanged issue list or thread is answered 304 and costs nothing of the rate limit.
 */
class ReviewInboxModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ra::ReleaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Why the inbox could not be read, and what to do; empty when it was.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// The login the inbox was read for; empty until GitHub said.
    Q_PROPERTY(QString viewer READ viewer NOTIFY viewerChanged)
    /// Reads the inbox again every refreshInterval ms while set (the page sets it while it is shown).
    Q_PROPERTY(bool autoRefresh READ autoRefresh WRITE setAutoRefresh NOTIFY autoRefreshChanged)
    Q_PROPERTY(int refreshInterval READ refreshInterval WRITE setRefreshInterval NOTIFY refreshIntervalChanged)

public:
    enum Role {
        TagRole = Qt::UserRole + 1,
        RevisionRole, ///< 0 when the issue does not number its revisions
        StandingRole, ///< "pending" (not reviewed) or "stale" (approved an earlier revision)
        SinceRole, ///< when the current revision was posted; invalid when unknown
        SinceTextRole, ///< the same in local time, for display; empty when unknown
        IssueUrlRole,
        IssueNumberRole,
    };
    Q_ENUM(Role)

    /// Five minutes: a timer read is mostly 304 answers.
    static constexpr int DefaultRefreshInterval = 5 * 60 * 1000;

    explicit ReviewInboxModel(QObject *parent = nullptr);
    ~ReviewInboxModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] ReleaseSession *session() const;
    /// Reads \a session's inbox now and whenever another project is opened or the demo acts as another account.
    void setSession(ReleaseSession *session);
    [[nodiscard]] bool busy() const;
    [[nodiscard]] int count() const;
    [[nodiscard]] QString error() const;
    [[nodiscard]] QString viewer() const;
    [[nodiscard]] bool autoRefresh() const;
    void setAutoRefresh(bool enabled);
    [[nodiscard]] int refreshInterval() const;
    void setRefreshInterval(int ms);
    /// The rows as the engine gave them (tests).
    [[nodiscard]] QList<review::InboxEntry> entries() const;
    /// How many reads GitHub answered 304 Not Modified with this model's client (tests).
    [[nodiscard]] int notModifiedCount() const;

    /// Uses \a store instead of the system keychain (tests); not owned.
    void setSecretStore(secrets::SecretStore *store);
    /// The GitHub hosts; the Settings page's when never set (tests point them at a twin).
    void setEndpoints(const github::Endpoints &endpoints);

    /// Reads the inbox on GitHub again.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void countChanged();
    void errorChanged();
    void viewerChanged();
    void autoRefreshChanged();
    void refreshIntervalChanged();
    /// A read ended, with the inbox or an error.
    void finished();

private:
    /// Another project or account: the client and its cached answers are dropped, the rows too.
    void restart();
    void apply(const review::InboxResult &result);
    void setBusy(bool busy);
    void setError(const QString &error);
    [[nodiscard]] secrets::SecretStore *secretStore();

    QPointer<ReleaseSession> m_session;
    QPointer<secrets::SecretStore> m_store;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    std::optional<github::Endpoints> m_endpoints;
    /// Kept between reads: its conditional cache is what makes a timer read cheap.
    std::unique_ptr<github::GitHubClient> m_client;
    std::unique_ptr<review::ReviewInbox> m_inbox;
    QList<review::InboxEntry> m_rows;
    QString m_error;
    QString m_viewer;
    QTimer m_timer;
    bool m_busy = false;
    /// Counts the reads started, so that the answer of an earlier one is dropped.
    int m_generation = 0;
};

} // namespace ra
