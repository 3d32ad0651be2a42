// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "github/deviceflow.h"
#include "githubtwin.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ra::github::DeviceFlow;
using ra::net::ErrorKind;

class TestDeviceFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<DeviceFlow> m_flow;
    std::shared_ptr<ra::test::FakeClock> m_clock;

private Q_SLOTS:
    void init()
    {
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        ra::github::Endpoints endpoints;
        endpoints.web = m_twin->web().url();
        m_flow = std::make_unique<DeviceFlow>(endpoints, u"Iv1.twinclient"_s);
        m_clock = std::make_shared<ra::test::FakeClock>();
        m_flow->http().setClock(m_clock);
    }
    void cleanup()
    {
        m_flow.reset();
        m_twin.reset();
    }

    void succeedsAfterPending()
    {
        m_twin->state().devicePollScript = {u"authorization_pending"_s, u"authorization_pending"_s};
        QSignalSpy code(m_flow.get(), &DeviceFlow::userCodeReady);
        QSignalSpy done(m_flow.get(), &DeviceFlow::succeeded);
        m_flow->start({u"repo"_s, u"workflow"_s});
        QVERIFY(done.wait(5000));
        QCOMPARE(code.count(), 1);
        QCOMPARE(code.constFirst().at(0).toString(), u"WDJB-MJHT"_s);
        QCOMPARE(code.constFirst().at(1).toUrl(), QUrl(u"https://github.com/login/device"_s));
        QCOMPARE(done.constFirst().at(0).toString(), m_twin->state().deviceToken);
        QCOMPARE(done.constFirst().at(1).toStringList(), (QStringList{u"repo"_s, u"workflow"_s}));
        QCOMPARE(m_flow->state(), DeviceFlow::State::Succeeded);
        // One code request and three polls, each after the interval, with JSON asked for.
        QCOMPARE(m_twin->web().requestCount("POST", u"/login/oauth/access_token"_s), 3);
        QCOMPARE(m_clock->waits, (QList<std::chrono::milliseconds>{5000ms, 5000ms, 5000ms}));
        const auto first = m_twin->web().requests().constFirst();
        QCOMPARE(first.header("accept"), QByteArray("application/json"));
        QVERIFY(first.body.contains("scope=repo%20workflow"));
    }

    void slowDownAddsFiveSecondsForGood()
    {
        m_twin->state().devicePollScript = {u"slow_down"_s, u"authorization_pending"_s};
        QSignalSpy done(m_flow.get(), &DeviceFlow::succeeded);
        m_flow->start({u"repo"_s});
        QVERIFY(done.wait(5000));
        QCOMPARE(m_clock->waits, (QList<std::chrono::milliseconds>{5000ms, 10000ms, 10000ms}));
        QCOMPARE(m_flow->interval(), 10s);
    }

    void endsWithExplainedErrors_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << u"expired_token"_s << ErrorKind::Gone << u"expired"_s;
        QTest::newRow("denied") << u"access_denied"_s << ErrorKind::Permission << u"cancelled"_s;
        QTest::newRow("disabled") << u"device_flow_disabled"_s << ErrorKind::Validation << u"device_flow_disabled"_s;
    }
    void endsWithExplainedErrors()
    {
        QFETCH(QString, answer);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, words);
        m_twin->state().devicePollScript = {u"authorization_pending"_s, answer, u"authorization_pending"_s};
        QSignalSpy failed(m_flow.get(), &DeviceFlow::failed);
        QSignalSpy done(m_flow.get(), &DeviceFlow::succeeded);
        m_flow->start({u"repo"_s});
        QVERIFY(failed.wait(5000));
        const auto error = failed.constFirst().constFirst().value<ra::net::Error>();
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty());
        QCOMPARE(m_flow->state(), DeviceFlow::State::Failed);
        QTest::qWait(50);
        QCOMPARE(done.count(), 0);
        QCOMPARE(m_twin->web().requestCount("POST", u"/login/oauth/access_token"_s), 2); // polling stopped
    }

    void cancelStopsPolling()
    {
        m_twin->state().devicePollScript = QStringList(100, u"authorization_pending"_s);
        QSignalSpy code(m_flow.get(), &DeviceFlow::userCodeReady);
        m_flow->start({u"repo"_s});
        QVERIFY(code.wait(5000));
        m_flow->cancel();
        const int polls = m_twin->web().requestCount("POST", u"/login/oauth/access_token"_s);
        QTest::qWait(100);
        QCOMPARE(m_twin->web().requestCount("POST", u"/login/oauth/access_token"_s), polls);
        QCOMPARE(m_flow->state(), DeviceFlow::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TestDeviceFlow)
#include "tst_deviceflow.moc"
