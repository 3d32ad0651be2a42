// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commit.h"
#include "core/pep440version.h"
#include "core/tagspelling.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ra {

enum class VersionBump { Patch, Minor, Major, ReleaseCandidate, Final };

/// "patch", "minor", "major", "rc", "final".
[[nodiscard]] QString bumpKey(VersionBump bump);
[[nodiscard]] std::optional<VersionBump> bumpFromKey(const QString &key);

/// What a commit subject says about the change it makes.
enum class ChangeKind { Breaking, Feature, Fix, Other };

/// A proposed next version with its tag and the reason, in words, for the maintainer.
struct VersionProposal {
    VersionBump bump = VersionBump::Patch;
    Pep440Version version;
    QString tag;
    QString reason;
};

/// Proposes next versions from the last tag, by explicit bump or from the commits since that tag.
class VersionProposer
{
public:
    explicit VersionProposer(TagSpelling spelling = TagSpelling::alephVm());

    /// The version after \a from for \a bump:
    /// - patch/minor/major from a final X.Y.Z give X.Y.Z+1, X.Y+1.0, X+1.0.0; from a pre-release they
    ///   finalize first when that is enough (1.3.0rc1 minor -> 1.3.0, as npm's semver does);
    /// - rc from an rc gives the next rc, from an alpha/beta/dev the first rc of the same release, and from a
    ///   final the first rc of the release \a rcBase gives (default: next minor);
    /// - final from a pre-release or dev gives its release; from a final it fails.
    /// The epoch is kept (a version without it would sort below \a from), so the tag spelling refuses it. A
    /// segment already at the largest qint64 has no next value: that bump fails ("version segment too large").
    [[nodiscard]] std::optional<VersionProposal> propose(const Pep440Version &from, VersionBump bump,
                                                         QString *error = nullptr,
                                                         VersionBump rcBase = VersionBump::Minor) const;

    /// Suggests patch, minor or major from the commits since \a from: a breaking marker ("feat!:",
    /// "BREAKING CHANGE" in a body, "Breaking:") -> major, any feature -> minor, otherwise patch.
    /// The reason names how many of each were seen and quotes an example. When that bump has no tag (a
    /// segment at its largest value, an epoch), the proposal's tag is empty and the reason says why.
    [[nodiscard]] VersionProposal suggest(const Pep440Version &from, const QList<Commit> &commits) const;
    [[nodiscard]] VersionProposal suggest(const Pep440Version &from, const QStringList &subjects) const;

    /// Classifies one commit across every style aleph-vm used: forum keywords ("Fix:", "Feature:"),
    /// Conventional Commits ("feat(x)!:"), and unprefixed imperative subjects ("Add ...", "Fix ...").
    [[nodiscard]] static ChangeKind classify(const QString &subject, const QString &body = {});

private:
    TagSpelling m_spelling;
};

} // namespace ra
