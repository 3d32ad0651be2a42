// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/announcementsender.h"

#include "core/releasestep.h"
#include "journal/journal.h"

#include <QJsonArray>
#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ra::channels {

namespace {

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray toJson(const QList<QUrl> &urls)
{
    QJsonArray array;
    for (const QUrl &url : urls) {
        array.append(url.toString());
    }
    return array;
}

QList<QUrl> urlsFrom(const QJsonValue &value)
{
    QList<QUrl> urls;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        urls.append(QUrl(v.toString()));
    }
    return urls;
}

/// The parts of a thread known to be posted: their ids and links, pairwise, in thread order.
struct Posted {
    QStringList ids;
    QList<QUrl> urls;
};

Posted postedFrom(const QJsonValue &ids, const QJsonValue &urls)
{
    Posted posted{ids.toVariant().toStringList(), urlsFrom(urls)};
    posted.urls.resize(posted.ids.size());
    return posted;
}

/// What was posted before the attempt of \a intent began.
Posted postedBefore(const QJsonObject &intent)
{
    return postedFrom(intent.value(u"alreadyPosted"_s), intent.value(u"alreadyPostedUrls"_s));
}

/// What the attempt recorded as \a effect is known to have posted: its result when that lists more (a thread
/// that failed part-way lists the parts before the failure), else what was posted before it began (a crash
/// left no result).
Posted postedBy(const JournalEffect &effect)
{
    const Posted before = postedBefore(effect.intent);
    const Posted recorded = postedFrom(effect.result.value(u"postIds"_s), effect.result.value(u"postUrls"_s));
    return recorded.ids.size() > before.ids.size() ? recorded : before;
}

QJsonObject resultOf(const Posted &posted)
{
    return {{u"postIds"_s, toJson(posted.ids)}, {u"postUrls"_s, toJson(posted.urls)}};
}

OutgoingPost resumption(const QStringList &parts, const Posted &posted, const QString &key)
{
    OutgoingPost post;
    post.parts = parts;
    post.alreadyPosted = posted.ids;
    post.alreadyPostedUrls = posted.urls;
    post.idempotencyKey = key;
    return post;
}

QString stepName()
{
    return stepKey(ReleaseStep::Announce);
}

DeliveryReport reportFrom(const QString &channelId, const SendResult &result, DeliveryState sentState)
{
    DeliveryReport report;
    report.channelId = channelId;
    report.postIds = result.postIds;
    report.postUrls = result.postUrls;
    report.message = result.error;
    report.hint = result.hint;
    switch (result.outcome) {
    case SendOutcome::Sent:
        report.state = result.dryRun ? DeliveryState::DryRun : sentState;
        break;
    case SendOutcome::Failed:
        report.state = DeliveryState::Failed;
        break;
    case SendOutcome::Uncertain:
        report.state = DeliveryState::NeedsConfirmation;
        break;
    }
    return report;
}

} // namespace

QString deliveryStateKey(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Sent:
        return u"sent"_s;
    case DeliveryState::AlreadySent:
        return u"already-sent"_s;
    case DeliveryState::Failed:
        return u"failed"_s;
    case DeliveryState::NeedsConfirmation:
        return u"needs-confirmation"_s;
    case DeliveryState::DryRun:
        return u"dry-run"_s;
    }
    return {};
}

