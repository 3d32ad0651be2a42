// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "release/project.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

namespace ra::github {
class GitHubClient;
}
namespace ra::net {
class HttpClient;
}
namespace ra::secrets {
class SecretStore;
}

namespace ra::release {

/// One line of the pre-flight checks: something a release of the project needs, and whether it is there.
struct PreflightCheck {
    enum class State {
        Checking, ///< asked, no answer yet
        Ok,
        Warning, ///< works, but something should be looked at (detail says what)
        Failed, ///< a step will fail until it is fixed (detail says how)
        Skipped, ///< does not apply to this project or this front end (detail says why)
    };
    /// Where the maintainer can fix it, when the app has a place for that.
    enum class Fix {
        None,
        OpenSettings, ///< the Settings page (channel secrets)
        SignInToGitHub, ///< GitHub's device flow or a token, in Settings
        OpenScoringStep, ///< step 3's scoring database dialog
    };

    /// Stable across runs and front ends: "keychain", "github-token", "github-rights", "staging:<node>",
    /// "scoring-database", "channel:<id>", "channels".
    QString id;
    QString title;
    State state = State::Checking;
    /// What was found, or what to do about it.
    QString detail;
    Fix fix = Fix::None;

    /// {"id", "title", "state", "detail", "fix"} with the names of stateName() and fixName().
    [[nodiscard]] QJsonObject toJson() const;
    /// "checking", "ok", "warning", "failed", "skipped".
    [[nodiscard]] static QString stateName(State state);
    /// "", "open-settings", "sign-in-to-github", "open-scoring-step".
    [[nodiscard]] static QString fixName(Fix fix);
};

/**
 * The pre-flight checks of a project, before step 1: the GitHub token and what it may do on the project's
 * repository (push, admin; a classic token's scopes), the keychain, each staging node of the playbook, the
 * scoring database when the playbook writes to one, and each announcement channel's secrets. All run at once,
 * asynchronously; whatever has not answered when the timeout strikes is reported as not answering. The app's
 * pre-flight view and `release-assistant-cli preflight` both show these checks, so they always agree.
 */
class Preflight : public QObject
{
    Q_OBJECT

public:
    struct Options {
        github::Endpoints endpoints;
        /// Where the app keeps secrets. Null for the command-line tool, which reads them from the environment
        /// only (GITHUB_TOKEN, RA_SECRET_*, RA_SCORING_DB_PASSWORD): the keychain check is then skipped.
        secrets::SecretStore *store = nullptr;
        /// The store's key of the GitHub token and of the scoring database's password.
        QString tokenKey = QStringLiteral("github/token");
        QString scoringPasswordKey = QStringLiteral("scoring/database-password");
        /// The scoring database's libpq connection string; empty: the playbook's.
        QString scoringConnection;
        /// How long the checks may take together before the silent ones are reported as not answering.
        std::chrono::milliseconds timeout{10000};
    };

    Preflight(Project project, Options options, QObject *parent = nullptr);
    ~Preflight() override;

    /// Starts every check again: checks() at once lists each one as Checking; checkChanged() reports each as
    /// it ends and finished() follows once they all have.
    void run();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const QList<PreflightCheck> &checks() const;
    /// Whether every check ended Ok or Skipped: nothing to fix or to look at.
    [[nodiscard]] bool allOk() const;

Q_SIGNALS:
    void checkChanged(int index);
    void finished();

private:
    int add(const QString &id, const QString &title);
    void settle(int index, PreflightCheck::State state, const QString &detail,
                PreflightCheck::Fix fix = PreflightCheck::Fix::None);
    /// A callback for later that does nothing once this run is over or replaced.
    [[nodiscard]] bool current(int generation) const;

    void checkKeychainAndToken();
    void checkGitHub(const QString &token, const QString &source);
    void checkRepository(const QString &login);
    void checkStagingNodes();
    void checkScoringDatabase();
    void connectScoringDatabase(int index, const QString &connection, const QString &password);
    void checkChannels();
    void timeOut();

    Project m_project;
    Options m_options;
    std::unique_ptr<github::GitHubClient> m_github;
    std::unique_ptr<net::HttpClient> m_nodes;
    QList<PreflightCheck> m_checks;
    QTimer m_deadline;
    int m_generation = 0;
    int m_pending = 0;
    int m_tokenCheck = -1;
    int m_rightsCheck = -1;
};

} // namespace ra::release
