// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versionproposer.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

constexpr std::array bumpKeys{
    std::pair{VersionBump::Patch, "patch"}, std::pair{VersionBump::Minor, "minor"},
    std::pair{VersionBump::Major, "major"}, std::pair{VersionBump::ReleaseCandidate, "rc"},
    std::pair{VersionBump::Final, "final"},
};

// The kind a commit-type prefix names, or std::nullopt when the prefix is not a type (a subsystem name).
std::optional<ChangeKind> kindOfType(const QString &type)
{
    static const QStringList features{u"feature"_s, u"feat"_s, u"enh"_s, u"enhancement"_s, u"new"_s, u"add"_s};
    static const QStringList fixes{u"fix"_s, u"bugfix"_s, u"hotfix"_s, u"bug"_s, u"problem"_s};
    static const QStringList others{u"refactor"_s,      u"cleanup"_s, u"mod"_s,   u"doc"_s,   u"docs"_s,
                                    u"documentation"_s, u"ci"_s,      u"build"_s, u"chore"_s, u"deps"_s,
                                    u"test"_s,          u"tests"_s,   u"style"_s, u"perf"_s,  u"revert"_s};
    const QString lower = type.toLower();
    if (features.contains(lower)) {
        return ChangeKind::Feature;
    }
    if (fixes.contains(lower)) {
        return ChangeKind::Fix;
    }
    if (others.contains(lower)) {
        return ChangeKind::Other;
    }
    return std::nullopt;
}

ChangeKind kindOfFirstWord(const QString &text)
{
    static const QStringList features{u"add"_s,        u"adds"_s,      u"added"_s,      u"implement"_s,
                                      u"implements"_s, u"introduce"_s, u"introduces"_s, u"support"_s,
                                      u"allow"_s,      u"allows"_s,    u"enable"_s,     u"new"_s};
    static const QStringList fixes{u"fix"_s,    u"fixes"_s,   u"fixed"_s,   u"correct"_s,
                                   u"repair"_s, u"resolve"_s, u"prevent"_s, u"avoid"_s};
    static const QRegularExpression word(uR"(^\s*([A-Za-z]+))"_s);
    const QString first = word.match(text).captured(1).toLower();
    if (features.contains(first)) {
        return ChangeKind::Feature;
    }
    if (fixes.contains(first)) {
        return ChangeKind::Fix;
    }
    return ChangeKind::Other;
}

QString counted(qsizetype count, const QString &singular, const QString &plural)
{
    return u"%1 %2"_s.arg(count).arg(count == 1 ? singular : plural);
}

/// \a value + 1, or std::nullopt with \a error set when \a value is already the largest a version number can be
/// (a wrapped segment would be a negative, lower version).
std::optional<qint64> incremented(qint64 value, const QString &segment, const Pep440Version &from, QString *error)
{
    if (value < std::numeric_limits<qint64>::max()) {
        return value + 1;
    }
    if (error) {
        *error = u"version segment too large: %1 of %2 is %3, the largest a version number can be, so it has no "
                 u"successor; choose a bump that does not add to it"_s.arg(segment, from.normalized())
                     .arg(value);
    }
    return std::nullopt;
}