AnnouncementSender::AnnouncementSender(Journal &journal, QString release, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_release(std::move(release))
{
}

std::optional<DeliveryReport> AnnouncementSender::status(const QString &channelId) const
{
    const std::optional<JournalEffect> last = m_journal.lastEffect(m_release, Action, channelId);
    if (!last) {
        return std::nullopt;
    }
    DeliveryReport report;
    report.channelId = channelId;
    report.postIds = last->result.value(u"postIds"_s).toVariant().toStringList();
    report.postUrls = urlsFrom(last->result.value(u"postUrls"_s));
    report.message = last->error;
    switch (last->outcome) {
    case EffectOutcome::Succeeded:
        report.state = DeliveryState::AlreadySent;
        break;
    case EffectOutcome::Failed:
        report.state = DeliveryState::Failed;
        break;
    case EffectOutcome::Pending:
    case EffectOutcome::Uncertain:
        report.state = DeliveryState::NeedsConfirmation;
        if (report.message.isEmpty()) {
            report.message = u"An earlier run stopped after deciding to post and before hearing back."_s;
        }
        break;
    }
    return report;
}

void AnnouncementSender::send(Channel &channel, const QStringList &parts, Done done)
{
    const QString channelId = channel.config().id;
    const std::optional<JournalEffect> last = m_journal.lastEffect(m_release, Action, channelId);
    if (last && last->outcome == EffectOutcome::Succeeded) {
        DeliveryReport report = *status(channelId);
        report.message = u"Already posted on %1; not sent again."_s.arg(last->finishedAt.toString(Qt::ISODate));
        done(report);
        return;
    }
    if (last && (last->outcome == EffectOutcome::Pending || last->outcome == EffectOutcome::Uncertain)) {
        reconcileThenSend(channel, parts, *last, std::move(done));
        return;
    }
    if (last && last->outcome == EffectOutcome::Failed &&
        last->intent.value(u"parts"_s).toVariant().toStringList() == parts) {
        // The same text failed part-way through a thread: go on after the parts that were posted, under the
        // same idempotency key.
        attempt(channel, resumption(parts, postedBy(*last), last->intent.value(u"idempotencyKey"_s).toString()),
                std::move(done));
        return;
    }
    attempt(channel, resumption(parts, {}, {}), std::move(done));
}

void AnnouncementSender::reconcileThenSend(Channel &channel, const QStringList &parts, const JournalEffect &effect,
                                           Done done)
{
    // Look for the first part not known to be posted: the parts before it keep their ids and links.
    const Posted known = postedBy(effect);
    QJsonObject lookup = effect.intent;
    lookup.insert(u"alreadyPosted"_s, toJson(known.ids));
    lookup.insert(u"alreadyPostedUrls"_s, toJson(known.urls));
    QPointer<Channel> guard(&channel);
    channel.reconcile(lookup, [this, guard, parts, effectId = effect.id, intent = effect.intent, known,
                               done = std::move(done)](const ReconcileResult &found) {
        const QString channelId = intent.value(u"channelId"_s).toString();
        const QString key = intent.value(u"idempotencyKey"_s).toString();
        const QStringList intended = intent.value(u"parts"_s).toVariant().toStringList();
        DeliveryReport report;
        report.channelId = channelId;
        switch (found.status) {
        case ReconcileResult::Status::Found: {
            Posted posted = known;
            QList<QUrl> foundUrls = found.postUrls;
            foundUrls.resize(found.postIds.size());
            posted.ids += found.postIds;
            posted.urls += foundUrls;
            QJsonObject result = resultOf(posted);
            result.insert(u"reconciled"_s, found.explanation);
            if (posted.ids.size() < intended.size() && guard) {
                // The thread was cut short: record what exists, then post the rest.
                m_journal.finishEffect(effectId, EffectOutcome::Failed, result, u"Thread incomplete"_s);
                attempt(*guard, resumption(intended, posted, key), done);
                return;
            }
            m_journal.finishEffect(effectId, EffectOutcome::Succeeded, result);
            report.state = DeliveryState::AlreadySent;
            report.postIds = posted.ids;
            report.postUrls = posted.urls;
            report.message = u"An earlier attempt did post: %1"_s.arg(found.explanation);
            done(report);
            return;
        }
        case ReconcileResult::Status::NotFound: {
            QJsonObject result = resultOf(known);
            result.insert(u"reconciled"_s, found.explanation);
            m_journal.finishEffect(effectId, EffectOutcome::Failed, result, u"Not posted (checked with the network)"_s);
            if (guard) {
                // A thread begun goes on with its own text; one with nothing posted may take the new text.
                attempt(*guard, resumption(known.ids.isEmpty() ? parts : intended, known, key), done);
            }
            return;
        }
        case ReconcileResult::Status::NotPossible:
        case ReconcileResult::Status::LookupFailed: {
            const std::optional<JournalEffect> current = m_journal.effect(effectId);
            if (current && current->outcome == EffectOutcome::Pending) {
                m_journal.finishEffect(effectId, EffectOutcome::Uncertain, {}, found.explanation);
            }
            report.state = DeliveryState::NeedsConfirmation;
            report.postIds = known.ids;
            report.postUrls = known.urls;
            report.message = found.explanation;
            report.hint =
                found.status == ReconcileResult::Status::NotPossible
                    ? u"Look at the channel, then confirm whether the post is there; it is not sent again until you do."_s
                    : u"Try again when the network is reachable, or look at the channel and confirm."_s;
            done(report);
            return;
        }
        }
    });
}

void AnnouncementSender::attempt(Channel &channel, OutgoingPost post, Done done)
{
    const QString channelId = channel.config().id;
    if (post.idempotencyKey.isEmpty()) {
        post.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const QJsonObject intent{{u"channelId"_s, channelId},
                             {u"kind"_s, channel.config().kind},
                             {u"parts"_s, toJson(post.parts)},
                             {u"alreadyPosted"_s, toJson(post.alreadyPosted)},
                             {u"alreadyPostedUrls"_s, toJson(post.alreadyPostedUrls)},
                             {u"idempotencyKey"_s, post.idempotencyKey},
                             {u"intendedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QString error;
    const qint64 effectId = m_journal.beginEffect(m_release, stepName(), Action, channelId, intent, &error);
    if (effectId == 0) {
        // Without a durable intent a crash could lead to a second post: do not send.
        DeliveryReport report;
        report.channelId = channelId;
        report.state = DeliveryState::Failed;
        report.postIds = post.alreadyPosted;
        report.postUrls = post.alreadyPostedUrls;
        report.message = u"Could not record the intent to post in the release journal: %1"_s.arg(error);
        report.hint = u"Nothing was sent. Fix the journal (disk space, permissions) and send again."_s;
        done(report);
        return;
    }
    channel.send(post, [this, effectId, channelId, done = std::move(done)](const SendResult &result) {
        const QJsonObject record{{u"postIds"_s, toJson(result.postIds)},
                                 {u"postUrls"_s, toJson(result.postUrls)},
                                 {u"notes"_s, result.notes}};
        const EffectOutcome outcome = result.outcome == SendOutcome::Sent     ? EffectOutcome::Succeeded
                                      : result.outcome == SendOutcome::Failed ? EffectOutcome::Failed
                                                                              : EffectOutcome::Uncertain;
        m_journal.finishEffect(effectId, outcome, record, result.error);
        done(reportFrom(channelId, result, DeliveryState::Sent));
    });
}

void AnnouncementSender::sendTest(Channel &channel, const QStringList &parts, Done done)
{
    OutgoingPost post;
    post.parts = parts;
    post.test = true;
    post.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString channelId = channel.config().id;
    channel.send(post, [channelId, done = std::move(done)](const SendResult &result) {
        done(reportFrom(channelId, result, DeliveryState::Sent));
    });
}

void AnnouncementSender::sendDryRun(Channel &channel, const QStringList &parts, Done done)
{
    OutgoingPost post;
    post.parts = parts;
    post.idempotencyKey = u"dry-run"_s;
    const QString channelId = channel.config().id;
    channel.send(post, [channelId, done = std::move(done)](const SendResult &result) {
        done(reportFrom(channelId, result, DeliveryState::DryRun));
    });
}

bool AnnouncementSender::confirm(const QString &channelId, bool posted, const QUrl &url, QString *error)
{
    const std::optional<JournalEffect> last = m_journal.lastEffect(m_release, Action, channelId);
    if (!last || (last->outcome != EffectOutcome::Pending && last->outcome != EffectOutcome::Uncertain)) {
        if (error) {
            *error = u"%1 has no post waiting for confirmation."_s.arg(channelId);
        }
        return false;
    }
    if (last->outcome == EffectOutcome::Pending) {
        m_journal.finishEffect(last->id, EffectOutcome::Uncertain, {}, u"Outcome unknown"_s);
    }
    // The parts posted before the uncertain one stay recorded: the thread's links keep its first, and a
    // thread whose part was not posted goes on after them instead of starting again.
    const Posted known = postedBy(*last);
    QJsonObject result = resultOf(known);
    if (posted && !url.isEmpty()) {
        QJsonArray urls = toJson(known.urls);
        urls.append(url.toString());
        result.insert(u"postUrls"_s, urls);
    }
    result.insert(u"confirmedByUser"_s, true);
    return m_journal.finishEffect(last->id, posted ? EffectOutcome::Succeeded : EffectOutcome::Failed, result,
                                  posted ? QString() : u"The user confirmed it was not posted"_s, error);
}

} // namespace ra::channels
