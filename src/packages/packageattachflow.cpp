// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/packageattachflow.h"

#include "packages/artifactzip.h"
#include "packages/assetattacher.h"
#include "packages/debpackage.h"
#include "packages/filehasher.h"
#include "packages/githubassetstore.h"
#include "packages/githubpackagesource.h"
#include "packages/packageversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

constexpr auto Sha256SumsName = "SHA256SUMS"_L1;

PackageItem itemNamed(const QString &name)
{
    PackageItem item;
    item.name = name;
    return item;
}

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

PackageAttachFlow::PackageAttachFlow(net::HttpClient &client, EffectLog &log, Options options)
    : m_client(client)
    , m_log(log)
    , m_options(std::move(options))
{
}

void PackageAttachFlow::setObserver(Observer observer)
{
    m_observer = std::move(observer);
}

void PackageAttachFlow::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

QList<PackageItem> PackageAttachFlow::items() const
{
    return m_items;
}

QString PackageAttachFlow::error() const
{
    return m_error;
}

QStringList PackageAttachFlow::unexpectedAssets() const
{
    return m_unexpected;
}

void PackageAttachFlow::update(int index)
{
    if (m_observer) {
        m_observer(index, m_items.at(index));
    }
}

bool PackageAttachFlow::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool PackageAttachFlow::cancelled() const
{
    return m_cancel && m_cancel->load();
}

QString PackageAttachFlow::uploadUrl(const QString &releaseUploadUrl) const
{
    if (!m_options.uploadsUrl.isValid() || m_options.uploadsUrl.isEmpty()) {
        return releaseUploadUrl;
    }
    // Without its "{?name,label}" template first: QUrl would read the '?' in it as the start of a query.
    QUrl url(QString(releaseUploadUrl).remove(u"{?name,label}"_s));
    url.setScheme(m_options.uploadsUrl.scheme());
    url.setHost(m_options.uploadsUrl.host());
    url.setPort(m_options.uploadsUrl.port());
    return url.toString();
}

bool PackageAttachFlow::inspect(PackageItem &item, const QString &path)
{
    QString why;
    const auto deb = DebPackage::inspect(path, &why);
    if (!deb) {
        item.error = why;
        return false;
    }
    item.package = deb->package();
    item.version = deb->version();
    item.architecture = deb->architecture();
    item.size = deb->size();
    item.localPath = path;
    const QString mismatch = checkPackageVersion(item.name, deb->version(), m_options.tag, m_options.tagPrefix);
    if (!mismatch.isEmpty()) {
        item.error = mismatch;
        return false;
    }
    const FileDigest digest = FileHasher::hash(path, {}, m_cancel);
    if (!digest.ok()) {
        item.error = digest.error;
        return false;
    }
    item.sha256 = QString::fromLatin1(digest.sha256);
    return true;
}

