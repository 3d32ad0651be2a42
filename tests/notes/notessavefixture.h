// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of `notes save` share (tst_notessavecli, tst_notessaveparity): a clone of aleph-vm's shape whose
// range the lint checks, GitHub twins that take one token, the notes file, and runs of the real executable.
#include "clirunner.h"
#include "gitdaemon.h"
#include "githubtwin.h"
#include "historybuilder.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ra::test {

class NotesSaveFixture
{
public:
    /// The release the notes are saved for.
    static inline const QString Tag = QStringLiteral("1.1.0");

    /// A fixture whose twins accept \a token only.
    explicit NotesSaveFixture(QString token)
        : m_token(std::move(token))
    {
    }

    /// A temporary folder with a clone: "Initial commit", "Feature: add the VM pool (#10)" (tagged 1.0.0),
    /// "Fix: keep the VM network up (#11)", then \a laterSubjects in order; its remote is aleph-vm's on GitHub.
    /// False with \a error when it cannot be made.
    bool setUp(const QStringList &laterSubjects, QString *error)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *error = m_dir->errorString();
            return false;
        }
        HistoryBuilder history(clonePath());
        const int initial = history.commit(QStringLiteral("Initial commit"), {});
        const int pool = history.commit(QStringLiteral("Feature: add the VM pool (#10)"), {initial});
        int last = history.commit(QStringLiteral("Fix: keep the VM network up (#11)"), {pool});
        for (const QString &subject : laterSubjects) {
            last = history.commit(subject, {last});
        }
        history.lightweightTag(QStringLiteral("1.0.0"), pool);
        if (!history.run(error)) {
            return false;
        }
        if (runGit({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                    QStringLiteral("https://github.com/aleph-im/aleph-vm.git")},
                   clonePath()) != 0) {
            *error = QStringLiteral("git remote add failed");
            return false;
        }
        return true;
    }

    /// A started GitHub twin that takes the fixture's token; null when no port could be bound.
    [[nodiscard]] std::unique_ptr<GitHubTwin> startTwin() const
    {
        auto twin = std::make_unique<GitHubTwin>();
        if (!twin->start()) {
            return nullptr;
        }
        twin->state().token = m_token;
        return twin;
    }

    [[nodiscard]] const QString &token() const
    {
        return m_token;
    }

    [[nodiscard]] QString path(const QString &name) const
    {
        return m_dir->filePath(name);
    }

    [[nodiscard]] QString clonePath() const
    {
        return path(QStringLiteral("clone"));
    }

    [[nodiscard]] QString notesPath() const
    {
        return path(QStringLiteral("notes.md"));
    }

    [[nodiscard]] bool write(const QByteArray &bytes) const
    {
        QFile file(notesPath());
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    [[nodiscard]] bool write(const QString &text) const
    {
        return write(text.toUtf8());
    }

    [[nodiscard]] QString read() const
    {
        QFile file(notesPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    /// `notes save --release 1.1.0 <notes> --repo <clone> --journal <journal> --api-url <twin>` and \a extra,
    /// with the token in GITHUB_TOKEN unless \a withToken is false.
    [[nodiscard]] CliRun save(GitHubTwin &twin, const QString &journal, const QStringList &extra = {},
                              bool withToken = true) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("GITHUB_TOKEN"));
        if (withToken) {
            environment.insert(QStringLiteral("GITHUB_TOKEN"), m_token);
        }
        const QStringList arguments{QStringLiteral("notes"),
                                    QStringLiteral("save"),
                                    QStringLiteral("--release"),
                                    Tag,
                                    notesPath(),
                                    QStringLiteral("--repo"),
                                    clonePath(),
                                    QStringLiteral("--journal"),
                                    journal,
                                    QStringLiteral("--api-url"),
                                    twin.api().url().toString()};
        return runCliServing(arguments + extra, environment);
    }

private:
    QString m_token;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace ra::test
