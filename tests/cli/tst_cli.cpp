// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ra::test;
using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsTheCommands()
    {
        const CliRun run = runCli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Usage: release-assistant-cli"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"\n  steps"_s));
        QVERIFY(run.out.contains(u"Exit codes"_s));
        QVERIFY(run.err.isEmpty());
    }

    void noArgumentsIsBadInputWithUsage()
    {
        const CliRun run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"Usage:"_s));
        QVERIFY(run.out.isEmpty());
    }

    void versionIsPrinted()
    {
        const CliRun text = runCli({u"--version"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(u"release-assistant-cli "_s));
        const CliRun json = runCli({u"--version"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!json.json().object().value(u"version"_s).toString().isEmpty());
    }

    void badFlagsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("global") << QStringList{u"--frobnicate"_s} << u"unknown option '--frobnicate'"_s;
        QTest::newRow("command") << QStringList{u"steps"_s, u"--frobnicate"_s} << u"Unknown option 'frobnicate'"_s;
        QTest::newRow("unknown command") << QStringList{u"deploy"_s} << u"unknown command 'deploy'"_s;
        QTest::newRow("extra argument") << QStringList{u"steps"_s, u"now"_s} << u"unexpected argument 'now'"_s;
    }

    void badFlagsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(u"release-assistant-cli: error: "_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void errorsAreJsonOnStderrInJsonMode()
    {
        const CliRun run = runCli({u"--json"_s, u"deploy"_s});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject error = QJsonDocument::fromJson(run.err.toUtf8()).object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"exitCode"_s).toInt(), 2);
        QVERIFY(error.value(u"message"_s).toString().contains(u"deploy"_s));
    }

    void stepsInTextAndJson()
    {
        const CliRun text = runCli({u"steps"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u'\n'), 7);
        QVERIFY(text.out.startsWith(u"1. staging\n"_s));
        const CliRun json = runCli({u"steps"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray steps = json.json().array();
        QCOMPARE(steps.size(), 7);
        QCOMPARE(steps.at(6).toObject().value(u"key"_s).toString(), u"announce"_s);
        QCOMPARE(steps.at(6).toObject().value(u"number"_s).toInt(), 7);
    }

    void commandHelp()
    {
        const CliRun run = runCli({u"help"_s, u"steps"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Usage: release-assistant-cli steps"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
