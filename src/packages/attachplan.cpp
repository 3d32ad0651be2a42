// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/attachplan.h"

#include "packages/assetattacher.h"
#include "packages/packageversion.h"

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

/// The API URL of \a path under the repository, as text (\a path may hold "{placeholders}").
QString repoUrl(const github::Endpoints &endpoints, const AttachOptions &options, const QString &path)
{
    return endpoints.apiUrl(options.repository.apiPath()).toString() + path;
}

} // namespace

QStringList AttachPlan::requests(const github::Endpoints &endpoints, const AttachOptions &options)
{
    const QString repository = options.repository.toString();
    const QString uploads = options.uploadsUrl.isValid() && !options.uploadsUrl.isEmpty()
                                ? options.uploadsUrl.toString()
                                : endpoints.uploads.toString();
    QStringList lines;
    lines << u"GET %1?per_page=100  (find the draft of %2 by listing: drafts are not found by tag)"_s.arg(
        repoUrl(endpoints, options, u"/releases"_s), options.tag);
    if (options.runId > 0) {
        lines << u"GET %1?per_page=100  (the run's artifacts)"_s.arg(
            repoUrl(endpoints, options, u"/actions/runs/%1/artifacts"_s.arg(options.runId)));
    } else {
        lines << u"GET %1?per_page=100&head_sha=%2  (the runs of the tag's commit)"_s.arg(
            repoUrl(endpoints, options, u"/actions/runs"_s), options.commit);
        lines << u"GET %1?per_page=100  (each run's artifacts until one has packages)"_s.arg(
            repoUrl(endpoints, options, u"/actions/runs/{run_id}/artifacts"_s));
    }
    const QStringList names =
        options.expectedNames.isEmpty() ? QStringList{u"{each .deb artifact}"_s} : options.expectedNames;
    for (const QString &name : names) {
        lines << u"GET %1  (artifact %2; 302 to blob storage, fetched without Authorization, resumed with Range)"_s.arg(
            repoUrl(endpoints, options, u"/actions/artifacts/{artifact_id}/zip"_s), name);
    }
    lines << u"  (no request) unzip, read each .deb's control data, require Version = %1, compute sha256"_s.arg(
        expectedPackageVersion(options.tag, options.tagPrefix));
    for (const QString &name : names) {
        lines << u"GET %1?per_page=100  (reconcile before acting)"_s.arg(
            repoUrl(endpoints, options, u"/releases/{release_id}/assets"_s));
        lines << u"DELETE %1  (only for an unfinished \"starter\" upload of %2)"_s.arg(
            repoUrl(endpoints, options, u"/releases/assets/{starter_id}"_s), name);
        lines << u"POST %1/repos/%2/releases/{release_id}/assets?name=%3  body: the .deb file (raw bytes, "
                 "application/vnd.debian.binary-package); skipped when an asset %3 with the same sha256 exists"_s.arg(
                     uploads, repository, name);
        lines << u"  if %1 exists with other content: POST ...?name=%2 (temporary), then DELETE %3, then PATCH %4 body "
                 "{\"name\":\"%1\"}"_s.arg(name, AssetAttacher::temporaryName(name, "{sha256}"),
                                           repoUrl(endpoints, options, u"/releases/assets/{old_id}"_s),
                                           repoUrl(endpoints, options, u"/releases/assets/{new_id}"_s));
    }
    if (options.sha256Sums) {
        lines
            << u"POST %1/repos/%2/releases/{release_id}/assets?name=SHA256SUMS  body: \"<sha256>  <name>\" lines (text/plain)"_s
                   .arg(uploads, repository);
    }
    return lines;
}

} // namespace ra::packages
