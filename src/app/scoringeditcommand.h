// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/softwareversion.h"

#include <QUndoCommand>

namespace ra {

class ScoringTableModel;

/// One undoable change of the scoring table: a row edited, added or deleted. Larger changes (a release's
/// change set) are a macro of these, so each step of the undo history stays small and exact.
class ScoringEditCommand : public QUndoCommand
{
public:
    enum class Kind {
        Edit,
        Insert,
        Remove,
    };

    /// Edit: \a before becomes \a after at \a row. Insert: \a after goes in at \a row. Remove: \a before,
    /// the row at \a row, goes away.
    ScoringEditCommand(ScoringTableModel *model, Kind kind, int row, scoring::SoftwareVersion before,
                       scoring::SoftwareVersion after, const QString &text);

    void redo() override;
    void undo() override;

private:
    ScoringTableModel *m_model;
    Kind m_kind;
    int m_row;
    scoring::SoftwareVersion m_before;
    scoring::SoftwareVersion m_after;
};

} // namespace ra
