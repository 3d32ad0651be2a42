// SPDX-License-Identifier: GPL-3.0-or-later
// The settings page's channel secrets: one row per channel and secret, saved to, checked in and removed from
// the SecretStore under the keys the channels read, never exposed back.
#include "app/channelsecretsmodel.h"
#include "channels/channelsetup.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::ChannelSecretsModel;

class TestChannelSecretsModel : public QObject
{
    Q_OBJECT

private:
    static QVariant role(const ChannelSecretsModel &model, int row, int role)
    {
        return model.data(model.index(row), role);
    }

    static int rowOf(const ChannelSecretsModel &model, const QString &channelId, const QString &secret)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (role(model, row, ChannelSecretsModel::ChannelIdRole) == channelId &&
                role(model, row, ChannelSecretsModel::SecretNameRole) == secret) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void oneRowPerChannelSecret()
    {
        ChannelSecretsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChannels({ra::channels::ChannelConfig{u"telegram"_s, u"telegram"_s, {}, {}, {}},
                           ra::channels::ChannelConfig{u"x"_s, u"x"_s, {}, {}, {}},
                           ra::channels::ChannelConfig{u"discord"_s, u"discord-test"_s, {}, {}, {}}});
        // bot-token; four OAuth 1.0a secrets; webhook-url.
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(role(model, 0, ChannelSecretsModel::ChannelTitleRole).toString(), u"Telegram"_s);
        QCOMPARE(role(model, 5, ChannelSecretsModel::ChannelTitleRole).toString(), u"Discord (discord-test)"_s);
        QCOMPARE(role(model, 5, ChannelSecretsModel::EnvironmentVariableRole).toString(),
                 u"RA_SECRET_DISCORD_TEST_WEBHOOK_URL"_s);
        QVERIFY(rowOf(model, u"x"_s, u"access-token-secret"_s) > 0);
    }

    void savesChecksAndForgets()
    {
        ra::secrets::MemorySecretStore store;
        ChannelSecretsModel model;
        model.setStore(&store);
        model.setChannels({ra::channels::ChannelConfig{u"telegram"_s, u"telegram"_s, {}, {}, {}}});
        const QString key = ra::channels::ChannelSetup::secretKey(u"telegram"_s, u"bot-token"_s);

        model.check(0);
        QTRY_COMPARE(role(model, 0, ChannelSecretsModel::StatusRole).toString(), u"missing"_s);

        model.save(0, u"  123:ABC \n"_s);
        QTRY_COMPARE(role(model, 0, ChannelSecretsModel::StatusRole).toString(), u"saved"_s);
        QVERIFY(store.contains(key));
        std::optional<ra::secrets::SecretValue> stored;
        store.read(key, [&](const ra::secrets::SecretValue &value) { stored = value; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->value, u"123:ABC"_s);
        // The model never hands the value back.
        const QHash<int, QByteArray> roles = model.roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            QVERIFY(!role(model, 0, it.key()).toString().contains(u"123:ABC"_s));
        }

        model.check(0);
        QTRY_COMPARE(role(model, 0, ChannelSecretsModel::StatusRole).toString(), u"stored"_s);

        model.forget(0);
        QTRY_COMPARE(role(model, 0, ChannelSecretsModel::StatusRole).toString(), u"removed"_s);
        QVERIFY(!store.contains(key));
    }

    void emptyValueAndUnavailableStoreAreExplained()
    {
        ra::secrets::MemorySecretStore store;
        ChannelSecretsModel model;
        model.setStore(&store);
        model.setChannels({ra::channels::ChannelConfig{u"mastodon"_s, u"mastodon"_s, {}, {}, {}}});
        model.save(0, u"   "_s);
        QCOMPARE(role(model, 0, ChannelSecretsModel::StatusRole).toString(), u"failed"_s);
        QVERIFY(role(model, 0, ChannelSecretsModel::MessageRole).toString().contains(u"Forget"_s));

        store.setUnavailable(true);
        model.save(0, u"token"_s);
        QTRY_VERIFY(!role(model, 0, ChannelSecretsModel::BusyRole).toBool());
        QCOMPARE(role(model, 0, ChannelSecretsModel::StatusRole).toString(), u"failed"_s);
        const QString message = role(model, 0, ChannelSecretsModel::MessageRole).toString();
        QVERIFY2(!message.isEmpty() && !message.contains(u"Forget"_s), qPrintable(message));
    }

    void environmentOverrideIsShown()
    {
        qputenv("RA_SECRET_MASTODON_ACCESS_TOKEN", "from-ci");
        ChannelSecretsModel model;
        model.setChannels({ra::channels::ChannelConfig{u"mastodon"_s, u"mastodon"_s, {}, {}, {}}});
        QVERIFY(role(model, 0, ChannelSecretsModel::OverriddenRole).toBool());
        qunsetenv("RA_SECRET_MASTODON_ACCESS_TOKEN");
        QVERIFY(!role(model, 0, ChannelSecretsModel::OverriddenRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestChannelSecretsModel)
#include "tst_channelsecretsmodel.moc"
