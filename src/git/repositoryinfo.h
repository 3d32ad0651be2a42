// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ra::git {

/// Where HEAD stands.
struct HeadInfo {
    /// The checked-out branch ("main"); empty when HEAD is detached.
    QString branch;
    QString commitSha;
    [[nodiscard]] bool detached() const
    {
        return branch.isEmpty();
    }
};

/// A configured remote.
struct RemoteInfo {
    QString name;
    QString url;
    /// The push URL when it differs from url.
    QString pushUrl;
};

} // namespace ra::git
