// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewview.h"

#include "notes/linediff.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::review {

namespace {

constexpr int Context = 3;

QString hunkRange(int start, int count)
{
    return count == 1 ? QString::number(start) : u"%1,%2"_s.arg(start).arg(count);
}

} // namespace

ReviewView ReviewView::of(const ReviewSnapshot &snapshot, const Approvals &approvals, const QJsonObject &lastApproval)
{
    ReviewView view;
    view.tag = snapshot.subject.tag;
    view.viewer = snapshot.viewer;
    view.digest = snapshot.digest;
    view.notes = snapshot.subject.notes;
    view.assets = snapshot.subject.assets;
    view.fromIssue = snapshot.fromIssue;
    view.issueNumber = snapshot.issueNumber;
    view.issueUrl = snapshot.issueUrl;
    view.required = snapshot.status.required;
    if (snapshot.issueContent && snapshot.issueContent->digest == snapshot.digest) {
        view.revision = snapshot.issueContent->revision;
    }
    for (const auto &[revision, at] : snapshot.revisions) {
        if (revision.digest == snapshot.digest) {
            // The latest posting of this content: a content the draft came back to waits since then.
            view.revisionSince = at;
            view.revision = std::max(view.revision, revision.revision);
        }
    }

    for (const ApprovalEntry &entry : snapshot.status.entries) {
        const QString standing = !entry.current                      ? u"stale"_s
                                 : entry.verdict == Verdict::Approve ? u"approved"_s
                                                                     : u"changes-requested"_s;
        view.reviewers.append(
            {entry.login, standing, entry.digest, entry.at, entry.current ? QDateTime() : view.revisionSince});
    }
    for (const QString &login : approvals.approvers) {
        if (std::ranges::none_of(view.reviewers, [&](const ReviewerStanding &r) {
                return r.login.compare(login, Qt::CaseInsensitive) == 0;
            })) {
            view.reviewers.append({login, u"pending"_s, {}, {}, view.revisionSince});
        }
    }

    // The viewer's latest approval, of any content: the base of "what changed since I approved".
    const ReviewComment *approved = nullptr;
    for (const ReviewComment &comment : snapshot.comments) {
        if (TrackingIssueContent::isRevisionComment(comment.body) ||
            comment.login.compare(snapshot.viewer, Qt::CaseInsensitive) != 0 || snapshot.viewer.isEmpty()) {
            continue;
        }
        const auto marker = ApprovalMarker::parse(comment.body);
        if (marker && marker->release == snapshot.subject.tag && marker->verdict == Verdict::Approve &&
            (!approved || comment.createdAt >= approved->createdAt)) {
            approved = &comment;
        }
    }
    if (approved) {
        view.viewerApprovedDigest = ApprovalMarker::parse(approved->body)->digest;
    } else if (lastApproval.value(u"login"_s).toString().compare(snapshot.viewer, Qt::CaseInsensitive) == 0) {
        view.viewerApprovedDigest = lastApproval.value(u"digest"_s).toString();
    }
    view.viewerApprovedCurrent = !view.viewerApprovedDigest.isEmpty() && view.viewerApprovedDigest == view.digest;
    if (!view.viewerApprovedDigest.isEmpty()) {
        for (const auto &[revision, at] : snapshot.revisions) {
            if (revision.digest == view.viewerApprovedDigest) {
                view.viewerApprovedRevision = revision.revision;
                view.viewerApprovedNotes = revision.notes;
            }
        }
        if (!view.viewerApprovedNotes && view.viewerApprovedCurrent) {
            view.viewerApprovedNotes = view.notes;
        }
        if (!view.viewerApprovedNotes && lastApproval.value(u"digest"_s).toString() == view.viewerApprovedDigest) {
            view.viewerApprovedNotes = lastApproval.value(u"notes"_s).toString();
        }
    }
    return view;
}

QStringList ReviewView::pendingLogins() const
{
    QStringList logins;
    for (const ReviewerStanding &reviewer : reviewers) {
        if (reviewer.standing == u"pending"_s || reviewer.standing == u"stale"_s) {
            logins.append(reviewer.login);
        }
    }
    return logins;
}

