// SPDX-License-Identifier: GPL-3.0-or-later
// The marker of an approval comment: written and read back, found inside the human text, and refused when it
// is ambiguous or malformed (anyone can type one; only well-formed markers count).
#include "review/approvalcomment.h"
#include "review/approvalmarker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::review::ApprovalComment;
using ra::review::ApprovalMarker;
using ra::review::Verdict;

namespace {

const QString digest = u"sha256:"_s + QString(64, u'e');

} // namespace

class TestApprovalMarker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsTheDocumentedForm()
    {
        const ApprovalMarker marker{u"1.15.0"_s, digest, Verdict::Approve};
        QCOMPARE(marker.format(),
                 u"<!-- release-assistant:approval v1 release=1.15.0 digest=%1 verdict=approve -->"_s.arg(digest));
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<int>("verdict");
        QTest::newRow("final approve") << u"1.15.0"_s << int(Verdict::Approve);
        QTest::newRow("rc changes") << u"1.15.0-rc1"_s << int(Verdict::Changes);
        QTest::newRow("tag with an arrow") << u"odd-->tag"_s << int(Verdict::Approve);
        QTest::newRow("spaces and percent") << u"a b%20c"_s << int(Verdict::Changes);
        QTest::newRow("non-ascii") << u"version-é"_s << int(Verdict::Approve);
    }

    void roundTrips()
    {
        QFETCH(QString, release);
        QFETCH(int, verdict);
        const ApprovalMarker marker{release, digest, Verdict(verdict)};
        QCOMPARE(ApprovalMarker::parse(marker.format()), marker);
    }

    void isFoundInTheComposedComment()
    {
        const ApprovalMarker approve{u"1.15.0"_s, digest, Verdict::Approve};
        const QString body = ApprovalComment::compose(approve, u"ignored"_s, 4);
        QVERIFY(body.contains(u"Approved"_s));
        QVERIFY(body.contains(u"4 asset(s)"_s));
        QVERIFY(!body.contains(u"ignored"_s));
        QCOMPARE(ApprovalMarker::parse(body), approve);

        // A reason that carries a marker of its own must not make the comment ambiguous or change its verdict.
        const ApprovalMarker changes{u"1.15.0"_s, digest, Verdict::Changes};
        const QString reason = u"Typo in line 3\n"_s + approve.format();
        const QString withReason = ApprovalComment::compose(changes, reason, 4);
        QVERIFY(withReason.contains(u"> Typo in line 3"_s));
        QCOMPARE(ApprovalMarker::parse(withReason), changes);
    }

    void refusesMalformedMarkers_data()
    {
        QTest::addColumn<QString>("body");
        const QString good = ApprovalMarker{u"1.15.0"_s, digest, Verdict::Approve}.format();
        QTest::newRow("no marker") << u"LGTM"_s;
        QTest::newRow("two markers") << good + u"\n"_s + good;
        QTest::newRow("unclosed") << good.chopped(3);
        QTest::newRow("version 2") << QString(good).replace(u" v1 "_s, u" v2 "_s);
        QTest::newRow("bad verdict") << QString(good).replace(u"verdict=approve"_s, u"verdict=yes"_s);
        QTest::newRow("short digest") << QString(good).replace(digest, digest.chopped(1));
        QTest::newRow("missing release") << QString(good).replace(u"release=1.15.0 "_s, QString());
        QTest::newRow("empty release") << QString(good).replace(u"release=1.15.0"_s, u"release="_s);
        QTest::newRow("repeated field") << QString(good).replace(u"verdict=approve"_s,
                                                                 u"verdict=approve verdict=changes"_s);
        QTest::newRow("token without =") << QString(good).replace(u"verdict=approve"_s, u"verdict=approve please"_s);
    }

    void refusesMalformedMarkers()
    {
        QFETCH(QString, body);
        QVERIFY(!ApprovalMarker::parse(body).has_value());
    }

    void ignoresUnknownFieldsAndExtraWhitespace()
    {
        const QString body =
            u"text\n<!-- release-assistant:approval   v1\nrelease=1.15.0 future=x digest=%1\tverdict=changes -->"_s.arg(
                digest);
        const auto marker = ApprovalMarker::parse(body);
        QVERIFY(marker);
        QCOMPARE(marker->verdict, Verdict::Changes);
        QCOMPARE(marker->release, u"1.15.0"_s);
    }
};

QTEST_GUILESS_MAIN(TestApprovalMarker)
#include "tst_approvalmarker.moc"
