// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadsdriver.h"

#include "github/syncwaiter.h"
#include "githubbench.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString AssetName = u"aleph-vm.debian-12.deb"_s;
const QString UploadPattern = u"/repos/{owner}/{repo}/releases/{id}/assets"_s;

} // namespace

QString UploadsDriver::name() const
{
    return u"uploads"_s;
}

Expect UploadsDriver::expectation(Fault fault) const
{
    // An upload is a POST GitHub may have acted on: it is repeated only after a rate limit.
    return httpExpectation(fault, false, true);
}

CellOutcome UploadsDriver::run(Fault fault)
{
    CellOutcome outcome;
    GitHubBench bench;
    if (!bench.start()) {
        outcome.observed = u"the twin did not start"_s;
        return outcome;
    }
    const QString path = bench.workDir() + u"/package.deb"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(64 * 1024, 'd')) != 64 * 1024) {
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
        // The draft was deleted meanwhile: the uploads host answers 404.
        bench.twin().state().releases.clear();
    } else {
        injectHttpFault(bench.twin().uploads(), "POST", UploadPattern, fault, bench.portal().url());
    }
    const auto uploaded = github::waitFor<github::Asset>([&](auto done) {
        return bench.client().uploadAsset(draft, path, AssetName, {}, u"application/vnd.debian.binary-package"_s, done);
    });
    const auto *stored = bench.twin().state().release(bench.draftId());
    const bool held = stored && std::any_of(stored->assets.cbegin(), stored->assets.cend(), [](const auto &asset) {
                          return asset.name == AssetName && asset.size == 64 * 1024;
                      });
    outcome.succeeded = uploaded.ok() && uploaded.value.name == AssetName && held;
    outcome.attempts = bench.twin().uploads().requestCount("POST", UploadPattern);
    outcome.message = uploaded.error.message;
    outcome.hint = uploaded.error.hint;
    outcome.observed = uploaded.ok()
                           ? u"upload reported done, the draft %1 the asset"_s.arg(held ? u"holds"_s : u"lacks"_s)
                           : QString();
    bench.describe(outcome);
    outcome.serviceNames.append(bench.twin().uploads().url().host());
    return outcome;
}

} // namespace ra::test
