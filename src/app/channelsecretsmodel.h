// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/playbookfollower.h"
#include "app/releasesession.h"
#include "channels/channel.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

#include <memory>

namespace ra {
namespace secrets {
class SecretStore;
}

/// The secrets the announcement channels need, one row per channel and secret ("Telegram — bot-token"), for
/// the settings page to save into and remove from the SecretStore. Values are written, never shown: a row
/// only says whether the store holds it (once checked) and whether an environment variable overrides it.
class ChannelSecretsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString storeDescription READ storeDescription CONSTANT)
    Q_PROPERTY(QString channelsFile READ channelsFile CONSTANT)
    Q_PROPERTY(QString channelsError READ channelsError NOTIFY channelsChanged)
    Q_PROPERTY(ra::ReleaseSession *session READ session WRITE setSession NOTIFY sessionChanged)

public:
    enum Role {
        ChannelIdRole = Qt::UserRole + 1,
        ChannelTitleRole,
        SecretNameRole,
        EnvironmentVariableRole,
        OverriddenRole,
        StatusRole,
        MessageRole,
        BusyRole,
    };
    Q_ENUM(Role)

    /// The channels of the playbook (ReleaseSession::fallbackPlaybook() until a session is given), their secrets
    /// in the system keychain.
    explicit ChannelSecretsModel(QObject *parent = nullptr);
    ~ChannelSecretsModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString storeDescription() const;
    [[nodiscard]] QString channelsFile() const;
    [[nodiscard]] QString channelsError() const;

    /// Saves \a value as the secret of row \a row; an empty value is refused (use forget()).
    Q_INVOKABLE void save(int row, const QString &value);
    /// Removes the secret of row \a row from the store.
    Q_INVOKABLE void forget(int row);
    /// Finds out whether the store holds the secret of row \a row (status "stored" or "missing").
    Q_INVOKABLE void check(int row);

    /// Uses \a store instead of the system keychain (tests); the model does not own it.
    void setStore(secrets::SecretStore *store);
    void setChannels(const QList<channels::ChannelConfig> &configs);
    /// Lists the channels of \a session's open project, and follows it when another project is opened.
    void setSession(ReleaseSession *session);
    [[nodiscard]] ReleaseSession *session() const;

Q_SIGNALS:
    void channelsChanged();
    void sessionChanged();

private:
    void loadChannels(const Playbook &playbook);

    struct Row {
        QString channelId;
        QString title;
        QString secretName;
        QString status; ///< "", "stored", "missing", "saved", "removed", "failed"
        QString message;
        bool busy = false;
    };

    secrets::SecretStore &store();
    void update(int row, const QString &status, const QString &message, bool busy);

    QList<Row> m_rows;
    QString m_channelsError;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    secrets::SecretStore *m_store = nullptr;
    PlaybookFollower m_follower;
};

} // namespace ra
