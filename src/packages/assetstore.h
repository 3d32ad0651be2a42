// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace ra::packages {

/// A release asset as the service lists it.
struct RemoteAsset {
    qint64 id = 0;
    QString name;
    /// "uploaded" when complete; "starter" / "open" for an upload that never finished.
    QString state;
    qint64 size = 0;
    /// "sha256:<hex>" when the service computed it, else empty.
    QString digest;

    [[nodiscard]] bool isComplete() const
    {
        return state == QLatin1String("uploaded");
    }
};

/// Why a store operation failed: a message for the user and what the attach logic branches on.
struct StoreError {
    QString message;
    int httpStatus = 0;
    /// The upload was refused because an asset of that name exists (422 already_exists).
    bool alreadyExists = false;
    bool cancelled = false;
};

/// The release assets of one draft, as the attach logic needs them. Calls block until done (run them off the
/// UI thread); an implementation talks to GitHub, a test may use anything.
class AssetStore
{
public:
    using Progress = std::function<void(qint64 sent, qint64 total)>;

    virtual ~AssetStore();

    [[nodiscard]] virtual std::optional<QList<RemoteAsset>> listAssets(StoreError *error) = 0;
    /// Streams \a path as asset \a name. \a cancel, when set, aborts the transfer.
    [[nodiscard]] virtual std::optional<RemoteAsset> upload(const QString &name, const QString &path,
                                                            const QString &contentType, const Progress &progress,
                                                            const std::atomic_bool *cancel, StoreError *error) = 0;
    [[nodiscard]] virtual bool deleteAsset(qint64 id, StoreError *error) = 0;
    [[nodiscard]] virtual std::optional<RemoteAsset> renameAsset(qint64 id, const QString &name, StoreError *error) = 0;
};

} // namespace ra::packages
