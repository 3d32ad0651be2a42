// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretleakfixture.h"

#include <QObject>
#include <QRegularExpression>

namespace ra::test {
class GitHubTwin;
}

/**
 * The leak scan. Every release-assistant-cli command that holds a secret, and the app's controllers that
 * handle secrets, run with canary secrets (secretcanaries.h) against the local twins: on the happy path, in
 * dry runs and on the error paths (a refused token, a server error, a refused password) where tokens
 * classically leak. Then stdout and stderr (text and --json), the Qt log, every file written under the case's
 * own home (the release journal as bytes and through the Journal API), the URLs and bodies the twins
 * received and what the pages show are searched for every canary in every form: raw, percent-encoded,
 * inside base64, cut short. Zero hits is the pass; each hit says where it was found.
 *
 * The cases are spread over tst_secretleaks.cpp (GitHub's commands), tst_secretleaks_cli.cpp (announce,
 * table, tag) and tst_secretleaks_app.cpp (the app's controllers).
 */
class TestSecretLeaks : public QObject
{
    Q_OBJECT

private:
    ra::test::SecretLeakFixture m_fixture;
    QStringList m_leaks;
    QStringList m_knownLeaks;

    /// Scans everything the case left; true when no canary was found (the hits are in leakReport()).
    bool noLeaks(int minimumJournals = 0);
    /// noLeaks(), but for the hits matching \a known, which are set aside in knownLeakReport(): leaks found,
    /// reported and awaiting their fix, checked under QEXPECT_FAIL so that the fix is noticed.
    bool noOtherLeaks(const QList<QRegularExpression> &known, int minimumJournals = 0);
    [[nodiscard]] QString leakReport() const;
    [[nodiscard]] QString knownLeakReport() const;
    /// What the GitHub twin was sent: no canary in any URL or body, no header at all to the blob host.
    void scanGitHub(ra::test::GitHubTwin &github);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theScanFindsEveryFormOfEveryCanary();

    void stagingCheck();
    void packagesAttach();
    void notesGenerateAndTagPlan();
    void reviewStatusApprovePublish();

    void announceSend();
    void tableApply();
    void tagPushOverHttp();
    void tagPushOverSsh();

    void gitHubAccount();
    void channelSecrets();
    void scoringEditor();
};
