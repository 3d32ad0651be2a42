// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "github/repositoryref.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ra::packages {

/// What step 5 attaches, from where, and where it works.
struct AttachOptions {
    github::RepositoryRef repository;
    QUrl uploadsUrl; ///< overrides the host of the release's upload_url (tests, GitHub Enterprise)
    QString tag;
    QString tagPrefix;
    qint64 runId = 0;
    QString commit; ///< used to find the run when runId is 0
    QStringList expectedNames; ///< empty: every .deb artifact of the run
    QString workDir; ///< downloads and extracted packages
    bool sha256Sums = false;
};

/// The requests an attach would send, one line each, for --dry-run and the page's preview; sends nothing.
class AttachPlan
{
public:
    [[nodiscard]] static QStringList requests(const github::Endpoints &endpoints, const AttachOptions &options);
};

} // namespace ra::packages
