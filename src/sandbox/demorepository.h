// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace ra::sandbox {

/// One commit of the demo's history: its message, author and time, the files it adds or changes (path in the
/// tree → content) and the lightweight tag put on it, if any.
struct DemoCommit {
    QString message;
    QString author;
    QString email;
    QDateTime time;
    QMap<QString, QByteArray> files;
    QString tag;
};

/**
 * The demo's git repositories, made with libgit2 (no git program needed): a bare "remote" holding the history on
 * main with its tags, and a clone of it whose origin is that remote, with a committer identity of its own so that
 * a tag can be created in it whatever the machine's git configuration says.
 */
class DemoRepository
{
public:
    /// Creates the bare repository at \a remotePath with \a commits, then clones it to \a clonePath. Returns the
    /// sha of the last commit, or an empty string with \a error saying what failed.
    [[nodiscard]] static QString create(const QString &remotePath, const QString &clonePath,
                                        const QList<DemoCommit> &commits, QString *error);
};

} // namespace ra::sandbox
