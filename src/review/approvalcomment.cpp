// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/approvalcomment.h"

using namespace Qt::StringLiterals;

namespace ra::review {

namespace {

/// Text shown to people must never open a second marker, whatever a tag or a reason contains.
QString defused(QString text)
{
    return text.replace(u"<!--"_s, u"&lt;!--"_s);
}

} // namespace

QString ApprovalComment::compose(const ApprovalMarker &marker, const QString &reason, int assetCount)
{
    // The short digest lets people match the comment with what the app shows; the marker keeps the full one.
    const QString shortDigest = marker.digest.mid(7, 12);
    QString text;
    if (marker.verdict == Verdict::Approve) {
        text = u"✅ **Approved** release `%1`: these notes and %2 asset(s), digest `%3`.\n\n"
               u"Changing the notes, an asset or the version needs a new approval."_s.arg(defused(marker.release))
                   .arg(assetCount)
                   .arg(shortDigest);
    } else {
        text = u"✋ **Changes requested** for release `%1` (digest `%2`)."_s.arg(defused(marker.release), shortDigest);
        const QString why = reason.trimmed().left(MaxReasonLength);
        if (!why.isEmpty()) {
            QString quoted = defused(why);
            quoted.replace(u'\n', u"\n> "_s);
            text += u"\n\n> "_s + quoted;
        }
    }
    return text + u"\n\n"_s + marker.format() + u'\n';
}

} // namespace ra::review
