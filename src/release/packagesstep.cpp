// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/packagesstep.h"

#include "github/syncwaiter.h"
#include "packages/assetattacher.h"
#include "packages/journaleffectlog.h"
#include "packages/packageattachflow.h"
#include "packages/packageversion.h"
#include "release/steppolicy.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

using packages::PackageItem;

const QString CommitValue = u"packages.commit"_s;
const QString RunIdValue = u"packages.runId"_s;

double packageProgress(const PackageItem &item, PackagesStep::Mode mode)
{
    const double transfer = item.total > 0 ? double(item.done) / double(item.total) : 0.0;
    const double checked = mode == PackagesStep::Mode::Verify ? 1.0 : 0.5;
    switch (item.state) {
    case PackageItem::State::Pending:
        return 0.0;
    case PackageItem::State::Downloading:
        return checked * 0.9 * transfer;
    case PackageItem::State::Downloaded:
        return checked * (0.9 + 0.1 * transfer); // hashing
    case PackageItem::State::Inspected:
        return checked;
    case PackageItem::State::Uploading:
        return 0.5 + 0.5 * transfer;
    case PackageItem::State::Uploaded:
    case PackageItem::State::SkippedIdentical:
    case PackageItem::State::Replaced:
    case PackageItem::State::Verified:
    case PackageItem::State::Error:
        break;
    }
    return 1.0;
}

QString modeKey(PackagesStep::Mode mode)
{
    return mode == PackagesStep::Mode::Verify ? u"verify"_s : u"attach"_s;
}

/// The outcome as the journal has always kept it (the app's names): "Succeeded", "Failed", "Cancelled".
QString storedResult(PackagesStep::Outcome::Result result)
{
    switch (result) {
    case PackagesStep::Outcome::Result::Succeeded:
        return u"Succeeded"_s;
    case PackagesStep::Outcome::Result::Cancelled:
        return u"Cancelled"_s;
    case PackagesStep::Outcome::Result::Failed:
        break;
    }
    return u"Failed"_s;
}

QString uploadsBase(const packages::AttachOptions &options, const github::Endpoints &endpoints)
{
    return options.uploadsUrl.isValid() && !options.uploadsUrl.isEmpty() ? options.uploadsUrl.toString()
                                                                         : endpoints.uploads.toString();
}

PlannedOperation api(const QString &method, const QString &url, const QString &summary, QJsonObject payload = {},
                     const QString &action = {}, const QString &key = {})
{
    payload.insert(u"method"_s, method);
    return {PlannedOperation::Kind::Api, summary, url, payload, action, key};
}

} // namespace

bool PackagesStep::Outcome::ok() const
{
    return result == Result::Succeeded;
}

QJsonObject PackagesStep::Outcome::toJson() const
{
    QJsonArray packages;
    for (const PackageItem &item : items) {
        packages.append(item.toJson());
    }
    return {{u"at"_s, finishedAt.toUTC().toString(Qt::ISODate)},
            {u"mode"_s, modeKey(mode)},
            {u"outcome"_s, storedResult(result)},
            {u"message"_s, message},
            {u"unexpected"_s, QJsonArray::fromStringList(unexpected)},
            {u"packages"_s, packages}};
}

PackagesStep::Outcome PackagesStep::Outcome::fromJson(const QJsonObject &json)
{
    Outcome outcome;
    const QString result = json.value(u"outcome"_s).toString();
    outcome.result = result == u"Succeeded"_s   ? Result::Succeeded
                     : result == u"Cancelled"_s ? Result::Cancelled
                                                : Result::Failed;
    outcome.mode = json.value(u"mode"_s).toString() == u"verify"_s ? Mode::Verify : Mode::Attach;
    outcome.message = json.value(u"message"_s).toString();
    outcome.finishedAt = QDateTime::fromString(json.value(u"at"_s).toString(), Qt::ISODate);
    const QJsonArray unexpected = json.value(u"unexpected"_s).toArray();
    for (const QJsonValue &asset : unexpected) {
        outcome.unexpected.append(asset.toString());
    }
    const QJsonArray packages = json.value(u"packages"_s).toArray();
    for (const QJsonValue &item : packages) {
        outcome.items.append(PackageItem::fromJson(item.toObject()));
    }
    return outcome;
}

QString PackagesStep::resultKey(Outcome::Result result)
{
    return storedResult(result).toLower();
}

