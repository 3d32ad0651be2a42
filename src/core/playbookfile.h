// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ra {

/// The lexical layer of a playbook file: sections of "key = value" lines, each remembered with its line
/// number so that validation can point at it. Knows nothing about what the keys mean.
struct PlaybookFile {
    struct Entry {
        QString key;
        QString value;
        int line = 0;
    };
    struct Section {
        /// "project", "staging", ...
        QString name;
        /// The optional second word of the header: "ovh" in "[staging ovh]".
        QString label;
        int line = 0;
        QList<Entry> entries;
    };
    struct Problem {
        int line = 0;
        QString message;
        QString fix;
    };

    QList<Section> sections;
    QList<Problem> problems;

    /// Splits \a content into sections. Never fails: every malformed line becomes a Problem.
    [[nodiscard]] static PlaybookFile parse(const QByteArray &content);
};

} // namespace ra
