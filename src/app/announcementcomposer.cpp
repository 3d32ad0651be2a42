// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/announcementcomposer.h"

#include "app/releasesession.h"
#include "channels/channelregistry.h"
#include "channels/channelretrypolicy.h"
#include "channels/channelsetup.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "secrets/keychainsecretstore.h"

#include <QLocale>
#include <QPointer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra {

AnnouncementComposer::AnnouncementComposer(QObject *parent)
    : QObject(parent)
    , m_cards(this)
    , m_follower(this, [this](const Playbook &playbook) { setPlaybook(playbook); })
{
    m_publishedOn = QDate::currentDate().toString(Qt::ISODate);
    m_playbook = ReleaseSession::fallbackPlaybook();
    m_graceDays = m_playbook.scoring.graceDays;
    loadChannels();
}

AnnouncementComposer::~AnnouncementComposer() = default;

void AnnouncementComposer::setBackends(Journal *journal, net::HttpClient *http, secrets::SecretStore *store)
{
    m_journal = journal;
    m_http = http;
    m_store = store;
    forgetStep();
    showJournalState();
}

void AnnouncementComposer::setPlaybook(const Playbook &playbook)
{
    m_playbook = playbook;
    m_graceDays = playbook.scoring.graceDays;
    Q_EMIT factsChanged();
    loadChannels();
}

void AnnouncementComposer::setSession(ReleaseSession *session)
{
    if (m_follower.follow(session)) {
        Q_EMIT sessionChanged();
    }
}

ReleaseSession *AnnouncementComposer::session() const
{
    return m_follower.session();
}

void AnnouncementComposer::loadChannels()
{
    const release::AnnounceStep::Channels channels = release::AnnounceStep::channelsOf(m_playbook);
    if (channels.error != m_channelsError) {
        m_channelsError = channels.error;
        Q_EMIT channelsErrorChanged();
    }
    setChannels(channels.configs);
}

void AnnouncementComposer::setChannels(const QList<channels::ChannelConfig> &configs)
{
    QList<ChannelCardModel::Card> cards;
    for (const channels::ChannelConfig &config : configs) {
        const channels::ChannelKind *kind = channels::ChannelRegistry::builtin().find(config.kind);
        if (!kind) {
            continue;
        }
        ChannelCardModel::Card card;
        card.config = config;
        card.network = kind->network;
        const QString target = config.settings.value(u"chat"_s).toString(
            config.settings.value(u"username"_s).toString(config.settings.value(u"handle"_s).toString()));
        card.title = target.isEmpty() ? kind->displayName : u"%1 — %2"_s.arg(kind->displayName, target);
        cards.append(card);
    }
    m_cards.setCards(cards);
    // The step is done when every channel is sent: other channels make another step.
    forgetStep();
    refill();
    showJournalState();
}

QString AnnouncementComposer::version() const
{
    return m_version;
}

void AnnouncementComposer::setVersion(const QString &version)
{
    if (version == m_version) {
        return;
    }
    m_version = version;
    forgetStep();
    loadFactsFromJournal();
    Q_EMIT factsChanged();
    refill();
    showJournalState();
}

QString AnnouncementComposer::releaseUrl() const
{
    return m_releaseUrl.isEmpty() && !m_version.isEmpty() ? release::AnnounceStep::releaseUrl(m_playbook, m_version)
                                                          : m_releaseUrl;
}

void AnnouncementComposer::setReleaseUrl(const QString &url)
{
    if (url != m_releaseUrl) {
        m_releaseUrl = url;
        Q_EMIT factsChanged();
        refill();
    }
}

QString AnnouncementComposer::highlights() const
{
    return m_highlights;
}

void AnnouncementComposer::setHighlights(const QString &highlights)
{
    if (highlights != m_highlights) {
        m_highlights = highlights;
        m_highlightsFromNotes = false;
        Q_EMIT factsChanged();
        refill();
    }
}

QString AnnouncementComposer::publishedOn() const
{
    return m_publishedOn;
}

void AnnouncementComposer::setPublishedOn(const QString &isoDate)
{
    if (isoDate != m_publishedOn) {
        m_publishedOn = isoDate;
        Q_EMIT factsChanged();
        refill();
    }
}

int AnnouncementComposer::graceDays() const
{
    return m_graceDays;
}

void AnnouncementComposer::setGraceDays(int days)
{
    if (days != m_graceDays) {
        m_graceDays = days;
        Q_EMIT factsChanged();
        refill();
    }
}

QString AnnouncementComposer::deadline() const
{
    const QDate published = QDate::fromString(m_publishedOn, Qt::ISODate);
    return published.isValid() ? QLocale().toString(published.addDays(m_graceDays), QLocale::LongFormat) : QString();
}

ChannelCardModel *AnnouncementComposer::cards()
{
    return &m_cards;
}