/// The next version after \a from (see VersionProposer::propose()), without its tag. \a segments release numbers
/// are kept; the epoch is kept too, since a version without it sorts below every version of \a from's epoch.
std::optional<VersionProposal> proposeVersion(const Pep440Version &from, VersionBump bump, VersionBump rcBase,
                                              qsizetype segments, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<VersionProposal> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    if (segments < 3) {
        return fail(u"the tag spelling has fewer than three release numbers; cannot bump major.minor.patch"_s);
    }
    QList<qint64> release;
    for (qsizetype i = 0; i < segments; ++i) {
        release.append(from.releaseSegment(i));
    }
    const auto released = [&from](const QList<qint64> &numbers) {
        return Pep440Version::fromRelease(numbers).withEpoch(from.epoch());
    };
    // Adds one to release number \a index and zeroes the ones after it.
    const auto bumped = [&](qsizetype index) -> std::optional<Pep440Version> {
        const auto next = incremented(release[index], Pep440Version::releaseSegmentName(index), from, error);
        if (!next) {
            return std::nullopt;
        }
        QList<qint64> numbers = release;
        numbers[index] = *next;
        std::fill(numbers.begin() + index + 1, numbers.end(), 0);
        return released(numbers);
    };
    const Pep440Version final = released(release);
    const QString origin = from.normalized();
    // A pre-release or development release is followed by its own release, unless that release sorts below it:
    // "1.2.3.4rc1" loses the numbers past the spelling's count (1.2.3), "1.2.3.post1.dev1" is a development
    // release of a post-release of 1.2.3. Those are bumped as a final release is.
    const bool prerelease = from.isPrerelease() && Pep440Version::compare(final, from) > 0;

    VersionProposal proposal;
    proposal.bump = bump;
    switch (bump) {
    case VersionBump::Patch:
        if (prerelease) {
            proposal.version = final;
            proposal.reason =
                u"%1 is a pre-release of %2, so the next patch release is %2 itself"_s.arg(origin, final.normalized());
        } else {
            const auto next = bumped(2);
            if (!next) {
                return std::nullopt;
            }
            proposal.version = *next;
            proposal.reason = u"patch release after %1: fixes only"_s.arg(origin);
        }
        break;
    case VersionBump::Minor:
        if (prerelease && release[2] == 0) {
            proposal.version = final;
            proposal.reason =
                u"%1 is a pre-release of the minor release %2, which comes next"_s.arg(origin, final.normalized());
        } else {
            const auto next = bumped(1);
            if (!next) {
                return std::nullopt;
            }
            proposal.version = *next;
            proposal.reason = u"minor release after %1: new features, nothing breaking"_s.arg(origin);
        }
        break;
    case VersionBump::Major:
        if (prerelease && release[1] == 0 && release[2] == 0) {
            proposal.version = final;
            proposal.reason =
                u"%1 is a pre-release of the major release %2, which comes next"_s.arg(origin, final.normalized());
        } else {
            const auto next = bumped(0);
            if (!next) {
                return std::nullopt;
            }
            proposal.version = *next;
            proposal.reason = u"major release after %1: breaking changes"_s.arg(origin);
        }
        break;
    case VersionBump::ReleaseCandidate: {
        const auto &pre = from.pre();
        if (pre && pre->kind == Pep440Version::PreKind::ReleaseCandidate && prerelease) {
            // 1.0rc2.dev1 precedes rc2, so rc2 comes next; a plain rc2 is followed by rc3, and so is rc2.post1.dev1,
            // the development release of a post-release that already follows rc2.
            const auto number = from.isDevRelease() && !from.post()
                                    ? std::optional(pre->number)
                                    : incremented(pre->number, u"the release-candidate number"_s, from, error);
            if (!number) {
                return std::nullopt;
            }
            proposal.version = final.withPre(Pep440Version::Pre{Pep440Version::PreKind::ReleaseCandidate, *number});
            proposal.reason = u"next release candidate of %1 after %2"_s.arg(final.normalized(), origin);
        } else if (prerelease) {
            proposal.version = final.withPre(Pep440Version::Pre{Pep440Version::PreKind::ReleaseCandidate, 1});
            proposal.reason = u"first release candidate of %1, after %2"_s.arg(final.normalized(), origin);
        } else {
            if (rcBase == VersionBump::ReleaseCandidate || rcBase == VersionBump::Final) {
                return fail(u"a release candidate after a final is based on a patch, minor or major bump"_s);
            }
            const auto base = proposeVersion(from, rcBase, rcBase, segments, error);
            if (!base) {
                return std::nullopt;
            }
            proposal.version = base->version.withPre(Pep440Version::Pre{Pep440Version::PreKind::ReleaseCandidate, 1});
            proposal.reason =
                u"first release candidate of the next %1 release %2"_s.arg(bumpKey(rcBase), base->version.normalized());
        }
        break;
    }
    case VersionBump::Final:
        if (from.isPrerelease() && !prerelease) {
            return fail(u"%1 comes after %2, the release it would be promoted to (with the tag spelling's %3 release "
                        u"numbers): choose patch, minor or major"_s.arg(origin, final.normalized())
                            .arg(segments));
        }
        if (!prerelease) {
            return fail(u"%1 is already a final release: choose patch, minor or major"_s.arg(origin));
        }
        proposal.version = final;
        proposal.reason = u"promote %1 to the final release %2"_s.arg(origin, final.normalized());
        break;
    }
    return proposal;
}

} // namespace

