// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/noteslinter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::LintSeverity;

namespace {

ra::notes::LintContext context()
{
    ra::notes::LintContext c;
    c.tag = u"2.0.0"_s;
    c.previousTag = u"1.15.0"_s;
    c.rangeKnown = true;
    c.pullRequestsInRange = {1133, 1140};
    c.commitShasInRange = {u"6b0758201234567890abcdef1234567890abcdef"_s};
    c.expectedAssets = {u"aleph-vm.debian-12.deb"_s, u"aleph-vm.debian-13.deb"_s};
    return c;
}

} // namespace

class TestNotesLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("line");
        QTest::addColumn<LintSeverity>("severity");

        // The 2.0.0 lesson: #1171 was merged after the tag was cut.
        QTest::newRow("pr out of range") << u"# 2.0.0\n\nIntro.\n\n- Fix agent (#1171)\n"_s << u"pr-out-of-range"_s << 5
                                         << LintSeverity::Error;
        QTest::newRow("pr url out of range") << u"See https://github.com/aleph-im/aleph-vm/pull/1171 for details.\n"_s
                                             << u"pr-out-of-range"_s << 1 << LintSeverity::Error;
        QTest::newRow("commit out of range")
            << u"Reverted in `deadbe1`.\n"_s << u"commit-out-of-range"_s << 1 << LintSeverity::Error;
        QTest::newRow("asset name")
            << u"x\n\n    wget https://github.com/aleph-im/aleph-vm/releases/download/2.0.0/aleph-vm.debian-12.deb.zip\n"_s
            << u"asset-name"_s << 3 << LintSeverity::Error;
        QTest::newRow("download tag")
            << u"wget https://github.com/aleph-im/aleph-vm/releases/download/1.15.0/aleph-vm.debian-12.deb\n"_s
            << u"tag-mismatch"_s << 1 << LintSeverity::Error;
        QTest::newRow("title tag") << u"# Aleph-vm 1.15.0\n\ntext\n"_s << u"tag-mismatch"_s << 1 << LintSeverity::Error;
        QTest::newRow("compare end")
            << u"text\n**Full Changelog**: https://github.com/aleph-im/aleph-vm/compare/1.15.0...2.0.1\n"_s
            << u"tag-mismatch"_s << 2 << LintSeverity::Error;
        QTest::newRow("compare start")
            << u"**Full Changelog**: https://github.com/aleph-im/aleph-vm/compare/1.14.0...2.0.0\n"_s
            << u"tag-mismatch"_s << 1 << LintSeverity::Warning;
        QTest::newRow("empty section") << u"# 2.0.0\n\ntext\n\n## Bug fixes\n\n<!-- none -->\n\n## Other\n\nx\n"_s
                                       << u"empty-section"_s << 5 << LintSeverity::Warning;
        QTest::newRow("empty last section")
            << u"text\n\n## Bug fixes\n\n"_s << u"empty-section"_s << 3 << LintSeverity::Warning;
        QTest::newRow("link without target")
            << u"text\nSee [the docs]().\n"_s << u"broken-link"_s << 2 << LintSeverity::Error;
        QTest::newRow("unclosed link") << u"See [the docs](https://docs.aleph.im\n"_s << u"broken-link"_s << 1
                                       << LintSeverity::Error;
        QTest::newRow("bad url") << u"See [x](https://)\n"_s << u"broken-link"_s << 1 << LintSeverity::Error;
        QTest::newRow("undefined reference")
            << u"See [the docs][docs].\n"_s << u"broken-link"_s << 1 << LintSeverity::Error;
        QTest::newRow("missing anchor") << u"# 2.0.0\n\nSee [below](#how-to-upgrade).\n"_s << u"broken-link"_s << 3
                                        << LintSeverity::Warning;
    }

    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(int, line);
        QFETCH(LintSeverity, severity);
        const auto findings = ra::notes::lintNotes(text, context());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, rule);
        QCOMPARE(findings.first().line, line);
        QCOMPARE(findings.first().severity, severity);
        QVERIFY(!findings.first().message.isEmpty());
    }

    void cleanNotesHaveNoFindings()
    {
        const QString text =
            u"# 2.0.0\n\nThe agent now talks gRPC (#1133), see [docs](https://docs.aleph.im) and "
            u"[the steps](#how-to-upgrade) and [ref][r].\n\n[r]: https://aleph.im\n\n"
            u"- [x] done\n- [ ] todo, see commit `6b07582` and issue #1140\n\n"
            u"## How to upgrade\n\n```bash\n# 1.0.0 comment, #999 in code\n"
            u"wget https://github.com/aleph-im/aleph-vm/releases/download/2.0.0/aleph-vm.debian-13.deb\n"
            u"```\n\n**Full Changelog**: https://github.com/aleph-im/aleph-vm/compare/1.15.0...2.0.0\n"_s;
        const auto findings = ra::notes::lintNotes(text, context());
        for (const auto &finding : findings) {
            qWarning() << finding.line << finding.rule << finding.message;
        }
        QVERIFY(findings.isEmpty());
    }

    void rangeRulesNeedARange()
    {
        auto c = context();
        c.rangeKnown = false;
        QVERIFY(ra::notes::lintNotes(u"- Fix agent (#1171)\n"_s, c).isEmpty());
    }

    void bodyLimit()
    {
        const QString line = QString(99, u'x') + u'\n';
        const QString text = line.repeated(1300); // 130,000 characters
        const auto findings = ra::notes::lintNotes(text, context());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, u"body-limit"_s);
        QCOMPARE(findings.first().line, 1251);
        QVERIFY(ra::notes::lintNotes(line.repeated(1250), context()).isEmpty());
    }

    void findingsAreSortedByLine()
    {
        const auto findings = ra::notes::lintNotes(u"# 1.0.0\n\n## Empty\n\n## X\n\n[a]()\n#1171\n"_s, context());
        QVERIFY(findings.size() >= 4);
        for (qsizetype i = 1; i < findings.size(); ++i) {
            QVERIFY(findings.at(i - 1).line <= findings.at(i).line);
        }
    }
};

QTEST_GUILESS_MAIN(TestNotesLinter)
#include "tst_noteslinter.moc"
