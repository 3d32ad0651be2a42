// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preflightmodel.h"

#include "app/githubaccountsettings.h"
#include "app/releasesession.h"
#include "app/scoringdatabase.h"
#include "secrets/keychainsecretstore.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

using CheckState = release::PreflightCheck::State;
using Fix = release::PreflightCheck::Fix;

PreflightModel::State modelState(CheckState state)
{
    switch (state) {
    case CheckState::Ok:
        return PreflightModel::Ok;
    case CheckState::Warning:
        return PreflightModel::Warning;
    case CheckState::Failed:
        return PreflightModel::Failed;
    case CheckState::Checking:
        return PreflightModel::Checking;
    case CheckState::Skipped:
        break;
    }
    return PreflightModel::Skipped;
}

PreflightModel::FixAction modelFix(Fix fix)
{
    switch (fix) {
    case Fix::None:
        return PreflightModel::NoFix;
    case Fix::OpenSettings:
        return PreflightModel::OpenSettings;
    case Fix::SignInToGitHub:
        return PreflightModel::SignInToGitHub;
    case Fix::OpenScoringStep:
        break;
    }
    return PreflightModel::OpenScoringStep;
}

} // namespace

PreflightModel::PreflightModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

PreflightModel::~PreflightModel() = default;

int PreflightModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_preflight ? 0 : int(m_preflight->checks().size());
}

QVariant PreflightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const release::PreflightCheck &check = m_preflight->checks().at(index.row());
    switch (role) {
    case CheckIdRole:
        return check.id;
    case Qt::DisplayRole:
    case TitleRole:
        return check.title;
    case StateRole:
        return QVariant::fromValue(modelState(check.state));
    case DetailRole:
        return check.detail;
    case FixActionRole:
        return QVariant::fromValue(modelFix(check.fix));
    default:
        return {};
    }
}

QHash<int, QByteArray> PreflightModel::roleNames() const
{
    return {{CheckIdRole, "checkId"},
            {TitleRole, "title"},
            {StateRole, "state"},
            {DetailRole, "detail"},
            {FixActionRole, "fixAction"}};
}

ReleaseSession *PreflightModel::session() const
{
    return m_session;
}

void PreflightModel::setSession(ReleaseSession *session)
{
    if (m_session == session) {
        return;
    }
    disconnect(m_projectConnection);
    m_session = session;
    if (m_session) {
        m_projectConnection = connect(m_session, &ReleaseSession::projectNameChanged, this, &PreflightModel::refresh);
    }
    Q_EMIT sessionChanged();
    refresh();
}

bool PreflightModel::running() const
{
    return m_preflight && m_preflight->isRunning();
}

int PreflightModel::count() const
{
    return rowCount();
}

int PreflightModel::failedCount() const
{
    const QList<release::PreflightCheck> all = checks();
    return int(std::count_if(all.cbegin(), all.cend(),
                             [](const release::PreflightCheck &check) { return check.state == CheckState::Failed; }));
}

int PreflightModel::warningCount() const
{
    const QList<release::PreflightCheck> all = checks();
    return int(std::count_if(all.cbegin(), all.cend(),
                             [](const release::PreflightCheck &check) { return check.state == CheckState::Warning; }));
}

QList<release::PreflightCheck> PreflightModel::checks() const
{
    return m_preflight ? m_preflight->checks() : QList<release::PreflightCheck>();
}

void PreflightModel::setSecretStore(secrets::SecretStore *store)
{
    m_store = store;
}

void PreflightModel::setEndpoints(const github::Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void PreflightModel::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void PreflightModel::refresh()
{
    const bool wasRunning = running();
    beginResetModel();
    m_preflight.reset();
    if (m_session && m_session->project()) {
        release::Preflight::Options options;
        options.endpoints = m_endpoints.value_or(GitHubAccountSettings::endpoints());
        options.store = secretStore();
        options.tokenKey = QString::fromLatin1(GitHubAccountSettings::TokenKey);
        options.scoringPasswordKey = QString::fromLatin1(ScoringDatabase::kPasswordKey);
        // Step 3 remembers the connection string the maintainer gave; the playbook's is the default.
        options.scoringConnection = QSettings().value(u"scoring/connectionString"_s).toString();
        options.timeout = m_timeout;
        m_preflight = std::make_unique<release::Preflight>(*m_session->project(), options);
        // Checks that need no answer settle inside run(): the reset shows them as they are.
        m_preflight->run();
        connect(m_preflight.get(), &release::Preflight::checkChanged, this, [this](int row) {
            Q_EMIT dataChanged(index(row), index(row), {StateRole, DetailRole, FixActionRole});
            Q_EMIT countsChanged();
        });
        connect(m_preflight.get(), &release::Preflight::finished, this, [this] {
            Q_EMIT runningChanged();
            Q_EMIT finished();
        });
    }
    endResetModel();
    Q_EMIT countsChanged();
    if (wasRunning != running()) {
        Q_EMIT runningChanged();
    }
    if (m_preflight && !m_preflight->isRunning()) {
        Q_EMIT finished();
    }
}

secrets::SecretStore *PreflightModel::secretStore()
{
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    return m_store;
}

} // namespace ra
