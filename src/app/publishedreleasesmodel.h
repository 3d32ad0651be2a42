// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "github/release.h"
#include "release/publishedreleases.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQmlIntegration>

#include <memory>

namespace ra {

class ReleaseSession;
namespace github {
class GitHubClient;
}
namespace secrets {
class SecretStore;
}

/**
 * The community manager's list: the open project's published GitHub releases, newest first, each with its
 * announcement's state on every channel of the playbook (release::PublishedReleases, from the session's release
 * journal). Lists the releases when a project is opened and on refresh(); reloadStatuses() reads the journal
 * again without asking GitHub (after a send).
 */
class PublishedReleasesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ra::ReleaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Why the releases could not be listed, and what to do; empty when they were.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        TagRole = Qt::UserRole + 1,
        NameRole,
        UrlRole,
        PublishedOnRole, ///< YYYY-MM-DD, in local time
        PrereleaseRole,
        /// One {channel, state, stateText, link, message} per channel; state is "sent", "failed", "uncertain" or
        /// "pending".
        ChannelsRole,
        SentCountRole,
        ChannelCountRole,
    };
    Q_ENUM(Role)

    explicit PublishedReleasesModel(QObject *parent = nullptr);
    ~PublishedReleasesModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] ReleaseSession *session() const;
    /// Lists \a session's project now and whenever another one is opened.
    void setSession(ReleaseSession *session);
    [[nodiscard]] bool loading() const;
    [[nodiscard]] int count() const;
    [[nodiscard]] QString error() const;
    /// The rows as the engine gave them (tests).
    [[nodiscard]] QList<release::PublishedRelease> releases() const;

    /// Uses \a store instead of the system keychain (tests); not owned.
    void setSecretStore(secrets::SecretStore *store);
    /// The GitHub hosts; the Settings page's when never set (tests point them at a twin).
    void setEndpoints(const github::Endpoints &endpoints);

    /// Lists the releases on GitHub again.
    Q_INVOKABLE void refresh();
    /// Reads each channel's state from the journal again, without asking GitHub.
    Q_INVOKABLE void reloadStatuses();

Q_SIGNALS:
    void sessionChanged();
    void loadingChanged();
    void countChanged();
    void errorChanged();
    /// A listing ended, with the releases or an error.
    void finished();

private:
    void setLoading(bool loading);
    void setError(const QString &error);
    [[nodiscard]] secrets::SecretStore *secretStore();

    QPointer<ReleaseSession> m_session;
    QPointer<secrets::SecretStore> m_store;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    std::optional<github::Endpoints> m_endpoints;
    std::unique_ptr<github::GitHubClient> m_client;
    /// What GitHub listed last, drafts included: the rows are built from it and the journal.
    QList<github::Release> m_listed;
    QList<release::PublishedRelease> m_rows;
    QString m_error;
    bool m_loading = false;
    /// Counts the listings started, so that the answer of an earlier one is dropped.
    int m_generation = 0;
};

} // namespace ra
