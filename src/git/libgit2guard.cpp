// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/libgit2guard.h"

#include <git2.h>

#include <atomic>

namespace ra::git {

namespace {

// libgit2 is initialised once and stays so for the life of the process. Shutting it down when the last
// guard goes (it counts init/shutdown pairs) deletes its per-thread state key while worker threads of Qt's
// pool may still hold an error message in that state: the memory was then never freed (LeakSanitizer saw
// it in the notes page's range reads).
std::atomic<std::chrono::milliseconds::rep> connectTimeout = DefaultConnectTimeout.count();
std::atomic<std::chrono::milliseconds::rep> serverTimeout = DefaultServerTimeout.count();

void applyTimeouts(std::chrono::milliseconds connect, std::chrono::milliseconds server)
{
    connectTimeout = connect.count();
    serverTimeout = server.count();
    git_libgit2_opts(GIT_OPT_SET_SERVER_CONNECT_TIMEOUT, int(connect.count()));
    git_libgit2_opts(GIT_OPT_SET_SERVER_TIMEOUT, int(server.count()));
}

void initialiseOnce()
{
    // Without timeouts, libgit2 waits for ever on a server that accepts the connection and never answers.
    [[maybe_unused]] static const int initialised = [] {
        const int count = git_libgit2_init();
        applyTimeouts(DefaultConnectTimeout, DefaultServerTimeout);
        // libgit2 hashes every object it reads to check its name, with the collision-detecting SHA-1: a quarter
        // of a history walk (issue 16). git does not when it reads its own clone (fsck does; a fetch checks what
        // it receives, and so does libgit2's indexer whatever this says).
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
        return count;
    }();
}

} // namespace

LibGit2Guard::LibGit2Guard()
{
    initialiseOnce();
}

LibGit2Guard::~LibGit2Guard() = default;

LibGit2Guard::LibGit2Guard(const LibGit2Guard &)
{
    initialiseOnce();
}

LibGit2Guard &LibGit2Guard::operator=(const LibGit2Guard &) = default;

void setNetworkTimeouts(std::chrono::milliseconds connect, std::chrono::milliseconds server)
{
    initialiseOnce();
    applyTimeouts(connect, server);
}

std::pair<std::chrono::milliseconds, std::chrono::milliseconds> networkTimeouts()
{
    return {std::chrono::milliseconds(connectTimeout.load()), std::chrono::milliseconds(serverTimeout.load())};
}

} // namespace ra::git