double PackagesStep::progressOf(const QList<PackageItem> &items, Mode mode)
{
    if (items.isEmpty()) {
        return 0.0;
    }
    double sum = 0.0;
    for (const PackageItem &item : items) {
        sum += packageProgress(item, mode);
    }
    return sum / double(items.size());
}

PackagesStep::PackagesStep(Journal *journal, QString release)
    : m_journal(journal)
    , m_release(std::move(release))
{
}

StepPlan PackagesStep::plan(const Request &request, const github::Endpoints &endpoints)
{
    const packages::AttachOptions &options = request.options;
    const QString repo = endpoints.apiUrl(options.repository.apiPath()).toString();
    StepPlan plan;
    plan.step = ReleaseStep::Packages;
    plan.operations.append(api(u"GET"_s, repo + u"/releases?per_page=100"_s,
                               tr("find the draft of %1 by listing (drafts are not found by tag)").arg(options.tag)));
    const QStringList names = options.expectedNames;
    if (request.mode == Mode::Verify) {
        for (const QString &name : names) {
            plan.operations.append(api(u"GET"_s, repo + u"/releases/assets/{asset_id}"_s,
                                       tr("download the draft's %1 and check it carries %2")
                                           .arg(name, packages::expectedPackageVersion(options.tag, options.tagPrefix)),
                                       {{u"name"_s, name}}));
        }
        return plan;
    }
    plan.operations.append(
        options.runId > 0
            ? api(u"GET"_s, repo + u"/actions/runs/%1/artifacts"_s.arg(options.runId), tr("list the run's artifacts"))
            : api(u"GET"_s, repo + u"/actions/runs?head_sha=%1"_s.arg(options.commit),
                  tr("find the runs of %1, then the first with package artifacts").arg(options.commit.left(10))));
    for (const QString &name : names) {
        plan.operations.append(api(u"GET"_s, repo + u"/actions/artifacts/{artifact_id}/zip"_s,
                                   tr("download the artifact %1 (resumed with Range)").arg(name), {{u"name"_s, name}}));
    }
    plan.operations.append({PlannedOperation::Kind::File,
                            tr("read each .deb's control data, require Version = %1, compute its sha256")
                                .arg(packages::expectedPackageVersion(options.tag, options.tagPrefix)),
                            options.workDir,
                            {},
                            {},
                            {}});
    const QString uploads = uploadsBase(options, endpoints);
    for (const QString &name : names) {
        plan.operations.append(
            api(u"POST"_s,
                u"%1/repos/%2/releases/{release_id}/assets?name=%3"_s.arg(uploads, options.repository.toString(), name),
                tr("upload %1 to the draft, unless the same file is there").arg(name), {{u"name"_s, name}},
                u"upload-asset"_s, name));
    }
    if (options.sha256Sums) {
        plan.operations.append(api(
            u"POST"_s,
            u"%1/repos/%2/releases/{release_id}/assets?name=SHA256SUMS"_s.arg(uploads, options.repository.toString()),
            tr("upload SHA256SUMS"), {{u"name"_s, u"SHA256SUMS"_s}}, u"upload-asset"_s, u"SHA256SUMS"_s));
    }
    return plan;
}

bool PackagesStep::holdsRecorded(const github::Asset &asset, const QString &sha256) const
{
    if (!m_journal) {
        return false;
    }
    const QList<JournalEffect> effects = m_journal->effects(m_release, stepKey(ReleaseStep::Packages));
    return std::any_of(effects.cbegin(), effects.cend(), [&](const JournalEffect &effect) {
        return effect.outcome == EffectOutcome::Succeeded &&
               effect.result.value(u"assetId"_s).toInteger() == asset.id &&
               effect.result.value(u"sha256"_s).toString() == sha256;
    });
}

