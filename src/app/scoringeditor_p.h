// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/scoringdatabase.h"
#include "app/scoringeditor.h"

namespace ra {

/// What the editor keeps, shared by scoringeditor.cpp (sources, files) and scoringeditorapply.cpp (the change set
/// applied or scheduled through release::ScoringStep).
struct ScoringEditor::Private {
    ScoringTableModel *table = nullptr;
    ScoringTableProxy *rows = nullptr;
    ScoringTimelineModel *timeline = nullptr;
    ScoringTarget target;
    Source source = Sample;
    QString tablePath;
    QString connectionString;
    QList<scoring::SoftwareVersion> loadedRows; ///< the file as read, to notice that it changed on disk
    QByteArray digest; ///< the database table as read, to notice that it changed
    ScoringReleasePlan *plan = nullptr;
    bool scheduled = false;
    QString status;
    QString error;
    ScoringDatabase *database = nullptr;
    QString scheduleDirectory = defaultScheduleDirectory();
};

} // namespace ra
