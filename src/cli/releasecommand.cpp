// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/releasecommand.h"

#include "cli/projectoptions.h"
#include "release/releaseplanner.h"

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
    if (sub != u"status"_s && sub != u"plan"_s) {
        if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
            context.output.line(u"Usage: release-assistant-cli release <status|plan> --release <tag> [options]\n\n"
                                "  status   every step's state (one policy for the app and the CLI), and the side\n"
                                "           effects whose outcome is unknown and must be reconciled\n"
                                "  plan     what is left, step by step: git operations, API calls, posts and\n"
                                "           database changes in order, what blocks them, what needs a person\n\n"
                                "Options: --repo <clone> (default: the current folder), --playbook <file>,\n"
                                "--preset <name>, --remote <name>, --journal <file>, --json."_s);
            return sub.isEmpty() ? ExitBadInput : ExitOk;
        }
        return context.output.error(ExitBadInput, u"unknown action '%1'"_s.arg(sub),
                                    u"Use 'release status' or 'release plan'."_s);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption releaseOption(u"release"_s, u"The release, by its tag (1.15.0, 1.15.0-rc1)."_s, u"tag"_s);
    parser.addOption(releaseOption);
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
    QString error;
    QString hint;
    const auto release = release::Release::open(*project, *journal, tag, release::Release::Access::Read, &error, &hint);
    if (!release) {
        return context.output.error(ExitBadInput, error, hint);
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
