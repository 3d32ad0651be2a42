// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "git/credentials.h"
#include "github/repositoryref.h"
#include "journal/journal.h"
#include "release/project.h"
#include "release/release.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace ra::cli {

/**
 * The options every release-engine command shares (--repo, --playbook, --preset, --remote, --journal) and the
 * one way they become a Project, its journal and a Release, so that each command names a project the same way.
 */
class ProjectOptions
{
public:
    /// What --repo names.
    enum class RepoOption {
        /// The project's clone; without a clone and a playbook, the aleph-vm preset.
        Clone,
        /// The project's clone, or an owner/name that overrides the project's GitHub repository (the commands
        /// that took --repo owner/name before projects could be opened). Without a clone, a playbook or a preset
        /// there is no project: an error, never a silent aleph-vm.
        CloneOrRepository,
    };

    explicit ProjectOptions(RepoOption repoOption = RepoOption::Clone);

    void addTo(QCommandLineParser &parser) const;

    /// The project: the clone of --repo (default: the current folder when it is a clone) with its playbook, or,
    /// without a clone, the --playbook file or --preset (with RepoOption::CloneOrRepository and an owner/name
    /// --repo: the preset releasing that repository). Prints the error and returns std::nullopt on failure.
    [[nodiscard]] std::optional<release::Project> openProject(const QCommandLineParser &parser, CommandContext &context,
                                                              int *exitCode) const;
    /// The GitHub repository --repo names instead of the project's (RepoOption::CloneOrRepository only): an
    /// owner/name that is not a folder. std::nullopt when --repo names the clone or is not given.
    [[nodiscard]] std::optional<github::RepositoryRef> repositoryOverride(const QCommandLineParser &parser) const;
    /// The repository the command works on: repositoryOverride(), else the project's.
    [[nodiscard]] github::RepositoryRef repository(const QCommandLineParser &parser,
                                                   const release::Project &project) const;
    /// --journal, else the project's own journal.
    [[nodiscard]] std::unique_ptr<Journal> openJournal(const QCommandLineParser &parser,
                                                       const release::Project &project, CommandContext &context,
                                                       int *exitCode) const;

private:
    [[nodiscard]] std::optional<release::Project> projectWithoutClone(const QCommandLineParser &parser,
                                                                      release::ProjectError *error) const;

    RepoOption m_repoOption;
    QCommandLineOption m_repo;
    QCommandLineOption m_playbook;
    QCommandLineOption m_preset;
    QCommandLineOption m_remote;
    QCommandLineOption m_journal;
};

/// The credentials of a git push from the command line. SSH: the agent first, then \a keyFile (passphrase from
/// RA_SSH_PASSPHRASE). HTTPS: a token from RA_GIT_TOKEN, else GITHUB_TOKEN. Secrets come from the environment so
/// that they never appear in the process list.
[[nodiscard]] git::CredentialProvider credentialsFrom(const QString &keyFile);

} // namespace ra::cli
