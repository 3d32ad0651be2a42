// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/softwareversion.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ra::scoring {

QString formatTimestamp(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? u"yyyy-MM-ddTHH:mm:ss'Z'"_s : u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QDateTime parseTimestamp(const QString &text, bool allowOffset, QString *error)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$)"_s);
    const auto fail = [&](const QString &why) {
        if (error) {
            *error = why;
        }
        return QDateTime();
    };
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return fail(u"'%1' is not an ISO 8601 time such as 2023-04-14T16:50:26Z"_s.arg(text));
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    QString fraction = match.captured(7);
    if (fraction.size() > 3) {
        if (fraction.mid(3).count(u'0') != fraction.size() - 3) {
            return fail(u"'%1' has sub-millisecond precision, which is not supported"_s.arg(text));
        }
        fraction.truncate(3);
    }
    const int msec = fraction.isEmpty() ? 0 : fraction.leftJustified(3, u'0').toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid()) {
        return fail(u"'%1' is not a valid date and time"_s.arg(text));
    }
    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (!zone.isEmpty() && zone.compare(u"Z"_s, Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 23 || minutes > 59) {
            return fail(u"'%1' has an invalid UTC offset"_s.arg(text));
        }
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }
    if (offsetSeconds != 0 && !allowOffset) {
        return fail(
            u"'%1' carries a UTC offset; the table stores UTC without a time zone, write it with Z"_s.arg(text));
    }
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(offsetSeconds)).toUTC();
}

} // namespace ra::scoring
