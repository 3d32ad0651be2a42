// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ra::github {

/// A file attached to a release (api-contracts.md §1.2).
struct Asset {
    qint64 id = 0;
    QString name;
    QString label;
    QString state; ///< "uploaded", or "open"/"starter" for a half-finished upload
    QString contentType;
    qint64 size = 0;
    QString digest; ///< "sha256:<hex>", empty when GitHub has none
    QUrl url; ///< API URL (download with Accept: application/octet-stream)
    QUrl browserDownloadUrl;
    int downloadCount = 0;

    [[nodiscard]] static Asset fromJson(const QJsonObject &object);
    /// The lower-case hex sha256 of the digest, empty when GitHub has none.
    [[nodiscard]] QString sha256() const;
    /// True once the upload finished (state "uploaded"); false for a "starter"/"open" leftover.
    [[nodiscard]] bool isUploaded() const;
};

struct Release {
    qint64 id = 0;
    QString tagName;
    QString targetCommitish;
    QString name;
    QString body;
    bool draft = false;
    bool prerelease = false;
    bool immutable = false;
    QUrl htmlUrl;
    QUrl uploadUrl; ///< the upload_url with its "{?name,label}" template removed
    QDateTime createdAt;
    QDateTime publishedAt;
    QList<Asset> assets;

    [[nodiscard]] static Release fromJson(const QJsonObject &object);
};

/// The fields of a create or update; unset fields are not sent.
struct ReleaseFields {
    std::optional<QString> tagName;
    std::optional<QString> targetCommitish;
    std::optional<QString> name;
    std::optional<QString> body;
    std::optional<bool> draft;
    std::optional<bool> prerelease;
    std::optional<QString> makeLatest; ///< "true", "false" or "legacy" — a string, never a JSON boolean
    bool generateReleaseNotes = false;

    [[nodiscard]] QJsonObject toJson() const;
};

/// The result of POST /releases/generate-notes.
struct GeneratedNotes {
    QString name;
    QString body;
};

} // namespace ra::github
