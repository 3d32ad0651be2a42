// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"

#include "net/redactor.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace ra::secrets {

// Callbacks run from the event loop, as the keychain's do, so callers cannot come to rely on synchronous ones.
void MemorySecretStore::read(const QString &key, ReadCallback callback)
{
    SecretValue result;
    if (m_unavailable) {
        result.error = unavailableError();
    } else if (m_values.contains(key)) {
        result.found = true;
        result.value = m_values.value(key);
        net::Redactor::global().addSecret(result.value);
    }
    QTimer::singleShot(0, this, [callback = std::move(callback), result] { callback(result); });
}

void MemorySecretStore::write(const QString &key, const QString &value, DoneCallback callback)
{
    net::Error error;
    if (m_unavailable) {
        error = unavailableError();
    } else {
        m_values.insert(key, value);
        net::Redactor::global().addSecret(value);
    }
    QTimer::singleShot(0, this, [callback = std::move(callback), error] { callback(error); });
}

void MemorySecretStore::remove(const QString &key, DoneCallback callback)
{
    net::Error error;
    if (m_unavailable) {
        error = unavailableError();
    } else {
        m_values.remove(key);
    }
    QTimer::singleShot(0, this, [callback = std::move(callback), error] { callback(error); });
}

QString MemorySecretStore::description() const
{
    return tr("memory (this session only)");
}

void MemorySecretStore::setUnavailable(bool unavailable)
{
    m_unavailable = unavailable;
}

bool MemorySecretStore::contains(const QString &key) const
{
    return m_values.contains(key);
}

net::Error MemorySecretStore::unavailableError() const
{
    return {net::ErrorKind::Io,
            0,
            u"The keychain is not available"_s,
            u"Start a Secret Service (GNOME Keyring or KWallet), or set GITHUB_TOKEN for the command-line tool."_s,
            {},
            {}};
}

} // namespace ra::secrets
