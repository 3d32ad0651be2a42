// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/lintfinding.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace ra {

/// The lint findings of the notes in the editor, by line, for the lint panel (a click moves the cursor there).
class NotesLintFindingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by NotesWorkbench.findings")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countChanged)

public:
    enum Role {
        LineRole = Qt::UserRole + 1,
        SeverityRole,
        RuleRole,
        MessageRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setFindings(const QList<notes::LintFinding> &findings);
    [[nodiscard]] const QList<notes::LintFinding> &findings() const;
    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<notes::LintFinding> m_findings;
};

} // namespace ra
