// SPDX-License-Identifier: GPL-3.0-or-later
// Pushing a tag over SSH to a real sshd on 127.0.0.1 with throwaway keys: the right key, a key protected by
// a passphrase, a key the server does not know, and a host key that does not match. Through a fault proxy: a
// connection reset mid-push (before and after the server stored the tag, with and without a remote to ask
// afterwards).
#include "git/repository.h"
#include "git/tagpusher.h"

#include "faultproxy.h"
#include "gitdaemon.h"
#include "historybuilder.h"
#include "sshserver.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::git::Credential;
using ra::git::TagPusher;
using ra::git::TagPushOutcome;
using ra::test::FaultProxy;
using ra::test::runGit;

namespace {

/// A hook that tells the test (which then cuts the proxied connection), waits until the test hangs up, and exits
/// with \a exitCode: the cut comes while the push is under way.
QByteArray triggerHook(quint16 triggerPort, int exitCode)
{
    return "#!/bin/bash\nexec 3<>/dev/tcp/127.0.0.1/" + QByteArray::number(triggerPort) + "\nread -r -u 3 _\nexit " +
           QByteArray::number(exitCode) + "\n";
}

} // namespace

class TestTagPushSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init()
    {
        m_proxy = std::make_unique<FaultProxy>();
        m_trigger = std::make_unique<QTcpServer>();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_bare = m_dir->filePath(u"remote/aleph-vm.git"_s);
        QCOMPARE(runGit({u"init"_s, u"--quiet"_s, u"--bare"_s, m_bare}, m_dir->path()), 0);
        ra::test::HistoryBuilder history(m_dir->filePath(u"clone"_s));
        const int root = history.commit(u"Initial commit"_s, {});
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        m_sha = history.sha(root);
        auto repository = ra::git::Repository::open(history.path());
        QVERIFY(repository);
        QVERIFY(repository.value().createTag(u"1.0.0"_s, m_sha, false));
    }

    void cleanup()
    {
        m_trigger.reset();
        m_proxy.reset();
        m_dir.reset();
    }

    void pushesWithTheAuthorizedKey()
    {
        const TagPushOutcome outcome = TagPusher::push(request(Credential::sshKeyFile(m_server.userKeyPath())));
        QVERIFY2(outcome.status == TagPushOutcome::Status::Pushed, qPrintable(outcome.message + m_server.log()));
        QCOMPARE(remoteTagCommit(), m_sha);
    }

    void pushesWithAPassphraseProtectedKey()
    {
        const QString key = m_server.createKey(u"locked_ed25519"_s, u"correct horse"_s);
        QVERIFY(m_server.authorizeKey(key));
        const TagPushOutcome outcome = TagPusher::push(request(Credential::sshKeyFile(key, u"correct horse"_s)));
        QVERIFY2(outcome.status == TagPushOutcome::Status::Pushed, qPrintable(outcome.message + m_server.log()));
        QCOMPARE(remoteTagCommit(), m_sha);
    }

    void failsWithAnUnknownKey()
    {
        const QString stranger = m_server.createKey(u"stranger_ed25519"_s);
        QVERIFY(!stranger.isEmpty());
        const TagPushOutcome outcome = TagPusher::push(request(Credential::sshKeyFile(stranger)));
        QCOMPARE(outcome.status, TagPushOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(u"credentials"_s) || outcome.message.contains(u"key"_s),
                 qPrintable(outcome.message));
        QVERIFY(remoteTagCommit().isEmpty());
    }

    void aResetBeforeTheTagIsStoredIsNotBlamedOnTheKey()
    {
        QVERIFY(cutInHook(u"pre-receive"_s, 1, Cut::Reset));
        const TagPushOutcome outcome = pushThroughProxy();
        QCOMPARE(outcome.status, TagPushOutcome::Status::Failed);
        QVERIFY(outcome.answerLost);
        QVERIFY2(!outcome.message.contains(u"SSH agent"_s), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"dropped"_s) && outcome.message.contains(u"retry"_s),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"does not have tag 1.0.0"_s), qPrintable(outcome.message));
        QVERIFY(remoteTagCommit().isEmpty());
    }

    void aResetAfterTheTagIsStoredIsAPushAfterAskingTheRemote()
    {
        QVERIFY(cutInHook(u"post-receive"_s, 0, Cut::Reset));
        const TagPushOutcome outcome = pushThroughProxy();
        QVERIFY2(outcome.status == TagPushOutcome::Status::Pushed, qPrintable(outcome.message));
        QVERIFY(outcome.answerLost);
        QCOMPARE(outcome.remoteTag.commitSha, m_sha);
        QCOMPARE(remoteTagCommit(), m_sha);
    }

    void aResetWithNoRemoteToAskLeavesTheOutcomeUnknown()
    {
        QVERIFY(cutInHook(u"post-receive"_s, 0, Cut::ShutDown));
        const TagPushOutcome outcome = pushThroughProxy();
        QVERIFY2(outcome.status == TagPushOutcome::Status::Unknown, qPrintable(outcome.message));
        QVERIFY(!outcome.succeeded());
        QCOMPARE(ra::git::statusKey(outcome.status), u"unknown"_s);
        QVERIFY2(outcome.message.contains(u"unknown"_s) && outcome.message.contains(u"Check the remote"_s),
                 qPrintable(outcome.message));
        QCOMPARE(remoteTagCommit(), m_sha);
    }

    void refusesAnUnexpectedHostKey()
    {
        auto pushRequest = request(Credential::sshKeyFile(m_server.userKeyPath()));
        pushRequest.hostVerifier = [](const ra::git::HostIdentity &identity) {
            return identity.fingerprint == u"SHA256:not-the-server"_s;
        };
        const TagPushOutcome outcome = TagPusher::push(pushRequest);
        QCOMPARE(outcome.status, TagPushOutcome::Status::Failed);
        QVERIFY(remoteTagCommit().isEmpty());
    }

