// SPDX-License-Identifier: GPL-3.0-or-later
// The server side of bench_upload, in a process of its own: the GitHub twin (API and uploads host) with one
// draft release. Run in the same process as the client, the server's reading competed with the client for the
// same event loop and allocator, and a profile of the client held the server too; in its own process it is the
// same server for curl and for us, so the throughput ratio measures the clients.
//   bench_upload_server [body limit in bytes, default 65536]
// Prints one line "ready <api url> <uploads url> <release id>", serves until its standard input closes (the
// parent ended or is done), then prints a line "asset <size> <name>" per asset the draft holds, and "end".
#include "githubtwin.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 bodyLimit = argc > 1 ? QByteArray(argv[1]).toLongLong() : 64 * 1024;

    ra::test::GitHubTwin twin;
    twin.uploads().setBodyLimit(bodyLimit);
    if (!twin.start()) {
        out << "bench_upload_server: the GitHub twin could not listen" << Qt::endl;
        return 1;
    }
    const qint64 releaseId = twin.addRelease(u"1.15.0"_s, true);
    out << "ready " << twin.api().url().toString() << ' ' << twin.uploads().url().toString() << ' ' << releaseId
        << Qt::endl;

    // End-of-file on standard input ends the server, so it never outlives the benchmark that started it.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    app.exec();

    if (const auto *release = twin.state().release(releaseId)) {
        for (const auto &asset : release->assets) {
            out << "asset " << asset.size << ' ' << asset.name << '\n';
        }
    }
    out << "end" << Qt::endl;
    return 0;
}
