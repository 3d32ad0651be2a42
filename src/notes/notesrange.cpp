// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/notesrange.h"

#include "git/historywalk.h"
#include "git/repository.h"
#include "notes/commitclassifier.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::notes {

QString loginFromNoReplyEmail(const QString &email)
{
    static const QRegularExpression noReply(
        u"^(?:\\d+\\+)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))@users\\.noreply\\.github\\.com$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return noReply.match(email).captured(1);
}

git::Result<NotesRange> readNotesRange(const NotesRangeRequest &request)
{
    auto repository = git::Repository::open(request.repositoryPath);
    if (!repository) {
        return repository.error();
    }
    // Resolve both ends first: a typo in --from must not silently walk the whole history.
    if (!request.from.isEmpty()) {
        if (const auto from = repository->resolveCommit(request.from); !from) {
            return from.error();
        }
    }
    if (const auto to = repository->resolveCommit(request.to); !to) {
        return to.error();
    }

    git::WalkRange walk;
    walk.repositoryPath = request.repositoryPath;
    walk.from = request.from;
    walk.to = request.to;
    auto commits = git::walkHistory(walk);
    if (!commits) {
        return commits.error();
    }

    NotesRange range;
    range.tagKnown = !request.tag.isEmpty() || repository->tag(request.to).ok();
    NotesInput &input = range.input;
    input.repository = request.gitHubRepository;
    input.previousTag = request.from;
    input.tag = request.tag.isEmpty() ? request.to : request.tag;
    input.assetNames = request.assetNames;
    input.commits = std::move(commits.value());
    for (const Commit &commit : std::as_const(input.commits)) {
        // Most addresses are not GitHub's: no regular expression for them.
        if (!commit.authorEmail.endsWith(u"@users.noreply.github.com"_s, Qt::CaseInsensitive)) {
            continue;
        }
        const QString email = commit.authorEmail.toLower();
        const QString login = loginFromNoReplyEmail(commit.authorEmail);
        if (!login.isEmpty() && !input.loginsByEmail.contains(email)) {
            input.loginsByEmail.insert(email, login);
        }
    }
    for (auto it = request.loginsByEmail.cbegin(); it != request.loginsByEmail.cend(); ++it) {
        input.loginsByEmail.insert(it.key().toLower(), it.value());
    }

    LintContext &context = range.lintContext;
    context.repository = request.gitHubRepository;
    context.tag = range.tagKnown ? input.tag : QString();
    context.previousTag = request.from;
    context.rangeKnown = true;
    context.expectedAssets = request.assetNames;
    context.commitShasInRange.reserve(input.commits.size());
    for (const Commit &commit : std::as_const(input.commits)) {
        context.commitShasInRange.append(commit.sha);
        // The pull requests classifyCommit() names, without classifying the commit here too: the generator does.
        const QList<int> named =
            commit.pullRequests.isEmpty() ? pullRequestsInSubject(commit.subject) : commit.pullRequests;
        for (int number : named) {
            context.pullRequestsInRange.insert(number);
        }
    }
    return range;
}

} // namespace ra::notes