QString ReviewView::diffSinceApproved(QString *error) const
{
    if (viewerApprovedDigest.isEmpty()) {
        *error = viewer.isEmpty() ? u"Without a token nobody is known to have approved"_s
                                  : u"%1 has not approved release %2 yet"_s.arg(viewer, tag);
        return {};
    }
    if (!viewerApprovedNotes) {
        *error = u"The notes you approved (%1) are not on the tracking issue any more, nor in this machine's "
                 u"journal"_s.arg(viewerApprovedDigest);
        return {};
    }
    const QString from =
        viewerApprovedRevision > 0
            ? u"revision %1 (approved, %2)"_s.arg(viewerApprovedRevision).arg(viewerApprovedDigest.left(19))
            : u"approved (%1)"_s.arg(viewerApprovedDigest.left(19));
    const QString to = revision > 0 ? u"revision %1 (%2)"_s.arg(revision).arg(digest.left(19))
                                    : u"current (%1)"_s.arg(digest.left(19));
    return unifiedDiff(*viewerApprovedNotes, notes, from, to);
}

QJsonObject ReviewView::toJson() const
{
    QJsonArray assetList;
    for (const ReviewedAsset &asset : assets) {
        assetList.append(QJsonObject{{u"name"_s, asset.name}, {u"sha256"_s, asset.sha256}, {u"size"_s, asset.size}});
    }
    QJsonArray reviewerList;
    for (const ReviewerStanding &r : reviewers) {
        QJsonObject object{{u"login"_s, r.login}, {u"standing"_s, r.standing}};
        if (!r.digest.isEmpty()) {
            object.insert(u"digest"_s, r.digest);
        }
        if (r.at.isValid()) {
            object.insert(u"at"_s, r.at.toString(Qt::ISODate));
        }
        if (r.waitingSince.isValid()) {
            object.insert(u"waiting_since"_s, r.waitingSince.toString(Qt::ISODate));
        }
        reviewerList.append(object);
    }
    return {
        {u"release"_s, tag},
        {u"viewer"_s, viewer},
        {u"digest"_s, digest},
        {u"revision"_s, revision},
        {u"revision_since"_s, revisionSince.isValid() ? QJsonValue(revisionSince.toString(Qt::ISODate)) : QJsonValue()},
        {u"from_issue"_s, fromIssue},
        {u"issue"_s, issueNumber > 0
                         ? QJsonValue(QJsonObject{{u"number"_s, issueNumber}, {u"url"_s, issueUrl.toString()}})
                         : QJsonValue()},
        {u"notes"_s, notes},
        {u"assets"_s, assetList},
        {u"required"_s, required},
        {u"reviewers"_s, reviewerList},
        {u"pending"_s, QJsonArray::fromStringList(pendingLogins())},
        {u"you_approved"_s, viewerApprovedDigest.isEmpty() ? QJsonValue() : QJsonValue(viewerApprovedDigest)},
        {u"you_approved_current"_s, viewerApprovedCurrent}};
}

QString unifiedDiff(const QString &before, const QString &after, const QString &fromName, const QString &toName)
{
    const QList<notes::DiffLine> lines = notes::diffLines(before, after);
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).op != notes::DiffLine::Op::Same) {
            changed.append(i);
        }
    }
    if (changed.isEmpty()) {
        return {};
    }
    QString out = u"--- %1\n+++ %2\n"_s.arg(fromName, toName);
    qsizetype index = 0;
    while (index < changed.size()) {
        // A hunk: changes closer than twice the context share one.
        const qsizetype first = std::max<qsizetype>(0, changed.at(index) - Context);
        qsizetype last = changed.at(index);
        while (index + 1 < changed.size() && changed.at(index + 1) - last <= 2 * Context) {
            last = changed.at(++index);
        }
        last = std::min<qsizetype>(lines.size() - 1, last + Context);
        ++index;
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        QString body;
        for (qsizetype i = first; i <= last; ++i) {
            const notes::DiffLine &line = lines.at(i);
            const QChar sign = line.op == notes::DiffLine::Op::Same      ? u' '
                               : line.op == notes::DiffLine::Op::Removed ? u'-'
                                                                         : u'+';
            if (line.op != notes::DiffLine::Op::Added) {
                oldStart = oldStart == 0 ? line.oldLine : oldStart;
                ++oldCount;
            }
            if (line.op != notes::DiffLine::Op::Removed) {
                newStart = newStart == 0 ? line.newLine : newStart;
                ++newCount;
            }
            body += sign + line.text + u'\n';
        }
        if (oldStart == 0) {
            // Only additions: the hunk sits after the old line before it.
            oldStart = first > 0 ? lines.at(first - 1).oldLine : 0;
        }
        if (newStart == 0) {
            newStart = first > 0 ? lines.at(first - 1).newLine : 0;
        }
        out += u"@@ -%1 +%2 @@\n"_s.arg(hunkRange(oldStart, oldCount), hunkRange(newStart, newCount)) + body;
    }
    return out;
}

} // namespace ra::review
