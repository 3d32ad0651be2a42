// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/linediff.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace ra {

/// A line diff for the diff views: between two revisions of the notes, or from our notes to GitHub's.
class NotesDiffModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by NotesDraftController")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int added READ added NOTIFY countChanged)
    Q_PROPERTY(int removed READ removed NOTIFY countChanged)
    Q_PROPERTY(int firstChange READ firstChange NOTIFY countChanged)

public:
    enum Role {
        OpRole = Qt::UserRole + 1,
        TextRole,
        OldLineRole,
        NewLineRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setDiff(const QList<notes::DiffLine> &diff);
    [[nodiscard]] const QList<notes::DiffLine> &diff() const;
    [[nodiscard]] int added() const;
    [[nodiscard]] int removed() const;
    /// The row of the first added or removed line, -1 when the texts are the same: where the view starts.
    [[nodiscard]] int firstChange() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<notes::DiffLine> m_diff;
};

} // namespace ra
