// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitdriver.h"

#include "freeport.h"
#include "git/libgit2guard.h"
#include "gitdaemon.h"
#include "githttpserver.h"
#include "historybuilder.h"
#include "release/tagstep.h"
#include "sshserver.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString Token = u"github_pat_11FAULTMATRIX000000_secretsecretsecretsecret"_s;
const QString Version = u"1.1.0"_s;

/// The pre-receive hook of a reset over SSH: it tells the test (which resets the proxied connection), waits until
/// the test hangs up, and refuses the push, so the reset comes mid-push and nothing is stored.
QByteArray resetHook(quint16 triggerPort)
{
    return "#!/bin/bash\nexec 3<>/dev/tcp/127.0.0.1/" + QByteArray::number(triggerPort) + "\nread -r -u 3 _\nexit 1\n";
}

} // namespace

GitDriver::GitDriver(Transport transport)
    : m_transport(transport)
{
    // Shorter than the cell's deadline, so that a stalled remote ends in the push's own timeout error.
    git::setNetworkTimeouts(std::chrono::seconds(2), std::chrono::seconds(2));
    QObject::connect(&m_trigger, &QTcpServer::newConnection, &m_trigger, [this] {
        while (QTcpSocket *socket = m_trigger.nextPendingConnection()) {
            if (m_proxy) {
                m_proxy->resetAll();
            }
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
        }
    });
}

GitDriver::~GitDriver() = default;

QString GitDriver::name() const
{
    return m_transport == Transport::Https ? u"git https"_s : u"git ssh"_s;
}

Expect GitDriver::expectation(Fault fault) const
{
    switch (fault) {
    case Fault::None:
        return Expect::Success;
    case Fault::Down:
    case Fault::Reset:
    case Fault::Stall:
    case Fault::Unauthorized:
        return Expect::RetryOrError;
    default:
        return Expect::NotApplicable; // HTTP statuses and bodies are libgit2's business, not a fault of git
    }
}

bool GitDriver::startServer(QString *error)
{
    if (m_http || m_ssh) {
        return true;
    }
    if (!m_dir.isValid() || !m_trigger.listen(QHostAddress::LocalHost, 0)) {
        *error = u"no work folder or trigger port"_s;
        return false;
    }
    if (m_transport == Transport::Https) {
        m_http = std::make_unique<GitHttpServer>();
        return m_http->start(Token, error);
    }
    m_ssh = std::make_unique<SshServer>();
    if (!m_ssh->start(error)) {
        return false;
    }
    m_strangerKey = m_ssh->createKey(u"stranger_ed25519"_s);
    return !m_strangerKey.isEmpty();
}

