// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub's own generated notes for the release range, fetched through the client from the GitHub twin and
// set next to ours: which pull requests each lists, and the line diff between them.
#include "githubtwin.h"
#include "notes/githubgeneratednotes.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::NotesComparison;
using ra::test::GitHubTwin;
using ra::test::HttpRequest;
using ra::test::HttpResponse;

class TestGitHubGeneratedNotes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GitHubTwin> m_twin;
    std::unique_ptr<ra::github::GitHubClient> m_client;
    const ra::github::RepositoryRef m_repo{u"aleph-im"_s, u"aleph-vm"_s};
    const QString m_ours = u"# 1.15.0\n\n## What's Changed\n\n* Fix: cache by @alice in #701\n"
                           u"* Feature: IPv6 by @bob in #702\n* Fix: scheduler by @carol in #703\n"_s;

    ra::github::Result<NotesComparison> fetch(const ra::notes::GitHubNotesRange &range)
    {
        std::optional<ra::github::Result<NotesComparison>> result;
        ra::notes::fetchGitHubNotesSideBySide(*m_client, m_repo, range, m_ours,
                                              [&result](const auto &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
            return {};
        }
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        m_twin = std::make_unique<GitHubTwin>();
        QVERIFY(m_twin->start());
        ra::github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        endpoints.uploads = m_twin->uploads().url();
        endpoints.web = m_twin->web().url();
        m_client = std::make_unique<ra::github::GitHubClient>(endpoints);
    }

    void cleanup()
    {
        m_client.reset();
        m_twin.reset();
    }

    void fetchesTheSameRangeAndComparesPullRequests()
    {
        QJsonObject sent;
        m_twin->api().route(
            "POST", m_twin->repoPath() + u"/releases/generate-notes"_s, [&sent](const HttpRequest &request) {
                sent = request.json().object();
                return HttpResponse::json(
                    200, QJsonDocument(QJsonObject{{u"name"_s, u"1.15.0"_s},
                                                   {u"body"_s, u"## What's Changed\r\n* Fix: cache by @alice in "
                                                               u"https://github.com/aleph-im/aleph-vm/pull/701\r\n"
                                                               u"* Feature: IPv6 by @bob in #702\r\n"
                                                               u"* Late fix by @dave in #999\r\n"_s}}));
            });
        const auto result = fetch({u"1.15.0"_s, u"abc1234def"_s, u"1.14.0"_s});
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        // The range is ours: the tag, the release commit (the tag may not be pushed yet) and the previous tag.
        QCOMPARE(sent.value(u"tag_name"_s).toString(), u"1.15.0"_s);
        QCOMPARE(sent.value(u"target_commitish"_s).toString(), u"abc1234def"_s);
        QCOMPARE(sent.value(u"previous_tag_name"_s).toString(), u"1.14.0"_s);

        const NotesComparison &comparison = result.value;
        QCOMPARE(comparison.ours, m_ours);
        QVERIFY(comparison.github.startsWith(u"## What's Changed\n* Fix: cache"_s));
        QVERIFY(!comparison.github.contains(u'\r'));
        QCOMPARE(comparison.inBoth, (QList<int>{701, 702}));
        QCOMPARE(comparison.onlyOurs, QList<int>{703});
        QCOMPARE(comparison.onlyGitHub, QList<int>{999});
        const bool githubLineAdded =
            std::any_of(comparison.diff.cbegin(), comparison.diff.cend(), [](const auto &line) {
                return line.op == ra::notes::DiffLine::Op::Added && line.text == u"* Late fix by @dave in #999"_s;
            });
        QVERIFY(githubLineAdded);
    }

    void errorsReachTheCaller()
    {
        m_twin->api().route("POST", m_twin->repoPath() + u"/releases/generate-notes"_s, [](const HttpRequest &) {
            return HttpResponse::json(404, QJsonDocument(QJsonObject{{u"message"_s, u"Not Found"_s}}));
        });
        const auto result = fetch({u"1.15.0"_s, {}, u"1.14.0"_s});
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ra::net::ErrorKind::NotFound);
    }

    void mentionsFollowTheLintRules()
    {
        const QString text = u"#12 and (#13), html&#38; entity, issue/#14, "
                             u"https://github.com/aleph-im/aleph-vm/pull/15, https://github.com/other/repo/pull/16"_s;
        QCOMPARE(ra::notes::pullRequestsMentioned(text, u"aleph-im/aleph-vm"_s), (QList<int>{12, 13, 15}));
    }
};

QTEST_GUILESS_MAIN(TestGitHubGeneratedNotes)
#include "tst_githubgeneratednotes.moc"
