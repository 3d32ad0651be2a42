// SPDX-License-Identifier: GPL-3.0-or-later
// The SSH greeting check before a push: which URLs are SSH, and a server that accepts and never greets is an
// error in time instead of a push hanging for ever (libssh2 ignores libgit2's timeouts in its handshake).
#include "git/sshprobe.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <QTest>
#include <memory>

using namespace ra::git;
using namespace Qt::StringLiterals;

class TestSshProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoints_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addRow("ssh url") << u"ssh://git@github.com/aleph-im/aleph-vm.git"_s << u"github.com"_s << 22;
        QTest::addRow("ssh url with port") << u"ssh://git@127.0.0.1:2222/srv/repo.git"_s << u"127.0.0.1"_s << 2222;
        QTest::addRow("ssh url, ipv6") << u"ssh://[::1]:2222/repo.git"_s << u"::1"_s << 2222;
        QTest::addRow("scp-like") << u"git@github.com:aleph-im/aleph-vm.git"_s << u"github.com"_s << 22;
        QTest::addRow("https") << u"https://github.com/aleph-im/aleph-vm.git"_s << QString() << 0;
        QTest::addRow("git daemon") << u"git://127.0.0.1:9418/repo.git"_s << QString() << 0;
        QTest::addRow("local path") << u"/srv/git/repo.git"_s << QString() << 0;
        QTest::addRow("port out of range") << u"ssh://host:70000/repo.git"_s << QString() << 0;
    }

    void endpoints()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto endpoint = sshEndpointOf(url);
        QCOMPARE(endpoint ? endpoint->host : QString(), host);
        QCOMPARE(endpoint ? int(endpoint->port) : 0, port);
    }

    void aSilentServerIsAnErrorInTime()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const auto error = probeSshServer({u"127.0.0.1"_s, silent.serverPort()}, u"push"_s,
                                          std::chrono::milliseconds(2000), std::chrono::milliseconds(300));
        QVERIFY(error);
        QVERIFY2(error->message().contains(u"did not greet"_s), qPrintable(error->message()));
        QVERIFY2(error->message().contains(u"retry"_s), qPrintable(error->message()));
    }

    void aGreetingServerPasses()
    {
        QTcpServer greeting;
        QVERIFY(greeting.listen(QHostAddress::LocalHost));
        connect(&greeting, &QTcpServer::newConnection, &greeting, [&greeting] {
            QTcpSocket *socket = greeting.nextPendingConnection();
            socket->write("SSH-2.0-OpenSSH_9.9\r\n");
        });
        // The probe blocks its thread: run it on another so that this one's event loop can answer.
        std::optional<ra::git::GitError> error = GitError::custom(u"unset"_s, u"unset"_s);
        const std::unique_ptr<QThread> worker(QThread::create([&error, port = greeting.serverPort()] {
            error = probeSshServer({u"127.0.0.1"_s, port}, u"push"_s, std::chrono::milliseconds(2000),
                                   std::chrono::milliseconds(5000));
        }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
        QVERIFY2(!error, qPrintable(error ? error->message() : QString()));
    }
};

QTEST_GUILESS_MAIN(TestSshProbe)
#include "tst_sshprobe.moc"
