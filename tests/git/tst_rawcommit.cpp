// SPDX-License-Identifier: GPL-3.0-or-later
// The history walk reads commit objects itself (RawCommitReader): for every odd message and header, what it
// reads must be what libgit2's git_commit_summary(), git_commit_body() and git_commit_author() say.
#include "git/handles.h"
#include "git/libgit2guard.h"
#include "git/oid.h"
#include "git/rawcommit.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Tree = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n";
const QByteArray Parent1 = "parent 1111111111111111111111111111111111111111\n";
const QByteArray Parent2 = "parent 2222222222222222222222222222222222222222\n";
const QByteArray Author = "author Ada Lovelace <ada@example.org> 1700000000 +0100\n";
const QByteArray Committer = "committer Ada Lovelace <ada@example.org> 1700000060 +0100\n";

QByteArray commitText(const QByteArray &message, const QByteArray &extraHeaders = {}, const QByteArray &author = Author,
                      const QByteArray &parents = Parent1)
{
    return Tree + parents + author + Committer + extraHeaders + '\n' + message;
}

} // namespace

class TestRawCommit : public QObject
{
    Q_OBJECT

private:
    ra::git::LibGit2Guard m_libgit2;
    QTemporaryDir m_dir;
    ra::git::RepositoryPtr m_repository;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        git_repository *repository = nullptr;
        QCOMPARE(git_repository_init(&repository, QFile::encodeName(m_dir.path()).constData(), true), 0);
        m_repository.reset(repository);
    }

    void readsAsLibgit2Does_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addRow("one line") << commitText("Fix: node crashes (#12)\n");
        QTest::addRow("subject and body") << commitText("Feature: IPv6 (#3)\n\nSolution: add routes.\n\nMore.\n");
        QTest::addRow("subject over two lines")
            << commitText("A subject that goes on\nover a second line\n\nThe body.\n");
        QTest::addRow("blank-only line ends the subject") << commitText("Subject\n \t \nbody after blanks\n");
        QTest::addRow("leading line breaks") << commitText("\n\n\nSubject after breaks\n\nBody\n");
        QTest::addRow("CRLF") << commitText("Subject with CRLF\r\n\r\nBody line\r\n");
        QTest::addRow("runs of blanks") << commitText("  Lead  and\t inner \n  folded\tline \n\n  body  \n\n");
        QTest::addRow("trailing blanks") << commitText("Subject   \t\n");
        QTest::addRow("no message") << commitText("");
        QTest::addRow("no final line break") << commitText("Subject only");
        QTest::addRow("body of blanks only") << commitText("Subject\n\n  \n\t\n");
        QTest::addRow("NUL in the message") << commitText(QByteArray("Subject\n\nBody\0hidden after NUL\n", 31));
        QTest::addRow("not UTF-8") << commitText("Caf\xe9 au lait\n\nna\xefve\n", "encoding ISO-8859-1\n");
        QTest::addRow("UTF-8") << commitText("Füße: ünïcödé (#7)\n\nBödy ✓\n");
        QTest::addRow("signed, continuation lines")
            << commitText("Signed subject\n",
                          "gpgsig -----BEGIN PGP SIGNATURE-----\n parent 3333333333333333333333333333333333333333\n"
                          " author Mallory <m@example.org> 1 +0000\n \n -----END PGP SIGNATURE-----\n");
        QTest::addRow("merge") << commitText("Merge pull request #4 from contributor/topic\n\nTopic title\n", {},
                                             Author, Parent1 + Parent2);
        QTest::addRow("root commit") << commitText("Initial commit\n", {}, Author, {});
        QTest::addRow("negative half-hour zone")
            << commitText("Zone\n", {}, "author Ana <ana@example.org> 1600000000 -0130\n");
        QTest::addRow("Nepal zone") << commitText("Zone\n", {}, "author Ana <ana@example.org> 1600000000 +0545\n");
        QTest::addRow("overflowing zone")
            << commitText("Zone\n", {}, "author Ana <ana@example.org> 1600000000 +9999\n");
        QTest::addRow("malformed zone") << commitText("Zone\n", {}, "author Ana <ana@example.org> 1600000000 0100\n");
        QTest::addRow("no zone") << commitText("Zone\n", {}, "author Ana <ana@example.org> 1600000000\n");
        QTest::addRow("angle brackets in the name")
            << commitText("Name\n", {}, "author Bob <bob> Builder <bob@example.org> 1600000000 +0000\n");
        QTest::addRow("blanks around name and e-mail")
            << commitText("Name\n", {}, "author   Spacey Name   <  spacey@example.org  > 1600000000 +0200\n");
        QTest::addRow("empty e-mail") << commitText("Name\n", {}, "author Nobody <> 1600000000 +0000\n");
    }

    void readsAsLibgit2Does()
    {
        QFETCH(QByteArray, raw);
        git_odb *rawOdb = nullptr;
        QCOMPARE(git_repository_odb(&rawOdb, m_repository.get()), 0);
        const ra::git::OdbPtr odb(rawOdb);
        git_oid oid;
        QCOMPARE(git_odb_write(&oid, odb.get(), raw.constData(), size_t(raw.size()), GIT_OBJECT_COMMIT), 0);
        git_commit *rawCommit = nullptr;
        QCOMPARE(git_commit_lookup(&rawCommit, m_repository.get(), &oid), 0);
        const ra::git::CommitPtr expected(rawCommit);

        const QString sha = ra::git::oidToString(oid);
        const QByteArray latin = sha.toLatin1();
        ra::git::RawCommitReader reader;
        const ra::Commit commit = reader.read(QLatin1StringView(latin), raw);

        QCOMPARE(commit.sha, sha);
        QCOMPARE(commit.subject, QString::fromUtf8(git_commit_summary(expected.get())));
        const char *body = git_commit_body(expected.get());
        QCOMPARE(commit.body, body ? QString::fromUtf8(body) : QString());
        QCOMPARE(commit.body.isNull(), body == nullptr);
        const git_signature *author = git_commit_author(expected.get());
        QCOMPARE(commit.authorName, QString::fromUtf8(author->name));
        QCOMPARE(commit.authorEmail, QString::fromUtf8(author->email));
        QCOMPARE(commit.authoredAt.toSecsSinceEpoch(), qint64(author->when.time));
        QCOMPARE(commit.authoredAt.offsetFromUtc(), author->when.offset * 60);
        QStringList parents;
        for (unsigned int i = 0; i < git_commit_parentcount(expected.get()); ++i) {
            parents.append(ra::git::oidToString(*git_commit_parent_id(expected.get(), i)));
        }
        QCOMPARE(commit.parents, parents);
    }

    void sharesEachAuthorsStrings()
    {
        ra::git::RawCommitReader reader;
        const ra::Commit first = reader.read(QLatin1StringView("1"), commitText("One\n"));
        const ra::Commit second = reader.read(QLatin1StringView("2"), commitText("Two\n"));
        QCOMPARE(second.authorName, u"Ada Lovelace"_s);
        QVERIFY(first.authorName.isSharedWith(second.authorName));
        QVERIFY(first.authorEmail.isSharedWith(second.authorEmail));
    }

    void pullRequestsComeFromTheSubject()
    {
        ra::git::RawCommitReader reader;
        const ra::Commit commit =
            reader.read(QLatin1StringView("3"), commitText("Fix: thing (#12) (#15)\n\nSee (#99) in the body.\n"));
        QCOMPARE(commit.pullRequests, (QList<int>{12, 15}));
    }
};

QTEST_GUILESS_MAIN(TestRawCommit)
#include "tst_rawcommit.moc"
