// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace ra {

/// A version as Semantic Versioning 2.0.0 (semver.org) defines it, parsed strictly: exactly
/// MAJOR.MINOR.PATCH, no leading zeros, no "v" prefix, optional "-prerelease" and "+build".
class SemVerVersion
{
public:
    [[nodiscard]] static std::optional<SemVerVersion> parse(const QString &text, QString *error = nullptr);

    [[nodiscard]] quint64 major() const
    {
        return m_major;
    }
    [[nodiscard]] quint64 minor() const
    {
        return m_minor;
    }
    [[nodiscard]] quint64 patch() const
    {
        return m_patch;
    }
    [[nodiscard]] const QStringList &prerelease() const
    {
        return m_prerelease;
    }
    [[nodiscard]] const QStringList &build() const
    {
        return m_build;
    }
    [[nodiscard]] bool isPrerelease() const
    {
        return !m_prerelease.isEmpty();
    }

    /// The version as written by the rules (SemVer has a single spelling, so this is the input).
    [[nodiscard]] QString toString() const;

    /// Precedence per SemVer §11: -1, 0 or 1. Build metadata is ignored, so "1.0.0+a" == "1.0.0+b".
    [[nodiscard]] static int compare(const SemVerVersion &a, const SemVerVersion &b);

    friend std::strong_ordering operator<=>(const SemVerVersion &a, const SemVerVersion &b)
    {
        return compare(a, b) <=> 0;
    }
    friend bool operator==(const SemVerVersion &a, const SemVerVersion &b)
    {
        return compare(a, b) == 0;
    }

private:
    quint64 m_major = 0;
    quint64 m_minor = 0;
    quint64 m_patch = 0;
    QStringList m_prerelease;
    QStringList m_build;
};

} // namespace ra
