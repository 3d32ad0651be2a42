// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQmlIntegration>

namespace ra {

/**
 * The notes preview in pieces, one row per run of blocks (markdown::IncrementalPreview), each with the style
 * sheet it needs: a view of one rich-text item per row parses and lays out only the rows an edit changed, and
 * only those it shows, where a single rich-text view takes the whole HTML again on every change.
 */
class NotesPreviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by NotesWorkbench.previewBlocks")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        HtmlRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows \a runsHtml: the rows before and after the first and last that differ stay as they are; those in
    /// between change in place where there are as many, the others are inserted or removed.
    void setRuns(const QStringList &runsHtml);

Q_SIGNALS:
    void countChanged();

private:
    QStringList m_runs;
};

} // namespace ra