QString AnnouncementComposer::channelsError() const
{
    return m_channelsError;
}

void AnnouncementComposer::measure(ChannelCardModel::Card &card, const std::optional<ReleaseFacts> &facts) const
{
    if (!m_formatHttp) {
        m_formatHttp = std::make_unique<net::HttpClient>();
    }
    const release::AnnouncementDraft draft =
        facts ? release::AnnounceStep::draft(m_playbook, card.config, *facts, *m_formatHttp)
              : release::AnnounceStep::compose(m_playbook, card.config, card.text, *m_formatHttp);
    card.text = draft.text;
    card.length = draft.length.length;
    card.limit = draft.length.limit;
    card.unit = draft.length.unit;
    card.parts = draft.parts;
    card.problem = draft.problem;
}

void AnnouncementComposer::refill()
{
    const ReleaseFacts facts =
        release::AnnounceStep::facts(m_playbook, m_version, m_highlights.split(u'\n', Qt::SkipEmptyParts),
                                     QDate::fromString(m_publishedOn, Qt::ISODate), m_graceDays, m_releaseUrl);
    for (int row = 0; row < m_cards.rowCount(); ++row) {
        ChannelCardModel::Card card = m_cards.card(row);
        // A card the maintainer edited keeps their words; the others follow the release.
        measure(card, card.edited ? std::nullopt : std::optional(facts));
        m_cards.updateCard(row, card);
    }
}

void AnnouncementComposer::setCardText(int row, const QString &text)
{
    if (row < 0 || row >= m_cards.rowCount() || m_cards.card(row).text == text) {
        return;
    }
    ChannelCardModel::Card card = m_cards.card(row);
    card.text = text;
    card.edited = true;
    measure(card);
    m_cards.updateCard(row, card);
}

void AnnouncementComposer::resetCardText(int row)
{
    if (row < 0 || row >= m_cards.rowCount()) {
        return;
    }
    ChannelCardModel::Card card = m_cards.card(row);
    card.edited = false;
    m_cards.updateCard(row, card);
    refill();
}

void AnnouncementComposer::loadFactsFromJournal()
{
    if (m_highlightsFromNotes) {
        m_highlights.clear();
        m_highlightsFromNotes = false;
    }
    Journal *store = m_version.isEmpty() ? nullptr : journal(nullptr);
    if (!store) {
        return;
    }
    const release::AnnounceStep::JournalFacts facts = release::AnnounceStep::journalFacts(*store, m_version);
    if (m_highlights.isEmpty()) {
        m_highlights = facts.highlights.join(u'\n');
        m_highlightsFromNotes = !m_highlights.isEmpty();
    }
    if (facts.publishedOn.isValid()) {
        m_publishedOn = facts.publishedOn.toString(Qt::ISODate);
    }
}

Journal *AnnouncementComposer::journal(QString *error)
{
    if (m_journal) {
        return m_journal;
    }
    // The session's journal, not a second connection to the same file: the session holds the release's lock.
    // The session followed (a page's, a test's), else the application's.
    ReleaseSession *session = this->session() ? this->session() : ReleaseSession::instance();
    connect(session, &ReleaseSession::journalChanged, this, &AnnouncementComposer::forgetStep, Qt::UniqueConnection);
    Journal *shared = session->journal();
    if (!shared && error) {
        *error = session->lastError();
    }
    return shared;
}

void AnnouncementComposer::forgetStep()
{
    m_step.reset();
    m_stepJournal = nullptr;
    ++m_stepGeneration;
}

void AnnouncementComposer::showStepOnTheList()
{
    // Only the application's release is on the step list; a journal given by a test has no session.
    ReleaseSession *session = m_journal ? nullptr : this->session() ? this->session() : ReleaseSession::instance();
    if (session && session->currentRelease() == m_version) {
        session->reloadStepStates();
    }
}

release::AnnounceStep *AnnouncementComposer::step(QString *error)
{
    if (m_version.isEmpty()) {
        *error = tr("Pick a release first.");
        return nullptr;
    }
    Journal *j = journal(error);
    if (!j) {
        forgetStep();
        return nullptr;
    }
    if (!m_step || m_stepJournal != j) {
        QStringList channelIds;
        for (int row = 0; row < m_cards.rowCount(); ++row) {
            channelIds.append(m_cards.card(row).config.id);
        }
        release::AnnounceStep created(j, m_version, channelIds);
        if (!created.prepare(error)) {
            return nullptr;
        }
        m_step = created;
        m_stepJournal = j;
    }
    return &*m_step;
}

