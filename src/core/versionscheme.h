// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ra {

/// Which versioning rules a project follows. aleph-vm: SemVer numbers with PEP 440 pre-release labels,
/// checked as PEP 440 by the node itself, hence Pep440.
enum class VersionScheme { Pep440, SemVer };

/// "pep440" or "semver" (playbook and CLI spelling).
[[nodiscard]] QString schemeKey(VersionScheme scheme);
[[nodiscard]] std::optional<VersionScheme> schemeFromKey(const QString &key);

/// Scheme-independent helpers for the front ends.
/// The canonical spelling of \a text, or std::nullopt with \a error set.
[[nodiscard]] std::optional<QString> normalizeVersion(VersionScheme scheme, const QString &text,
                                                      QString *error = nullptr);
/// -1, 0 or 1; std::nullopt (with \a error naming the bad input) when either side does not parse.
[[nodiscard]] std::optional<int> compareVersions(VersionScheme scheme, const QString &a, const QString &b,
                                                 QString *error = nullptr);
/// Sorts ascending (stable: inputs that compare equal keep their order). Fails on the first invalid entry.
[[nodiscard]] std::optional<QStringList> sortVersions(VersionScheme scheme, const QStringList &versions,
                                                      QString *error = nullptr);

} // namespace ra
