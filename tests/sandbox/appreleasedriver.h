// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releasestep.h"

#include <QString>

#include <functional>

namespace ra {

class ReleaseSession;

namespace test {

/**
 * Drives one release of the demo through its seven steps as the app's pages do: only through ReleaseSession and
 * the step controllers the pages create (their properties and Q_INVOKABLEs, as QML calls them), waiting on
 * their signals with a timeout. Each step's controller lives as long as the step, as a page's does while it is
 * shown. A step that does not end Done on the session's step list stops the run; error() says where and why,
 * with the controller's own message.
 */
class AppReleaseDriver
{
public:
    /// The time the scoring table records for the release (the CLI's `table add --at`), so that both front ends
    /// write the same row.
    static constexpr auto ScoringReleaseTime = "2026-12-01T10:00:00Z";

    /// Drives the release picked in \a session, which must be running the demo and outlive the driver.
    explicit AppReleaseDriver(ReleaseSession &session);

    /// Every step, in order; false at the first step that did not end Done.
    [[nodiscard]] bool releaseAll();

    /// Step 1: checks staging and signs the report off.
    [[nodiscard]] bool signOffStaging();
    /// Step 2: creates the tag on the candidate and pushes it to the demo's remote.
    [[nodiscard]] bool createAndPushTag();
    /// Step 3: lists the release in the demo's scoring table file.
    [[nodiscard]] bool listInScoringTable();
    /// Step 4: generates the notes of the range and saves them to a new draft.
    [[nodiscard]] bool writeNotes();
    /// Step 5: attaches the CI's packages to the draft.
    [[nodiscard]] bool attachPackages();
    /// Step 6: both demo accounts approve the draft, then the maintainer publishes it.
    [[nodiscard]] bool approveAndPublish();
    /// Step 7: sends the announcement on every channel.
    [[nodiscard]] bool announce();

    /// Why the last step failed; empty while every step succeeded.
    [[nodiscard]] QString error() const;

private:
    /// Waits until \a step is Done on the session's step list; false, with error() saying what \a context
    /// gives (the controller's message), if not.
    [[nodiscard]] bool stepDone(ReleaseStep step, const std::function<QString()> &context);
    bool fail(const QString &message);

    ReleaseSession &m_session;
    QString m_error;
};

} // namespace test
} // namespace ra