QString GitDriver::createRemote(const QString &name, bool resetInHook)
{
    QString path;
    if (m_http) {
        path = m_http->createBareRepository(name);
    } else {
        path = m_dir.filePath(u"remotes/"_s + name);
        if (runGit({u"init"_s, u"--quiet"_s, u"--bare"_s, path}, m_dir.path()) != 0) {
            return {};
        }
    }
    if (resetInHook && !path.isEmpty()) {
        QFile hook(path + u"/hooks/pre-receive"_s);
        if (!hook.open(QIODevice::WriteOnly) || hook.write(resetHook(m_trigger.serverPort())) < 0) {
            return {};
        }
        hook.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return path;
}

CellOutcome GitDriver::run(Fault fault)
{
    CellOutcome outcome;
    QString error;
    if (!startServer(&error)) {
        outcome.observed = u"the git server did not start: "_s + error;
        return outcome;
    }
    const QString repoName = u"cell-%1.git"_s.arg(++m_cell);
    const bool ssh = m_transport == Transport::Ssh;
    const QString bare = createRemote(repoName, ssh && fault == Fault::Reset);
    const QString clone = m_dir.filePath(u"clone-%1"_s.arg(m_cell));
    HistoryBuilder history(clone);
    const int first = history.commit(u"Initial commit"_s, {});
    const int second = history.commit(u"Fix: pin the firecracker version (#702)"_s, {first});
    history.lightweightTag(u"1.0.0"_s, first);
    if (bare.isEmpty() || !history.run(&error)) {
        outcome.observed = u"no repositories: "_s + error;
        return outcome;
    }

    FaultProxy proxy;
    m_proxy = &proxy;
    const auto forget = qScopeGuard([this] { m_proxy = nullptr; });
    if (!proxy.listen()) {
        outcome.observed = u"the proxy could not listen"_s;
        return outcome;
    }
    const quint16 serverPort = ssh ? m_ssh->port() : quint16(QUrl(m_http->url(repoName)).port());
    proxy.forwardTo(serverPort);
    quint16 port = fault == Fault::Reset || fault == Fault::Stall ? proxy.port() : serverPort;
    if (fault == Fault::Down) {
        port = freeLoopbackPort();
    }
    if (fault == Fault::Stall) {
        proxy.setMode(FaultProxy::Mode::Stall);
    } else if (fault == Fault::Reset && !ssh) {
        proxy.resetAnswerTo("POST /" + repoName.toUtf8() + "/git-receive-pack");
    }
    const QString hostPort = u"127.0.0.1:%1"_s.arg(port);
    const QString url =
        ssh ? u"ssh://%1@%2%3"_s.arg(m_ssh->user(), hostPort, bare) : u"http://%1/%2"_s.arg(hostPort, repoName);
    runGit({u"remote"_s, u"add"_s, u"origin"_s, url}, clone);

    auto journal = Journal::open(m_dir.filePath(u"journal-%1.sqlite"_s.arg(m_cell)), &error);
    if (!journal || !journal->createRelease(Version, {}, &error)) {
        outcome.observed = u"no journal: "_s + error;
        return outcome;
    }
    release::TagStep::Request request;
    request.clonePath = clone;
    request.version = Version;
    request.revision = history.sha(second);
    const auto plan = release::TagStep::plan(request);
    const release::TagStep step(journal.get(), Version);
    const release::TagStep::Started started = plan ? step.begin(*plan, request) : release::TagStep::Started{};
    if (!plan || started.refused) {
        outcome.observed = plan ? started.status.message : plan.error().message();
        return outcome;
    }
    git::TagPushRequest push = release::TagStep::pushRequest(*plan, request);
    const git::Credential credential =
        ssh ? git::Credential::sshKeyFile(fault == Fault::Unauthorized ? m_strangerKey : m_ssh->userKeyPath())
            : git::Credential::token(fault == Fault::Unauthorized ? u"github_pat_11REVOKED0000000000_zzzzzz"_s : Token);
    push.credentials = [credential, ssh](const git::CredentialRequest &asked) -> std::optional<git::Credential> {
        const bool allowed = ssh ? asked.sshAllowed : asked.userPasswordAllowed;
        return allowed && asked.attempt == 1 ? std::optional(credential) : std::nullopt;
    };
    if (ssh) {
        const QString fingerprint = m_ssh->hostKeyFingerprint();
        push.hostVerifier = [fingerprint](const git::HostIdentity &identity) {
            return identity.fingerprint == fingerprint;
        };
    }
    QFuture<git::TagPushOutcome> pushed = QtConcurrent::run(&m_pool, [push] { return git::TagPusher::push(push); });
    if (!QTest::qWaitFor([&] { return pushed.isFinished(); }, DeadlineMs)) {
        outcome.hung = true;
        outcome.observed =
            u"the push was still waiting after %1 s; released by resetting the connection"_s.arg(DeadlineMs / 1000);
        proxy.shutDown();
        if (!QTest::qWaitFor([&] { return pushed.isFinished(); }, 60000)) {
            outcome.observed += u", and it never ended"_s;
            return outcome;
        }
    }
    const release::TagStatus status = step.finish(started, *plan, request, pushed.result());
    // A push whose answer was lost and that the remote then confirmed counts as a second attempt.
    outcome.attempts = pushed.result().answerLost ? 2 : 1;

    const bool onRemote = runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/"_s + plan->tag}, bare) == 0;
    outcome.succeeded = status.state == release::TagStatus::State::Pushed && onRemote;
    outcome.message = status.message;
    outcome.effects = journal->effects(Version);
    outcome.serviceNames = {hostPort};
    outcome.secrets = {Token};
    if (!outcome.hung) {
        outcome.observed =
            u"%1; the remote %2 the tag"_s.arg(release::tagStateKey(status.state), onRemote ? u"has"_s : u"lacks"_s);
    }
    for (const JournalEffect &effect : std::as_const(outcome.effects)) {
        if (effect.action != u"push-tag"_s) {
            continue;
        }
        if (effect.outcome == EffectOutcome::Failed && onRemote) {
            outcome.halfDone = u"the journal records the push as failed (and the local tag was removed) while the "
                               "remote has the tag"_s;
        } else if (effect.outcome == EffectOutcome::Succeeded && !onRemote) {
            outcome.halfDone = u"the journal records the push as done while the remote lacks the tag"_s;
        }
    }
    return outcome;
}

} // namespace ra::test