StepPlan PackagesStep::planChecked(const Request &request, github::GitHubClient &client, const Progress &progress,
                                   const std::atomic_bool *cancel, QList<PackageItem> *items) const
{
    if (request.mode == Mode::Verify) {
        return plan(request, client.endpoints());
    }
    StepPlan result;
    result.step = ReleaseStep::Packages;
    // prepare() changes nothing on GitHub: nothing is recorded.
    packages::MemoryEffectLog scratch;
    packages::PackageAttachFlow flow(client, scratch, request.options);
    flow.setObserver(progress);
    flow.setCancelFlag(cancel);
    const bool prepared = flow.prepare();
    if (items) {
        *items = flow.items();
    }
    if (!prepared) {
        result.blockers.append(flow.error());
        for (const PackageItem &item : flow.items()) {
            if (!item.error.isEmpty()) {
                result.blockers.append(u"%1: %2"_s.arg(item.name, item.error));
            }
        }
        return result;
    }
    const github::Release draft = *flow.draft();
    const auto listed = github::waitFor<QList<github::Asset>>(
        [&](auto done) { return client.listAssets(request.options.repository, draft.id, std::move(done)); });
    if (!listed.ok()) {
        result.blockers.append(tr("The draft's assets cannot be listed: %1").arg(listed.error.toString()));
        return result;
    }
    const QString target =
        u"%1/repos/%2/releases/%3/assets"_s
            .arg(uploadsBase(request.options, client.endpoints()), request.options.repository.toString())
            .arg(draft.id);
    for (const PackageItem &item : flow.items()) {
        const QJsonObject payload{{u"name"_s, item.name},
                                  {u"size"_s, item.size},
                                  {u"sha256"_s, item.sha256},
                                  {u"contentType"_s, u"application/vnd.debian.binary-package"_s}};
        const auto same = std::find_if(listed.value.cbegin(), listed.value.cend(),
                                       [&item](const github::Asset &asset) { return asset.name == item.name; });
        if (same == listed.value.cend() || !same->isUploaded()) {
            result.operations.append(
                api(u"POST"_s, target + u"?name="_s + item.name,
                    tr("upload %1 (%2 bytes, sha256 %3)").arg(item.name).arg(item.size).arg(item.sha256.left(16)),
                    payload, u"upload-asset"_s, item.name));
            continue;
        }
        const bool identical =
            same->size == item.size &&
            (same->digest.isEmpty() ? holdsRecorded(*same, item.sha256)
                                    : same->digest.compare(u"sha256:"_s + item.sha256, Qt::CaseInsensitive) == 0);
        if (identical) {
            continue; // the same file is there: a run keeps it
        }
        const QString temporary = packages::AssetAttacher::temporaryName(item.name, item.sha256.toLatin1());
        result.operations.append(api(u"POST"_s, target + u"?name="_s + temporary,
                                     tr("replace %1 (asset %2 holds other content): upload %3 (%4 bytes, sha256 %5), "
                                        "then delete the old asset and rename the new one")
                                         .arg(item.name)
                                         .arg(same->id)
                                         .arg(temporary)
                                         .arg(item.size)
                                         .arg(item.sha256.left(16)),
                                     payload, u"upload-asset"_s, temporary));
    }
    if (request.options.sha256Sums) {
        result.operations.append(api(u"POST"_s, target + u"?name=SHA256SUMS"_s,
                                     tr("upload SHA256SUMS unless the same list is there"),
                                     {{u"name"_s, u"SHA256SUMS"_s}}, u"upload-asset"_s, u"SHA256SUMS"_s));
    }
    if (result.operations.isEmpty()) {
        result.doneNote = tr("Every package is on the draft of %1 already.").arg(m_release);
    }
    return result;
}

PackagesStep::Status PackagesStep::status() const
{
    Status status;
    if (!m_journal || m_release.isEmpty()) {
        return status;
    }
    const StepVerdict verdict = StepPolicy::verdict(*m_journal, m_release, ReleaseStep::Packages);
    status.state = verdict.state;
    status.reason = verdict.reason;
    status.unresolved = verdict.unresolved;
    const QJsonValue lastRun = m_journal->value(m_release, QString::fromLatin1(LastRunValue));
    if (lastRun.isObject()) {
        status.lastRun = Outcome::fromJson(lastRun.toObject());
    }
    return status;
}

PackagesStep::Choices PackagesStep::choices() const
{
    Choices choices;
    if (!m_journal || m_release.isEmpty()) {
        return choices;
    }
    choices.runId = m_journal->value(m_release, RunIdValue).toString();
    choices.commit = m_journal->value(m_release, CommitValue).toString();
    choices.commitOrigin = tr("chosen by hand");
    if (choices.commit.isEmpty()) {
        // The build run of the legacy pipeline is the one of the tag push: the tagged commit finds it.
        if (const auto pushed = m_journal->lastEffect(m_release, u"push-tag"_s, m_release)) {
            choices.commit = pushed->intent.value(u"commit"_s).toString();
            choices.commitOrigin = tr("the commit tagged in step 2");
        }
    }
    if (choices.commit.isEmpty()) {
        choices.commit = m_journal->value(m_release, u"staging.signoff"_s)
                             .toObject()
                             .value(u"report"_s)
                             .toObject()
                             .value(u"commit"_s)
                             .toString();
        choices.commitOrigin = tr("the commit verified in step 1");
    }
    if (choices.commit.isEmpty()) {
        choices.commitOrigin.clear();
    }
    return choices;
}

