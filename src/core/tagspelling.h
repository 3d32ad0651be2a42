// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pep440version.h"

#include <QList>
#include <QString>

#include <optional>

namespace ra {

/// How a project spells its release tags, and the mapping version <-> tag in both directions.
/// aleph-vm (alephVm()): bare "X.Y.Z" and "X.Y.Z-rcN", no "v", three release segments.
class TagSpelling
{
public:
    /// Text before the version ("" for aleph-vm, "v" for many projects).
    QString prefix;
    /// Between the release and a pre-release label: "-" gives "1.0.0-rc1", "" gives "1.0.0rc1".
    QString prereleaseSeparator = QStringLiteral("-");
    /// Pre-release kinds the project tags; others have no tag spelling.
    QList<Pep440Version::PreKind> prereleaseKinds{Pep440Version::PreKind::ReleaseCandidate};
    /// Number of release segments a tag carries (3 = X.Y.Z); 0 accepts any.
    int releaseSegments = 3;

    /// aleph-vm's spelling, from the reference facts (§4.1).
    [[nodiscard]] static TagSpelling alephVm();

    /// The tag for \a version, or std::nullopt with \a error explaining what the spelling cannot express
    /// (a dev or post release, a local label, an epoch, an untagged pre-release kind, a wrong length).
    [[nodiscard]] std::optional<QString> tagFor(const Pep440Version &version, QString *error = nullptr) const;
    /// The version a tag names (prefix removed, PEP 440 parse), or std::nullopt with \a error.
    /// Accepts any PEP 440 spelling; use isCanonical() to know whether the tag follows this spelling.
    [[nodiscard]] std::optional<Pep440Version> versionFromTag(const QString &tag, QString *error = nullptr) const;
    /// True when \a tag is exactly what tagFor() gives for the version it names.
    [[nodiscard]] bool isCanonical(const QString &tag) const;
    /// A human description such as "X.Y.Z or X.Y.Z-rcN, no prefix".
    [[nodiscard]] QString describe() const;

    friend bool operator==(const TagSpelling &, const TagSpelling &) = default;
};

} // namespace ra
