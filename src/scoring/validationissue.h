// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ra::scoring {

/// One finding of the table validation, tied to a row and a column so an editor can show it in place.
struct ValidationIssue {
    enum class Severity {
        Warning, ///< allowed, but probably not what the maintainer wants
        Error, ///< the table is wrong: nodes would be mislabelled or the database would refuse it
    };
    Severity severity = Severity::Error;
    qsizetype row = -1;
    QString column; ///< "software", "name", "released_on", "replaced_on", "prerelease" or empty
    QString message;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

[[nodiscard]] bool hasErrors(const QList<ValidationIssue> &issues);

} // namespace ra::scoring
