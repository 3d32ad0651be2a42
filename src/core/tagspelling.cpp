// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagspelling.h"

using namespace Qt::StringLiterals;

namespace ra {

TagSpelling TagSpelling::alephVm()
{
    return TagSpelling{};
}

std::optional<QString> TagSpelling::tagFor(const Pep440Version &version, QString *error) const
{
    const auto fail = [&](const QString &why) -> std::optional<QString> {
        if (error) {
            *error = u"%1 has no tag in this project's spelling (%2): %3"_s.arg(version.normalized(), describe(), why);
        }
        return std::nullopt;
    };
    if (version.epoch() != 0) {
        return fail(u"tags carry no epoch ('!' is not allowed in the Debian package version the tag becomes), and "
                    u"the tag without it, %1, would name a version lower than any of epoch %2"_s
                        .arg(version.withEpoch(0).normalized())
                        .arg(version.epoch()));
    }
    if (!version.local().isEmpty()) {
        return fail(u"a local label (+...) is never tagged"_s);
    }
    if (version.isPostRelease()) {
        return fail(u"post-releases are not tagged; release the next patch instead"_s);
    }
    if (version.isDevRelease()) {
        return fail(u"dev releases are not tagged; tag a release candidate instead"_s);
    }
    if (releaseSegments > 0 && version.release().size() != releaseSegments) {
        return fail(u"tags have exactly %1 release numbers"_s.arg(releaseSegments));
    }
    QString tag = prefix + version.baseVersion();
    if (const auto &pre = version.pre()) {
        if (!prereleaseKinds.contains(pre->kind)) {
            return fail(u"'%1' pre-releases are not tagged here"_s.arg(Pep440Version::preKindKey(pre->kind)));
        }
        tag += prereleaseSeparator + Pep440Version::preKindKey(pre->kind) + QString::number(pre->number);
    }
    return tag;
}

std::optional<Pep440Version> TagSpelling::versionFromTag(const QString &tag, QString *error) const
{
    if (!tag.startsWith(prefix)) {
        if (error) {
            *error = u"tag '%1' does not start with the project's prefix '%2'"_s.arg(tag, prefix);
        }
        return std::nullopt;
    }
    QString versionError;
    auto version = Pep440Version::parse(tag.mid(prefix.size()), &versionError);
    if (!version && error) {
        *error = u"tag '%1' names no version: %2"_s.arg(tag, versionError);
    }
    return version;
}

bool TagSpelling::isCanonical(const QString &tag) const
{
    const auto version = versionFromTag(tag);
    if (!version) {
        return false;
    }
    const auto spelled = tagFor(*version);
    return spelled && *spelled == tag;
}

QString TagSpelling::describe() const
{
    QStringList segments;
    const QStringList letters{u"X"_s, u"Y"_s, u"Z"_s};
    const int count = releaseSegments > 0 ? releaseSegments : 3;
    for (int i = 0; i < count; ++i) {
        segments.append(i < letters.size() ? letters.at(i) : u"N"_s);
    }
    const QString release = prefix + segments.join(u'.') + (releaseSegments > 0 ? QString() : u"[.N...]"_s);
    QStringList forms{release};
    for (const auto kind : prereleaseKinds) {
        forms.append(release + prereleaseSeparator + Pep440Version::preKindKey(kind) + u"N"_s);
    }
    return forms.join(u" or "_s) + (prefix.isEmpty() ? u", no prefix"_s : u", prefix '%1'"_s.arg(prefix));
}

} // namespace ra
