// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/packagefetcher.h"

#include "packages/artifactzip.h"
#include "packages/debpackage.h"
#include "packages/filehasher.h"
#include "packages/packageversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::packages {

PackageFetcher::PackageFetcher(github::GitHubClient &client, AttachOptions options)
    : m_client(client)
    , m_options(std::move(options))
{
}

void PackageFetcher::setObserver(Observer observer)
{
    m_observer = std::move(observer);
}

void PackageFetcher::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

bool PackageFetcher::cancelled() const
{
    return m_cancel && m_cancel->load();
}

QList<PackageItem> &PackageFetcher::items()
{
    return m_items;
}

const QList<PackageItem> &PackageFetcher::items() const
{
    return m_items;
}

void PackageFetcher::update(int index)
{
    if (m_observer) {
        m_observer(index, m_items.at(index));
    }
}

bool PackageFetcher::markFailed(int index, const QString &error)
{
    m_items[index].state = PackageItem::State::Error;
    m_items[index].error = error;
    update(index);
    return false;
}

github::WaitOptions PackageFetcher::transferOptions(int index)
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

std::optional<github::Release> PackageFetcher::findRelease(QString *error)
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

std::optional<std::pair<qint64, QList<github::Artifact>>> PackageFetcher::packageRun(QString *error)
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

std::optional<QString> PackageFetcher::downloadArtifact(const github::Artifact &artifact, const QString &dir, int index,
                                                        QString *error)
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

bool PackageFetcher::downloadAsset(qint64 assetId, const QString &path, int index, QString *error)
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

bool PackageFetcher::inspect(int index, const QString &path)
{
    PackageItem &item = m_items[index];
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
    // Hashing hundreds of MiB takes a while: its progress is the row's, like a transfer's.
    const FileDigest digest = FileHasher::hash(
        path,
        [this, index](qint64 done, qint64 total) {
            m_items[index].done = done;
            m_items[index].total = total;
            update(index);
        },
        m_cancel);
    if (!digest.ok()) {
        m_items[index].error = digest.error;
        return false;
    }
    m_items[index].sha256 = QString::fromLatin1(digest.sha256);
    return true;
}

bool PackageFetcher::fetchArtifacts(qint64 runId, const QList<github::Artifact> &artifacts)
{
    m_items.clear();
    QStringList names = m_options.expectedNames;
    if (names.isEmpty()) {
        for (const github::Artifact &artifact : artifacts) {
            if (artifact.name.endsWith(u".deb"_s)) {
                names.append(artifact.name);
            }
        }
    }
    for (const QString &name : std::as_const(names)) {
        PackageItem item;
        item.name = name;
        m_items.append(item);
    }
    bool allInspected = true;
    for (int i = 0; i < m_items.size() && !cancelled(); ++i) {
        const QString name = m_items.at(i).name;
        const auto artifact = std::find_if(artifacts.cbegin(), artifacts.cend(),
                                           [&name](const github::Artifact &a) { return a.name == name; });
        if (artifact == artifacts.cend()) {
            allInspected = markFailed(i, u"run %1 has no artifact named %2"_s.arg(runId).arg(name));
            continue;
        }
        allInspected = fetchOne(i, *artifact) && allInspected;
    }
    return allInspected && !cancelled();
}

bool PackageFetcher::fetchOne(int index, const github::Artifact &artifact)
{
    m_items[index].state = PackageItem::State::Downloading;
    update(index);
    QString why;
    const QString downloadDir = QDir(m_options.workDir).filePath(u"downloads"_s);
    const auto zip = downloadArtifact(artifact, downloadDir, index, &why);
    if (cancelled()) {
        return false;
    }
    if (!zip) {
        return markFailed(index, why);
    }
    // Hashing comes next, with its own progress.
    m_items[index].state = PackageItem::State::Downloaded;
    m_items[index].done = 0;
    m_items[index].total = 0;
    update(index);
    const QString extractDir = QDir(m_options.workDir).filePath(u"packages/"_s + artifact.name);
    auto files = ArtifactZip::extractDebs(*zip, extractDir, &why, {}, m_cancel);
    if (!files && !cancelled()) {
        // A resumed download that does not unzip is not trusted: fetch it once more from the start.
        QFile::remove(*zip);
        const auto again = downloadArtifact(artifact, downloadDir, -1, &why);
        if (again) {
            files = ArtifactZip::extractDebs(*again, extractDir, &why, {}, m_cancel);
        }
    }
    if (!files || files->size() != 1) {
        return markFailed(
            index,
            files ? u"the artifact %1 holds %2 .deb files, expected one"_s.arg(artifact.name).arg(files->size()) : why);
    }
    if (!inspect(index, files->first())) {
        return markFailed(index, m_items.at(index).error);
    }
    m_items[index].state = PackageItem::State::Inspected;
    update(index);
    return true;
}

} // namespace ra::packages
