// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/assetattacher.h"

#include "github/syncwaiter.h"
#include "packages/effectreconciler.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

constexpr auto TemporaryInfix = ".ra-new-"_L1;

QJsonObject assetJson(const github::Asset &remote)
{
    return {
        {u"assetId"_s, remote.id}, {u"name"_s, remote.name}, {u"size"_s, remote.size}, {u"digest"_s, remote.digest}};
}

} // namespace

QString attachResultKey(AttachResult result)
{
    switch (result) {
    case AttachResult::Uploaded:
        return u"uploaded"_s;
    case AttachResult::SkippedIdentical:
        return u"skipped-identical"_s;
    case AttachResult::Replaced:
        return u"replaced"_s;
    case AttachResult::Failed:
        return u"failed"_s;
    case AttachResult::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

AssetAttacher::AssetAttacher(github::GitHubClient &client, github::RepositoryRef repository, github::Release release,
                             EffectLog &log)
    : m_client(client)
    , m_repository(std::move(repository))
    , m_release(std::move(release))
    , m_log(log)
{
}

github::Result<QList<github::Asset>> AssetAttacher::listAssets() const
{
    return github::waitFor<QList<github::Asset>>(
        [this](auto done) { return m_client.listAssets(m_repository, m_release.id, std::move(done)); });
}

void AssetAttacher::setProgress(Progress progress)
{
    m_progress = std::move(progress);
}

void AssetAttacher::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

void AssetAttacher::setMaxUploadAttempts(int attempts)
{
    m_maxUploadAttempts = attempts;
}

QString AssetAttacher::temporaryName(const QString &name, const QByteArray &sha256)
{
    return name + TemporaryInfix + QString::fromLatin1(sha256.left(12));
}

bool AssetAttacher::isTemporaryNameOf(const QString &candidate, const QString &name)
{
    return candidate.startsWith(name + TemporaryInfix);
}

bool AssetAttacher::cancelled() const
{
    return m_cancel && m_cancel->load();
}

bool AssetAttacher::holds(const github::Asset &remote, const LocalAsset &local) const
{
    if (!remote.isUploaded() || remote.size != local.size) {
        return false;
    }
    if (!remote.digest.isEmpty()) {
        return remote.digest.compare(u"sha256:"_s + QString::fromLatin1(local.sha256), Qt::CaseInsensitive) == 0;
    }
    // Without a service digest, trust only what we uploaded ourselves and recorded.
    const QList<EffectRecord> records = m_log.effects();
    for (const EffectRecord &record : records) {
        if (record.state == EffectRecord::State::Succeeded &&
            record.result.value(u"assetId"_s).toInteger() == remote.id &&
            record.result.value(u"sha256"_s).toString() == QString::fromLatin1(local.sha256)) {
            return true;
        }
    }
    return false;
}

bool AssetAttacher::remove(const github::Asset &remote, const QString &reason, QString *error)
{
    QJsonObject intent = assetJson(remote);
    intent.insert(u"reason"_s, reason);
    QString logError;
    const qint64 id = m_log.begin(u"delete-asset"_s, remote.name, intent, &logError);
    if (id == 0) {
        *error = u"cannot record the deletion of %1 in the journal: %2"_s.arg(remote.name, logError);
        return false;
    }
    const auto deleted = github::waitFor<bool>(
        [&](auto done) { return m_client.deleteAsset(m_repository, remote.id, std::move(done)); });
    if (!deleted.ok()) {
        // A 404 means it is already gone: the goal is reached.
        if (deleted.error.httpStatus == 404) {
            m_log.finish(id, EffectRecord::State::Succeeded, {{u"assetId"_s, remote.id}, {u"alreadyGone"_s, true}}, {});
            return true;
        }
        m_log.finish(id, EffectRecord::State::Failed, {}, deleted.error.toString());
        *error = u"cannot delete the asset %1: %2"_s.arg(remote.name, deleted.error.toString());
        return false;
    }
    m_log.finish(id, EffectRecord::State::Succeeded, {{u"assetId"_s, remote.id}}, {});
    return true;
}

bool AssetAttacher::rename(const github::Asset &remote, const LocalAsset &local, QString *error)
{
    QJsonObject intent = assetJson(remote);
    intent.insert(u"to"_s, local.name);
    intent.insert(u"sha256"_s, QString::fromLatin1(local.sha256));
    QString logError;
    const qint64 id = m_log.begin(u"rename-asset"_s, local.name, intent, &logError);
    if (id == 0) {
        *error = u"cannot record the rename of %1 in the journal: %2"_s.arg(remote.name, logError);
        return false;
    }
    // Renaming to the same name twice gives the same result: ra_github may repeat it.
    const auto renamed = github::waitFor<github::Asset>(
        [&](auto done) { return m_client.updateAsset(m_repository, remote.id, local.name, {}, std::move(done)); });
    if (!renamed.ok()) {
        m_log.finish(id, EffectRecord::State::Failed, {}, renamed.error.toString());
        *error = u"cannot rename the asset %1 to %2: %3"_s.arg(remote.name, local.name, renamed.error.toString());
        return false;
    }
    m_log.finish(id, EffectRecord::State::Succeeded,
                 {{u"assetId"_s, renamed.value.id},
                  {u"name"_s, renamed.value.name},
                  {u"sha256"_s, QString::fromLatin1(local.sha256)}},
                 {});
    return true;
}

bool AssetAttacher::upload(const LocalAsset &local, const QString &name, UploadFailure *failure)
{
    *failure = {};
    const QJsonObject intent{{u"path"_s, local.path},
                             {u"size"_s, local.size},
                             {u"sha256"_s, QString::fromLatin1(local.sha256)},
                             {u"finalName"_s, local.name}};
    QString logError;
    const qint64 id = m_log.begin(u"upload-asset"_s, name, intent, &logError);
    if (id == 0) {
        failure->message = u"cannot record the upload of %1 in the journal: %2"_s.arg(name, logError);
        return false;
    }
    github::WaitOptions options;
    options.progress = [this, &local](qint64 sent, qint64 total) {
        if (m_progress) {
            m_progress(local.name, sent, total);
        }
    };
    // No cancel flag: aborting an upload in flight crashes inside QNetworkAccessManager with the current
    // transport (reported to its owner). A cancel takes effect once this file is sent: attach() checks the
    // flag before every further step.
    const auto uploaded = github::waitFor<github::Asset>(
        [&](auto done) {
            return m_client.uploadAsset(m_release, local.path, name, {}, local.contentType, std::move(done));
        },
        options);
    if (!uploaded.ok()) {
        const net::Error &error = uploaded.error;
        failure->message = error.toString();
        failure->nameTaken = error.codes.contains(u"already_exists"_s);
        failure->retryable = error.kind != net::ErrorKind::Cancelled &&
                             (failure->nameTaken || error.kind == net::ErrorKind::Unreadable || error.httpStatus == 0 ||
                              error.httpStatus >= 500);
        // The server may have stored the file (or a "starter" stub) before the failure reached us, and even a 422
        // already_exists may answer the copy Qt sent again by itself after a reset, the first one being stored:
        // the next listing tells.
        m_log.finish(id, EffectRecord::State::Uncertain, {}, failure->message);
        return false;
    }
    const github::Asset &asset = uploaded.value;
    m_log.finish(id, EffectRecord::State::Succeeded,
                 {{u"assetId"_s, asset.id},
                  {u"name"_s, asset.name},
                  {u"size"_s, asset.size},
                  {u"digest"_s, asset.digest},
                  {u"sha256"_s, QString::fromLatin1(local.sha256)}},
                 {});
    return true;
}

AttachOutcome AssetAttacher::attach(const LocalAsset &local)
{
    const QString temporary = temporaryName(local.name, local.sha256);
    bool replacing = false;
    int uploads = 0;
    UploadFailure lastFailure;
    // Each pass lists the assets and performs at most one side effect, so every decision rests on the
    // remote truth. The bound only guards against a service that never converges.
    for (int pass = 0; pass < 4 * m_maxUploadAttempts + 8; ++pass) {
        if (cancelled()) {
            return {AttachResult::Cancelled, 0, u"cancelled"_s};
        }
        const auto listed = listAssets();
        if (!listed.ok()) {
            // Never read as "no asset": an upload would follow where one may already be.
            return {AttachResult::Failed, 0, u"cannot list the release assets: %1"_s.arg(listed.error.toString())};
        }
        const QList<github::Asset> &assets = listed.value;
        // What earlier attempts left open is settled by this list before anything else is done.
        EffectReconciler(m_log).reconcile(local.name, assets);
        const github::Asset *current = nullptr;
        const github::Asset *fresh = nullptr;
        const github::Asset *junk = nullptr;
        QString junkReason;
        for (const github::Asset &remote : assets) {
            const bool ours = remote.name == local.name || isTemporaryNameOf(remote.name, local.name);
            if (!ours) {
                continue;
            }
            if (!remote.isUploaded()) {
                junk = &remote;
                junkReason = u"unfinished upload (state %1)"_s.arg(remote.state);
            } else if (remote.name == local.name) {
                current = &remote;
            } else if (remote.name == temporary && holds(remote, local)) {
                fresh = &remote;
            } else if (!junk) {
                junk = &remote;
                junkReason = u"temporary upload that does not hold the verified file"_s;
            }
        }
        QString error;
        if (junk) {
            if (!remove(*junk, junkReason, &error)) {
                return {AttachResult::Failed, 0, error};
            }
            continue;
        }
        if (current && holds(*current, local)) {
            if (fresh) {
                if (!remove(*fresh, u"duplicate of the asset already in place"_s, &error)) {
                    return {AttachResult::Failed, 0, error};
                }
                continue;
            }
            const bool acted = uploads > 0 || replacing;
            return {acted ? (replacing ? AttachResult::Replaced : AttachResult::Uploaded)
                          : AttachResult::SkippedIdentical,
                    current->id,
                    {}};
        }
        if (current && fresh) {
            // The replacement is complete and verified: only now may the old asset go.
            replacing = true;
            if (!remove(*current, u"replaced by asset %1 (%2)"_s.arg(fresh->id).arg(fresh->name), &error)) {
                return {AttachResult::Failed, 0, error};
            }
            continue;
        }
        if (fresh) {
            replacing = true;
            if (!rename(*fresh, local, &error)) {
                return {AttachResult::Failed, 0, error};
            }
            continue;
        }
        if (uploads >= m_maxUploadAttempts) {
            if (lastFailure.nameTaken) {
                // The list just read shows no asset of that name, yet GitHub keeps saying one exists.
                return {AttachResult::Failed, 0,
                        u"GitHub refuses %1 with 422 already_exists: it says the draft already holds an asset of "
                        "that name, but the draft's asset list shows none (GitHub may have stored it under a "
                        "rewritten name). Open the draft on GitHub, delete the asset that holds this name, then run "
                        "the step again."_s.arg(local.name)};
            }
            return {AttachResult::Failed, 0,
                    u"uploading %1 failed %2 times, last: %3. Run the step again later."_s.arg(local.name)
                        .arg(uploads)
                        .arg(lastFailure.message)};
        }
        ++uploads;
        if (current) {
            replacing = true;
        }
        UploadFailure failure;
        if (!upload(local, current ? temporary : local.name, &failure)) {
            if (cancelled()) {
                return {AttachResult::Cancelled, 0, u"cancelled"_s};
            }
            lastFailure = failure;
            if (!failure.retryable) {
                return {AttachResult::Failed, 0, u"cannot upload %1: %2"_s.arg(local.name, failure.message)};
            }
        }
    }
    return {AttachResult::Failed, 0,
            u"the release assets of %1 did not settle (last error: %2). Check the draft on GitHub."_s.arg(
                local.name, lastFailure.message)};
}

} // namespace ra::packages
