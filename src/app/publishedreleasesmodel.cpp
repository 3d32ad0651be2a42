// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publishedreleasesmodel.h"

#include "app/githubaccountsettings.h"
#include "app/releasesession.h"
#include "github/githubclient.h"
#include "secrets/keychainsecretstore.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

QString stateText(release::ChannelDelivery::State state)
{
    switch (state) {
    case release::ChannelDelivery::State::Sent:
        return PublishedReleasesModel::tr("sent");
    case release::ChannelDelivery::State::Failed:
        return PublishedReleasesModel::tr("failed");
    case release::ChannelDelivery::State::Uncertain:
        return PublishedReleasesModel::tr("uncertain");
    case release::ChannelDelivery::State::Pending:
        break;
    }
    return PublishedReleasesModel::tr("not sent");
}

} // namespace

PublishedReleasesModel::PublishedReleasesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

PublishedReleasesModel::~PublishedReleasesModel() = default;

int PublishedReleasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PublishedReleasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const release::PublishedRelease &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TagRole:
        return row.tag;
    case NameRole:
        return row.name;
    case UrlRole:
        return row.url.toString();
    case PublishedOnRole:
        return row.publishedAt.toLocalTime().date().toString(Qt::ISODate);
    case PrereleaseRole:
        return row.prerelease;
    case ChannelsRole: {
        QVariantList channels;
        for (const release::ChannelDelivery &delivery : row.channels) {
            channels.append(QVariantMap{{u"channel"_s, delivery.channelId},
                                        {u"state"_s, release::channelDeliveryKey(delivery.state)},
                                        {u"stateText"_s, stateText(delivery.state)},
                                        {u"link"_s, delivery.links.value(0)},
                                        {u"message"_s, delivery.message}});
        }
        return channels;
    }
    case SentCountRole:
        return int(row.sentCount());
    case ChannelCountRole:
        return int(row.channels.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> PublishedReleasesModel::roleNames() const
{
    return {{TagRole, "tag"},
            {NameRole, "name"},
            {UrlRole, "url"},
            {PublishedOnRole, "publishedOn"},
            {PrereleaseRole, "prerelease"},
            {ChannelsRole, "channels"},
            {SentCountRole, "sentCount"},
            {ChannelCountRole, "channelCount"}};
}

ReleaseSession *PublishedReleasesModel::session() const
{
    return m_session;
}

void PublishedReleasesModel::setSession(ReleaseSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &ReleaseSession::projectNameChanged, this, &PublishedReleasesModel::refresh);
    }
    Q_EMIT sessionChanged();
    refresh();
}

bool PublishedReleasesModel::loading() const
{
    return m_loading;
}

int PublishedReleasesModel::count() const
{
    return int(m_rows.size());
}

QString PublishedReleasesModel::error() const
{
    return m_error;
}

QList<release::PublishedRelease> PublishedReleasesModel::releases() const
{
    return m_rows;
}

void PublishedReleasesModel::setSecretStore(secrets::SecretStore *store)
{
    m_store = store;
}

void PublishedReleasesModel::setEndpoints(const github::Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void PublishedReleasesModel::refresh()
{
    const int generation = ++m_generation;
    m_client.reset();
    m_listed.clear();
    reloadStatuses();
    setError({});
    if (!m_session || !m_session->project()) {
        setLoading(false);
        return;
    }
    setLoading(true);
    GitHubAccountSettings::readToken(
        *secretStore(), [self = QPointer(this), generation](const QString &token, const QString &, const QString &) {
            if (!self || generation != self->m_generation || !self->m_session || !self->m_session->project()) {
                return;
            }
            self->m_client =
                std::make_unique<github::GitHubClient>(self->m_endpoints.value_or(GitHubAccountSettings::endpoints()));
            self->m_client->setToken(token);
            self->m_client->listReleases(
                self->m_session->project()->repository(),
                [self, generation](const github::Result<QList<github::Release>> &answer) {
                    if (!self || generation != self->m_generation) {
                        return;
                    }
                    if (answer.ok()) {
                        self->m_listed = answer.value;
                        self->reloadStatuses();
                    } else {
                        self->setError(
                            tr("The releases of %1 could not be listed: %2")
                                .arg(self->m_session->project()->repository().toString(), answer.error.toString()));
                    }
                    self->setLoading(false);
                    Q_EMIT self->finished();
                });
        });
}

void PublishedReleasesModel::reloadStatuses()
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows.clear();
    if (m_session && m_session->project()) {
        m_rows = release::PublishedReleases::fromReleases(
            m_listed, release::PublishedReleases::channelIds(m_session->project()->playbook()), m_session->journal());
    }
    endResetModel();
    if (before != m_rows.size()) {
        Q_EMIT countChanged();
    }
}

void PublishedReleasesModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void PublishedReleasesModel::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

secrets::SecretStore *PublishedReleasesModel::secretStore()
{
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    return m_store;
}

} // namespace ra
