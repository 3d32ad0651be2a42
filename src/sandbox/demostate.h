// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ra::test {
class GitHubTwin;
class GitHubIssuesTwin;
class TelegramTwin;
class XTwin;
class MastodonTwin;
class BlueskyTwin;
class DiscordTwin;
} // namespace ra::test

namespace ra::sandbox {

/// The services of one demo whose state outlives a process: what GitHub and each channel hold.
struct DemoServices {
    test::GitHubTwin *github = nullptr;
    test::GitHubIssuesTwin *issues = nullptr;
    test::TelegramTwin *telegram = nullptr;
    test::XTwin *x = nullptr;
    test::MastodonTwin *mastodon = nullptr;
    test::BlueskyTwin *bluesky = nullptr;
    test::DiscordTwin *discord = nullptr;
};

/**
 * What the demo's services hold (releases and their assets, workflow runs and artifacts, issues and comments,
 * the posts of each channel) as JSON and back, so that a demo kept in a folder is taken up again by the next
 * process (each `release-assistant-cli --demo-dir` call is one). No secret is part of it: the tokens the twins
 * accept are the demo's fixed ones, set again at each start.
 */
class DemoState
{
public:
    [[nodiscard]] static QJsonObject save(const DemoServices &services);
    /// Restores \a state into \a services; false with \a error when it is not a state save() wrote.
    static bool load(const QJsonObject &state, const DemoServices &services, QString *error);
};

} // namespace ra::sandbox
