// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitdaemon.h"
#include "postgresserver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ra::test;
using namespace Qt::StringLiterals;

class TestLocalServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gitDaemonAcceptsPushesAndRunsHooks()
    {
        QString error;
        QString daemonBase;
        {
            GitDaemon daemon;
            QVERIFY2(daemon.start(&error), qPrintable(error));
            QVERIFY(!daemon.createBareRepository(u"project.git"_s).isEmpty());
            daemonBase = daemon.repositoryPath(u"project.git"_s);

            QTemporaryDir work;
            QCOMPARE(runGit({u"init"_s, u"--initial-branch=main"_s, work.path()}, work.path()), 0);
            QFile readme(work.filePath(u"README"_s));
            QVERIFY(readme.open(QIODevice::WriteOnly));
            readme.write("hello\n");
            readme.close();
            QCOMPARE(runGit({u"add"_s, u"README"_s}, work.path()), 0);
            QCOMPARE(runGit({u"commit"_s, u"-m"_s, u"first"_s}, work.path()), 0);
            QString log;
            QCOMPARE(runGit({u"push"_s, daemon.url(u"project.git"_s), u"main"_s}, work.path(), nullptr, &log), 0);

            QString remoteHead;
            QCOMPARE(runGit({u"rev-parse"_s, u"main"_s}, daemonBase, &remoteHead), 0);
            QString localHead;
            QCOMPARE(runGit({u"rev-parse"_s, u"HEAD"_s}, work.path(), &localHead), 0);
            QCOMPARE(remoteHead, localHead);

            QVERIFY(daemon.setHook(u"project.git"_s, u"pre-receive"_s,
                                   "#!/bin/sh\necho 'tags are frozen until Monday' >&2\nexit 1\n"));
            QCOMPARE(runGit({u"tag"_s, u"1.0.0"_s}, work.path()), 0);
            QVERIFY(runGit({u"push"_s, daemon.url(u"project.git"_s), u"1.0.0"_s}, work.path(), nullptr, &log) != 0);
            QVERIFY2(log.contains(u"tags are frozen until Monday"_s), qPrintable(log));
        }
        QVERIFY2(!QFile::exists(daemonBase), "the daemon's repositories must be removed with it");
    }

    void postgresServesQueriesAndIsRemovedAfterwards()
    {
        QString error;
        QString socketDirectory;
        {
            PostgresServer server;
            QVERIFY2(server.start(&error), qPrintable(error));
            socketDirectory = server.socketDirectory();
            QVERIFY(QFile::exists(socketDirectory + u"/.s.PGSQL.%1"_s.arg(server.port())));

            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"harness"_s);
                db.setHostName(server.socketDirectory());
                db.setPort(server.port());
                db.setUserName(server.user());
                db.setDatabaseName(server.database());
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QSqlQuery query(db);
                QVERIFY(query.exec(u"CREATE TABLE t (n integer)"_s));
                QVERIFY(query.exec(u"INSERT INTO t VALUES (20), (22)"_s));
                QVERIFY(query.exec(u"SELECT sum(n) FROM t"_s));
                QVERIFY(query.next());
                QCOMPARE(query.value(0).toInt(), 42);
            }
            QSqlDatabase::removeDatabase(u"harness"_s);
            QCOMPARE(server.psql(u"SELECT count(*) FROM t"_s, &error), u"2"_s);
        }
        QVERIFY2(!QFile::exists(socketDirectory), "the cluster must be removed when the server object goes");
    }
};

QTEST_GUILESS_MAIN(TestLocalServers)
#include "tst_localservers.moc"
