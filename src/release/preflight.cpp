// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/preflight.h"

#include "channels/channelregistry.h"
#include "channels/channelsetup.h"
#include "github/githubclient.h"
#include "net/httpclient.h"
#include "scoring/postgresversionstore.h"
#include "secrets/secretstore.h"
#include "staging/stagingchecker.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

using State = PreflightCheck::State;
using Fix = PreflightCheck::Fix;

/// A token that expires within this many days is reported, so that a release is not cut short by it.
constexpr int ExpiryWarningDays = 7;

QUrl nodeUrl(const QString &base, const QString &path)
{
    QUrl url(base);
    QString prefix = url.path();
    while (prefix.endsWith(u'/')) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    return url;
}

} // namespace

QJsonObject PreflightCheck::toJson() const
{
    return {{u"id"_s, id},
            {u"title"_s, title},
            {u"state"_s, stateName(state)},
            {u"detail"_s, detail},
            {u"fix"_s, fixName(fix)}};
}

QString PreflightCheck::stateName(State state)
{
    switch (state) {
    case State::Checking:
        return u"checking"_s;
    case State::Ok:
        return u"ok"_s;
    case State::Warning:
        return u"warning"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Skipped:
        break;
    }
    return u"skipped"_s;
}

QString PreflightCheck::fixName(Fix fix)
{
    switch (fix) {
    case Fix::None:
        return {};
    case Fix::OpenSettings:
        return u"open-settings"_s;
    case Fix::SignInToGitHub:
        return u"sign-in-to-github"_s;
    case Fix::OpenScoringStep:
        break;
    }
    return u"open-scoring-step"_s;
}

Preflight::Preflight(Project project, Options options, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_options(std::move(options))
    , m_github(std::make_unique<github::GitHubClient>(m_options.endpoints))
    , m_nodes(std::make_unique<net::HttpClient>())
{
    // The transports give up a second after the deadline, so a silent service is reported by the deadline's
    // message, the same for every line.
    const int timeout = int(m_options.timeout.count()) + 1000;
    for (net::HttpClient *http : {&m_github->http(), m_nodes.get()}) {
        http->setConnectTimeout(timeout);
        http->setStallTimeout(timeout);
    }
    // A pre-flight check says how things stand now: one attempt, no back-off past the deadline.
    m_nodes->retryPolicy().setLimits(
        {1, std::chrono::milliseconds(0), std::chrono::milliseconds(0), std::chrono::milliseconds(0)});
    m_github->http().retryPolicy().setLimits(
        {1, std::chrono::milliseconds(0), std::chrono::milliseconds(0), std::chrono::milliseconds(0)});
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Preflight::timeOut);
}

Preflight::~Preflight() = default;

void Preflight::run()
{
    ++m_generation;
    m_deadline.stop();
    m_checks.clear();
    m_pending = 0;
    m_tokenCheck = -1;
    m_rightsCheck = -1;
    m_deadline.start(m_options.timeout);
    checkKeychainAndToken();
    checkStagingNodes();
    checkScoringDatabase();
    checkChannels();
    if (m_pending == 0) {
        m_deadline.stop();
        Q_EMIT finished();
    }
}

bool Preflight::isRunning() const
{
    return m_pending > 0;
}

const QList<PreflightCheck> &Preflight::checks() const
{
    return m_checks;
}

bool Preflight::allOk() const
{
    return std::all_of(m_checks.cbegin(), m_checks.cend(), [](const PreflightCheck &check) {
        return check.state == State::Ok || check.state == State::Skipped;
    });
}

int Preflight::add(const QString &id, const QString &title)
{
    m_checks.append({id, title, State::Checking, {}, Fix::None});
    ++m_pending;
    return int(m_checks.size()) - 1;
}

void Preflight::settle(int index, State state, const QString &detail, Fix fix)
{
    PreflightCheck &check = m_checks[index];
    if (check.state != State::Checking) {
        return;
    }
    check.state = state;
    check.detail = detail;
    check.fix = fix;
    Q_EMIT checkChanged(index);
    if (--m_pending == 0) {
        m_deadline.stop();
        Q_EMIT finished();
    }
}

bool Preflight::current(int generation) const
{
    return generation == m_generation;
}

