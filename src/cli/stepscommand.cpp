// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/stepscommand.h"

#include "core/releasestep.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ra::cli {

QString StepsCommand::name() const
{
    return QStringLiteral("steps");
}

QString StepsCommand::summary() const
{
    return QStringLiteral("list the seven steps of the release procedure");
}

int StepsCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    if (const auto exit = parseCommandLine(parser, name(), context)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.output.error(
            ExitBadInput, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()),
            QStringLiteral("'steps' takes no arguments."));
    }
    QJsonArray steps;
    int number = 1;
    const auto all = allReleaseSteps();
    for (ReleaseStep step : all) {
        context.output.line(QStringLiteral("%1. %2").arg(number).arg(stepKey(step)));
        steps.append(QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("key"), stepKey(step)}});
        ++number;
    }
    context.output.result(steps);
    return ExitOk;
}

} // namespace ra::cli
