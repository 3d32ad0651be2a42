// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/libgit2guard.h"

#include <git2.h>

namespace ra::git {

LibGit2Guard::LibGit2Guard()
{
    git_libgit2_init();
}

LibGit2Guard::~LibGit2Guard()
{
    git_libgit2_shutdown();
}

LibGit2Guard::LibGit2Guard(const LibGit2Guard &)
{
    git_libgit2_init();
}

LibGit2Guard &LibGit2Guard::operator=(const LibGit2Guard &) = default;

} // namespace ra::git
