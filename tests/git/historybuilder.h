// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ra::test {

/**
 * Builds a git history in one `git fast-import` run: commits with any parents (merges), lightweight and
 * annotated tags, each commit one minute after the previous one so that commit-date order is defined.
 * Fast enough for 100,000 commits.
 */
class HistoryBuilder
{
public:
    /// \a repositoryPath is created with `git init` by run() when it is not a repository yet.
    explicit HistoryBuilder(QString repositoryPath, qint64 firstTimestamp = 1700000000);

    /// Adds a commit on \a branch with \a parents (marks; none: a root) and returns its mark (1, 2, ...).
    int commit(const QString &message, const QList<int> &parents, const QString &branch = QStringLiteral("main"));
    void lightweightTag(const QString &name, int mark);
    void annotatedTag(const QString &name, int mark, const QString &message);

    /// Runs git fast-import; false with \a error on failure.
    bool run(QString *error);
    /// The sha of commit \a mark (after run()).
    [[nodiscard]] QString sha(int mark) const;
    [[nodiscard]] QString path() const;

private:
    QString m_path;
    qint64 m_timestamp;
    int m_nextMark = 1;
    QByteArray m_stream;
    QHash<int, QString> m_shas;
};

} // namespace ra::test
