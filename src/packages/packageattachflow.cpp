// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/packageattachflow.h"

#include "packages/assetattacher.h"
#include "packages/filehasher.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

constexpr auto Sha256SumsName = "SHA256SUMS"_L1;

LocalAsset localAsset(const QString &name, const QString &path, const QByteArray &sha256, qint64 size)
{
    LocalAsset asset;
    asset.name = name;
    asset.path = path;
    asset.sha256 = sha256;
    asset.size = size;
    return asset;
}

PackageItem::State stateFor(AttachResult result)
{
    switch (result) {
    case AttachResult::Uploaded:
        return PackageItem::State::Uploaded;
    case AttachResult::SkippedIdentical:
        return PackageItem::State::SkippedIdentical;
    case AttachResult::Replaced:
        return PackageItem::State::Replaced;
    case AttachResult::Failed:
    case AttachResult::Cancelled:
        break;
    }
    return PackageItem::State::Error;
}

} // namespace

PackageAttachFlow::PackageAttachFlow(github::GitHubClient &client, EffectLog &log, Options options)
    : m_client(client)
    , m_log(log)
    , m_options(std::move(options))
    , m_fetcher(client, m_options)
{
}

void PackageAttachFlow::setObserver(Observer observer)
{
    m_fetcher.setObserver(std::move(observer));
}

void PackageAttachFlow::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
    m_fetcher.setCancelFlag(cancel);
}

QList<PackageItem> PackageAttachFlow::items() const
{
    return m_fetcher.items();
}

std::optional<github::Release> PackageAttachFlow::draft() const
{
    return m_draft;
}

QString PackageAttachFlow::error() const
{
    return m_error;
}

QStringList PackageAttachFlow::unexpectedAssets() const
{
    return m_unexpected;
}

bool PackageAttachFlow::fail(const QString &message)
{
    m_error = message;
    return false;
}

github::Release PackageAttachFlow::onUploadsHost(github::Release release) const
{
    if (m_options.uploadsUrl.isValid() && !m_options.uploadsUrl.isEmpty()) {
        release.uploadUrl.setScheme(m_options.uploadsUrl.scheme());
        release.uploadUrl.setHost(m_options.uploadsUrl.host());
        release.uploadUrl.setPort(m_options.uploadsUrl.port());
    }
    return release;
}

bool PackageAttachFlow::attach()
{
    return prepare() && upload();
}

bool PackageAttachFlow::prepare()
{
    m_fetcher.items().clear();
    m_unexpected.clear();
    m_error.clear();
    m_draft.reset();
    QString why;
    const auto release = m_fetcher.findRelease(&why);
    if (!release) {
        return fail(why);
    }
    if (!release->draft) {
        return fail(
            u"the release %1 is already published; packages are attached to a draft before publishing "
            "(immutable releases refuse uploads after). Attach them by hand if this is intended."_s.arg(m_options.tag));
    }
    const auto run = m_fetcher.packageRun(&why);
    if (!run) {
        return fail(why);
    }
    const bool allInspected = m_fetcher.fetchArtifacts(run->first, run->second);
    if (m_fetcher.cancelled()) {
        return fail(u"cancelled; run the step again to resume the downloads"_s);
    }
    if (!allInspected) {
        return fail(u"nothing was uploaded: every package must be verified first (see each package's error)"_s);
    }
    m_draft = release;
    return true;
}

bool PackageAttachFlow::upload()
{
    if (!m_draft) {
        return fail(u"nothing to upload: the packages were not prepared"_s);
    }
    QList<PackageItem> &items = m_fetcher.items();
    AssetAttacher attacher(m_client, m_options.repository, onUploadsHost(*m_draft), m_log);
    attacher.setCancelFlag(m_cancel);
    int current = 0;
    attacher.setProgress([this, &items, &current](const QString &, qint64 sent, qint64 total) {
        if (current >= items.size()) {
            return; // SHA256SUMS, attached after the packages, has no row
        }
        items[current].done = sent;
        items[current].total = total;
        m_fetcher.update(current);
    });
    bool allAttached = true;
    QStringList sums;
    QStringList names;
    for (current = 0; current < items.size(); ++current) {
        PackageItem &item = items[current];
        names.append(item.name);
        item.state = PackageItem::State::Uploading;
        item.done = 0;
        m_fetcher.update(current);
        const AttachOutcome outcome =
            attacher.attach(localAsset(item.name, item.localPath, item.sha256.toLatin1(), item.size));
        item.state = stateFor(outcome.result);
        item.error = outcome.error;
        allAttached = allAttached && item.state != PackageItem::State::Error;
        m_fetcher.update(current);
        sums.append(item.sha256 + u"  "_s + item.name);
        if (outcome.result == AttachResult::Cancelled) {
            return fail(u"cancelled; run the step again: finished uploads are kept and not repeated"_s);
        }
    }
    if (allAttached && m_options.sha256Sums && !attachSums(attacher, sums)) {
        return false;
    }
    const auto assets = attacher.listAssets();
    for (const github::Asset &asset : assets.value) {
        if (!names.contains(asset.name) && asset.name != Sha256SumsName) {
            m_unexpected.append(asset.name);
        }
    }
    if (!allAttached) {
        return fail(u"some packages could not be attached (see each package's error); run the step again"_s);
    }
    return true;
}

