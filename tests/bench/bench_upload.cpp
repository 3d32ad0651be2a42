// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads a 1 GiB file as a release asset through step 5's real upload path (GitHubClient::uploadAsset on the
// net HttpClient, which streams the body from disk), then the same file with `curl -T`, to the same server:
// the GitHub twin's uploads host in a process of its own (bench_upload_server), so that the ratio measures the
// two clients and a profile of this process holds the client only. Both run several times, alternating, and
// the best run of each counts (other work on the machine only ever slows a run down). Prints the peak resident
// memory of this process (far below the file size when the body is streamed), both throughputs and their ratio.
// Not a test: it asserts nothing about time. It fails only when an upload does not arrive whole.
//   bench_upload [size in MiB, default 1024] [rounds, default 3] [--ours-only: no curl, e.g. under a profiler]
#include "benchresult.h"

#include "github/githubclient.h"
#include "github/syncwaiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr double MiB = 1024.0 * 1024.0;
/// The uploads host keeps no more than this of a body: it counts the rest, so the server's memory does not
/// grow with the file.
constexpr qint64 ServerBodyLimit = 64 * 1024;
/// The goal: our throughput at least this share of curl's.
constexpr double Goal = 0.9;

/// Peak resident set size of this process in MiB (Linux reports ru_maxrss in KiB).
double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double throughput(qint64 bytes, qint64 nanoseconds)
{
    return nanoseconds > 0 ? double(bytes) / MiB / (double(nanoseconds) / 1e9) : 0.0;
}

/// bench_upload_server, started and read line by line.
class ServerProcess
{
public:
    struct Urls {
        QUrl api;
        QUrl uploads;
        qint64 releaseId = 0;
    };

    bool start(QString *error)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationDirPath() + u"/bench_upload_server"_s,
                        {QString::number(ServerBodyLimit)});
        if (!m_process.waitForStarted()) {
            *error = u"cannot start bench_upload_server: %1"_s.arg(m_process.errorString());
            return false;
        }
        const QStringList ready = readLine().split(u' ');
        if (ready.size() != 4 || ready.constFirst() != u"ready"_s) {
            *error = u"bench_upload_server did not start its twin (%1)"_s.arg(ready.join(u' '));
            return false;
        }
        m_urls = {QUrl(ready.at(1)), QUrl(ready.at(2)), ready.at(3).toLongLong()};
        return true;
    }
    [[nodiscard]] const Urls &urls() const
    {
        return m_urls;
    }
    /// Ends the server (its standard input closes) and returns the size of each asset it stored, by name.
    QHash<QString, qint64> stop()
    {
        QHash<QString, qint64> sizes;
        m_process.closeWriteChannel();
        for (QString line = readLine(); line.startsWith(u"asset "_s); line = readLine()) {
            const qsizetype space = line.indexOf(u' ', 6);
            sizes.insert(line.mid(space + 1), line.mid(6, space - 6).toLongLong());
        }
        m_process.waitForFinished(10000);
        return sizes;
    }

private:
    QString readLine()
    {
        while (!m_process.canReadLine() && m_process.waitForReadyRead(30000)) { }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess m_process;
    Urls m_urls;
};

