// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/stagingnodetwin.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ra::test {

StagingNodeTwin::StagingNodeTwin()
{
    for (const QString &key : {u"index"_s, u"environ"_s, u"messages"_s, u"dns"_s, u"ipv4"_s, u"internet"_s, u"cache"_s,
                               u"persistent_storage"_s, u"error_handling"_s, u"get_a_message"_s, u"lifespan"_s}) {
        fastapi.insert(key, true);
    }
    const QJsonObject stack{{u"egress"_s, true}, {u"dns"_s, true}, {u"domain"_s, true}, {u"http"_s, true}};
    host = {{u"ipv4"_s, stack}, {u"ipv6"_s, stack}};
}

bool StagingNodeTwin::start(quint16 port)
{
    if (!m_server.listen(port)) {
        return false;
    }
    installRoutes();
    return true;
}

TestHttpServer &StagingNodeTwin::server()
{
    return m_server;
}

QUrl StagingNodeTwin::url() const
{
    return m_server.url();
}

void StagingNodeTwin::installRoutes()
{
    auto reply = [this](int status, const QJsonObject &body) {
        return HttpResponse::json(status, QJsonDocument(body)).withHeader("Server", "aleph-vm/" + version.toUtf8());
    };
    m_server.route("GET", u"/status/config"_s, [this, reply](const HttpRequest &) {
        return reply(200, {{u"DOMAIN_NAME"_s, u"ovh.staging.aleph.sh"_s},
                           {u"version"_s, configVersion.isEmpty() ? version : configVersion},
                           {u"references"_s, QJsonObject{{u"API_SERVER"_s, u"https://official.aleph.cloud"_s}}}});
    });
    m_server.route("GET", u"/status/check/fastapi"_s, [this, reply](const HttpRequest &) {
        bool healthy = true;
        for (const QString &key :
             {u"index"_s, u"environ"_s, u"ipv4"_s, u"internet"_s, u"dns"_s, u"error_handling"_s, u"lifespan"_s}) {
            healthy = healthy && fastapi.value(key).toBool();
        }
        return reply(healthy ? 200 : 503, fastapi);
    });
    m_server.route("GET", u"/status/check/host"_s, [this, reply](const HttpRequest &) {
        bool healthy = true;
        for (const QString &stack : {u"ipv4"_s, u"ipv6"_s}) {
            const QJsonObject s = host.value(stack).toObject();
            healthy =
                healthy && s.value(u"egress"_s).toBool() && s.value(u"dns"_s).toBool() && s.value(u"domain"_s).toBool();
        }
        return reply(healthy ? 200 : 503, host);
    });
    m_server.route("GET", u"/about/usage/system"_s, [reply](const HttpRequest &) {
        return reply(200, {{u"cpu"_s, QJsonObject{{u"count"_s, 8}}}, {u"active"_s, true}});
    });
}

} // namespace ra::test
