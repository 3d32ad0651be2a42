// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/giterror.h"

#include <optional>
#include <utility>

namespace ra::git {

/// Either a value or the GitError that prevented it. Copyable, so it can be carried by a QFuture.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(GitError error)
        : m_error(std::move(error))
    {
    }

    [[nodiscard]] bool ok() const
    {
        return m_value.has_value();
    }
    explicit operator bool() const
    {
        return ok();
    }
    [[nodiscard]] const T &value() const &
    {
        return *m_value;
    }
    [[nodiscard]] T &value() &
    {
        return *m_value;
    }
    [[nodiscard]] T &&value() &&
    {
        return std::move(*m_value);
    }
    [[nodiscard]] const T *operator->() const
    {
        return &*m_value;
    }
    [[nodiscard]] const T &operator*() const
    {
        return *m_value;
    }
    [[nodiscard]] const GitError &error() const
    {
        return m_error;
    }

private:
    std::optional<T> m_value;
    GitError m_error;
};

/// The outcome of an operation that produces nothing but may fail.
struct Done {
};
using Status = Result<Done>;

} // namespace ra::git
