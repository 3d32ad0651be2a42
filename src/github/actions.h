// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ra::github {

/// One GitHub Actions workflow run (api-contracts.md §1.4).
struct WorkflowRun {
    qint64 id = 0;
    QString name; ///< the workflow's display name
    QString path; ///< ".github/workflows/release-on-tag.yml"
    QString headSha;
    QString headBranch;
    QString event;
    QString status; ///< queued, in_progress, completed, ...
    QString conclusion; ///< success, failure, cancelled, ...; empty while running
    int runAttempt = 1;
    qint64 workflowId = 0;
    QUrl htmlUrl;
    QDateTime createdAt;

    [[nodiscard]] static WorkflowRun fromJson(const QJsonObject &object);
    /// The workflow file name ("release-on-tag.yml").
    [[nodiscard]] QString workflowFile() const;
};

/// Which runs to list; empty fields are not filtered on.
struct RunFilter {
    QString workflow; ///< a workflow file name or id: lists /actions/workflows/{workflow}/runs
    QString headSha;
    QString branch;
    QString event;
    QString status;
};

/// A build artifact of a run.
struct Artifact {
    qint64 id = 0;
    QString name;
    qint64 sizeInBytes = 0;
    bool expired = false;
    QString digest;
    QUrl archiveDownloadUrl;
    QDateTime createdAt;
    QDateTime expiresAt;
    qint64 runId = 0;

    [[nodiscard]] static Artifact fromJson(const QJsonObject &object);
};

} // namespace ra::github
