// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/publishstatus.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

ApproverStanding standingOf(const review::ApprovalEntry &entry, const QDateTime &contentSince)
{
    ApproverStanding standing;
    standing.login = entry.login;
    standing.at = entry.at;
    standing.url = entry.htmlUrl;
    if (!entry.current) {
        standing.standing = ApproverStanding::Standing::Stale;
        standing.waitingSince = contentSince;
    } else {
        standing.standing = entry.verdict == review::Verdict::Approve ? ApproverStanding::Standing::Approved
                                                                      : ApproverStanding::Standing::ChangesRequested;
    }
    return standing;
}

/// The first asset GitHub does not report as completely uploaded, if any.
const github::Asset *incompleteAsset(const review::ReviewSnapshot &snapshot)
{
    if (!snapshot.release) {
        return nullptr;
    }
    const auto found = std::ranges::find_if(snapshot.release->assets, [](const github::Asset &asset) {
        return !asset.state.isEmpty() && asset.state != u"uploaded"_s;
    });
    return found == snapshot.release->assets.cend() ? nullptr : &*found;
}

} // namespace

QString standingKey(ApproverStanding::Standing standing)
{
    switch (standing) {
    case ApproverStanding::Standing::Approved:
        return u"approved"_s;
    case ApproverStanding::Standing::ChangesRequested:
        return u"changes-requested"_s;
    case ApproverStanding::Standing::Stale:
        return u"stale"_s;
    case ApproverStanding::Standing::Pending:
        break;
    }
    return u"pending"_s;
}

QString publishStateKey(PublishStatus::State state)
{
    switch (state) {
    case PublishStatus::State::Unread:
        return u"unread"_s;
    case PublishStatus::State::Published:
        return u"published"_s;
    case PublishStatus::State::FlagsUndecided:
        return u"flags-undecided"_s;
    case PublishStatus::State::AwaitingApprovals:
        return u"awaiting-approvals"_s;
    case PublishStatus::State::ChangesRequested:
        return u"changes-requested"_s;
    case PublishStatus::State::AssetIncomplete:
        return u"asset-incomplete"_s;
    case PublishStatus::State::Ready:
        break;
    }
    return u"ready"_s;
}

PublishStatus PublishStatus::evaluate(const review::ReviewSnapshot &snapshot, const Approvals &approvals,
                                      const QDateTime &contentSince)
{
    PublishStatus status;
    status.snapshot = snapshot;
    status.contentSince = contentSince;
    if (!snapshot.ok() || !snapshot.release) {
        status.message = snapshot.error;
        status.hint = snapshot.hint;
        return status;
    }

    // The evaluator already kept one verdict per allowed login, bound to the digest; the playbook's approvers
    // without any verdict are the ones still awaited.
    for (const review::ApprovalEntry &entry : snapshot.status.entries) {
        status.approvers.append(standingOf(entry, contentSince));
    }
    for (const QString &login : approvals.approvers) {
        const bool heard = std::ranges::any_of(status.approvers, [&login](const ApproverStanding &standing) {
            return standing.login.compare(login, Qt::CaseInsensitive) == 0;
        });
        if (!heard) {
            status.approvers.append({login, ApproverStanding::Standing::Pending, {}, contentSince, {}});
        }
    }

    const review::ApprovalStatus &verdicts = snapshot.status;
    const github::Asset *incomplete = incompleteAsset(snapshot);
    if (snapshot.published) {
        status.state = State::Published;
        status.message = tr("The release is published.");
    } else if (!snapshot.flags) {
        status.state = State::FlagsUndecided;
        status.message = tr("The publish flags cannot be decided: %1").arg(snapshot.flagsError);
        status.hint = tr("Check the release's tag against the playbook's version scheme.");
    } else if (!verdicts.quorumReached()) {
        status.state = State::AwaitingApprovals;
        status.message = tr("%n approval(s) of this content missing.", nullptr, verdicts.missing());
        status.hint = tr("Ask the approvers to review the draft (review approve, or the app's step 6).");
    } else if (!verdicts.canPublish()) {
        status.state = State::ChangesRequested;
        status.message = tr("Changes requested by %1.").arg(verdicts.changesRequestedBy.join(u", "_s));
        status.hint = tr("Address them and save the notes; the new content needs new approvals.");
    } else if (incomplete != nullptr) {
        status.state = State::AssetIncomplete;
        status.message =
            tr("The asset %1 is not completely uploaded (state \"%2\").").arg(incomplete->name, incomplete->state);
        status.hint = tr("Run the packages step again: it deletes and re-uploads it.");
    } else {
        status.state = State::Ready;
    }
    return status;
}

bool PublishStatus::ok() const
{
    return state != State::Unread;
}

bool PublishStatus::published() const
{
    return state == State::Published;
}

bool PublishStatus::canPublish() const
{
    return state == State::Ready;
}

QStringList PublishStatus::pendingLogins() const
{
    QStringList logins;
    for (const ApproverStanding &approver : approvers) {
        if (approver.standing == ApproverStanding::Standing::Stale ||
            approver.standing == ApproverStanding::Standing::Pending) {
            logins.append(approver.login);
        }
    }
    return logins;
}

QDateTime PublishStatus::publishedAt() const
{
    return published() && snapshot.release ? snapshot.release->publishedAt : QDateTime();
}

} // namespace ra::release
