// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/redactor.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/logfilter.h"
#include "secrets/memorysecretstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::secrets::SecretValue;

namespace {

QStringList captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured.append(message);
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreRoundTrip()
    {
        ra::secrets::MemorySecretStore store;
        std::optional<SecretValue> read;
        store.read(u"github/token"_s, [&](const SecretValue &v) { read = v; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(!read->found);
        QVERIFY(!read->error.isError());

        std::optional<ra::net::Error> written;
        store.write(u"github/token"_s, u"ghp_storedstoredstoredstored12"_s,
                    [&](const ra::net::Error &e) { written = e; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(!written->isError());
        read.reset();
        store.read(u"github/token"_s, [&](const SecretValue &v) { read = v; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->found);
        QCOMPARE(read->value, u"ghp_storedstoredstoredstored12"_s);

        written.reset();
        store.remove(u"github/token"_s, [&](const ra::net::Error &e) { written = e; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(!store.contains(u"github/token"_s));
    }

    void unavailableStoreExplainsItself()
    {
        ra::secrets::MemorySecretStore store;
        store.setUnavailable(true);
        std::optional<SecretValue> read;
        store.read(u"github/token"_s, [&](const SecretValue &v) { read = v; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->error.isError());
        QVERIFY(read->error.hint.contains(u"GITHUB_TOKEN"_s));
    }

    void keychainWithoutSecretServiceFailsCleanly()
    {
        // The tests run without a session bus: the keychain must answer with an error, not hang or crash.
        ra::secrets::KeychainSecretStore store(u"release-assistant-test"_s);
        std::optional<SecretValue> read;
        store.read(u"github/token"_s, [&](const SecretValue &v) { read = v; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 60000);
        QVERIFY(read->error.isError() || !read->found);
        if (read->error.isError()) {
            QVERIFY(!read->error.hint.isEmpty());
        }
    }

    void logFilterRedactsRegisteredSecrets()
    {
        captured.clear();
        const QtMessageHandler original = qInstallMessageHandler(capture);
        ra::secrets::installSecretLogFilter();
        ra::secrets::installSecretLogFilter(); // idempotent
        ra::net::Redactor::global().addSecret(u"hunter2-registered"_s);
        qWarning() << "token is" << u"hunter2-registered"_s;
        qDebug("classic %s", "ghp_abcdefghijklmnopqrstuvwxyz0123");
        qInfo() << "nothing secret here";
        qInstallMessageHandler(original);
        const QString log = captured.join(u'\n');
        QCOMPARE(captured.size(), 3);
        QVERIFY(!log.contains(u"hunter2-registered"_s));
        QVERIFY(!log.contains(u"ghp_abcdefghijklmnopqrstuvwxyz0123"_s));
        QVERIFY(log.contains(u"[redacted]"_s));
        QVERIFY(log.contains(u"nothing secret here"_s));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
