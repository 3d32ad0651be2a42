// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/releasecommand.h"

#include "cli/projectoptions.h"
#include "release/notesrunner.h"
#include "release/packagesrunner.h"
#include "release/personsteprunner.h"
#include "release/publishrunner.h"
#include "release/releaseplanner.h"
#include "release/releaserunner.h"
#include "release/scoringrunner.h"
#include "release/tagrunner.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

void printStatus(CliOutput &output, const release::Release &release)
{
    output.line(u"Release %1 of %2 (%3)"_s.arg(release.tag(), release.project().repository().toString(),
                                               release.isPrerelease() ? u"pre-release"_s : u"final"_s));
    for (ReleaseStep step : allReleaseSteps()) {
        const release::StepVerdict verdict = release.verdict(step);
        output.line(u"  %1 %2 %3 %4"_s.arg(int(step) + 1)
                        .arg(stepKey(step), -15)
                        .arg(stateKey(verdict.state), -16)
                        .arg(verdict.reason)
                        .trimmed());
        for (const JournalEffect &effect : verdict.unresolved) {
            output.line(u"      unresolved: %1 %2 (%3 since %4)"_s.arg(
                effect.action, effect.key, outcomeKey(effect.outcome), effect.intendedAt.toString(Qt::ISODate)));
        }
    }
    const std::optional<ReleaseStep> next = release.nextStep();
    output.line(next ? u"Next: step %1, %2"_s.arg(int(*next) + 1).arg(stepKey(*next)) : u"Every step is done."_s);
}

void printPlan(CliOutput &output, const QList<release::StepPlan> &plans)
{
    for (const release::StepPlan &plan : plans) {
        if (plan.isDone()) {
            output.line(u"%1 %2: done (%3)"_s.arg(int(plan.step) + 1).arg(stepKey(plan.step), plan.doneNote));
            continue;
        }
        output.line(u"%1 %2:"_s.arg(int(plan.step) + 1).arg(stepKey(plan.step)));
        for (const QString &blocker : plan.blockers) {
            output.line(u"    blocked: %1"_s.arg(blocker));
        }
        for (const release::PlannedOperation &operation : plan.operations) {
            output.line(u"    [%1] %2"_s.arg(release::operationKindKey(operation.kind), operation.summary));
            if (!operation.target.isEmpty()) {
                output.line(u"          → %1"_s.arg(operation.target));
            }
        }
        if (!plan.needsPerson.isEmpty()) {
            output.line(u"    needs a person: %1"_s.arg(plan.needsPerson));
        }
        if (plan.operations.isEmpty() && plan.blockers.isEmpty() && plan.needsPerson.isEmpty()) {
            output.line(u"    nothing to do (%1)"_s.arg(plan.doneNote));
        }
    }
}

void printRun(CliOutput &output, const release::RunReport &report)
{
    for (const release::RunReport::Entry &entry : report.entries) {
        const QString outcome =
            entry.alreadyDone ? u"already done"_s : release::runOutcomeKey(entry.result.outcome).replace(u'-', u' ');
        output.line(u"%1 %2: %3%4"_s.arg(int(entry.step) + 1)
                        .arg(stepKey(entry.step), outcome,
                             entry.result.message.isEmpty() ? QString() : u" — "_s + entry.result.message));
        if (report.dryRun) {
            for (const release::PlannedOperation &operation : entry.plan.operations) {
                output.line(u"    would [%1] %2"_s.arg(release::operationKindKey(operation.kind), operation.summary));
            }
        }
        if (!entry.result.hint.isEmpty()) {
            output.line(u"    → %1"_s.arg(entry.result.hint));
        }
    }
    if (!report.stoppedAt) {
        output.line(report.dryRun ? u"Nothing would stop the run."_s : u"The run reached its end."_s);
    } else if (report.needsPerson()) {
        output.line(u"Stopped at step %1 (%2): it needs a person. Run again once done; it resumes there."_s
                        .arg(int(*report.stoppedAt) + 1)
                        .arg(stepKey(*report.stoppedAt)));
    }
}

} // namespace

