// SPDX-License-Identifier: GPL-3.0-or-later
// The playbook's optional [review] section: the tracking issue's title and checklist, with the defaults when it
// is absent (existing playbooks stay valid) and clear errors for a title without {tag} or a checklist that does
// not name the seven steps.
#include "core/playbookloader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray project = "[project]\nname = demo\nrepository = example/demo\n\n";

} // namespace

class TestReviewPlaybook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absentSectionKeepsTheDefaults()
    {
        const ra::PlaybookLoadResult preset = ra::PlaybookLoader::loadPreset(u"aleph-vm"_s);
        QVERIFY2(preset.ok(), qPrintable(preset.errorText()));
        QVERIFY(preset.playbook->trackingIssue.titleTemplate.isEmpty());
        QVERIFY(preset.playbook->trackingIssue.checklist.isEmpty());
    }

    void titleAndChecklistAreRead()
    {
        QByteArray text = project + "[review]\ntracking-issue-title = Review of {tag}\n";
        for (int i = 1; i <= 7; ++i) {
            text += "checklist = Step " + QByteArray::number(i) + "\n";
        }
        const ra::PlaybookLoadResult loaded = ra::PlaybookLoader::parse(text, u"test.playbook"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        QCOMPARE(loaded.playbook->trackingIssue.titleTemplate, u"Review of {tag}"_s);
        QCOMPARE(loaded.playbook->trackingIssue.checklist.size(), 7);
        QCOMPARE(loaded.playbook->trackingIssue.checklist.at(6), u"Step 7"_s);
    }

    void mistakesAreExplained_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title without tag")
            << QByteArray("[review]\ntracking-issue-title = Release\n")
            << u"test.playbook:6: review.tracking-issue-title: the tracking issue's title must "
               u"contain {tag}"_s;
        QTest::newRow("three steps") << QByteArray("[review]\nchecklist = a\nchecklist = b\nchecklist = c\n")
                                     << u"the checklist has 3 lines; it mirrors the seven steps"_s;
        QTest::newRow("unknown key") << QByteArray("[review]\ntitle = Release {tag}\n") << u"title"_s;
        QTest::newRow("twice") << QByteArray("[review]\n[review]\n") << u"section [review] appears twice"_s;
    }

    void mistakesAreExplained()
    {
        QFETCH(QByteArray, section);
        QFETCH(QString, expected);
        const ra::PlaybookLoadResult loaded = ra::PlaybookLoader::parse(project + section, u"test.playbook"_s);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorText().contains(expected), qPrintable(loaded.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestReviewPlaybook)
#include "tst_reviewplaybook.moc"
