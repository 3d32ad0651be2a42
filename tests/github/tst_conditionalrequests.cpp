// SPDX-License-Identifier: GPL-3.0-or-later
// Conditional reads of the tracking issue and its comments (api-contracts.md §1.7): the second GET sends the
// ETag as If-None-Match, the twin answers 304 with no body and does not count it against the rate limit, and
// the client gives the cached answer back; a change on GitHub is read again.
#include "github/githubclient.h"
#include "githubissuestwin.h"
#include "githubtwin.h"
#include "review/issuethreads.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestConditionalRequests : public QObject
{
    Q_OBJECT

private:
    const QString m_token = u"github_pat_11TWINTOKEN0000000000_abcdefghijklmnop"_s;
    const ra::github::RepositoryRef m_repo{u"aleph-im"_s, u"aleph-vm"_s};
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    std::unique_ptr<ra::github::GitHubClient> m_client;

    ra::github::Result<ra::github::IssueItem> readIssue(int number)
    {
        std::optional<ra::github::Result<ra::github::IssueItem>> answer;
        m_client->issue(m_repo, number, [&](const auto &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000)) {
            return {};
        }
        return *answer;
    }

    ra::github::Result<QList<ra::review::ReviewComment>> readComments(int number, int expected = -1)
    {
        std::optional<ra::github::Result<QList<ra::review::ReviewComment>>> answer;
        ra::review::IssueThreads::comments(
            *m_client, m_repo, number, [&](const auto &result) { answer = result; }, expected);
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000)) {
            return {};
        }
        return *answer;
    }

    QList<ra::test::HttpRequest> requestsTo(const QString &path) const
    {
        QList<ra::test::HttpRequest> found;
        for (const auto &request : m_twin->api().requests()) {
            if (request.method == "GET" && request.path == path) {
                found.append(request);
            }
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*m_twin);
        m_twin->state().token = m_token;
        ra::github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        m_client = std::make_unique<ra::github::GitHubClient>(endpoints);
        m_client->setToken(m_token);
    }

    void cleanup()
    {
        m_client.reset();
        m_issues.reset();
        m_twin.reset();
    }

    void secondReadOfTheIssueIsA304()
    {
        const int number = m_issues->addIssue(u"Release 1.15.0"_s, u"first body"_s);
        const QString path = u"/repos/aleph-im/aleph-vm/issues/%1"_s.arg(number);

        const auto first = readIssue(number);
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        QCOMPARE(first.value.body, u"first body"_s);
        const int usedAfterFirst = m_twin->state().rateLimitUsed;

        const auto second = readIssue(number);
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QCOMPARE(second.value.body, u"first body"_s);
        QCOMPARE(second.value.number, number);

        const auto gets = requestsTo(path);
        QCOMPARE(gets.size(), 2);
        QVERIFY(gets.at(0).header("if-none-match").isEmpty());
        QVERIFY(gets.at(1).header("if-none-match").startsWith("W/\""));
        QCOMPARE(m_twin->state().notModifiedAnswers, 1);
        QCOMPARE(m_client->notModifiedCount(), 1);
        QCOMPARE(m_twin->state().rateLimitUsed, usedAfterFirst);

        // Changed on GitHub: the old ETag no longer matches, the new body is read.
        m_issues->state().issue(number)->body = u"second body"_s;
        const auto third = readIssue(number);
        QVERIFY(third.ok());
        QCOMPARE(third.value.body, u"second body"_s);
        QCOMPARE(m_twin->state().notModifiedAnswers, 1);
        QCOMPARE(m_twin->state().rateLimitUsed, usedAfterFirst + 1);
    }

    void commentPagesAreReadConditionally()
    {
        m_twin->state().pageSize = 2;
        const int number = m_issues->addIssue(u"Release 1.15.0"_s);
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        for (int i = 0; i < 5; ++i) {
            m_issues->addComment(number, u"alice"_s, u"comment %1"_s.arg(i), at.addSecs(i));
        }
        const auto first = readComments(number);
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        QCOMPARE(first.value.size(), 5);
        const auto second = readComments(number);
        QVERIFY(second.ok());
        QCOMPARE(second.value.size(), 5);
        QCOMPARE(second.value.at(4).body, u"comment 4"_s);
        QCOMPARE(m_twin->state().notModifiedAnswers, 3); // three pages, each unchanged

        m_issues->addComment(number, u"bob"_s, u"comment 5"_s, at.addSecs(10));
        const auto third = readComments(number);
        QVERIFY(third.ok());
        QCOMPARE(third.value.size(), 6);
        QCOMPARE(third.value.constLast().login, u"bob"_s);
    }

    void aNewLastPageIsNotHiddenByA304()
    {
        m_twin->state().pageSize = 2;
        const int number = m_issues->addIssue(u"Release 1.15.0"_s);
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        for (int i = 0; i < 4; ++i) {
            m_issues->addComment(number, u"alice"_s, u"comment %1"_s.arg(i), at.addSecs(i));
        }
        QCOMPARE(readComments(number, 4).value.size(), 4);
        // A fifth comment opens page 3; pages 1 and 2 are unchanged and answered 304, page 2 without a "next"
        // in the cache. The issue's comment count tells the list is short: it is read again in full.
        m_issues->addComment(number, u"bob"_s, u"comment 4"_s, at.addSecs(10));
        const auto read = readComments(number, 5);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(read.value.size(), 5);
        QCOMPARE(read.value.constLast().login, u"bob"_s);
    }

    void anotherTokenIsNeverAnsweredFromTheCache()
    {
        const int number = m_issues->addIssue(u"Release 1.15.0"_s, u"body"_s);
        QVERIFY(readIssue(number).ok());
        m_twin->state().otherAccounts.insert(u"github_pat_11OTHER"_s, u"bob"_s);
        m_client->setToken(u"github_pat_11OTHER"_s);
        QVERIFY(readIssue(number).ok());
        const auto gets = requestsTo(u"/repos/aleph-im/aleph-vm/issues/%1"_s.arg(number));
        QCOMPARE(gets.size(), 2);
        QVERIFY(gets.at(1).header("if-none-match").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConditionalRequests)
#include "tst_conditionalrequests.moc"
