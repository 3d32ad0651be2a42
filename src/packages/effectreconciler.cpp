// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/effectreconciler.h"

#include "packages/assetattacher.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

struct Verdict {
    bool succeeded = false;
    QJsonObject result;
    QString error;
};

bool isOpen(const EffectRecord &record)
{
    return record.state == EffectRecord::State::Pending || record.state == EffectRecord::State::Uncertain;
}

const github::Asset *findName(const QList<github::Asset> &assets, const QString &name)
{
    for (const github::Asset &asset : assets) {
        if (asset.name == name) {
            return &asset;
        }
    }
    return nullptr;
}

const github::Asset *findId(const QList<github::Asset> &assets, qint64 id)
{
    for (const github::Asset &asset : assets) {
        if (asset.id == id) {
            return &asset;
        }
    }
    return nullptr;
}

Verdict failed(const QString &error)
{
    return {false, {}, error};
}

/// \a claimed: assets a finished effect already accounts for, so an open upload cannot have produced them.
Verdict reconcileUpload(const EffectRecord &record, const QList<github::Asset> &assets, QSet<qint64> &claimed)
{
    const QString sha256 = record.intent.value(u"sha256"_s).toString();
    const github::Asset *asset = findName(assets, record.key);
    if (!asset) {
        return failed(
            u"reconciled: no asset %1 on the release, so this attempt stored nothing that remains"_s.arg(record.key));
    }
    if (!asset->isUploaded()) {
        return failed(
            u"reconciled: this attempt left an unfinished upload (state %1), which is removed"_s.arg(asset->state));
    }
    const bool sameContent = !asset->digest.isEmpty() &&
                             asset->digest.compare(u"sha256:"_s + sha256, Qt::CaseInsensitive) == 0 &&
                             asset->size == record.intent.value(u"size"_s).toInteger();
    if (sameContent && !claimed.contains(asset->id)) {
        claimed.insert(asset->id);
        // The same fields as a successful upload records: AssetAttacher trusts them when GitHub gives no digest.
        return {true,
                {{u"assetId"_s, asset->id},
                 {u"name"_s, asset->name},
                 {u"size"_s, asset->size},
                 {u"digest"_s, asset->digest},
                 {u"sha256"_s, sha256}},
                {}};
    }
    if (asset->digest.isEmpty()) {
        return failed(u"reconciled: GitHub gives no digest for asset %1, so it cannot be shown to hold this upload; "
                      "it is replaced"_s.arg(record.key));
    }
    return failed(u"reconciled: the asset %1 on the release is not what this attempt uploaded"_s.arg(record.key));
}

Verdict reconcileDelete(const EffectRecord &record, const QList<github::Asset> &assets)
{
    const qint64 id = record.intent.value(u"assetId"_s).toInteger();
    if (findId(assets, id)) {
        return failed(u"reconciled: asset %1 is still on the release"_s.arg(id));
    }
    return {true, {{u"assetId"_s, id}, {u"alreadyGone"_s, true}}, {}};
}

Verdict reconcileRename(const EffectRecord &record, const QList<github::Asset> &assets)
{
    const qint64 id = record.intent.value(u"assetId"_s).toInteger();
    const QString to = record.intent.value(u"to"_s).toString();
    const github::Asset *asset = findId(assets, id);
    if (!asset) {
        return failed(u"reconciled: asset %1 is no longer on the release"_s.arg(id));
    }
    if (asset->name != to) {
        return failed(u"reconciled: asset %1 is still named %2"_s.arg(id).arg(asset->name));
    }
    QJsonObject result{{u"assetId"_s, id}, {u"name"_s, to}};
    if (record.intent.contains(u"sha256"_s)) {
        result.insert(u"sha256"_s, record.intent.value(u"sha256"_s));
    }
    return {true, result, {}};
}

} // namespace

EffectReconciler::EffectReconciler(EffectLog &log)
    : m_log(log)
{
}

int EffectReconciler::reconcile(const QString &name, const QList<github::Asset> &assets)
{
    const QList<EffectRecord> records = m_log.effects();
    QSet<qint64> claimed;
    for (const EffectRecord &record : records) {
        if (record.state == EffectRecord::State::Succeeded && record.action == u"upload-asset"_s) {
            claimed.insert(record.result.value(u"assetId"_s).toInteger());
        }
    }
    int finished = 0;
    // Newest first: when several open uploads could have produced one asset, the latest attempt is credited.
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        const EffectRecord &record = *it;
        if (!isOpen(record) || (record.key != name && !AssetAttacher::isTemporaryNameOf(record.key, name))) {
            continue;
        }
        Verdict verdict;
        if (record.action == u"upload-asset"_s) {
            verdict = reconcileUpload(record, assets, claimed);
        } else if (record.action == u"delete-asset"_s) {
            verdict = reconcileDelete(record, assets);
        } else if (record.action == u"rename-asset"_s) {
            verdict = reconcileRename(record, assets);
        } else {
            continue; // not an effect on assets: whoever records it reconciles it
        }
        verdict.result.insert(u"reconciled"_s, true);
        m_log.finish(record.id, verdict.succeeded ? EffectRecord::State::Succeeded : EffectRecord::State::Failed,
                     verdict.result, verdict.error);
        ++finished;
    }
    return finished;
}

} // namespace ra::packages
