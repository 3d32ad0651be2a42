// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"
#include "packages/effectlog.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace ra::packages {

/// A verified local file to attach under \a name.
struct LocalAsset {
    QString name;
    QString path;
    QByteArray sha256; ///< lower-case hex
    qint64 size = 0;
    QString contentType = QStringLiteral("application/vnd.debian.binary-package");
};

/// What attaching one asset ended with.
enum class AttachResult { Uploaded, SkippedIdentical, Replaced, Failed, Cancelled };

/// "uploaded", "skipped-identical", "replaced", "failed", "cancelled".
[[nodiscard]] QString attachResultKey(AttachResult result);

struct AttachOutcome {
    AttachResult result = AttachResult::Failed;
    qint64 assetId = 0;
    QString error;
};

/**
 * Puts one local file on a release under its expected name, idempotently, by reconciling with the asset
 * list before every action:
 *  - an uploaded asset of that name with the same sha256 (the service's digest, else size plus the digest
 *    recorded when we uploaded it) is kept: nothing is uploaded twice;
 *  - a different one is replaced safely: upload under a temporary name derived from the new digest, delete
 *    the old asset only once the new one is complete and verified, then rename the new one; never delete first;
 *  - unfinished uploads ("starter"/"open") of the name or its temporary names are deleted;
 *  - an upload that failed on the wire is looked for in the list before trying again (a lost 201).
 * Every side effect is recorded in the EffectLog before and after; what earlier attempts left open (Pending,
 * Uncertain) is finished from the next list (EffectReconciler). A run interrupted at any point ends, when run
 * again, with exactly one complete asset of that name holding the file, and no open effect on it.
 * Calls block (GitHubClient operations waited for in a local event loop): run it off the UI thread.
 */
class AssetAttacher
{
public:
    /// (asset name, bytes sent, total).
    using Progress = std::function<void(const QString &, qint64, qint64)>;

    /// Works on \a release (its id and upload_url) of \a repository through \a client, which lives in this thread.
    AssetAttacher(github::GitHubClient &client, github::RepositoryRef repository, github::Release release,
                  EffectLog &log);

    void setProgress(Progress progress);
    void setCancelFlag(const std::atomic_bool *cancel);
    /// Upload attempts per asset and run (failures on the wire); default 3.
    void setMaxUploadAttempts(int attempts);

    [[nodiscard]] AttachOutcome attach(const LocalAsset &asset);
    /// The release's assets as GitHub lists them now.
    [[nodiscard]] github::Result<QList<github::Asset>> listAssets() const;

    /// The temporary name a replacement of \a name with content \a sha256 is uploaded under.
    [[nodiscard]] static QString temporaryName(const QString &name, const QByteArray &sha256);
    /// True when \a candidate is a temporary name of \a name (any digest).
    [[nodiscard]] static bool isTemporaryNameOf(const QString &candidate, const QString &name);

private:
    /// Why an upload failed, and what the next pass may do about it.
    struct UploadFailure {
        QString message;
        /// Listing again may show what happened: a failure on the wire or on the server, an unreadable answer,
        /// or a name clash. Not a refusal such as 401/403, which repeating cannot change.
        bool retryable = false;
        /// GitHub's 422 already_exists: an asset holds the name.
        bool nameTaken = false;
    };

    [[nodiscard]] bool holds(const github::Asset &remote, const LocalAsset &local) const;
    [[nodiscard]] bool cancelled() const;
    bool remove(const github::Asset &remote, const QString &reason, QString *error);
    bool rename(const github::Asset &remote, const LocalAsset &local, QString *error);
    /// Uploads under \a name. Returns false on failure, described in \a failure.
    bool upload(const LocalAsset &local, const QString &name, UploadFailure *failure);

    github::GitHubClient &m_client;
    github::RepositoryRef m_repository;
    github::Release m_release;
    EffectLog &m_log;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_maxUploadAttempts = 3;
};

} // namespace ra::packages