bool PackageAttachFlow::attachSums(AssetAttacher &attacher, QStringList sums)
{
    sums.sort();
    const QString path = QDir(m_options.workDir).filePath(Sha256SumsName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write((sums.join(u'\n') + u'\n').toUtf8()) < 0) {
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    file.close();
    const FileDigest digest = FileHasher::hash(path);
    LocalAsset sumsAsset = localAsset(Sha256SumsName, path, digest.sha256, digest.size);
    sumsAsset.contentType = u"text/plain"_s;
    const AttachOutcome outcome = attacher.attach(sumsAsset);
    if (outcome.result == AttachResult::Failed || outcome.result == AttachResult::Cancelled) {
        return fail(outcome.error);
    }
    return true;
}

bool PackageAttachFlow::verifyDraft()
{
    QList<PackageItem> &items = m_fetcher.items();
    items.clear();
    m_unexpected.clear();
    m_error.clear();
    QString why;
    const auto release = m_fetcher.findRelease(&why);
    if (!release) {
        return fail(why + u" The release workflow creates the draft when the tag is pushed: check its run."_s);
    }
    m_draft = release;
    QStringList names = m_options.expectedNames;
    if (names.isEmpty()) {
        for (const github::Asset &asset : release->assets) {
            if (asset.name.endsWith(u".deb"_s)) {
                names.append(asset.name);
            }
        }
    }
    if (names.isEmpty()) {
        return fail(u"the draft of %1 holds no .deb asset; check the release workflow's run"_s.arg(m_options.tag));
    }
    for (const github::Asset &asset : release->assets) {
        if (!names.contains(asset.name) && asset.name != Sha256SumsName) {
            m_unexpected.append(asset.name);
        }
    }
    bool allGood = true;
    for (int i = 0; i < names.size(); ++i) {
        PackageItem row;
        row.name = names.at(i);
        items.append(row);
        const auto asset = std::find_if(release->assets.cbegin(), release->assets.cend(),
                                        [&row](const github::Asset &a) { return a.name == row.name; });
        if (asset == release->assets.cend() || !asset->isUploaded()) {
            allGood = m_fetcher.markFailed(
                i, asset == release->assets.cend()
                       ? u"the draft has no asset %1"_s.arg(row.name)
                       : u"the asset %1 is an unfinished upload (state %2)"_s.arg(row.name, asset->state));
            continue;
        }
        items[i].state = PackageItem::State::Downloading;
        m_fetcher.update(i);
        const QString dir = QDir(m_options.workDir).filePath(u"verify"_s);
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(row.name);
        if (!m_fetcher.downloadAsset(asset->id, path, i, &why)) {
            allGood = m_fetcher.markFailed(i, why);
            continue;
        }
        PackageItem &item = items[i];
        // Hashing comes next, with its own progress.
        item.state = PackageItem::State::Downloaded;
        item.done = 0;
        item.total = 0;
        m_fetcher.update(i);
        if (!m_fetcher.inspect(i, path)) {
            item.state = PackageItem::State::Error;
            allGood = false;
        } else if (!asset->digest.isEmpty() && asset->digest != u"sha256:"_s + item.sha256) {
            item.state = PackageItem::State::Error;
            item.error =
                u"the asset %1 does not match GitHub's digest (%2); download it again"_s.arg(item.name, asset->digest);
            allGood = false;
        } else {
            item.state = PackageItem::State::Verified;
        }
        m_fetcher.update(i);
    }
    if (!m_unexpected.isEmpty()) {
        return fail(u"the draft holds unexpected assets: %1. Remove them or add them to the expected set."_s.arg(
            m_unexpected.join(u", "_s)));
    }
    if (!allGood) {
        return fail(u"the draft's packages are not what the tag needs (see each package's error)"_s);
    }
    return true;
}

QStringList PackageAttachFlow::plan() const
{
    return AttachPlan::requests(m_client.endpoints(), m_options);
}

} // namespace ra::packages
