// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/noteslintfindingmodel.h"

#include <algorithm>

namespace ra {

int NotesLintFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant NotesLintFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const notes::LintFinding &finding = m_findings.at(index.row());
    switch (role) {
    case LineRole:
        return finding.line;
    case SeverityRole:
        return notes::severityName(finding.severity);
    case RuleRole:
        return finding.rule;
    case MessageRole:
    case Qt::DisplayRole:
        return finding.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesLintFindingModel::roleNames() const
{
    return {{LineRole, "line"}, {SeverityRole, "severity"}, {RuleRole, "rule"}, {MessageRole, "message"}};
}

void NotesLintFindingModel::setFindings(const QList<notes::LintFinding> &findings)
{
    if (findings == m_findings) {
        // A keystroke that changes no finding must not reset the panel (and lose its scroll position).
        return;
    }
    beginResetModel();
    m_findings = findings;
    endResetModel();
    Q_EMIT countChanged();
}

const QList<notes::LintFinding> &NotesLintFindingModel::findings() const
{
    return m_findings;
}

int NotesLintFindingModel::errorCount() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(), [](const notes::LintFinding &finding) {
        return finding.severity == notes::LintSeverity::Error;
    }));
}

int NotesLintFindingModel::warningCount() const
{
    return int(m_findings.size()) - errorCount();
}

} // namespace ra
