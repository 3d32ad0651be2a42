// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/tablevalidator.h"

#include "scoring/prereleaserule.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ra::scoring {

bool hasErrors(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue &issue) { return issue.severity == ValidationIssue::Severity::Error; });
}

namespace {

ValidationIssue error(qsizetype row, const QString &column, const QString &message)
{
    return {ValidationIssue::Severity::Error, row, column, message};
}

ValidationIssue warning(qsizetype row, const QString &column, const QString &message)
{
    return {ValidationIssue::Severity::Warning, row, column, message};
}

bool windowIsValid(const SoftwareVersion &row)
{
    return row.releasedOn.isValid() &&
           (!row.replacedOn || (row.replacedOn->isValid() && row.releasedOn < *row.replacedOn));
}

bool overlaps(const SoftwareVersion &a, const SoftwareVersion &b)
{
    const bool aEndsBeforeB = a.replacedOn && *a.replacedOn <= b.releasedOn;
    const bool bEndsBeforeA = b.replacedOn && *b.replacedOn <= a.releasedOn;
    return !aEndsBeforeB && !bEndsBeforeA;
}

} // namespace

QList<ValidationIssue> TableValidator::validateRow(const SoftwareVersion &row, qsizetype index)
{
    QList<ValidationIssue> issues;
    if (row.software.trimmed().isEmpty()) {
        issues.append(error(index, u"software"_s, u"The software is empty; use aleph-vm or pyaleph."_s));
    } else if (row.software.size() > kMaxLength) {
        issues.append(
            error(index, u"software"_s,
                  u"The software name is longer than %1 characters, which the column refuses."_s.arg(kMaxLength)));
    }
    if (row.name.isEmpty()) {
        issues.append(
            error(index, u"name"_s, u"The version name is empty; write it exactly as the node reports it."_s));
    } else if (row.name.size() > kMaxLength) {
        issues.append(
            error(index, u"name"_s,
                  u"The version name is longer than %1 characters, which the column refuses."_s.arg(kMaxLength)));
    } else if (std::any_of(row.name.begin(), row.name.end(), [](QChar c) { return c.isSpace(); })) {
        issues.append(error(
            index, u"name"_s,
            u"The version name '%1' contains white space; nodes never report that, so they would be scored unknown."_s
                .arg(row.name)));
    } else if (row.software == u"aleph-vm"_s && row.name.startsWith(u'v')) {
        issues.append(
            error(index, u"name"_s,
                  u"aleph-vm reports its tag without a 'v' (%1): with '%2' every node on it is scored unknown."_s.arg(
                      row.name.mid(1), row.name)));
    } else if (row.software == u"pyaleph"_s && !row.name.startsWith(u'v')) {
        issues.append(
            error(index, u"name"_s,
                  u"pyaleph reports its version with a 'v' (v%1): with '%1' every node on it is scored unknown."_s.arg(
                      row.name)));
    } else {
        const std::optional<bool> prerelease = isPrereleaseVersion(row.name);
        if (!prerelease) {
            issues.append(
                warning(index, u"name"_s,
                        u"'%1' is not a PEP 440 version; check that a node really reports it."_s.arg(row.name)));
        } else if (*prerelease != row.prerelease) {
            issues.append(warning(
                index, u"prerelease"_s,
                *prerelease ? u"'%1' is a pre-release version but the row is in the stable chain."_s.arg(row.name)
                            : u"'%1' is a final version but the row is in the pre-release chain."_s.arg(row.name)));
        }
    }
    if (!row.releasedOn.isValid()) {
        issues.append(error(index, u"released_on"_s,
                            u"released_on is missing; it is the instant the version became installable."_s));
    } else if (row.replacedOn && (!row.replacedOn->isValid() || *row.replacedOn <= row.releasedOn)) {
        issues.append(error(index, u"replaced_on"_s,
                            u"replaced_on (%1) must come after released_on (%2)."_s.arg(
                                formatTimestamp(*row.replacedOn), formatTimestamp(row.releasedOn))));
    }
    return issues;
}

QList<ValidationIssue> TableValidator::validate(const VersionTable &table)
{
    const QList<SoftwareVersion> &rows = table.rows();
    QList<ValidationIssue> issues;
    QHash<QPair<QString, QString>, qsizetype> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SoftwareVersion &row = rows.at(i);
        issues.append(validateRow(row, i));
        const auto key = qMakePair(row.software, row.name);
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            issues.append(error(i, u"name"_s,
                                u"%1 %2 is listed twice (rows %3 and %4); the table allows one row per version."_s
                                    .arg(row.software, row.name)
                                    .arg(*it + 1)
                                    .arg(i + 1)));
        } else {
            seen.insert(key, i);
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SoftwareVersion &row = rows.at(i);
        if (!windowIsValid(row)) {
            continue;
        }
        for (qsizetype j = i + 1; j < rows.size(); ++j) {
            const SoftwareVersion &other = rows.at(j);
            if (other.software != row.software || other.prerelease != row.prerelease || !windowIsValid(other) ||
                !overlaps(row, other)) {
                continue;
            }
            if (row.prerelease) {
                issues.append(
                    warning(j, u"released_on"_s,
                            u"Pre-releases %1 and %2 are current at the same time."_s.arg(row.name, other.name)));
            } else {
                issues.append(error(
                    j, u"released_on"_s,
                    u"Stable versions %1 and %2 of %3 overlap: only one stable version may be latest at a time; set replaced_on of the older one."_s
                        .arg(row.name, other.name, row.software)));
            }
        }
        if (!row.replacedOn) {
            continue;
        }
        qsizetype sameChain = -1;
        qsizetype otherChain = -1;
        for (qsizetype j = 0; j < rows.size(); ++j) {
            const SoftwareVersion &other = rows.at(j);
            if (j == i || other.software != row.software || other.releasedOn != *row.replacedOn) {
                continue;
            }
            (other.prerelease == row.prerelease ? sameChain : otherChain) = j;
        }
        if (sameChain >= 0) {
            continue;
        }
        if (!row.prerelease && otherChain >= 0) {
            issues.append(error(
                i, u"replaced_on"_s,
                u"%1 is retired by the pre-release %2; a pre-release never retires the stable line. Clear replaced_on until the next stable release."_s
                    .arg(row.name, rows.at(otherChain).name)));
        } else if (otherChain < 0) {
            issues.append(warning(i, u"replaced_on"_s,
                                  u"No version of %1 was released at %2, when %3 is marked replaced."_s.arg(
                                      row.software, formatTimestamp(*row.replacedOn), row.name)));
        }
    }
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ValidationIssue &a, const ValidationIssue &b) { return a.row < b.row; });
    return issues;
}

} // namespace ra::scoring
