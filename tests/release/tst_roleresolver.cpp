// SPDX-License-Identifier: GPL-3.0-or-later
// Who uses the app on a project: the roles worked out from the user's GitHub permissions and the playbook's
// approvers and announcers (a table of both), the playbook keys that list them, the role remembered per project,
// and the lookup against the GitHub twin with one account per permission level.
#include "core/playbookloader.h"
#include "github/repositorypermissions.h"
#include "release/roleresolver.h"

#include "githubtwin.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString MaintainerToken = u"github_pat_11ROLES000000000000_maintainer"_s;
const QString ReviewerToken = u"github_pat_11ROLES000000000000_triagereviewer"_s;
const QString AnnouncerToken = u"github_pat_11ROLES000000000000_announcer"_s;

/// permissions{} as GitHub sends it for the level \a highest ("admin" … "pull", "" for none known).
QJsonObject permissionsJson(const QString &highest)
{
    const QStringList levels{u"pull"_s, u"triage"_s, u"push"_s, u"maintain"_s, u"admin"_s};
    QJsonObject permissions;
    if (highest.isEmpty()) {
        return permissions;
    }
    const qsizetype top = levels.indexOf(highest);
    for (qsizetype i = 0; i < levels.size(); ++i) {
        permissions.insert(levels.at(i), i <= top);
    }
    return permissions;
}

github::RepositoryPermissions permissionsOf(const QString &highest)
{
    return github::RepositoryPermissions::fromRepositoryJson({{u"permissions"_s, permissionsJson(highest)}});
}

QStringList keys(const QList<release::ProjectRole> &roles)
{
    QStringList keys;
    for (const release::ProjectRole role : roles) {
        keys.append(release::projectRoleKey(role));
    }
    return keys;
}

} // namespace

class TestRoleResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void permissionsImplyTheLowerLevels()
    {
        const auto admin =
            github::RepositoryPermissions::fromRepositoryJson({{u"permissions"_s, QJsonObject{{u"admin"_s, true}}}});
        QVERIFY(admin.known && admin.maintain && admin.push && admin.triage && admin.pull);
        QCOMPARE(admin.highest(), u"admin"_s);
        const auto triage = permissionsOf(u"triage"_s);
        QVERIFY(triage.triage && triage.pull && !triage.push);
        QCOMPARE(triage.highest(), u"triage"_s);
        // An anonymous answer has no permissions{}: nothing is known, nothing is granted.
        const auto anonymous = github::RepositoryPermissions::fromRepositoryJson({{u"full_name"_s, u"a/b"_s}});
        QVERIFY(!anonymous.known && !anonymous.pull);
        QCOMPARE(anonymous.highest(), u"none"_s);
    }

    void resolvesRoles_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QStringList>("approvers");
        QTest::addColumn<int>("required");
        QTest::addColumn<bool>("triageReviews");
        QTest::addColumn<QStringList>("announcers");
        QTest::addColumn<QStringList>("expected");

        const QStringList none;
        const QStringList alice{u"alice"_s};
        const QStringList bob{u"bob"_s};
        const QString maintainer = u"maintainer"_s;
        const QString reviewer = u"reviewer"_s;
        const QString manager = u"community-manager"_s;
        QTest::newRow("admin") << u"admin"_s << none << 0 << false << none << QStringList{maintainer};
        QTest::newRow("maintain") << u"maintain"_s << none << 0 << false << none << QStringList{maintainer};
        QTest::newRow("push") << u"push"_s << none << 0 << false << none << QStringList{maintainer};
        QTest::newRow("push, approvals by anyone with push")
            << u"push"_s << none << 1 << false << none << QStringList{maintainer, reviewer};
        QTest::newRow("push, someone else approves")
            << u"push"_s << bob << 1 << false << none << QStringList{maintainer};
        QTest::newRow("triage, listed approver") << u"triage"_s << alice << 1 << false << none << QStringList{reviewer};
        QTest::newRow("pull, listed approver") << u"pull"_s << alice << 1 << false << none << QStringList{reviewer};
        QTest::newRow("approver listed in another case")
            << u"pull"_s << QStringList{u"ALICE"_s} << 1 << false << none << QStringList{reviewer};
        QTest::newRow("triage, reviewers = triage") << u"triage"_s << bob << 1 << true << none << QStringList{reviewer};
        QTest::newRow("pull, reviewers = triage") << u"pull"_s << bob << 1 << true << none << QStringList();
        QTest::newRow("triage, not listed") << u"triage"_s << bob << 1 << false << none << QStringList();
        QTest::newRow("pull, announcer") << u"pull"_s << none << 0 << false << alice << QStringList{manager};
        QTest::newRow("unknown permissions, announcer")
            << QString() << none << 0 << false << alice << QStringList{manager};
        QTest::newRow("someone else announces") << u"pull"_s << none << 0 << false << bob << QStringList();
        QTest::newRow("all three") << u"admin"_s << alice << 1 << false << alice
                                   << QStringList{maintainer, reviewer, manager};
    }

    void resolvesRoles()
    {
        QFETCH(QString, permission);
        QFETCH(QStringList, approvers);
        QFETCH(int, required);
        QFETCH(bool, triageReviews);
        QFETCH(QStringList, announcers);
        QFETCH(QStringList, expected);
        Playbook playbook;
        playbook.repository = u"aleph-im/aleph-vm"_s;
        playbook.approvals.approvers = approvers;
        playbook.approvals.required = required;
        playbook.approvals.triageReviews = triageReviews;
        playbook.announcers = announcers;

        const release::RoleResolution resolution =
            release::RoleResolver::resolve(playbook, u"alice"_s, permissionsOf(permission));
        QCOMPARE(keys(resolution.roles), expected);
        QCOMPARE(resolution.reasons.size(), resolution.roles.size());
        // Without a role, the user is told why and whom to ask.
        QCOMPARE(resolution.problem.isEmpty(), !expected.isEmpty());
        if (expected.isEmpty()) {
            QVERIFY2(resolution.problem.contains(u"alice"_s) && resolution.problem.contains(u"[announcements]"_s),
                     qPrintable(resolution.problem));
        }
        QCOMPARE(resolution.toJson().value(u"roles"_s).toArray().size(), expected.size());
    }

    void thePlaybookListsReviewersAndAnnouncers()
    {
        const QByteArray text = "[project]\nname = demo\nrepository = demo/demo\n\n"
                                "[approvals]\nrequired = 1\napprover = carol\nreviewers = triage\n\n"
                                "[announcements]\nannouncer = dave\nannouncer = erin\n";
        const PlaybookLoadResult loaded = PlaybookLoader::parse(text, u"roles.playbook"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        QVERIFY(loaded.playbook->approvals.triageReviews);
        QCOMPARE(loaded.playbook->announcers, (QStringList{u"dave"_s, u"erin"_s}));

        // Both keys are optional: the defaults give the approvers only, and no announcer.
        const PlaybookLoadResult plain = PlaybookLoader::parse("[project]\nname = d\nrepository = d/d\n", u"p"_s);
        QVERIFY2(plain.ok(), qPrintable(plain.errorText()));
        QVERIFY(!plain.playbook->approvals.triageReviews);
        QVERIFY(plain.playbook->announcers.isEmpty());

        const PlaybookLoadResult wrong =
            PlaybookLoader::parse("[project]\nname = d\nrepository = d/d\n[approvals]\nreviewers = everyone\n", u"p"_s);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.errorText().contains(u"p:5: approvals.reviewers: 'reviewers' is 'approvers' or 'triage'"_s),
                 qPrintable(wrong.errorText()));
    }

    void theRememberedRoleWinsWhenHeld()
    {
        using release::ProjectRole;
        const QList<ProjectRole> both{ProjectRole::Maintainer, ProjectRole::CommunityManager};
        QCOMPARE(release::chosenRole(both, u"community-manager"_s), ProjectRole::CommunityManager);
        QCOMPARE(release::chosenRole(both, u"reviewer"_s), ProjectRole::Maintainer);
        QCOMPARE(release::chosenRole(both, {}), ProjectRole::Maintainer);
        QVERIFY(!release::chosenRole({}, u"maintainer"_s));
        QCOMPARE(release::projectRoleFromKey(u"community-manager"_s), ProjectRole::CommunityManager);
        QVERIFY(!release::projectRoleFromKey(u"owner"_s));
    }

    void looksUpEachAccountOnGitHub()
    {
        test::GitHubTwin twin;
        QVERIFY(twin.start());
        twin.state().token = MaintainerToken;
        twin.state().login = u"maya"_s;
        twin.state().otherAccounts = {{ReviewerToken, u"rita"_s}, {AnnouncerToken, u"carl"_s}};
        // The twin's repository answer is the same for every account; here each has its own level, as on GitHub.
        const QHash<QString, QString> levels{
            {u"maya"_s, u"maintain"_s}, {u"rita"_s, u"triage"_s}, {u"carl"_s, u"pull"_s}};
        twin.api().route("GET", u"/repos/{owner}/{repo}"_s, [&twin, levels](const test::HttpRequest &request) {
            if (!twin.authorized(request)) {
                return test::HttpResponse::json(401, QJsonDocument(QJsonObject{{u"message"_s, u"Bad credentials"_s}}));
            }
            return test::HttpResponse::json(
                200,
                QJsonDocument(QJsonObject{{u"full_name"_s, u"aleph-im/aleph-vm"_s},
                                          {u"permissions"_s, permissionsJson(levels.value(twin.loginOf(request)))}}));
        });
        Playbook playbook;
        playbook.repository = u"aleph-im/aleph-vm"_s;
        playbook.approvals.required = 1;
        playbook.approvals.approvers = {u"someone"_s};
        playbook.approvals.triageReviews = true;
        playbook.announcers = {u"Carl"_s};

        const auto lookUp = [&](const QString &token) {
            github::Endpoints endpoints;
            endpoints.api = twin.api().url();
            github::GitHubClient client(endpoints);
            client.setToken(token);
            std::optional<release::RoleResolution> found;
            release::RoleResolver::lookup(client, *github::RepositoryRef::parse(playbook.repository), playbook,
                                          [&found](const release::RoleResolution &resolution) { found = resolution; });
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
            }();
            return found.value_or(release::RoleResolution());
        };

        const release::RoleResolution maya = lookUp(MaintainerToken);
        QCOMPARE(maya.login, u"maya"_s);
        // Maintain access includes triage, which the playbook lets review.
        QCOMPARE(keys(maya.roles), (QStringList{u"maintainer"_s, u"reviewer"_s}));
        QVERIFY2(maya.reasons.constFirst().contains(u"maintain access to aleph-im/aleph-vm"_s),
                 qPrintable(maya.reasons.join(u'\n')));
        QCOMPARE(keys(lookUp(ReviewerToken).roles), QStringList{u"reviewer"_s});
        QCOMPARE(keys(lookUp(AnnouncerToken).roles), QStringList{u"community-manager"_s});

        // A token GitHub refuses gives no role, and says why.
        const release::RoleResolution refused = lookUp(u"github_pat_11ROLES000000000000_revoked"_s);
        QVERIFY(refused.roles.isEmpty());
        QCOMPARE(refused.error.httpStatus, 401);
        QVERIFY2(refused.problem.startsWith(u"Your role could not be worked out"_s), qPrintable(refused.problem));
        QVERIFY(!refused.problem.contains(u"ROLES000"_s));
    }
};

QTEST_GUILESS_MAIN(TestRoleResolver)
#include "tst_roleresolver.moc"
