// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ra::git {

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
