// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub's answers are outside input: a release, its assets, workflow runs, artifacts, issues and comments are
// read from whatever JSON comes back (an object, a list, or a list wrapped as {"workflow_runs": [...]}). The
// readers must take any JSON without crashing and keep their promises: an upload URL without its "{?name}"
// template, every asset of a release, a digest's sha256 in lower case, a workflow file name without folder
// or "@ref", a repository reference that reads back the same.
#include "fuzzsupport.h"
#include "github/actions.h"
#include "github/issue.h"
#include "github/release.h"
#include "github/repositoryref.h"
#include "net/response.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using ra::fuzz::require;

namespace {

void checkRepository(const QString &text)
{
    const auto repository = ra::github::RepositoryRef::parse(text);
    if (!repository) {
        return;
    }
    require(repository->isValid());
    // "o/r.git.git" reads as the name "r.git", which toString() cannot give back (it reads as "r"): the round
    // trip holds for every other name.
    if (!repository->name.endsWith(u".git"_s)) {
        require(ra::github::RepositoryRef::parse(repository->toString()) == repository);
    }
    require(repository->apiPath().startsWith(u"/repos/"_s) && repository->apiPath().count(u'/') == 3);
}

void checkAsset(const ra::github::Asset &asset)
{
    const QString sha = asset.sha256();
    require(sha.isEmpty() || (asset.digest.startsWith(u"sha256:"_s) && sha == sha.toLower()));
    require(asset.isUploaded() == (asset.state == u"uploaded"_s));
}

void checkObject(const QJsonObject &object)
{
    const ra::github::Release release = ra::github::Release::fromJson(object);
    require(!release.uploadUrl.toString().contains(u'{'));
    require(release.assets.size() == object.value(u"assets"_s).toArray().size());
    require(release.tagName == object.value(u"tag_name"_s).toString());
    for (const ra::github::Asset &asset : release.assets) {
        checkAsset(asset);
    }
    checkAsset(ra::github::Asset::fromJson(object));

    const ra::github::WorkflowRun run = ra::github::WorkflowRun::fromJson(object);
    const QString file = run.workflowFile();
    require(!file.contains(u'/') && !file.contains(u'@'));
    require(file.isEmpty() || run.path.contains(file));

    const ra::github::Artifact artifact = ra::github::Artifact::fromJson(object);
    require(artifact.runId == object.value(u"workflow_run"_s).toObject().value(u"id"_s).toInteger());

    const ra::github::IssueItem issue = ra::github::IssueItem::fromJson(object);
    require(issue.body == object.value(u"body"_s).toString());

    for (const QString &key : {u"full_name"_s, u"html_url"_s, u"name"_s}) {
        checkRepository(object.value(key).toString());
    }
}

void checkArray(const QJsonArray &array)
{
    for (const QJsonValue &item : array) {
        checkObject(item.toObject());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ra::net::Response response;
    response.status = 200;
    response.body = ra::fuzz::bytesOf(data, size);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const bool valid = parseError.error == QJsonParseError::NoError;
    // The strict readers accept exactly one JSON value of the expected kind.
    require(response.jsonObject().has_value() == (valid && document.isObject()));
    require(response.jsonArray().has_value() == (valid && document.isArray()));
    if (const auto object = response.jsonObject()) {
        checkObject(*object);
        // List answers of the Actions API wrap their items.
        for (const QString &key : {u"workflow_runs"_s, u"artifacts"_s, u"assets"_s}) {
            checkArray(object->value(key).toArray());
        }
    } else if (const auto array = response.jsonArray()) {
        checkArray(*array);
    }
    checkRepository(QString::fromUtf8(response.body));
    return 0;
}
