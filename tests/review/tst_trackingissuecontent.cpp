// SPDX-License-Identifier: GPL-3.0-or-later
// TrackingIssueContent: what the tracking issue carries for reviewers without push access comes back exactly
// (notes byte for byte, assets, digest, revision, checklist), and a body edited by hand is a clear error.
#include "review/trackingissuecontent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::review::ReviewSubject;
using ra::review::TrackingIssueContent;

class TestTrackingIssueContent : public QObject
{
    Q_OBJECT

private:
    static ReviewSubject subject(const QString &notes)
    {
        return {u"1.15.0"_s,
                notes,
                {{u"aleph-vm.debian-12.deb"_s, QString(64, u'a'), 1234}, {u"odd | name `x`%.deb"_s, QString(), 7}}};
    }

private Q_SLOTS:
    void roundTripKeepsTheNotesExactly_data()
    {
        QTest::addColumn<QString>("notes");
        QTest::newRow("plain") << u"# 1.15.0\n\n- Fixed the cache (#701)\n"_s;
        QTest::newRow("no final newline") << u"line one\nline two"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("only a newline") << u"\n"_s;
        QTest::newRow("fences and markers") << u"```sh\nsudo apt install x\n```\n``````\n<!-- release-assistant:notes "
                                               u"final-newline=no -->\n<!-- release-assistant:tracking v1 -->\n"_s;
        QTest::newRow("blank lines at the end") << u"text\n\n\n"_s;
    }

    void roundTripKeepsTheNotesExactly()
    {
        QFETCH(QString, notes);
        TrackingIssueContent content = TrackingIssueContent::fromSubject(subject(notes), 3);
        content.draftUrl = QUrl(u"https://github.com/aleph-im/aleph-vm/releases/tag/untagged-1"_s);
        content.checklist = TrackingIssueContent::checklistOf(
            {}, {{ra::ReleaseStep::Staging, ra::StepState::Done}, {ra::ReleaseStep::Notes, ra::StepState::InProgress}});
        const QString body = content.renderBody();
        QVERIFY(TrackingIssueContent::hasContent(body));

        QString error;
        const auto read = TrackingIssueContent::parseBody(body, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->notes, notes);
        QCOMPARE(read->tag, u"1.15.0"_s);
        QCOMPARE(read->revision, 3);
        QCOMPARE(read->digest, subject(notes).digest());
        QCOMPARE(read->subject().digest(), content.digest);
        QCOMPARE(read->assets.size(), 2);
        QCOMPARE(read->checklist, content.checklist);
        QCOMPARE(read->checklist.at(0).state, ra::StepState::Done);
        QCOMPARE(read->checklist.at(3).state, ra::StepState::InProgress);

        // github.com stores web edits with CRLF: the same content.
        QString crlf = body;
        crlf.replace(u"\n"_s, u"\r\n"_s);
        const auto fromCrlf = TrackingIssueContent::parseBody(crlf, &error);
        QVERIFY2(fromCrlf, qPrintable(error));
        QCOMPARE(fromCrlf->digest, content.digest);

        const QString comment = content.renderRevisionComment();
        QVERIFY(TrackingIssueContent::isRevisionComment(comment));
        QVERIFY(!TrackingIssueContent::hasContent(comment));
        const auto revision = TrackingIssueContent::parseRevisionComment(comment, &error);
        QVERIFY2(revision, qPrintable(error));
        QCOMPARE(revision->notes, notes);
        QCOMPARE(revision->revision, 3);
    }

    void checklistComesFromThePlaybook()
    {
        QStringList labels;
        for (int i = 1; i <= 7; ++i) {
            labels.append(u"Step %1 of ours"_s.arg(i));
        }
        TrackingIssueContent content = TrackingIssueContent::fromSubject(subject(u"x\n"_s), 1);
        content.checklist = TrackingIssueContent::checklistOf(labels, {{ra::ReleaseStep::Tag, ra::StepState::Done}});
        const QString body = content.renderBody();
        QVERIFY(body.contains(u"- [ ] 1. Step 1 of ours\n- [x] 2. Step 2 of ours\n"_s));
        // A list that does not name seven steps falls back to the built-in labels.
        QCOMPARE(TrackingIssueContent::checklistOf({u"one"_s}, {}).at(0).label,
                 TrackingIssueContent::defaultChecklist().at(0));
    }

    void handEditedBodiesAreClearErrors_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("notes edited") << u"Fixed the cache"_s << u"Fixed the cash"_s << u"does not match its digest"_s;
        QTest::newRow("asset digest edited")
            << QString(64, u'a') << QString(64, u'b') << u"does not match its digest"_s;
        QTest::newRow("marker removed") << u"<!-- release-assistant:tracking v1"_s << u"<!-- tracking v1"_s
                                        << u"no release-assistant:tracking marker"_s;
        QTest::newRow("unknown version") << u"tracking v1 "_s << u"tracking v9 "_s << u"unknown version 'v9'"_s;
        QTest::newRow("fence shortened") << u"`````markdown"_s << u"```markdown"_s << u"notes block is missing"_s;
        QTest::newRow("table row mangled") << u"| 1234 |"_s << u"| many |"_s << u"asset table has a row"_s;
        QTest::newRow("notes not closed") << u"\n`````\n\n</details>"_s << u"\n\n</details>"_s << u"not closed"_s;
        QTest::newRow("revision zero") << u"revision=2"_s << u"revision=0"_s << u"a revision from 1"_s;
    }

    void handEditedBodiesAreClearErrors()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const QString body =
            TrackingIssueContent::fromSubject(subject(u"- Fixed the cache (#701)\n"_s), 2).renderBody();
        QVERIFY2(body.contains(from), qPrintable(body));
        QString edited = body;
        edited.replace(from, to);
        QString error;
        QVERIFY(!TrackingIssueContent::parseBody(edited, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.startsWith(u"The tracking issue's content"_s));
    }

    void garbageNeverCrashes()
    {
        const QString body = TrackingIssueContent::fromSubject(subject(u"a\nb\n"_s), 1).renderBody();
        QString error;
        // Every prefix of a valid body cut before its notes block closes is an error, never a crash; after it,
        // the rest is prose people read.
        const qsizetype closed = body.indexOf(u"\n`````\n\n</details>"_s) + 6;
        QVERIFY(closed > 6);
        for (qsizetype length = 0; length < closed; length += 3) {
            QVERIFY(!TrackingIssueContent::parseBody(body.left(length), &error));
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(!TrackingIssueContent::parseBody(u"Tracking the release of `1.15.0`."_s, &error));
        QVERIFY(!TrackingIssueContent::hasContent(u"Tracking the release of `1.15.0`."_s));
    }
};

QTEST_GUILESS_MAIN(TestTrackingIssueContent)
#include "tst_trackingissuecontent.moc"
