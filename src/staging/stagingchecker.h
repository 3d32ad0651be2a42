// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"
#include "net/httpclient.h"
#include "staging/stagingplan.h"
#include "staging/stagingreport.h"

#include <QObject>
#include <QPointer>

namespace ra::staging {

/**
 * Step 1: for a candidate commit, the workflow runs and their conclusions, the package artifacts with size
 * and expiry, and each staging node's reported version (Server header, /status/config) and health checks.
 * Runs everything concurrently and reports once with finished().
 */
class StagingChecker : public QObject
{
    Q_OBJECT

public:
    /// \a github asks GitHub; \a nodes asks the staging nodes (no credentials, no retry of a 503 health answer).
    StagingChecker(github::GitHubClient &github, net::HttpClient &nodes, QObject *parent = nullptr);
    ~StagingChecker() override;

    void run(const StagingPlan &plan);
    [[nodiscard]] bool isRunning() const;
    void cancel();

    /// Parses "aleph-vm/1.14.0-3-g6da21a3a" (or "aleph-vm/1.2.0 Python/3.11") into the version; empty if absent.
    [[nodiscard]] static QString versionFromServerHeader(const QByteArray &header);
    /// The false booleans of a /status/check answer, with nested keys joined by "." ("ipv6.egress").
    [[nodiscard]] static QStringList falseFlags(const QJsonObject &object, const QString &prefix = {});

Q_SIGNALS:
    void progress(const QString &message);
    void finished(const ra::staging::StagingReport &report);

private:
    void checkWorkflows();
    void checkArtifacts(qint64 runId);
    void checkNode(int index);
    void oneDone();
    void finish();

    github::GitHubClient &m_github;
    net::HttpClient &m_nodes;
    StagingPlan m_plan;
    StagingReport m_report;
    QList<QPointer<net::Call>> m_calls;
    int m_pending = 0;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace ra::staging
