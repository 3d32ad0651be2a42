// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versionproposer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::ChangeKind;
using ra::Pep440Version;
using ra::VersionBump;
using ra::VersionProposal;
using ra::VersionProposer;

Q_DECLARE_METATYPE(ra::VersionBump)
Q_DECLARE_METATYPE(ra::ChangeKind)

class TestVersionProposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposes_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("bump");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("reason");
        QTest::newRow("patch") << u"1.14.0"_s << u"patch"_s << u"1.14.1"_s << u"patch release after 1.14.0"_s;
        QTest::newRow("minor") << u"1.14.2"_s << u"minor"_s << u"1.15.0"_s << u"minor release after 1.14.2"_s;
        QTest::newRow("major") << u"1.15.3"_s << u"major"_s << u"2.0.0"_s << u"major release after 1.15.3"_s;
        QTest::newRow("patch of rc finalizes")
            << u"1.9.1-rc1"_s << u"patch"_s << u"1.9.1"_s << u"1.9.1rc1 is a pre-release of 1.9.1"_s;
        QTest::newRow("minor of x.y.0 rc finalizes")
            << u"1.5.0-rc1"_s << u"minor"_s << u"1.5.0"_s << u"pre-release of the minor release 1.5.0"_s;
        QTest::newRow("minor of x.y.z rc moves on")
            << u"1.9.1-rc1"_s << u"minor"_s << u"1.10.0"_s << u"minor release after 1.9.1rc1"_s;
        QTest::newRow("major of x.0.0 rc finalizes")
            << u"2.0.0-rc2"_s << u"major"_s << u"2.0.0"_s << u"pre-release of the major release 2.0.0"_s;
        QTest::newRow("major of x.1.0 rc moves on")
            << u"1.1.0-rc1"_s << u"major"_s << u"2.0.0"_s << u"major release after 1.1.0rc1"_s;
        QTest::newRow("next rc") << u"1.0.0-rc1"_s << u"rc"_s << u"1.0.0-rc2"_s << u"next release candidate"_s;
        QTest::newRow("rc after alpha") << u"0.4.0a4"_s << u"rc"_s << u"0.4.0-rc1"_s
                                        << u"first release candidate of 0.4.0"_s;
        QTest::newRow("rc after beta") << u"0.4.0b1"_s << u"rc"_s << u"0.4.0-rc1"_s << u"after 0.4.0b1"_s;
        QTest::newRow("rc after dev") << u"1.10.0-dev"_s << u"rc"_s << u"1.10.0-rc1"_s << u"after 1.10.0.dev0"_s;
        QTest::newRow("rc after rc dev") << u"1.0.0rc2.dev1"_s << u"rc"_s << u"1.0.0-rc2"_s
                                         << u"next release candidate"_s;
        QTest::newRow("rc after final") << u"1.14.0"_s << u"rc"_s << u"1.15.0-rc1"_s
                                        << u"first release candidate of the next minor release 1.15.0"_s;
        QTest::newRow("final of rc") << u"1.9.1-rc1"_s << u"final"_s << u"1.9.1"_s
                                     << u"promote 1.9.1rc1 to the final release 1.9.1"_s;
        QTest::newRow("final of dev") << u"1.10.0-dev"_s << u"final"_s << u"1.10.0"_s << u"promote"_s;
        QTest::newRow("patch of post") << u"0.1.6-1"_s << u"patch"_s << u"0.1.7"_s << u"after 0.1.6.post1"_s;
        QTest::newRow("short release padded") << u"2.1"_s << u"patch"_s << u"2.1.1"_s << u"after 2.1"_s;
        QTest::newRow("minor resets patch") << u"0.2.9-rc1"_s << u"minor"_s << u"0.3.0"_s << u"after"_s;
    }

    void proposes()
    {
        QFETCH(QString, from);
        QFETCH(QString, bump);
        QFETCH(QString, tag);
        QFETCH(QString, reason);
        const VersionProposer proposer;
        QString error;
        const auto proposal = proposer.propose(*Pep440Version::parse(from), *ra::bumpFromKey(bump), &error);
        QVERIFY2(proposal, qPrintable(error));
        QCOMPARE(proposal->tag, tag);
        QCOMPARE(ra::bumpKey(proposal->bump), bump);
        QVERIFY2(proposal->reason.contains(reason), qPrintable(proposal->reason));
        QVERIFY(Pep440Version::compare(proposal->version, *Pep440Version::parse(from)) > 0);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<VersionBump>("bump");
        QTest::addColumn<VersionBump>("rcBase");
        QTest::addColumn<QString>("error");
        QTest::newRow("final of final") << u"1.14.0"_s << VersionBump::Final << VersionBump::Minor
                                        << u"1.14.0 is already a final release: choose patch, minor or major"_s;
        // Every bump adds one to a segment that holds at most 9223372036854775807.
        QTest::newRow("major overflow") << u"9223372036854775807.0.0"_s << VersionBump::Major << VersionBump::Minor
                                        << u"version segment too large: the major number of 9223372036854775807.0.0 "
                                           "is 9223372036854775807"_s;
        QTest::newRow("minor overflow") << u"1.9223372036854775807.3"_s << VersionBump::Minor << VersionBump::Minor
                                        << u"version segment too large: the minor number of 1.9223372036854775807.3"_s;
        QTest::newRow("patch overflow") << u"1.2.9223372036854775807"_s << VersionBump::Patch << VersionBump::Minor
                                        << u"version segment too large: the patch number of 1.2.9223372036854775807"_s;
        QTest::newRow("rc overflow") << u"1.0.0rc9223372036854775807"_s << VersionBump::ReleaseCandidate
                                     << VersionBump::Minor
                                     << u"version segment too large: the release-candidate number of "
                                        "1.0.0rc9223372036854775807"_s;
        QTest::newRow("rc base overflow") << u"9223372036854775807.1.1"_s << VersionBump::ReleaseCandidate
                                          << VersionBump::Major << u"version segment too large: the major number"_s;
        // The epoch is kept (1.0.1 would sort below 1!1.0.0), and no tag can carry it.
        QTest::newRow("epoch patch") << u"1!1.0.0"_s << VersionBump::Patch << VersionBump::Minor
                                     << u"1!1.0.1 has no tag in this project's spelling"_s;
        QTest::newRow("epoch final") << u"2!1.0.0rc1"_s << VersionBump::Final << VersionBump::Minor
                                     << u"2!1.0.0 has no tag in this project's spelling"_s;
        QTest::newRow("epoch rc") << u"1!1.0.0"_s << VersionBump::ReleaseCandidate << VersionBump::Minor
                                  << u"1!1.1.0rc1 has no tag"_s;
        QTest::newRow("rc based on rc") << u"1.14.0"_s << VersionBump::ReleaseCandidate << VersionBump::ReleaseCandidate
                                        << u"based on a patch, minor or major"_s;
    }

    void refuses()
    {
        QFETCH(QString, from);
        QFETCH(VersionBump, bump);
        QFETCH(VersionBump, rcBase);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!VersionProposer().propose(*Pep440Version::parse(from), bump, &message, rcBase));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void theLargestSegmentIsReachable()
    {
        const VersionProposer proposer;
        QString error;
        const auto major =
            proposer.propose(*Pep440Version::parse(u"9223372036854775806.5.5"_s), VersionBump::Major, &error);
        QVERIFY2(major, qPrintable(error));
        QCOMPARE(major->tag, u"9223372036854775807.0.0"_s);
        const auto rc = proposer.propose(*Pep440Version::parse(u"1.0.0rc9223372036854775806"_s),
                                         VersionBump::ReleaseCandidate, &error);
        QVERIFY2(rc, qPrintable(error));
        QCOMPARE(rc->tag, u"1.0.0-rc9223372036854775807"_s);
        // A segment at the limit only matters to the bump that adds to it.
        const auto patch =
            proposer.propose(*Pep440Version::parse(u"9223372036854775807.0.0"_s), VersionBump::Patch, &error);
        QVERIFY2(patch, qPrintable(error));
        QCOMPARE(patch->tag, u"9223372036854775807.0.1"_s);
    }

    void suggestSaysWhyItHasNoTag()
    {
        const VersionProposal proposal = VersionProposer().suggest(*Pep440Version::parse(u"9223372036854775807.0.0"_s),
                                                                   QStringList{u"feat!: drop the old API"_s});
        QCOMPARE(proposal.bump, VersionBump::Major);
        QVERIFY(proposal.tag.isEmpty());
        QVERIFY2(proposal.reason.contains(u"version segment too large: the major number"_s),
                 qPrintable(proposal.reason));
        QVERIFY(!proposal.reason.contains(u"-9223372036854775808"_s));
    }

    void rcCanBeBasedOnAnyBump()
    {
        const VersionProposer proposer;
        const auto from = *Pep440Version::parse(u"1.14.2"_s);
        QCOMPARE(proposer.propose(from, VersionBump::ReleaseCandidate, nullptr, VersionBump::Patch)->tag,
                 u"1.14.3-rc1"_s);
        QCOMPARE(proposer.propose(from, VersionBump::ReleaseCandidate, nullptr, VersionBump::Major)->tag,
                 u"2.0.0-rc1"_s);
    }

    void bumpKeysRoundTrip()
    {
        for (const auto bump : {VersionBump::Patch, VersionBump::Minor, VersionBump::Major,
                                VersionBump::ReleaseCandidate, VersionBump::Final}) {
            QCOMPARE(ra::bumpFromKey(ra::bumpKey(bump)), bump);
        }
        QVERIFY(!ra::bumpFromKey(u"huge"_s));
    }

    void classifies_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<ChangeKind>("kind");
        // Real aleph-vm subjects of every generation (shared/data/aleph-vm-subjects.txt).
        QTest::newRow("forum fix") << u"Fix: Log level could not be configured from settings"_s << QString()
                                   << ChangeKind::Fix;
        QTest::newRow("forum feature") << u"Feature: Run Aleph VMs in reaction to Aleph messages"_s << QString()
                                       << ChangeKind::Feature;
        QTest::newRow("conventional fix scope")
            << u"fix(supervisor): stop mid-boot corruption of persistent VM rootfs (#1081)"_s << QString()
            << ChangeKind::Fix;
        QTest::newRow("conventional feat") << u"feat(rust): gRPC agent (#1100)"_s << QString() << ChangeKind::Feature;
        QTest::newRow("ci") << u"ci: group runtime jobs for faster CI execution (#878)"_s << QString()
                            << ChangeKind::Other;
        QTest::newRow("refactor") << u"Refactor: split the pool"_s << QString() << ChangeKind::Other;
        QTest::newRow("plain fix") << u"Fix VSOCK setup timeout and controller config FD leak (#910)"_s << QString()
                                   << ChangeKind::Fix;
        QTest::newRow("plain add") << u"Add migration for port forwarding changes (#893)"_s << QString()
                                   << ChangeKind::Feature;
        QTest::newRow("problem") << u"Problem: async funcs cannot be lru_cached"_s << QString() << ChangeKind::Fix;
        QTest::newRow("subsystem then fix")
            << u"firewall: Fix duplicated redirection rules"_s << QString() << ChangeKind::Fix;
        QTest::newRow("subsystem then other") << u"HaProxy: bump the timeout"_s << QString() << ChangeKind::Other;
        QTest::newRow("enh") << u"Enh: faster boot"_s << QString() << ChangeKind::Feature;
        QTest::newRow("bang") << u"feat(api)!: drop the v1 endpoints"_s << QString() << ChangeKind::Breaking;
        QTest::newRow("bang no scope") << u"fix!: change the default port"_s << QString() << ChangeKind::Breaking;
        QTest::newRow("footer") << u"feat: new storage"_s << u"Details.\n\nBREAKING CHANGE: volumes move"_s
                                << ChangeKind::Breaking;
        QTest::newRow("footer hyphen") << u"Refactor the agent"_s << u"BREAKING-CHANGE: new socket"_s
                                       << ChangeKind::Breaking;
        QTest::newRow("breaking word") << u"Breaking: remove Debian 11 support"_s << QString() << ChangeKind::Breaking;
        QTest::newRow("merge") << u"Merge pull request #12 from aleph-im/hoh-fix"_s << QString() << ChangeKind::Other;
        QTest::newRow("empty") << QString() << QString() << ChangeKind::Other;
        QTest::newRow("breaking lower in body is not a footer")
            << u"Fix: x"_s << u"not a breaking change: y"_s << ChangeKind::Fix;
    }

    void classifies()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(ChangeKind, kind);
        QCOMPARE(VersionProposer::classify(subject, body), kind);
    }

    void suggestsFromCommits_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("subjects");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fixes only") << u"1.14.0"_s << QStringList{u"Fix: a"_s, u"fix(x): b"_s, u"ci: c"_s}
                                    << u"1.14.1"_s
                                    << u"fixes only call for a patch release, e.g. 'Fix: a' (3 commits since "
                                       u"1.14.0: 0 breaking changes, 0 features, 2 fixes, 1 other)"_s;
        QTest::newRow("a feature") << u"1.14.0"_s << QStringList{u"Fix: a"_s, u"Feature: b"_s} << u"1.15.0"_s
                                   << u"new features call for a minor release, e.g. 'Feature: b'"_s;
        QTest::newRow("breaking") << u"1.15.0"_s << QStringList{u"feat!: agent"_s, u"Feature: b"_s} << u"2.0.0"_s
                                  << u"a breaking change calls for a major release, e.g. 'feat!: agent'"_s;
        QTest::newRow("nothing recognised")
            << u"1.14.0"_s << QStringList{u"ci: a"_s} << u"1.14.1"_s << u"no feature or fix was recognised"_s;
        QTest::newRow("no commits") << u"1.14.0"_s << QStringList{} << u"1.14.1"_s << u"0 commits since 1.14.0"_s;
        QTest::newRow("one of each") << u"1.14.0"_s << QStringList{u"Fix: a"_s} << u"1.14.1"_s << u"1 fix,"_s;
    }

    void suggestsFromCommits()
    {
        QFETCH(QString, from);
        QFETCH(QStringList, subjects);
        QFETCH(QString, tag);
        QFETCH(QString, reason);
        const auto proposal = VersionProposer().suggest(*Pep440Version::parse(from), subjects);
        QCOMPARE(proposal.tag, tag);
        QVERIFY2(proposal.reason.contains(reason), qPrintable(proposal.reason));
    }

    void suggestsFromCommitBodies()
    {
        ra::Commit commit;
        commit.subject = u"Refactor: storage"_s;
        commit.body = u"BREAKING CHANGE: the volume path moves"_s;
        const auto proposal = VersionProposer().suggest(*Pep440Version::parse(u"1.3.0"_s), QList<ra::Commit>{commit});
        QCOMPARE(proposal.bump, VersionBump::Major);
        QCOMPARE(proposal.tag, u"2.0.0"_s);
    }
};

QTEST_GUILESS_MAIN(TestVersionProposer)
#include "tst_versionproposer.moc"
