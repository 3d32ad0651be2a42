// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/actions.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ra::github {

WorkflowRun WorkflowRun::fromJson(const QJsonObject &o)
{
    WorkflowRun run;
    run.id = o.value(u"id"_s).toInteger();
    run.name = o.value(u"name"_s).toString();
    run.path = o.value(u"path"_s).toString();
    run.headSha = o.value(u"head_sha"_s).toString();
    run.headBranch = o.value(u"head_branch"_s).toString();
    run.event = o.value(u"event"_s).toString();
    run.status = o.value(u"status"_s).toString();
    run.conclusion = o.value(u"conclusion"_s).toString();
    run.runAttempt = o.value(u"run_attempt"_s).toInt(1);
    run.workflowId = o.value(u"workflow_id"_s).toInteger();
    run.htmlUrl = QUrl(o.value(u"html_url"_s).toString());
    run.createdAt = QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODate);
    return run;
}

QString WorkflowRun::workflowFile() const
{
    QString file = path;
    const qsizetype at = file.indexOf(u'@'); // "path@ref" for reusable workflows
    if (at >= 0) {
        file.truncate(at);
    }
    return QFileInfo(file).fileName();
}

Artifact Artifact::fromJson(const QJsonObject &o)
{
    Artifact artifact;
    artifact.id = o.value(u"id"_s).toInteger();
    artifact.name = o.value(u"name"_s).toString();
    artifact.sizeInBytes = o.value(u"size_in_bytes"_s).toInteger();
    artifact.expired = o.value(u"expired"_s).toBool();
    artifact.digest = o.value(u"digest"_s).toString();
    artifact.archiveDownloadUrl = QUrl(o.value(u"archive_download_url"_s).toString());
    artifact.createdAt = QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODate);
    artifact.expiresAt = QDateTime::fromString(o.value(u"expires_at"_s).toString(), Qt::ISODate);
    artifact.runId = o.value(u"workflow_run"_s).toObject().value(u"id"_s).toInteger();
    return artifact;
}

} // namespace ra::github
