// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a real writer process between intent and result, and checks what the journal says afterwards.
#include "journal/journal.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::EffectOutcome;
using ra::Journal;

namespace {

class Crasher
{
public:
    Crasher(const QString &database, const QString &release, const QString &mode)
    {
        m_process.setProgram(QStringLiteral(RA_JOURNAL_CRASHER));
        m_process.setArguments({database, release, mode});
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
    }

    ~Crasher()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    Crasher(const Crasher &) = delete;
    Crasher &operator=(const Crasher &) = delete;

    /// Reads stdout until a line matching \a pattern arrives (or the process ends); returns that line.
    QString waitForLine(const QRegularExpression &pattern, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                m_lines.append(line);
                if (pattern.match(line).hasMatch()) {
                    return line;
                }
            }
            if (m_process.state() == QProcess::NotRunning) {
                return {};
            }
            m_process.waitForReadyRead(100);
        }
        return {};
    }

    /// SIGKILL, then collects what was written before it.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
        collectRest();
    }

    void waitForExit()
    {
        m_process.waitForFinished(30000);
        collectRest();
    }

    [[nodiscard]] const QStringList &lines() const
    {
        return m_lines;
    }
    [[nodiscard]] QProcess &process()
    {
        return m_process;
    }

private:
    void collectRest()
    {
        const QStringList rest = QString::fromUtf8(m_process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        m_lines.append(rest);
    }

    QProcess m_process;
    QStringList m_lines;
};

qint64 idOf(const QString &line)
{
    return line.section(u' ', 1, 1).toLongLong();
}

} // namespace

class TestJournalCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath()
    {
        return m_dir.filePath(u"crash-%1/journal.sqlite"_s.arg(++m_counter));
    }

    // After any crash: the database opens, is intact, and the lock left behind is taken over.
    static std::unique_ptr<Journal> reopenAfterCrash(const QString &path, const QString &release)
    {
        QString error;
        auto journal = Journal::open(path, &error);
        if (!journal) {
            qWarning() << "reopen:" << error;
            return nullptr;
        }
        if (!journal->checkIntegrity(&error)) {
            qWarning() << "integrity:" << error;
            return nullptr;
        }
        if (!journal->lockRelease(release, &error)) {
            qWarning() << "lock:" << error;
            return nullptr;
        }
        return journal;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void abortBetweenIntentAndResultLeavesAPendingEffect()
    {
        const QString path = freshPath();
        Crasher crasher(path, u"1.15.0"_s, u"begin-then-abort"_s);
        const QString begun = crasher.waitForLine(QRegularExpression(u"^begun \\d+$"_s));
        QVERIFY2(!begun.isEmpty(), qPrintable(crasher.lines().join(u'\n')));
        crasher.waitForExit();
        QCOMPARE(crasher.process().exitStatus(), QProcess::CrashExit);

        auto journal = reopenAfterCrash(path, u"1.15.0"_s);
        QVERIFY(journal);
        const auto pending = journal->pendingEffects(u"1.15.0"_s);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().id, idOf(begun));
        QCOMPARE(pending.constFirst().outcome, EffectOutcome::Pending);
        QCOMPARE(pending.constFirst().action, u"create-tag"_s);
        QCOMPARE(pending.constFirst().intent.value(u"commit"_s).toString(), u"6da21a3a"_s);
        // The step reconciles (the tag is found on the remote) and finishes the effect.
        QVERIFY(journal->finishEffect(pending.constFirst().id, EffectOutcome::Succeeded, {{u"found"_s, true}}));
        QVERIFY(journal->pendingEffects(u"1.15.0"_s).isEmpty());
    }

    void sigkillBetweenIntentAndResultLeavesAPendingEffect()
    {
        const QString path = freshPath();
        Crasher crasher(path, u"1.15.0"_s, u"begin-then-wait"_s);
        const QString begun = crasher.waitForLine(QRegularExpression(u"^begun \\d+$"_s));
        QVERIFY2(!begun.isEmpty(), qPrintable(crasher.lines().join(u'\n')));
        crasher.kill();

        auto journal = reopenAfterCrash(path, u"1.15.0"_s);
        QVERIFY(journal);
        const auto last = journal->lastEffect(u"1.15.0"_s, u"create-tag"_s, u"1.15.0"_s);
        QVERIFY(last);
        QCOMPARE(last->id, idOf(begun));
        QCOMPARE(last->outcome, EffectOutcome::Pending);
        QVERIFY(!last->finishedAt.isValid());
        QCOMPARE(journal->releaseInfo(u"1.15.0"_s)->metadata.value(u"by"_s).toString(), u"crasher"_s);
    }

    void sigkillDuringAWriteLoopLosesNothing_data()
    {
        QTest::addColumn<int>("after");
        // Kill at different depths of the loop so that the kill lands at different points of a write.
        QTest::newRow("early") << 3;
        QTest::newRow("middle") << 40;
        QTest::newRow("late") << 150;
    }

    void sigkillDuringAWriteLoopLosesNothing()
    {
        QFETCH(int, after);
        const QString path = freshPath();
        Crasher crasher(path, u"2.0.0"_s, u"write-loop"_s);
        const QString line = crasher.waitForLine(QRegularExpression(u"^finished %1$"_s.arg(after)));
        QVERIFY2(!line.isEmpty(), qPrintable(crasher.lines().join(u'\n')));
        crasher.kill();

        QSet<qint64> begun;
        QSet<qint64> finished;
        for (const QString &event : crasher.lines()) {
            QVERIFY2(!event.startsWith(u"error"_s), qPrintable(event));
            (event.startsWith(u"begun"_s) ? begun : finished).insert(idOf(event));
        }
        auto journal = reopenAfterCrash(path, u"2.0.0"_s);
        QVERIFY(journal);
        const auto effects = journal->effects(u"2.0.0"_s);
        QSet<qint64> stored;
        int pendingCount = 0;
        for (const auto &effect : effects) {
            stored.insert(effect.id);
            QVERIFY(!effect.intent.value(u"name"_s).toString().isEmpty());
            if (effect.outcome == EffectOutcome::Pending) {
                ++pendingCount;
                QVERIFY2(!finished.contains(effect.id), "an effect reported finished is still pending");
            } else {
                QCOMPARE(effect.outcome, EffectOutcome::Succeeded);
                QCOMPARE(effect.result.value(u"url"_s).toString(), effect.key);
            }
        }
        // Every intent the writer saw committed is there, every result it saw committed too, and at most
        // the one effect in flight is left pending.
        QVERIFY(stored.contains(begun));
        for (qint64 id : finished) {
            QCOMPARE(journal->effect(id)->outcome, EffectOutcome::Succeeded);
        }
        QVERIFY(pendingCount <= 1);
        QCOMPARE(journal->pendingEffects(u"2.0.0"_s).size(), pendingCount);
    }

    void aSecondInstanceIsToldTheReleaseIsBusy()
    {
        const QString path = freshPath();
        Crasher holder(path, u"1.15.0"_s, u"hold-lock"_s);
        QVERIFY2(!holder.waitForLine(QRegularExpression(u"^locked$"_s)).isEmpty(),
                 qPrintable(holder.lines().join(u'\n')));
        QString error;
        auto journal = Journal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(!journal->lockRelease(u"1.15.0"_s, &error));
        QVERIFY2(error.contains(u"release '1.15.0' is already open in another Release Assistant"_s), qPrintable(error));
        QVERIFY2(error.contains(QString::number(holder.process().processId())), qPrintable(error));
        QVERIFY(error.contains(u"journalcrasher"_s));
        // Another process trying the same release gets the same answer.
        Crasher second(path, u"1.15.0"_s, u"hold-lock"_s);
        const QString refused = second.waitForLine(QRegularExpression(u"^error "_s));
        QVERIFY2(refused.contains(u"already open in another Release Assistant"_s), qPrintable(refused));
        // Once the holder is gone (even killed), the release can be taken.
        holder.kill();
        QVERIFY2(journal->lockRelease(u"1.15.0"_s, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journalcrash.moc"
