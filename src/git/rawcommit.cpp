// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/rawcommit.h"

#include "git/pullrequests.h"

#include <QTimeZone>
#include <QVarLengthArray>

#include <cstring>
#include <limits>

namespace ra::git {

namespace {

// libgit2's git__isspace() and git__isspace_nonlf().
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isSpaceNotNewline(char c)
{
    return c != '\n' && isSpace(c);
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isSpace(text.front())) {
        text = text.sliced(1);
    }
    while (!text.isEmpty() && isSpace(text.back())) {
        text.chop(1);
    }
    return text;
}

/// The leading decimal number of \a text, with an optional sign, as libgit2's git__strntol64() reads it; the
/// text after it in \a rest. False when \a text does not start with a digit.
bool leadingNumber(QByteArrayView text, qint64 *value, QByteArrayView *rest)
{
    qsizetype at = 0;
    while (at < text.size() && isSpace(text[at])) {
        ++at;
    }
    bool negative = false;
    if (at < text.size() && (text[at] == '-' || text[at] == '+')) {
        negative = text[at] == '-';
        ++at;
    }
    const qsizetype first = at;
    qint64 number = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
        if (number > (std::numeric_limits<qint64>::max() - 9) / 10) {
            return false; // libgit2 refuses an overflowing number
        }
        number = number * 10 + (text[at] - '0');
        ++at;
    }
    if (at == first) {
        return false;
    }
    *value = negative ? -number : number;
    *rest = text.sliced(at);
    return true;
}

/// Whether the line break at \a newline ends the first paragraph: the message ends, or the next line is empty
/// or holds only blanks.
bool endsParagraph(QByteArrayView message, qsizetype newline)
{
    qsizetype next = newline + 1;
    while (next < message.size() && isSpaceNotNewline(message[next])) {
        ++next;
    }
    return next == message.size() || message[next] == '\n';
}

/// git_commit_summary(): the first paragraph, its line breaks (and the blanks around them) folded into one space,
/// other runs of blanks kept, blanks at its end dropped.
QString summaryOf(QByteArrayView message)
{
    // Mostly the first paragraph is one line: then it is the summary, but for its trailing blanks.
    const qsizetype newline = message.indexOf('\n');
    if (newline < 0 || endsParagraph(message, newline)) {
        QByteArrayView line = newline < 0 ? message : message.first(newline);
        while (!line.isEmpty() && isSpace(line.back())) {
            line.chop(1);
        }
        return QString::fromUtf8(line);
    }
    QVarLengthArray<char, 256> summary;
    const char *space = nullptr;
    bool spaceHasNewline = false;
    const char *end = message.data() + message.size();
    for (const char *at = message.data(); at < end; ++at) {
        const char c = *at;
        if (c == '\n' && endsParagraph(message, at - message.data())) {
            break;
        }
        if (isSpace(c)) {
            if (!space) {
                space = at;
                spaceHasNewline = false;
            }
            spaceHasNewline = spaceHasNewline || c == '\n';
            continue;
        }
        if (space) {
            if (spaceHasNewline) {
                summary.append(' ');
            } else {
                summary.append(space, at - space);
            }
            space = nullptr;
        }
        summary.append(c);
    }
    return QString::fromUtf8(summary.constData(), summary.size());
}

/// git_commit_body(): what follows the first blank line (or the end of the first line when the message ends
/// there), without the blanks around it.
QString bodyOf(QByteArrayView message)
{
    qsizetype at = message.indexOf("\n\n");
    if (at < 0) {
        at = message.endsWith('\n') ? message.size() - 1 : message.size();
    }
    const QByteArrayView body = trimmed(message.sliced(at));
    return body.isEmpty() ? QString() : QString::fromUtf8(body);
}

} // namespace

Commit RawCommitReader::read(QLatin1StringView sha, QByteArrayView raw)
{
    // libgit2 reads the object as a C string: nothing after a NUL byte exists for it.
    if (const void *nul = std::memchr(raw.data(), '\0', size_t(raw.size()))) {
        raw.truncate(static_cast<const char *>(nul) - raw.data());
    }
    Commit commit;
    commit.sha = sha;
    QByteArrayView rest = raw;
    bool authorSeen = false;
    // The headers, up to the blank line before the message. Continuation lines (a signature's) start with a
    // blank and are skipped with the header they continue.
    while (!rest.isEmpty() && rest.front() != '\n') {
        const qsizetype newline = rest.indexOf('\n');
        const QByteArrayView line = newline < 0 ? rest : rest.first(newline);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
        if (line.startsWith("parent ")) {
            commit.parents.append(QString::fromLatin1(trimmed(line.sliced(7))));
        } else if (!authorSeen && line.startsWith("author ")) {
            authorSeen = true;
            // As git_signature__parse(): the e-mail between the last '<' and the last '>'.
            const QByteArrayView signature = line.sliced(7);
            const qsizetype open = signature.lastIndexOf('<');
            const qsizetype close = signature.lastIndexOf('>');
            if (open < 0 || close <= open) {
                continue;
            }
            commit.authorName = shared(m_names, trimmed(signature.first(open)));
            commit.authorEmail = shared(m_emails, trimmed(signature.sliced(open + 1, close - open - 1)));
            qint64 time = 0;
            QByteArrayView zone;
            if (close + 2 >= signature.size() || !leadingNumber(signature.sliced(close + 2), &time, &zone)) {
                continue;
            }
            int offsetMinutes = 0;
            qint64 offset = 0;
            QByteArrayView unused;
            if (zone.size() > 1 && (zone[1] == '+' || zone[1] == '-') &&
                leadingNumber(zone.sliced(2), &offset, &unused)) {
                const qint64 hours = offset / 100;
                const qint64 minutes = offset % 100;
                if (hours <= 14 && minutes <= 59) {
                    offsetMinutes = int(hours * 60 + minutes) * (zone[1] == '-' ? -1 : 1);
                }
            }
            commit.authoredAt =
                QDateTime::fromSecsSinceEpoch(time, QTimeZone::fromSecondsAheadOfUtc(offsetMinutes * 60));
        }
    }
    if (!rest.isEmpty()) {
        rest = rest.sliced(1); // the blank line
    }
    // git_commit_message() skips the message's leading line breaks.
    while (!rest.isEmpty() && rest.front() == '\n') {
        rest = rest.sliced(1);
    }
    commit.subject = summaryOf(rest);
    commit.body = bodyOf(rest);
    commit.pullRequests = pullRequestNumbers(commit.subject);
    return commit;
}

QString RawCommitReader::shared(QHash<QByteArray, QString> &strings, QByteArrayView bytes)
{
    const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
    const auto found = strings.constFind(key);
    if (found != strings.constEnd()) {
        return *found;
    }
    const QString text = QString::fromUtf8(bytes);
    strings.insert(bytes.toByteArray(), text);
    return text;
}

} // namespace ra::git
