// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "scoring/releasechangeset.h"

#include <QCommandLineOption>

#include <optional>

namespace ra::cli {

/// `table`: the node-scoring version table (software_versions) — label a version at a time, list a new
/// release in a table file or the live database (journaled, through the release engine's ScoringStep), schedule
/// it for the publication, convert and validate table files.
class TableCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    /// The options naming a release, shared by `add`, `apply` and `schedule`.
    struct ReleaseOptions {
        QCommandLineOption software{QStringLiteral("software"), QStringLiteral("aleph-vm (default) or pyaleph."),
                                    QStringLiteral("name"), QStringLiteral("aleph-vm")};
        QCommandLineOption version{
            QStringLiteral("version"),
            QStringLiteral(
                "The version exactly as the node reports it (the tag for aleph-vm, v-prefixed for pyaleph)."),
            QStringLiteral("version")};
        QCommandLineOption at{QStringLiteral("at"),
                              QStringLiteral("When the release becomes installable (its publish time), ISO 8601."),
                              QStringLiteral("time")};
        QCommandLineOption prerelease{
            QStringLiteral("prerelease"),
            QStringLiteral("List it in the pre-release chain (default: read from the version).")};
        QCommandLineOption stable{QStringLiteral("stable"),
                                  QStringLiteral("List it in the stable chain (default: read from the version).")};
        QCommandLineOption retire{
            QStringLiteral("retire-prereleases"),
            QStringLiteral(
                "For a stable release, also retire the open pre-releases (their nodes get the grace period).")};

        void addTo(QCommandLineParser &parser) const;
        /// The request, or std::nullopt with \a error for bad input. \a version and \a at serve when the options
        /// are not given; without them the options are required.
        std::optional<scoring::ReleaseRequest> request(const QCommandLineParser &parser, QString *error,
                                                       const QString &version = {}, const QDateTime &at = {}) const;
    };

    int annotate(CommandContext &context);
    int add(CommandContext &context);
    int exportTable(CommandContext &context);
    int validate(CommandContext &context);
    // The live database, in tablelive.cpp.
    int apply(CommandContext &context);
    int schedule(CommandContext &context);
    int unschedule(CommandContext &context);
    static void showChangeSet(CommandContext &context, const scoring::ReleaseChangeSet &changes);
};

} // namespace ra::cli
