// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::test;
using namespace Qt::StringLiterals;

class TestCliPlaybook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(content);
        }
        return path;
    }

private Q_SLOTS:
    void thePresetValidates()
    {
        const CliRun preset = runCli({u"playbook"_s, u"preset"_s});
        QCOMPARE(preset.exitCode, 0);
        QVERIFY(preset.out.contains(u"repository = aleph-im/aleph-vm"_s));
        const QString path = write(u"aleph-vm.playbook"_s, preset.out.toUtf8());
        const CliRun run = runCli({u"playbook"_s, u"validate"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"valid playbook for aleph-vm (aleph-im/aleph-vm): 4 expected assets, 1 staging "
                                  u"servers, 2 channels"_s),
                 qPrintable(run.out));
        const CliRun json = runCli({u"--json"_s, u"playbook"_s, u"validate"_s, path});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json().object().value(u"valid"_s).toBool());
        QCOMPARE(json.json().object().value(u"expectedAssets"_s).toArray().size(), 4);
    }

    void problemsNameTheLineAndTheFix()
    {
        const QString path =
            write(u"broken.playbook"_s, "[project]\nname = x\nrepository = x\nversion-scheme = calver\n[deploy]\n");
        const CliRun run = runCli({u"playbook"_s, u"validate"_s, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"is not a valid playbook (3 problems)"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(path + u":3: project.repository: 'x' is not a GitHub repository name"_s));
        QVERIFY(run.err.contains(path + u":4: project.version-scheme: unknown version scheme 'calver' (fix: write "
                                        u"'pep440' or 'semver')"_s));
        QVERIFY(run.err.contains(path + u":5: deploy: unknown section [deploy]"_s));
        QVERIFY(run.out.isEmpty());

        const CliRun json = runCli({u"--json"_s, u"playbook"_s, u"validate"_s, path});
        QCOMPARE(json.exitCode, 2);
        const QJsonArray issues = json.json().object().value(u"issues"_s).toArray();
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(1).toObject().value(u"line"_s).toInt(), 4);
        QCOMPARE(issues.at(1).toObject().value(u"field"_s).toString(), u"project.version-scheme"_s);
    }

    void badInvocations_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringList{u"validate"_s, u"/nonexistent.playbook"_s}
                                      << u"cannot read the playbook"_s;
        QTest::newRow("no file") << QStringList{u"validate"_s} << u"expected one playbook file"_s;
        QTest::newRow("no subcommand") << QStringList{} << u"missing subcommand"_s;
        QTest::newRow("unknown preset") << QStringList{u"preset"_s, u"nope"_s} << u"no preset named 'nope'"_s;
    }

    void badInvocations()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{u"playbook"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPlaybook)
#include "tst_cli_playbook.moc"
