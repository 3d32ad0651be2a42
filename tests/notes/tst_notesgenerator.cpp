// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/markedtext.h"
#include "notes/notesgenerator.h"
#include "notes/noteslinter.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ra::Commit commit(const QString &sha, const QString &subject, const QString &email, const QString &body = {})
{
    ra::Commit c;
    c.sha = sha;
    c.subject = subject;
    c.body = body;
    c.authorEmail = email;
    c.authorName = email.section(u'@', 0, 0);
    c.parents = {u"0000000"_s};
    return c;
}

// A synthetic 1.3.0-like range mixing every style aleph-vm has used, newest first as git log gives it.
ra::notes::NotesInput mixedInput()
{
    ra::notes::NotesInput input;
    input.previousTag = u"1.2.0"_s;
    input.tag = u"1.3.0"_s;
    input.commits = {
        commit(u"a7"_s, u"Update README badges"_s, u"hugo@example.org"_s),
        commit(u"a6"_s, u"ci: drop Debian 11 from the matrix (#717)"_s, u"olivier@example.org"_s),
        commit(u"a5"_s, u"fix(storage): don't cap large downloads (#716)"_s, u"olivier@example.org"_s),
        commit(u"a4"_s, u"Problem: no way to list executions (#715)"_s, u"andres@example.org"_s,
               u"Solution: Add /about/executions/list."_s),
        commit(u"a3"_s, u"Doc: explain the firewall"_s, u"hugo@example.org"_s),
        commit(u"a2"_s, u"Feature: allow IPv6 in VMs (#712)"_s, u"andres@example.org"_s,
               u"Solution: Configure NDP proxy."_s),
        commit(u"a1"_s, u"Fix: node crashes when the cache directory is missing (#711)"_s, u"olivier@example.org"_s,
               u"Solution: create it."_s),
    };
    input.loginsByEmail = {{u"olivier@example.org"_s, u"olethanh"_s}, {u"andres@example.org"_s, u"nesitor"_s}};
    input.assetNames = {u"aleph-vm.debian-12.deb"_s, u"aleph-vm.ubuntu-22.04.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s};
    return input;
}

} // namespace

class TestNotesGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsEveryStyle()
    {
        const auto notes = ra::notes::generateNotes(mixedInput());
        const auto entries = [&](ra::notes::ChangeKind kind) {
            QStringList titles;
            for (const auto &section : notes.sections) {
                if (section.kind == kind) {
                    for (const auto &entry : section.entries) {
                        titles.append(entry.change.title);
                    }
                }
            }
            return titles;
        };
        using K = ra::notes::ChangeKind;
        QCOMPARE(entries(K::Fix),
                 (QStringList{u"Node crashes when the cache directory is missing"_s, u"Don't cap large downloads"_s}));
        QCOMPARE(entries(K::Feature), (QStringList{u"Allow IPv6 in VMs"_s, u"No way to list executions"_s}));
        QCOMPARE(entries(K::Docs), QStringList{u"Explain the firewall"_s});
        QCOMPARE(entries(K::Tooling), QStringList{u"Drop Debian 11 from the matrix"_s});
        QCOMPARE(entries(K::Other), QStringList{u"Update README badges"_s});
        QCOMPARE(entries(K::Internal), QStringList{});
    }

    void creditsAndWhatsChanged()
    {
        const QString md = ra::notes::generateNotes(mixedInput()).markdown;
        QVERIFY2(md.contains(u"- Node crashes when the cache directory is missing (#711) (by @olethanh)"_s),
                 qPrintable(md));
        QVERIFY(md.contains(u"- **storage:** Don't cap large downloads (#716) (by @olethanh)"_s));
        // Unknown login: the author's name, never a made-up @handle.
        QVERIFY(md.contains(u"- Explain the firewall (by hugo)"_s));
        QVERIFY(md.contains(u"## What's Changed\n\n* Fix: node crashes when the cache directory is missing by "
                            u"@olethanh in #711\n* Feature: allow IPv6 in VMs by @nesitor in #712\n"_s));
        QVERIFY(md.contains(u"* ci: drop Debian 11 from the matrix by @olethanh in #717"_s));
        QVERIFY(md.contains(
            u"**Full Changelog**: [1.2.0...1.3.0](https://github.com/aleph-im/aleph-vm/compare/1.2.0...1.3.0)"_s));
        QVERIFY(md.startsWith(u"# 1.3.0\n"_s));
    }

    void percentSignsInTitlesStayText()
    {
        // A pull request titled with a format placeholder, as git's own history has ("%(describe)", "%1"): the
        // What's Changed line once had its number put in place of the title's "%1".
        ra::notes::NotesInput input = mixedInput();
        input.commits = {
            commit(u"b1"_s, u"Fix: show %1 and %(describe) as they are (#720)"_s, u"olivier@example.org"_s)};
        const QString md = ra::notes::generateNotes(input).markdown;
        QVERIFY2(md.contains(u"* Fix: show %1 and %(describe) as they are by @olethanh in #720\n"_s), qPrintable(md));
        QVERIFY2(md.contains(u"- Show %1 and %(describe) as they are (#720) (by @olethanh)\n"_s), qPrintable(md));
    }

    void howToUpgradeFromAssets()
    {
        const QString md = ra::notes::generateNotes(mixedInput()).markdown;
        QVERIFY(md.contains(u"### On Debian 12 (Bookworm):"_s));
        QVERIFY(md.contains(u"### On Ubuntu 24.04 (Noble):"_s));
        QVERIFY(md.contains(
            u"sudo wget -P /opt https://github.com/aleph-im/aleph-vm/releases/download/1.3.0/aleph-vm.ubuntu-22.04.deb"_s));
        QVERIFY(!md.contains(u"Debian 13"_s));
        QVERIFY(md.contains(u"--allow-downgrades"_s));
        auto rc = mixedInput();
        rc.tag = u"1.4.0-rc1"_s;
        QVERIFY(!ra::notes::generateNotes(rc).markdown.contains(u"--allow-downgrades"_s));
    }

    void generatedBlocksAreMarked()
    {
        const auto parsed = ra::notes::parseMarkedText(ra::notes::generateNotes(mixedInput()).markdown);
        QVERIFY(parsed.problems.isEmpty());
        for (const QString &section : {u"features"_s, u"fixes"_s, u"docs"_s, u"tooling"_s, u"other"_s,
                                       u"whats-changed"_s, u"full-changelog"_s, u"how-to-upgrade"_s}) {
            const auto *block = parsed.block(section);
            QVERIFY2(block, qPrintable(section));
            QVERIFY(!block->edited());
        }
        QVERIFY(!parsed.block(u"internal"_s)); // empty sections are left out
    }

    void generatedNotesPassTheirOwnLint()
    {
        const auto input = mixedInput();
        ra::notes::LintContext context;
        context.tag = input.tag;
        context.previousTag = input.previousTag;
        context.rangeKnown = true;
        context.pullRequestsInRange = {711, 712, 715, 716, 717};
        context.expectedAssets = input.assetNames;
        const auto findings = ra::notes::lintNotes(ra::notes::generateNotes(input).markdown, context);
        for (const auto &finding : findings) {
            qWarning() << finding.line << finding.rule << finding.message;
        }
        QVERIFY(findings.isEmpty());
    }

    void jsonCarriesSectionsAndPullRequests()
    {
        const QJsonObject json = ra::notes::generateNotes(mixedInput()).toJson();
        QCOMPARE(json.value(u"commitCount"_s).toInt(), 7);
        QCOMPARE(json.value(u"pullRequests"_s).toArray(), (QJsonArray{711, 712, 715, 716, 717}));
        const QJsonArray sections = json.value(u"sections"_s).toArray();
        QCOMPARE(sections.first().toObject().value(u"key"_s).toString(), u"features"_s);
    }

    void mergeBranchCommitsAreSkipped()
    {
        auto input = mixedInput();
        auto merge = commit(u"m1"_s, u"Merge branch 'main' into dev"_s, u"x@example.org"_s);
        merge.parents = {u"a"_s, u"b"_s};
        input.commits.prepend(merge);
        QVERIFY(!ra::notes::generateNotes(input).markdown.contains(u"Merge branch"_s));
    }

    void noPreviousTag()
    {
        auto input = mixedInput();
        input.previousTag.clear();
        input.assetNames.clear();
        const QString md = ra::notes::generateNotes(input).markdown;
        QVERIFY(md.contains(u"https://github.com/aleph-im/aleph-vm/commits/1.3.0"_s));
        QVERIFY(md.contains(u"No package assets are known"_s));
    }

    void distributions_data()
    {
        QTest::addColumn<QString>("asset");
        QTest::addColumn<QString>("name");
        QTest::newRow("debian 11") << u"aleph-vm.debian-11.deb"_s << u"Debian 11 (Bullseye)"_s;
        QTest::newRow("debian 13") << u"aleph-vm.debian-13.deb"_s << u"Debian 13 (Trixie)"_s;
        QTest::newRow("ubuntu 26.04") << u"aleph-vm.ubuntu-26.04.deb"_s << u"Ubuntu 26.04 (Resolute)"_s;
        QTest::newRow("unknown ubuntu") << u"aleph-vm.ubuntu-28.04.deb"_s << u"Ubuntu 28.04"_s;
        QTest::newRow("legacy name") << u"aleph-vm-0.1.0.deb"_s << QString();
    }

    void distributions()
    {
        QFETCH(QString, asset);
        QTEST(ra::notes::distributionOfAsset(asset), "name");
    }
};

QTEST_GUILESS_MAIN(TestNotesGenerator)
#include "tst_notesgenerator.moc"
