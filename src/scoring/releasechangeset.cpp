// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/releasechangeset.h"

#include "scoring/prereleaserule.h"
#include "scoring/tableformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::scoring {

QString sqlQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

namespace {

QString describeTime(const std::optional<QDateTime> &time)
{
    return time ? formatTimestamp(*time) : u"null"_s;
}

QJsonValue timeToJson(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(formatTimestamp(*time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<ReleaseChangeSet> ReleaseChangeSet::plan(const VersionTable &table, const ReleaseRequest &request,
                                                       QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<ReleaseChangeSet> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    if (request.software.isEmpty() || request.name.isEmpty()) {
        return fail(u"Name the software and the version to list."_s);
    }
    if (!request.releasedOn.isValid()) {
        return fail(
            u"The release time is missing; use the instant the release becomes installable (its publish time)."_s);
    }
    bool prerelease = false;
    if (request.prerelease) {
        prerelease = *request.prerelease;
    } else if (const std::optional<bool> fromVersion = isPrereleaseVersion(request.name)) {
        prerelease = *fromVersion;
    } else {
        return fail(
            u"'%1' is not a PEP 440 version, so whether it is a pre-release cannot be told; say so explicitly."_s.arg(
                request.name));
    }

    ReleaseChangeSet changes;
    const SoftwareVersion row{request.software, request.name, request.releasedOn.toUTC(), std::nullopt, prerelease};
    changes.m_insertion = row;
    const auto retire = [&](const SoftwareVersion &current) {
        changes.m_retirements.append({current.software, current.name, current.replacedOn, row.releasedOn});
    };
    const qsizetype existing = table.indexOf(row.software, row.name);
    const qsizetype current = table.currentIndex(row.software, prerelease);
    if (current >= 0 && current != existing) {
        const SoftwareVersion &previous = table.rows().at(current);
        if (previous.releasedOn >= row.releasedOn) {
            return fail(
                u"%1 %2 was released at %3, not before %4; a release time must come after the current one's."_s.arg(
                    previous.software, previous.name, formatTimestamp(previous.releasedOn),
                    formatTimestamp(row.releasedOn)));
        }
        retire(previous);
    }
    if (!prerelease && request.retireOpenPrereleases) {
        for (const SoftwareVersion &open : table.rows()) {
            if (open.software == row.software && open.prerelease && !open.replacedOn &&
                open.releasedOn < row.releasedOn) {
                retire(open);
            }
        }
    }
    if (existing >= 0) {
        const SoftwareVersion &listed = table.rows().at(existing);
        if (listed.releasedOn != row.releasedOn || listed.prerelease != row.prerelease) {
            return fail(
                u"%1 %2 is already listed (released_on %3); the table allows one row per version. Edit that row instead."_s
                    .arg(row.software, row.name, formatTimestamp(table.rows().at(existing).releasedOn)));
        }
        // Already listed as asked: nothing to do, nothing to warn about.
        return ReleaseChangeSet();
    }

    changes.m_warnings.append(
        u"Nodes that upgrade to %1 before %2 are scored 'other' (invalid): released_on must be no later than the moment the release becomes installable."_s
            .arg(row.name, formatTimestamp(row.releasedOn)));
    for (const Retirement &retirement : std::as_const(changes.m_retirements)) {
        changes.m_warnings.append(u"%1 becomes 'outdated' at %2 and 'obsolete' at %3."_s.arg(
            retirement.name, formatTimestamp(retirement.after),
            formatTimestamp(retirement.after.addDuration(table.gracePeriod()))));
    }
    if (!prerelease && !request.retireOpenPrereleases) {
        for (const SoftwareVersion &open : table.rows()) {
            if (open.software == row.software && open.prerelease && !open.replacedOn) {
                changes.m_warnings.append(
                    u"Pre-release %1 stays 'prerelease' (valid) indefinitely; retire open pre-releases to give its nodes the usual grace period instead."_s
                        .arg(open.name));
            }
        }
    }
    return changes;
}

const std::optional<SoftwareVersion> &ReleaseChangeSet::insertion() const
{
    return m_insertion;
}

const QList<Retirement> &ReleaseChangeSet::retirements() const
{
    return m_retirements;
}

const QStringList &ReleaseChangeSet::warnings() const
{
    return m_warnings;
}

bool ReleaseChangeSet::isEmpty() const
{
    return !m_insertion && m_retirements.isEmpty();
}

QString ReleaseChangeSet::diff() const
{
    QStringList lines;
    if (m_insertion) {
        lines.append(u"+ %1 %2 released_on=%3 replaced_on=%4 prerelease=%5"_s.arg(
            m_insertion->software, m_insertion->name, formatTimestamp(m_insertion->releasedOn),
            describeTime(m_insertion->replacedOn), m_insertion->prerelease ? u"true"_s : u"false"_s));
    }
    for (const Retirement &retirement : m_retirements) {
        lines.append(u"~ %1 %2 replaced_on: %3 -> %4"_s.arg(
            retirement.software, retirement.name, describeTime(retirement.before), formatTimestamp(retirement.after)));
    }
    return lines.join(u'\n');
}

QString ReleaseChangeSet::sql() const
{
    QStringList statements;
    statements.append(u"BEGIN;"_s);
    for (const Retirement &retirement : m_retirements) {
        statements.append(
            u"UPDATE software_versions SET replaced_on = %1 WHERE software = %2 AND name = %3 AND replaced_on IS %4;"_s
                .arg(sqlQuote(formatTimestamp(retirement.after)), sqlQuote(retirement.software),
                     sqlQuote(retirement.name),
                     retirement.before ? u"NOT DISTINCT FROM "_s + sqlQuote(formatTimestamp(*retirement.before))
                                       : u"NULL"_s));
    }
    if (m_insertion) {
        statements.append(sqlInsertStatement(*m_insertion));
    }
    statements.append(u"COMMIT;"_s);
    return statements.join(u'\n') + u'\n';
}

ReleaseChangeSet::State ReleaseChangeSet::stateIn(const QList<SoftwareVersion> &rows, QString *reason) const
{
    const VersionTable table(rows);
    const auto conflict = [&](const QString &why) {
        if (reason) {
            *reason = why;
        }
        return State::Conflict;
    };
    bool anyDone = false;
    bool anyPending = false;
    if (m_insertion) {
        const qsizetype index = table.indexOf(m_insertion->software, m_insertion->name);
        if (index < 0) {
            anyPending = true;
        } else if (rows.at(index).releasedOn == m_insertion->releasedOn &&
                   rows.at(index).prerelease == m_insertion->prerelease) {
            anyDone = true;
        } else {
            return conflict(
                u"%1 %2 is already listed with other values."_s.arg(m_insertion->software, m_insertion->name));
        }
    }
    for (const Retirement &retirement : m_retirements) {
        const qsizetype index = table.indexOf(retirement.software, retirement.name);
        if (index < 0) {
            return conflict(u"%1 %2 is no longer in the table."_s.arg(retirement.software, retirement.name));
        }
        const std::optional<QDateTime> &now = rows.at(index).replacedOn;
        if (now == retirement.after) {
            anyDone = true;
        } else if (now == retirement.before) {
            anyPending = true;
        } else {
            return conflict(u"replaced_on of %1 %2 is now %3, not %4."_s.arg(
                retirement.software, retirement.name, describeTime(now), describeTime(retirement.before)));
        }
    }
    if (anyDone && anyPending) {
        return conflict(u"The change set is only partly in the table."_s);
    }
    return anyPending ? State::NotApplied : State::Applied;
}

ReleaseChangeSet ReleaseChangeSet::releasedAt(const QDateTime &when) const
{
    ReleaseChangeSet moved = *this;
    if (moved.m_insertion) {
        moved.m_insertion->releasedOn = when;
    }
    for (Retirement &retirement : moved.m_retirements) {
        retirement.after = when;
    }
    return moved;
}

bool ReleaseChangeSet::applyTo(VersionTable &table, QString *error) const
{
    switch (stateIn(table.rows(), error)) {
    case State::Applied:
        return true;
    case State::Conflict:
        return false;
    case State::NotApplied:
        break;
    }
    for (const Retirement &retirement : m_retirements) {
        table.rows()[table.indexOf(retirement.software, retirement.name)].replacedOn = retirement.after;
    }
    if (m_insertion) {
        table.rows().append(*m_insertion);
    }
    return true;
}

QJsonObject ReleaseChangeSet::toJson() const
{
    QJsonArray retirements;
    for (const Retirement &retirement : m_retirements) {
        retirements.append(QJsonObject{{u"software"_s, retirement.software},
                                       {u"name"_s, retirement.name},
                                       {u"before"_s, timeToJson(retirement.before)},
                                       {u"after"_s, formatTimestamp(retirement.after)}});
    }
    QJsonObject json{{u"retirements"_s, retirements}, {u"warnings"_s, QJsonArray::fromStringList(m_warnings)}};
    json.insert(u"insert"_s, m_insertion ? QJsonValue(rowToJson(*m_insertion)) : QJsonValue(QJsonValue::Null));
    return json;
}

std::optional<ReleaseChangeSet> ReleaseChangeSet::fromJson(const QJsonObject &json, QString *error)
{
    ReleaseChangeSet changes;
    const QJsonValue insert = json.value(u"insert"_s);
    if (insert.isObject()) {
        std::optional<SoftwareVersion> row = rowFromJson(insert.toObject(), error);
        if (!row) {
            return std::nullopt;
        }
        changes.m_insertion = std::move(row);
    }
    const QJsonArray retirements = json.value(u"retirements"_s).toArray();
    for (const QJsonValue &value : retirements) {
        const QJsonObject object = value.toObject();
        Retirement retirement{
            object.value(u"software"_s).toString(), object.value(u"name"_s).toString(), std::nullopt, {}};
        if (!object.value(u"before"_s).isNull()) {
            retirement.before = parseTimestamp(object.value(u"before"_s).toString(), false, error);
            if (!retirement.before->isValid()) {
                return std::nullopt;
            }
        }
        retirement.after = parseTimestamp(object.value(u"after"_s).toString(), false, error);
        if (!retirement.after.isValid() || retirement.software.isEmpty() || retirement.name.isEmpty()) {
            if (error && retirement.after.isValid()) {
                *error = u"A retirement in the change set names no software or version."_s;
            }
            return std::nullopt;
        }
        changes.m_retirements.append(retirement);
    }
    const QJsonArray warnings = json.value(u"warnings"_s).toArray();
    for (const QJsonValue &value : warnings) {
        changes.m_warnings.append(value.toString());
    }
    return changes;
}

} // namespace ra::scoring
