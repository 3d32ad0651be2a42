// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's environment: a sample project (bare remote, clone, history, playbook) and the local services its
// playbook names, consistent with each other, answering on 127.0.0.1, taken up again from a kept folder, and
// gone — folder and ports — once it ends.
#include "git/describe.h"
#include "git/repository.h"
#include "github/githubclient.h"
#include "github/syncwaiter.h"
#include "packages/artifactzip.h"
#include "packages/debpackage.h"
#include "release/project.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/demoproject.h"
#include "scoring/tableformat.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::sandbox::DemoEnvironment;
using ra::sandbox::DemoProject;

namespace {

/// GET \a url with the event loop turning; the reply, finished (or null after 10 s).
std::unique_ptr<QNetworkReply> get(QNetworkAccessManager &network, const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000)) {
        return nullptr;
    }
    return reply;
}

ra::github::RepositoryRef demoRepository()
{
    return *ra::github::RepositoryRef::parse(u"demo/sample-project"_s);
}

} // namespace

class TestDemoEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theProjectIsConsistent()
    {
        DemoEnvironment demo;
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        QVERIFY(!demo.isKept());
        QCOMPARE(DemoEnvironment::notice(),
                 u"Demo: nothing leaves this machine — every service is a local stand-in on 127.0.0.1"_s);

        ra::release::ProjectError error;
        const auto project = ra::release::Project::open(demo.clonePath(), {}, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->playbookOrigin(), u"the clone's .release-assistant.playbook"_s);
        QCOMPARE(project->repository().toString(), demo.repository());
        QCOMPARE(QDir::cleanPath(project->remoteUrl()), QDir::cleanPath(demo.remotePath()));
        const ra::Playbook &playbook = project->playbook();
        QCOMPARE(playbook.expectedAssets, DemoProject::assetNames());
        QCOMPARE(playbook.approvals.required, 2);
        QCOMPARE(playbook.approvals.approvers,
                 QStringList({DemoEnvironment::maintainer().login, DemoEnvironment::reviewer().login}));
        QCOMPARE(playbook.scoring.kind, u"sql-file"_s);
        QStringList stagingUrls;
        for (const ra::StagingServer &server : playbook.stagingServers) {
            stagingUrls.append(server.url);
        }
        QCOMPARE(stagingUrls, QStringList({demo.stagingUrls().at(0).toString(), demo.stagingUrls().at(1).toString()}));
        QCOMPARE(playbook.channels.size(), 5);

        // The remote holds the history and the published tags; the clone is at its tip.
        const auto remote = ra::git::Repository::open(demo.remotePath());
        QVERIFY(remote);
        for (const QString &tag : DemoProject::publishedTags()) {
            QVERIFY2(remote->tag(tag).ok(), qPrintable(tag));
        }
        const auto clone = ra::git::Repository::open(demo.clonePath());
        QVERIFY(clone);
        QCOMPARE(clone->resolveCommit(u"HEAD"_s).value(), demo.candidateCommit());
        QCOMPARE(remote->resolveCommit(u"main"_s).value(), demo.candidateCommit());
        const auto describe = ra::git::describeCommit(*clone, demo.candidateCommit());
        QVERIFY(describe);
        QCOMPARE(*describe, u"v1.1.0-5-g"_s + demo.candidateCommit().left(describe->size() - 10));

        // The scoring table lists the two published releases, the latest one current.
        QString why;
        const auto rows = ra::scoring::loadTableFile(demo.scoringTablePath(), &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).name, u"v1.1.0"_s);
        QVERIFY(!rows->at(0).replacedOn.has_value());
    }

    void everyServiceAnswers()
    {
        DemoEnvironment demo;
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        QTemporaryDir work;
        QVERIFY(work.isValid());

        // GitHub knows both accounts by their tokens and refuses anyone else.
        ra::github::GitHubClient client(demo.githubEndpoints());
        for (const DemoEnvironment::Account &account : DemoEnvironment::accounts()) {
            client.setToken(account.token);
            const auto user = ra::github::waitFor<ra::github::AccountInfo>(
                [&client](auto done) { return client.currentUser(std::move(done)); });
            QVERIFY2(user.ok(), qPrintable(user.error.toString()));
            QCOMPARE(user.value.login, account.login);
        }
        client.setToken(u"not-a-demo-token"_s);
        QVERIFY(!ra::github::waitFor<ra::github::AccountInfo>([&client](auto done) {
                     return client.currentUser(std::move(done));
                 }).ok());
        client.setToken(DemoEnvironment::maintainer().token);

        const auto releases = ra::github::waitFor<QList<ra::github::Release>>(
            [&client](auto done) { return client.listReleases(demoRepository(), std::move(done)); });
        QVERIFY(releases.ok());
        QCOMPARE(releases.value.size(), 2);
        for (const ra::github::Release &release : releases.value) {
            QVERIFY(!release.draft);
            QCOMPARE(release.assets.size(), DemoProject::assetNames().size());
        }

        // CI ran on the candidate commit; its artifacts hold real packages of the next release.
        ra::github::RunFilter filter;
        filter.headSha = demo.candidateCommit();
        const auto runs = ra::github::waitFor<QList<ra::github::WorkflowRun>>(
            [&](auto done) { return client.listWorkflowRuns(demoRepository(), filter, std::move(done)); });
        QVERIFY(runs.ok());
        QCOMPARE(runs.value.size(), 2);
        const auto build = std::find_if(runs.value.cbegin(), runs.value.cend(),
                                        [](const auto &run) { return run.path.endsWith(u"/build.yml"_s); });
        QVERIFY(build != runs.value.cend());
        QCOMPARE(build->conclusion, u"success"_s);
        const auto artifacts = ra::github::waitFor<QList<ra::github::Artifact>>(
            [&](auto done) { return client.listRunArtifacts(demoRepository(), build->id, std::move(done)); });
        QVERIFY(artifacts.ok());
        QCOMPARE(artifacts.value.size(), DemoProject::assetNames().size());
        for (const ra::github::Artifact &artifact : artifacts.value) {
            const QString zip = work.filePath(artifact.name + u".zip"_s);
            const auto downloaded = ra::github::waitFor<qint64>([&](auto done) {
                return client.downloadArtifact(demoRepository(), artifact.id, zip, std::move(done));
            });
            QVERIFY2(downloaded.ok(), qPrintable(downloaded.error.toString()));
            QString why;
            const auto debs = ra::packages::ArtifactZip::extractDebs(zip, work.filePath(artifact.name), &why);
            QVERIFY2(debs && debs->size() == 1, qPrintable(why));
            const auto package = ra::packages::DebPackage::inspect(debs->constFirst(), &why);
            QVERIFY2(package, qPrintable(why));
            QCOMPARE(package->package(), u"sample-project"_s);
            QCOMPARE(package->version(), u"1.2.0"_s);
            // dpkg itself reads it, where it is installed.
            const QString dpkgDeb = QStandardPaths::findExecutable(u"dpkg-deb"_s);
            if (!dpkgDeb.isEmpty()) {
                QProcess dpkg;
                dpkg.start(dpkgDeb, {u"--info"_s, debs->constFirst()});
                QVERIFY(dpkg.waitForFinished(30000));
                QCOMPARE(dpkg.exitCode(), 0);
                QVERIFY(dpkg.readAllStandardOutput().contains("Version: 1.2.0"));
            }
        }

        // Each staging node runs the candidate: its version is the candidate's git describe.
        QNetworkAccessManager network;
        const auto clone = ra::git::Repository::open(demo.clonePath());
        const QString describe = ra::git::describeCommit(*clone, demo.candidateCommit()).value();
        for (const QUrl &node : demo.stagingUrls()) {
            const auto reply = get(network, node.resolved(QUrl(u"/status/config"_s)));
            QVERIFY(reply);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(reply->rawHeader("Server"), "aleph-vm/" + describe.toUtf8());
        }

        // Each channel's twin answers on its own port; Discord's webhook posts to the playbook's channel.
        const QHash<QString, QUrl> channels = demo.channelUrls();
        QCOMPARE(channels.size(), 5);
        for (auto it = channels.cbegin(); it != channels.cend(); ++it) {
            const auto reply = get(network, it.value().resolved(QUrl(u"/"_s)));
            QVERIFY2(reply, qPrintable(it.key()));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        }
        const QUrl webhook(DemoEnvironment::secrets().value(u"channels/discord/webhook-url"_s));
        const auto read = get(network, channels.value(u"discord"_s).resolved(QUrl(webhook.path())));
        QVERIFY(read);
        QCOMPARE(read->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(read->readAll().contains("\"channel_id\":\"9001\""));

        // Unlike a test's twins, the demo's keep no log of what they were sent (uploads included).
        QVERIFY(demo.github().api().requests().isEmpty());
        QVERIFY(demo.github().blob().requests().isEmpty());
        QVERIFY(demo.stagingNode(0).server().requests().isEmpty());
    }

    void secretsStayInMemory()
    {
        DemoEnvironment demo;
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        demo.telegram().messages.append(QJsonObject{{u"text"_s, u"a post"_s}});
        QVERIFY2(demo.save(), qPrintable(demo.error()));
        const QHash<QString, QString> secrets = DemoEnvironment::secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            QVERIFY2(demo.secretStore().contains(it.key()), qPrintable(it.key()));
        }
        QVERIFY(demo.secretStore().contains(u"github/token"_s));
        // No file of the demo holds one of them: not the playbook, the channels file, nor the saved state.
        QDirIterator files(demo.folder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
                QVERIFY2(!content.contains(it.value().toUtf8()), qPrintable(file.fileName() + u": "_s + it.key()));
            }
            for (const DemoEnvironment::Account &account : DemoEnvironment::accounts()) {
                QVERIFY2(!content.contains(account.token.toUtf8()), qPrintable(file.fileName()));
            }
            ++scanned;
        }
        QVERIFY(scanned > 10);
    }

    void everythingIsRemovedAtTheEnd()
    {
        QString folder;
        QList<QUrl> urls;
        {
            DemoEnvironment demo;
            QVERIFY2(demo.start(), qPrintable(demo.error()));
            folder = demo.folder();
            for (const auto &[name, url] : demo.services()) {
                urls.append(url);
            }
            QVERIFY(QDir(folder).exists());
        }
        QVERIFY(!QDir(folder).exists());
        QCOMPARE(urls.size(), 10);
        for (const QUrl &url : std::as_const(urls)) {
            QTcpSocket socket;
            QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
            socket.connectToHost(url.host(), quint16(url.port()));
            QVERIFY2(failed.wait(10000), qPrintable(url.toString()));
            QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        }
    }

    void aKeptFolderIsTakenUpAgain()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString folder = base.filePath(u"demo"_s);
        QList<std::pair<QString, QUrl>> services;
        QString candidate;
        {
            DemoEnvironment demo;
            QVERIFY2(demo.start(folder), qPrintable(demo.error()));
            QVERIFY(demo.isKept());
            services = demo.services();
            candidate = demo.candidateCommit();
            demo.github().addRelease(u"v1.2.0"_s, true);
            demo.telegram().messages.append(QJsonObject{{u"text"_s, u"sample-project v1.2.0 is released."_s}});

            // A second demo cannot take the folder while this one runs.
            DemoEnvironment second;
            QVERIFY(!second.start(folder));
            QVERIFY2(second.error().contains(u"another command may be using the demo"_s), qPrintable(second.error()));
            QVERIFY(demo.save());
        }
        QVERIFY(QDir(folder).exists(u"sample-project/.git"_s));

        DemoEnvironment again;
        QVERIFY2(again.start(folder), qPrintable(again.error()));
        QCOMPARE(again.services(), services);
        QCOMPARE(again.candidateCommit(), candidate);
        const auto *draft = again.github().state().releaseByTag(u"v1.2.0"_s);
        QVERIFY(draft);
        QVERIFY(draft->draft);
        QCOMPARE(again.telegram().messages.size(), 1);
        QCOMPARE(again.github().state().releases.size(), 3);
    }

    void refusesAFolderThatIsNotADemo()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        QFile other(base.filePath(u"notes.txt"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("mine");
        other.close();
        DemoEnvironment demo;
        QVERIFY(!demo.start(base.path()));
        QVERIFY2(demo.error().contains(base.path()) && demo.error().contains(u"new or empty folder"_s),
                 qPrintable(demo.error()));
        QVERIFY(QFile::exists(other.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestDemoEnvironment)
#include "tst_demoenvironment.moc"
