// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/project.h"

#include "core/playbookloader.h"
#include "git/repository.h"
#include "journal/journal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

std::optional<Playbook> loadedOrError(const PlaybookLoadResult &result, ProjectError *error)
{
    if (result.ok()) {
        return result.playbook;
    }
    if (error) {
        *error = {u"the playbook has errors:\n%1"_s.arg(result.errorText()),
                  u"Fix each line above, then check it with 'release-assistant-cli playbook validate <file>'."_s};
    }
    return std::nullopt;
}

std::optional<QString> presetFor(const github::RepositoryRef &repository)
{
    for (const QString &name : PlaybookLoader::presetNames()) {
        const PlaybookLoadResult preset = PlaybookLoader::loadPreset(name);
        if (preset.ok() && preset.playbook->repository.compare(repository.toString(), Qt::CaseInsensitive) == 0) {
            return name;
        }
    }
    return std::nullopt;
}

/// \a url without the user info of a scheme URL: CI checkouts write tokens there (x-access-token:<token>@).
/// The scp-like form (git@host:path) names a user, never a secret, and stays as it is.
QString withoutUserInfo(const QString &url)
{
    static const QRegularExpression userInfo(uR"(^([a-z][a-z0-9+.-]*://)[^@/]*@)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QString cleaned = url;
    return cleaned.replace(userInfo, u"\\1"_s);
}

} // namespace

QStringList Project::playbookFileNames()
{
    return {u".release-assistant.playbook"_s, u"release-assistant.playbook"_s, u".github/release-assistant.playbook"_s};
}

