// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachflowfixture.h"

#include "debbuilder.h"
#include "packages/packageattachflow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QByteArray AttachFlowFixture::sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool AttachFlowFixture::buildPackages(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    for (int i = 0; i < Names.size(); ++i) {
        DebSpec spec;
        spec.payloadSize = 512 * 1024;
        spec.seed = quint32(i + 1);
        spec.compression = i == 2 ? u"zstd"_s : u"xz"_s;
        const QString deb = buildDeb(m_dir.path(), Names.at(i), spec, error);
        const QString zip = m_dir.filePath(Names.at(i) + u".zip"_s);
        if (deb.isEmpty() || !writeArtifactZip(zip, {deb})) {
            return false;
        }
        m_debs.append(readAll(deb));
        m_zips.append(readAll(zip));
    }
    DebSpec wrong;
    wrong.version = u"1.14.0-3-g6da21a3a"_s;
    const QString wrongDir = m_dir.filePath(u"wrong"_s);
    const QString deb = QDir().mkpath(wrongDir) ? buildDeb(wrongDir, Names.first(), wrong, error) : QString();
    if (deb.isEmpty() || !writeArtifactZip(m_dir.filePath(u"wrong.zip"_s), {deb})) {
        return false;
    }
    m_wrongZip = readAll(m_dir.filePath(u"wrong.zip"_s));
    return true;
}

bool AttachFlowFixture::start()
{
    m_twin = std::make_unique<GitHubTwin>();
    if (!m_twin->start()) {
        return false;
    }
    m_twin->state().token = Token;
    m_releaseId = m_twin->addRelease(Tag, true);
    m_runId = m_twin->addRun(u".github/workflows/build-deb-package-and-integration-tests.yml"_s,
                             u"Build Packages and tests on Droplets"_s, u"6da21a3a"_s, u"success"_s);
    for (int i = 0; i < Names.size(); ++i) {
        m_twin->addArtifact(m_runId, Names.at(i), m_zips.at(i));
    }
    github::Endpoints endpoints;
    endpoints.api = m_twin->api().url();
    endpoints.uploads = m_twin->uploads().url();
    m_client = std::make_unique<github::GitHubClient>(endpoints);
    m_client->setToken(Token);
    m_clock = std::make_shared<FakeClock>();
    m_client->http().setClock(m_clock);
    m_work = std::make_unique<QTemporaryDir>();
    m_log = std::make_unique<packages::MemoryEffectLog>();
    return m_work->isValid();
}

void AttachFlowFixture::stop()
{
    m_client.reset();
    m_twin.reset();
    m_work.reset();
    m_log.reset();
}

void AttachFlowFixture::resetLog()
{
    m_log = std::make_unique<packages::MemoryEffectLog>();
}

bool AttachFlowFixture::runFlow(const QStringList &names, qint64 cancelAfterUploadedBytes, packages::EffectLog *log)
{
    packages::PackageAttachFlow::Options options;
    options.repository = {m_twin->state().owner, m_twin->state().repo};
    options.tag = Tag;
    options.runId = m_runId;
    options.expectedNames = names;
    options.workDir = m_work->path();
    packages::PackageAttachFlow flow(*m_client, log ? *log : *m_log, options);
    std::atomic_bool cancel = false;
    qint64 uploaded = 0;
    flow.setCancelFlag(&cancel);
    flow.setObserver([&](int, const packages::PackageItem &item) {
        if (item.state == packages::PackageItem::State::Uploading && cancelAfterUploadedBytes >= 0) {
            uploaded += item.done;
            if (uploaded >= cancelAfterUploadedBytes) {
                cancel = true;
            }
        }
    });
    const bool ok = flow.attach();
    m_lastItems = flow.items();
    m_lastError = flow.error();
    for (const packages::PackageItem &item : std::as_const(m_lastItems)) {
        if (!item.error.isEmpty()) {
            m_lastError += u"\n  "_s + item.name + u": "_s + item.error;
        }
    }
    return ok && !cancel;
}

QList<GitHubTwinState::Asset> AttachFlowFixture::assets()
{
    const GitHubTwinState::Release *release = m_twin->state().release(m_releaseId);
    return release ? release->assets : QList<GitHubTwinState::Asset>();
}

int AttachFlowFixture::uploadRequests() const
{
    return m_twin->uploads().requestCount("POST");
}

void AttachFlowFixture::verifyExactAssets(const QStringList &names)
{
    QStringList present;
    const auto all = assets();
    for (const auto &asset : all) {
        present.append(asset.name);
        const qsizetype index = Names.indexOf(asset.name);
        QVERIFY2(index >= 0, qPrintable(u"unexpected asset "_s + asset.name));
        QCOMPARE(asset.state, u"uploaded"_s);
        QCOMPARE(asset.content, m_debs.at(index));
    }
    present.sort();
    QStringList expected = names;
    expected.sort();
    QCOMPARE(present, expected);
}

void AttachFlowFixture::verifyNoDeleteBeforeReplacement()
{
    const auto deletes = m_twin->state().deletes;
    for (const auto &record : deletes) {
        const qsizetype index = Names.indexOf(record.deleted.name);
        if (index < 0 || record.deleted.state != u"uploaded"_s) {
            continue; // temporary names and starters are not the release's packages
        }
        const QByteArray wanted = m_debs.at(index);
        const bool replacementReady = std::any_of(record.present.cbegin(), record.present.cend(), [&](const auto &a) {
            return a.state == u"uploaded"_s && a.content == wanted && a.id != record.deleted.id;
        });
        QVERIFY2(replacementReady, qPrintable(u"deleted %1 before its replacement existed"_s.arg(record.deleted.name)));
    }
}

} // namespace ra::test
