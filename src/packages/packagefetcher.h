// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"
#include "github/syncwaiter.h"
#include "packages/attachplan.h"
#include "packages/packageitem.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace ra::packages {

/**
 * The reading half of step 5, which changes nothing on GitHub: the draft of the tag, the CI run that holds the
 * package artifacts, each artifact downloaded (resumable, with progress), its .deb extracted, its control data
 * read, a version that is not the tag's refused, and its sha256 computed (with progress); or a release asset
 * downloaded to be checked. Blocking, through the GitHub client given (it lives in the calling thread): run it
 * on a worker thread or in the CLI. Every package's row is reported to the observer as it changes; the cancel flag
 * is honoured between chunks.
 */
class PackageFetcher
{
public:
    using Observer = std::function<void(int index, const PackageItem &item)>;

    PackageFetcher(github::GitHubClient &client, AttachOptions options);

    void setObserver(Observer observer);
    void setCancelFlag(const std::atomic_bool *cancel);
    [[nodiscard]] bool cancelled() const;

    /// The rows, one per expected package; the fetch fills them in.
    [[nodiscard]] QList<PackageItem> &items();
    [[nodiscard]] const QList<PackageItem> &items() const;
    /// Reports row \a index to the observer.
    void update(int index);
    /// Row \a index ends in error \a error; returns false (for "all good" flags).
    bool markFailed(int index, const QString &error);

    /// The release of the tag (a draft preferred), or std::nullopt with \a error: none, or GitHub could not be read.
    [[nodiscard]] std::optional<github::Release> findRelease(QString *error);
    /// The artifacts of the first run that has package artifacts, and that run's id.
    [[nodiscard]] std::optional<std::pair<qint64, QList<github::Artifact>>> packageRun(QString *error);
    /// One row per expected name (every .deb artifact of \a artifacts when none is expected), each downloaded,
    /// extracted, checked against the tag and hashed. True when every row is Inspected.
    bool fetchArtifacts(qint64 runId, const QList<github::Artifact> &artifacts);
    /// Release asset \a assetId downloaded to \a path with progress on row \a index.
    bool downloadAsset(qint64 assetId, const QString &path, int index, QString *error);
    /// Reads the .deb at \a path into \a item (control data, size, sha256) and checks its version against the tag.
    bool inspect(int index, const QString &path);

private:
    /// Downloads \a artifact to "<dir>/<name>.zip" through "<name>.zip.part" (resumed next time), reporting
    /// progress on row \a index (-1: none); returns the zip's path.
    [[nodiscard]] std::optional<QString> downloadArtifact(const github::Artifact &artifact, const QString &dir,
                                                          int index, QString *error);
    [[nodiscard]] github::WaitOptions transferOptions(int index);
    /// Downloads, extracts and inspects row \a index from \a artifact.
    bool fetchOne(int index, const github::Artifact &artifact);

    github::GitHubClient &m_client;
    AttachOptions m_options;
    Observer m_observer;
    const std::atomic_bool *m_cancel = nullptr;
    QList<PackageItem> m_items;
};

} // namespace ra::packages