QString bumpKey(VersionBump bump)
{
    for (const auto &[candidate, key] : bumpKeys) {
        if (candidate == bump) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<VersionBump> bumpFromKey(const QString &key)
{
    for (const auto &[candidate, candidateKey] : bumpKeys) {
        if (key == QLatin1StringView(candidateKey)) {
            return candidate;
        }
    }
    return std::nullopt;
}

VersionProposer::VersionProposer(TagSpelling spelling)
    : m_spelling(std::move(spelling))
{
}

std::optional<VersionProposal> VersionProposer::propose(const Pep440Version &from, VersionBump bump, QString *error,
                                                        VersionBump rcBase) const
{
    const qsizetype segments =
        m_spelling.releaseSegments > 0 ? m_spelling.releaseSegments : std::max<qsizetype>(3, from.release().size());
    auto proposal = proposeVersion(from, bump, rcBase, segments, error);
    if (!proposal) {
        return std::nullopt;
    }
    QString spellingError;
    const auto tag = m_spelling.tagFor(proposal->version, &spellingError);
    if (!tag) {
        if (error) {
            *error = spellingError;
        }
        return std::nullopt;
    }
    proposal->tag = *tag;
    return proposal;
}

VersionProposal VersionProposer::suggest(const Pep440Version &from, const QList<Commit> &commits) const
{
    qsizetype breaking = 0;
    qsizetype features = 0;
    qsizetype fixes = 0;
    QString breakingExample;
    QString featureExample;
    QString fixExample;
    for (const Commit &commit : commits) {
        switch (classify(commit.subject, commit.body)) {
        case ChangeKind::Breaking:
            if (breaking++ == 0) {
                breakingExample = commit.subject;
            }
            break;
        case ChangeKind::Feature:
            if (features++ == 0) {
                featureExample = commit.subject;
            }
            break;
        case ChangeKind::Fix:
            if (fixes++ == 0) {
                fixExample = commit.subject;
            }
            break;
        case ChangeKind::Other:
            break;
        }
    }
    VersionBump bump = VersionBump::Patch;
    QString why;
    const QString counts =
        u"%1 since %2: %3, %4, %5, %6 other"_s
            .arg(counted(commits.size(), u"commit"_s, u"commits"_s), from.normalized(),
                 counted(breaking, u"breaking change"_s, u"breaking changes"_s),
                 counted(features, u"feature"_s, u"features"_s), counted(fixes, u"fix"_s, u"fixes"_s))
            .arg(commits.size() - breaking - features - fixes);
    if (breaking > 0) {
        bump = VersionBump::Major;
        why = u"a breaking change calls for a major release, e.g. '%1'"_s.arg(breakingExample);
    } else if (features > 0) {
        bump = VersionBump::Minor;
        why = u"new features call for a minor release, e.g. '%1'"_s.arg(featureExample);
    } else if (fixes > 0) {
        bump = VersionBump::Patch;
        why = u"fixes only call for a patch release, e.g. '%1'"_s.arg(fixExample);
    } else {
        why = u"no feature or fix was recognised in the subjects; a patch release is the safe default"_s;
    }
    VersionProposal proposal;
    QString error;
    if (auto proposed = propose(from, bump, &error)) {
        proposal = *proposed;
        proposal.reason = u"%1 (%2)"_s.arg(why, counts);
    } else {
        proposal.bump = bump;
        proposal.version = from;
        proposal.reason =
            u"%1, but there is no %2 release after %3: %4"_s.arg(why, bumpKey(bump), from.normalized(), error);
    }
    return proposal;
}

VersionProposal VersionProposer::suggest(const Pep440Version &from, const QStringList &subjects) const
{
    QList<Commit> commits;
    commits.reserve(subjects.size());
    for (const QString &subject : subjects) {
        Commit commit;
        commit.subject = subject;
        commits.append(commit);
    }
    return suggest(from, commits);
}

ChangeKind VersionProposer::classify(const QString &subject, const QString &body)
{
    static const QRegularExpression breakingFooter(uR"((^|\n)BREAKING[ -]CHANGE:)"_s);
    static const QRegularExpression prefixed(uR"(^\s*([A-Za-z][A-Za-z-]*)(\([^)]*\))?(!)?:\s*(.*)$)"_s);
    static const QRegularExpression breakingWord(uR"(^\s*breaking(\s+changes?)?\s*:)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (breakingFooter.match(body).hasMatch() || breakingWord.match(subject).hasMatch()) {
        return ChangeKind::Breaking;
    }
    const QRegularExpressionMatch match = prefixed.match(subject);
    if (!match.hasMatch()) {
        return kindOfFirstWord(subject);
    }
    if (match.hasCaptured(3)) {
        return ChangeKind::Breaking; // "feat!:", "fix(api)!:"
    }
    if (const auto kind = kindOfType(match.captured(1))) {
        return *kind;
    }
    // An unknown prefix is a subsystem name ("firewall: Fix ..."): the words after it tell.
    return classify(match.captured(4), body);
}

} // namespace ra