private:
    enum class Cut {
        Reset, ///< reset the open connections; the remote can still be asked
        ShutDown, ///< reset them and refuse new ones
    };

    /// Installs a \a hook in the bare remote that cuts the proxied connection while the push runs.
    bool cutInHook(const QString &hook, int exitCode, Cut cut)
    {
        if (!m_trigger->listen(QHostAddress::LocalHost, 0) || !m_proxy->listen()) {
            return false;
        }
        QObject::connect(m_trigger.get(), &QTcpServer::newConnection, m_trigger.get(), [this, cut] {
            while (QTcpSocket *socket = m_trigger->nextPendingConnection()) {
                if (cut == Cut::Reset) {
                    m_proxy->resetAll();
                } else {
                    m_proxy->shutDown();
                }
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                socket->disconnectFromHost();
            }
        });
        QFile file(m_bare + u"/hooks/"_s + hook);
        if (!file.open(QIODevice::WriteOnly) || file.write(triggerHook(m_trigger->serverPort(), exitCode)) < 0) {
            return false;
        }
        return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QString proxiedUrl()
    {
        m_proxy->forwardTo(m_server.port());
        return u"ssh://%1@127.0.0.1:%2%3"_s.arg(m_server.user()).arg(m_proxy->port()).arg(m_bare);
    }

    /// Pushes through the proxy off the test thread, which serves the proxy and the trigger meanwhile.
    TagPushOutcome pushThroughProxy()
    {
        auto pushRequest = request(Credential::sshKeyFile(m_server.userKeyPath()));
        pushRequest.remote = proxiedUrl();
        QFutureWatcher<TagPushOutcome> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(TagPusher::pushAsync(pushRequest));
        if (!finished.wait(60000)) {
            m_proxy->shutDown();
            finished.wait(60000);
        }
        return watcher.isFinished() ? watcher.result() : TagPushOutcome{};
    }

    ra::git::TagPushRequest request(const Credential &credential) const
    {
        ra::git::TagPushRequest pushRequest;
        pushRequest.repositoryPath = m_dir->filePath(u"clone"_s);
        pushRequest.remote = m_server.url(m_bare);
        pushRequest.tag = u"1.0.0"_s;
        pushRequest.commitSha = m_sha;
        pushRequest.credentials = [credential](const ra::git::CredentialRequest &asked) -> std::optional<Credential> {
            if (!asked.sshAllowed || asked.attempt > 1) {
                return std::nullopt;
            }
            return credential;
        };
        const QString expected = m_server.hostKeyFingerprint();
        pushRequest.hostVerifier = [expected](const ra::git::HostIdentity &identity) {
            return identity.fingerprint == expected;
        };
        return pushRequest;
    }

    QString remoteTagCommit() const
    {
        QString output;
        if (runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/1.0.0^{commit}"_s}, m_bare, &output) !=
            0) {
            return {};
        }
        return output;
    }

    ra::test::SshServer m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<QTcpServer> m_trigger;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bare;
    QString m_sha;
};

QTEST_GUILESS_MAIN(TestTagPushSsh)
#include "tst_tagpushssh.moc"
