// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testhttpserver.h"

#include <QTemporaryDir>

namespace ra::test {

/**
 * Git's smart HTTP protocol served by the real `git http-backend` (as a CGI program behind TestHttpServer),
 * with the authentication a forge asks for: every request needs HTTP Basic credentials whose password is the
 * token given to start(), else 401 with a `WWW-Authenticate` challenge. Pushing is enabled. The repositories
 * live in a temporary folder removed by the destructor.
 */
class GitHttpServer
{
public:
    GitHttpServer();
    ~GitHttpServer();
    GitHttpServer(const GitHttpServer &) = delete;
    GitHttpServer &operator=(const GitHttpServer &) = delete;

    /// Starts listening on 127.0.0.1; false with \a error when it cannot.
    bool start(const QString &token, QString *error);
    /// Creates the bare repository \a name ("aleph-vm.git") and returns its path.
    QString createBareRepository(const QString &name);
    [[nodiscard]] QString repositoryPath(const QString &name) const;
    /// http://127.0.0.1:<port>/<name>
    [[nodiscard]] QString url(const QString &name) const;
    /// How many requests were refused for want of the right credentials.
    [[nodiscard]] int refusedRequests() const;

private:
    HttpResponse serve(const HttpRequest &request);

    QTemporaryDir m_root;
    TestHttpServer m_server;
    QString m_token;
    int m_refused = 0;
};

} // namespace ra::test
