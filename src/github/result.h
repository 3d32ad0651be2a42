// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/error.h"

#include <functional>

namespace ra::github {

/// A value or the error that prevented it.
template<class T>
struct Result {
    T value{};
    net::Error error;

    [[nodiscard]] bool ok() const
    {
        return !error.isError();
    }
};

/// Called exactly once per operation, also after a cancel (ErrorKind::Cancelled) and in dry-run mode.
template<class T>
using Callback = std::function<void(const Result<T> &)>;

} // namespace ra::github
