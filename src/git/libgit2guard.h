// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ra::git {

/// Keeps libgit2 initialised while it lives. libgit2 counts init/shutdown pairs, so every object that
/// owns libgit2 handles holds one guard and the library is torn down after the last handle is freed.
class LibGit2Guard
{
public:
    LibGit2Guard();
    ~LibGit2Guard();
    LibGit2Guard(const LibGit2Guard &);
    LibGit2Guard &operator=(const LibGit2Guard &);
};

} // namespace ra::git