void Preflight::checkKeychainAndToken()
{
    const int keychain = add(u"keychain"_s, tr("System keychain"));
    m_tokenCheck = add(u"github-token"_s, tr("GitHub token"));
    m_rightsCheck = add(u"github-rights"_s, tr("Rights on %1").arg(m_project.repository().toString()));
    auto fromEnvironment = [this](const QString &keychainProblem) {
        const QString token = qEnvironmentVariable("GITHUB_TOKEN").trimmed();
        if (!token.isEmpty()) {
            checkGitHub(token, tr("the GITHUB_TOKEN environment variable"));
            return;
        }
        const QString where = keychainProblem.isEmpty()
                                  ? tr("No GitHub token: sign in from Settings (GitHub's device flow or a fine-grained "
                                       "token), or set GITHUB_TOKEN.")
                                  : tr("No GitHub token: the keychain could not be read and GITHUB_TOKEN is not set.");
        settle(m_tokenCheck, State::Failed, where, Fix::SignInToGitHub);
        settle(m_rightsCheck, State::Skipped, tr("Needs a GitHub token."));
    };
    if (!m_options.store) {
        settle(keychain, State::Skipped,
               tr("The command-line tool reads its secrets from the environment (GITHUB_TOKEN, RA_SECRET_*, "
                  "RA_SCORING_DB_PASSWORD)."));
        fromEnvironment({});
        return;
    }
    const int generation = m_generation;
    const QString description = m_options.store->description();
    m_options.store->read(m_options.tokenKey, [self = QPointer(this), generation, keychain, description,
                                               fromEnvironment](const secrets::SecretValue &value) {
        if (!self || !self->current(generation)) {
            return;
        }
        if (value.error.isError()) {
            self->settle(keychain, State::Failed,
                         tr("The %1 cannot be used: %2. Start and unlock a Secret Service (KWallet, GNOME Keyring); "
                            "until then the environment's secrets are used.")
                             .arg(description, value.error.toString()),
                         Fix::None);
            fromEnvironment(value.error.toString());
            return;
        }
        self->settle(keychain, State::Ok, tr("The %1 answers: tokens and passwords are kept there.").arg(description));
        if (value.found && !value.value.trimmed().isEmpty()) {
            self->checkGitHub(value.value.trimmed(), tr("the %1").arg(description));
        } else {
            fromEnvironment({});
        }
    });
}

void Preflight::checkGitHub(const QString &token, const QString &source)
{
    m_github->setToken(token);
    const int generation = m_generation;
    m_github->currentUser([self = QPointer(this), generation, source](const github::Result<github::AccountInfo> &user) {
        if (!self || !self->current(generation)) {
            return;
        }
        if (!user.ok()) {
            const bool refused = user.error.kind == net::ErrorKind::Authentication;
            self->settle(self->m_tokenCheck, State::Failed,
                         refused ? tr("GitHub refused the token from %1: %2. Sign in again from Settings.")
                                       .arg(source, user.error.toString())
                                 : tr("GitHub could not be asked about the token: %1").arg(user.error.toString()),
                         refused ? Fix::SignInToGitHub : Fix::None);
            self->settle(self->m_rightsCheck, State::Skipped, tr("Needs a token GitHub accepts."));
            return;
        }
        const github::AccountInfo &info = user.value;
        const QString who =
            tr("%1 — %2, from %3").arg(info.login, github::AccountInfo::tokenKindName(info.tokenKind), source);
        const bool repoScope = info.scopes.contains(u"repo"_s) || info.scopes.contains(u"public_repo"_s);
        if (info.scopesKnown && !repoScope) {
            self->settle(self->m_tokenCheck, State::Failed,
                         tr("%1 lacks the repo scope (it has: %2): releases, assets and issues need it. Make a "
                            "token with the repo scope, or a fine-grained one.")
                             .arg(who, info.scopes.isEmpty() ? tr("none") : info.scopes.join(u", "_s)),
                         Fix::SignInToGitHub);
        } else if (info.expiresAt.isValid() &&
                   QDateTime::currentDateTimeUtc().daysTo(info.expiresAt) < ExpiryWarningDays) {
            self->settle(self->m_tokenCheck, State::Warning,
                         tr("%1 expires on %2: make a new one before the release.")
                             .arg(who, QLocale().toString(info.expiresAt.toLocalTime(), QLocale::ShortFormat)),
                         Fix::SignInToGitHub);
        } else {
            self->settle(self->m_tokenCheck, State::Ok, who);
        }
        self->checkRepository(info.login);
    });
}

