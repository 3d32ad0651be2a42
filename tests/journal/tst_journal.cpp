// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journal.h"
#include "journal/journalschema.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::EffectOutcome;
using ra::Journal;
using ra::ReleaseStep;
using ra::StepState;

Q_DECLARE_METATYPE(ra::EffectOutcome)

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath()
    {
        return m_dir.filePath(u"journal-%1/journal.sqlite"_s.arg(++m_counter));
    }

    std::unique_ptr<Journal> openFresh(QString *path = nullptr)
    {
        const QString file = freshPath();
        if (path) {
            *path = file;
        }
        QString error;
        auto journal = Journal::open(file, &error);
        if (!journal) {
            qWarning() << error;
        }
        return journal;
    }

    // Builds a database at schema version \a version with the real migration statements, as an older build
    // left it.
    static void buildOldDatabase(const QString &path, int version, const std::function<void(QSqlDatabase &)> &fill)
    {
        const QString name = u"old-%1"_s.arg(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (int v = 1; v <= version; ++v) {
                const QStringList statements = ra::journalschema::migrationStatements(v);
                for (const QString &statement : statements) {
                    QVERIFY2(query.exec(statement), qPrintable(statement));
                }
            }
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(version)));
            fill(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void opensCreatesAndMigratesToTheCurrentSchema()
    {
        QString path;
        auto journal = openFresh(&path);
        QVERIFY(journal);
        QVERIFY(QFile::exists(path));
        QCOMPARE(journal->schemaVersion(), Journal::SchemaVersion);
        QCOMPARE(journal->databasePath(), path);
        QVERIFY(journal->checkIntegrity());
        QVERIFY(Journal::defaultPath().endsWith(u"/journal.sqlite"_s));
    }

    void createsAndListsReleases()
    {
        auto journal = openFresh();
        QVERIFY(journal->releases().isEmpty());
        QVERIFY(journal->createRelease(u"1.15.0-rc1"_s, {{u"commit"_s, u"abc"_s}}));
        QVERIFY(journal->createRelease(u"1.15.0"_s, {}));
        QCOMPARE(journal->releases(), (QStringList{u"1.15.0"_s, u"1.15.0-rc1"_s}));
        QVERIFY(journal->hasRelease(u"1.15.0"_s));
        QVERIFY(!journal->hasRelease(u"2.0.0"_s));
        QString error;
        QVERIFY(!journal->createRelease(u"1.15.0"_s, {}, &error));
        QVERIFY2(error.contains(u"already has a release '1.15.0'"_s), qPrintable(error));
        QVERIFY(!journal->createRelease(u"  "_s, {}, &error));
        QVERIFY(error.contains(u"needs a name"_s));
        const auto info = journal->releaseInfo(u"1.15.0-rc1"_s);
        QVERIFY(info);
        QCOMPARE(info->metadata.value(u"commit"_s).toString(), u"abc"_s);
        QVERIFY(info->createdAt.isValid());
        QVERIFY(journal->setReleaseMetadata(u"1.15.0-rc1"_s, {{u"commit"_s, u"def"_s}}));
        QCOMPARE(journal->releaseInfo(u"1.15.0-rc1"_s)->metadata.value(u"commit"_s).toString(), u"def"_s);
        QVERIFY(!journal->setReleaseMetadata(u"nope"_s, {}, &error));
        QVERIFY(!journal->releaseInfo(u"nope"_s));
    }

    void effectLifecycle()
    {
        auto journal = openFresh();
        QVERIFY(journal->createRelease(u"1.15.0"_s, {}));
        QString error;
        const qint64 id = journal->beginEffect(u"1.15.0"_s, u"tag"_s, u"create-tag"_s, u"1.15.0"_s,
                                               {{u"commit"_s, u"6da21a3a"_s}}, &error);
        QVERIFY2(id > 0, qPrintable(error));
        auto effect = journal->effect(id);
        QVERIFY(effect);
        QCOMPARE(effect->outcome, EffectOutcome::Pending);
        QCOMPARE(effect->intent.value(u"commit"_s).toString(), u"6da21a3a"_s);
        QVERIFY(effect->intendedAt.isValid());
        QVERIFY(!effect->finishedAt.isValid());
        QCOMPARE(journal->pendingEffects(u"1.15.0"_s).size(), 1);

        QVERIFY(journal->finishEffect(id, EffectOutcome::Succeeded, {{u"sha"_s, u"6da21a3a"_s}}, {}, &error));
        effect = journal->lastEffect(u"1.15.0"_s, u"create-tag"_s, u"1.15.0"_s);
        QVERIFY(effect);
        QCOMPARE(effect->id, id);
        QCOMPARE(effect->outcome, EffectOutcome::Succeeded);
        QCOMPARE(effect->result.value(u"sha"_s).toString(), u"6da21a3a"_s);
        QVERIFY(effect->finishedAt >= effect->intendedAt);
        QVERIFY(journal->pendingEffects(u"1.15.0"_s).isEmpty());

        // A finished effect stays finished: a retry is a new effect.
        QVERIFY(!journal->finishEffect(id, EffectOutcome::Failed, {}, u"late"_s, &error));
        QVERIFY2(error.contains(u"already finished as succeeded"_s), qPrintable(error));
        QVERIFY(!journal->finishEffect(id, EffectOutcome::Pending, {}, {}, &error));
        QVERIFY(error.contains(u"not pending"_s));
        QVERIFY(!journal->finishEffect(9999, EffectOutcome::Succeeded, {}, {}, &error));
        QVERIFY(error.contains(u"no effect 9999"_s));
    }

    void uncertainEffectsAreReconciledLater()
    {
        auto journal = openFresh();
        QVERIFY(journal->createRelease(u"r"_s, {}));
        const qint64 first = journal->beginEffect(u"r"_s, u"packages"_s, u"upload-asset"_s, u"a.deb"_s, {});
        QVERIFY(journal->finishEffect(first, EffectOutcome::Uncertain, {}, u"timeout after sending"_s));
        QCOMPARE(journal->pendingEffects(u"r"_s).size(), 1);
        QCOMPARE(journal->pendingEffects(u"r"_s).constFirst().error, u"timeout after sending"_s);
        // Reconciled with the remote: the asset is there.
        QVERIFY(journal->finishEffect(first, EffectOutcome::Succeeded, {{u"found"_s, true}}));
        QVERIFY(journal->pendingEffects(u"r"_s).isEmpty());
        const qint64 failed = journal->beginEffect(u"r"_s, u"packages"_s, u"upload-asset"_s, u"b.deb"_s, {});
        QVERIFY(journal->finishEffect(failed, EffectOutcome::Failed, {}, u"HTTP 422"_s));
        const qint64 retry = journal->beginEffect(u"r"_s, u"packages"_s, u"upload-asset"_s, u"b.deb"_s, {});
        QCOMPARE(journal->lastEffect(u"r"_s, u"upload-asset"_s, u"b.deb"_s)->id, retry);
        QCOMPARE(journal->effects(u"r"_s).size(), 3);
        QCOMPARE(journal->effects(u"r"_s, u"packages"_s).size(), 3);
        QCOMPARE(journal->effects(u"r"_s, u"tag"_s).size(), 0);
        QVERIFY(!journal->lastEffect(u"r"_s, u"upload-asset"_s, u"c.deb"_s));
    }

    void effectsNeedAKnownRelease()
    {
        auto journal = openFresh();
        QString error;
        QCOMPARE(journal->beginEffect(u"ghost"_s, u"tag"_s, u"create-tag"_s, u"x"_s, {}, &error), 0);
        QVERIFY2(error.contains(u"no release 'ghost'"_s), qPrintable(error));
        QVERIFY(!journal->setStepState(u"ghost"_s, ReleaseStep::Tag, StepState::Done, {}, &error));
        QVERIFY(!journal->setValue(u"ghost"_s, u"k"_s, 1, &error));
    }

    void outcomeKeysRoundTrip_data()
    {
        QTest::addColumn<EffectOutcome>("outcome");
        QTest::addColumn<QString>("key");
        QTest::newRow("pending") << EffectOutcome::Pending << u"pending"_s;
        QTest::newRow("succeeded") << EffectOutcome::Succeeded << u"succeeded"_s;
        QTest::newRow("failed") << EffectOutcome::Failed << u"failed"_s;
        QTest::newRow("uncertain") << EffectOutcome::Uncertain << u"uncertain"_s;
    }

    void outcomeKeysRoundTrip()
    {
        QFETCH(EffectOutcome, outcome);
        QFETCH(QString, key);
        QCOMPARE(ra::outcomeKey(outcome), key);
        QCOMPARE(ra::outcomeFromKey(key), outcome);
    }

    void stepStatesAndValuesPersist()
    {
        QString path;
        {
            auto journal = openFresh(&path);
            QVERIFY(journal->createRelease(u"1.15.0"_s, {}));
            QCOMPARE(journal->stepState(u"1.15.0"_s, ReleaseStep::Staging), StepState::NotStarted);
            QVERIFY(journal->setStepState(u"1.15.0"_s, ReleaseStep::Staging, StepState::Done, u"checked ovh"_s));
            QVERIFY(journal->setStepState(u"1.15.0"_s, ReleaseStep::Tag, StepState::InProgress));
            QVERIFY(journal->setStepState(u"1.15.0"_s, ReleaseStep::Tag, StepState::NeedsAttention, u"pushed?"_s));
            QVERIFY(journal->setValue(u"1.15.0"_s, u"tag"_s, u"1.15.0"_s));
            QVERIFY(journal->setValue(u"1.15.0"_s, u"draft-id"_s, 123456));
            QVERIFY(journal->setValue(u"1.15.0"_s, u"prerelease"_s, false));
            QVERIFY(journal->setValue(u"1.15.0"_s, u"assets"_s, QJsonArray{u"a.deb"_s, u"b.deb"_s}));
            QVERIFY(journal->setValue(u"1.15.0"_s, u"gone"_s, 1));
            QVERIFY(journal->setValue(u"1.15.0"_s, u"gone"_s, QJsonValue(QJsonValue::Undefined)));
        }
        QString error;
        auto reopened = Journal::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->stepState(u"1.15.0"_s, ReleaseStep::Staging), StepState::Done);
        QCOMPARE(reopened->stepNote(u"1.15.0"_s, ReleaseStep::Staging), u"checked ovh"_s);
        QCOMPARE(reopened->stepState(u"1.15.0"_s, ReleaseStep::Tag), StepState::NeedsAttention);
        QCOMPARE(reopened->stepNote(u"1.15.0"_s, ReleaseStep::Tag), u"pushed?"_s);
        QCOMPARE(reopened->stepState(u"1.15.0"_s, ReleaseStep::Announce), StepState::NotStarted);
        QCOMPARE(reopened->value(u"1.15.0"_s, u"tag"_s).toString(), u"1.15.0"_s);
        QCOMPARE(reopened->value(u"1.15.0"_s, u"draft-id"_s).toInteger(), 123456);
        QVERIFY(reopened->value(u"1.15.0"_s, u"prerelease"_s).isBool());
        QCOMPARE(reopened->value(u"1.15.0"_s, u"assets"_s).toArray().size(), 2);
        QVERIFY(reopened->value(u"1.15.0"_s, u"gone"_s).isUndefined());
        QVERIFY(reopened->value(u"1.15.0"_s, u"never"_s).isUndefined());
    }

    void transactionsAreAllOrNothing()
    {
        auto journal = openFresh();
        QVERIFY(journal->createRelease(u"r"_s, {}));
        QString error;
        // Rolled back: the work reports failure after two writes.
        QVERIFY(!journal->transaction(
            [&](QString *workError) {
                journal->setValue(u"r"_s, u"a"_s, 1);
                journal->beginEffect(u"r"_s, u"notes"_s, u"update-draft"_s, u"body"_s, {});
                *workError = u"changed my mind"_s;
                return false;
            },
            &error));
        QCOMPARE(error, u"changed my mind"_s);
        QVERIFY(journal->value(u"r"_s, u"a"_s).isUndefined());
        QVERIFY(journal->effects(u"r"_s).isEmpty());
        // A failing write inside rolls the whole transaction back even if the work ignores it.
        QVERIFY(!journal->transaction(
            [&](QString *) {
                journal->setValue(u"r"_s, u"b"_s, 2);
                QString inner;
                journal->setValue(u"ghost"_s, u"b"_s, 2, &inner);
                return true;
            },
            &error));
        QVERIFY(journal->value(u"r"_s, u"b"_s).isUndefined());
        // Committed together.
        QVERIFY(journal->transaction(
            [&](QString *) {
                return journal->setValue(u"r"_s, u"c"_s, 3) &&
                       journal->setStepState(u"r"_s, ReleaseStep::Notes, StepState::Done);
            },
            &error));
        QCOMPARE(journal->value(u"r"_s, u"c"_s).toInt(), 3);
        QCOMPARE(journal->stepState(u"r"_s, ReleaseStep::Notes), StepState::Done);
    }

    void twoInstancesShareTheDatabase()
    {
        QString path;
        auto first = openFresh(&path);
        auto second = Journal::open(path);
        QVERIFY(first && second);
        QVERIFY(first->createRelease(u"r"_s, {}));
        QVERIFY(second->hasRelease(u"r"_s));
        const qint64 id = second->beginEffect(u"r"_s, u"tag"_s, u"create-tag"_s, u"r"_s, {});
        QCOMPARE(first->pendingEffects(u"r"_s).constFirst().id, id);
    }

    void theSecondLockIsRefusedWithAClearMessage()
    {
        QString path;
        auto first = openFresh(&path);
        auto second = Journal::open(path);
        QString error;
        auto lock = first->lockRelease(u"1.15.0"_s, &error);
        QVERIFY2(lock, qPrintable(error));
        QVERIFY(QFile::exists(lock->lockFilePath()));
        QCOMPARE(lock->release(), u"1.15.0"_s);
        QVERIFY(!second->lockRelease(u"1.15.0"_s, &error));
        QVERIFY2(error.contains(u"release '1.15.0' is already open in another Release Assistant"_s), qPrintable(error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
        // Other releases are independent.
        QVERIFY(second->lockRelease(u"1.16.0"_s));
        // Released on destruction.
        lock.reset();
        QVERIFY(second->lockRelease(u"1.15.0"_s, &error));
        // Names that are not file names still get distinct locks.
        auto odd = first->lockRelease(u"a/b"_s);
        QVERIFY(odd);
        QVERIFY(first->lockRelease(u"a_b"_s));
        QVERIFY(!second->lockRelease(u"a/b"_s));
    }

    void migratesAVersionOneDatabase()
    {
        const QString path = freshPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        buildOldDatabase(path, 1, [](QSqlDatabase &db) {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"INSERT INTO releases (name, metadata, created_at) VALUES "
                               u"('1.14.0', '{\"commit\":\"abc\"}', '2026-08-01T10:00:00.000Z')"_s));
            QVERIFY(query.exec(u"INSERT INTO effects (release, step, action, key, intent, outcome, intended_at) "
                               u"VALUES ('1.14.0', 'tag', 'create-tag', '1.14.0', '{\"commit\":\"abc\"}', "
                               u"'pending', '2026-08-01T10:01:00.000Z')"_s));
            QVERIFY(query.exec(u"INSERT INTO step_states (release, step, state, note, updated_at) VALUES "
                               u"('1.14.0', 'staging', 'done', 'ok', '2026-08-01T10:00:00.000Z')"_s));
        });
        QString error;
        auto journal = Journal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->schemaVersion(), 2);
        QCOMPARE(journal->releases(), QStringList{u"1.14.0"_s});
        QCOMPARE(journal->releaseInfo(u"1.14.0"_s)->metadata.value(u"commit"_s).toString(), u"abc"_s);
        const auto pending = journal->pendingEffects(u"1.14.0"_s);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().intent.value(u"commit"_s).toString(), u"abc"_s);
        QCOMPARE(pending.constFirst().intendedAt, QDateTime(QDate(2026, 8, 1), QTime(10, 1), QTimeZone::UTC));
        QCOMPARE(journal->stepState(u"1.14.0"_s, ReleaseStep::Staging), StepState::Done);
        // What version 2 added works on the migrated data.
        QVERIFY(journal->setValue(u"1.14.0"_s, u"tag"_s, u"1.14.0"_s));
        QCOMPARE(journal->value(u"1.14.0"_s, u"tag"_s).toString(), u"1.14.0"_s);
        QVERIFY(journal->checkIntegrity());
        // Opening again is a no-op.
        journal.reset();
        QVERIFY(Journal::open(path));
    }

    void refusesANewerSchema()
    {
        const QString path = freshPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        buildOldDatabase(path, 2, [](QSqlDatabase &db) {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
        });
        QString error;
        QVERIFY(!Journal::open(path, &error));
        QVERIFY2(error.contains(u"schema version 99, written by a newer Release Assistant"_s), qPrintable(error));
        QVERIFY(error.contains(path));
    }

    void refusesAFileThatIsNotAJournal()
    {
        const QString path = freshPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QString error;
        QVERIFY(!Journal::open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"move it away"_s) || error.contains(u"cannot use"_s), qPrintable(error));
    }

    void refusesAnUnwritableFolder()
    {
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QVERIFY(!Journal::open(blocker + u"/sub/journal.sqlite"_s, &error));
        QVERIFY2(error.contains(u"cannot create the folder"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
