// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace ra::sandbox {

class DemoEnvironment;

/**
 * Points this process at a running demo for as long as it lives, and puts everything back afterwards: the
 * folders where settings, caches and data go (XDG base folders, QSettings) move into the demo's folder, so the
 * demo neither reads nor changes the maintainer's own; GitHub's hosts (the app's settings) and the channels file
 * name the demo's twins; secrets come from the demo only, never from the keychain or the maintainer's
 * environment (GITHUB_TOKEN, RA_SECRET_*, RA_GIT_TOKEN, RA_SCORING_DB_PASSWORD): the demo's memory store stands
 * in for every keychain store of the process.
 */
class DemoSession
{
public:
    /// Where the commands of the process read their secrets during the demo.
    enum class Secrets {
        /// In the environment, as the command-line tool reads them (GITHUB_TOKEN, RA_SECRET_*).
        Environment,
        /// Only in the demo's memory store (the app).
        Store,
    };

    /// \a demo must be running and outlive the session. \a login names the demo account GitHub calls are made
    /// as (empty: the maintainer); an unknown login leaves the maintainer and sets error().
    DemoSession(DemoEnvironment &demo, Secrets secrets, const QString &login = {});
    ~DemoSession();
    DemoSession(const DemoSession &) = delete;
    DemoSession &operator=(const DemoSession &) = delete;

    /// Why the session could not be set up as asked; empty when it was.
    [[nodiscard]] QString error() const;

private:
    void setVariable(const QByteArray &name, const std::optional<QString> &value);

    /// Each variable changed, with the value it had (std::nullopt: it was not set).
    QHash<QByteArray, std::optional<QByteArray>> m_saved;
    QString m_settingsPath;
    QString m_error;
};

} // namespace ra::sandbox
