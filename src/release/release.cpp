// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/release.h"

#include "journal/releaselock.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::release {

QString Release::canonicalTag(const Playbook &playbook, const QString &text, QString *error)
{
    const QString name = text.trimmed();
    QString why;
    auto version = playbook.tagSpelling.versionFromTag(name, &why);
    if (!version) {
        // A bare version ("1.0.0" where tags read "v1.0.0") names a tag too: the caller shows its spelling.
        version = Pep440Version::parse(name);
    }
    if (!version) {
        if (error) {
            *error = u"“%1” is not a version: %2"_s.arg(name, why);
        }
        return {};
    }
    const auto tag = playbook.tagSpelling.tagFor(*version, &why);
    if (!tag) {
        if (error) {
            *error = u"“%1” cannot be tagged in %2: %3"_s.arg(name, playbook.projectName, why);
        }
        return {};
    }
    return *tag;
}

std::unique_ptr<Release> Release::open(const Project &project, Journal &journal, const QString &tag, Access access,
                                       QString *error, QString *hint)
{
    auto fail = [error, hint](const QString &message, const QString &fix) {
        if (error) {
            *error = message;
        }
        if (hint) {
            *hint = fix;
        }
        return nullptr;
    };
    QString why;
    const QString canonical = canonicalTag(project.playbook(), tag, &why);
    if (canonical.isEmpty()) {
        return fail(why,
                    u"Tags of %1 are spelled %2."_s.arg(project.name(), project.playbook().tagSpelling.describe()));
    }
    if (canonical != tag.trimmed()) {
        return fail(u"%1 spells this tag '%2', not '%3'"_s.arg(project.name(), canonical, tag.trimmed()),
                    u"Use --release %1."_s.arg(canonical));
    }
    if (!journal.hasRelease(canonical) && access != Access::Preview) {
        if (access == Access::Read) {
            return fail(u"the journal %1 has no release %2"_s.arg(journal.databasePath(), canonical),
                        u"Start it with a step (e.g. 'release run --release %1 --dry-run' shows what it does)."_s.arg(
                            canonical));
        }
        const QJsonObject metadata{
            {u"tag"_s, canonical}, {u"project"_s, project.repository().toString()}, {u"clone"_s, project.clonePath()}};
        if (!journal.createRelease(canonical, metadata, &why)) {
            return fail(why, {});
        }
    } else if (const auto info = journal.releaseInfo(canonical)) {
        const QString owner = info->metadata.value(u"project"_s).toString();
        // Release names are tags: a journal shared by two projects must not mix their releases.
        if (!owner.isEmpty() && owner.contains(u'/') &&
            owner.compare(project.repository().toString(), Qt::CaseInsensitive) != 0) {
            return fail(u"release %1 in %2 belongs to %3, not %4"_s.arg(canonical, journal.databasePath(), owner,
                                                                        project.repository().toString()),
                        u"Use the project's own journal (leave out --journal)."_s);
        }
    }
    std::unique_ptr<Release> release(
        new Release(project, journal, canonical, *project.playbook().tagSpelling.versionFromTag(canonical)));
    if (access == Access::Drive) {
        release->m_lock = journal.lockRelease(canonical, &why);
        if (!release->m_lock) {
            return fail(why, u"Nothing was done; try again when the other one is finished."_s);
        }
    }
    return release;
}

Release::Release(const Project &project, Journal &journal, QString tag, Pep440Version version)
    : m_project(project)
    , m_journal(journal)
    , m_tag(std::move(tag))
    , m_version(std::move(version))
{
}

Release::~Release() = default;

const Project &Release::project() const
{
    return m_project;
}

Journal &Release::journal() const
{
    return m_journal;
}

QString Release::tag() const
{
    return m_tag;
}

Pep440Version Release::version() const
{
    return m_version;
}

bool Release::isPrerelease() const
{
    return m_version.isPrerelease();
}

bool Release::isDriving() const
{
    return m_lock != nullptr;
}

StepVerdict Release::verdict(ReleaseStep step) const
{
    return StepPolicy::verdict(m_journal, m_tag, step);
}

std::optional<ReleaseStep> Release::nextStep() const
{
    for (ReleaseStep step : allReleaseSteps()) {
        if (verdict(step).state != StepState::Done) {
            return step;
        }
    }
    return std::nullopt;
}

bool Release::recordStepState(ReleaseStep step, StepState state, const QString &note, QString *error)
{
    return m_journal.setStepState(m_tag, step, state, note, error);
}

QJsonObject Release::statusJson() const
{
    QJsonArray steps;
    for (ReleaseStep step : allReleaseSteps()) {
        const StepVerdict stepVerdict = verdict(step);
        QJsonArray unresolved;
        for (const JournalEffect &effect : stepVerdict.unresolved) {
            unresolved.append(effectJson(effect));
        }
        QJsonArray failed;
        for (const JournalEffect &effect : stepVerdict.failed) {
            failed.append(effectJson(effect));
        }
        steps.append(QJsonObject{{u"step"_s, stepKey(step)},
                                 {u"number"_s, int(step) + 1},
                                 {u"state"_s, stateKey(stepVerdict.state)},
                                 {u"reason"_s, stepVerdict.reason},
                                 {u"unresolved"_s, unresolved},
                                 {u"failed"_s, failed}});
    }
    const std::optional<ReleaseStep> next = nextStep();
    return {{u"release"_s, m_tag},
            {u"project"_s, m_project.repository().toString()},
            {u"prerelease"_s, isPrerelease()},
            {u"steps"_s, steps},
            {u"next"_s, next ? QJsonValue(stepKey(*next)) : QJsonValue()},
            {u"complete"_s, !next.has_value()}};
}

QJsonObject effectJson(const JournalEffect &effect)
{
    QJsonObject json{{u"id"_s, effect.id},
                     {u"step"_s, effect.step},
                     {u"action"_s, effect.action},
                     {u"key"_s, effect.key},
                     {u"outcome"_s, outcomeKey(effect.outcome)},
                     {u"intendedAt"_s, effect.intendedAt.toString(Qt::ISODate)}};
    if (effect.finishedAt.isValid()) {
        json.insert(u"finishedAt"_s, effect.finishedAt.toString(Qt::ISODate));
    }
    if (!effect.error.isEmpty()) {
        json.insert(u"error"_s, effect.error);
    }
    return json;
}

} // namespace ra::release
