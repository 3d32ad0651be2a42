// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewsubject.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::review {

namespace {

void appendField(QByteArray &out, const char *name, const QByteArray &value)
{
    out += name;
    out += ':';
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

} // namespace

QByteArray ReviewSubject::canonicalForm() const
{
    QList<ReviewedAsset> sorted = assets;
    std::ranges::sort(sorted,
                      [](const ReviewedAsset &a, const ReviewedAsset &b) { return a.name.toUtf8() < b.name.toUtf8(); });
    QString text = notes;
    text.replace(u"\r\n"_s, u"\n"_s);

    QByteArray out = "release-assistant approval subject v1\n";
    appendField(out, "tag", tag.toUtf8());
    appendField(out, "notes", text.toUtf8());
    appendField(out, "assets", QByteArray::number(sorted.size()));
    for (const ReviewedAsset &asset : std::as_const(sorted)) {
        appendField(out, "name", asset.name.toUtf8());
        appendField(out, "sha256", asset.sha256.toLower().toLatin1());
        appendField(out, "size", QByteArray::number(asset.size));
    }
    return out;
}

QString ReviewSubject::digest() const
{
    return u"sha256:"_s +
           QString::fromLatin1(QCryptographicHash::hash(canonicalForm(), QCryptographicHash::Sha256).toHex());
}

bool isDigest(const QString &text)
{
    static const QRegularExpression pattern(u"^sha256:[0-9a-f]{64}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace ra::review