QString ReleaseCommand::name() const
{
    return u"release"_s;
}

QString ReleaseCommand::summary() const
{
    return u"the whole release: status of the seven steps, and the plan of what is left"_s;
}

int ReleaseCommand::run(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub != u"status"_s && sub != u"plan"_s && sub != u"run"_s) {
        if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
            context.output.line(u"Usage: release-assistant-cli release <status|plan|run> --release <tag> [options]\n\n"
                                "  status   every step's state (one policy for the app and the CLI), and the side\n"
                                "           effects whose outcome is unknown and must be reconciled\n"
                                "  plan     what is left, step by step: git operations, API calls, posts and\n"
                                "           database changes in order, what blocks them, what needs a person\n"
                                "  run      runs the steps in order and stops where a person is needed (exit 3);\n"
                                "           run it again to resume. --until <step> stops after that step,\n"
                                "           --dry-run sends nothing and shows each step's plan\n\n"
                                "Options: --repo <clone> (default: the current folder), --playbook <file>,\n"
                                "--preset <name>, --remote <name>, --journal <file>, --json."_s);
            return sub.isEmpty() ? ExitBadInput : ExitOk;
        }
        return context.output.error(ExitBadInput, u"unknown action '%1'"_s.arg(sub),
                                    u"Use 'release status', 'release plan' or 'release run'."_s);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption releaseOption(u"release"_s, u"The release, by its tag (1.15.0, 1.15.0-rc1)."_s, u"tag"_s);
    parser.addOption(releaseOption);
    const QCommandLineOption untilOption(u"until"_s, u"run: stop after this step (its key or number)."_s, u"step"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, u"run: send nothing; show what each step would do."_s);
    const QCommandLineOption keyOption(
        u"ssh-key"_s, u"run: SSH key for the tag push when the agent has none (passphrase: RA_SSH_PASSPHRASE)."_s,
        u"file"_s);
    const QCommandLineOption apiOption(u"api-url"_s,
                                       u"run: the GitHub API base URL (default https://api.github.com)."_s, u"url"_s);
    const QCommandLineOption uploadsOption(u"uploads-url"_s, u"run: the GitHub uploads host (default: the draft's)."_s,
                                           u"url"_s);
    const QCommandLineOption scheduleOption(
        u"schedule-dir"_s, u"run: where step 3 keeps the changes scheduled for the publication."_s, u"dir"_s);
    if (sub == u"run"_s) {
        parser.addOptions({untilOption, dryRunOption, keyOption, apiOption, uploadsOption, scheduleOption});
    }
    const ProjectOptions projectOptions;
    projectOptions.addTo(parser);
    CommandContext subContext{context.arguments.mid(1), context.output, context.input};
    if (const auto exit = parseCommandLine(parser, u"release "_s + sub, subContext)) {
        return *exit;
    }
    const QString tag = parser.value(releaseOption).trimmed();
    if (tag.isEmpty()) {
        return context.output.error(ExitBadInput, u"--release is required"_s,
                                    u"Example: release-assistant-cli release %1 --release 1.15.0"_s.arg(sub));
    }
    int exitCode = ExitOk;
    const std::optional<release::Project> project = projectOptions.openProject(parser, context, &exitCode);
    if (!project) {
        return exitCode;
    }
    const std::unique_ptr<Journal> journal = projectOptions.openJournal(parser, *project, context, &exitCode);
    if (!journal) {
        return exitCode;
    }
    const bool running = sub == u"run"_s;
    std::optional<ReleaseStep> until;
    if (running && parser.isSet(untilOption)) {
        const QString text = parser.value(untilOption).trimmed();
        bool number = false;
        const int index = text.toInt(&number);
        until = number && index >= 1 && index <= 7 ? std::optional(allReleaseSteps().at(index - 1)) : stepFromKey(text);
        if (!until) {
            return context.output.error(ExitBadInput, u"'%1' is not a step"_s.arg(text),
                                        u"Use a number from 1 to 7 or a key from 'release-assistant-cli steps'."_s);
        }
    }
    const bool dryRun = running && parser.isSet(dryRunOption);
    const release::Release::Access access = !running ? release::Release::Access::Read
                                            : dryRun ? release::Release::Access::Preview
                                                     : release::Release::Access::Drive;
    QString error;
    QString hint;
    const auto release = release::Release::open(*project, *journal, tag, access, &error, &hint);
    if (!release) {
        return context.output.error(access == release::Release::Access::Drive ? ExitFailed : ExitBadInput, error, hint);
    }
    if (running) {
        release::ReleaseRunner runner(*release);
        const QString scheduleDirectory = parser.isSet(scheduleOption)
                                              ? parser.value(scheduleOption)
                                              : release::ScheduledScoring::defaultScheduleDirectory();
        // Step 1's sign-off, step 4's notes and step 7's announcements are a person's; the others run here.
        runner.setRunner(std::make_unique<release::PersonStepRunner>(ReleaseStep::Staging));
        runner.setRunner(std::make_unique<release::TagRunner>(credentialsFrom(parser.value(keyOption))));
        runner.setRunner(std::make_unique<release::PersonStepRunner>(ReleaseStep::Announce));
        github::Endpoints endpoints;
        if (parser.isSet(apiOption)) {
            endpoints.api = QUrl(parser.value(apiOption));
        }
        if (parser.isSet(uploadsOption)) {
            endpoints.uploads = QUrl(parser.value(uploadsOption));
        }

        runner.setRunner(
            std::make_unique<release::NotesRunner>(endpoints, qEnvironmentVariable("GITHUB_TOKEN").trimmed()));
        runner.setRunner(std::make_unique<release::PackagesRunner>(
            endpoints, qEnvironmentVariable("GITHUB_TOKEN").trimmed(), release::PackagesRunner::defaultWorkRoot()));
        // Secrets come from the environment, never from the command line (the process list shows it).
        const QString scoringPassword = qEnvironmentVariable("RA_SCORING_DB_PASSWORD");
        const auto password =
            scoringPassword.isEmpty()
                ? release::ScheduledScoring::PasswordProvider()
                : release::ScheduledScoring::PasswordProvider([scoringPassword] { return scoringPassword; });
        // With the password, step 3 can settle an apply a crash left open by reading the table.
        runner.setRunner(std::make_unique<release::ScoringRunner>(scheduleDirectory, password));
        runner.setRunner(std::make_unique<release::PublishRunner>(
            endpoints, qEnvironmentVariable("GITHUB_TOKEN").trimmed(), password, scheduleDirectory));
        const release::RunReport report = runner.run(until, dryRun);
        printRun(context.output, report);
        QJsonObject json = report.toJson();
        json.insert(u"release"_s, release->tag());
        context.output.result(json);
        if (report.failed()) {
            const release::StepRunResult &last = report.entries.constLast().result;
            return context.output.error(ExitFailed, last.message, last.hint);
        }
        return report.needsPerson() ? ExitNeedsPerson : ExitOk;
    }
    if (sub == u"status"_s) {
        printStatus(context.output, *release);
        QJsonObject json = release->statusJson();
        json.insert(u"journal"_s, journal->databasePath());
        context.output.result(json);
        return ExitOk;
    }
    const QList<release::StepPlan> plans = release::ReleasePlanner(*release).plan();
    printPlan(context.output, plans);
    QJsonArray steps;
    for (const release::StepPlan &plan : plans) {
        steps.append(plan.toJson());
    }
    context.output.result(QJsonObject{{u"release"_s, release->tag()}, {u"steps"_s, steps}});
    return ExitOk;
}

} // namespace ra::cli
