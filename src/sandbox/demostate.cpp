// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demostate.h"

#include "sandbox/channeltwins.h"
#include "sandbox/githubissuestwin.h"
#include "sandbox/githubtwin.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::sandbox {

namespace {

using test::GitHubIssuesState;
using test::GitHubTwinState;

constexpr int FormatVersion = 1;

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray bytesOf(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QJsonArray objects(const QList<QJsonObject> &list)
{
    QJsonArray array;
    for (const QJsonObject &object : list) {
        array.append(object);
    }
    return array;
}

QList<QJsonObject> objectsOf(const QJsonValue &value)
{
    QList<QJsonObject> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        list.append(item.toObject());
    }
    return list;
}

QJsonObject assetJson(const GitHubTwinState::Asset &asset)
{
    return {{u"id"_s, asset.id},
            {u"name"_s, asset.name},
            {u"label"_s, asset.label},
            {u"state"_s, asset.state},
            {u"contentType"_s, asset.contentType},
            {u"content"_s, base64(asset.content)},
            {u"size"_s, asset.size},
            {u"digest"_s, asset.digest}};
}

GitHubTwinState::Asset assetOf(const QJsonObject &object)
{
    GitHubTwinState::Asset asset;
    asset.id = object.value(u"id"_s).toInteger();
    asset.name = object.value(u"name"_s).toString();
    asset.label = object.value(u"label"_s).toString();
    asset.state = object.value(u"state"_s).toString();
    asset.contentType = object.value(u"contentType"_s).toString();
    asset.content = bytesOf(object.value(u"content"_s));
    asset.size = object.value(u"size"_s).toInteger();
    asset.digest = object.value(u"digest"_s).toString();
    return asset;
}

QJsonObject githubJson(const GitHubTwinState &state)
{
    QJsonArray releases;
    for (const GitHubTwinState::Release &release : state.releases) {
        QJsonArray assets;
        for (const GitHubTwinState::Asset &asset : release.assets) {
            assets.append(assetJson(asset));
        }
        releases.append(QJsonObject{{u"id"_s, release.id},
                                    {u"tagName"_s, release.tagName},
                                    {u"targetCommitish"_s, release.targetCommitish},
                                    {u"name"_s, release.name},
                                    {u"body"_s, release.body},
                                    {u"draft"_s, release.draft},
                                    {u"prerelease"_s, release.prerelease},
                                    {u"immutable"_s, release.immutable},
                                    {u"assets"_s, assets}});
    }
    QJsonArray runs;
    for (const GitHubTwinState::Run &run : state.runs) {
        runs.append(QJsonObject{{u"id"_s, run.id},
                                {u"name"_s, run.name},
                                {u"path"_s, run.path},
                                {u"headSha"_s, run.headSha},
                                {u"headBranch"_s, run.headBranch},
                                {u"event"_s, run.event},
                                {u"status"_s, run.status},
                                {u"conclusion"_s, run.conclusion},
                                {u"workflowId"_s, run.workflowId}});
    }
    QJsonArray artifacts;
    for (const GitHubTwinState::Artifact &artifact : state.artifacts) {
        artifacts.append(QJsonObject{{u"id"_s, artifact.id},
                                     {u"runId"_s, artifact.runId},
                                     {u"name"_s, artifact.name},
                                     {u"content"_s, base64(artifact.content)},
                                     {u"expired"_s, artifact.expired},
                                     {u"expiresAt"_s, artifact.expiresAt.toString(Qt::ISODate)}});
    }
    return {{u"releases"_s, releases}, {u"runs"_s, runs}, {u"artifacts"_s, artifacts}, {u"nextId"_s, state.nextId}};
}

void loadGitHub(const QJsonObject &object, GitHubTwinState &state)
{
    state.releases.clear();
    for (const QJsonObject &item : objectsOf(object.value(u"releases"_s))) {
        GitHubTwinState::Release release;
        release.id = item.value(u"id"_s).toInteger();
        release.tagName = item.value(u"tagName"_s).toString();
        release.targetCommitish = item.value(u"targetCommitish"_s).toString();
        release.name = item.value(u"name"_s).toString();
        release.body = item.value(u"body"_s).toString();
        release.draft = item.value(u"draft"_s).toBool();
        release.prerelease = item.value(u"prerelease"_s).toBool();
        release.immutable = item.value(u"immutable"_s).toBool();
        for (const QJsonObject &asset : objectsOf(item.value(u"assets"_s))) {
            release.assets.append(assetOf(asset));
        }
        state.releases.append(release);
    }
    state.runs.clear();
    for (const QJsonObject &item : objectsOf(object.value(u"runs"_s))) {
        GitHubTwinState::Run run;
        run.id = item.value(u"id"_s).toInteger();
        run.name = item.value(u"name"_s).toString();
        run.path = item.value(u"path"_s).toString();
        run.headSha = item.value(u"headSha"_s).toString();
        run.headBranch = item.value(u"headBranch"_s).toString();
        run.event = item.value(u"event"_s).toString();
        run.status = item.value(u"status"_s).toString();
        run.conclusion = item.value(u"conclusion"_s).toString();
        run.workflowId = item.value(u"workflowId"_s).toInteger();
        state.runs.append(run);
    }
    state.artifacts.clear();
    for (const QJsonObject &item : objectsOf(object.value(u"artifacts"_s))) {
        GitHubTwinState::Artifact artifact;
        artifact.id = item.value(u"id"_s).toInteger();
        artifact.runId = item.value(u"runId"_s).toInteger();
        artifact.name = item.value(u"name"_s).toString();
        artifact.content = bytesOf(item.value(u"content"_s));
        artifact.expired = item.value(u"expired"_s).toBool();
        artifact.expiresAt = QDateTime::fromString(item.value(u"expiresAt"_s).toString(), Qt::ISODate);
        state.artifacts.append(artifact);
    }
    state.nextId = object.value(u"nextId"_s).toInteger(state.nextId);
}

QJsonObject issuesJson(const GitHubIssuesState &state)
{
    QJsonArray issues;
    for (const GitHubIssuesState::Issue &issue : state.issues) {
        QJsonArray comments;
        for (const GitHubIssuesState::Comment &comment : issue.comments) {
            comments.append(QJsonObject{{u"id"_s, comment.id},
                                        {u"login"_s, comment.login},
                                        {u"body"_s, comment.body},
                                        {u"createdAt"_s, comment.createdAt.toString(Qt::ISODate)}});
        }
        issues.append(QJsonObject{{u"number"_s, issue.number},
                                  {u"title"_s, issue.title},
                                  {u"body"_s, issue.body},
                                  {u"state"_s, issue.state},
                                  {u"pullRequest"_s, issue.pullRequest},
                                  {u"comments"_s, comments}});
    }
    return {{u"issues"_s, issues},
            {u"now"_s, state.now.toString(Qt::ISODate)},
            {u"issuesCreated"_s, state.issuesCreated},
            {u"commentsPosted"_s, state.commentsPosted}};
}

void loadIssues(const QJsonObject &object, GitHubIssuesState &state)
{
    state.issues.clear();
    for (const QJsonObject &item : objectsOf(object.value(u"issues"_s))) {
        GitHubIssuesState::Issue issue;
        issue.number = item.value(u"number"_s).toInt();
        issue.title = item.value(u"title"_s).toString();
        issue.body = item.value(u"body"_s).toString();
        issue.state = item.value(u"state"_s).toString();
        issue.pullRequest = item.value(u"pullRequest"_s).toBool();
        for (const QJsonObject &comment : objectsOf(item.value(u"comments"_s))) {
            issue.comments.append({comment.value(u"id"_s).toInteger(), comment.value(u"login"_s).toString(),
                                   comment.value(u"body"_s).toString(),
                                   QDateTime::fromString(comment.value(u"createdAt"_s).toString(), Qt::ISODate)});
        }
        state.issues.append(issue);
    }
    state.now = QDateTime::fromString(object.value(u"now"_s).toString(), Qt::ISODate);
    state.issuesCreated = object.value(u"issuesCreated"_s).toInt();
    state.commentsPosted = object.value(u"commentsPosted"_s).toInt();
}

QJsonObject keyedObjects(const QHash<QByteArray, QJsonObject> &byKey)
{
    QJsonObject object;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        object.insert(QString::fromUtf8(it.key()), it.value());
    }
    return object;
}

} // namespace

