// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapplication.h"
#include "secrets/logfilter.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("aleph.im"));
    QCoreApplication::setApplicationName(QStringLiteral("Release Assistant"));
    // Every command, not only those that know they handle a secret: a library's warning may quote one.
    ra::secrets::installSecretLogFilter();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    ra::cli::CliApplication cli;
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return cli.run(arguments, out, err, in);
}
