// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/announcement/textlength.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ra {

struct AnnouncementChannel;

/// What an announcement says about a release.
struct ReleaseFacts {
    QString project = QStringLiteral("aleph-vm");
    QString version;
    QString releaseUrl;
    /// The few lines worth announcing (from the notes' summary).
    QStringList highlights;
    QDate publishedOn;
    /// Node operators must upgrade within this many days of publication (aleph-vm: 14, scoring grace).
    int graceDays = 14;
    bool prerelease = false;

    /// publishedOn + graceDays.
    [[nodiscard]] QDate upgradeDeadline() const;
};

/// A per-channel announcement template with {placeholders}: {project}, {version}, {release_url},
/// {highlights} (one "• line" per highlight), {first_highlight}, {deadline} (e.g. "8 December 2026"),
/// {grace_days}. Unknown placeholders are left as written so a typo shows in the preview.
class AnnouncementTemplate
{
public:
    /// The built-in template for \a network, written for aleph-vm node operators (no house template exists).
    [[nodiscard]] static QString builtin(Network network, bool prerelease = false);
    /// The template of the channel \a channelId (of \a kind, posting on \a network) as the playbook's
    /// \a channels give it: the [channel] named \a channelId, else the first of \a kind; the built-in one
    /// when the playbook has no such channel or leaves its template empty.
    [[nodiscard]] static QString forChannel(const QList<AnnouncementChannel> &channels, const QString &channelId,
                                            const QString &kind, Network network, bool prerelease = false);
    /// Fills \a text with \a facts.
    [[nodiscard]] static QString render(const QString &text, const ReleaseFacts &facts);
    /// Placeholders that \a text uses and render() does not know.
    [[nodiscard]] static QStringList unknownPlaceholders(const QString &text);
};

} // namespace ra
