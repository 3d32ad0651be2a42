// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagspelling.h"
#include "git/result.h"
#include "git/tagplanner.h"
#include "git/tagpusher.h"
#include "release/stepplan.h"
#include "release/tagjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace ra::release {

/// Where step 2 stands for a planned tag, from the journal and the clone.
struct TagStatus {
    enum class State {
        NoPlan, ///< nothing planned (no clone, no release, or the plan failed)
        ReadyToCreate, ///< the tag does not exist yet
        LocalOnly, ///< the tag exists locally on the right commit and was not pushed
        Pushing,
        Pushed, ///< verified on the remote
        Rejected, ///< the server refused the push (hook, protection rule)
        Conflict, ///< the tag exists elsewhere (locally or on the remote); it is never moved
        Failed, ///< could not connect, authenticate or verify
        Interrupted, ///< a push was started and its outcome never recorded: check the remote
    };
    State state = State::NoPlan;
    QString message;
    QStringList remoteMessages;
    QString remoteCommit;
};

/// "no-plan", "ready-to-create", "local-only", "pushing", "pushed", "rejected", "conflict", "failed", "interrupted".
[[nodiscard]] QString tagStateKey(TagStatus::State state);

/**
 * Step 2 as one use case for the app and the CLI: plan the tag (hazards, describe, proposals), list the exact
 * git operations left, create and push it with a journal intent before and a result after each, reconcile an
 * interrupted push with what the remote says, and tell where the step stands. The git work (plan, push, asking
 * the remote) opens its own repository and may run on any thread; the journal work runs on the journal's.
 */
class TagStep
{
    Q_DECLARE_TR_FUNCTIONS(TagStep)

public:
    struct Request {
        QString clonePath;
        QString version;
        QString revision = QStringLiteral("HEAD");
        QString remote = QStringLiteral("origin");
        bool annotated = false;
        QString message;
        TagSpelling spelling = TagSpelling::alephVm();
        /// The tags the project's upgrade script accepts: the playbook's (empty: none known, not checked).
        QList<QRegularExpression> upgradeScriptPatterns = TagHazardChecker::alephVmUpgradeScriptPatterns();
    };

    /// What begin() did before the push: the push intent's journal id, and whether the tag was created now.
    struct Started {
        qint64 pushEffect = 0;
        bool createdNow = false;
        /// Set when nothing is to be pushed; status says where the step stands then.
        bool refused = false;
        TagStatus status;
    };

    /// \a journal may be null: then the step can plan but refuses to act (nothing could be recorded).
    TagStep(Journal *journal, QString release);

    [[nodiscard]] TagJournal record() const;

    /// Plans the tag; changes nothing. Runs on any thread (it opens its own repository). The "tag exists" hazard
    /// is dropped when the tag is already on the intended commit: that is this step's own work, resumed.
    [[nodiscard]] static git::Result<git::TagPlan> plan(const Request &request,
                                                        const std::function<bool()> &cancelled = {});
    /// The git operations still to do for \a plan, in order, each with the journal effect that records it.
    [[nodiscard]] StepPlan operations(const git::TagPlan &plan, const Request &request) const;
    /// Where the step stands for \a plan (the journal's record of pushes first, then the clone).
    [[nodiscard]] TagStatus status(const git::TagPlan &plan) const;

    /// Settles a creation or removal of the local tag that a crash left without its result, from what the clone
    /// shows now (the tag there on the intended commit, or not). Local only: no remote is asked.
    void settleLocalEffects(const git::TagPlan &plan) const;
    /// Creates the tag when needed and records the push intent (journal thread). When the tag is on another
    /// commit, a hazard is an error or the journal refuses, nothing is done and Started::refused is set.
    [[nodiscard]] Started begin(const git::TagPlan &plan, const Request &request) const;
    /// Creates the local tag of \a plan, journaled (intent, then result). The caller checked that it does not exist.
    bool create(const git::TagPlan &plan, const Request &request, QString *error) const;
    /// Records how the push ended and the step's state; removes a tag created by begin() that did not reach
    /// the remote unless \a keepLocalTag (it would mislead git describe and the next attempt). An outcome the remote
    /// could not confirm (Status::Unknown) keeps the tag and leaves the push Uncertain (Interrupted) for reconcile().
    TagStatus finish(const Started &started, const git::TagPlan &plan, const Request &request,
                     const git::TagPushOutcome &outcome, bool keepLocalTag = false) const;
    /// Settles an interrupted push with what the remote has (\a answer from git::TagPusher::remoteTag()).
    TagStatus reconcile(const git::TagPlan &plan, const git::Result<git::RemoteTag> &answer) const;
    /// begin(), the push on this thread, finish(): what the CLI and the release run use.
    TagStatus createAndPush(const git::TagPlan &plan, const Request &request,
                            const git::CredentialProvider &credentials, bool keepLocalTag = false) const;
    /// Removes the local tag while it is not on the remote (journaled), to start over with another commit.
    bool deleteLocalTag(const git::TagPlan &plan, const Request &request, QString *error) const;

    /// The push request for \a plan, without credentials.
    [[nodiscard]] static git::TagPushRequest pushRequest(const git::TagPlan &plan, const Request &request);

private:
    void recordStep(StepState state, const QString &note) const;
    TagStatus finishUncertain(const Started &started, const git::TagPushOutcome &outcome) const;

    Journal *m_journal;
    QString m_release;
};

} // namespace ra::release
