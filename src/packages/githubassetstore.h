// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packages/assetstore.h"
#include "packages/githubtarget.h"

namespace ra::net {
class HttpClient;
}

namespace ra::packages {

/// The assets of one GitHub release (api-contracts.md §1.3): list, streaming upload to the uploads host
/// taken from the release's upload_url, delete, rename.
class GitHubAssetStore : public AssetStore
{
public:
    /// \a uploadUrl: the release's upload_url, with or without its "{?name,label}" template.
    GitHubAssetStore(net::HttpClient &client, GitHubTarget target, qint64 releaseId, const QString &uploadUrl);

    [[nodiscard]] std::optional<QList<RemoteAsset>> listAssets(StoreError *error) override;
    [[nodiscard]] std::optional<RemoteAsset> upload(const QString &name, const QString &path,
                                                    const QString &contentType, const Progress &progress,
                                                    const std::atomic_bool *cancel, StoreError *error) override;
    [[nodiscard]] bool deleteAsset(qint64 id, StoreError *error) override;
    [[nodiscard]] std::optional<RemoteAsset> renameAsset(qint64 id, const QString &name, StoreError *error) override;

    [[nodiscard]] static RemoteAsset assetFromJson(const QJsonObject &object);

private:
    net::HttpClient &m_client;
    GitHubTarget m_target;
    qint64 m_releaseId;
    QUrl m_uploadUrl;
};

} // namespace ra::packages
