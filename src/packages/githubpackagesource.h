// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packages/assetstore.h"
#include "packages/githubtarget.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

namespace ra::net {
class HttpClient;
}

namespace ra::packages {

/// The release step 5 attaches to, as found by listing (drafts are never found by tag).
struct ReleaseInfo {
    qint64 id = 0;
    QString tag;
    bool draft = false;
    QString uploadUrl;
    QList<RemoteAsset> assets;
};

/// A build artifact of a CI run (a zip holding one .deb for aleph-vm).
struct RunArtifact {
    qint64 id = 0;
    QString name;
    qint64 size = 0;
    bool expired = false;
    QDateTime expiresAt;
};

/// The read side of step 5 on GitHub: the release, the run's artifacts and their downloads (302 to blob
/// storage, fetched without Authorization by the transport; resumed with Range into a .part file).
class GitHubPackageSource
{
public:
    using Progress = std::function<void(qint64, qint64)>;

    GitHubPackageSource(net::HttpClient &client, GitHubTarget target);

    [[nodiscard]] std::optional<ReleaseInfo> findRelease(const QString &tag, QString *error);
    [[nodiscard]] std::optional<QList<RunArtifact>> runArtifacts(qint64 runId, QString *error);
    /// The ids of the runs for \a commit, newest first.
    [[nodiscard]] std::optional<QList<qint64>> runsForCommit(const QString &commit, QString *error);
    /// Downloads \a artifact to "<dir>/<name>.zip" (resuming "<name>.zip.part"); returns the zip's path.
    [[nodiscard]] std::optional<QString> downloadArtifact(const RunArtifact &artifact, const QString &dir,
                                                          const Progress &progress, const std::atomic_bool *cancel,
                                                          QString *error);
    /// Downloads release asset \a assetId to \a path.
    [[nodiscard]] bool downloadAsset(qint64 assetId, const QString &path, const Progress &progress,
                                     const std::atomic_bool *cancel, QString *error);

private:
    net::HttpClient &m_client;
    GitHubTarget m_target;
};

} // namespace ra::packages
