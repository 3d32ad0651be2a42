// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gitdaemon.h"
#include "historybuilder.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace ra::test {

/**
 * A project that is not aleph-vm, for the commands that must find the project by themselves: a clone of
 * acme/widget (its origin a GitHub URL, never fetched) carrying its own playbook — tags spelled "v1.1.0", one
 * .deb asset, no staging server, no channel — and an environment whose data, configuration and cache folders
 * are inside the temporary folder, so that the project's journal is found there and $HOME is never written.
 */
class OtherProject
{
public:
    static constexpr const char *Repository = "acme/widget";
    static constexpr const char *Asset = "widget.debian-12.deb";

    /// Creates the clone; false with \a error when git failed.
    bool create(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = m_dir.errorString();
            return false;
        }
        HistoryBuilder history(clonePath());
        const int first = history.commit(QStringLiteral("Initial commit"), {});
        const int second = history.commit(QStringLiteral("Feature: widgets fold (#3)"), {first});
        history.lightweightTag(QStringLiteral("v1.0.0"), first);
        if (!history.run(error)) {
            return false;
        }
        m_head = history.sha(second);
        if (runGit({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                    QStringLiteral("https://github.com/acme/widget.git")},
                   clonePath()) != 0) {
            *error = QStringLiteral("git remote add failed");
            return false;
        }
        QFile playbook(QDir(clonePath()).filePath(QStringLiteral(".release-assistant.playbook")));
        if (!playbook.open(QIODevice::WriteOnly)) {
            *error = playbook.errorString();
            return false;
        }
        playbook.write("[project]\nname = widget\nrepository = acme/widget\nversion-scheme = pep440\n\n"
                       "[tags]\nprefix = v\nprerelease-separator = -\nprerelease-kinds = rc\nrelease-segments = 3\n\n"
                       "[pipeline]\nkind = attach-artifacts\nbuild-workflow = build.yml\nworkflow = build.yml\n\n"
                       "[assets]\nexpected = widget.debian-12.deb\n\n"
                       "[scoring]\nkind = none\n\n"
                       "[approvals]\nrequired = 1\napprover = acme-maintainer\n");
        return true;
    }

    [[nodiscard]] QString clonePath() const
    {
        return m_dir.filePath(QStringLiteral("widget"));
    }
    /// A folder that is no clone and holds no playbook.
    [[nodiscard]] QString elsewhere() const
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("elsewhere"));
        return m_dir.filePath(QStringLiteral("elsewhere"));
    }
    [[nodiscard]] QString head() const
    {
        return m_head;
    }

    /// The environment of the command-line tool: its folders in the temporary folder, a GitHub token.
    [[nodiscard]] QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("github_pat_11TWINTOKEN0000_otherproject"));
        return environment;
    }

    /// The tool's own data folder (AppDataLocation of release-assistant-cli in environment()).
    [[nodiscard]] QString dataFolder() const
    {
        return m_dir.filePath(QStringLiteral("data/aleph.im/Release Assistant"));
    }
    /// Where the project's own journal is: one per project, named after its repository.
    [[nodiscard]] QString projectJournal() const
    {
        return dataFolder() + QStringLiteral("/projects/acme/widget/journal.sqlite");
    }
    /// The machine-wide journal of the time before projects: nothing of this project may go there.
    [[nodiscard]] QString machineJournal() const
    {
        return dataFolder() + QStringLiteral("/journal.sqlite");
    }
    /// Where step 5 keeps the downloads of \a tag (CacheLocation/packages/<tag> of the tool).
    [[nodiscard]] QString packagesWorkDir(const QString &tag) const
    {
        return m_dir.filePath(QStringLiteral("cache/aleph.im/Release Assistant/packages/")) + tag;
    }

private:
    QTemporaryDir m_dir;
    QString m_head;
};

} // namespace ra::test
