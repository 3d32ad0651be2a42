// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ra::github {

/// "owner/name" of a GitHub repository.
struct RepositoryRef {
    QString owner;
    QString name;

    /// Parses "owner/name" (also a https://github.com/owner/name[.git] URL); nullopt when malformed.
    [[nodiscard]] static std::optional<RepositoryRef> parse(const QString &text);
    [[nodiscard]] QString toString() const;
    /// "/repos/owner/name" with both parts percent-encoded.
    [[nodiscard]] QString apiPath() const;
    [[nodiscard]] bool isValid() const;
    friend bool operator==(const RepositoryRef &, const RepositoryRef &) = default;
};

} // namespace ra::github
