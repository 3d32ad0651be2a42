// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobdriver.h"

#include "github/syncwaiter.h"
#include "githubbench.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString BlobPattern = u"/blob/{key}"_s;
const QString ZipPattern = u"/repos/{owner}/{repo}/actions/artifacts/{id}/zip"_s;

QByteArray artifactContent()
{
    QByteArray content = "PK\x03\x04";
    for (int i = 0; content.size() < 96 * 1024; ++i) {
        content += QByteArray::number(i * 7919) + ',';
    }
    return content;
}

} // namespace

QString BlobDriver::name() const
{
    return u"blob download"_s;
}

Expect BlobDriver::expectation(Fault fault) const
{
    if (fault == Fault::InvalidJson) {
        return Expect::NotApplicable; // the body is a zip, never JSON
    }
    return httpExpectation(fault, true, true);
}

CellOutcome BlobDriver::run(Fault fault)
{
    CellOutcome outcome;
    GitHubBench bench;
    if (!bench.start()) {
        outcome.observed = u"the twin did not start"_s;
        return outcome;
    }
    const QByteArray content = artifactContent();
    const qint64 runId = bench.twin().addRun(u".github/workflows/build-deb-package-and-integration-tests.yml"_s,
                                             u"Build Packages"_s, u"6da21a3a"_s, u"success"_s);
    const qint64 artifactId =
        bench.twin().addArtifact(runId, u"aleph-vm.debian-12.deb"_s, content, fault == Fault::Gone);
    TestHttpServer &blob = bench.twin().blob();
    TestHttpServer &api = bench.twin().api();
    switch (fault) {
    case Fault::Down:
        api.injectFault("GET", ZipPattern, HttpResponse::redirect(302, closedUrl(u"/blob/b1"_s)), faultTimes(fault));
        break;
    case Fault::Unauthorized:
        bench.expireToken();
        break;
    case Fault::SecondaryLimit:
        injectHttpFault(api, "GET", ZipPattern, fault, bench.portal().url());
        break;
    case Fault::TruncatedBody: {
        HttpResponse cut = HttpResponse::text(200, content, "application/zip");
        cut.fault = HttpFault::TruncateBody;
        cut.truncateAt = content.size() / 2;
        blob.injectFault("GET", BlobPattern, cut, 1);
        break;
    }
    case Fault::Gone:
        break; // the artifact expired: the API answers 410
    default:
        injectHttpFault(blob, "GET", BlobPattern, fault, bench.portal().url());
        break;
    }
    const QString path = bench.workDir() + u"/artifact.zip"_s;
    const auto downloaded = github::waitFor<qint64>(
        [&](auto done) { return bench.client().downloadArtifact(bench.repo(), artifactId, path, done); });
    QFile file(path);
    const QByteArray written = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    outcome.succeeded = downloaded.ok() && written == content;
    const bool onApi = fault == Fault::SecondaryLimit || fault == Fault::Down;
    outcome.attempts = onApi ? api.requestCount("GET", ZipPattern) : blob.requestCount("GET", BlobPattern);
    outcome.message = downloaded.error.message;
    outcome.hint = downloaded.error.hint;
    if (downloaded.ok()) {
        outcome.observed = written == content
                               ? u"the artifact was downloaded whole"_s
                               : u"the download reported success and wrote %1 bytes that are not the artifact "
                                 "(\"%2…\")"_s.arg(written.size())
                                     .arg(QString::fromUtf8(written.left(24)).simplified());
    }
    bench.describe(outcome);
    return outcome;
}

} // namespace ra::test
