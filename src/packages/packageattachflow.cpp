// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/packageattachflow.h"

#include "github/syncwaiter.h"
#include "packages/artifactzip.h"
#include "packages/assetattacher.h"
#include "packages/debpackage.h"
#include "packages/filehasher.h"
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

PackageAttachFlow::PackageAttachFlow(github::GitHubClient &client, EffectLog &log, Options options)
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

bool PackageAttachFlow::markFailed(int index, const QString &error)
{
    m_items[index].state = PackageItem::State::Error;
    m_items[index].error = error;
    update(index);
    return false;
}

bool PackageAttachFlow::cancelled() const
{
    return m_cancel && m_cancel->load();
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

github::WaitOptions PackageAttachFlow::transferOptions(int index)
{
    github::WaitOptions options;
    options.cancel = m_cancel;
    if (index >= 0) {
        options.progress = [this, index](qint64 done, qint64 total) {
            m_items[index].done = done;
            m_items[index].total = total;
            update(index);
        };
    }
    return options;
}

std::optional<github::Release> PackageAttachFlow::findRelease(QString *error)
{
    const QString repository = m_options.repository.toString();
    const auto found = github::waitFor<std::optional<github::Release>>(
        [this](auto done) { return m_client.findReleaseByTag(m_options.repository, m_options.tag, std::move(done)); });
    if (!found.ok()) {
        // Not "no draft": advising to create one would make a duplicate.
        *error = u"cannot list the releases of %1: %2"_s.arg(repository, found.error.toString());
        return std::nullopt;
    }
    if (!found.value) {
        *error =
            u"no release or draft for tag %1 in %2. Create the draft first (step 4)."_s.arg(m_options.tag, repository);
    }
    return found.value;
}

std::optional<std::pair<qint64, QList<github::Artifact>>> PackageAttachFlow::packageRun(QString *error)
{
    QList<qint64> runs;
    if (m_options.runId > 0) {
        runs.append(m_options.runId);
    } else if (!m_options.commit.isEmpty()) {
        github::RunFilter filter;
        filter.headSha = m_options.commit;
        const auto listed = github::waitFor<QList<github::WorkflowRun>>([this, &filter](auto done) {
            return m_client.listWorkflowRuns(m_options.repository, filter, std::move(done));
        });
        if (!listed.ok()) {
            *error = u"cannot list the runs of commit %1: %2"_s.arg(m_options.commit, listed.error.toString());
            return std::nullopt;
        }
        for (const github::WorkflowRun &run : listed.value) {
            runs.append(run.id);
        }
    } else {
        *error = u"no CI run given: pass the run id or the tag's commit"_s;
        return std::nullopt;
    }
    for (const qint64 run : std::as_const(runs)) {
        const auto listed = github::waitFor<QList<github::Artifact>>(
            [this, run](auto done) { return m_client.listRunArtifacts(m_options.repository, run, std::move(done)); });
        if (!listed.ok()) {
            *error = u"cannot list the artifacts of run %1: %2"_s.arg(run).arg(listed.error.toString());
            return std::nullopt;
        }
        const bool hasDebs = std::any_of(listed.value.cbegin(), listed.value.cend(), [this](const auto &artifact) {
            return m_options.expectedNames.isEmpty() ? artifact.name.endsWith(u".deb"_s)
                                                     : m_options.expectedNames.contains(artifact.name);
        });
        if (hasDebs) {
            return std::pair{run, listed.value};
        }
    }
    *error = u"no run of %1 has package artifacts; check that the build workflow ran for the tag's commit"_s.arg(
        m_options.commit.isEmpty() ? QString::number(m_options.runId) : m_options.commit);
    return std::nullopt;
}

std::optional<QString> PackageAttachFlow::downloadArtifact(const github::Artifact &artifact, const QString &dir,
                                                           int index, QString *error)
{
    const QString expiredMessage =
        u"the artifact %1 expired on %2; re-run the workflow that built it, then attach the packages of the new run"_s
            .arg(artifact.name,
                 artifact.expiresAt.isValid() ? artifact.expiresAt.toString(Qt::ISODate) : u"an unknown date"_s);
    if (artifact.expired) {
        *error = expiredMessage;
        return std::nullopt;
    }
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create the folder %1"_s.arg(dir);
        return std::nullopt;
    }
    const QString zipPath = QDir(dir).filePath(artifact.name + u".zip"_s);
    if (QFile::exists(zipPath) && QFileInfo(zipPath).size() == artifact.sizeInBytes) {
        return zipPath;
    }
    // A partial file is resumed with Range; a body cut short is resumed by the transport, never taken as whole.
    const QString partPath = zipPath + u".part"_s;
    const auto downloaded = github::waitFor<qint64>(
        [&](auto done) {
            return m_client.downloadArtifact(m_options.repository, artifact.id, partPath, std::move(done));
        },
        transferOptions(index));
    if (downloaded.error.kind == net::ErrorKind::Gone) {
        *error = expiredMessage;
        return std::nullopt;
    }
    if (!downloaded.ok()) {
        *error = u"downloading the artifact %1 failed: %2. The partial download is kept and resumed next time."_s.arg(
            artifact.name, downloaded.error.toString());
        return std::nullopt;
    }
    QFile::remove(zipPath);
    if (!QFile::rename(partPath, zipPath)) {
        *error = u"cannot rename the download to %1"_s.arg(zipPath);
        return std::nullopt;
    }
    return zipPath;
}

