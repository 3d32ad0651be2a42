// SPDX-License-Identifier: GPL-3.0-or-later
#include "clireleasedriver.h"

#include "appreleasedriver.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/demoproject.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using ra::sandbox::DemoEnvironment;

namespace ra::test {

namespace {

const QString tag = QString::fromLatin1(sandbox::DemoProject::ReleaseTag);

} // namespace

CliReleaseDriver::CliReleaseDriver(const QString &folder)
    : m_folder(folder)
{
}

CliRun CliReleaseDriver::cli(const QStringList &arguments, const QString &account) const
{
    QStringList global{u"--demo-dir"_s, m_folder};
    if (!account.isEmpty()) {
        global << u"--demo-account"_s << account;
    }
    return runCli(global + arguments);
}

QHash<QString, QString> CliReleaseDriver::stepStates() const
{
    const CliRun status = cli({u"--json"_s, u"release"_s, u"status"_s, u"--release"_s, tag});
    QHash<QString, QString> states;
    const QJsonArray steps = status.json().object().value(u"steps"_s).toArray();
    for (const QJsonValue &step : steps) {
        states.insert(step[u"step"_s].toString(), step[u"state"_s].toString());
    }
    return states;
}

CliRun CliReleaseDriver::runRelease() const
{
    return cli({u"--json"_s, u"release"_s, u"run"_s, u"--release"_s, tag});
}

bool CliReleaseDriver::releaseAll()
{
    if (!m_scratch.isValid()) {
        m_error = u"no temporary folder for the notes: %1"_s.arg(m_scratch.errorString());
        return false;
    }
    // Step 1 needs a person: the run stops there, and the demo stays in its folder for the next command.
    CliRun run = runRelease();
    if (!expect(u"the first run"_s, run, 3, u"staging"_s)) {
        return false;
    }
    if (!run.err.contains(DemoEnvironment::notice()) || !QDir(m_folder).exists(u"sample-project/.git"_s)) {
        return fail(u"the demo's notice or clone is missing"_s, run);
    }

    // 1. The maintainer checks staging (CI runs, packages, both nodes on the candidate) and signs it off.
    run = cli({u"staging"_s, u"check"_s, u"--release"_s, tag});
    if (!expect(u"staging check"_s, run, 0) || !run.out.contains(u"Sign-off recorded"_s)) {
        return fail(u"staging check did not sign off"_s, run);
    }

    // 2. The run tags the candidate and pushes the tag to the demo's remote; step 3 needs a person.
    if (!expect(u"the run after the sign-off"_s, runRelease(), 3, u"scoring-table"_s)) {
        return false;
    }

    // 3. The scoring table lists the release (the demo's table file stands in for the scoring database).
    run = cli({u"table"_s, u"add"_s, u"--version"_s, tag, u"--at"_s,
               QString::fromLatin1(AppReleaseDriver::ScoringReleaseTime)});
    if (!expect(u"table add"_s, run, 0) || !run.out.contains(u"Step 3 of %1 is done"_s.arg(tag))) {
        return fail(u"table add did not finish step 3"_s, run);
    }

    // 4. The notes of v1.1.0..v1.2.0, generated from the clone, saved to a new draft.
    run = cli({u"notes"_s, u"generate"_s, u"--tag"_s, tag, u"--to"_s, tag});
    if (!expect(u"notes generate"_s, run, 0) || !run.out.contains(u"@bruno-translator"_s)) {
        return fail(u"notes generate left out a contributor"_s, run);
    }
    const QString notes = m_scratch.filePath(u"notes.md"_s);
    QFile file(notes);
    if (!file.open(QIODevice::WriteOnly) || file.write(run.out.toUtf8()) < 0) {
        m_error = u"cannot write %1: %2"_s.arg(notes, file.errorString());
        return false;
    }
    file.close();
    if (!expect(u"notes save"_s, cli({u"notes"_s, u"save"_s, u"--release"_s, tag, notes}), 0)) {
        return false;
    }

    // 5. The run attaches the CI's packages to the draft; step 6 waits for the two approvals.
    if (!expect(u"the run after the notes"_s, runRelease(), 3, u"review-publish"_s)) {
        return false;
    }

    // 6. Both reviewers approve the draft's exact content; the run publishes it and stops at step 7.
    if (!expect(u"the maintainer's approval"_s, cli({u"review"_s, u"approve"_s, u"--release"_s, tag}), 0) ||
        !expect(u"the run after one approval"_s, runRelease(), 3, u"review-publish"_s) ||
        !expect(u"the reviewer's approval"_s,
                cli({u"review"_s, u"approve"_s, u"--release"_s, tag}, DemoEnvironment::reviewer().login), 0) ||
        !expect(u"the run after both approvals"_s, runRelease(), 3, u"announce"_s)) {
        return false;
    }

    // 7. The announcements go out on every channel; the run then has nothing left.
    if (!expect(u"announce send"_s, cli({u"announce"_s, u"send"_s, u"--release"_s, tag}), 0)) {
        return false;
    }
    run = runRelease();
    if (!expect(u"the last run"_s, run, 0) || !run.json().object().value(u"complete"_s).toBool()) {
        return fail(u"the last run did not complete the release"_s, run);
    }
    return true;
}

QString CliReleaseDriver::error() const
{
    return m_error;
}

bool CliReleaseDriver::expect(const QString &what, const CliRun &run, int exitCode, const QString &stoppedAt)
{
    if (run.exitCode != exitCode) {
        return fail(u"%1 exited with %2, not %3"_s.arg(what).arg(run.exitCode).arg(exitCode), run);
    }
    if (!stoppedAt.isEmpty()) {
        const QString stopped = run.json().object().value(u"stoppedAt"_s).toString();
        if (stopped != stoppedAt) {
            return fail(u"%1 stopped at '%2', not '%3'"_s.arg(what, stopped, stoppedAt), run);
        }
    }
    return true;
}

bool CliReleaseDriver::fail(const QString &what, const CliRun &run)
{
    m_error = u"%1\nexit %2\n%3\n%4"_s.arg(what).arg(run.exitCode).arg(run.out, run.err);
    return false;
}

} // namespace ra::test
