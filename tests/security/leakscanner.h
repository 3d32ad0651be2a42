// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretcanaries.h"

#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QObject;

namespace ra::test {

struct HttpRequest;

/**
 * Searches whatever a command or a controller left behind for the canary secrets in every form
 * needlesOf() gives, and remembers each hit with where it was found and the bytes around it.
 */
class LeakScanner
{
public:
    explicit LeakScanner(const QList<Canary> &all = canaries());

    void scanBytes(const QString &where, const QByteArray &bytes);
    void scanText(const QString &where, const QString &text);
    /// Every regular file under \a directory (hidden ones, SQLite's -wal and -shm files included), as bytes.
    /// Returns how many files were read.
    int scanTree(const QString &directory);
    /// Every release journal (a file named journal.sqlite) under \a directory, through the Journal API:
    /// release metadata, each effect's action, key, intent, result and error, step notes and release values.
    /// Returns how many journals were read; a journal that cannot be opened is a hit of its own.
    int scanJournals(const QString &directory);
    /// Every property of \a object, as the page would show it.
    void scanObject(const QString &where, const QObject &object);
    /// Every role of every row of \a model.
    void scanModel(const QString &where, const QAbstractItemModel &model);
    /// The canaries a protocol itself puts in a request's URL or body (the bot token in a Telegram URL).
    using Allowance = std::function<QStringList(const HttpRequest &request)>;
    /// The URL and body of each request a twin received, but for what \a allowed allows. Headers are not
    /// read: credentials belong there.
    void scanRequests(const QString &where, const QList<HttpRequest> &requests, const Allowance &allowed = {});

    /// One line per hit: the canary, its form, where, and the text around it.
    [[nodiscard]] QStringList hits() const;
    /// The hits of \a canary only.
    [[nodiscard]] QStringList hitsOf(const QString &canary) const;
    void clear();

private:
    void scanJournal(const QString &path);
    void scanBytesExcept(const QString &where, const QByteArray &bytes, const QStringList &allowed);

    QList<Needle> m_needles;
    QStringList m_hits;
};

} // namespace ra::test
