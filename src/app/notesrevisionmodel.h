// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/notesrevisions.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace ra {

/// The revisions of the notes kept in the journal (every text synchronised with the draft), newest first.
class NotesRevisionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by NotesDraftController.revisions")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        HashRole,
        ShortHashRole,
        OriginRole,
        SavedAtRole,
        LineCountRole,
        TextRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// \a revisions oldest first, as NotesRevisions::all() gives them.
    void setRevisions(const QList<notes::NotesRevision> &revisions);

Q_SIGNALS:
    void countChanged();

private:
    QList<notes::NotesRevision> m_revisions;
};

} // namespace ra
