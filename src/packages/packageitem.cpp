// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/packageitem.h"

using namespace Qt::StringLiterals;

namespace ra::packages {

QString PackageItem::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Downloading:
        return u"downloading"_s;
    case State::Downloaded:
        return u"downloaded"_s;
    case State::Inspected:
        return u"inspected"_s;
    case State::Uploading:
        return u"uploading"_s;
    case State::Uploaded:
        return u"uploaded"_s;
    case State::SkippedIdentical:
        return u"skipped-identical"_s;
    case State::Replaced:
        return u"replaced"_s;
    case State::Verified:
        return u"verified"_s;
    case State::Error:
        return u"error"_s;
    }
    return {};
}

QJsonObject PackageItem::toJson() const
{
    QJsonObject object{{u"name"_s, name}, {u"state"_s, stateKey(state)}};
    if (!package.isEmpty()) {
        object.insert(u"package"_s, package);
        object.insert(u"version"_s, version);
        object.insert(u"architecture"_s, architecture);
        object.insert(u"sha256"_s, sha256);
        object.insert(u"size"_s, size);
    }
    if (!error.isEmpty()) {
        object.insert(u"error"_s, error);
    }
    return object;
}

PackageItem PackageItem::fromJson(const QJsonObject &object)
{
    PackageItem item;
    item.name = object.value(u"name"_s).toString();
    const QString state = object.value(u"state"_s).toString();
    for (int s = int(State::Pending); s <= int(State::Error); ++s) {
        if (stateKey(State(s)) == state) {
            item.state = State(s);
        }
    }
    item.package = object.value(u"package"_s).toString();
    item.version = object.value(u"version"_s).toString();
    item.architecture = object.value(u"architecture"_s).toString();
    item.sha256 = object.value(u"sha256"_s).toString();
    item.size = object.value(u"size"_s).toInteger();
    item.error = object.value(u"error"_s).toString();
    return item;
}

} // namespace ra::packages
