// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/assetattacher.h"

#include "packages/effectreconciler.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

constexpr auto TemporaryInfix = ".ra-new-"_L1;

QJsonObject assetJson(const RemoteAsset &remote)
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

AssetAttacher::AssetAttacher(AssetStore &store, EffectLog &log)
    : m_store(store)
    , m_log(log)
{
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

bool AssetAttacher::holds(const RemoteAsset &remote, const LocalAsset &local) const
{
    if (!remote.isComplete() || remote.size != local.size) {
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

bool AssetAttacher::remove(const RemoteAsset &remote, const QString &reason, QString *error)
{
    QJsonObject intent = assetJson(remote);
    intent.insert(u"reason"_s, reason);
    QString logError;
    const qint64 id = m_log.begin(u"delete-asset"_s, remote.name, intent, &logError);
    if (id == 0) {
        *error = u"cannot record the deletion of %1 in the journal: %2"_s.arg(remote.name, logError);
        return false;
    }
    StoreError storeError;
    if (!m_store.deleteAsset(remote.id, &storeError)) {
        // A 404 means it is already gone: the goal is reached.
        if (storeError.httpStatus == 404) {
            m_log.finish(id, EffectRecord::State::Succeeded, {{u"assetId"_s, remote.id}, {u"alreadyGone"_s, true}}, {});
            return true;
        }
        m_log.finish(id, EffectRecord::State::Failed, {}, storeError.message);
        *error = u"cannot delete the asset %1: %2"_s.arg(remote.name, storeError.message);
        return false;
    }
    m_log.finish(id, EffectRecord::State::Succeeded, {{u"assetId"_s, remote.id}}, {});
    return true;
}

bool AssetAttacher::rename(const RemoteAsset &remote, const LocalAsset &local, QString *error)
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
    StoreError storeError;
    const auto renamed = m_store.renameAsset(remote.id, local.name, &storeError);
    if (!renamed) {
        m_log.finish(id, EffectRecord::State::Failed, {}, storeError.message);
        *error = u"cannot rename the asset %1 to %2: %3"_s.arg(remote.name, local.name, storeError.message);
        return false;
    }
    m_log.finish(
        id, EffectRecord::State::Succeeded,
        {{u"assetId"_s, renamed->id}, {u"name"_s, renamed->name}, {u"sha256"_s, QString::fromLatin1(local.sha256)}},
        {});
    return true;
}

bool AssetAttacher::upload(const LocalAsset &local, const QString &name, QString *error, bool *retryable)
{
    *retryable = false;
    const QJsonObject intent{{u"path"_s, local.path},
                             {u"size"_s, local.size},
                             {u"sha256"_s, QString::fromLatin1(local.sha256)},
                             {u"finalName"_s, local.name}};
    QString logError;
    const qint64 id = m_log.begin(u"upload-asset"_s, name, intent, &logError);
    if (id == 0) {
        *error = u"cannot record the upload of %1 in the journal: %2"_s.arg(name, logError);
        return false;
    }
    StoreError storeError;
    const auto progress = [this, &local](qint64 sent, qint64 total) {
        if (m_progress) {
            m_progress(local.name, sent, total);
        }
    };
    const auto uploaded = m_store.upload(name, local.path, local.contentType, progress, m_cancel, &storeError);
    if (!uploaded) {
        // The server may have stored the file (or a "starter" stub) before the failure reached us: the next
        // listing tells.
        m_log.finish(id, storeError.alreadyExists ? EffectRecord::State::Failed : EffectRecord::State::Uncertain, {},
                     storeError.message);
        *error = storeError.message;
        // Worth another look: a name clash (the list shows what holds the name), or a failure on the wire or on
        // the server. Not a refusal such as 401/403: repeating it changes nothing.
        *retryable = !storeError.cancelled &&
                     (storeError.alreadyExists || storeError.httpStatus == 0 || storeError.httpStatus >= 500);
        return false;
    }
    m_log.finish(id, EffectRecord::State::Succeeded,
                 {{u"assetId"_s, uploaded->id},
                  {u"name"_s, uploaded->name},
                  {u"size"_s, uploaded->size},
                  {u"digest"_s, uploaded->digest},
                  {u"sha256"_s, QString::fromLatin1(local.sha256)}},
                 {});
    return true;
}

AttachOutcome AssetAttacher::attach(const LocalAsset &local)
{
    const QString temporary = temporaryName(local.name, local.sha256);
    bool replacing = false;
    int uploads = 0;
    QString lastError;
    // Each pass lists the assets and performs at most one side effect, so every decision rests on the
    // remote truth. The bound only guards against a service that never converges.
    for (int pass = 0; pass < 4 * m_maxUploadAttempts + 8; ++pass) {
        if (cancelled()) {
            return {AttachResult::Cancelled, 0, u"cancelled"_s};
        }
        StoreError storeError;
        const auto assets = m_store.listAssets(&storeError);
        if (!assets) {
            return {AttachResult::Failed, 0, u"cannot list the release assets: %1"_s.arg(storeError.message)};
        }
        // What earlier attempts left open is settled by this list before anything else is done.
        EffectReconciler(m_log).reconcile(local.name, *assets);
        const RemoteAsset *current = nullptr;
        const RemoteAsset *fresh = nullptr;
        const RemoteAsset *junk = nullptr;
        QString junkReason;
        for (const RemoteAsset &remote : *assets) {
            const bool ours = remote.name == local.name || isTemporaryNameOf(remote.name, local.name);
            if (!ours) {
                continue;
            }
            if (!remote.isComplete()) {
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
            return {AttachResult::Failed, 0,
                    u"uploading %1 failed %2 times, last: %3. Run the step again later."_s.arg(local.name)
                        .arg(uploads)
                        .arg(lastError)};
        }
        ++uploads;
        if (current) {
            replacing = true;
        }
        bool retryable = false;
        if (!upload(local, current ? temporary : local.name, &error, &retryable)) {
            if (cancelled()) {
                return {AttachResult::Cancelled, 0, u"cancelled"_s};
            }
            lastError = error;
            if (!retryable) {
                return {AttachResult::Failed, 0, u"cannot upload %1: %2"_s.arg(local.name, error)};
            }
        }
    }
    return {AttachResult::Failed, 0,
            u"the release assets of %1 did not settle (last error: %2). Check the draft on GitHub."_s.arg(local.name,
                                                                                                          lastError)};
}

} // namespace ra::packages
