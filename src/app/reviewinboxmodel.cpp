// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reviewinboxmodel.h"

#include "app/githubaccountsettings.h"
#include "app/releasesession.h"
#include "github/githubclient.h"
#include "secrets/keychainsecretstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ra {

ReviewInboxModel::ReviewInboxModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setInterval(DefaultRefreshInterval);
    connect(&m_timer, &QTimer::timeout, this, &ReviewInboxModel::refresh);
}

ReviewInboxModel::~ReviewInboxModel() = default;

int ReviewInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReviewInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const review::InboxEntry &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TagRole:
        return row.tag;
    case RevisionRole:
        return row.revision;
    case StandingRole:
        return row.standing;
    case SinceRole:
        return row.since;
    case SinceTextRole:
        return row.since.isValid() ? QLocale().toString(row.since.toLocalTime(), QLocale::ShortFormat) : QString();
    case IssueUrlRole:
        return row.issueUrl.toString();
    case IssueNumberRole:
        return row.issueNumber;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewInboxModel::roleNames() const
{
    return {{TagRole, "tag"},
            {RevisionRole, "revision"},
            {StandingRole, "standing"},
            {SinceRole, "since"},
            {SinceTextRole, "sinceText"},
            {IssueUrlRole, "issueUrl"},
            {IssueNumberRole, "issueNumber"}};
}

ReleaseSession *ReviewInboxModel::session() const
{
    return m_session;
}

void ReviewInboxModel::setSession(ReleaseSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &ReleaseSession::projectNameChanged, this, &ReviewInboxModel::restart);
        connect(m_session, &ReleaseSession::demoAccountChanged, this, &ReviewInboxModel::restart);
    }
    Q_EMIT sessionChanged();
    restart();
}

bool ReviewInboxModel::busy() const
{
    return m_busy;
}

int ReviewInboxModel::count() const
{
    return int(m_rows.size());
}

QString ReviewInboxModel::error() const
{
    return m_error;
}

QString ReviewInboxModel::viewer() const
{
    return m_viewer;
}

bool ReviewInboxModel::autoRefresh() const
{
    return m_timer.isActive();
}

void ReviewInboxModel::setAutoRefresh(bool enabled)
{
    if (enabled == m_timer.isActive()) {
        return;
    }
    if (enabled) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
    Q_EMIT autoRefreshChanged();
}

int ReviewInboxModel::refreshInterval() const
{
    return m_timer.interval();
}

void ReviewInboxModel::setRefreshInterval(int ms)
{
    if (ms > 0 && ms != m_timer.interval()) {
        m_timer.setInterval(ms);
        Q_EMIT refreshIntervalChanged();
    }
}

QList<review::InboxEntry> ReviewInboxModel::entries() const
{
    return m_rows;
}

int ReviewInboxModel::notModifiedCount() const
{
    return m_client ? m_client->notModifiedCount() : 0;
}

void ReviewInboxModel::setSecretStore(secrets::SecretStore *store)
{
    m_store = store;
}

void ReviewInboxModel::setEndpoints(const github::Endpoints &endpoints)
{
    m_endpoints = endpoints;
    m_inbox.reset();
    m_client.reset();
}

void ReviewInboxModel::restart()
{
    ++m_generation;
    m_inbox.reset();
    m_client.reset();
    apply({});
    refresh();
}

void ReviewInboxModel::refresh()
{
    const int generation = ++m_generation;
    setError({});
    if (!m_session || !m_session->project()) {
        setBusy(false);
        return;
    }
    setBusy(true);
    GitHubAccountSettings::readToken(*secretStore(), [self = QPointer(this), generation](
                                                         const QString &token, const QString &, const QString &) {
        if (!self || generation != self->m_generation || !self->m_session || !self->m_session->project()) {
            return;
        }
        const release::Project &project = *self->m_session->project();
        if (!self->m_client) {
            self->m_client =
                std::make_unique<github::GitHubClient>(self->m_endpoints.value_or(GitHubAccountSettings::endpoints()));
            self->m_inbox = std::make_unique<review::ReviewInbox>(*self->m_client, project.repository(),
                                                                  project.playbook().approvals,
                                                                  project.playbook().trackingIssue.titleTemplate);
        }
        // Another token (the Settings page) empties the client's cache: never answered from another account.
        self->m_client->setToken(token);
        self->m_inbox->read([self, generation](const review::InboxResult &result) {
            if (!self || generation != self->m_generation) {
                return;
            }
            if (result.ok()) {
                self->apply(result);
            } else {
                self->setError(result.hint.isEmpty() ? result.error : result.error + u". "_s + result.hint);
            }
            self->setBusy(false);
            Q_EMIT self->finished();
        });
    });
}

void ReviewInboxModel::apply(const review::InboxResult &result)
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows = result.waiting;
    endResetModel();
    if (before != m_rows.size()) {
        Q_EMIT countChanged();
    }
    if (m_viewer != result.viewer) {
        m_viewer = result.viewer;
        Q_EMIT viewerChanged();
    }
}

void ReviewInboxModel::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void ReviewInboxModel::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

secrets::SecretStore *ReviewInboxModel::secretStore()
{
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    return m_store;
}

} // namespace ra
