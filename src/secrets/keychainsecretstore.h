// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

namespace ra::secrets {

/// The system keychain through QtKeychain (Secret Service on Linux). Without a running Secret Service every
/// operation fails with an explained error instead of hanging; there is no insecure fallback to a file.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("release-assistant"),
                                 QObject *parent = nullptr);

    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &value, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
    [[nodiscard]] QString description() const override;

    /// Sends every operation of every keychain store of the process to \a store instead, until it is called
    /// with null: the demo keeps its secrets in memory and must neither read the maintainer's real ones nor
    /// write its own into the keychain. Not owned; main thread only.
    static void setStandIn(SecretStore *store);

private:
    QString m_service;
};

} // namespace ra::secrets