QJsonObject DemoState::save(const DemoServices &services)
{
    QJsonObject records;
    for (auto it = services.bluesky->records.cbegin(); it != services.bluesky->records.cend(); ++it) {
        records.insert(it.key(), it.value());
    }
    return {{u"format"_s, FormatVersion},
            {u"github"_s, githubJson(services.github->state())},
            {u"issues"_s, issuesJson(services.issues->state())},
            {u"telegram"_s, objects(services.telegram->messages)},
            {u"x"_s, objects(services.x->tweets)},
            {u"mastodon"_s, QJsonObject{{u"statuses"_s, objects(services.mastodon->statuses)},
                                        {u"byKey"_s, keyedObjects(services.mastodon->byKey)}}},
            {u"bluesky"_s, records},
            {u"discord"_s, objects(services.discord->messages)}};
}

bool DemoState::load(const QJsonObject &state, const DemoServices &services, QString *error)
{
    if (state.value(u"format"_s).toInt() != FormatVersion || !state.value(u"github"_s).isObject()) {
        *error = u"it was not written by this version of the demo"_s;
        return false;
    }
    loadGitHub(state.value(u"github"_s).toObject(), services.github->state());
    loadIssues(state.value(u"issues"_s).toObject(), services.issues->state());
    services.telegram->messages = objectsOf(state.value(u"telegram"_s));
    services.x->tweets = objectsOf(state.value(u"x"_s));
    const QJsonObject mastodon = state.value(u"mastodon"_s).toObject();
    services.mastodon->statuses = objectsOf(mastodon.value(u"statuses"_s));
    services.mastodon->byKey.clear();
    const QJsonObject byKey = mastodon.value(u"byKey"_s).toObject();
    for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it) {
        services.mastodon->byKey.insert(it.key().toUtf8(), it->toObject());
    }
    services.bluesky->records.clear();
    const QJsonObject records = state.value(u"bluesky"_s).toObject();
    for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
        services.bluesky->records.insert(it.key(), it->toObject());
    }
    services.discord->messages = objectsOf(state.value(u"discord"_s));
    return true;
}

} // namespace ra::sandbox
