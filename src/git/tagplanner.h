// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/taghazardchecker.h"
#include "core/tagspelling.h"
#include "core/versionproposer.h"
#include "git/describe.h"
#include "git/repository.h"
#include "git/result.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace ra::git {

/// Everything the tag step shows before it acts: the tag, its commit, the hazards, what describe will print.
/// Building it changes nothing.
struct TagPlan {
    QString version;
    /// The tag in the project's spelling ("1.0.0rc1" is tagged "1.0.0-rc1" for aleph-vm).
    QString tag;
    QString commitSha;
    QString commitSubject;
    bool annotated = false;
    /// The tag where a release of this version starts its notes (see previousReleaseTag()).
    QString previousTag;
    /// The local tag of that name, if there is one already.
    std::optional<TagInfo> existingTag;
    DescribePreview describe;
    QList<TagHazard> hazards;
    /// The versions that could follow previousTag: first the one the commits since it call for, then the
    /// other bumps, each with its reason. Empty when there is no previous version tag.
    QList<VersionProposal> proposals;

    /// True when a hazard of Error severity forbids creating the tag.
    [[nodiscard]] bool blocked() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// Plans tag \a version on \a revision (default HEAD) of \a repository. \a cancelled is polled during the
/// history walk; when it returns true the plan stops with an error whose code is GIT_EUSER.
/// \a upgradeScriptPatterns: the tags the project's upgrade script accepts (the playbook's; empty: none known,
/// that hazard is not checked).
[[nodiscard]] Result<TagPlan>
planTag(const Repository &repository, const QString &version, const QString &revision, bool annotated,
        const TagSpelling &spelling = TagSpelling::alephVm(), const std::function<bool()> &cancelled = {},
        const QList<QRegularExpression> &upgradeScriptPatterns = TagHazardChecker::alephVmUpgradeScriptPatterns());

} // namespace ra::git
