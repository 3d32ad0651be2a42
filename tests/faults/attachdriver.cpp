// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachdriver.h"

#include "githubbench.h"
#include "packages/assetattacher.h"
#include "packages/journaleffectlog.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString AssetName = u"aleph-vm.debian-12.deb"_s;
const QString UploadPattern = u"/repos/{owner}/{repo}/releases/{id}/assets"_s;

/// What the draft holds that should not be there after one attach: a failed upload's leftover, or a copy.
QString leftovers(const GitHubTwinState::Release *draft)
{
    if (!draft) {
        return {};
    }
    int named = 0;
    for (const auto &asset : draft->assets) {
        const bool ours = asset.name == AssetName || packages::AssetAttacher::isTemporaryNameOf(asset.name, AssetName);
        if (ours && asset.state != u"uploaded"_s) {
            return u"the draft holds an unfinished asset %1 (state %2)"_s.arg(asset.name, asset.state);
        }
        named += asset.name == AssetName ? 1 : 0;
    }
    return named > 1 ? u"the draft holds %1 assets named %2"_s.arg(named).arg(AssetName) : QString();
}

} // namespace

QString AttachDriver::name() const
{
    return u"packages attach"_s;
}

Expect AttachDriver::expectation(Fault fault) const
{
    // The attacher lists the assets again after a failed upload and tries once more: a transient fault of
    // the uploads host ends in one complete asset.
    return httpExpectation(fault, true, true);
}

CellOutcome AttachDriver::run(Fault fault)
{
    CellOutcome outcome;
    GitHubBench bench;
    if (!bench.start()) {
        outcome.observed = u"the twin did not start"_s;
        return outcome;
    }
    QString error;
    auto journal = Journal::open(bench.workDir() + u"/journal.sqlite"_s, &error);
    if (!journal || !journal->createRelease(GitHubBench::Tag, {}, &error)) {
        outcome.observed = u"no journal: "_s + error;
        return outcome;
    }
    const QByteArray content(80 * 1024, 'p');
    packages::LocalAsset local;
    local.name = AssetName;
    local.path = bench.workDir() + u"/"_s + AssetName;
    local.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    local.size = content.size();
    QFile file(local.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        outcome.observed = u"the package file could not be written"_s;
        return outcome;
    }
    file.close();

    github::Release draft = bench.draft();
    if (fault == Fault::Down) {
        draft.uploadUrl = closedUrl(draft.uploadUrl.path());
    } else if (fault == Fault::Unauthorized) {
        bench.expireToken();
    } else if (fault == Fault::Gone) {
        bench.twin().state().releases.clear();
    } else {
        injectHttpFault(bench.twin().uploads(), "POST", UploadPattern, fault, bench.portal().url());
    }
    packages::JournalEffectLog log(*journal, GitHubBench::Tag);
    packages::AssetAttacher attacher(bench.client(), bench.repo(), draft, log);
    const packages::AttachOutcome attached = attacher.attach(local);

    const auto *stored = bench.twin().state().release(bench.draftId());
    const bool held = stored && std::any_of(stored->assets.cbegin(), stored->assets.cend(), [&](const auto &asset) {
                          return asset.name == AssetName && asset.content == content;
                      });
    outcome.succeeded =
        (attached.result == packages::AttachResult::Uploaded || attached.result == packages::AttachResult::Replaced) &&
        held;
    outcome.attempts = bench.twin().uploads().requestCount("POST", UploadPattern);
    outcome.message = attached.error;
    outcome.observed = u"%1; the draft %2 the package"_s.arg(packages::attachResultKey(attached.result),
                                                             held ? u"holds"_s : u"lacks"_s);
    outcome.effects = journal->effects(GitHubBench::Tag);
    outcome.halfDone = leftovers(stored);
    bench.describe(outcome);
    outcome.serviceNames.append(bench.twin().uploads().url().host());
    return outcome;
}

} // namespace ra::test
