// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"
#include "packages/attachplan.h"
#include "packages/effectlog.h"
#include "packages/packagefetcher.h"
#include "packages/packageitem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace ra::packages {

class AssetAttacher;

/**
 * Step 5 from end to end, blocking (run it on a worker thread, or in the CLI), through the GitHub client given
 * (its endpoints, token, retry rules; it must live in the calling thread):
 *  - attach() (legacy pipeline): prepare() — find the draft, the run's artifacts, download each zip (resumable),
 *    extract the .deb, read its control data, refuse a version that is not the tag's, hash it (PackageFetcher),
 *    changing nothing on GitHub — then upload(): attach each with AssetAttacher (never twice, safe replacement,
 *    starters cleaned); optionally SHA256SUMS.
 *  - verifyDraft() (release-on-tag pipeline): the draft CI created holds exactly the expected .deb assets,
 *    each with the tag's version.
 *  - plan(): the requests attach() would send, for --dry-run; sends nothing.
 */
class PackageAttachFlow
{
public:
    using Options = AttachOptions;
    using Observer = PackageFetcher::Observer;

    PackageAttachFlow(github::GitHubClient &client, EffectLog &log, Options options);

    void setObserver(Observer observer);
    void setCancelFlag(const std::atomic_bool *cancel);

    /// Returns true when every expected package is on the draft; items() tells each one's fate.
    bool attach();
    /// The first half of attach(): the draft found and every package downloaded and checked. Changes nothing on
    /// GitHub; true when every package is ready to upload.
    bool prepare();
    /// The second half: the packages prepare() checked attached to its draft. True when all are there.
    bool upload();
    bool verifyDraft();
    [[nodiscard]] QStringList plan() const;

    [[nodiscard]] QList<PackageItem> items() const;
    /// The draft prepare() found.
    [[nodiscard]] std::optional<github::Release> draft() const;
    /// The failure that stopped the whole flow (no draft, no run ...), empty otherwise.
    [[nodiscard]] QString error() const;
    /// Assets on the draft that are neither expected nor SHA256SUMS.
    [[nodiscard]] QStringList unexpectedAssets() const;

private:
    bool fail(const QString &message);
    bool attachSums(AssetAttacher &attacher, QStringList sums);
    /// \a release with its upload_url on Options::uploadsUrl's host, when one is set.
    [[nodiscard]] github::Release onUploadsHost(github::Release release) const;

    github::GitHubClient &m_client;
    EffectLog &m_log;
    Options m_options;
    PackageFetcher m_fetcher;
    const std::atomic_bool *m_cancel = nullptr;
    std::optional<github::Release> m_draft;
    QStringList m_unexpected;
    QString m_error;
};

} // namespace ra::packages
