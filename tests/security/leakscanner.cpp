// SPDX-License-Identifier: GPL-3.0-or-later
#include "leakscanner.h"

#include "journal/journal.h"
#include "testhttpserver.h"

#include <QAbstractItemModel>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaProperty>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

QByteArray jsonBytes(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

QByteArray variantBytes(const QVariant &value)
{
    return jsonBytes(QJsonValue::fromVariant(value));
}

/// The bytes around a hit, printable, so the report shows the line that leaked.
QString excerpt(const QByteArray &bytes, qsizetype at, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, at - 40);
    QByteArray shown = bytes.mid(from, at - from + length + 40);
    for (char &c : shown) {
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f) {
            c = '.';
        }
    }
    return QString::fromLatin1(shown);
}

/// The keys of \a release's values, which the Journal API reads one by one but does not list.
QStringList valueKeys(const QString &path, const QString &release)
{
    QStringList keys;
    const QString connection = u"leakscan-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT key FROM release_values WHERE release = ? ORDER BY key"_s);
            query.addBindValue(release);
            if (query.exec()) {
                while (query.next()) {
                    keys.append(query.value(0).toString());
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return keys;
}

} // namespace

LeakScanner::LeakScanner(const QList<Canary> &all)
    : m_needles(needlesOf(all))
{
}

void LeakScanner::scanBytes(const QString &where, const QByteArray &bytes)
{
    scanBytesExcept(where, bytes, {});
}

void LeakScanner::scanBytesExcept(const QString &where, const QByteArray &bytes, const QStringList &allowed)
{
    for (const Needle &needle : std::as_const(m_needles)) {
        if (allowed.contains(needle.canary)) {
            continue;
        }
        const qsizetype at = bytes.indexOf(needle.bytes);
        if (at >= 0) {
            m_hits.append(u"%1 (%2) in %3, at byte %4: …%5…"_s.arg(needle.canary, needle.form, where)
                              .arg(at)
                              .arg(excerpt(bytes, at, needle.bytes.size())));
        }
    }
}

void LeakScanner::scanText(const QString &where, const QString &text)
{
    scanBytes(where, text.toUtf8());
}

int LeakScanner::scanTree(const QString &directory)
{
    int files = 0;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_hits.append(u"%1 could not be read (%2): it was not scanned"_s.arg(path, file.errorString()));
            continue;
        }
        scanBytes(u"file "_s + path, file.readAll());
        ++files;
    }
    return files;
}

int LeakScanner::scanJournals(const QString &directory)
{
    int journals = 0;
    QDirIterator it(directory, {u"journal.sqlite"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        scanJournal(it.next());
        ++journals;
    }
    return journals;
}

void LeakScanner::scanJournal(const QString &path)
{
    QString error;
    const std::unique_ptr<Journal> journal = Journal::open(path, &error);
    if (!journal) {
        m_hits.append(u"journal %1 could not be opened (%2): it was not scanned"_s.arg(path, error));
        return;
    }
    const QString where = u"journal "_s + path;
    const QStringList releases = journal->releases();
    for (const QString &release : releases) {
        const QString inRelease = u"%1, release %2"_s.arg(where, release);
        scanText(inRelease + u", name"_s, release);
        if (const auto info = journal->releaseInfo(release)) {
            scanBytes(inRelease + u", metadata"_s, jsonBytes(info->metadata));
        }
        const QList<JournalEffect> effects = journal->effects(release);
        for (const JournalEffect &effect : effects) {
            const QString at = u"%1, effect %2 (%3 %4)"_s.arg(inRelease).arg(effect.id).arg(effect.step, effect.action);
            scanText(at + u", key"_s, effect.key);
            scanBytes(at + u", intent"_s, jsonBytes(effect.intent));
            scanBytes(at + u", result"_s, jsonBytes(effect.result));
            scanText(at + u", error"_s, effect.error);
        }
        const QList<ReleaseStep> steps = allReleaseSteps();
        for (const ReleaseStep step : steps) {
            scanText(u"%1, note of step %2"_s.arg(inRelease, stepKey(step)), journal->stepNote(release, step));
        }
        const QStringList keys = valueKeys(path, release);
        for (const QString &key : keys) {
            scanText(u"%1, value name %2"_s.arg(inRelease, key), key);
            scanBytes(u"%1, value %2"_s.arg(inRelease, key), jsonBytes(journal->value(release, key)));
        }
    }
}

void LeakScanner::scanObject(const QString &where, const QObject &object)
{
    const QMetaObject *meta = object.metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        scanBytes(u"%1.%2"_s.arg(where, QString::fromLatin1(property.name())), variantBytes(property.read(&object)));
    }
}

void LeakScanner::scanModel(const QString &where, const QAbstractItemModel &model)
{
    const QHash<int, QByteArray> roles = model.roleNames();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            scanBytes(u"%1 row %2 role %3"_s.arg(where).arg(row).arg(QString::fromLatin1(it.value())),
                      variantBytes(model.data(index, it.key())));
        }
    }
}

void LeakScanner::scanRequests(const QString &where, const QList<HttpRequest> &requests, const Allowance &allowance)
{
    for (const HttpRequest &request : requests) {
        const QStringList allowed = allowance ? allowance(request) : QStringList();
        const QString line = QString::fromLatin1(request.method) + u' ' + request.path + u'?' +
                             request.query.toString(QUrl::FullyDecoded);
        const QString at = u"%1, request %2 %3"_s.arg(where, QString::fromLatin1(request.method), request.path);
        scanBytesExcept(at + u" (URL)"_s, line.toUtf8() + ' ' + request.query.toString(QUrl::FullyEncoded).toUtf8(),
                        allowed);
        scanBytesExcept(at + u" (body)"_s, request.body, allowed);
    }
}

QStringList LeakScanner::hits() const
{
    return m_hits;
}

QStringList LeakScanner::hitsOf(const QString &canary) const
{
    QStringList found;
    for (const QString &hit : m_hits) {
        if (hit.startsWith(canary + u" ("_s)) {
            found.append(hit);
        }
    }
    return found;
}

void LeakScanner::clear()
{
    m_hits.clear();
}

} // namespace ra::test
