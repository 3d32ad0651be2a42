// SPDX-License-Identifier: GPL-3.0-or-later
// Pushing a tag over SSH to a real sshd on 127.0.0.1 with throwaway keys: the right key, a key protected by
// a passphrase, a key the server does not know, and a host key that does not match.
#include "git/repository.h"
#include "git/tagpusher.h"

#include "gitdaemon.h"
#include "historybuilder.h"
#include "sshserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::git::Credential;
using ra::git::TagPusher;
using ra::git::TagPushOutcome;
using ra::test::runGit;

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
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bare;
    QString m_sha;
};

QTEST_GUILESS_MAIN(TestTagPushSsh)
#include "tst_tagpushssh.moc"
