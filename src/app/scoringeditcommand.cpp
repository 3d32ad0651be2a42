// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scoringeditcommand.h"

#include "app/scoringtablemodel.h"

namespace ra {

ScoringEditCommand::ScoringEditCommand(ScoringTableModel *model, Kind kind, int row, scoring::SoftwareVersion before,
                                       scoring::SoftwareVersion after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_kind(kind)
    , m_row(row)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ScoringEditCommand::redo()
{
    switch (m_kind) {
    case Kind::Edit:
        m_model->storeRow(m_row, m_after);
        break;
    case Kind::Insert:
        m_model->storeInsertion(m_row, m_after);
        break;
    case Kind::Remove:
        m_model->storeRemoval(m_row);
        break;
    }
}

void ScoringEditCommand::undo()
{
    switch (m_kind) {
    case Kind::Edit:
        m_model->storeRow(m_row, m_before);
        break;
    case Kind::Insert:
        m_model->storeRemoval(m_row);
        break;
    case Kind::Remove:
        m_model->storeInsertion(m_row, m_before);
        break;
    }
}

} // namespace ra
