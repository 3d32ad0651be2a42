// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/tagjournal.h"

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

const QString stepName = u"tag"_s;

} // namespace

TagJournal::TagJournal(Journal *journal, QString release)
    : m_journal(journal)
    , m_release(std::move(release))
{
}

TagJournal::Choices TagJournal::choices() const
{
    Choices choices;
    choices.remote = u"origin"_s;
    if (canRecord()) {
        choices.repositoryPath = m_journal->value(m_release, u"repository.path"_s).toString();
        // A maintainer releases from the same clone every time: the latest release's clone is a good guess.
        const QStringList releases = m_journal->releases();
        for (qsizetype i = 0; choices.repositoryPath.isEmpty() && i < releases.size(); ++i) {
            choices.repositoryPath = m_journal->value(releases.at(i), u"repository.path"_s).toString();
        }
        choices.revision = m_journal->value(m_release, u"tag.revision"_s).toString();
        choices.revisionOrigin = tr("chosen by hand");
        if (choices.revision.isEmpty()) {
            choices.revision = m_journal->value(m_release, u"staging.signoff"_s)
                                   .toObject()
                                   .value(u"report"_s)
                                   .toObject()
                                   .value(u"commit"_s)
                                   .toString();
            choices.revisionOrigin = tr("the commit verified in step 1");
        }
        choices.remote = m_journal->value(m_release, u"tag.remote"_s).toString(u"origin"_s);
    }
    if (choices.revision.isEmpty()) {
        choices.revision = u"HEAD"_s;
        choices.revisionOrigin = tr("the tip of the checked-out branch");
    }
    return choices;
}

void TagJournal::remember(const QString &key, const QString &value) const
{
    if (canRecord()) {
        m_journal->setValue(m_release, key, value);
    }
}

bool TagJournal::canRecord() const
{
    return m_journal != nullptr && !m_release.isEmpty();
}

std::optional<JournalEffect> TagJournal::lastPush(const QString &tag, const QString &commitSha) const
{
    if (!canRecord()) {
        return std::nullopt;
    }
    auto last = m_journal->lastEffect(m_release, u"push-tag"_s, tag);
    if (last && last->intent.value(u"commit"_s).toString() != commitSha) {
        return std::nullopt;
    }
    return last;
}

qint64 TagJournal::beginCreate(const QString &tag, const QString &commitSha, bool annotated, QString *error) const
{
    return canRecord() ? m_journal->beginEffect(m_release, stepName, u"create-tag"_s, tag,
                                                {{u"commit"_s, commitSha}, {u"annotated"_s, annotated}}, error)
                       : 0;
}

qint64 TagJournal::beginPush(const QString &tag, const QString &commitSha, const QString &remote, QString *error) const
{
    return canRecord() ? m_journal->beginEffect(m_release, stepName, u"push-tag"_s, tag,
                                                {{u"commit"_s, commitSha}, {u"remote"_s, remote}}, error)
                       : 0;
}

qint64 TagJournal::beginDelete(const QString &tag, const QString &commitSha) const
{
    return canRecord() ? m_journal->beginEffect(m_release, stepName, u"delete-tag"_s, tag, {{u"commit"_s, commitSha}})
                       : 0;
}

void TagJournal::finish(qint64 id, bool succeeded, const QString &status, const QString &message,
                        const QJsonObject &details) const
{
    if (!canRecord() || id == 0) {
        return;
    }
    QJsonObject result = details;
    if (!status.isEmpty()) {
        result.insert(u"status"_s, status);
        result.insert(u"message"_s, message);
    }
    m_journal->finishEffect(id, succeeded ? EffectOutcome::Succeeded : EffectOutcome::Failed, result,
                            succeeded ? QString() : message);
}

} // namespace ra::release
