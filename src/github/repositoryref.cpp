// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/repositoryref.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ra::github {

std::optional<RepositoryRef> RepositoryRef::parse(const QString &text)
{
    static const QRegularExpression pattern(
        uR"re(^(?:https?://[^/]+/|git@[^:]+:)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/([A-Za-z0-9._-]+?)(?:\.git)?/?$)re"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch() || match.captured(2) == u"."_s || match.captured(2) == u".."_s) {
        return std::nullopt;
    }
    return RepositoryRef{match.captured(1), match.captured(2)};
}

QString RepositoryRef::toString() const
{
    return owner + u'/' + name;
}

QString RepositoryRef::apiPath() const
{
    return u"/repos/%1/%2"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(owner)),
                                 QString::fromUtf8(QUrl::toPercentEncoding(name)));
}

bool RepositoryRef::isValid() const
{
    return !owner.isEmpty() && !name.isEmpty();
}

} // namespace ra::github
