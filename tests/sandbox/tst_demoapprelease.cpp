// SPDX-License-Identifier: GPL-3.0-or-later
// The demo release through the app's controllers (AppReleaseDriver: ReleaseSession and each page's controller,
// driven as QML drives them) goes through all seven steps, and ends as the same release driven by the
// command-line tool (CliReleaseDriver) on a second demo: the same journal effects, the same tag target, release
// body and assets, the same verdicts on the tracking issue, the same scoring table and the same posts. Where the
// two front ends differ, one of them does something the other does not (issue 12).
#include "app/releasesession.h"
#include "app/stepstatus.h"
#include "git/repository.h"
#include "journal/journal.h"
#include "review/approvalmarker.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/demoproject.h"
#include "scoring/tableformat.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include "appreleasedriver.h"
#include "clireleasedriver.h"

using namespace Qt::StringLiterals;
using ra::sandbox::DemoEnvironment;
using ra::sandbox::DemoProject;

namespace {

const QString tag = QString::fromLatin1(DemoProject::ReleaseTag);

/**
 * \a text without what differs from one demo to the next although the release is the same. Each demo has its
 * own \a folder, its twins listen on other ports, and the playbook committed in the sample project's first commit names
 * the staging nodes by their URL: so every commit, the candidate \a candidate and what is built or hashed from it
 * (packages, review digests) differ by demo. The parity is on the rest; each demo's own run checks its tag is on its
 * candidate.
 */
QString normalisedText(QString text, const QString &candidate, const QString &folder)
{
    text.replace(folder, u"<demo>"_s);
    static const QRegularExpression port(u"(127\\.0\\.0\\.1|localhost):\\d+"_s);
    static const QRegularExpression digest(u"sha256:[0-9a-f]{64}"_s);
    text.replace(port, u"\\1:<port>"_s).replace(digest, u"sha256:<digest>"_s);
    if (!candidate.isEmpty()) {
        text.replace(QRegularExpression(u"\\b%1[0-9a-f]*\\b"_s.arg(candidate.left(7))), u"<candidate>"_s);
    }
    return text;
}

/// What a release left in a demo's journal and services, in a form where two demos of the same release compare
/// equal: no ids, no times, no ports, no folders.
struct ReleaseOutcome {
    /// "step action key outcome" of every journal effect, sorted.
    QStringList effects;
    /// "step: note" of every step, as the journal keeps where each step stands.
    QStringList stepNotes;
    /// Who signed staging off, and the verdict signed.
    QString stagingSignOff;
    QString tagCommit;
    QString releaseBody;
    /// "name size digest" of every asset, sorted (the digest checked against the content).
    QStringList assets;
    /// "login verdict" of every approval comment on the tracking issue, sorted.
    QStringList verdicts;
    /// "software name releasedOn replacedOn prerelease" of every row of the scoring table.
    QStringList scoringRows;
    /// The texts posted, by channel.
    QMap<QString, QStringList> posts;
};

/// Reads what \a demo holds of the release; \a error says what could not be read.
ReleaseOutcome outcomeOf(DemoEnvironment &demo, QString *error)
{
    ReleaseOutcome outcome;
    const QString candidate = demo.candidateCommit();
    const QString folder = demo.folder();
    const auto normalised = [&candidate, &folder](const QString &text) {
        return normalisedText(text, candidate, folder);
    };
    const std::unique_ptr<ra::Journal> journal = ra::Journal::open(demo.journalPath(), error);
    if (!journal) {
        return outcome;
    }
    for (const ra::JournalEffect &effect : journal->effects(tag)) {
        outcome.effects.append(normalised(
            u"%1 %2 %3 %4"_s.arg(effect.step, effect.action, effect.key).arg(static_cast<int>(effect.outcome))));
    }
    outcome.effects.sort();
    for (ra::ReleaseStep step : ra::allReleaseSteps()) {
        outcome.stepNotes.append(ra::stepKey(step) + u": "_s + normalised(journal->stepNote(tag, step)));
    }
    const QJsonObject signOff = journal->value(tag, u"staging.signoff"_s).toObject();
    outcome.stagingSignOff = signOff.value(u"signer"_s).toString() + u' ' + signOff.value(u"verdict"_s).toString();

    if (const auto remote = ra::git::Repository::open(demo.remotePath())) {
        if (const auto commit = remote->resolveCommit(tag)) {
            outcome.tagCommit = normalised(commit.value());
        }
    }
    if (const auto *release = demo.github().state().releaseByTag(tag)) {
        outcome.releaseBody = normalised(release->body);
        for (const auto &asset : release->assets) {
            // The digest is the content's (the packages carry the candidate's version, which differs by demo).
            const QString sha256 =
                u"sha256:"_s +
                QString::fromLatin1(QCryptographicHash::hash(asset.content, QCryptographicHash::Sha256).toHex());
            outcome.assets.append(u"%1 %2 %3"_s.arg(asset.name)
                                      .arg(asset.size)
                                      .arg(asset.digest == sha256 ? u"digest-of-content"_s : asset.digest));
        }
        outcome.assets.sort();
    }
    for (const auto &issue : demo.issues().state().issues) {
        for (const auto &comment : issue.comments) {
            if (const auto marker = ra::review::ApprovalMarker::parse(comment.body)) {
                outcome.verdicts.append(comment.login + u' ' + ra::review::verdictKey(marker->verdict));
            }
        }
    }
    outcome.verdicts.sort();
    const auto rows = ra::scoring::loadTableFile(demo.scoringTablePath(), error);
    for (const ra::scoring::SoftwareVersion &row : rows.value_or(QList<ra::scoring::SoftwareVersion>())) {
        outcome.scoringRows.append(
            u"%1 %2 %3 %4 %5"_s.arg(row.software, row.name, ra::scoring::formatTimestamp(row.releasedOn),
                                    row.replacedOn ? ra::scoring::formatTimestamp(*row.replacedOn) : u"-"_s,
                                    row.prerelease ? u"prerelease"_s : u"stable"_s));
    }
    for (const QJsonObject &message : demo.telegram().messages) {
        outcome.posts[u"telegram"_s].append(normalised(message.value(u"text"_s).toString()));
    }
    for (const QJsonObject &tweet : demo.x().tweets) {
        outcome.posts[u"x"_s].append(normalised(tweet.value(u"text"_s).toString()));
    }
    for (const QJsonObject &status : demo.mastodon().statuses) {
        outcome.posts[u"mastodon"_s].append(normalised(status.value(u"content"_s).toString()));
    }
    QStringList skeets;
    for (const QJsonObject &record : std::as_const(demo.bluesky().records)) {
        skeets.append(normalised(record.value(u"value"_s).toObject().value(u"text"_s).toString()));
    }
    skeets.sort(); // kept by record key, in no order
    outcome.posts[u"bluesky"_s] = skeets;
    for (const QJsonObject &message : demo.discord().messages) {
        outcome.posts[u"discord"_s].append(normalised(message.value(u"content"_s).toString()));
    }
    return outcome;
}

/// What \a app has that \a cli has not, and the other way round, one line each.
QString oneSided(const QStringList &app, const QStringList &cli)
{
    QStringList lines;
    for (const QString &line : app) {
        if (!cli.contains(line)) {
            lines.append(u"  only the app: "_s + line);
        }
    }
    for (const QString &line : cli) {
        if (!app.contains(line)) {
            lines.append(u"  only the CLI: "_s + line);
        }
    }
    return lines.isEmpty() ? u"  (the same lines, in another order or number)"_s : lines.join(u'\n');
}

/// Each part of the release where the app's outcome is not the command-line tool's, with what differs.
QStringList differencesBetween(const ReleaseOutcome &app, const ReleaseOutcome &cli)
{
    QStringList differences;
    const auto compare = [&differences](const QString &what, const QStringList &ours, const QStringList &theirs) {
        if (ours != theirs) {
            differences.append(what + u":\n"_s + oneSided(ours, theirs));
        }
    };
    compare(u"tag target"_s, {app.tagCommit}, {cli.tagCommit});
    compare(u"release body"_s, app.releaseBody.split(u'\n'), cli.releaseBody.split(u'\n'));
    compare(u"assets"_s, app.assets, cli.assets);
    compare(u"verdicts"_s, app.verdicts, cli.verdicts);
    compare(u"scoring table"_s, app.scoringRows, cli.scoringRows);
    for (const QString &channel : QStringList(app.posts.keys()) + cli.posts.keys()) {
        compare(u"posts on "_s + channel, app.posts.value(channel), cli.posts.value(channel));
    }
    compare(u"journal effects"_s, app.effects, cli.effects);
    compare(u"step notes"_s, app.stepNotes, cli.stepNotes);
    compare(u"staging sign-off"_s, {app.stagingSignOff}, {cli.stagingSignOff});
    differences.removeDuplicates();
    return differences;
}

} // namespace

