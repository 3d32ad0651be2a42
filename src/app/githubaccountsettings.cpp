// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/githubaccountsettings.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

void readUrl(const QSettings &settings, const QString &key, QUrl &url)
{
    const QString value = settings.value(key).toString().trimmed();
    if (!value.isEmpty()) {
        url = QUrl(value);
    }
}

} // namespace

github::Endpoints GitHubAccountSettings::endpoints()
{
    github::Endpoints endpoints;
    const QSettings settings;
    readUrl(settings, u"github/apiUrl"_s, endpoints.api);
    readUrl(settings, u"github/uploadsUrl"_s, endpoints.uploads);
    readUrl(settings, u"github/webUrl"_s, endpoints.web);
    return endpoints;
}

QString GitHubAccountSettings::clientId()
{
    return QSettings().value(u"github/clientId"_s).toString().trimmed();
}

void GitHubAccountSettings::setClientId(const QString &clientId)
{
    QSettings().setValue(u"github/clientId"_s, clientId.trimmed());
}

void GitHubAccountSettings::readToken(secrets::SecretStore &store, TokenCallback done)
{
    store.read(QString::fromLatin1(TokenKey), [done = std::move(done),
                                               description = store.description()](const secrets::SecretValue &value) {
        if (value.found && !value.value.trimmed().isEmpty()) {
            done(value.value.trimmed(), description, {});
            return;
        }
        const QString error = value.error.isError() ? value.error.toString() : QString();
        const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(u"GITHUB_TOKEN"_s).trimmed();
        if (!fromEnvironment.isEmpty()) {
            done(fromEnvironment, tr("GITHUB_TOKEN environment variable"), error);
            return;
        }
        done({}, {}, error);
    });
}

} // namespace ra
