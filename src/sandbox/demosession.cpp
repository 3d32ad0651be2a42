// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demosession.h"

#include "channels/channelsetup.h"
#include "sandbox/demoenvironment.h"
#include "secrets/keychainsecretstore.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ra::sandbox {

namespace {

/// The secrets the maintainer's environment may hold; during the demo none of them is read.
const QList<QByteArray> outsideSecrets{"GITHUB_TOKEN", "RA_GIT_TOKEN", "RA_SSH_PASSPHRASE", "RA_SCORING_DB_PASSWORD"};

/// The environment variable of the channel secret stored under \a key ("channels/telegram/bot-token").
QByteArray channelVariable(const QString &key)
{
    return channels::ChannelSetup::secretEnvironmentVariable(key.section(u'/', 1, 1), key.section(u'/', 2)).toUtf8();
}

void setSettingsPath(const QString &path)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
}

} // namespace

DemoSession::DemoSession(DemoEnvironment &demo, Secrets secrets, const QString &login)
    : m_settingsPath(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
{
    DemoEnvironment::Account account = DemoEnvironment::maintainer();
    if (!login.isEmpty()) {
        const QList<DemoEnvironment::Account> accounts = DemoEnvironment::accounts();
        const auto found = std::find_if(accounts.cbegin(), accounts.cend(),
                                        [&login](const auto &candidate) { return candidate.login == login; });
        if (found != accounts.cend()) {
            account = *found;
        } else {
            QStringList logins;
            for (const DemoEnvironment::Account &known : accounts) {
                logins.append(known.login);
            }
            m_error = u"there is no demo account '%1'; the demo's accounts are %2"_s.arg(login, logins.join(u", "_s));
        }
    }

    const QDir home(demo.homePath());
    const QString config = home.filePath(u"config"_s);
    for (const auto &[variable, folder] : {std::pair{QByteArray("XDG_CONFIG_HOME"), config},
                                           std::pair{QByteArray("XDG_DATA_HOME"), home.filePath(u"data"_s)},
                                           std::pair{QByteArray("XDG_CACHE_HOME"), home.filePath(u"cache"_s)},
                                           std::pair{QByteArray("XDG_STATE_HOME"), home.filePath(u"state"_s)}}) {
        QDir().mkpath(folder);
        setVariable(variable, folder);
    }
    setSettingsPath(config);
    setVariable("RA_CHANNELS_FILE", demo.channelsFilePath());
    for (const QByteArray &variable : outsideSecrets) {
        setVariable(variable, std::nullopt);
    }
    const QHash<QString, QString> all = DemoEnvironment::secrets();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key().startsWith(u"channels/"_s)) {
            setVariable(channelVariable(it.key()),
                        secrets == Secrets::Environment ? std::optional(it.value()) : std::nullopt);
        }
    }
    if (secrets == Secrets::Environment) {
        setVariable("GITHUB_TOKEN", account.token);
    }
    // Whatever a command reads from the keychain comes from the demo's store.
    demo.secretStore().write(u"github/token"_s, account.token, [](const net::Error &) { });
    secrets::KeychainSecretStore::setStandIn(&demo.secretStore());

    // The app finds GitHub through its settings, which now live in the demo's folder.
    const github::Endpoints endpoints = demo.githubEndpoints();
    QSettings settings;
    settings.setValue(u"github/apiUrl"_s, endpoints.api.toString());
    settings.setValue(u"github/uploadsUrl"_s, endpoints.uploads.toString());
    settings.setValue(u"github/webUrl"_s, endpoints.web.toString());
}

DemoSession::~DemoSession()
{
    secrets::KeychainSecretStore::setStandIn(nullptr);
    setSettingsPath(m_settingsPath);
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        if (it.value()) {
            qputenv(it.key().constData(), *it.value());
        } else {
            qunsetenv(it.key().constData());
        }
    }
}

QString DemoSession::error() const
{
    return m_error;
}

void DemoSession::setVariable(const QByteArray &name, const std::optional<QString> &value)
{
    if (!m_saved.contains(name)) {
        m_saved.insert(name, qEnvironmentVariableIsSet(name.constData()) ? std::optional(qgetenv(name.constData()))
                                                                         : std::nullopt);
    }
    if (value) {
        qputenv(name.constData(), value->toUtf8());
    } else {
        qunsetenv(name.constData());
    }
}

} // namespace ra::sandbox
