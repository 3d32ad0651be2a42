// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channelsecretsmodel.h"

#include "channels/channelregistry.h"
#include "channels/channelsetup.h"
#include "secrets/keychainsecretstore.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace ra {

ChannelSecretsModel::ChannelSecretsModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_follower(this, [this](const Playbook &playbook) { loadChannels(playbook); })
{
    loadChannels(ReleaseSession::fallbackPlaybook());
}

void ChannelSecretsModel::loadChannels(const Playbook &playbook)
{
    // The channels are the playbook's, as in the composer. A wrong channels file still lists them, with the
    // error saying what to fix.
    QList<channels::ChannelConfig> configs;
    m_channelsError.clear();
    channels::ChannelSetup::loadChannels(playbook, &configs, &m_channelsError);
    setChannels(configs);
    Q_EMIT channelsChanged();
}

void ChannelSecretsModel::setSession(ReleaseSession *session)
{
    if (m_follower.follow(session)) {
        Q_EMIT sessionChanged();
    }
}

ReleaseSession *ChannelSecretsModel::session() const
{
    return m_follower.session();
}

ChannelSecretsModel::~ChannelSecretsModel() = default;

void ChannelSecretsModel::setChannels(const QList<channels::ChannelConfig> &configs)
{
    beginResetModel();
    m_rows.clear();
    for (const channels::ChannelConfig &config : configs) {
        const channels::ChannelKind *kind = channels::ChannelRegistry::builtin().find(config.kind);
        if (!kind) {
            continue;
        }
        const QString title =
            config.id == config.kind ? kind->displayName : u"%1 (%2)"_s.arg(kind->displayName, config.id);
        for (const QString &name : kind->credentialNames) {
            m_rows.append(Row{config.id, title, name, {}, {}, false});
        }
    }
    endResetModel();
}

void ChannelSecretsModel::setStore(secrets::SecretStore *store)
{
    m_store = store;
}

secrets::SecretStore &ChannelSecretsModel::store()
{
    // The keychain is opened only when asked to: showing the settings must not touch it.
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    return *m_store;
}

int ChannelSecretsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChannelSecretsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const QString variable = channels::ChannelSetup::secretEnvironmentVariable(row.channelId, row.secretName);
    switch (role) {
    case Qt::DisplayRole:
    case ChannelTitleRole:
        return row.title;
    case ChannelIdRole:
        return row.channelId;
    case SecretNameRole:
        return row.secretName;
    case EnvironmentVariableRole:
        return variable;
    case OverriddenRole:
        return !qEnvironmentVariableIsEmpty(qPrintable(variable));
    case StatusRole:
        return row.status;
    case MessageRole:
        return row.message;
    case BusyRole:
        return row.busy;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelSecretsModel::roleNames() const
{
    return {{ChannelIdRole, "channelId"},   {ChannelTitleRole, "channelTitle"},
            {SecretNameRole, "secretName"}, {EnvironmentVariableRole, "environmentVariable"},
            {OverriddenRole, "overridden"}, {StatusRole, "status"},
            {MessageRole, "message"},       {BusyRole, "busy"}};
}

QString ChannelSecretsModel::storeDescription() const
{
    return m_store ? m_store->description() : tr("system keychain");
}

QString ChannelSecretsModel::channelsFile() const
{
    return channels::ChannelSetup::channelsFilePath();
}

QString ChannelSecretsModel::channelsError() const
{
    return m_channelsError;
}

void ChannelSecretsModel::update(int row, const QString &status, const QString &message, bool busy)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    Row &r = m_rows[row];
    r.status = status;
    r.message = message;
    r.busy = busy;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {StatusRole, MessageRole, BusyRole});
}

void ChannelSecretsModel::save(int row, const QString &value)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).busy) {
        return;
    }
    if (value.trimmed().isEmpty()) {
        update(row, u"failed"_s, tr("Type the secret first; to delete it, use Forget."), false);
        return;
    }
    const Row r = m_rows.at(row);
    update(row, r.status, tr("Saving…"), true);
    QPointer<ChannelSecretsModel> self(this);
    store().write(channels::ChannelSetup::secretKey(r.channelId, r.secretName), value.trimmed(),
                  [self, row](const net::Error &error) {
                      if (self) {
                          self->update(row, error.isError() ? u"failed"_s : u"saved"_s,
                                       error.isError() ? error.toString() : tr("Saved."), false);
                      }
                  });
}

void ChannelSecretsModel::forget(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).busy) {
        return;
    }
    const Row r = m_rows.at(row);
    update(row, r.status, tr("Removing…"), true);
    QPointer<ChannelSecretsModel> self(this);
    store().remove(channels::ChannelSetup::secretKey(r.channelId, r.secretName), [self, row](const net::Error &error) {
        if (self) {
            self->update(row, error.isError() ? u"failed"_s : u"removed"_s,
                         error.isError() ? error.toString() : tr("Removed."), false);
        }
    });
}

void ChannelSecretsModel::check(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).busy) {
        return;
    }
    const Row r = m_rows.at(row);
    update(row, r.status, tr("Checking…"), true);
    QPointer<ChannelSecretsModel> self(this);
    store().read(channels::ChannelSetup::secretKey(r.channelId, r.secretName),
                 [self, row](const secrets::SecretValue &value) {
                     if (!self) {
                         return;
                     }
                     if (value.error.isError()) {
                         self->update(row, u"failed"_s, value.error.toString(), false);
                     } else {
                         self->update(row, value.found ? u"stored"_s : u"missing"_s,
                                      value.found ? tr("Stored.") : tr("Not stored."), false);
                     }
                 });
}

} // namespace ra
