// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packages/effectlog.h"
#include "packages/githubtarget.h"
#include "packages/packageitem.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>

namespace ra::net {
class HttpClient;
}

namespace ra::packages {

/**
 * Step 5 from end to end, blocking (run it on a worker thread, or in the CLI):
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
    struct Options {
        GitHubTarget target;
        QUrl uploadsUrl; ///< overrides the host of the release's upload_url (tests, GitHub Enterprise)
        QString tag;
        QString tagPrefix;
        qint64 runId = 0;
        QString commit; ///< used to find the run when runId is 0
        QStringList expectedNames; ///< empty: every .deb artifact of the run
        QString workDir; ///< downloads and extracted packages
        bool sha256Sums = false;
    };
    using Observer = std::function<void(int index, const PackageItem &item)>;

    PackageAttachFlow(net::HttpClient &client, EffectLog &log, Options options);

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
    bool inspect(PackageItem &item, const QString &path);
    [[nodiscard]] bool cancelled() const;
    [[nodiscard]] QString uploadUrl(const QString &releaseUploadUrl) const;

    net::HttpClient &m_client;
    EffectLog &m_log;
    Options m_options;
    Observer m_observer;
    const std::atomic_bool *m_cancel = nullptr;
    QList<PackageItem> m_items;
    QStringList m_unexpected;
    QString m_error;
};

} // namespace ra::packages
