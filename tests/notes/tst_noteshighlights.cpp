// SPDX-License-Identifier: GPL-3.0-or-later
// The lines an announcement quotes from the notes: a hand-written Highlights section wins; otherwise the
// generated features, then fixes, each without Markdown, pull-request numbers or credits.
#include "notes/notesgenerator.h"
#include "notes/noteshighlights.h"

#include <QTest>

using namespace ra::notes;
using namespace Qt::StringLiterals;

class TestNotesHighlights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedFeaturesThenFixes()
    {
        NotesInput input;
        input.previousTag = u"1.4.0"_s;
        input.tag = u"1.5.0"_s;
        const auto commit = [](const QString &sha, const QString &subject, const QString &email) {
            ra::Commit c;
            c.sha = sha;
            c.subject = subject;
            c.authorName = u"Someone"_s;
            c.authorEmail = email;
            return c;
        };
        // Newest first, as git log lists them.
        input.commits = {commit(u"c3"_s, u"Fix: keep the VM network up (#703)"_s, u"b@example.org"_s),
                         commit(u"c2"_s, u"feat(net): allow IPv6 in VMs (#702)"_s, u"a@example.org"_s),
                         commit(u"c1"_s, u"Feature: faster boots with a **warm** cache (#701)"_s, u"a@example.org"_s)};
        input.loginsByEmail.insert(u"a@example.org"_s, u"alice"_s);
        const GeneratedNotes notes = generateNotes(input);
        const QStringList highlights = notesHighlights(notes.markdown, 3);
        QCOMPARE(highlights.size(), 3);
        QVERIFY2(highlights.at(0).startsWith(u"faster boots with a warm cache"_s, Qt::CaseInsensitive),
                 qPrintable(highlights.join(u" | "_s)));
        QVERIFY2(highlights.at(1).contains(u"allow IPv6 in VMs"_s, Qt::CaseInsensitive),
                 qPrintable(highlights.join(u" | "_s)));
        QVERIFY2(highlights.at(2).contains(u"keep the VM network up"_s, Qt::CaseInsensitive),
                 qPrintable(highlights.join(u" | "_s)));
        for (const QString &line : highlights) {
            QVERIFY2(!line.contains(u'#') && !line.contains(u'@') && !line.contains(u'*'), qPrintable(line));
        }
        QCOMPARE(notesHighlights(notes.markdown, 1).size(), 1);
    }

    void aHandWrittenHighlightsSectionWins()
    {
        const QString markdown =
            u"# 1.5.0\n\n## Highlights\n\n- IPv6 for every VM\n* [Confidential VMs](https://docs.aleph.im/cvm) "
            "on more hosts\n\n## Features\n\n- Something else (#9) (by @bob)\n"_s;
        QCOMPARE(notesHighlights(markdown), (QStringList{u"IPv6 for every VM"_s, u"Confidential VMs on more hosts"_s}));
    }

    void whatsChangedStyleLinesAreCleaned()
    {
        const QString markdown = u"## Highlights\n\n* Add the scoring table editor by @alice in #812\n"_s;
        QCOMPARE(notesHighlights(markdown), QStringList{u"Add the scoring table editor"_s});
    }

    void nothingToQuote()
    {
        QVERIFY(notesHighlights(u"# 1.5.0\n\nJust words.\n"_s).isEmpty());
        QVERIFY(notesHighlights(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotesHighlights)
#include "tst_noteshighlights.moc"
