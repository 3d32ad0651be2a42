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
        reconcileThenSend(channel, parts, last->id, last->intent, std::move(done));
        return;
    }
    QStringList alreadyPosted;
    QString key;
    if (last && last->outcome == EffectOutcome::Failed &&
        last->intent.value(u"parts"_s).toVariant().toStringList() == parts) {
        // The same text failed part-way through a thread: go on after the parts that were posted, under the
        // same idempotency key.
        alreadyPosted = last->result.value(u"postIds"_s).toVariant().toStringList();
        key = last->intent.value(u"idempotencyKey"_s).toString();
    }
    attempt(channel, parts, alreadyPosted, key, std::move(done));
}

void AnnouncementSender::reconcileThenSend(Channel &channel, const QStringList &parts, qint64 effectId,
                                           const QJsonObject &intent, Done done)
{
    QPointer<Channel> guard(&channel);
    channel.reconcile(intent, [this, guard, parts, effectId, intent,
                               done = std::move(done)](const ReconcileResult &found) {
        const QString channelId = intent.value(u"channelId"_s).toString();
        DeliveryReport report;
        report.channelId = channelId;
        switch (found.status) {
        case ReconcileResult::Status::Found: {
            QStringList ids = intent.value(u"alreadyPosted"_s).toVariant().toStringList() + found.postIds;
            const QJsonObject result{{u"postIds"_s, toJson(ids)},
                                     {u"postUrls"_s, toJson(found.postUrls)},
                                     {u"reconciled"_s, found.explanation}};
            const QStringList intended = intent.value(u"parts"_s).toVariant().toStringList();
            if (ids.size() < intended.size() && guard) {
                // The thread was cut short: record what exists, then post the rest.
                m_journal.finishEffect(effectId, EffectOutcome::Failed, result, u"Thread incomplete"_s);
                attempt(*guard, intended, ids, intent.value(u"idempotencyKey"_s).toString(), done);
                return;
            }
            m_journal.finishEffect(effectId, EffectOutcome::Succeeded, result);
            report.state = DeliveryState::AlreadySent;
            report.postIds = ids;
            report.postUrls = found.postUrls;
            report.message = u"An earlier attempt did post: %1"_s.arg(found.explanation);
            done(report);
            return;
        }
        case ReconcileResult::Status::NotFound:
            m_journal.finishEffect(effectId, EffectOutcome::Failed, {{u"reconciled"_s, found.explanation}},
                                   u"Not posted (checked with the network)"_s);
            if (guard) {
                attempt(*guard, parts, intent.value(u"alreadyPosted"_s).toVariant().toStringList(),
                        intent.value(u"idempotencyKey"_s).toString(), done);
            }
            return;
        case ReconcileResult::Status::NotPossible:
        case ReconcileResult::Status::LookupFailed: {
            const std::optional<JournalEffect> effect = m_journal.effect(effectId);
            if (effect && effect->outcome == EffectOutcome::Pending) {
                m_journal.finishEffect(effectId, EffectOutcome::Uncertain, {}, found.explanation);
            }
            report.state = DeliveryState::NeedsConfirmation;
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

void AnnouncementSender::attempt(Channel &channel, const QStringList &parts, const QStringList &alreadyPosted,
                                 const QString &key, Done done)
{
    const QString channelId = channel.config().id;
    OutgoingPost post;
    post.parts = parts;
    post.alreadyPosted = alreadyPosted;
    post.idempotencyKey = key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
    const QJsonObject intent{{u"channelId"_s, channelId},
                             {u"kind"_s, channel.config().kind},
                             {u"parts"_s, toJson(parts)},
                             {u"alreadyPosted"_s, toJson(alreadyPosted)},
                             {u"idempotencyKey"_s, post.idempotencyKey},
                             {u"intendedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QString error;
    const qint64 effectId = m_journal.beginEffect(m_release, stepName(), Action, channelId, intent, &error);
    if (effectId == 0) {
        // Without a durable intent a crash could lead to a second post: do not send.
        DeliveryReport report;
        report.channelId = channelId;
        report.state = DeliveryState::Failed;
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
    const QJsonObject result{{u"confirmedByUser"_s, true},
                             {u"postIds"_s, QJsonArray{}},
                             {u"postUrls"_s, url.isEmpty() ? QJsonArray{} : QJsonArray{url.toString()}}};
    return m_journal.finishEffect(last->id, posted ? EffectOutcome::Succeeded : EffectOutcome::Failed, result,
                                  posted ? QString() : u"The user confirmed it was not posted"_s, error);
}

} // namespace ra::channels