bool PackageAttachFlow::downloadAsset(qint64 assetId, const QString &path, int index, QString *error)
{
    // What an earlier run left there may be another content of that name: never resume it.
    QFile::remove(path);
    const auto downloaded = github::waitFor<qint64>(
        [&](auto done) { return m_client.downloadAsset(m_options.repository, assetId, path, std::move(done)); },
        transferOptions(index));
    if (!downloaded.ok()) {
        *error = u"downloading release asset %1 failed: %2"_s.arg(assetId).arg(downloaded.error.toString());
        return false;
    }
    return true;
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
    QString why;
    const auto release = findRelease(&why);
    if (!release) {
        return fail(why);
    }
    if (!release->draft) {
        return fail(
            u"the release %1 is already published; packages are attached to a draft before publishing "
            "(immutable releases refuse uploads after). Attach them by hand if this is intended."_s.arg(m_options.tag));
    }
    const auto run = packageRun(&why);
    if (!run) {
        return fail(why);
    }
    const auto &[runId, artifacts] = *run;
    QStringList names = m_options.expectedNames;
    if (names.isEmpty()) {
        for (const github::Artifact &artifact : artifacts) {
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
                                           [&item](const github::Artifact &a) { return a.name == item.name; });
        if (artifact == artifacts.cend()) {
            allInspected = markFailed(i, u"run %1 has no artifact named %2"_s.arg(runId).arg(item.name));
            continue;
        }
        item.state = PackageItem::State::Downloading;
        update(i);
        const QString downloadDir = QDir(m_options.workDir).filePath(u"downloads"_s);
        const auto zip = downloadArtifact(*artifact, downloadDir, i, &why);
        if (cancelled()) {
            return fail(u"cancelled; run the step again to resume the downloads"_s);
        }
        if (!zip) {
            allInspected = markFailed(i, why);
            continue;
        }
        item.state = PackageItem::State::Downloaded;
        update(i);
        const QString extractDir = QDir(m_options.workDir).filePath(u"packages/"_s + item.name);
        auto files = ArtifactZip::extractDebs(*zip, extractDir, &why, {}, m_cancel);
        if (!files && !cancelled()) {
            // A resumed download that does not unzip is not trusted: fetch it once more from the start.
            QFile::remove(*zip);
            const auto again = downloadArtifact(*artifact, downloadDir, -1, &why);
            if (again) {
                files = ArtifactZip::extractDebs(*again, extractDir, &why, {}, m_cancel);
            }
        }
        if (!files || files->size() != 1) {
            allInspected = markFailed(
                i,
                files ? u"the artifact %1 holds %2 .deb files, expected one"_s.arg(item.name).arg(files->size()) : why);
            continue;
        }
        if (!inspect(item, files->first())) {
            allInspected = markFailed(i, item.error);
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
    AssetAttacher attacher(m_client, m_options.repository, onUploadsHost(*release), m_log);
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

bool PackageAttachFlow::verifyDraft()
{
    m_items.clear();
    m_unexpected.clear();
    m_error.clear();
    QString why;
    const auto release = findRelease(&why);
    if (!release) {
        return fail(why + u" The release workflow creates the draft when the tag is pushed: check its run."_s);
    }
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
        m_items.append(itemNamed(names.at(i)));
        PackageItem &item = m_items[i];
        const auto asset = std::find_if(release->assets.cbegin(), release->assets.cend(),
                                        [&item](const github::Asset &a) { return a.name == item.name; });
        if (asset == release->assets.cend() || !asset->isUploaded()) {
            allGood =
                markFailed(i, asset == release->assets.cend()
                                  ? u"the draft has no asset %1"_s.arg(item.name)
                                  : u"the asset %1 is an unfinished upload (state %2)"_s.arg(item.name, asset->state));
            continue;
        }
        item.state = PackageItem::State::Downloading;
        update(i);
        const QString dir = QDir(m_options.workDir).filePath(u"verify"_s);
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(item.name);
        if (!downloadAsset(asset->id, path, i, &why)) {
            allGood = markFailed(i, why);
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
    return AttachPlan::requests(m_client.endpoints(), m_options);
}

} // namespace ra::packages
