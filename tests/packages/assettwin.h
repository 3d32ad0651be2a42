// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testhttpserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace ra::test {

/**
 * The parts of GitHub that step 5 talks to, as three local hosts (api-contracts.md §1.3, §1.4):
 * the API (a draft release, its assets, a run's artifacts), the uploads host, and a blob host that serves
 * artifact zips and asset downloads after a 302 and rejects any Authorization header.
 *
 * Upload faults are scripted per attempt (UploadFault), including the ones the harness cannot express alone:
 * a "starter" stub left behind a 502, and an asset stored whose 201 is lost to a reset. Every DELETE records
 * the assets present at that moment so a test can prove nothing was deleted before its replacement existed.
 */
class AssetTwin
{
public:
    enum class UploadFault {
        None,
        ServerError, ///< 500, nothing stored
        StarterThen502, ///< an empty "starter" asset of that name is left, then 502
        StoreThenReset, ///< the asset is stored, then the connection is reset (the 201 never arrives)
        ResetBeforeStore, ///< the connection is reset, nothing stored
    };

    struct Asset {
        qint64 id = 0;
        QString name;
        QString state = QStringLiteral("uploaded");
        QByteArray content;
        qint64 size = 0;
        QByteArray sha256; ///< hex
    };

    struct Artifact {
        qint64 id = 0;
        QString name;
        QByteArray zip;
        bool expired = false;
        QDateTime expiresAt;
    };

    struct DeleteRecord {
        Asset deleted;
        QList<Asset> present; ///< every asset at the moment of the delete
    };

    static constexpr qint64 ReleaseId = 4242;
    static constexpr qint64 RunId = 777;

    AssetTwin();

    [[nodiscard]] bool listen();
    [[nodiscard]] QUrl apiUrl() const;
    [[nodiscard]] QUrl uploadsUrl() const;
    [[nodiscard]] QString repository() const
    {
        return QStringLiteral("aleph-im/aleph-vm");
    }
    [[nodiscard]] QString tag() const
    {
        return m_tag;
    }
    void setTag(const QString &tag)
    {
        m_tag = tag;
    }

    /// Whether the API reports "digest" on assets (older API versions do not).
    void setReportDigest(bool report)
    {
        m_reportDigest = report;
    }
    void queueUploadFaults(const QList<UploadFault> &faults)
    {
        m_uploadFaults.append(faults);
    }

    qint64 addAsset(const QString &name, const QByteArray &content, const QString &state = QStringLiteral("uploaded"));
    qint64 addArtifact(const QString &name, const QByteArray &zip, bool expired = false);
    [[nodiscard]] QList<Asset> assets() const
    {
        return m_assets;
    }
    [[nodiscard]] QList<DeleteRecord> deletes() const
    {
        return m_deletes;
    }
    [[nodiscard]] int uploadCount() const
    {
        return m_uploads;
    }

    TestHttpServer &api()
    {
        return m_api;
    }
    TestHttpServer &uploads()
    {
        return m_uploadsHost;
    }
    TestHttpServer &blob()
    {
        return m_blob;
    }

private:
    [[nodiscard]] QJsonObject assetJson(const Asset &asset) const;
    [[nodiscard]] QJsonObject releaseJson() const;
    HttpResponse upload(const HttpRequest &request);
    HttpResponse blobDownload(const HttpRequest &request, const QByteArray &content);

    TestHttpServer m_api;
    TestHttpServer m_uploadsHost;
    TestHttpServer m_blob;
    QString m_tag = QStringLiteral("1.15.0");
    QList<Asset> m_assets;
    QList<Artifact> m_artifacts;
    QList<UploadFault> m_uploadFaults;
    QList<DeleteRecord> m_deletes;
    qint64 m_nextId = 1000;
    int m_uploads = 0;
    bool m_reportDigest = true;
};

} // namespace ra::test
