// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/notesstep.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

QJsonObject revisionJson(const notes::NotesRevision &revision)
{
    return QJsonObject{{u"number"_s, revision.number}, {u"hash"_s, revision.hash}, {u"origin"_s, revision.origin}};
}

} // namespace

bool NotesSaveResult::ok() const
{
    return outcome == Outcome::Created || outcome == Outcome::Saved || outcome == Outcome::UpToDate ||
           outcome == Outcome::Loaded;
}

int NotesSaveResult::lintErrors() const
{
    return NotesStep::errorCount(findings);
}

QJsonObject NotesSaveResult::toJson() const
{
    QJsonArray lines;
    for (const notes::LintFinding &finding : findings) {
        lines.append(QJsonObject{{u"line"_s, finding.line},
                                 {u"severity"_s, notes::severityName(finding.severity)},
                                 {u"rule"_s, finding.rule},
                                 {u"message"_s, finding.message}});
    }
    const int errors = lintErrors();
    QJsonObject json{{u"outcome"_s, notesOutcomeKey(outcome)},
                     {u"message"_s, message},
                     {u"findings"_s, lines},
                     {u"errors"_s, errors},
                     {u"warnings"_s, int(findings.size()) - errors}};
    if (releaseId != 0) {
        json.insert(u"releaseId"_s, QString::number(releaseId));
    }
    if (revision) {
        json.insert(u"revision"_s, revisionJson(*revision));
    }
    if (overwritten) {
        json.insert(u"overwritten"_s, revisionJson(*overwritten));
    }
    if (recorded) {
        json.insert(u"step"_s, QJsonObject{{u"state"_s, stateKey(recorded->state)}, {u"note"_s, recorded->note}});
    }
    if (!request.isEmpty()) {
        json.insert(u"request"_s, request);
    }
    if (!warning.isEmpty()) {
        json.insert(u"warning"_s, warning);
    }
    return json;
}

QString notesOutcomeKey(NotesSaveResult::Outcome outcome)
{
    switch (outcome) {
    case NotesSaveResult::Outcome::Created:
        return u"created"_s;
    case NotesSaveResult::Outcome::Saved:
        return u"saved"_s;
    case NotesSaveResult::Outcome::UpToDate:
        return u"up-to-date"_s;
    case NotesSaveResult::Outcome::Loaded:
        return u"loaded"_s;
    case NotesSaveResult::Outcome::Conflict:
        return u"conflict"_s;
    case NotesSaveResult::Outcome::LintRefused:
        return u"lint-error"_s;
    case NotesSaveResult::Outcome::Failed:
        break;
    }
    return u"failed"_s;
}

} // namespace ra::release