void PackagesStep::rememberCommit(const QString &commit) const
{
    if (m_journal && !m_release.isEmpty()) {
        m_journal->setValue(m_release, CommitValue, commit);
    }
}

void PackagesStep::rememberRunId(const QString &runId) const
{
    if (m_journal && !m_release.isEmpty()) {
        m_journal->setValue(m_release, RunIdValue, runId);
    }
}

PackagesStep::Outcome PackagesStep::execute(const Request &request, github::GitHubClient &client,
                                            const Progress &progress, const std::atomic_bool *cancel) const
{
    Outcome outcome;
    outcome.mode = request.mode;
    if (!m_journal || m_release.isEmpty()) {
        outcome.message = tr("The release journal is not open, so nothing was sent: every upload is recorded first.");
        outcome.finishedAt = QDateTime::currentDateTimeUtc();
        return outcome;
    }
    const bool verify = request.mode == Mode::Verify;
    recordStep(StepState::InProgress,
               verify ? tr("Verifying the packages on the draft") : tr("Attaching the packages to the draft"));
    packages::JournalEffectLog log(*m_journal, m_release);
    packages::PackageAttachFlow flow(client, log, request.options);
    flow.setObserver(progress);
    flow.setCancelFlag(cancel);
    const bool ok = verify ? flow.verifyDraft() : flow.attach();
    outcome.items = flow.items();
    outcome.unexpected = flow.unexpectedAssets();
    outcome.finishedAt = QDateTime::currentDateTimeUtc();
    if (ok) {
        outcome.result = Outcome::Result::Succeeded;
        outcome.message = verify ? tr("Every package on the draft is there and carries version %1.").arg(m_release)
                                 : tr("Every package is on the draft of %1.").arg(m_release);
        if (!outcome.unexpected.isEmpty()) {
            outcome.message +=
                u' ' +
                tr("The draft also holds assets that are not expected: %1.").arg(outcome.unexpected.join(u", "_s));
        }
    } else {
        outcome.result = cancel && cancel->load() ? Outcome::Result::Cancelled : Outcome::Result::Failed;
        outcome.message = flow.error();
        if (outcome.message.isEmpty()) {
            QStringList problems;
            for (const PackageItem &item : std::as_const(outcome.items)) {
                if (!item.error.isEmpty()) {
                    problems.append(u"%1: %2"_s.arg(item.name, item.error));
                }
            }
            outcome.message = problems.join(u"; "_s);
        }
    }
    record(outcome);
    if (ok) {
        followOnTrackingIssue(request, client, outcome);
    }
    return outcome;
}

void PackagesStep::followOnTrackingIssue(const Request &request, github::GitHubClient &client, Outcome &outcome) const
{
    if (!request.review) {
        return;
    }
    // After the step's state is recorded, so that the issue's checklist shows step 5 done.
    PublishStep review(client, m_journal, *request.review);
    const PublishOutcome followed = review.followDraftBlocking();
    if (!followed.ok) {
        // The packages are on the draft: only the reviewers' view lags, and the next status read retries it.
        outcome.warning = tr("The tracking issue does not show the new packages yet: %1").arg(followed.message);
    }
}

void PackagesStep::record(const Outcome &outcome) const
{
    m_journal->setValue(m_release, QString::fromLatin1(LastRunValue), outcome.toJson());
    recordStep(outcome.ok()                                   ? StepState::Done
               : outcome.result == Outcome::Result::Cancelled ? StepState::InProgress
                                                              : StepState::NeedsAttention,
               outcome.message);
}

void PackagesStep::recordStep(StepState state, const QString &note) const
{
    if (m_journal && !m_release.isEmpty()) {
        m_journal->setStepState(m_release, ReleaseStep::Packages, state, note);
    }
}

} // namespace ra::release
