// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychainsecretstore.h"

#include "net/redactor.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace ra::secrets {

namespace {

net::Error jobError(const QKeychain::Job &job, const QString &what)
{
    if (job.error() == QKeychain::NoError) {
        return {};
    }
    const bool missing = job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError;
    return {net::ErrorKind::Io,
            0,
            u"Could not %1 the system keychain: %2"_s.arg(what, job.errorString()),
            missing ? u"Start a Secret Service (GNOME Keyring or KWallet) and unlock it; the command-line tool "
                      u"also reads GITHUB_TOKEN."_s
                    : u"Unlock the keychain and try again."_s,
            {},
            {}};
}

QPointer<SecretStore> &standIn()
{
    static QPointer<SecretStore> store;
    return store;
}

} // namespace

void KeychainSecretStore::setStandIn(SecretStore *store)
{
    standIn() = store;
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::read(const QString &key, ReadCallback callback)
{
    if (SecretStore *store = standIn()) {
        store->read(key, std::move(callback));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this); // deletes itself after finished
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback)](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        SecretValue result;
        if (readJob->error() == QKeychain::EntryNotFound) {
            callback(result);
            return;
        }
        result.error = jobError(*readJob, u"read from"_s);
        if (!result.error.isError()) {
            result.found = true;
            result.value = readJob->textData();
            net::Redactor::global().addSecret(result.value);
        }
        callback(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, DoneCallback callback)
{
    if (SecretStore *store = standIn()) {
        store->write(key, value, std::move(callback));
        return;
    }
    net::Redactor::global().addSecret(value);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback)](QKeychain::Job *finished) {
        callback(jobError(*finished, u"write to"_s));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, DoneCallback callback)
{
    if (SecretStore *store = standIn()) {
        store->remove(key, std::move(callback));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback)](QKeychain::Job *finished) {
        callback(finished->error() == QKeychain::EntryNotFound ? net::Error{} : jobError(*finished, u"remove from"_s));
    });
    job->start();
}

QString KeychainSecretStore::description() const
{
    if (const SecretStore *store = standIn()) {
        return store->description();
    }
    return tr("system keychain");
}

} // namespace ra::secrets
