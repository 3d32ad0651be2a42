// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/draftsync.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::SyncAction;

class TestDraftSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<bool>("hasDraft");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("synced");
        QTest::addColumn<SyncAction>("action");
        const QString base = u"# 1.3.0\n\nbase"_s;
        const QString baseHash = ra::notes::syncHash(base);
        QTest::newRow("no draft") << base << false << QString() << QString() << SyncAction::Create;
        QTest::newRow("same") << base << true << base << baseHash << SyncAction::UpToDate;
        QTest::newRow("web edit with CRLF only")
            << base << true << u"# 1.3.0\r\n\r\nbase"_s << baseHash << SyncAction::UpToDate;
        QTest::newRow("local edit") << base + u" mine"_s << true << base << baseHash << SyncAction::Save;
        QTest::newRow("web edit") << base << true << base + u" web"_s << baseHash << SyncAction::Load;
        QTest::newRow("both edited") << base + u" mine"_s << true << base + u" web"_s << baseHash
                                     << SyncAction::Conflict;
        QTest::newRow("never synced, CI draft differs")
            << base << true << u"CI notes"_s << QString() << SyncAction::Conflict;
    }

    void decide()
    {
        QFETCH(QString, local);
        QFETCH(bool, hasDraft);
        QFETCH(QString, remote);
        QFETCH(QString, synced);
        QTEST(ra::notes::decideSync(local, hasDraft ? std::optional<QString>(remote) : std::nullopt, synced), "action");
    }

    void conflictShowsBothSides()
    {
        const QString merged = ra::notes::conflictText(u"# 1.3.0\nmine\nend"_s, u"# 1.3.0\r\nweb 1\r\nweb 2\r\nend"_s);
        QCOMPARE(merged, u"# 1.3.0\n<<<<<<< your notes\nmine\n=======\nweb 1\nweb 2\n>>>>>>> GitHub draft\nend"_s);
    }
};

QTEST_GUILESS_MAIN(TestDraftSync)
#include "tst_draftsync.moc"
