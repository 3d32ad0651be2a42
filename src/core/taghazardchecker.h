// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagspelling.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ra {

enum class HazardSeverity { Info, Warning, Error };

/// "info", "warning", "error".
[[nodiscard]] QString severityKey(HazardSeverity severity);

/// One problem with a proposed tag. \c id is stable (for tests, JSON and suppressions):
/// "not-pep440", "not-project-spelling", "epoch-in-tag", "upgrade-script-ignores", "tag-exists", "dpkg-order",
/// "not-newest", "describe-collision".
struct TagHazard {
    QString id;
    HazardSeverity severity = HazardSeverity::Warning;
    QString message;
};

/// Checks a tag before it is created. Everything it needs is given to it; it does no I/O.
class TagHazardChecker
{
public:
    /// \a upgradeScriptPatterns: tags the project's upgrade script considers (aleph-vm's crn_upgrade.sh
    /// keeps ^[0-9]+\.[0-9]+\.[0-9]+$ and, with --rc, also -rc[0-9]+). Empty: that check is skipped.
    explicit TagHazardChecker(TagSpelling spelling = TagSpelling::alephVm(),
                              QList<QRegularExpression> upgradeScriptPatterns = alephVmUpgradeScriptPatterns());

    [[nodiscard]] static QList<QRegularExpression> alephVmUpgradeScriptPatterns();

    /// \a existingTags: every tag of the repository (stray non-version tags are ignored where a version is
    /// needed). \a tagsOnTargetCommit: the tags already on the commit about to be tagged.
    [[nodiscard]] QList<TagHazard> check(const QString &tag, const QStringList &existingTags,
                                         const QStringList &tagsOnTargetCommit = {}) const;

    /// The most severe level in \a hazards (Info when empty).
    [[nodiscard]] static HazardSeverity worst(const QList<TagHazard> &hazards);

private:
    TagSpelling m_spelling;
    QList<QRegularExpression> m_upgradeScriptPatterns;
};

} // namespace ra
