// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ra::secrets {

/// What a read found: the value, or nothing (not an error), or the reason the store could not answer.
struct SecretValue {
    QString value;
    bool found = false;
    net::Error error;
};

/**
 * Where the app keeps tokens (keys such as "github/token"). Asynchronous because the system keychain is:
 * every operation reports once through its callback, on the caller's thread. Values read or written are
 * registered with the log redactor so they can never be printed.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const SecretValue &)>;
    using DoneCallback = std::function<void(const net::Error &)>;

    using QObject::QObject;
    ~SecretStore() override;

    virtual void read(const QString &key, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QString &value, DoneCallback callback) = 0;
    virtual void remove(const QString &key, DoneCallback callback) = 0;
    /// A short name for the settings page ("system keychain", "memory").
    [[nodiscard]] virtual QString description() const = 0;
};

} // namespace ra::secrets
