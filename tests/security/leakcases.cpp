// SPDX-License-Identifier: GPL-3.0-or-later
#include "leakcases.h"

#include "historybuilder.h"
#include "postgresserver.h"
#include "testhttpserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ra::test::leakcases {

namespace {

const QString scoringRolePassword = u"the-role-password-not-a-canary"_s;

} // namespace

bool carried(const TestHttpServer &server, const QString &secret)
{
    const QList<HttpRequest> requests = server.requests();
    return std::any_of(requests.cbegin(), requests.cend(), [&secret](const HttpRequest &request) {
        return request.header("authorization").contains(secret.toUtf8());
    });
}

QByteArray headersOf(const TestHttpServer &server)
{
    QByteArray all;
    const QList<HttpRequest> requests = server.requests();
    for (const HttpRequest &request : requests) {
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
            all += it.key() + ": " + it.value() + '\n';
        }
    }
    return all;
}

bool makeClone(const QString &path, QString *error)
{
    HistoryBuilder history(path);
    const int first = history.commit(u"Initial commit"_s, {});
    const int second = history.commit(u"Feature: allow IPv6 in VMs (#701)"_s, {first});
    history.commit(u"Fix: pin the firecracker version (#702)"_s, {second});
    history.lightweightTag(u"1.14.0"_s, first);
    return history.run(error);
}

QString withToken(const QString &url, const QString &token)
{
    QUrl withUser(url);
    withUser.setUserName(u"x-access-token"_s);
    withUser.setPassword(token);
    return withUser.toString(QUrl::FullyEncoded);
}

bool refuseWrongPasswords(const PostgresServer &server, QString *error)
{
    const QString hba = server.socketDirectory() + u"/data/pg_hba.conf"_s;
    const QStringList statements{
        u"CREATE ROLE scoring LOGIN PASSWORD '%1'"_s.arg(scoringRolePassword),
        // Written by the server itself, so that it can read it whichever user runs it.
        u"COPY (VALUES ('local all %1 trust'), ('local all all scram-sha-256')) TO '%2'"_s.arg(server.user(), hba),
        u"SELECT pg_reload_conf()"_s,
    };
    for (const QString &sql : statements) {
        server.psql(sql, error);
        if (!error->isEmpty()) {
            return false;
        }
    }
    return true;
}

bool passwordRequired(const PostgresServer &server)
{
    const QString name = u"leakscan-probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool refused = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server.socketDirectory());
        db.setPort(server.port());
        db.setUserName(u"scoring"_s);
        db.setDatabaseName(server.database());
        db.setPassword(u"probe-not-a-canary"_s);
        refused = !db.open() && db.lastError().text().contains(u"password"_s);
    }
    QSqlDatabase::removeDatabase(name);
    return refused;
}

QString scoringConnection(const PostgresServer &server)
{
    return u"host=%1 port=%2 user=scoring dbname=%3"_s.arg(server.socketDirectory())
        .arg(server.port())
        .arg(server.database());
}

} // namespace ra::test::leakcases
