// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clirunner.h"
#include "githubissuestwin.h"
#include "githubtwin.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace ra::test {

/**
 * The review commands' stage, for the tests that run the real executable: a playbook without a clone (approvers
 * rita and bob, one approval required, a titled tracking issue), the GitHub and issues twins served by the test
 * process, a maintainer who may push and rita, a reviewer whose token cannot see drafts, and the draft of 1.15.0
 * with its notes and one package.
 */
class ReviewCliFixture
{
public:
    static inline const QString MaintainerToken = QStringLiteral("github_pat_11MAINTAINER000000000_abcdefghijklmnop");
    static inline const QString RitaToken = QStringLiteral("github_pat_11RITAREADONLY000000000_abcdefghijklmn");
    static inline const QString NotesV1 =
        QStringLiteral("# 1.15.0\n\n- Fixed the cache (#701)\n- Faster boot (#702)\n");

    /// Writes the playbook and starts the twins; false when either failed.
    bool setUp()
    {
        if (!dir.isValid()) {
            return false;
        }
        QFile playbook(dir.filePath(QStringLiteral("release.playbook")));
        if (!playbook.open(QIODevice::WriteOnly) ||
            playbook.write("[project]\nname = aleph-vm\nrepository = aleph-im/aleph-vm\n\n"
                           "[approvals]\nrequired = 1\napprover = rita\napprover = bob\n\n"
                           "[review]\ntracking-issue-title = Release {tag}: review\n") < 0) {
            return false;
        }
        if (!twin.start()) {
            return false;
        }
        issues = std::make_unique<GitHubIssuesTwin>(twin);
        twin.state().token = MaintainerToken;
        twin.state().login = QStringLiteral("maintainer");
        twin.state().readOnlyAccounts.insert(RitaToken, QStringLiteral("rita"));
        draftId = twin.addRelease(QStringLiteral("1.15.0"), true);
        twin.state().release(draftId)->body = NotesV1;
        twin.addAsset(draftId, QStringLiteral("aleph-vm.debian-12.deb"), "deb package bytes");
        return true;
    }

    /// `release-assistant-cli --json review <arguments>` with \a token, on the playbook, the journal \a journal in
    /// the fixture's folder and the twin's API.
    [[nodiscard]] CliRun run(const QString &token, const QString &journal, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GITHUB_TOKEN"), token);
        return runCliServing(QStringList{QStringLiteral("--json"), QStringLiteral("review")} + arguments +
                                 QStringList{QStringLiteral("--playbook"),
                                             dir.filePath(QStringLiteral("release.playbook")),
                                             QStringLiteral("--journal"), dir.filePath(journal),
                                             QStringLiteral("--api-url"), twin.api().url().toString()},
                             environment, dir.path());
    }

    QTemporaryDir dir;
    GitHubTwin twin;
    std::unique_ptr<GitHubIssuesTwin> issues;
    qint64 draftId = 0;
};

} // namespace ra::test
