// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/projectoptions.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace ra::cli {

ProjectOptions::ProjectOptions()
    : m_repo(u"repo"_s, u"The project's local clone (default: the current folder, when it is a clone)."_s, u"path"_s)
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
    const bool cloneGiven = parser.isSet(m_repo);
    const QString clone = cloneGiven ? parser.value(m_repo) : QDir::currentPath();
    if (cloneGiven || QDir(clone).exists(u".git"_s)) {
        release::Project::OpenOptions options;
        options.playbookPath = parser.value(m_playbook);
        options.preset = parser.value(m_preset);
        options.remote = parser.value(m_remote);
        project = release::Project::open(clone, options, &error);
    } else {
        project = release::Project::fromPlaybook(parser.value(m_playbook), parser.value(m_preset), &error);
    }
    if (!project) {
        *exitCode = context.output.error(ExitBadInput, error.message, error.hint);
        return std::nullopt;
    }
    for (const QString &warning : project->warnings()) {
        context.output.warning(warning);
    }
    return project;
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
