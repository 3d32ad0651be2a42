// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/validationissue.h"
#include "scoring/versiontable.h"

namespace ra::scoring {

/**
 * Checks a version table against the rules the node scoring relies on: the name is the exact string the
 * node reports (the bare tag for aleph-vm, `v`-prefixed for pyaleph), released_on < replaced_on, two stable
 * rows of one software never overlap, only a stable release retires a stable row (a pre-release never
 * retires the stable line), and `UNIQUE (software, name)`.
 */
class TableValidator
{
public:
    /// The length of the varchar(30) columns.
    static constexpr qsizetype kMaxLength = 30;

    [[nodiscard]] static QList<ValidationIssue> validate(const VersionTable &table);
    /// The findings about \a row alone (name spelling, lengths, times), without the cross-row checks.
    [[nodiscard]] static QList<ValidationIssue> validateRow(const SoftwareVersion &row, qsizetype index = -1);
};

} // namespace ra::scoring
