// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/approvalmarker.h"

#include "review/reviewsubject.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ra::review {

namespace {

const QString Opening = u"<!-- release-assistant:approval "_s;
const QString Closing = u"-->"_s;

} // namespace

QString verdictKey(Verdict verdict)
{
    return verdict == Verdict::Approve ? u"approve"_s : u"changes"_s;
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    if (key == u"approve"_s) {
        return Verdict::Approve;
    }
    if (key == u"changes"_s) {
        return Verdict::Changes;
    }
    return std::nullopt;
}

QString ApprovalMarker::format() const
{
    return Opening +
           u"v1 release=%1 digest=%2 verdict=%3 "_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(release)), digest,
                                                        verdictKey(verdict)) +
           Closing;
}

std::optional<ApprovalMarker> ApprovalMarker::parse(const QString &commentBody)
{
    const qsizetype start = commentBody.indexOf(Opening);
    if (start < 0 || commentBody.indexOf(Opening, start + 1) >= 0) {
        return std::nullopt;
    }
    const qsizetype inner = start + Opening.size();
    const qsizetype end = commentBody.indexOf(Closing, inner);
    if (end < 0) {
        return std::nullopt;
    }
    static const QRegularExpression spaces(u"\\s+"_s);
    const QStringList tokens = commentBody.mid(inner, end - inner).split(spaces, Qt::SkipEmptyParts);
    if (tokens.value(0) != u"v1"_s) {
        return std::nullopt;
    }
    QHash<QString, QString> fields;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const qsizetype equals = tokens[i].indexOf(u'=');
        if (equals <= 0) {
            return std::nullopt;
        }
        const QString key = tokens[i].left(equals);
        if (fields.contains(key)) {
            return std::nullopt;
        }
        fields.insert(key, tokens[i].mid(equals + 1));
    }
    ApprovalMarker marker;
    marker.release = QUrl::fromPercentEncoding(fields.value(u"release"_s).toUtf8());
    marker.digest = fields.value(u"digest"_s);
    const auto verdict = verdictFromKey(fields.value(u"verdict"_s));
    if (marker.release.isEmpty() || !isDigest(marker.digest) || !verdict) {
        return std::nullopt;
    }
    marker.verdict = *verdict;
    return marker;
}

} // namespace ra::review
