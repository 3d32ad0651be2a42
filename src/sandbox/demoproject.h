// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/demorepository.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace ra::sandbox {

/**
 * The sample project the demo releases: its name and GitHub repository, its history (two releases, v1.0.0 and
 * v1.1.0, then conventional commits by several authors that call for a minor release, v1.2.0), its playbook and
 * its scoring table. What is made of it lives in DemoEnvironment; this class only says what it is.
 */
class DemoProject
{
public:
    static constexpr auto Name = "sample-project";
    static constexpr auto Owner = "demo";
    /// The release the demo is made for: the packages its CI built carry this version.
    static constexpr auto ReleaseTag = "v1.2.0";
    /// The two releases already published, oldest first.
    [[nodiscard]] static QStringList publishedTags();
    /// The .deb files every release carries; their names stay the same from release to release, as the
    /// playbook's expected assets.
    [[nodiscard]] static QStringList assetNames();
    /// The distribution a package of assetNames() is built for ("debian-12").
    [[nodiscard]] static QString distributionOf(const QString &assetName);
    /// The workflow files of the project's CI; the first builds the packages.
    [[nodiscard]] static QStringList workflows();

    /// The history, oldest first; \a playbook is committed as .release-assistant.playbook in the first commit.
    [[nodiscard]] static QList<DemoCommit> history(const QByteArray &playbook);
    /// The playbook, with the staging nodes at \a stagingNodes.
    [[nodiscard]] static QByteArray playbook(const QList<QUrl> &stagingNodes);
    /// The notes GitHub generates for \a tag since \a previousTag, from the history's pull requests.
    [[nodiscard]] static QString generatedNotes(const QString &tag, const QString &previousTag);
};

} // namespace ra::sandbox
