// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channelcardmodel.h"
#include "app/playbookfollower.h"
#include "app/releasesession.h"
#include "core/playbook.h"
#include "release/announcestep.h"

#include <QObject>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

namespace ra {
class Journal;
namespace net {
class HttpClient;
}
namespace secrets {
class SecretStore;
}

/// The composer of step 7, for the page: the release facts, one card per channel filled from its playbook template,
/// live counts, a test send to each channel's private target, and sending exactly once. The channels, the texts,
/// the journal records and the step's state are the engine's (release::AnnounceStep); in the app it works on
/// ReleaseSession's journal and shows the step's state on the step list.
class AnnouncementComposer : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ra::ReleaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString version READ version WRITE setVersion NOTIFY factsChanged)
    Q_PROPERTY(QString releaseUrl READ releaseUrl WRITE setReleaseUrl NOTIFY factsChanged)
    Q_PROPERTY(QString highlights READ highlights WRITE setHighlights NOTIFY factsChanged)
    Q_PROPERTY(QString publishedOn READ publishedOn WRITE setPublishedOn NOTIFY factsChanged)
    Q_PROPERTY(int graceDays READ graceDays WRITE setGraceDays NOTIFY factsChanged)
    Q_PROPERTY(QString deadline READ deadline NOTIFY factsChanged)
    Q_PROPERTY(ChannelCardModel *cards READ cards CONSTANT)
    Q_PROPERTY(QString channelsError READ channelsError NOTIFY channelsErrorChanged)

public:
    explicit AnnouncementComposer(QObject *parent = nullptr);
    ~AnnouncementComposer() override;

    [[nodiscard]] QString version() const;
    void setVersion(const QString &version);
    [[nodiscard]] QString releaseUrl() const;
    void setReleaseUrl(const QString &url);
    [[nodiscard]] QString highlights() const;
    void setHighlights(const QString &highlights);
    [[nodiscard]] QString publishedOn() const;
    void setPublishedOn(const QString &isoDate);
    [[nodiscard]] int graceDays() const;
    void setGraceDays(int days);
    [[nodiscard]] QString deadline() const;
    [[nodiscard]] ChannelCardModel *cards();
    [[nodiscard]] QString channelsError() const;

    /// Replaces the text of card \a row (the user edits it; it is no longer filled from the template).
    Q_INVOKABLE void setCardText(int row, const QString &text);
    /// Fills card \a row from its template again.
    Q_INVOKABLE void resetCardText(int row);
    /// Sends card \a row to its private test target (never recorded as the announcement).
    Q_INVOKABLE void sendTest(int row);
    /// Sends card \a row once: skipped if already sent, reconciled or held for confirmation if uncertain.
    Q_INVOKABLE void send(int row);
    Q_INVOKABLE void sendAll();
    /// The user looked at the channel: the uncertain post of card \a row was (or was not) published.
    Q_INVOKABLE void confirm(int row, bool posted, const QString &url);

    /// Uses \a journal, \a http and \a store instead of the defaults (tests); the composer does not own them.
    /// Without a journal given here, the composer uses ReleaseSession's.
    void setBackends(Journal *journal, net::HttpClient *http, secrets::SecretStore *store);
    /// Takes the project, repository, grace period, channels and their templates from \a playbook (default:
    /// the aleph-vm preset). Each channel posts where its target says; the channels file only says how to
    /// reach it (a problem in either shows in channelsError).
    void setPlaybook(const Playbook &playbook);
    /// Follows \a session's open project: its playbook decides the channels, the repository and the grace period.
    void setSession(ReleaseSession *session);
    [[nodiscard]] ReleaseSession *session() const;
    /// Uses \a configs as the channels instead of the playbook's (tests).
    void setChannels(const QList<channels::ChannelConfig> &configs);

Q_SIGNALS:
    void sessionChanged();
    void factsChanged();
    void channelsErrorChanged();

private:
    /// The playbook's channels, reached as the channels file says.
    void loadChannels();
    void refill();
    /// Measures \a card's text, filled from \a facts first unless none are given (the maintainer's own text).
    void measure(ChannelCardModel::Card &card, const std::optional<ReleaseFacts> &facts = std::nullopt) const;
    void startSend(int row, bool test);
    void sendFinished(int row, bool test, const channels::DeliveryReport &report);
    [[nodiscard]] static channels::DeliveryReport failure(const QString &message);
    static void showReport(ChannelCardModel::Card &card, const channels::DeliveryReport &report, bool test);
    void showJournalState();
    void showStepOnTheList();
    /// What earlier steps left in the journal: highlights from the latest notes, the publication date.
    void loadFactsFromJournal();
    void forgetStep();
    /// The journal given by setBackends(), else ReleaseSession's (null, with \a error, when it has none).
    [[nodiscard]] Journal *journal(QString *error);
    /// The engine's step 7 for the current release and cards (null, with \a error, without a release or journal).
    [[nodiscard]] release::AnnounceStep *step(QString *error);

    QString m_version;
    QString m_releaseUrl;
    QString m_highlights;
    /// The highlights were taken from the notes, not typed: another release replaces them.
    bool m_highlightsFromNotes = false;
    QString m_publishedOn;
    int m_graceDays = 14;
    QString m_channelsError;
    Playbook m_playbook;
    ChannelCardModel m_cards;
    PlaybookFollower m_follower;
    std::unique_ptr<net::HttpClient> m_ownHttp;
    /// Only lends itself to the channel objects that format and count; never sends.
    mutable std::unique_ptr<net::HttpClient> m_formatHttp;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    net::HttpClient *m_http = nullptr;
    secrets::SecretStore *m_store = nullptr;
    Journal *m_journal = nullptr;
    /// The journal m_step writes to; a step is never kept across a change of journal, release or channels.
    Journal *m_stepJournal = nullptr;
    std::optional<release::AnnounceStep> m_step;
    /// Counts the steps dropped, so that a send started for one of them sends nothing.
    int m_stepGeneration = 0;
};

} // namespace ra
