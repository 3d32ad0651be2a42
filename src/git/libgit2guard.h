// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <utility>

namespace ra::git {

/// How long libgit2 waits for a server to accept a connection, and then for each answer of the server.
inline constexpr std::chrono::milliseconds DefaultConnectTimeout{30000};
inline constexpr std::chrono::milliseconds DefaultServerTimeout{60000};

/// Sets libgit2's network timeouts for the whole process (HTTPS and SSH): a remote that stops answering then
/// fails with GIT_TIMEOUT instead of hanging. The defaults are set when libgit2 is initialised; tests shorten them.
void setNetworkTimeouts(std::chrono::milliseconds connect, std::chrono::milliseconds server);
/// The timeouts in force: {connect, server}.
[[nodiscard]] std::pair<std::chrono::milliseconds, std::chrono::milliseconds> networkTimeouts();

/// Makes sure libgit2 is initialised before an object that owns libgit2 handles uses them. The library is
/// initialised once per process and never torn down (see libgit2guard.cpp for why).
class LibGit2Guard
{
public:
    LibGit2Guard();
    ~LibGit2Guard();
    LibGit2Guard(const LibGit2Guard &);
    LibGit2Guard &operator=(const LibGit2Guard &);
};

} // namespace ra::git
