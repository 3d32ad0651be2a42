// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultmatrix.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

/// What an error must tell the user to do, by fault: an action, not only a description of the failure.
QRegularExpression whatToDo(Fault fault)
{
    static const QString transport =
        u"\\bcheck the (network|connection|address|url|server|remote)\\b|\\btry again\\b|\\bretry\\b|\\blater\\b|"
        "is the server running|\\breachable\\b|\\blook at the (channel|account|remote)\\b|\\bconfirm\\b"_s;
    QString pattern;
    switch (fault) {
    case Fault::None:
    case Fault::Down:
    case Fault::ServerError:
    case Fault::Reset:
    case Fault::Stall:
    case Fault::TruncatedBody:
        pattern = transport;
        break;
    case Fault::RateLimitedRetryAfter:
    case Fault::RateLimited:
    case Fault::SecondaryLimit:
        pattern = u"\\bwait\\b|\\bresets? at\\b|\\btry again (later|then|in|after)\\b|\\bretry after\\b"_s;
        break;
    case Fault::Unauthorized:
        pattern = u"\\bsign in\\b|\\brenew\\b|\\bstore a new\\b|\\bnew token\\b|GITHUB_TOKEN|"
                  "\\bcheck\\b[^.]*\\b(token|password|key|secret|credential)"_s;
        break;
    case Fault::Gone:
        pattern = u"\\bre-run\\b|\\bcheck (the|that|whether)\\b|\\bverify\\b"_s;
        break;
    case Fault::InvalidJson:
        pattern = u"\\bproxy\\b|\\bcaptive\\b|\\bportal\\b|\\bretry\\b|\\btry again\\b|\\breport (this|it)\\b|"
                  "\\blook at the (channel|account|remote)\\b|\\bconfirm\\b"_s;
        break;
    case Fault::HtmlBody:
    case Fault::RedirectElsewhere:
        pattern = u"\\bproxy\\b|\\bcaptive\\b|\\bportal\\b"_s;
        break;
    case Fault::RedirectLoop:
        pattern =
            u"redirect[^.]*\\..*\\b(try again|later|report|check)\\b|\\b(try again|later|report|check)\\b.*redirect"_s;
        break;
    }
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
}

/// Why \a outcome's error is not a clear one, or empty when it is.
QString unclearError(Fault fault, const CellOutcome &outcome)
{
    const QString message = outcome.message.trimmed();
    const QString both = message + u' ' + outcome.hint;
    if (message.isEmpty()) {
        return u"the error message is empty"_s;
    }
    if (message.size() < 12 || message.compare(u"error"_s, Qt::CaseInsensitive) == 0) {
        return u"the error message is bare: \"%1\""_s.arg(message);
    }
    for (const QString &secret : outcome.secrets) {
        if (!secret.isEmpty() && both.contains(secret)) {
            return u"a secret reached the error message"_s;
        }
    }
    const bool named = std::any_of(outcome.serviceNames.cbegin(), outcome.serviceNames.cend(),
                                   [&](const QString &name) { return message.contains(name, Qt::CaseInsensitive); });
    if (!named) {
        return u"the message names none of %1: \"%2\""_s.arg(outcome.serviceNames.join(u", "_s), message);
    }
    if (!whatToDo(fault).match(both).hasMatch()) {
        return u"the error does not say what to do about it: \"%1\" (hint: \"%2\")"_s.arg(message, outcome.hint);
    }
    return {};
}

QString journalProblem(const QList<JournalEffect> &effects)
{
    for (const JournalEffect &effect : effects) {
        if (effect.outcome == EffectOutcome::Pending) {
            return u"the journal effect %1 %2 was left pending"_s.arg(effect.action, effect.key);
        }
        if ((effect.outcome == EffectOutcome::Failed || effect.outcome == EffectOutcome::Uncertain) &&
            effect.error.trimmed().isEmpty()) {
            return u"the journal effect %1 %2 is %3 without a reason"_s.arg(effect.action, effect.key,
                                                                            outcomeKey(effect.outcome));
        }
    }
    return {};
}

bool waited(const CellOutcome &outcome, int seconds)
{
    return outcome.waits.contains(std::chrono::milliseconds(seconds * 1000));
}

QString cellText(CellStatus status)
{
    switch (status) {
    case CellStatus::Ok:
        return u"ok"_s;
    case CellStatus::RetryOk:
        return u"retry ok"_s;
    case CellStatus::ErrorOk:
        return u"error ok"_s;
    case CellStatus::NotApplicable:
        return u"n/a"_s;
    case CellStatus::Fail:
        return u"FAIL"_s;
    case CellStatus::KnownDefect:
        return u"xfail"_s;
    }
    return {};
}

} // namespace

QList<Fault> allFaults()
{
    return {Fault::None,
            Fault::Down,
            Fault::ServerError,
            Fault::Reset,
            Fault::Stall,
            Fault::TruncatedBody,
            Fault::RateLimitedRetryAfter,
            Fault::RateLimited,
            Fault::SecondaryLimit,
            Fault::Unauthorized,
            Fault::Gone,
            Fault::InvalidJson,
            Fault::HtmlBody,
            Fault::RedirectLoop,
            Fault::RedirectElsewhere};
}

