// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ra::test {

class PostgresServer;
class TestHttpServer;

/// What the cases of the leak scan share besides the fixture: the release under test and the twins' setup.
namespace leakcases {

inline const QString commit = QStringLiteral("6da21a3a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e");
inline const QString buildWorkflow = QStringLiteral("build-deb-package-and-integration-tests.yml");
inline const QString debName = QStringLiteral("aleph-vm.debian-12.deb");
/// The token a twin accepts when the canary is the one it must refuse.
inline const QString twinOnlyToken = QStringLiteral("ghp_TwinOnlyAcceptsThisOne000000000000");

/// Whether a request to \a server carried \a secret in its Authorization header: the secret was used.
[[nodiscard]] bool carried(const TestHttpServer &server, const QString &secret);
/// Every header of every request to \a server, for hosts that must never see a credential.
[[nodiscard]] QByteArray headersOf(const TestHttpServer &server);
/// A clone at \a path with 1.14.0 and two commits after it; false with \a error.
bool makeClone(const QString &path, QString *error);
/// \a url with \a token in its user info, as CI checkouts write their remotes.
[[nodiscard]] QString withToken(const QString &url, const QString &token);

/// A role "scoring" whose password is not the canary, and password authentication for every role but the
/// harness's own (PostgresServer trusts everyone); false with \a error.
bool refuseWrongPasswords(const PostgresServer &server, QString *error);
/// Whether the server asks "scoring" for its password yet (the configuration reload is asynchronous).
[[nodiscard]] bool passwordRequired(const PostgresServer &server);
/// The libpq connection string of the "scoring" role, without a password.
[[nodiscard]] QString scoringConnection(const PostgresServer &server);

} // namespace leakcases

} // namespace ra::test