std::optional<github::RepositoryRef> Project::githubRepositoryOf(const QString &remoteUrl)
{
    // https://github.com/o/n(.git), ssh://git@github.com/o/n(.git), git@github.com:o/n(.git)
    static const QRegularExpression pattern(
        uR"(^(?:(?:https?|ssh|git)://(?:[^@/]+@)?github\.com(?::\d+)?/|[^@/:]+@github\.com:)([^/]+)/([^/]+?)(?:\.git)?/?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(remoteUrl.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return github::RepositoryRef::parse(match.captured(1) + u'/' + match.captured(2));
}

std::optional<Project> Project::open(const QString &clonePath, const OpenOptions &options, ProjectError *error)
{
    auto fail = [error](const QString &message, const QString &hint) {
        if (error) {
            *error = {message, hint};
        }
        return std::nullopt;
    };
    if (clonePath.trimmed().isEmpty()) {
        return fail(u"no clone was given"_s, u"Choose the folder of the project's local git clone."_s);
    }
    auto repository = git::Repository::open(clonePath);
    if (!repository) {
        return fail(u"%1 is not a git clone: %2"_s.arg(clonePath, repository.error().message()),
                    u"Choose the folder where you cloned the project (it has a .git folder)."_s);
    }
    Project project;
    project.m_clonePath = repository->path();
    project.m_remoteName = options.remote.isEmpty() ? u"origin"_s : options.remote;

    const auto remotes = repository->remotes();
    if (!remotes) {
        return fail(remotes.error().message(), {});
    }
    for (const git::RemoteInfo &remote : *remotes) {
        if (remote.name == project.m_remoteName) {
            // Only shown and matched: the push goes through the remote's name, with git's own credentials.
            project.m_remoteUrl = withoutUserInfo(remote.pushUrl.isEmpty() ? remote.url : remote.pushUrl);
        }
    }
    if (project.m_remoteUrl.isEmpty()) {
        QStringList names;
        for (const git::RemoteInfo &remote : *remotes) {
            names.append(remote.name);
        }
        return fail(u"the clone %1 has no remote called '%2'"_s.arg(project.m_clonePath, project.m_remoteName),
                    names.isEmpty()
                        ? u"Add it: git remote add %1 <url of the project on GitHub>"_s.arg(project.m_remoteName)
                        : u"Pick one of its remotes: %1."_s.arg(names.join(u", "_s)));
    }
    const std::optional<github::RepositoryRef> remoteRepository = githubRepositoryOf(project.m_remoteUrl);

    std::optional<Playbook> playbook;
    if (!options.playbookPath.isEmpty()) {
        playbook = loadedOrError(PlaybookLoader::load(options.playbookPath), error);
        project.m_playbookOrigin = QDir::toNativeSeparators(QFileInfo(options.playbookPath).absoluteFilePath());
    } else {
        for (const QString &fileName : playbookFileNames()) {
            const QString candidate = QDir(project.m_clonePath).filePath(fileName);
            if (QFileInfo::exists(candidate)) {
                playbook = loadedOrError(PlaybookLoader::load(candidate), error);
                project.m_playbookOrigin = u"the clone's %1"_s.arg(fileName);
                break;
            }
        }
        if (project.m_playbookOrigin.isEmpty()) {
            const std::optional<QString> preset =
                !options.preset.isEmpty() ? std::optional(options.preset)
                                          : (remoteRepository ? presetFor(*remoteRepository) : std::nullopt);
            if (!preset) {
                return fail(u"the clone %1 has no playbook and its remote %2 matches no built-in preset"_s.arg(
                                project.m_clonePath, project.m_remoteUrl),
                            u"Add one as %1 in the clone (start from 'release-assistant-cli playbook preset "
                            "aleph-vm'), or choose a playbook file."_s.arg(playbookFileNames().constFirst()));
            }
            if (PlaybookLoader::presetPath(*preset).isEmpty()) {
                return fail(u"there is no built-in preset '%1'"_s.arg(*preset),
                            u"Built-in presets: %1."_s.arg(PlaybookLoader::presetNames().join(u", "_s)));
            }
            playbook = loadedOrError(PlaybookLoader::loadPreset(*preset), error);
            project.m_playbookOrigin = u"the built-in preset %1"_s.arg(*preset);
        }
    }
    if (!playbook) {
        return std::nullopt;
    }
    project.m_playbook = *playbook;
    const auto declared = github::RepositoryRef::parse(playbook->repository);
    if (!declared) {
        return fail(u"the playbook's repository '%1' is not owner/name"_s.arg(playbook->repository),
                    u"Write it as on GitHub, e.g. aleph-im/aleph-vm."_s);
    }
    project.m_repository = *declared;
    if (!remoteRepository) {
        // Mirrors, local remotes and test servers cannot be matched to a GitHub repository by their URL.
        project.m_warnings.append(u"the remote %1 (%2) is not on GitHub: it is not checked against %3"_s.arg(
            project.m_remoteName, project.m_remoteUrl, declared->toString()));
    } else if (remoteRepository->toString().compare(declared->toString(), Qt::CaseInsensitive) != 0) {
        return fail(
            u"the clone's remote %1 is %2, but the playbook (%3) releases %4"_s.arg(
                project.m_remoteName, remoteRepository->toString(), project.m_playbookOrigin, declared->toString()),
            u"Open the clone of %1, choose its playbook, or name the right remote."_s.arg(
                remoteRepository->toString()));
    }
    return project;
}

std::optional<Project> Project::fromPlaybook(const QString &playbookPath, const QString &preset, ProjectError *error)
{
    Project project;
    const QString presetName = preset.isEmpty() ? u"aleph-vm"_s : preset;
    if (playbookPath.isEmpty() && PlaybookLoader::presetPath(presetName).isEmpty()) {
        if (error) {
            *error = {u"there is no built-in preset '%1'"_s.arg(presetName),
                      u"Built-in presets: %1."_s.arg(PlaybookLoader::presetNames().join(u", "_s))};
        }
        return std::nullopt;
    }
    const std::optional<Playbook> playbook = loadedOrError(
        playbookPath.isEmpty() ? PlaybookLoader::loadPreset(presetName) : PlaybookLoader::load(playbookPath), error);
    if (!playbook) {
        return std::nullopt;
    }
    const auto repository = github::RepositoryRef::parse(playbook->repository);
    if (!repository) {
        if (error) {
            *error = {u"the playbook's repository '%1' is not owner/name"_s.arg(playbook->repository),
                      u"Write it as on GitHub, e.g. aleph-im/aleph-vm."_s};
        }
        return std::nullopt;
    }
    project.m_playbook = *playbook;
    project.m_repository = *repository;
    project.m_playbookOrigin = playbookPath.isEmpty() ? u"the built-in preset %1"_s.arg(presetName)
                                                      : QFileInfo(playbookPath).absoluteFilePath();
    return project;
}

QString Project::name() const
{
    return m_playbook.projectName;
}

bool Project::hasClone() const
{
    return !m_clonePath.isEmpty();
}

QString Project::clonePath() const
{
    return m_clonePath;
}

QString Project::remoteName() const
{
    return m_remoteName;
}

QString Project::remoteUrl() const
{
    return m_remoteUrl;
}

github::RepositoryRef Project::repository() const
{
    return m_repository;
}

const Playbook &Project::playbook() const
{
    return m_playbook;
}

QString Project::playbookOrigin() const
{
    return m_playbookOrigin;
}

QStringList Project::warnings() const
{
    return m_warnings;
}

QString Project::journalPath() const
{
    const QString perProject = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               u"/projects/%1/%2/journal.sqlite"_s.arg(m_repository.owner, m_repository.name);
    // Before projects could be opened, the app released aleph-vm only, into the one journal of the machine: a
    // release in progress there must be found again, so aleph-vm keeps that journal until it has its own.
    const QString legacy = Journal::defaultPath();
    if (!QFileInfo::exists(perProject) && QFileInfo::exists(legacy) &&
        m_repository.toString().compare(u"aleph-im/aleph-vm"_s, Qt::CaseInsensitive) == 0) {
        return legacy;
    }
    return perProject;
}

QJsonObject Project::toJson() const
{
    return {{u"name"_s, name()},
            {u"repository"_s, m_repository.toString()},
            {u"clone"_s, m_clonePath},
            {u"remote"_s, m_remoteName},
            {u"remoteUrl"_s, m_remoteUrl},
            {u"playbook"_s, m_playbookOrigin},
            {u"warnings"_s, QJsonArray::fromStringList(m_warnings)}};
}

} // namespace ra::release
