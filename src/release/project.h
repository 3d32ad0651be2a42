// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "github/repositoryref.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ra::release {

/// Why a project could not be opened, and what to do about it.
struct ProjectError {
    QString message;
    QString hint;
};

/**
 * A project a maintainer releases: the local clone, the remote the tag goes to, the GitHub repository and the
 * playbook, loaded once and validated together (the clone's remote must be the playbook's repository). Every
 * step of every front end works on a Project instead of asking for the clone or loading a preset itself.
 */
class Project
{
public:
    struct OpenOptions {
        /// A playbook file chosen by the maintainer; empty: look in the clone, then the built-in presets.
        QString playbookPath;
        /// A built-in preset by name ("aleph-vm"); empty: look in the clone, then match the remote.
        QString preset;
        /// The remote the tag is pushed to.
        QString remote = QStringLiteral("origin");
    };

    /// The files a clone may carry its playbook in, looked for in this order.
    [[nodiscard]] static QStringList playbookFileNames();

    /// Opens the clone at \a clonePath. The playbook is, in order: \a options.playbookPath, a file of
    /// playbookFileNames() in the clone, \a options.preset, or the preset whose repository is the remote's.
    [[nodiscard]] static std::optional<Project> open(const QString &clonePath, const OpenOptions &options,
                                                     ProjectError *error);
    /// A project known by its playbook alone (announcing or reviewing needs no clone): \a playbookPath, or the
    /// preset \a preset when it is empty.
    [[nodiscard]] static std::optional<Project> fromPlaybook(const QString &playbookPath, const QString &preset,
                                                             ProjectError *error);

    /// The owner/name of a GitHub remote URL (https://, ssh://, git@host:), std::nullopt for other hosts.
    [[nodiscard]] static std::optional<github::RepositoryRef> githubRepositoryOf(const QString &remoteUrl);

    [[nodiscard]] QString name() const;
    [[nodiscard]] bool hasClone() const;
    [[nodiscard]] QString clonePath() const;
    [[nodiscard]] QString remoteName() const;
    [[nodiscard]] QString remoteUrl() const;
    [[nodiscard]] github::RepositoryRef repository() const;
    [[nodiscard]] const Playbook &playbook() const;
    /// Where the playbook came from, for the maintainer ("the clone's .release-assistant.playbook").
    [[nodiscard]] QString playbookOrigin() const;
    /// What was noticed but does not stop the release (a remote that is not on GitHub cannot be checked).
    [[nodiscard]] QStringList warnings() const;

    /// The project's own release journal: one per project, so two projects may share tag names.
    [[nodiscard]] QString journalPath() const;

    [[nodiscard]] QJsonObject toJson() const;

private:
    Project() = default;

    QString m_clonePath;
    QString m_remoteName;
    QString m_remoteUrl;
    github::RepositoryRef m_repository;
    Playbook m_playbook;
    QString m_playbookOrigin;
    QStringList m_warnings;
};

} // namespace ra::release
