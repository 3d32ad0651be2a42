// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace ra {

/// Holds the exclusive right to drive one release until destroyed.
class ReleaseLock
{
public:
    ~ReleaseLock();
    ReleaseLock(const ReleaseLock &) = delete;
    ReleaseLock &operator=(const ReleaseLock &) = delete;

    [[nodiscard]] QString release() const;
    [[nodiscard]] QString lockFilePath() const;

private:
    friend class Journal;
    class Private;
    explicit ReleaseLock(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace ra
