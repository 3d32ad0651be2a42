// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub's device-flow answers are outside input. A local twin plays github.com: the input is split at
// "\n=====\n" into the answer to the code request and the answers to the polls that follow (each body may
// start with a status, "404 {...}"); once they run out, the twin answers access_denied. Whatever GitHub says,
// the flow ends exactly once, in success with a token or in failure with a message and a hint, never polls
// faster than once a second, and shows the user code at most once.
#include "fakeclock.h"
#include "fuzzsupport.h"
#include "github/deviceflow.h"
#include "net/redactor.h"
#include "testhttpserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ra::fuzz::require;
using ra::github::DeviceFlow;
using ra::test::HttpRequest;
using ra::test::HttpResponse;

namespace {

/// The answers of one run, in order; the twin's routes read them.
struct Script {
    QList<QByteArray> answers;
    qsizetype next = 0;
    int codeRequests = 0;
    int polls = 0;
};

Script script;

/// "404 {...}" gives status 404 and the body after the space; anything else is a 200 with the whole body.
HttpResponse answerFrom(const QByteArray &part)
{
    int status = 200;
    QByteArray body = part;
    if (part.size() >= 4 && part.at(3) == ' ') {
        bool ok = false;
        const int prefix = part.left(3).toInt(&ok);
        if (ok && prefix >= 100 && prefix <= 599) {
            status = prefix;
            body = part.mid(4);
        }
    }
    return HttpResponse::text(status, body, "application/json; charset=utf-8");
}

/// A twin of github.com's device-flow endpoints answering from \a script. One per run: a server that outlived
/// the run would be destroyed after Qt's own globals, at exit.
void route(ra::test::TestHttpServer &server)
{
    server.route("POST", u"/login/device/code"_s, [](const HttpRequest &) {
        ++script.codeRequests;
        return answerFrom(script.answers.value(script.next++));
    });
    server.route("POST", u"/login/oauth/access_token"_s, [](const HttpRequest &) {
        ++script.polls;
        if (script.next < script.answers.size()) {
            return answerFrom(script.answers.at(script.next++));
        }
        return answerFrom(
            R"({"error":"access_denied","error_description":"The user has denied your application access."})");
    });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_deviceflow";
    static char *argv[] = {name, nullptr};
    // Never destroyed: at exit, Qt Network's globals are gone before a static application would be, and its
    // destructor reaches them (a crash in ~QObject). The process ends after the last input anyway.
    static const QCoreApplication *const application = new QCoreApplication(argc, argv);
    return application ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384) {
        return 0;
    }
    script = Script{ra::fuzz::splitInput(ra::fuzz::bytesOf(data, size), "\n=====\n", 8)};
    ra::test::TestHttpServer twin;
    route(twin);
    require(twin.listen());
    ra::github::Endpoints endpoints;
    endpoints.web = twin.url();
    DeviceFlow flow(endpoints, u"Iv1.fuzzclient"_s);
    flow.http().setClock(std::make_shared<ra::test::FakeClock>());

    int codes = 0;
    int successes = 0;
    int failures = 0;
    QEventLoop loop;
    QObject::connect(&flow, &DeviceFlow::userCodeReady, &loop, [&] {
        require(successes == 0 && failures == 0);
        ++codes;
    });
    QObject::connect(&flow, &DeviceFlow::succeeded, &loop, [&](const QString &token, const QStringList &) {
        require(!token.isEmpty() && codes == 1);
        ++successes;
        loop.quit();
    });
    QObject::connect(&flow, &DeviceFlow::failed, &loop, [&](const ra::net::Error &error) {
        require(error.isError() && !error.message.isEmpty() && !error.hint.isEmpty());
        ++failures;
        loop.quit();
    });
    QObject::connect(&flow, &DeviceFlow::stateChanged, &loop, [&flow] { require(flow.interval() >= 1s); });
    // The twin answers at once and waits take no time: a flow still running after this never ends.
    QTimer::singleShot(5s, &loop, [] { require(false); });
    flow.start({u"repo"_s});
    loop.exec();

    require(successes + failures == 1 && codes <= 1);
    require(flow.state() == (successes ? DeviceFlow::State::Succeeded : DeviceFlow::State::Failed));
    require(flow.interval() >= 1s);
    // The code is asked for first; polling starts only with a code.
    require(script.codeRequests >= 1);
    require(codes == 1 || script.polls == 0);
    // Let the finished call delete itself, and forget the codes and tokens this run registered as secrets.
    QCoreApplication::processEvents();
    ra::net::Redactor::global().clear();
    return 0;
}
