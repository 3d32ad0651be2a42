// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ra {

/// A problem found in a playbook file: where (file, line, field), what, and how to fix it.
struct PlaybookIssue {
    QString file;
    /// 1-based; 0 when the problem is a missing field (no line to point at).
    int line = 0;
    /// "section.key", e.g. "tags.prefix".
    QString field;
    QString message;
    QString fix;
    /// "file:line: field: message (fix)".
    [[nodiscard]] QString toString() const;
};

struct PlaybookLoadResult {
    /// Set when there is no issue.
    std::optional<Playbook> playbook;
    QList<PlaybookIssue> issues;
    [[nodiscard]] bool ok() const
    {
        return playbook.has_value();
    }
    /// Every issue, one per line.
    [[nodiscard]] QString errorText() const;
};

/// Reads playbook files: an INI-like format with repeatable keys and named sections, documented in
/// docs/playbook.md. Parsing is by hand on purpose (strict, with line numbers in every message).
class PlaybookLoader
{
public:
    /// Reads and validates the file at \a path (a resource path ":/..." works too).
    [[nodiscard]] static PlaybookLoadResult load(const QString &path);
    /// Parses \a content; \a sourceName appears in messages.
    [[nodiscard]] static PlaybookLoadResult parse(const QByteArray &content, const QString &sourceName);

    /// Names of the presets compiled into the program ("aleph-vm").
    [[nodiscard]] static QStringList presetNames();
    /// The resource path of a preset, e.g. ":/ra/presets/aleph-vm.playbook"; empty if unknown.
    [[nodiscard]] static QString presetPath(const QString &name);
    [[nodiscard]] static PlaybookLoadResult loadPreset(const QString &name);
};

} // namespace ra