/// One upload with curl -T (streamed from the file, as ours is); its time in ns, or -1.
qint64 curlUpload(const QString &path, const QString &url, QString *error)
{
    QProcess curl;
    curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    curl.start(u"curl"_s, {u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-X"_s, u"POST"_s, u"-T"_s, path, u"-H"_s,
                           u"Content-Type: application/octet-stream"_s, url});
    if (!curl.waitForStarted()) {
        *error = curl.errorString();
        return -1;
    }
    curl.waitForFinished(-1);
    const qint64 elapsed = timer.nsecsElapsed();
    if (curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0) {
        *error = u"curl exited with %1"_s.arg(curl.exitCode());
        return -1;
    }
    return elapsed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = app.arguments().mid(1);
    const bool oursOnly = arguments.removeAll(u"--ours-only"_s) > 0;
    const qint64 sizeMiB = qMax<qint64>(1, arguments.value(0, u"1024"_s).toLongLong());
    const int rounds = qMax(1, arguments.value(1, u"3"_s).toInt());
    const qint64 size = sizeMiB * 1024 * 1024;
    const bool withCurl = !oursOnly && !QStandardPaths::findExecutable(u"curl"_s).isEmpty();

    // A sparse file: created at once, taking no disk (nor, on tmpfs, memory); reads come from the page cache.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"upload.bin"_s);
    {
        QFile file(path);
        if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || !file.resize(size)) {
            out << "bench_upload: cannot create " << path << ": " << file.errorString() << Qt::endl;
            return 1;
        }
    }

    ServerProcess server;
    QString error;
    if (!server.start(&error)) {
        out << "bench_upload: " << error << Qt::endl;
        return 1;
    }
    const ServerProcess::Urls &urls = server.urls();
    const QString assetsPath = u"/repos/aleph-im/aleph-vm/releases/%1/assets"_s.arg(urls.releaseId);

    ra::github::Endpoints endpoints;
    endpoints.api = urls.api;
    endpoints.uploads = urls.uploads;
    ra::github::GitHubClient client(endpoints);
    ra::github::Release release;
    release.id = urls.releaseId;
    release.uploadUrl = QUrl(urls.uploads.toString() + assetsPath);

    const double rssBefore = peakRssMiB();
    qint64 bestOurs = std::numeric_limits<qint64>::max();
    qint64 bestCurl = std::numeric_limits<qint64>::max();
    qint64 progressSignals = 0;
    QStringList names;
    int status = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString ours = u"ours-%1.bin"_s.arg(round);
        names.append(ours);
        ra::github::WaitOptions options;
        progressSignals = 0;
        options.progress = [&progressSignals](qint64, qint64) {
            ++progressSignals;
        };
        QElapsedTimer timer;
        timer.start();
        const auto uploaded = ra::github::waitFor<ra::github::Asset>(
            [&](auto done) {
                return client.uploadAsset(release, path, ours, {}, u"application/octet-stream"_s, std::move(done));
            },
            options);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!uploaded.ok()) {
            out << "bench_upload: our upload failed: " << uploaded.error.toString() << Qt::endl;
            status = 1;
            break;
        }
        bestOurs = std::min(bestOurs, elapsed);
        out << u"bench_upload: round %1: ours %2 MiB/s"_s.arg(round + 1).arg(throughput(size, elapsed), 0, 'f', 1);
        if (withCurl) {
            const QString theirs = u"curl-%1.bin"_s.arg(round);
            names.append(theirs);
            const qint64 curl = curlUpload(path, release.uploadUrl.toString() + u"?name="_s + theirs, &error);
            if (curl < 0) {
                out << Qt::endl << "bench_upload: curl failed: " << error << Qt::endl;
                status = 1;
                break;
            }
            bestCurl = std::min(bestCurl, curl);
            out << u", curl -T %1 MiB/s"_s.arg(throughput(size, curl), 0, 'f', 1);
        }
        out << Qt::endl;
    }
    const double rssAfter = peakRssMiB();

    // Each upload must have arrived whole, or its time means nothing.
    const QHash<QString, qint64> received = server.stop();
    for (const QString &name : std::as_const(names)) {
        if (received.value(name, -1) != size) {
            out << "bench_upload: the server received " << received.value(name, -1) << " of " << size << " bytes of "
                << name << Qt::endl;
            status = 1;
        }
    }
    if (status != 0) {
        return status;
    }

    const double oursRate = throughput(size, bestOurs);
    out << u"bench_upload: %1 MiB sparse file through GitHubClient::uploadAsset to the GitHub twin's uploads host in "
           "its own process (keeps %2 KiB of a body, counts the rest); best of %3: %4 MiB/s (%5 progress signals)"_s
               .arg(sizeMiB)
               .arg(ServerBodyLimit / 1024)
               .arg(rounds)
               .arg(oursRate, 0, 'f', 1)
               .arg(progressSignals)
        << Qt::endl;
    out << u"bench_upload: peak RSS of this process (the client only): before %1 MiB, after %2 MiB (+%3 MiB for a %4 "
           "MiB upload)"_s.arg(rssBefore, 0, 'f', 1)
               .arg(rssAfter, 0, 'f', 1)
               .arg(rssAfter - rssBefore, 0, 'f', 1)
               .arg(sizeMiB)
        << Qt::endl;
    const QString what = u"%1 MiB asset upload, throughput vs curl -T to the same server"_s.arg(sizeMiB);
    if (!withCurl) {
        out << "bench_upload: no curl run (--ours-only, or no curl on PATH): no reference ratio" << Qt::endl;
        ra::bench::printResult(out, what, u"not measured (no curl)"_s, u"≥ 0.9×"_s, std::nullopt);
        return 0;
    }
    const double curlRate = throughput(size, bestCurl);
    const double ratio = oursRate / curlRate;
    out << u"bench_upload: curl -T, best of %1: %2 MiB/s; ours / curl throughput = %3"_s.arg(rounds)
               .arg(curlRate, 0, 'f', 1)
               .arg(ratio, 0, 'f', 2)
        << Qt::endl;
    ra::bench::printResult(
        out, what, u"%1× (%2 vs %3 MiB/s)"_s.arg(ratio, 0, 'f', 2).arg(oursRate, 0, 'f', 0).arg(curlRate, 0, 'f', 0),
        u"≥ 0.9×"_s, ratio >= Goal);
    return 0;
}
