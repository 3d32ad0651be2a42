// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taghazardchecker.h"

#include "core/debianversion.h"

using namespace Qt::StringLiterals;

namespace ra {

namespace {

QString listed(const QStringList &names)
{
    constexpr qsizetype shown = 5;
    QStringList quoted;
    for (qsizetype i = 0; i < std::min(shown, names.size()); ++i) {
        quoted.append(u"'%1'"_s.arg(names.at(i)));
    }
    QString text = quoted.join(u", "_s);
    if (names.size() > shown) {
        text += u" and %1 more"_s.arg(names.size() - shown);
    }
    return text;
}

} // namespace

QString severityKey(HazardSeverity severity)
{
    switch (severity) {
    case HazardSeverity::Info:
        return u"info"_s;
    case HazardSeverity::Warning:
        return u"warning"_s;
    case HazardSeverity::Error:
        return u"error"_s;
    }
    return {};
}

TagHazardChecker::TagHazardChecker(TagSpelling spelling, QList<QRegularExpression> upgradeScriptPatterns)
    : m_spelling(std::move(spelling))
    , m_upgradeScriptPatterns(std::move(upgradeScriptPatterns))
{
}

QList<QRegularExpression> TagHazardChecker::alephVmUpgradeScriptPatterns()
{
    return {QRegularExpression(uR"(^[0-9]+\.[0-9]+\.[0-9]+$)"_s),
            QRegularExpression(uR"(^[0-9]+\.[0-9]+\.[0-9]+-rc[0-9]+$)"_s)};
}

HazardSeverity TagHazardChecker::worst(const QList<TagHazard> &hazards)
{
    HazardSeverity worst = HazardSeverity::Info;
    for (const TagHazard &hazard : hazards) {
        worst = std::max(worst, hazard.severity);
    }
    return worst;
}

QList<TagHazard> TagHazardChecker::check(const QString &tag, const QStringList &existingTags,
                                         const QStringList &tagsOnTargetCommit) const
{
    QList<TagHazard> hazards;
    const auto add = [&hazards](const QString &id, HazardSeverity severity, const QString &message) {
        hazards.append(TagHazard{id, severity, message});
    };

    if (existingTags.contains(tag)) {
        add(u"tag-exists"_s, HazardSeverity::Error,
            u"tag '%1' already exists; choose another version, or continue from the existing tag if it is the "
            u"one you meant"_s.arg(tag));
    }

    if (!m_upgradeScriptPatterns.isEmpty() &&
        std::none_of(m_upgradeScriptPatterns.cbegin(), m_upgradeScriptPatterns.cend(),
                     [&tag](const QRegularExpression &pattern) { return pattern.match(tag).hasMatch(); })) {
        QStringList patterns;
        for (const QRegularExpression &pattern : m_upgradeScriptPatterns) {
            patterns.append(pattern.pattern());
        }
        add(u"upgrade-script-ignores"_s, HazardSeverity::Warning,
            u"the project's upgrade script only considers tags matching %1, so it will never offer '%2' to "
            u"operators; spell it %3"_s.arg(patterns.join(u" or "_s), tag, m_spelling.describe()));
    }

    QString parseError;
    const auto version = m_spelling.versionFromTag(tag, &parseError);
    if (!version) {
        // The version check would have been impossible anyway: the tag is the node's version string.
        add(u"not-pep440"_s, HazardSeverity::Error,
            u"%1. The tag becomes the node's version: /status/check/version answers 503 for a non-PEP 440 "
            u"version and scoring cannot match it. Use %2"_s.arg(parseError, m_spelling.describe()));
    } else if (version->epoch() != 0) {
        add(u"epoch-in-tag"_s, HazardSeverity::Error,
            u"'%1' carries the epoch %2: tags carry no epoch. The tag becomes the Debian package version, where "
            u"dpkg-deb refuses '!', and the same tag without it ('%3') names a lower version than every version "
            u"of epoch %2. Version this project without an epoch: %4"_s.arg(tag)
                .arg(version->epoch())
                .arg(version->withEpoch(0).normalized(), m_spelling.describe()));
    } else if (!m_spelling.isCanonical(tag)) {
        QString spellingError;
        const auto canonical = m_spelling.tagFor(*version, &spellingError);
        add(u"not-project-spelling"_s, HazardSeverity::Warning,
            canonical ? u"'%1' does not follow the project's tag spelling (%2): write '%3'"_s.arg(
                            tag, m_spelling.describe(), *canonical)
                      : spellingError);
    }

    if (version) {
        // dpkg cannot read an epoch tag at all, so how it would order one says nothing.
        const bool dpkgReadsIt = version->epoch() == 0;
        QStringList sameVersion;
        std::optional<Pep440Version> latest;
        QString latestTag;
        QStringList dpkgInversions;
        for (const QString &existing : existingTags) {
            const auto other = m_spelling.versionFromTag(existing);
            if (!other) {
                continue; // stray tags such as "list" and "rm" name no version
            }
            const int order = Pep440Version::compare(*other, *version);
            if (order == 0 && existing != tag) {
                sameVersion.append(existing);
            }
            if (!latest || Pep440Version::compare(*other, *latest) > 0) {
                latest = other;
                latestTag = existing;
            }
            if (dpkgReadsIt && order < 0 && compareDebianVersions(existing, tag) > 0) {
                dpkgInversions.append(existing);
            }
        }
        if (!sameVersion.isEmpty()) {
            add(u"tag-exists"_s, HazardSeverity::Error,
                u"'%1' names version %2, which existing tag %3 already names; choose another version"_s.arg(
                    tag, version->normalized(), listed(sameVersion)));
        } else if (latest && Pep440Version::compare(*version, *latest) < 0) {
            add(u"not-newest"_s, HazardSeverity::Warning,
                u"%1 is older than the latest tag '%2' in PEP 440 order: pip, the node's version check and the "
                u"scoring table treat it as older. Fine for a backport; otherwise choose a version above %3"_s.arg(
                    version->normalized(), latestTag, latest->normalized()));
        }
        if (!dpkgInversions.isEmpty()) {
            add(u"dpkg-order"_s, HazardSeverity::Warning,
                u"dpkg sorts '%1' below %2 (it reads the part after '-' as a Debian revision), although it is "
                u"newer: installing it over those packages is a downgrade for apt, and operators need "
                u"'apt-get install --allow-downgrades'"_s.arg(tag, listed(dpkgInversions)));
        }
        if (dpkgReadsIt && version->pre()) {
            const auto finalTag = m_spelling.tagFor(version->withPre(std::nullopt).withDev(std::nullopt));
            if (finalTag && compareDebianVersions(tag, *finalTag) > 0) {
                add(u"dpkg-order"_s, HazardSeverity::Info,
                    u"dpkg sorts '%1' above its own final '%2': nodes that install this pre-release will need "
                    u"'--allow-downgrades' to move to %2 (the Debian spelling '%3~%4' would avoid it)"_s.arg(
                        tag, *finalTag, version->baseVersion(),
                        Pep440Version::preKindKey(version->pre()->kind) + QString::number(version->pre()->number)));
            }
        }
    }

    QStringList earlier;
    for (const QString &other : tagsOnTargetCommit) {
        if (other != tag && other.compare(tag) < 0) {
            earlier.append(other);
        }
    }
    if (!earlier.isEmpty()) {
        earlier.sort();
        add(u"describe-collision"_s, HazardSeverity::Warning,
            u"the target commit already carries %1, which sorts before '%2': 'git describe --tags' picks the "
            u"alphabetically first tag, so packages built from '%2' would report version '%3'. Tag a new "
            u"commit instead"_s.arg(listed(earlier), tag, earlier.constFirst()));
    }
    return hazards;
}

} // namespace ra
