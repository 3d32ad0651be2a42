// SPDX-License-Identifier: GPL-3.0-or-later
#include "githttpserver.h"

#include "gitdaemon.h"

#include <QDir>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

/// Splits a CGI answer ("Status: 200 OK", headers, blank line, body) into an HTTP response.
HttpResponse fromCgiOutput(const QByteArray &output)
{
    HttpResponse response;
    qsizetype headerEnd = output.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    if (headerEnd < 0) {
        headerEnd = output.indexOf("\n\n");
        separator = 2;
    }
    if (headerEnd < 0) {
        return HttpResponse::text(502, "git http-backend answered no CGI header\n");
    }
    const QList<QByteArray> lines = output.left(headerEnd).split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Status", Qt::CaseInsensitive) == 0) {
            response.status = value.left(3).toInt();
        } else {
            response.headers.append({name, value});
        }
    }
    response.body = output.mid(headerEnd + separator);
    return response;
}

} // namespace

GitHttpServer::GitHttpServer() = default;

GitHttpServer::~GitHttpServer() = default;

bool GitHttpServer::start(const QString &token, QString *error)
{
    m_token = token;
    if (!m_root.isValid()) {
        *error = u"no temporary folder for the repositories"_s;
        return false;
    }
    m_server.setFallback([this](const HttpRequest &request) { return serve(request); });
    if (!m_server.listen()) {
        *error = u"the git HTTP server could not listen on 127.0.0.1"_s;
        return false;
    }
    return true;
}

QString GitHttpServer::createBareRepository(const QString &name)
{
    const QString path = repositoryPath(name);
    if (runGit({u"init"_s, u"--quiet"_s, u"--bare"_s, u"--initial-branch=main"_s, path}, m_root.path()) != 0 ||
        runGit({u"config"_s, u"http.receivepack"_s, u"true"_s}, path) != 0) {
        return {};
    }
    return path;
}

QString GitHttpServer::repositoryPath(const QString &name) const
{
    return QDir(m_root.path()).filePath(name);
}

QString GitHttpServer::url(const QString &name) const
{
    return m_server.url(u"/"_s + name).toString();
}

int GitHttpServer::refusedRequests() const
{
    return m_refused;
}

HttpResponse GitHttpServer::serve(const HttpRequest &request)
{
    // Forges take the token as the password whatever the user name (GitHub: x-access-token).
    const QByteArray authorization = request.header("authorization");
    const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6));
    const bool authorized = authorization.startsWith("Basic ") && credentials.contains(':') &&
                            credentials.mid(credentials.indexOf(':') + 1) == m_token.toUtf8();
    if (!authorized) {
        ++m_refused;
        return HttpResponse::text(401, "Authentication required\n")
            .withHeader("WWW-Authenticate", "Basic realm=\"git\"");
    }
    QProcess backend;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GIT_PROJECT_ROOT"_s, m_root.path());
    environment.insert(u"GIT_HTTP_EXPORT_ALL"_s, u"1"_s);
    environment.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    environment.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    environment.insert(u"REQUEST_METHOD"_s, QString::fromLatin1(request.method));
    environment.insert(u"PATH_INFO"_s, request.path);
    environment.insert(u"QUERY_STRING"_s, request.query.toString(QUrl::FullyEncoded));
    environment.insert(u"REMOTE_USER"_s, u"release-tester"_s);
    environment.insert(u"REMOTE_ADDR"_s, u"127.0.0.1"_s);
    environment.insert(u"CONTENT_TYPE"_s, QString::fromLatin1(request.header("content-type")));
    environment.insert(u"CONTENT_LENGTH"_s, QString::number(request.body.size()));
    if (const QByteArray encoding = request.header("content-encoding"); !encoding.isEmpty()) {
        environment.insert(u"HTTP_CONTENT_ENCODING"_s, QString::fromLatin1(encoding));
    }
    if (const QByteArray protocol = request.header("git-protocol"); !protocol.isEmpty()) {
        environment.insert(u"GIT_PROTOCOL"_s, QString::fromLatin1(protocol));
    }
    backend.setProcessEnvironment(environment);
    backend.start(u"git"_s, {u"http-backend"_s});
    if (!backend.waitForStarted(10000)) {
        return HttpResponse::text(502, "git http-backend did not start\n");
    }
    backend.write(request.body);
    backend.closeWriteChannel();
    if (!backend.waitForFinished(60000)) {
        backend.kill();
        backend.waitForFinished();
        return HttpResponse::text(504, "git http-backend did not finish\n");
    }
    return fromCgiOutput(backend.readAllStandardOutput());
}

} // namespace ra::test
