// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/trackingissue.h"

using namespace Qt::StringLiterals;

namespace ra::review {

QString TrackingIssue::title(const QString &tag, const QString &titleTemplate)
{
    QString title = titleTemplate.trimmed().isEmpty() ? u"Release {tag}"_s : titleTemplate.trimmed();
    return title.replace(u"{tag}"_s, tag);
}

QString TrackingIssue::body(const QString &tag, const QString &draftUrl)
{
    QString text = u"Tracking the release of `%1`.\n\n"_s.arg(tag);
    if (!draftUrl.isEmpty()) {
        text += u"Draft release: %1\n\n"_s.arg(draftUrl);
    }
    text += u"- [ ] 1. Packages tested on the staging servers\n"
            u"- [ ] 2. Git tag assigned\n"
            u"- [ ] 3. Release listed in the node scoring table\n"
            u"- [ ] 4. Draft release notes prepared\n"
            u"- [ ] 5. Packages attached to the draft\n"
            u"- [ ] 6. Notes reviewed and published\n"
            u"- [ ] 7. Release announced\n\n"
            u"Reviewers approve one exact revision of the notes, assets and version with Release Assistant "
            u"(`release-assistant-cli review approve --release %1`); its comments carry the digest they approve. "
            u"Any change to the draft needs a new approval."_s.arg(tag);
    return text;
}

} // namespace ra::review
