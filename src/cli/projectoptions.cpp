// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/projectoptions.h"

#include "core/playbookloader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::cli {

ProjectOptions::ProjectOptions(RepoOption repoOption)
    : m_repoOption(repoOption)
    , m_repo(u"repo"_s,
             repoOption == RepoOption::Clone
                 ? u"The project's local clone (default: the current folder, when it is a clone)."_s
                 : u"The project's local clone (default: the current folder, when it is a clone). An owner/name "
                   "instead overrides the GitHub repository of the project (without a clone or playbook: of the "
                   "built-in preset releasing it)."_s,
             repoOption == RepoOption::Clone ? u"path"_s : u"path|owner/name"_s)
    , m_playbook(u"playbook"_s, u"The playbook file (default: the clone's own, else the preset matching its remote)."_s,
                 u"file"_s)
    , m_preset(u"preset"_s, u"A built-in playbook preset, e.g. aleph-vm."_s, u"name"_s)
    , m_remote(u"remote"_s, u"The remote the tag goes to (default origin)."_s, u"name"_s, u"origin"_s)
    , m_journal(u"journal"_s, u"The release journal (default: the project's own)."_s, u"file"_s)
{
}

void ProjectOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_repo, m_playbook, m_preset, m_remote, m_journal});
}

std::optional<release::Project> ProjectOptions::openProject(const QCommandLineParser &parser, CommandContext &context,
                                                            int *exitCode) const
{
    release::ProjectError error;
    std::optional<release::Project> project;
    const std::optional<github::RepositoryRef> override = repositoryOverride(parser);
    const bool cloneGiven = parser.isSet(m_repo) && !override;
    const QString clone = cloneGiven ? parser.value(m_repo) : QDir::currentPath();
    if (cloneGiven || QDir(clone).exists(u".git"_s)) {
        release::Project::OpenOptions options;
        options.playbookPath = parser.value(m_playbook);
        options.preset = parser.value(m_preset);
        options.remote = parser.value(m_remote);
        project = release::Project::open(clone, options, &error);
    } else if (m_repoOption == RepoOption::CloneOrRepository && !parser.isSet(m_playbook) && !parser.isSet(m_preset)) {
        project = projectWithoutClone(parser, &error);
    } else {
        project = release::Project::fromPlaybook(parser.value(m_playbook), parser.value(m_preset), &error);
        if (project && !parser.isSet(m_playbook) && !parser.isSet(m_preset)) {
            // Nothing named the project: say whose it is, rather than release aleph-vm without a word.
            context.output.warning(u"no clone here and no playbook named: working on %1 with its built-in preset "
                                   "(run in the project's clone, or pass --repo <path>, --playbook or --preset)"_s.arg(
                                       project->repository().toString()));
        }
    }
    if (!project) {
        *exitCode = context.output.error(ExitBadInput, error.message, error.hint);
        return std::nullopt;
    }
    for (const QString &warning : project->warnings()) {
        context.output.warning(warning);
    }
    if (override && override->toString().compare(project->repository().toString(), Qt::CaseInsensitive) != 0) {
        context.output.warning(u"--repo %1 overrides the project's repository %2"_s.arg(
            override->toString(), project->repository().toString()));
    }
    return project;
}

std::optional<release::Project> ProjectOptions::projectWithoutClone(const QCommandLineParser &parser,
                                                                    release::ProjectError *error) const
{
    const std::optional<github::RepositoryRef> override = repositoryOverride(parser);
    if (!override) {
        *error = {u"no project: %1 is not a git clone and no playbook was named"_s.arg(
                      QDir::toNativeSeparators(QDir::currentPath())),
                  u"Run the command in the project's clone, name the clone with --repo <path>, or pass --playbook "
                  "<file> or --preset <name>."_s};
        return std::nullopt;
    }
    // Only the repository is known: the project is the preset that releases it, as a clone's remote is matched.
    for (const QString &name : PlaybookLoader::presetNames()) {
        const PlaybookLoadResult preset = PlaybookLoader::loadPreset(name);
        if (preset.ok() && preset.playbook->repository.compare(override->toString(), Qt::CaseInsensitive) == 0) {
            return release::Project::fromPlaybook({}, name, error);
        }
    }
    *error = {
        u"no playbook for %1: the current folder is not its clone and no built-in preset releases it"_s.arg(
            override->toString()),
        u"Run the command in the project's clone (its playbook is read from there), or pass --playbook <file>."_s};
    return std::nullopt;
}

std::optional<github::RepositoryRef> ProjectOptions::repositoryOverride(const QCommandLineParser &parser) const
{
    if (m_repoOption != RepoOption::CloneOrRepository || !parser.isSet(m_repo)) {
        return std::nullopt;
    }
    // A folder of that name is the clone: "owner/name" is read as a repository only when it names no folder.
    static const QRegularExpression ownerName(u"^[^/\\s:]+/[^/\\s:]+$"_s);
    const QString value = parser.value(m_repo).trimmed();
    if (!ownerName.match(value).hasMatch() || QFileInfo(value).isDir()) {
        return std::nullopt;
    }
    return github::RepositoryRef::parse(value);
}

github::RepositoryRef ProjectOptions::repository(const QCommandLineParser &parser,
                                                 const release::Project &project) const
{
    return repositoryOverride(parser).value_or(project.repository());
}

std::unique_ptr<Journal> ProjectOptions::openJournal(const QCommandLineParser &parser, const release::Project &project,
                                                     CommandContext &context, int *exitCode) const
{
    QString error;
    const QString path = parser.isSet(m_journal) ? parser.value(m_journal) : project.journalPath();
    auto journal = Journal::open(path, &error);
    if (!journal) {
        *exitCode = context.output.error(ExitFailed, u"cannot open the release journal %1: %2"_s.arg(path, error),
                                         u"Check that the folder is writable, or name another with --journal."_s);
    }
    return journal;
}

git::CredentialProvider credentialsFrom(const QString &keyFile)
{
    const QString token = qEnvironmentVariableIsEmpty("RA_GIT_TOKEN") ? qEnvironmentVariable("GITHUB_TOKEN")
                                                                      : qEnvironmentVariable("RA_GIT_TOKEN");
    return git::agentKeyOrToken(keyFile, qEnvironmentVariable("RA_SSH_PASSPHRASE"), token);
}

} // namespace ra::cli
