// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/issue.h"

using namespace Qt::StringLiterals;

namespace ra::github {

IssueItem IssueItem::fromJson(const QJsonObject &o)
{
    IssueItem item;
    item.id = o.value(u"id"_s).toInteger();
    item.number = o.value(u"number"_s).toInt();
    item.title = o.value(u"title"_s).toString();
    item.body = o.value(u"body"_s).toString();
    item.htmlUrl = QUrl(o.value(u"html_url"_s).toString());
    item.comments = o.value(u"comments"_s).toInt();
    return item;
}

} // namespace ra::github
