// SPDX-License-Identifier: GPL-3.0-or-later
#include "staging/stagingreport.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::staging {

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return u"pass"_s;
    case Verdict::Warning:
        return u"warning"_s;
    case Verdict::Fail:
        break;
    }
    return u"fail"_s;
}

Verdict worst(Verdict a, Verdict b)
{
    return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

namespace {

/// The commit of a describe ("1.14.0-3-g6da21a3a" → "6da21a3a"), empty for a bare tag.
QString describedSha(const QString &describe)
{
    static const QRegularExpression pattern(u"-\\d+-g([0-9a-f]{4,40})$"_s);
    const auto match = pattern.match(describe.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

bool sameCommit(const QString &a, const QString &b)
{
    const qsizetype length = std::min(a.size(), b.size());
    return length >= 7 && a.left(length).compare(b.left(length), Qt::CaseInsensitive) == 0;
}

} // namespace

VersionComparison compareVersions(const QString &reported, const QString &expected, const QString &commitSha)
{
    if (reported.isEmpty()) {
        return {false, u"the node reported no version"_s};
    }
    if (expected.isEmpty() && commitSha.isEmpty()) {
        return {false, u"runs %1; no expected version was given to compare with"_s.arg(reported)};
    }
    if (reported == expected) {
        return {true, u"runs %1, the candidate commit"_s.arg(reported)};
    }
    const QString reportedSha = describedSha(reported);
    const QString expectedSha = expected.isEmpty() ? commitSha : describedSha(expected);
    if (!reportedSha.isEmpty() && (sameCommit(reportedSha, expectedSha) || sameCommit(reportedSha, commitSha))) {
        return {true, u"runs %1, built from the candidate commit"_s.arg(reported)};
    }
    return {false, u"runs %1 but the candidate commit reports %2; staging was not deployed from it"_s.arg(
                       reported, expected.isEmpty() ? commitSha.left(8) : expected)};
}

QJsonObject StagingReport::toJson() const
{
    QJsonArray workflowArray;
    for (const WorkflowResult &w : workflows) {
        workflowArray.append(QJsonObject{{u"workflow"_s, w.workflow},
                                         {u"found"_s, w.found},
                                         {u"name"_s, w.run.name},
                                         {u"run_id"_s, w.run.id},
                                         {u"status"_s, w.run.status},
                                         {u"conclusion"_s, w.run.conclusion},
                                         {u"url"_s, w.run.htmlUrl.toString()},
                                         {u"verdict"_s, verdictKey(w.verdict)},
                                         {u"summary"_s, w.summary}});
    }
    QJsonArray artifactArray;
    for (const ArtifactResult &a : artifacts) {
        artifactArray.append(QJsonObject{{u"name"_s, a.artifact.name},
                                         {u"missing"_s, a.missing},
                                         {u"id"_s, a.artifact.id},
                                         {u"size"_s, a.artifact.sizeInBytes},
                                         {u"expired"_s, a.artifact.expired},
                                         {u"expires_at"_s, a.artifact.expiresAt.toString(Qt::ISODate)},
                                         {u"verdict"_s, verdictKey(a.verdict)}});
    }
    QJsonArray nodeArray;
    for (const NodeResult &n : nodes) {
        QJsonArray checkArray;
        for (const CheckResult &c : n.checks) {
            checkArray.append(QJsonObject{{u"path"_s, c.path},
                                          {u"status"_s, c.status},
                                          {u"expected_status"_s, c.expectedStatus},
                                          {u"failures"_s, QJsonArray::fromStringList(c.failures)},
                                          {u"error"_s, c.error},
                                          {u"verdict"_s, verdictKey(c.verdict)}});
        }
        nodeArray.append(QJsonObject{{u"name"_s, n.name},
                                     {u"url"_s, n.url.toString()},
                                     {u"server_version"_s, n.serverHeaderVersion},
                                     {u"config_version"_s, n.configVersion},
                                     {u"version_matches"_s, n.version.matches},
                                     {u"version"_s, n.version.explanation},
                                     {u"checks"_s, checkArray},
                                     {u"error"_s, n.error.toString()},
                                     {u"verdict"_s, verdictKey(n.verdict)}});
    }
    return {{u"repository"_s, repository},
            {u"commit"_s, commitSha},
            {u"expected_version"_s, expectedVersion},
            {u"verdict"_s, verdictKey(verdict)},
            {u"problems"_s, QJsonArray::fromStringList(problems)},
            {u"workflows"_s, workflowArray},
            {u"artifacts"_s, artifactArray},
            {u"nodes"_s, nodeArray}};
}

} // namespace ra::staging