bool PackageAttachFlow::attach()
{
    m_items.clear();
    m_unexpected.clear();
    m_error.clear();
    GitHubPackageSource source(m_client, m_options.target);
    QString why;
    const auto release = source.findRelease(m_options.tag, &why);
    if (!release) {
        return fail(why);
    }
    if (!release->draft) {
        return fail(
            u"the release %1 is already published; packages are attached to a draft before publishing "
            "(immutable releases refuse uploads after). Attach them by hand if this is intended."_s.arg(m_options.tag));
    }
    QList<qint64> runs;
    if (m_options.runId > 0) {
        runs.append(m_options.runId);
    } else if (!m_options.commit.isEmpty()) {
        const auto found = source.runsForCommit(m_options.commit, &why);
        if (!found) {
            return fail(why);
        }
        runs = *found;
    } else {
        return fail(u"no CI run given: pass the run id or the tag's commit"_s);
    }
    QList<RunArtifact> artifacts;
    qint64 runId = 0;
    for (const qint64 run : std::as_const(runs)) {
        const auto listed = source.runArtifacts(run, &why);
        if (!listed) {
            return fail(why);
        }
        const bool hasDebs = std::any_of(listed->cbegin(), listed->cend(), [this](const RunArtifact &artifact) {
            return m_options.expectedNames.isEmpty() ? artifact.name.endsWith(u".deb"_s)
                                                     : m_options.expectedNames.contains(artifact.name);
        });
        if (hasDebs) {
            artifacts = *listed;
            runId = run;
            break;
        }
    }
    if (runId == 0) {
        return fail(u"no run of %1 has package artifacts; check that the build workflow ran for the tag's commit"_s.arg(
            m_options.commit.isEmpty() ? QString::number(m_options.runId) : m_options.commit));
    }
    QStringList names = m_options.expectedNames;
    if (names.isEmpty()) {
        for (const RunArtifact &artifact : std::as_const(artifacts)) {
            if (artifact.name.endsWith(u".deb"_s)) {
                names.append(artifact.name);
            }
        }
    }
    for (const QString &name : std::as_const(names)) {
        m_items.append(itemNamed(name));
    }
    bool allInspected = true;
    for (int i = 0; i < m_items.size(); ++i) {
        PackageItem &item = m_items[i];
        const auto artifact = std::find_if(artifacts.cbegin(), artifacts.cend(),
                                           [&item](const RunArtifact &a) { return a.name == item.name; });
        if (artifact == artifacts.cend()) {
            item.state = PackageItem::State::Error;
            item.error = u"run %1 has no artifact named %2"_s.arg(runId).arg(item.name);
            allInspected = false;
            update(i);
            continue;
        }
        item.state = PackageItem::State::Downloading;
        update(i);
        const QString downloadDir = QDir(m_options.workDir).filePath(u"downloads"_s);
        const auto zip = source.downloadArtifact(
            *artifact, downloadDir,
            [this, i](qint64 done, qint64 total) {
                m_items[i].done = done;
                m_items[i].total = total;
                update(i);
            },
            m_cancel, &why);
        if (cancelled()) {
            return fail(u"cancelled; run the step again to resume the downloads"_s);
        }
        if (!zip) {
            item.state = PackageItem::State::Error;
            item.error = why;
            allInspected = false;
            update(i);
            continue;
        }
        item.state = PackageItem::State::Downloaded;
        update(i);
        const QString extractDir = QDir(m_options.workDir).filePath(u"packages/"_s + item.name);
        auto files = ArtifactZip::extractDebs(*zip, extractDir, &why, {}, m_cancel);
        if (!files && !cancelled()) {
            // A resumed download that does not unzip is not trusted: fetch it once more from the start.
            QFile::remove(*zip);
            const auto again = source.downloadArtifact(*artifact, downloadDir, {}, m_cancel, &why);
            if (again) {
                files = ArtifactZip::extractDebs(*again, extractDir, &why, {}, m_cancel);
            }
        }
        if (!files || files->size() != 1) {
            item.state = PackageItem::State::Error;
            item.error =
                files ? u"the artifact %1 holds %2 .deb files, expected one"_s.arg(item.name).arg(files->size()) : why;
            allInspected = false;
            update(i);
            continue;
        }
        if (!inspect(item, files->first())) {
            item.state = PackageItem::State::Error;
            allInspected = false;
            update(i);
            continue;
        }
        item.state = PackageItem::State::Inspected;
        update(i);
    }
    if (cancelled()) {
        return fail(u"cancelled"_s);
    }
    if (!allInspected) {
        return fail(u"nothing was uploaded: every package must be verified first (see each package's error)"_s);
    }
    GitHubAssetStore store(m_client, m_options.target, release->id, uploadUrl(release->uploadUrl));
    AssetAttacher attacher(store, m_log);
    attacher.setCancelFlag(m_cancel);
    int current = 0;
    attacher.setProgress([this, &current](const QString &, qint64 sent, qint64 total) {
        if (current >= m_items.size()) {
            return; // SHA256SUMS, attached after the packages, has no row
        }
        m_items[current].done = sent;
        m_items[current].total = total;
        update(current);
    });
    bool allAttached = true;
    QStringList sums;
    for (current = 0; current < m_items.size(); ++current) {
        PackageItem &item = m_items[current];
        item.state = PackageItem::State::Uploading;
        item.done = 0;
        update(current);
        const AttachOutcome outcome =
            attacher.attach(localAsset(item.name, item.localPath, item.sha256.toLatin1(), item.size));
        item.state = stateFor(outcome.result);
        item.error = outcome.error;
        allAttached = allAttached && item.state != PackageItem::State::Error;
        update(current);
        sums.append(item.sha256 + u"  "_s + item.name);
        if (outcome.result == AttachResult::Cancelled) {
            return fail(u"cancelled; run the step again: finished uploads are kept and not repeated"_s);
        }
    }
    if (allAttached && m_options.sha256Sums) {
        sums.sort();
        const QString path = QDir(m_options.workDir).filePath(Sha256SumsName);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write((sums.join(u'\n') + u'\n').toUtf8()) < 0) {
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
    }
    StoreError storeError;
    if (const auto assets = store.listAssets(&storeError)) {
        for (const RemoteAsset &asset : *assets) {
            if (!names.contains(asset.name) && asset.name != Sha256SumsName) {
                m_unexpected.append(asset.name);
            }
        }
    }
    if (!allAttached) {
        return fail(u"some packages could not be attached (see each package's error); run the step again"_s);
    }
    return true;
}

