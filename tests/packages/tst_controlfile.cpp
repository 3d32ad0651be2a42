// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/controlfile.h"
#include "packages/packageversion.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::packages::ControlFile;

class TestControlFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFields_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("description");

        QTest::newRow("minimal") << QByteArray("Package: aleph-vm\nVersion: 1.15.0\nArchitecture: all\n") << u"1.15.0"_s
                                 << QString();
        QTest::newRow("continuation and dot")
            << QByteArray("Package: aleph-vm\nVersion: 1.0.0-rc1\nArchitecture: amd64\n"
                          "Description: short\n long line\n .\n more\n")
            << u"1.0.0-rc1"_s << u"short\nlong line\n.\nmore"_s;
        QTest::newRow("crlf, comments, no final newline")
            << QByteArray("# comment\r\nPackage: aleph-vm\r\nversion:   2.0.1  \r\nArchitecture: all") << u"2.0.1"_s
            << QString();
        QTest::newRow("trailing blank lines")
            << QByteArray("Package: p\nVersion: 1\nArchitecture: all\n\n\n") << u"1"_s << QString();
    }
    void parsesFields()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, version);
        QFETCH(QString, description);
        QString error;
        const auto control = ControlFile::parse(data, &error);
        QVERIFY2(control, qPrintable(error));
        QCOMPARE(control->version(), version);
        QCOMPARE(control->value(u"description"_s), description);
        QVERIFY(!control->package().isEmpty());
        QVERIFY(!control->architecture().isEmpty());
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty") << QByteArray() << u"no Package field"_s;
        QTest::newRow("no version") << QByteArray("Package: p\nArchitecture: all\n") << u"no Version field"_s;
        QTest::newRow("no colon") << QByteArray("Package: p\nVersion 1\n") << u"line 2: expected"_s;
        QTest::newRow("continuation first") << QByteArray(" lead\nPackage: p\n") << u"line 1: a continuation"_s;
        QTest::newRow("duplicate") << QByteArray("Package: p\nVersion: 1\nversion: 2\nArchitecture: all\n")
                                   << u"line 3: field version appears twice"_s;
        QTest::newRow("two paragraphs") << QByteArray("Package: p\nVersion: 1\nArchitecture: all\n\nPackage: q\n")
                                        << u"line 5: a binary package's control file has one paragraph"_s;
        QTest::newRow("bad name") << QByteArray("Pack age: p\n") << u"not a valid field name"_s;
        QTest::newRow("not utf-8") << QByteArray("Package: \xff\xfe\nVersion: 1\nArchitecture: all\n")
                                   << u"not valid UTF-8"_s;
    }
    void rejectsInvalid()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ControlFile::parse(data, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void versionCheck_data()
    {
        QTest::addColumn<QString>("packageVersion");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("expected");

        QTest::newRow("match") << u"1.15.0"_s << u"1.15.0"_s << QString() << QString();
        QTest::newRow("rc match") << u"1.0.0-rc1"_s << u"1.0.0-rc1"_s << QString() << QString();
        QTest::newRow("prefix") << u"1.2.3"_s << u"v1.2.3"_s << u"v"_s << QString();
        QTest::newRow("untagged build")
            << u"1.14.0-3-g6da21a3a"_s << u"1.15.0"_s << QString()
            << u"aleph-vm.debian-12.deb has version 1.14.0-3-g6da21a3a but release 1.15.0 "
               "needs 1.15.0: it was built from commit 6da21a3a, 3 commit(s) after tag 1.14.0"_s;
        QTest::newRow("rc for final") << u"1.15.0-rc1"_s << u"1.15.0"_s << QString()
                                      << u"it was not built from this tag"_s;
        QTest::newRow("v kept without prefix") << u"1.2.3"_s << u"v1.2.3"_s << QString() << u"needs v1.2.3"_s;
    }
    void versionCheck()
    {
        QFETCH(QString, packageVersion);
        QFETCH(QString, tag);
        QFETCH(QString, prefix);
        QFETCH(QString, expected);
        const QString message =
            ra::packages::checkPackageVersion(u"aleph-vm.debian-12.deb"_s, packageVersion, tag, prefix);
        if (expected.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestControlFile)
#include "tst_controlfile.moc"