class TestDemoAppRelease : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_base;
    std::unique_ptr<ra::ReleaseSession> m_session;
    /// What the release through the command-line tool left in its demo.
    std::optional<ReleaseOutcome> m_cliOutcome;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
    }

    void cleanupTestCase()
    {
        m_session.reset();
    }

    void theCliReleasesTheDemo()
    {
        // Before the app's demo starts: the command-line tool's processes must not inherit its session, and the
        // app's demo must not take the ports the kept demo listens on again.
        const QString folder = m_base.filePath(u"cli-demo"_s);
        ra::test::CliReleaseDriver cli(folder);
        QVERIFY2(cli.releaseAll(), qPrintable(cli.error()));
        DemoEnvironment demo;
        QVERIFY2(demo.start(folder), qPrintable(demo.error()));
        QString error;
        m_cliOutcome = outcomeOf(demo, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_cliOutcome->tagCommit, u"<candidate>"_s);
    }

    void theDemoReleaseCompletesThroughTheControllers()
    {
        m_session = std::make_unique<ra::ReleaseSession>(m_base.filePath(u"journal.sqlite"_s));
        m_session->startDemo();
        QVERIFY2(m_session->demoMode(), qPrintable(m_session->lastError()));
        QVERIFY2(m_session->startRelease(tag), qPrintable(m_session->lastError()));

        ra::test::AppReleaseDriver driver(*m_session);
        QVERIFY2(driver.releaseAll(), qPrintable(driver.error()));
        for (ra::ReleaseStep step : ra::allReleaseSteps()) {
            QCOMPARE(m_session->steps()->status(step)->state(), ra::StepState::Done);
        }

        DemoEnvironment &demo = *m_session->demo();
        // The tag is on the remote, on the commit staging signed off.
        const auto remote = ra::git::Repository::open(demo.remotePath());
        QVERIFY(remote);
        const auto tagged = remote->resolveCommit(tag);
        QVERIFY(tagged);
        QCOMPARE(tagged.value(), demo.candidateCommit());

        // The release is published, final, with the packages the playbook expects.
        const auto *release = demo.github().state().releaseByTag(tag);
        QVERIFY(release);
        QVERIFY(!release->draft);
        QVERIFY(!release->prerelease);
        QStringList assets;
        for (const auto &asset : release->assets) {
            assets.append(asset.name);
            QCOMPARE(asset.state, u"uploaded"_s);
            QVERIFY(asset.content.startsWith("!<arch>\ndebian-binary"));
        }
        assets.sort();
        QCOMPARE(assets, DemoProject::assetNames());

        // Both demo accounts approved on the tracking issue.
        QString error;
        const ReleaseOutcome outcome = outcomeOf(demo, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(outcome.verdicts, QStringList({DemoEnvironment::maintainer().login + u" approve"_s,
                                                DemoEnvironment::reviewer().login + u" approve"_s}));

        // The scoring table lists the release.
        QVERIFY2(std::any_of(outcome.scoringRows.cbegin(), outcome.scoringRows.cend(),
                             [](const QString &row) { return row.startsWith(u"sample-project "_s + tag + u' '); }),
                 qPrintable(outcome.scoringRows.join(u'\n')));

        // Every channel holds the announcement of the release.
        QCOMPARE(outcome.posts.keys(), QStringList({u"bluesky"_s, u"discord"_s, u"mastodon"_s, u"telegram"_s, u"x"_s}));
        for (auto it = outcome.posts.cbegin(); it != outcome.posts.cend(); ++it) {
            QVERIFY2(!it.value().isEmpty() && it.value().constFirst().contains(u"1.2.0"_s),
                     qPrintable(it.key() + u": "_s + it.value().join(u" | "_s)));
        }
    }

    void bothFrontEndsEndWithTheSameRelease()
    {
        QVERIFY2(m_cliOutcome, "the release through the command-line tool did not run");
        QVERIFY2(m_session && m_session->demo(), "the release through the controllers did not run");
        QString error;
        const ReleaseOutcome app = outcomeOf(*m_session->demo(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ReleaseOutcome &cli = *m_cliOutcome;
        QVERIFY(!cli.tagCommit.isEmpty());
        QVERIFY(!cli.effects.isEmpty());
        const QStringList differences = differencesBetween(app, cli);
        // In full: a failure message is cut short.
        for (const QString &difference : differences) {
            qWarning().noquote() << difference;
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n\n"_s)));
    }
};

QTEST_MAIN(TestDemoAppRelease)
#include "tst_demoapprelease.moc"
