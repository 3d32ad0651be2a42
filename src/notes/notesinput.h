// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commit.h"

#include <QHash>
#include <QStringList>

namespace ra::notes {

/// Everything the generator needs, gathered by the caller (git walk, GitHub, playbook): the generator itself
/// does no I/O.
struct NotesInput {
    /// "owner/name" on GitHub.
    QString repository = QStringLiteral("aleph-im/aleph-vm");
    QString previousTag;
    QString tag;
    /// The commits of previousTag..tag, newest first as git log lists them.
    QList<Commit> commits;
    /// GitHub login by author e-mail (lower-case), where known.
    QHash<QString, QString> loginsByEmail;
    /// The package assets the release carries, e.g. "aleph-vm.debian-12.deb".
    QStringList assetNames;
};

} // namespace ra::notes
