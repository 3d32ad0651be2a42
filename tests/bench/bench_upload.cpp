// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads a 1 GiB file as a release asset through step 5's real upload path (GitHubClient::uploadAsset on the
// net HttpClient, which streams the body from disk) to the local GitHub twin's uploads host, then uploads the
// same file to the same server with `curl`, in the same run. Prints the process's peak resident memory before and
// after (far below the file size when the body is streamed, not buffered), both throughputs and their ratio.
// Not a test: it asserts nothing about time. It fails only when an upload does not arrive whole.
//   bench_upload [size in MiB, default 1024]
#include "github/githubclient.h"
#include "github/syncwaiter.h"

#include "githubtwin.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <future>

using namespace Qt::StringLiterals;

namespace {

constexpr double MiB = 1024.0 * 1024.0;
/// The uploads host keeps no more than this of a body: it counts the rest, so the server adds nothing to the
/// peak memory that scales with the file.
constexpr qint64 ServerBodyLimit = 64 * 1024;

/// Peak resident set size in MiB (Linux reports ru_maxrss in KiB).
double peakRssMiB(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double throughput(qint64 bytes, qint64 milliseconds)
{
    return milliseconds > 0 ? double(bytes) / MiB / (double(milliseconds) / 1000.0) : 0.0;
}

/// The GitHub twin on a thread of its own, so that the server reads the upload while the client sends it (as
/// a remote server would), and keeps serving while this thread waits for curl.
class TwinThread : public QThread
{
public:
    struct Urls {
        QUrl api;
        QUrl uploads;
        qint64 releaseId = 0;
    };

    std::future<Urls> urls()
    {
        return m_urls.get_future();
    }
    /// The assets the twin's draft holds, read once the thread has finished.
    [[nodiscard]] QList<ra::test::GitHubTwinState::Asset> assets() const
    {
        return m_assets;
    }

protected:
    void run() override
    {
        ra::test::GitHubTwin twin;
        twin.uploads().setBodyLimit(ServerBodyLimit);
        if (!twin.start()) {
            m_urls.set_value({});
            return;
        }
        const qint64 releaseId = twin.addRelease(u"1.15.0"_s, true);
        m_urls.set_value({twin.api().url(), twin.uploads().url(), releaseId});
        exec();
        m_assets = twin.state().release(releaseId)->assets;
    }

private:
    std::promise<Urls> m_urls;
    QList<ra::test::GitHubTwinState::Asset> m_assets;
};

struct CurlRun {
    QString label;
    QStringList arguments;
    qint64 milliseconds = -1;
    QString error;
};

void runCurl(CurlRun &run)
{
    QProcess curl;
    curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    curl.start(u"curl"_s, run.arguments);
    if (!curl.waitForStarted()) {
        run.error = curl.errorString();
        return;
    }
    curl.waitForFinished(-1);
    run.milliseconds = timer.elapsed();
    if (curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0) {
        run.error = u"curl exited with %1"_s.arg(curl.exitCode());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 sizeMiB = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const qint64 size = qMax<qint64>(1, sizeMiB) * 1024 * 1024;

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

    TwinThread server;
    auto urlsReady = server.urls();
    server.start();
    const TwinThread::Urls urls = urlsReady.get();
    if (urls.uploads.isEmpty()) {
        out << "bench_upload: the GitHub twin could not listen" << Qt::endl;
        return 1;
    }
    const auto stopServer = [&server] {
        server.quit();
        server.wait();
    };
    const QString assetsPath = u"/repos/aleph-im/aleph-vm/releases/%1/assets"_s.arg(urls.releaseId);

    ra::github::Endpoints endpoints;
    endpoints.api = urls.api;
    endpoints.uploads = urls.uploads;
    ra::github::GitHubClient client(endpoints);
    ra::github::Release release;
    release.id = urls.releaseId;
    release.uploadUrl = QUrl(urls.uploads.toString() + assetsPath);

    const double rssBefore = peakRssMiB();
    QElapsedTimer timer;
    timer.start();
    qint64 progressSignals = 0;
    ra::github::WaitOptions options;
    options.progress = [&progressSignals](qint64, qint64) {
        ++progressSignals;
    };
    const auto uploaded = ra::github::waitFor<ra::github::Asset>(
        [&](auto done) {
            return client.uploadAsset(release, path, u"ours.bin"_s, {}, u"application/octet-stream"_s, std::move(done));
        },
        options);
    const qint64 ours = timer.elapsed();
    const double rssAfter = peakRssMiB();
    if (!uploaded.ok()) {
        out << "bench_upload: the upload failed: " << uploaded.error.toString() << Qt::endl;
        stopServer();
        return 1;
    }

    // The reference asked for (curl reads a --data-binary file into memory first), and curl streaming the
    // file with -T, which is what our client does.
    const QString curlPath = QStandardPaths::findExecutable(u"curl"_s);
    const auto curlUrl = [&](const QString &name) {
        return urls.uploads.toString() + assetsPath + u"?name="_s + name;
    };
    QList<CurlRun> curls{
        {u"curl --data-binary @file"_s,
         {u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-X"_s, u"POST"_s, u"--data-binary"_s, u"@"_s + path, u"-H"_s,
          u"Content-Type: application/octet-stream"_s, curlUrl(u"curl-data-binary.bin"_s)},
         -1,
         {}},
        {u"curl -T file -X POST"_s,
         {u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-X"_s, u"POST"_s, u"-T"_s, path, u"-H"_s,
          u"Content-Type: application/octet-stream"_s, curlUrl(u"curl-streamed.bin"_s)},
         -1,
         {}},
    };
    if (!curlPath.isEmpty()) {
        for (CurlRun &run : curls) {
            runCurl(run);
        }
    }
    stopServer();

    // Each upload must have arrived whole, or its time means nothing.
    const QList<ra::test::GitHubTwinState::Asset> assets = server.assets();
    const auto receivedSize = [&assets](const QString &name) {
        for (const auto &asset : assets) {
            if (asset.name == name) {
                return asset.size;
            }
        }
        return qint64(-1);
    };
    int status = 0;
    if (receivedSize(u"ours.bin"_s) != size) {
        out << "bench_upload: the server received " << receivedSize(u"ours.bin"_s) << " of " << size << " bytes"
            << Qt::endl;
        status = 1;
    }

    out << u"bench_upload: %1 MiB sparse file, uploaded through GitHubClient::uploadAsset (net::HttpClient "
           "streaming from the file) to the GitHub twin's uploads host (keeps %2 KiB of a body, counts the rest)"_s
               .arg(sizeMiB)
               .arg(ServerBodyLimit / 1024)
        << Qt::endl;
    out << u"bench_upload: ours: %1 ms, %2 MiB/s (%3 progress signals)"_s.arg(ours)
               .arg(throughput(size, ours), 0, 'f', 1)
               .arg(progressSignals)
        << Qt::endl;
    out << u"bench_upload: peak RSS of this process (client and server): before %1 MiB, after %2 MiB "
           "(+%3 MiB for a %4 MiB upload)"_s.arg(rssBefore, 0, 'f', 1)
               .arg(rssAfter, 0, 'f', 1)
               .arg(rssAfter - rssBefore, 0, 'f', 1)
               .arg(sizeMiB)
        << Qt::endl;
    if (curlPath.isEmpty()) {
        out << "bench_upload: no curl on PATH: no reference ratio" << Qt::endl;
        return status;
    }
    for (const CurlRun &run : std::as_const(curls)) {
        const QString name = run.label.contains(u"-T"_s) ? u"curl-streamed.bin"_s : u"curl-data-binary.bin"_s;
        if (!run.error.isEmpty() || receivedSize(name) != size) {
            out << u"bench_upload: %1 failed (%2; the server received %3 bytes)"_s.arg(run.label, run.error)
                       .arg(receivedSize(name))
                << Qt::endl;
            status = 1;
            continue;
        }
        const double reference = throughput(size, run.milliseconds);
        out << u"bench_upload: %1: %2 ms, %3 MiB/s; ours / curl throughput = %4"_s.arg(run.label)
                   .arg(run.milliseconds)
                   .arg(reference, 0, 'f', 1)
                   .arg(reference > 0 ? throughput(size, ours) / reference : 0.0, 0, 'f', 2)
            << Qt::endl;
    }
    out << u"bench_upload: peak RSS of the curl children: %1 MiB"_s.arg(peakRssMiB(RUSAGE_CHILDREN), 0, 'f', 1)
        << Qt::endl;
    return status;
}