void AnnouncementComposer::showJournalState()
{
    if (m_version.isEmpty()) {
        return;
    }
    QString error;
    const release::AnnounceStep *s = step(&error);
    if (!s) {
        return;
    }
    for (int row = 0; row < m_cards.rowCount(); ++row) {
        ChannelCardModel::Card card = m_cards.card(row);
        const std::optional<channels::DeliveryReport> report = s->report(card.config.id);
        if (!report) {
            continue;
        }
        showReport(card, *report, false);
        card.message = report->message;
        m_cards.updateCard(row, card);
    }
}

void AnnouncementComposer::showReport(ChannelCardModel::Card &card, const channels::DeliveryReport &report, bool test)
{
    card.state = test && report.state == channels::DeliveryState::Sent ? u"test-sent"_s
                                                                       : channels::deliveryStateKey(report.state);
    card.links.clear();
    for (const QUrl &url : report.postUrls) {
        if (!url.isEmpty()) {
            card.links.append(url.toString());
        }
    }
}

void AnnouncementComposer::send(int row)
{
    startSend(row, false);
}

void AnnouncementComposer::sendTest(int row)
{
    startSend(row, true);
}

void AnnouncementComposer::sendAll()
{
    for (int row = 0; row < m_cards.rowCount(); ++row) {
        startSend(row, false);
    }
}

void AnnouncementComposer::startSend(int row, bool test)
{
    if (row < 0 || row >= m_cards.rowCount() || m_cards.card(row).busy) {
        return;
    }
    ChannelCardModel::Card card = m_cards.card(row);
    if (!m_http) {
        m_ownHttp = std::make_unique<net::HttpClient>();
        m_ownHttp->setRetryPolicy(std::make_shared<channels::ChannelRetryPolicy>());
        m_http = m_ownHttp.get();
    }
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    QString error;
    if (!test && !step(&error)) {
        card.state = u"failed"_s;
        card.message = error;
        m_cards.updateCard(row, card);
        return;
    }
    card.busy = true;
    card.message = test ? tr("Sending a test post…") : tr("Sending…");
    m_cards.updateCard(row, card);
    const channels::ChannelKind *kind = channels::ChannelRegistry::builtin().find(card.config.kind);
    QPointer<AnnouncementComposer> self(this);
    // The step of the release this send started for: if the release changes meanwhile, nothing is sent.
    const int generation = m_stepGeneration;
    channels::ChannelSetup::loadCredentials(
        m_store, *kind, card.config.id,
        [self, row, test, generation](const channels::Credentials &credentials, const QString &secretError) {
            if (!self || row >= self->m_cards.rowCount()) {
                return;
            }
            if (!test && (generation != self->m_stepGeneration || !self->m_step)) {
                self->sendFinished(row, test, failure(tr("The release changed before sending; nothing was sent.")));
                return;
            }
            const ChannelCardModel::Card current = self->m_cards.card(row);
            QString createError;
            std::unique_ptr<channels::Channel> created =
                channels::ChannelRegistry::builtin().create(current.config, credentials, *self->m_http, &createError);
            if (!created) {
                const QString message =
                    secretError.isEmpty() ? createError : createError + u" ("_s + secretError + u')';
                if (!test) {
                    self->m_step->recordFailureBeforeSending(current.config.id, message);
                }
                self->sendFinished(row, test, failure(message));
                return;
            }
            channels::Channel *channel = created.release();
            channel->setParent(self);
            const auto done = [self, row, test, channel](const channels::DeliveryReport &report) {
                channel->deleteLater();
                if (self) {
                    self->sendFinished(row, test, report);
                }
            };
            if (test) {
                release::AnnounceStep::sendTest(*channel, current.parts, done);
            } else {
                self->m_step->send(*channel, current.parts, done);
            }
        });
}

channels::DeliveryReport AnnouncementComposer::failure(const QString &message)
{
    channels::DeliveryReport report;
    report.message = message;
    return report;
}

void AnnouncementComposer::sendFinished(int row, bool test, const channels::DeliveryReport &report)
{
    if (row >= m_cards.rowCount()) {
        return;
    }
    ChannelCardModel::Card finished = m_cards.card(row);
    finished.busy = false;
    showReport(finished, report, test);
    finished.message = QStringList{report.message, report.hint}.filter(QRegularExpression(u"\\S"_s)).join(u' ');
    m_cards.updateCard(row, finished);
    if (!test) {
        showStepOnTheList();
    }
}

void AnnouncementComposer::confirm(int row, bool posted, const QString &url)
{
    if (row < 0 || row >= m_cards.rowCount()) {
        return;
    }
    QString error;
    const release::AnnounceStep *s = step(&error);
    ChannelCardModel::Card card = m_cards.card(row);
    if (!s || !s->confirm(card.config.id, posted, QUrl(url), &error)) {
        card.message = error;
        m_cards.updateCard(row, card);
        return;
    }
    showJournalState();
    showStepOnTheList();
}

} // namespace ra
