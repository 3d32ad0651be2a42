// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfaults.h"

#include "freeport.h"
#include "githubtwin.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::test {

const QByteArray PortalHost::Page = "<!DOCTYPE html>\n<html><head><title>Guest Wi-Fi</title></head><body>"
                                    "<form method=\"post\" action=\"/login\">Accept the terms of use to continue"
                                    "<button>Connect</button></form></body></html>\n";

bool PortalHost::start()
{
    m_server.setFallback([](const HttpRequest &) { return HttpResponse::text(200, Page, "text/html; charset=utf-8"); });
    return m_server.listen();
}

QUrl PortalHost::url() const
{
    return m_server.url(u"/portal/login"_s);
}

QString PortalHost::leaks(const QStringList &secrets) const
{
    for (const HttpRequest &request : m_server.requests()) {
        for (const QByteArray name : {"authorization", "cookie", "proxy-authorization"}) {
            if (!request.header(name).isEmpty()) {
                return u"the %1 header followed the redirect to another host"_s.arg(QString::fromLatin1(name));
            }
        }
        QByteArray everything = request.path.toUtf8() + request.query.toString().toUtf8() + request.body;
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
            everything += it.value();
        }
        for (const QString &secret : secrets) {
            if (!secret.isEmpty() && everything.contains(secret.toUtf8())) {
                return u"a secret followed the redirect to another host"_s;
            }
        }
    }
    return {};
}

QUrl closedUrl(const QString &path)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(freeLoopbackPort());
    url.setPath(path);
    return url;
}

HttpResponse cutShort(const HttpResponse &answer)
{
    HttpResponse cut = answer;
    cut.body.truncate(std::max<qsizetype>(1, cut.body.size() / 2));
    cut.headers.removeIf(
        [](const auto &header) { return header.first.compare("content-length", Qt::CaseInsensitive) == 0; });
    return cut;
}

int faultTimes(Fault fault)
{
    return isTransient(fault) ? 1 : 1000;
}

HttpResponse faultResponse(Fault fault, TestHttpServer &server, const QUrl &portal)
{
    const auto json = [](int status, const QString &message) {
        return HttpResponse::json(status, QJsonDocument(QJsonObject{{u"message"_s, message}}));
    };
    switch (fault) {
    case Fault::ServerError:
        return json(503, u"Service Unavailable"_s);
    case Fault::Reset:
        return HttpResponse::failing(HttpFault::ResetConnection);
    case Fault::Stall:
        return HttpResponse::failing(HttpFault::Stall);
    case Fault::TruncatedBody: {
        HttpResponse cut = HttpResponse::text(200, R"({"id":4242,"message":")" + QByteArray(400, 'x') + R"("})",
                                              "application/json; charset=utf-8");
        cut.fault = HttpFault::TruncateBody;
        cut.truncateAt = 120;
        return cut;
    }
    case Fault::RateLimitedRetryAfter:
        return json(429, u"Too Many Requests"_s).withHeader("Retry-After", QByteArray::number(RetryAfterSeconds));
    case Fault::RateLimited:
        return json(429, u"Too Many Requests"_s);
    case Fault::SecondaryLimit:
        return GitHubTwin::secondaryRateLimit(SecondaryRetryAfterSeconds);
    case Fault::Unauthorized:
        return json(401, u"Bad credentials"_s);
    case Fault::Gone:
        return json(404, u"Not Found"_s);
    case Fault::InvalidJson:
        return HttpResponse::text(200, R"({"id": 4242, "name": "aleph-vm.debian-12.deb", "sta)",
                                  "application/json; charset=utf-8");
    case Fault::HtmlBody:
        return HttpResponse::text(200, PortalHost::Page, "text/html; charset=utf-8");
    case Fault::RedirectLoop:
        return HttpResponse::redirect(302, server.url(u"/loop"_s));
    case Fault::RedirectElsewhere:
        return HttpResponse::redirect(302, portal);
    case Fault::None:
    case Fault::Down:
        break;
    }
    return json(500, u"no such fault"_s);
}

void injectHttpFault(TestHttpServer &server, const QByteArray &method, const QString &pattern, Fault fault,
                     const QUrl &portal)
{
    if (fault == Fault::None || fault == Fault::Down) {
        return;
    }
    if (fault == Fault::RedirectLoop) {
        const HttpResponse again = HttpResponse::redirect(302, server.url(u"/loop"_s));
        for (const QByteArray verb : {"GET", "POST", "PATCH", "PUT", "DELETE"}) {
            server.route(verb, u"/loop"_s, [again](const HttpRequest &) { return again; });
        }
    }
    server.injectFault(method, pattern, faultResponse(fault, server, portal), faultTimes(fault));
}

} // namespace ra::test
