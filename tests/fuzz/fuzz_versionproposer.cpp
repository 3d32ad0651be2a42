// SPDX-License-Identifier: GPL-3.0-or-later
// The version proposer works on the last tag of a remote repository and on commit subjects anyone can write.
// The input's first line is the version; the other lines are commit subjects. For every bump and spelling,
// a proposal is strictly newer than where it starts, carries the tag that names it, and a refusal says why;
// the suggestion from the subjects never crashes and always gives a reason (a segment at the largest
// qint64 is where a signed overflow was found).
#include "core/pep440version.h"
#include "core/tagspelling.h"
#include "core/versionproposer.h"
#include "fuzzsupport.h"

using ra::Pep440Version;
using ra::VersionBump;
using ra::fuzz::require;

namespace {

constexpr VersionBump bumps[] = {VersionBump::Patch, VersionBump::Minor, VersionBump::Major,
                                 VersionBump::ReleaseCandidate, VersionBump::Final};

void checkProposals(const ra::TagSpelling &spelling, const Pep440Version &from)
{
    const ra::VersionProposer proposer(spelling);
    for (const VersionBump bump : bumps) {
        for (const VersionBump rcBase : bumps) {
            QString error;
            const auto proposal = proposer.propose(from, bump, &error, rcBase);
            if (!proposal) {
                require(!error.isEmpty());
                continue;
            }
            require(proposal->bump == bump);
            require(Pep440Version::compare(proposal->version, from) > 0);
            require(!proposal->tag.isEmpty() && !proposal->reason.isEmpty());
            const auto named = spelling.versionFromTag(proposal->tag);
            require(named.has_value() && Pep440Version::compare(*named, proposal->version) == 0);
            require(spelling.isCanonical(proposal->tag));
            require(proposal->version.epoch() == from.epoch());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192) {
        return 0;
    }
    QStringList lines = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).split(u'\n');
    const QString first = lines.takeFirst();
    // The version as the tag spelling reads it, and as PEP 440 reads it.
    const ra::TagSpelling aleph = ra::TagSpelling::alephVm();
    std::optional<Pep440Version> from = aleph.versionFromTag(first);
    if (!from) {
        from = Pep440Version::parse(first);
    }
    if (!from) {
        return 0;
    }
    checkProposals(aleph, *from);
    ra::TagSpelling anyLength;
    anyLength.prefix = QStringLiteral("v");
    anyLength.prereleaseSeparator = QString();
    anyLength.releaseSegments = 0;
    anyLength.prereleaseKinds = {Pep440Version::PreKind::Alpha, Pep440Version::PreKind::Beta,
                                 Pep440Version::PreKind::ReleaseCandidate};
    checkProposals(anyLength, *from);

    const ra::VersionProposal suggestion = ra::VersionProposer(aleph).suggest(*from, lines);
    require(!suggestion.reason.isEmpty());
    require(suggestion.tag.isEmpty() || Pep440Version::compare(suggestion.version, *from) > 0);
    for (const QString &subject : std::as_const(lines)) {
        (void)ra::VersionProposer::classify(subject, subject);
    }
    return 0;
}
