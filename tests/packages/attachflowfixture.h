// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeclock.h"
#include "github/githubclient.h"
#include "githubtwin.h"
#include "packages/effectlog.h"
#include "packages/packageitem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ra::test {

/**
 * What the tests of step 5's attach flow share: three real .deb files (dpkg-deb) zipped as the artifacts of a
 * run on the GitHub twin, a draft to attach them to, a GitHubClient on a fake clock (back-offs and rate-limit
 * waits take no time and are recorded), and checks on what the draft ends with.
 */
class AttachFlowFixture
{
public:
    static inline const QString Tag = QStringLiteral("1.15.0");
    static inline const QString Token = QStringLiteral("secret-token");
    static inline const QStringList Names{QStringLiteral("aleph-vm.debian-12.deb"),
                                          QStringLiteral("aleph-vm.debian-13.deb"),
                                          QStringLiteral("aleph-vm.ubuntu-24.04.deb")};

    /// Builds the packages once per test case; false with \a error when dpkg-deb fails.
    bool buildPackages(QString *error);
    /// A fresh twin (draft, run, artifacts), client, work folder and effect log for one test.
    bool start();
    void stop();

    /// Runs attach() for \a names (empty: every .deb artifact); a cancel is raised once \a cancelAfterUploadedBytes
    /// were uploaded (-1: never). True when the flow succeeded and was not cancelled; lastItems() and lastError()
    /// tell the rest.
    bool runFlow(const QStringList &names = {}, qint64 cancelAfterUploadedBytes = -1,
                 packages::EffectLog *log = nullptr);

    /// The draft's assets as the twin holds them.
    [[nodiscard]] QList<GitHubTwinState::Asset> assets();
    /// QVERIFYs that the draft holds exactly \a names, complete, each with its package's content.
    void verifyExactAssets(const QStringList &names = Names);
    /// QVERIFYs that no package was deleted before a complete replacement with the right content was present.
    void verifyNoDeleteBeforeReplacement();
    [[nodiscard]] int uploadRequests() const;
    [[nodiscard]] static QByteArray sha256(const QByteArray &data);

    [[nodiscard]] GitHubTwin &twin()
    {
        return *m_twin;
    }
    [[nodiscard]] FakeClock &clock()
    {
        return *m_clock;
    }
    [[nodiscard]] packages::MemoryEffectLog &log()
    {
        return *m_log;
    }
    void resetLog();
    [[nodiscard]] QString workDir() const
    {
        return m_work->path();
    }
    [[nodiscard]] qint64 releaseId() const
    {
        return m_releaseId;
    }
    [[nodiscard]] qint64 runId() const
    {
        return m_runId;
    }
    [[nodiscard]] const QList<QByteArray> &debs() const
    {
        return m_debs;
    }
    [[nodiscard]] const QList<QByteArray> &zips() const
    {
        return m_zips;
    }
    /// The zip of a package built as 1.14.0-3-g6da21a3a under the first name.
    [[nodiscard]] QByteArray wrongVersionZip() const
    {
        return m_wrongZip;
    }
    [[nodiscard]] const QList<packages::PackageItem> &lastItems() const
    {
        return m_lastItems;
    }
    /// The flow's error followed by each package's error.
    [[nodiscard]] const QString &lastError() const
    {
        return m_lastError;
    }

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_debs;
    QList<QByteArray> m_zips;
    QByteArray m_wrongZip;
    std::unique_ptr<GitHubTwin> m_twin;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<github::GitHubClient> m_client;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<packages::MemoryEffectLog> m_log;
    qint64 m_releaseId = 0;
    qint64 m_runId = 0;
    QList<packages::PackageItem> m_lastItems;
    QString m_lastError;
};

} // namespace ra::test
