// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/trackingissuecontent.h"

#include <QString>

#include <optional>

namespace ra::review {

/**
 * A reviewer's comment on one line (or a range of lines) of the notes of one revision, posted on the tracking
 * issue. It starts with a marker GitHub does not render,
 *   <!-- release-assistant:line-comment v1 release=<tag> revision=<n> digest=sha256:<hex> lines=<a>[-<b>] -->
 * then quotes the line(s) in Markdown for people, then the reviewer's text. It is not a verdict: its marker is
 * not an approval marker and the text it carries is defused, so the approval evaluator never counts it.
 * Who commented comes from the comment's author, never from the body.
 */
class LineComment
{
public:
    /// Longest text kept: GitHub refuses comments over 65,536 characters and the quote takes some.
    static constexpr int MaxTextLength = 50000;

    QString release;
    int revision = 0;
    QString digest; ///< "sha256:<hex>" of the revision commented on
    int firstLine = 0; ///< 1-based
    int lastLine = 0; ///< 1-based, >= firstLine
    QString text; ///< the reviewer's words, as read back from the comment

    /// The body of a comment on lines \a firstLine..\a lastLine of \a content's notes; empty with \a error set
    /// when the range is outside the notes or \a text is blank.
    [[nodiscard]] static QString compose(const TrackingIssueContent &content, int firstLine, int lastLine,
                                         const QString &text, QString *error);
    /// Whether \a commentBody carries a line-comment marker (well-formed or not).
    [[nodiscard]] static bool isLineComment(const QString &commentBody);
    /// Reads a comment written by compose(); nullopt with \a reason set when it is not one or was hand-edited
    /// into something malformed (several markers, unknown version, missing or repeated field, bad range, no text).
    [[nodiscard]] static std::optional<LineComment> parse(const QString &commentBody, QString *reason);
    /// The lines of \a notes as a reviewer numbers them (a final newline does not add an empty line).
    [[nodiscard]] static QStringList notesLines(const QString &notes);

    friend bool operator==(const LineComment &, const LineComment &) = default;
};

} // namespace ra::review
