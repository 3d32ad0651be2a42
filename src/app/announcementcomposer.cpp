// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/announcementcomposer.h"

#include "app/releasesession.h"
#include "channels/announcementsender.h"
#include "channels/channelregistry.h"
#include "channels/channelretrypolicy.h"
#include "channels/channelsetup.h"
#include "core/announcement/announcementtemplate.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "notes/noteshighlights.h"
#include "notes/notesrevisions.h"
#include "secrets/keychainsecretstore.h"

#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace ra {

AnnouncementComposer::AnnouncementComposer(QObject *parent)
    : QObject(parent)
    , m_cards(this)
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
    forgetSender();
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
    if (session == m_session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &ReleaseSession::projectNameChanged, this, [this] { setPlaybook(m_session->playbook()); });
        setPlaybook(m_session->playbook());
    }
    Q_EMIT sessionChanged();
}

ReleaseSession *AnnouncementComposer::session() const
{
    return m_session;
}

void AnnouncementComposer::loadChannels()
{
    QList<channels::ChannelConfig> configs;
    QString error;
    if (channels::ChannelSetup::loadChannels(m_playbook, &configs, &error)) {
        error.clear();
    }
    if (error != m_channelsError) {
        m_channelsError = error;
        Q_EMIT channelsErrorChanged();
    }
    setChannels(configs);
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
    forgetSender();
    loadFactsFromJournal();
    Q_EMIT factsChanged();
    refill();
    showJournalState();
}

