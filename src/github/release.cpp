// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/release.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::github {

namespace {

QDateTime date(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Asset Asset::fromJson(const QJsonObject &o)
{
    Asset asset;
    asset.id = o.value(u"id"_s).toInteger();
    asset.name = o.value(u"name"_s).toString();
    asset.label = o.value(u"label"_s).toString();
    asset.state = o.value(u"state"_s).toString();
    asset.contentType = o.value(u"content_type"_s).toString();
    asset.size = o.value(u"size"_s).toInteger();
    asset.digest = o.value(u"digest"_s).toString();
    asset.url = QUrl(o.value(u"url"_s).toString());
    asset.browserDownloadUrl = QUrl(o.value(u"browser_download_url"_s).toString());
    asset.downloadCount = o.value(u"download_count"_s).toInt();
    return asset;
}

QString Asset::sha256() const
{
    return digest.startsWith(u"sha256:"_s) ? digest.mid(7).toLower() : QString();
}

bool Asset::isUploaded() const
{
    return state == u"uploaded"_s;
}

Release Release::fromJson(const QJsonObject &o)
{
    Release release;
    release.id = o.value(u"id"_s).toInteger();
    release.tagName = o.value(u"tag_name"_s).toString();
    release.targetCommitish = o.value(u"target_commitish"_s).toString();
    release.name = o.value(u"name"_s).toString();
    release.body = o.value(u"body"_s).toString();
    release.draft = o.value(u"draft"_s).toBool();
    release.prerelease = o.value(u"prerelease"_s).toBool();
    release.immutable = o.value(u"immutable"_s).toBool();
    release.htmlUrl = QUrl(o.value(u"html_url"_s).toString());
    QString upload = o.value(u"upload_url"_s).toString();
    const qsizetype brace = upload.indexOf(u'{');
    if (brace >= 0) {
        upload.truncate(brace); // "…/assets{?name,label}" is a URI template
    }
    release.uploadUrl = QUrl(upload);
    release.createdAt = date(o.value(u"created_at"_s));
    release.publishedAt = date(o.value(u"published_at"_s));
    const QJsonArray assets = o.value(u"assets"_s).toArray();
    for (const QJsonValue &asset : assets) {
        release.assets.append(Asset::fromJson(asset.toObject()));
    }
    return release;
}

QJsonObject ReleaseFields::toJson() const
{
    QJsonObject o;
    if (tagName) {
        o.insert(u"tag_name"_s, *tagName);
    }
    if (targetCommitish) {
        o.insert(u"target_commitish"_s, *targetCommitish);
    }
    if (name) {
        o.insert(u"name"_s, *name);
    }
    if (body) {
        o.insert(u"body"_s, *body);
    }
    if (draft) {
        o.insert(u"draft"_s, *draft);
    }
    if (prerelease) {
        o.insert(u"prerelease"_s, *prerelease);
    }
    if (makeLatest) {
        o.insert(u"make_latest"_s, *makeLatest);
    }
    if (generateReleaseNotes) {
        o.insert(u"generate_release_notes"_s, true);
    }
    return o;
}

} // namespace ra::github
