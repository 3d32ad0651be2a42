// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagspelling.h"
#include "core/versionscheme.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ra {

/// How CI turns a tag into a GitHub release (aleph-vm facts §2.2).
enum class PipelineKind {
    /// A workflow on the tag push creates a draft with notes and assets; the step verifies it (>= 1.10.0).
    DraftByCi,
    /// CI only builds artifacts; the assistant creates the release and attaches them (legacy era).
    AttachArtifacts,
};

[[nodiscard]] QString pipelineKindKey(PipelineKind kind); ///< "draft-by-ci", "attach-artifacts"
[[nodiscard]] std::optional<PipelineKind> pipelineKindFromKey(const QString &key);

/// One HTTP check of a staging node: GET \c path must answer \c expectedStatus.
struct StagingCheck {
    QString path;
    int expectedStatus = 200;
    QString description;
    friend bool operator==(const StagingCheck &, const StagingCheck &) = default;
};

struct StagingServer {
    QString name;
    /// "https://ovh.staging.aleph.sh" style base URL (scheme, host, optional port).
    QString url;
    QList<StagingCheck> checks;
    friend bool operator==(const StagingServer &, const StagingServer &) = default;
};

/// Where step 3 writes the release row (aleph-vm facts §7).
struct ScoringTarget {
    /// "postgresql" (run the SQL), "sql-file" (write it for someone to run) or "none".
    QString kind = QStringLiteral("none");
    QString software;
    QString table = QStringLiteral("software_versions");
    int graceDays = 14;
    /// The scoring database as a libpq connection string, without the password (that lives in the keychain).
    QString database;
    friend bool operator==(const ScoringTarget &, const ScoringTarget &) = default;
};

struct AnnouncementChannel {
    QString name;
    /// "telegram", "x", "mastodon", "bluesky", "discord", "forum", ...
    QString kind;
    /// The public place the post goes (URL or handle): the one source of where the announcement is posted.
    QString target;
    /// Longest post the network accepts; 0 = no limit.
    int maxLength = 0;
    /// The announcement of a release, with AnnouncementTemplate's {placeholders}; empty: the built-in one.
    QString messageTemplate;
    /// The announcement of a pre-release (release candidate); empty: the built-in one.
    QString prereleaseTemplate;
    friend bool operator==(const AnnouncementChannel &, const AnnouncementChannel &) = default;
};

struct Approvals {
    /// How many people must approve before publishing.
    int required = 0;
    QStringList approvers;
    /// `reviewers = triage`: everyone with at least triage permission on the repository reviews too (the app
    /// shows them the reviewer's view), not only the approvers listed.
    bool triageReviews = false;
    friend bool operator==(const Approvals &, const Approvals &) = default;
};

/// The release tracking issue, where reviewers read what they approve (the optional [review] section).
struct TrackingIssueSettings {
    /// The issue's title, with "{tag}"; empty: "Release {tag}".
    QString titleTemplate;
    /// The checklist's labels, one per step of the release in order (seven); empty: the built-in labels.
    QStringList checklist;
    friend bool operator==(const TrackingIssueSettings &, const TrackingIssueSettings &) = default;
};

/// A project's release playbook: everything the steps need to know about the project. Loaded from a
/// human-edited file by PlaybookLoader (format: docs/playbook.md).
struct Playbook {
    /// Where it was read from (file path or ":/presets/aleph-vm.playbook"), for messages.
    QString source;

    QString projectName;
    /// "owner/name" on GitHub.
    QString repository;
    VersionScheme versionScheme = VersionScheme::Pep440;
    TagSpelling tagSpelling;
    /// Tag patterns the project's upgrade script accepts (empty: none known).
    QList<QRegularExpression> upgradeScriptPatterns;

    PipelineKind pipelineKind = PipelineKind::DraftByCi;
    /// The workflow file run on a tag push (release-on-tag.yml).
    QString releaseWorkflow;
    /// The workflow that builds the packages (build-deb-package-and-integration-tests.yml).
    QString buildWorkflow;
    /// Every workflow whose runs matter for a release (checks before tagging).
    QStringList workflows;

    /// Release asset file names expected on the release, exactly.
    QStringList expectedAssets;
    QList<StagingServer> stagingServers;
    ScoringTarget scoring;
    /// Section headings of the release notes template, in order.
    QStringList notesSections;
    QList<AnnouncementChannel> channels;
    /// Where each channel is written, by channel name, for messages that point at it.
    struct ChannelLines {
        int section = 0; ///< the [channel <name>] line
        int target = 0; ///< the `target = ` line
    };
    QHash<QString, ChannelLines> channelLines;
    Approvals approvals;
    TrackingIssueSettings trackingIssue;
    /// The GitHub logins of the community managers, who announce published releases ([announcements]).
    QStringList announcers;
};

} // namespace ra