void Preflight::checkRepository(const QString &login)
{
    const github::RepositoryRef repo = m_project.repository();
    const int generation = m_generation;
    m_github->repository(repo, [self = QPointer(this), generation, login,
                                repo](const github::Result<github::RepositoryInfo> &answer) {
        if (!self || !self->current(generation)) {
            return;
        }
        const int index = self->m_rightsCheck;
        const QString name = repo.toString();
        if (!answer.ok()) {
            self->settle(
                index, State::Failed,
                answer.error.kind == net::ErrorKind::NotFound
                    ? tr("%1 is not visible to %2's token: check the playbook's repository, or give the "
                         "token access to it.")
                          .arg(name, login)
                    : tr("GitHub could not say what %1 may do on %2: %3").arg(login, name, answer.error.toString()),
                Fix::SignInToGitHub);
            return;
        }
        const github::RepositoryInfo &info = answer.value;
        if (info.archived) {
            self->settle(index, State::Failed, tr("%1 is archived: nothing can be released to it.").arg(name));
        } else if (!info.permissionsKnown) {
            self->settle(index, State::Warning,
                         tr("GitHub did not say what %1 may do on %2; step 2 and step 5 will tell.").arg(login, name));
        } else if (!info.canPush) {
            self->settle(index, State::Failed,
                         tr("%1 may not push to %2: the tag, the draft and its assets need push (Contents: read and "
                            "write). Ask a maintainer of %2 for write access, or use a token that has it.")
                             .arg(login, name),
                         Fix::SignInToGitHub);
        } else if (!info.canAdmin) {
            self->settle(index, State::Ok,
                         tr("%1 may push to %2 (not administer it: a release does not need to, unless its tags "
                            "are protected).")
                             .arg(login, name));
        } else {
            self->settle(index, State::Ok, tr("%1 may push to %2 and administer it.").arg(login, name));
        }
    });
}

void Preflight::checkStagingNodes()
{
    const QList<StagingServer> &servers = m_project.playbook().stagingServers;
    if (servers.isEmpty()) {
        settle(add(u"staging"_s, tr("Staging nodes")), State::Skipped, tr("The playbook names no staging node."));
        return;
    }
    for (const StagingServer &server : servers) {
        const int index = add(u"staging:"_s + server.name, tr("Staging node %1").arg(server.name));
        const QUrl url = nodeUrl(server.url, u"/status/config"_s);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            settle(index, State::Failed,
                   tr("'%1' is not an http(s) address: correct it in the playbook.").arg(server.url));
            continue;
        }
        net::Call *call = m_nodes->send(net::Request("GET", url));
        const int generation = m_generation;
        connect(call, &net::Call::finished, this, [this, generation, index, server](const net::Response &response) {
            if (!current(generation)) {
                return;
            }
            if (response.status == 0) {
                settle(index, State::Failed,
                       tr("%1 cannot be reached: %2. Step 1 asks it what it runs; check the node or your network.")
                           .arg(server.url, response.error.toString()));
            } else if (!response.ok()) {
                settle(index, State::Warning,
                       tr("%1 answers, but /status/config said HTTP %2: step 1 will show what is wrong.")
                           .arg(server.url)
                           .arg(response.status));
            } else {
                const QString version = staging::StagingChecker::versionFromServerHeader(response.header("server"));
                settle(index, State::Ok,
                       version.isEmpty() ? tr("%1 answers.").arg(server.url)
                                         : tr("%1 answers, running %2.").arg(server.url, version));
            }
        });
    }
}

void Preflight::checkScoringDatabase()
{
    const ScoringTarget &target = m_project.playbook().scoring;
    const int index = add(u"scoring-database"_s, tr("Scoring database"));
    if (target.kind != u"postgresql"_s) {
        settle(index, State::Skipped,
               target.kind == u"sql-file"_s
                   ? tr("The playbook writes step 3's change as an SQL file for someone to run: no database to reach.")
                   : tr("The playbook keeps no scoring table."));
        return;
    }
    const QString connection =
        m_options.scoringConnection.isEmpty() ? target.database : m_options.scoringConnection.trimmed();
    if (connection.isEmpty()) {
        settle(index, State::Warning,
               tr("No connection string for the scoring database: give it in step 3 (Database…)."),
               Fix::OpenScoringStep);
        return;
    }
    const QString fromEnvironment = qEnvironmentVariable("RA_SCORING_DB_PASSWORD");
    if (!fromEnvironment.isEmpty() || !m_options.store) {
        connectScoringDatabase(index, connection, fromEnvironment);
        return;
    }
    const int generation = m_generation;
    m_options.store->read(m_options.scoringPasswordKey, [self = QPointer(this), generation, index,
                                                         connection](const secrets::SecretValue &value) {
        if (self && self->current(generation)) {
            // A password the keychain could not give is left to libpq (.pgpass); the keychain line says why.
            self->connectScoringDatabase(index, connection, value.found ? value.value : QString());
        }
    });
}