bool PackageAttachFlow::verifyDraft()
{
    m_items.clear();
    m_unexpected.clear();
    m_error.clear();
    GitHubPackageSource source(m_client, m_options.target);
    QString why;
    const auto release = source.findRelease(m_options.tag, &why);
    if (!release) {
        return fail(why + u" The release workflow creates the draft when the tag is pushed: check its run."_s);
    }
    QStringList names = m_options.expectedNames;
    if (names.isEmpty()) {
        for (const RemoteAsset &asset : release->assets) {
            if (asset.name.endsWith(u".deb"_s)) {
                names.append(asset.name);
            }
        }
    }
    if (names.isEmpty()) {
        return fail(u"the draft of %1 holds no .deb asset; check the release workflow's run"_s.arg(m_options.tag));
    }
    for (const RemoteAsset &asset : release->assets) {
        if (!names.contains(asset.name) && asset.name != Sha256SumsName) {
            m_unexpected.append(asset.name);
        }
    }
    bool allGood = true;
    for (int i = 0; i < names.size(); ++i) {
        m_items.append(itemNamed(names.at(i)));
        PackageItem &item = m_items[i];
        const auto asset = std::find_if(release->assets.cbegin(), release->assets.cend(),
                                        [&item](const RemoteAsset &a) { return a.name == item.name; });
        if (asset == release->assets.cend() || !asset->isComplete()) {
            item.state = PackageItem::State::Error;
            item.error = asset == release->assets.cend()
                             ? u"the draft has no asset %1"_s.arg(item.name)
                             : u"the asset %1 is an unfinished upload (state %2)"_s.arg(item.name, asset->state);
            allGood = false;
            update(i);
            continue;
        }
        item.state = PackageItem::State::Downloading;
        update(i);
        const QString dir = QDir(m_options.workDir).filePath(u"verify"_s);
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(item.name);
        if (!source.downloadAsset(
                asset->id, path,
                [this, i](qint64 done, qint64 total) {
                    m_items[i].done = done;
                    m_items[i].total = total;
                    update(i);
                },
                m_cancel, &why)) {
            item.state = PackageItem::State::Error;
            item.error = why;
            allGood = false;
            update(i);
            continue;
        }
        if (!inspect(item, path)) {
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
        update(i);
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
    const GitHubTarget &t = m_options.target;
    const QString uploads = m_options.uploadsUrl.isValid() && !m_options.uploadsUrl.isEmpty()
                                ? m_options.uploadsUrl.toString()
                                : u"https://uploads.github.com"_s;
    QStringList lines;
    lines << u"GET %1?per_page=100  (find the draft of %2 by listing: drafts are not found by tag)"_s.arg(
        t.repoUrl(u"/releases"_s).toString(), m_options.tag);
    if (m_options.runId > 0) {
        lines << u"GET %1?per_page=100  (the run's artifacts)"_s.arg(
            t.repoUrl(u"/actions/runs/%1/artifacts"_s.arg(m_options.runId)).toString());
    } else {
        lines << u"GET %1?head_sha=%2&per_page=100  (the runs of the tag's commit)"_s.arg(
            t.repoUrl(u"/actions/runs"_s).toString(), m_options.commit);
        lines << u"GET %1?per_page=100  (each run's artifacts until one has packages)"_s.arg(
            t.repoUrl(u"/actions/runs/{run_id}/artifacts"_s).toString());
    }
    const QStringList names =
        m_options.expectedNames.isEmpty() ? QStringList{u"{each .deb artifact}"_s} : m_options.expectedNames;
    for (const QString &name : names) {
        lines << u"GET %1  (artifact %2; 302 to blob storage, fetched without Authorization, resumed with Range)"_s.arg(
            t.repoUrl(u"/actions/artifacts/{artifact_id}/zip"_s).toString(), name);
    }
    lines << u"  (no request) unzip, read each .deb's control data, require Version = %1, compute sha256"_s.arg(
        expectedPackageVersion(m_options.tag, m_options.tagPrefix));
    for (const QString &name : names) {
        lines << u"GET %1?per_page=100  (reconcile before acting)"_s.arg(
            t.repoUrl(u"/releases/{release_id}/assets"_s).toString());
        lines << u"DELETE %1  (only for an unfinished \"starter\" upload of %2)"_s.arg(
            t.repoUrl(u"/releases/assets/{starter_id}"_s).toString(), name);
        lines << u"POST %1/repos/%2/releases/{release_id}/assets?name=%3  body: the .deb file (raw bytes, "
                 "application/vnd.debian.binary-package); skipped when an asset %3 with the same sha256 exists"_s.arg(
                     uploads, t.repository, name);
        lines << u"  if %1 exists with other content: POST ...?name=%2 (temporary), then DELETE %3, then PATCH %4 body "
                 "{\"name\":\"%1\"}"_s.arg(name, AssetAttacher::temporaryName(name, "{sha256}"),
                                           t.repoUrl(u"/releases/assets/{old_id}"_s).toString(),
                                           t.repoUrl(u"/releases/assets/{new_id}"_s).toString());
    }
    if (m_options.sha256Sums) {
        lines
            << u"POST %1/repos/%2/releases/{release_id}/assets?name=SHA256SUMS  body: \"<sha256>  <name>\" lines (text/plain)"_s
                   .arg(uploads, t.repository);
    }
    return lines;
}

} // namespace ra::packages
