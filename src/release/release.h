// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pep440version.h"
#include "core/releasestep.h"
#include "journal/journal.h"
#include "release/project.h"
#include "release/steppolicy.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ra::release {

/**
 * One release of a project: its tag (spelled as the project spells tags), its record in the journal, where each
 * step stands (through StepPolicy, for every front end alike) and, while a front end drives it, the release
 * lock that keeps a second app or CLI run from interleaving side effects.
 */
class Release
{
public:
    enum class Access {
        Read, ///< status and plans: no lock, the release record must exist
        Preview, ///< a dry run: no lock, nothing written, the release need not be started yet
        Drive, ///< steps act: the lock is taken and the record created when missing
    };

    /// Opens release \a tag of \a project in \a journal. Fails (nullptr, \a error and \a hint) when the tag is
    /// not a version spelled as the playbook says, when the journal has no such release (Read), or when another
    /// process holds its lock (Drive).
    [[nodiscard]] static std::unique_ptr<Release> open(const Project &project, Journal &journal, const QString &tag,
                                                       Access access, QString *error, QString *hint = nullptr);

    /// The tag the playbook spells for the version \a text ("1.15.0rc1" -> "1.15.0-rc1" for aleph-vm), or an
    /// empty string with \a error saying why there is none.
    [[nodiscard]] static QString canonicalTag(const Playbook &playbook, const QString &text, QString *error);

    ~Release();
    Release(const Release &) = delete;
    Release &operator=(const Release &) = delete;

    [[nodiscard]] const Project &project() const;
    [[nodiscard]] Journal &journal() const;
    [[nodiscard]] QString tag() const;
    [[nodiscard]] Pep440Version version() const;
    [[nodiscard]] bool isPrerelease() const;
    [[nodiscard]] bool isDriving() const;

    /// Where \a step stands, from the journal, by the one policy.
    [[nodiscard]] StepVerdict verdict(ReleaseStep step) const;
    /// The first step that is not done, or std::nullopt when the release is complete.
    [[nodiscard]] std::optional<ReleaseStep> nextStep() const;
    /// Records what a front end saw of \a step (the policy still has the last word on reading it back).
    bool recordStepState(ReleaseStep step, StepState state, const QString &note, QString *error = nullptr);

    /// Every step's verdict and unresolved effects, as `release status --json` prints them.
    [[nodiscard]] QJsonObject statusJson() const;

private:
    Release(const Project &project, Journal &journal, QString tag, Pep440Version version);

    Project m_project;
    Journal &m_journal;
    QString m_tag;
    Pep440Version m_version;
    std::unique_ptr<ReleaseLock> m_lock;
};

/// The journal effect as JSON: what, on what, when, how it ended.
[[nodiscard]] QJsonObject effectJson(const JournalEffect &effect);

} // namespace ra::release
