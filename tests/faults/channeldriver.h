// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientdriver.h"

namespace ra::test {

/// One announcement channel (Telegram, X, Mastodon, Bluesky, Discord) sending through
/// channels::AnnouncementSender with the release journal, against its channel twin (tests/channels). The faults
/// hit the publishing POST; a cut JSON answer comes after the service posted (the answer spoiled on the way
/// back), an HTML page or a redirect to a portal instead of the service.
class ChannelDriver : public ClientDriver
{
public:
    /// \a kind as the channel registry names it ("telegram").
    explicit ChannelDriver(QString kind);

    [[nodiscard]] QString name() const override;
    [[nodiscard]] Expect expectation(Fault fault) const override;
    [[nodiscard]] CellOutcome run(Fault fault) override;

private:
    QString m_kind;
};

} // namespace ra::test