QString AnnouncementComposer::releaseUrl() const
{
    return m_releaseUrl.isEmpty() && !m_version.isEmpty()
               ? u"https://github.com/%1/releases/tag/%2"_s.arg(m_playbook.repository, m_version)
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

void AnnouncementComposer::measure(ChannelCardModel::Card &card) const
{
    if (!m_formatHttp) {
        m_formatHttp = std::make_unique<net::HttpClient>();
    }
    // A channel object only formats and counts here; it needs no secret and sends nothing.
    const channels::ChannelKind *kind = channels::ChannelRegistry::builtin().find(card.config.kind);
    channels::Credentials placeholders;
    for (const QString &name : kind->credentialNames) {
        placeholders.insert(name, u"unused"_s);
    }
    const auto channel = channels::ChannelRegistry::builtin().create(card.config, placeholders, *m_formatHttp);
    const LengthCheck check = checkLength(card.network, channel->format(card.text));
    card.length = check.length;
    card.limit = check.limit;
    card.unit = check.unit;
    card.parts = channels::ChannelSetup::composeParts(*channel, card.text);
    card.problem = check.fits ? QString()
                   : (check.length > check.limit && card.parts.size() > 1)
                       ? tr("Too long for one post: it will be sent as %n posts.", nullptr, int(card.parts.size()))
                       : check.problem;
}

void AnnouncementComposer::refill()
{
    ReleaseFacts facts;
    if (!m_playbook.projectName.isEmpty()) {
        facts.project = m_playbook.projectName;
    }
    facts.version = m_version;
    facts.releaseUrl = releaseUrl();
    facts.highlights = m_highlights.split(u'\n', Qt::SkipEmptyParts);
    facts.publishedOn = QDate::fromString(m_publishedOn, Qt::ISODate);
    facts.graceDays = m_graceDays;
    const std::optional<Pep440Version> version = m_playbook.tagSpelling.versionFromTag(m_version);
    facts.prerelease = version && version->isPrerelease();
    for (int row = 0; row < m_cards.rowCount(); ++row) {
        ChannelCardModel::Card card = m_cards.card(row);
        if (!card.edited) {
            const QString text = AnnouncementTemplate::forChannel(m_playbook.channels, card.config.id, card.config.kind,
                                                                  card.network, facts.prerelease);
            card.text = AnnouncementTemplate::render(text, facts);
        }
        measure(card);
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
    if (!store || !store->hasRelease(m_version)) {
        return;
    }
    if (m_highlights.isEmpty()) {
        if (const auto latest = notes::NotesRevisions(*store, m_version).latest()) {
            m_highlights = notes::notesHighlights(latest->text).join(u'\n');
            m_highlightsFromNotes = !m_highlights.isEmpty();
        }
    }
    const QDateTime published =
        QDateTime::fromString(store->value(m_version, u"review.publishedAt"_s).toString(), Qt::ISODate);
    if (published.isValid()) {
        m_publishedOn = published.toLocalTime().date().toString(Qt::ISODate);
    }
}

Journal *AnnouncementComposer::journal(QString *error)
{
    if (m_journal) {
        return m_journal;
    }
    // The session's journal, not a second connection to the same file: the session holds the release's lock.
    ReleaseSession *session = ReleaseSession::instance();
    connect(session, &ReleaseSession::journalChanged, this, &AnnouncementComposer::forgetSender, Qt::UniqueConnection);
    Journal *shared = session->journal();
    if (!shared && error) {
        *error = session->lastError();
    }
    return shared;
}

void AnnouncementComposer::forgetSender()
{
    m_sender.reset();
    m_senderJournal = nullptr;
}

void AnnouncementComposer::recordStepState()
{
    // Only the application's release has a step state to show; a journal given by a test has no session.
    ReleaseSession *session = m_journal ? nullptr : ReleaseSession::instance();
    if (!session || session->currentRelease() != m_version) {
        return;
    }
    int sent = 0;
    bool attention = false;
    for (int row = 0; row < m_cards.rowCount(); ++row) {
        const QString &state = m_cards.card(row).state;
        sent += (state == u"sent"_s || state == u"already-sent"_s) ? 1 : 0;
        attention = attention || state == u"failed"_s || state == u"needs-confirmation"_s;
    }
    const StepState step = sent == m_cards.rowCount() ? StepState::Done
                           : attention                ? StepState::NeedsAttention
                                                      : StepState::InProgress;
    session->recordStepState(ReleaseStep::Announce, step);
}

channels::AnnouncementSender *AnnouncementComposer::sender(QString *error)
{
    if (m_version.isEmpty()) {
        *error = tr("Pick a release first.");
        return nullptr;
    }
    Journal *j = journal(error);
    if (!j) {
        m_sender.reset();
        return nullptr;
    }
    if (!m_sender || m_senderJournal != j) {
        if (!j->hasRelease(m_version) && !j->createRelease(m_version, {}, error)) {
            return nullptr;
        }
        m_sender = std::make_unique<channels::AnnouncementSender>(*j, m_version);
        m_senderJournal = j;
    }
    return m_sender.get();
}

void AnnouncementComposer::showJournalState()
{
    if (m_version.isEmpty()) {
        return;
    }
    QString error;
    channels::AnnouncementSender *s = sender(&error);
    if (!s) {
        return;
    }
    for (int row = 0; row < m_cards.rowCount(); ++row) {
        ChannelCardModel::Card card = m_cards.card(row);
        const std::optional<channels::DeliveryReport> report = s->status(card.config.id);
        if (!report) {
            continue;
        }
        card.state = channels::deliveryStateKey(report->state);
        card.message = report->message;
        card.links.clear();
        for (const QUrl &url : report->postUrls) {
            if (!url.isEmpty()) {
                card.links.append(url.toString());
            }
        }
        m_cards.updateCard(row, card);
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
    const auto fail = [this, row](const QString &message) {
        ChannelCardModel::Card failed = m_cards.card(row);
        failed.busy = false;
        failed.state = u"failed"_s;
        failed.message = message;
        m_cards.updateCard(row, failed);
    };
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
    if (!test && !sender(&error)) {
        fail(error);
        return;
    }
    card.busy = true;
    card.message = test ? tr("Sending a test post…") : tr("Sending…");
    m_cards.updateCard(row, card);
    const channels::ChannelKind *kind = channels::ChannelRegistry::builtin().find(card.config.kind);
    QPointer<AnnouncementComposer> self(this);
    // The sender of the release this send started for: if the release changes meanwhile, nothing is sent.
    QPointer<channels::AnnouncementSender> releaseSender(test ? nullptr : m_sender.get());
    channels::ChannelSetup::loadCredentials(
        m_store, *kind, card.config.id,
        [self, row, test, fail, releaseSender](const channels::Credentials &credentials, const QString &secretError) {
            if (!self || row >= self->m_cards.rowCount()) {
                return;
            }
            if (!test && !releaseSender) {
                fail(tr("The release changed before sending; nothing was sent."));
                return;
            }
            const ChannelCardModel::Card current = self->m_cards.card(row);
            QString createError;
            std::unique_ptr<channels::Channel> created =
                channels::ChannelRegistry::builtin().create(current.config, credentials, *self->m_http, &createError);
            if (!created) {
                fail(secretError.isEmpty() ? createError : createError + u" ("_s + secretError + u')');
                return;
            }
            channels::Channel *channel = created.release();
            channel->setParent(self);
            const auto done = [self, row, test, channel](const channels::DeliveryReport &report) {
                channel->deleteLater();
                if (!self || row >= self->m_cards.rowCount()) {
                    return;
                }
                ChannelCardModel::Card finished = self->m_cards.card(row);
                finished.busy = false;
                finished.state =
                    test ? (report.state == channels::DeliveryState::Sent ? u"test-sent"_s
                                                                          : channels::deliveryStateKey(report.state))
                         : channels::deliveryStateKey(report.state);
                finished.message = report.message.isEmpty() ? report.hint : report.message + u' ' + report.hint;
                finished.links.clear();
                for (const QUrl &url : report.postUrls) {
                    if (!url.isEmpty()) {
                        finished.links.append(url.toString());
                    }
                }
                self->m_cards.updateCard(row, finished);
                if (!test) {
                    self->recordStepState();
                }
            };
            if (test) {
                channels::AnnouncementSender::sendTest(*channel, current.parts, done);
            } else {
                releaseSender->send(*channel, current.parts, done);
            }
        });
}

void AnnouncementComposer::confirm(int row, bool posted, const QString &url)
{
    if (row < 0 || row >= m_cards.rowCount()) {
        return;
    }
    QString error;
    channels::AnnouncementSender *s = sender(&error);
    ChannelCardModel::Card card = m_cards.card(row);
    if (!s || !s->confirm(card.config.id, posted, QUrl(url), &error)) {
        card.message = error;
        m_cards.updateCard(row, card);
        return;
    }
    showJournalState();
}

} // namespace ra