QString faultLabel(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return u"no fault"_s;
    case Fault::Down:
        return u"down"_s;
    case Fault::ServerError:
        return u"5xx"_s;
    case Fault::Reset:
        return u"reset"_s;
    case Fault::Stall:
        return u"stall"_s;
    case Fault::TruncatedBody:
        return u"cut body"_s;
    case Fault::RateLimitedRetryAfter:
        return u"429+RA"_s;
    case Fault::RateLimited:
        return u"429"_s;
    case Fault::SecondaryLimit:
        return u"403 2nd"_s;
    case Fault::Unauthorized:
        return u"401"_s;
    case Fault::Gone:
        return u"404/410"_s;
    case Fault::InvalidJson:
        return u"bad JSON"_s;
    case Fault::HtmlBody:
        return u"HTML"_s;
    case Fault::RedirectLoop:
        return u"redir loop"_s;
    case Fault::RedirectElsewhere:
        return u"redir host"_s;
    }
    return {};
}

QString faultKey(Fault fault)
{
    return faultLabel(fault).replace(u' ', u'-').replace(u'/', u'-').replace(u'+', u'-');
}

bool isTransient(Fault fault)
{
    return fault == Fault::ServerError || fault == Fault::Reset || fault == Fault::TruncatedBody ||
           fault == Fault::RateLimitedRetryAfter || fault == Fault::SecondaryLimit;
}

CellVerdict judge(Fault fault, Expect expect, const CellOutcome &outcome)
{
    if (expect == Expect::NotApplicable) {
        return {CellStatus::NotApplicable, {}};
    }
    const auto fail = [](const QString &why) {
        return CellVerdict{CellStatus::Fail, why};
    };
    if (outcome.hung) {
        return fail(u"no answer within the deadline: the client has no timeout (%1)"_s.arg(outcome.observed));
    }
    if (!outcome.leak.isEmpty()) {
        return fail(outcome.leak);
    }
    if (const QString problem = journalProblem(outcome.effects); !problem.isEmpty()) {
        return fail(problem);
    }
    if (!outcome.halfDone.isEmpty()) {
        return fail(u"left half done: "_s + outcome.halfDone);
    }
    if (expect == Expect::Success) {
        return outcome.succeeded ? CellVerdict{CellStatus::Ok, {}}
                                 : fail(u"the client fails without any fault: %1"_s.arg(outcome.message));
    }
    if (outcome.succeeded) {
        if (!isTransient(fault)) {
            return fail(
                u"the fault was taken for a good answer: the client reported success (%1)"_s.arg(outcome.observed));
        }
        if (outcome.attempts < 2) {
            return fail(u"the client reported success without retrying (%1)"_s.arg(outcome.observed));
        }
        if (fault == Fault::RateLimitedRetryAfter && !waited(outcome, RetryAfterSeconds)) {
            return fail(u"the retry did not wait the %1 s Retry-After asked for"_s.arg(RetryAfterSeconds));
        }
        if (fault == Fault::SecondaryLimit && !waited(outcome, SecondaryRetryAfterSeconds)) {
            return fail(u"the retry did not wait the %1 s Retry-After asked for"_s.arg(SecondaryRetryAfterSeconds));
        }
        return {CellStatus::RetryOk, {}};
    }
    if (expect == Expect::Retry) {
        return fail(u"not retried to success (%1 attempts): %2 %3"_s.arg(outcome.attempts)
                        .arg(outcome.message, outcome.observed));
    }
    if (const QString why = unclearError(fault, outcome); !why.isEmpty()) {
        return fail(outcome.observed.isEmpty() ? why : u"%1 — %2"_s.arg(why, outcome.observed));
    }
    return {CellStatus::ErrorOk, {}};
}

void FaultMatrix::addClient(const QString &client)
{
    if (!m_clients.contains(client)) {
        m_clients.append(client);
    }
}

void FaultMatrix::record(const QString &client, Fault fault, CellStatus status, const QString &note)
{
    addClient(client);
    m_cells[{client, fault}] = {status, note};
}

QString FaultMatrix::table() const
{
    const QList<Fault> faults = allFaults();
    qsizetype first = 6;
    for (const QString &client : m_clients) {
        first = std::max(first, client.size());
    }
    constexpr qsizetype Width = 10;
    QString out = u"ok: works without the fault; retry ok: retried, then succeeded; error ok: a clear error; "
                  "xfail: a known defect (below); FAIL: the contract is broken\n\n"_s;
    QString header = u"client"_s.leftJustified(first + 2);
    for (Fault fault : faults) {
        header += faultLabel(fault).leftJustified(Width + 1);
    }
    out += header.trimmed() + u'\n';
    QStringList notes;
    for (const QString &client : m_clients) {
        QString line = client.leftJustified(first + 2);
        for (Fault fault : faults) {
            const auto it = m_cells.find({client, fault});
            const CellStatus status = it == m_cells.end() ? CellStatus::NotApplicable : it->second.status;
            line += cellText(status).leftJustified(Width + 1);
            if (it != m_cells.end() && !it->second.note.isEmpty()) {
                notes.append(u"%1 %2 × %3: %4"_s.arg(cellText(status), client, faultLabel(fault), it->second.note));
            }
        }
        out += line.trimmed() + u'\n';
    }
    if (!notes.isEmpty()) {
        out += u'\n' + notes.join(u'\n') + u'\n';
    }
    return out;
}

QStringList FaultMatrix::failures() const
{
    QStringList failed;
    for (const auto &[key, cell] : m_cells) {
        if (cell.status == CellStatus::Fail) {
            failed.append(u"%1 × %2"_s.arg(key.first, faultLabel(key.second)));
        }
    }
    return failed;
}

} // namespace ra::test
