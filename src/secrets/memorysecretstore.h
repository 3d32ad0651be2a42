// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace ra::secrets {

/// A store in memory, for tests and for a session without a keychain; can pretend to be unavailable.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &value, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
    [[nodiscard]] QString description() const override;

    /// When set, every operation fails as a keychain without a Secret Service would.
    void setUnavailable(bool unavailable);
    [[nodiscard]] bool contains(const QString &key) const;

private:
    [[nodiscard]] net::Error unavailableError() const;

    QHash<QString, QString> m_values;
    bool m_unavailable = false;
};

} // namespace ra::secrets
