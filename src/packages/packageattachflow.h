// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"
#include "github/syncwaiter.h"
#include "packages/attachplan.h"
#include "packages/effectlog.h"
#include "packages/packageitem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace ra::packages {

/**
 * Step 5 from end to end, blocking (run it on a worker thread, or in the CLI), through the GitHub client given
 * (its endpoints, token, retry rules; it must live in the calling thread):
 *  - attach() (legacy pipeline): find the draft by listing, list the run's artifacts, download each zip
 *    (resumable), extract the .deb, read its control data, refuse a version that is not the tag's, hash it,
 *    and attach it with AssetAttacher (never twice, safe replacement, starters cleaned); optionally SHA256SUMS.
 *  - verifyDraft() (release-on-tag pipeline): the draft CI created holds exactly the expected .deb assets,
 *    each with the tag's version.
 *  - plan(): the requests attach() would send, for --dry-run; sends nothing.
 */
class PackageAttachFlow
{
public:
    using Options = AttachOptions;
    using Observer = std::function<void(int index, const PackageItem &item)>;

    PackageAttachFlow(github::GitHubClient &client, EffectLog &log, Options options);

    void setObserver(Observer observer);
    void setCancelFlag(const std::atomic_bool *cancel);

    /// Returns true when every expected package is on the draft; items() tells each one's fate.
    bool attach();
    bool verifyDraft();
    [[nodiscard]] QStringList plan() const;

    [[nodiscard]] QList<PackageItem> items() const;
    /// The failure that stopped the whole flow (no draft, no run ...), empty otherwise.
    [[nodiscard]] QString error() const;
    /// Assets on the draft that are neither expected nor SHA256SUMS.
    [[nodiscard]] QStringList unexpectedAssets() const;

private:
    void update(int index);
    bool fail(const QString &message);
    /// Row \a index ends in error \a error; returns false (for "all good" flags).
    bool markFailed(int index, const QString &error);
    bool inspect(PackageItem &item, const QString &path);
    [[nodiscard]] bool cancelled() const;
    /// The release of the tag (a draft preferred), or nullopt with \a error: none, or GitHub could not be read.
    [[nodiscard]] std::optional<github::Release> findRelease(QString *error);
    /// The artifacts of the first run that has package artifacts, and that run's id.
    [[nodiscard]] std::optional<std::pair<qint64, QList<github::Artifact>>> packageRun(QString *error);
    /// Downloads \a artifact to "<dir>/<name>.zip" through "<name>.zip.part" (resumed next time), reporting
    /// progress on row \a index (-1: none); returns the zip's path.
    [[nodiscard]] std::optional<QString> downloadArtifact(const github::Artifact &artifact, const QString &dir,
                                                          int index, QString *error);
    /// Release asset \a assetId downloaded to \a path with progress on row \a index.
    bool downloadAsset(qint64 assetId, const QString &path, int index, QString *error);
    /// \a release with its upload_url on Options::uploadsUrl's host, when one is set.
    [[nodiscard]] github::Release onUploadsHost(github::Release release) const;
    [[nodiscard]] github::WaitOptions transferOptions(int index);

    github::GitHubClient &m_client;
    EffectLog &m_log;
    Options m_options;
    Observer m_observer;
    const std::atomic_bool *m_cancel = nullptr;
    QList<PackageItem> m_items;
    QStringList m_unexpected;
    QString m_error;
};

} // namespace ra::packages