void Preflight::connectScoringDatabase(int index, const QString &connection, const QString &password)
{
    const QString table = m_project.playbook().scoring.table;
    auto *watcher = new QFutureWatcher<QString>(this);
    const int generation = m_generation;
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation, index, connection] {
        watcher->deleteLater();
        if (!current(generation)) {
            return;
        }
        const QString error = watcher->result();
        if (error.isEmpty()) {
            settle(index, State::Ok, tr("Reached (%1).").arg(connection));
        } else {
            settle(index, State::Failed,
                   tr("Cannot be reached (%1): %2. Check the connection string and the password in step 3.")
                       .arg(connection, error),
                   Fix::OpenScoringStep);
        }
    });
    // libpq blocks while it connects: on a worker thread, which owns the connection from open to close.
    watcher->setFuture(QtConcurrent::run([connection, password, table] {
        scoring::PostgresVersionStore store(
            connection,
            password.isEmpty() ? scoring::PostgresVersionStore::PasswordProvider()
                               : scoring::PostgresVersionStore::PasswordProvider([password] { return password; }),
            table);
        QString error;
        return store.open(&error) ? QString() : error;
    }));
}

void Preflight::checkChannels()
{
    QList<channels::ChannelConfig> configs;
    QString error;
    if (!channels::ChannelSetup::loadChannels(m_project.playbook(), &configs, &error)) {
        settle(add(u"channels"_s, tr("Announcement channels")), State::Failed, error);
    }
    if (configs.isEmpty() && error.isEmpty()) {
        settle(add(u"channels"_s, tr("Announcement channels")), State::Skipped,
               tr("The playbook announces on no channel."));
        return;
    }
    const channels::ChannelRegistry &registry = channels::ChannelRegistry::builtin();
    for (const channels::ChannelConfig &config : std::as_const(configs)) {
        const channels::ChannelKind *kind = registry.find(config.kind);
        // "Telegram", or "Telegram (team-chat)" for a channel whose name is not its network's.
        const QString network = kind ? kind->displayName : config.kind;
        const QString title = config.id == config.kind ? network : tr("%1 (%2)").arg(network, config.id);
        const int index = add(u"channel:"_s + config.id, title);
        if (!kind) {
            settle(index, State::Failed, tr("Release Assistant cannot post to '%1' channels.").arg(config.kind));
            continue;
        }
        const int generation = m_generation;
        const QStringList needed = kind->credentialNames;
        const QString id = config.id;
        channels::ChannelSetup::loadCredentials(
            m_options.store, *kind, id,
            [self = QPointer(this), generation, index, needed, id](const channels::Credentials &found,
                                                                   const QString &storeError) {
                if (!self || !self->current(generation)) {
                    return;
                }
                QStringList missing;
                QStringList variables;
                for (const QString &name : needed) {
                    if (found.value(name).isEmpty()) {
                        missing.append(name);
                        variables.append(channels::ChannelSetup::secretEnvironmentVariable(id, name));
                    }
                }
                if (missing.isEmpty()) {
                    self->settle(index, State::Ok, tr("Every secret it posts with is there."));
                    return;
                }
                QString detail = tr("Missing %1: store it in Settings, or set %2.")
                                     .arg(missing.join(u", "_s), variables.join(u", "_s));
                if (!storeError.isEmpty()) {
                    detail += u' ' + tr("(The keychain could not be read: %1.)").arg(storeError);
                }
                self->settle(index, State::Failed, detail, Fix::OpenSettings);
            });
    }
}

void Preflight::timeOut()
{
    const int seconds = int((m_options.timeout.count() + 999) / 1000);
    const QString detail = tr("No answer within %n second(s): try again, or check the network.", "", seconds);
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        if (m_checks[i].state == State::Checking) {
            settle(int(i), State::Failed, detail);
        }
    }
}

} // namespace ra::release
