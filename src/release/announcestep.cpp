// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/announcestep.h"

#include "channels/channelregistry.h"
#include "channels/channelsetup.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "notes/noteshighlights.h"
#include "notes/notesrevisions.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::release {

/// What every copy of a step shares, and what a post under way keeps alive until it is answered.
struct AnnounceStep::Shared {
    Journal *journal = nullptr;
    QString release;
    QStringList channelIds;
    /// Channels that failed before anything was recorded, with why.
    QHash<QString, QString> failedBeforeSending;
    std::unique_ptr<channels::AnnouncementSender> sender;
};

namespace {

/// Where \a config posts, as the playbook says it (a public place); a channel given without a playbook section
/// (tests, a channels file) is named by its settings.
QString targetOf(const Playbook &playbook, const channels::ChannelConfig &config)
{
    for (const AnnouncementChannel &channel : playbook.channels) {
        if (channel.name == config.id && !channel.target.isEmpty()) {
            return channel.target;
        }
    }
    for (const QString &key : {u"chat"_s, u"username"_s, u"handle"_s, u"channelId"_s}) {
        if (const QString value = config.settings.value(key).toString(); !value.isEmpty()) {
            return value;
        }
    }
    return config.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

QStringList linksOf(const QList<QUrl> &urls)
{
    QStringList links;
    for (const QUrl &url : urls) {
        if (!url.isEmpty()) {
            links.append(url.toString());
        }
    }
    return links;
}

} // namespace

QString channelDeliveryKey(ChannelDelivery::State state)
{
    switch (state) {
    case ChannelDelivery::State::Pending:
        return u"pending"_s;
    case ChannelDelivery::State::Sent:
        return u"sent"_s;
    case ChannelDelivery::State::Uncertain:
        return u"uncertain"_s;
    case ChannelDelivery::State::Failed:
        return u"failed"_s;
    }
    return {};
}

bool AnnounceStatus::done() const
{
    return verdict.state == StepState::Done;
}

AnnounceStep::Channels AnnounceStep::channelsOf(const Playbook &playbook, const QStringList &wanted)
{
    Channels selection;
    QList<channels::ChannelConfig> all;
    // A wrong target or channels file still gives the playbook's channels as they are, with the error.
    if (channels::ChannelSetup::loadChannels(playbook, &all, &selection.error)) {
        selection.error.clear();
    }
    QStringList names;
    for (const channels::ChannelConfig &config : std::as_const(all)) {
        names.append(config.id);
        if (wanted.isEmpty() || wanted.contains(config.id) || wanted.contains(config.kind)) {
            selection.configs.append(config);
        }
    }
    for (const QString &name : wanted) {
        if (std::none_of(all.cbegin(), all.cend(),
                         [&](const channels::ChannelConfig &c) { return c.id == name || c.kind == name; })) {
            selection.error = tr("The playbook %1 has no channel '%2' (its channels: %3).")
                                  .arg(playbook.source, name, names.join(u", "_s));
        }
    }
    return selection;
}

AnnounceStep::JournalFacts AnnounceStep::journalFacts(Journal &journal, const QString &tag)
{
    JournalFacts facts;
    if (tag.isEmpty() || !journal.hasRelease(tag)) {
        return facts;
    }
    if (const auto latest = notes::NotesRevisions(journal, tag).latest()) {
        facts.highlights = notes::notesHighlights(latest->text);
    }
    const QDateTime published =
        QDateTime::fromString(journal.value(tag, u"review.publishedAt"_s).toString(), Qt::ISODate);
    if (published.isValid()) {
        facts.publishedOn = published.toLocalTime().date();
    }
    return facts;
}

bool AnnounceStep::isPrerelease(const Playbook &playbook, const QString &tag)
{
    if (const auto version = playbook.tagSpelling.versionFromTag(tag)) {
        return version->isPrerelease();
    }
    // PEP 440 and SemVer pre-release spellings: 1.5.0rc1, 1.5.0-rc1, 2.0.0a1, 2.0.0-beta.2.
    static const QRegularExpression prerelease(u"(\\d(a|b|rc|dev)\\d|-(rc|alpha|beta|dev))"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    return prerelease.match(tag).hasMatch();
}

QString AnnounceStep::releaseUrl(const Playbook &playbook, const QString &tag)
{
    return u"https://github.com/%1/releases/tag/%2"_s.arg(playbook.repository, tag);
}

ReleaseFacts AnnounceStep::facts(const Playbook &playbook, const QString &tag, const QStringList &highlights,
                                 const QDate &publishedOn, int graceDays, const QString &url)
{
    ReleaseFacts facts;
    if (!playbook.projectName.isEmpty()) {
        facts.project = playbook.projectName;
    }
    facts.version = tag;
    facts.releaseUrl = url.isEmpty() ? releaseUrl(playbook, tag) : url;
    facts.highlights = highlights;
    facts.publishedOn = publishedOn.isValid() ? publishedOn : QDate::currentDate();
    facts.graceDays = graceDays >= 0 ? graceDays : playbook.scoring.graceDays;
    facts.prerelease = isPrerelease(playbook, tag);
    return facts;
}

QString AnnounceStep::templateFor(const Playbook &playbook, const channels::ChannelConfig &config, bool prerelease)
{
    const channels::ChannelKind *kind = channels::ChannelRegistry::builtin().find(config.kind);
    return AnnouncementTemplate::forChannel(playbook.channels, config.id, config.kind,
                                            kind ? kind->network : Network::X, prerelease);
}

AnnouncementDraft AnnounceStep::compose(const Playbook &playbook, const channels::ChannelConfig &config,
                                        const QString &plainText, net::HttpClient &formatting)
{
    AnnouncementDraft draft;
    draft.config = config;
    draft.target = targetOf(playbook, config);
    draft.text = plainText;
    const channels::ChannelKind *kind = channels::ChannelRegistry::builtin().find(config.kind);
    if (!kind) {
        draft.problem = tr("Release Assistant cannot post to a channel of kind %1.").arg(config.kind);
        return draft;
    }
    draft.network = kind->network;
    // Formatting and counting need no secret: placeholders stand in for them.
    channels::Credentials placeholders;
    for (const QString &name : kind->credentialNames) {
        placeholders.insert(name, u"unused"_s);
    }
    QString error;
    const auto channel = channels::ChannelRegistry::builtin().create(config, placeholders, formatting, &error);
    if (!channel) {
        draft.problem = error;
        return draft;
    }
    draft.length = checkLength(draft.network, channel->format(plainText));
    draft.parts = channels::ChannelSetup::composeParts(*channel, plainText);
    if (!draft.length.fits) {
        draft.problem =
            draft.length.length > draft.length.limit && draft.parts.size() > 1
                ? tr("Too long for one post: it will be sent as %n posts.", nullptr, int(draft.parts.size()))
                : draft.length.problem;
    }
    return draft;
}

AnnouncementDraft AnnounceStep::draft(const Playbook &playbook, const channels::ChannelConfig &config,
                                      const ReleaseFacts &facts, net::HttpClient &formatting,
                                      const QString &templateText)
{
    const QString text = templateText.isEmpty() ? templateFor(playbook, config, facts.prerelease) : templateText;
    return compose(playbook, config, AnnouncementTemplate::render(text, facts), formatting);
}

AnnounceStep::AnnounceStep(Journal *journal, const QString &release, const QStringList &channelIds)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->journal = journal;
    m_shared->release = release;
    m_shared->channelIds = channelIds;
    if (journal && !release.isEmpty()) {
        m_shared->sender = std::make_unique<channels::AnnouncementSender>(*journal, release);
    }
}

StepPlan AnnounceStep::operations(const QList<AnnouncementDraft> &drafts) const
{
    StepPlan plan;
    plan.step = ReleaseStep::Announce;
    QStringList sent;
    for (const AnnouncementDraft &draft : drafts) {
        const ChannelDelivery delivery = this->delivery(draft.config.id);
        switch (delivery.state) {
        case ChannelDelivery::State::Sent:
            sent.append(draft.config.id);
            continue;
        case ChannelDelivery::State::Uncertain:
            plan.blockers.append(tr("The post on %1 may or may not have been published (%2): look at the channel and "
                                    "confirm it before anything is sent there again.")
                                     .arg(draft.config.id, delivery.message));
            continue;
        case ChannelDelivery::State::Failed:
        case ChannelDelivery::State::Pending:
            break;
        }
        QJsonObject payload{{u"channel"_s, draft.config.id},
                            {u"kind"_s, draft.config.kind},
                            {u"posts"_s, QJsonArray::fromStringList(draft.parts)}};
        if (!delivery.links.isEmpty()) {
            // A thread cut short goes on after the posts that were made.
            payload.insert(u"alreadyPosted"_s, QJsonArray::fromStringList(delivery.links));
        }
        plan.operations.append(
            {PlannedOperation::Kind::Post,
             tr("post the announcement on %1 (%n post(s))", nullptr, int(draft.parts.size())).arg(draft.config.id),
             draft.target, payload, QString(channels::AnnouncementSender::Action), draft.config.id});
    }
    if (!plan.blockers.isEmpty()) {
        plan.needsPerson =
            tr("Someone looks at the channels whose post is uncertain and confirms whether it is there.");
    } else if (plan.operations.isEmpty()) {
        plan.doneNote = drafts.isEmpty() ? tr("the playbook lists no announcement channel")
                                         : tr("announced on %1").arg(sent.join(u", "_s));
    }
    return plan;
}

std::optional<channels::DeliveryReport> AnnounceStep::report(const QString &channelId) const
{
    return m_shared->sender ? m_shared->sender->status(channelId) : std::nullopt;
}

ChannelDelivery AnnounceStep::delivery(const QString &channelId) const
{
    return deliveryOf(*m_shared, channelId);
}

ChannelDelivery AnnounceStep::deliveryOf(const Shared &shared, const QString &channelId)
{
    ChannelDelivery delivery;
    delivery.channelId = channelId;
    const std::optional<channels::DeliveryReport> report =
        shared.sender ? shared.sender->status(channelId) : std::nullopt;
    if (!report) {
        if (const auto failed = shared.failedBeforeSending.constFind(channelId);
            failed != shared.failedBeforeSending.cend()) {
            delivery.state = ChannelDelivery::State::Failed;
            delivery.message = *failed;
        }
        return delivery;
    }
    delivery.links = linksOf(report->postUrls);
    delivery.message = report->message;
    switch (report->state) {
    case channels::DeliveryState::Sent:
    case channels::DeliveryState::AlreadySent:
        delivery.state = ChannelDelivery::State::Sent;
        break;
    case channels::DeliveryState::NeedsConfirmation:
        delivery.state = ChannelDelivery::State::Uncertain;
        break;
    case channels::DeliveryState::Failed:
        delivery.state = ChannelDelivery::State::Failed;
        break;
    case channels::DeliveryState::DryRun:
        break;
    }
    return delivery;
}

AnnounceStatus AnnounceStep::status() const
{
    AnnounceStatus status;
    for (const QString &id : std::as_const(m_shared->channelIds)) {
        status.channels.append(deliveryOf(*m_shared, id));
    }
    if (m_shared->journal && !m_shared->release.isEmpty()) {
        status.verdict = StepPolicy::verdict(*m_shared->journal, m_shared->release, ReleaseStep::Announce);
    }
    return status;
}

bool AnnounceStep::prepare(QString *error) const
{
    if (!m_shared->sender) {
        if (error) {
            *error = tr("The release journal is not open, so nothing could be recorded; nothing was sent.");
        }
        return false;
    }
    return m_shared->journal->hasRelease(m_shared->release) ||
           m_shared->journal->createRelease(m_shared->release, {}, error);
}

void AnnounceStep::send(channels::Channel &channel, const QStringList &parts, Done done) const
{
    const std::shared_ptr<Shared> shared = m_shared;
    QString error;
    if (!prepare(&error)) {
        channels::DeliveryReport report;
        report.channelId = channel.config().id;
        report.message = error;
        done(report);
        return;
    }
    shared->failedBeforeSending.remove(channel.config().id);
    // The callback's copy of the shared state keeps the sender alive until the network has answered.
    shared->sender->send(channel, parts, [shared, done = std::move(done)](const channels::DeliveryReport &report) {
        recordStepState(*shared);
        done(report);
    });
}

bool AnnounceStep::confirm(const QString &channelId, bool posted, const QUrl &url, QString *error) const
{
    if (!prepare(error) || !m_shared->sender->confirm(channelId, posted, url, error)) {
        return false;
    }
    recordStepState(*m_shared);
    return true;
}

void AnnounceStep::recordFailureBeforeSending(const QString &channelId, const QString &message) const
{
    m_shared->failedBeforeSending.insert(channelId, message);
    recordStepState(*m_shared);
}

void AnnounceStep::sendTest(channels::Channel &channel, const QStringList &parts, Done done)
{
    channels::AnnouncementSender::sendTest(channel, parts, std::move(done));
}

void AnnounceStep::sendDryRun(channels::Channel &channel, const QStringList &parts, Done done)
{
    channels::AnnouncementSender::sendDryRun(channel, parts, std::move(done));
}

void AnnounceStep::recordStepState(const Shared &shared)
{
    if (!shared.journal || shared.release.isEmpty() || !shared.journal->hasRelease(shared.release)) {
        return;
    }
    // Done only when every channel of the release is sent, not just those one run or one card was limited to.
    qsizetype sent = 0;
    QString attention;
    for (const QString &id : shared.channelIds) {
        const ChannelDelivery delivery = deliveryOf(shared, id);
        if (delivery.state == ChannelDelivery::State::Sent) {
            ++sent;
        } else if (attention.isEmpty() && (delivery.state == ChannelDelivery::State::Failed ||
                                           delivery.state == ChannelDelivery::State::Uncertain)) {
            attention =
                u"%1: %2"_s.arg(id, delivery.message.isEmpty() ? channelDeliveryKey(delivery.state) : delivery.message);
        }
    }
    const StepState state = sent == shared.channelIds.size() ? StepState::Done
                            : !attention.isEmpty()           ? StepState::NeedsAttention
                                                             : StepState::InProgress;
    const QString note = state == StepState::Done ? tr("Announced on %1").arg(shared.channelIds.join(u", "_s))
                         : state == StepState::NeedsAttention
                             ? attention
                             : tr("%1 of %2 channels announced").arg(sent).arg(shared.channelIds.size());
    shared.journal->setStepState(shared.release, ReleaseStep::Announce, state, note);
}

} // namespace ra::release
