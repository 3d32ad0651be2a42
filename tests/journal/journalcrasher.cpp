// SPDX-License-Identifier: GPL-3.0-or-later
// A writer that the journal tests kill or crash at a chosen point:
//   journalcrasher <database> <release> begin-then-abort   begins an effect, then abort()s
//   journalcrasher <database> <release> begin-then-wait    begins an effect, says so, waits to be killed
//   journalcrasher <database> <release> write-loop         begins and finishes effects until killed
//   journalcrasher <database> <release> hold-lock          locks the release, says so, waits to be killed
// It reports on stdout, one line per event, flushed at once, so the test knows what was durable.
#include "journal/journal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void waitToBeKilled()
{
    for (;;) {
        QThread::sleep(std::chrono::seconds(1));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        say(u"usage: journalcrasher <database> <release> <mode>"_s);
        return 2;
    }
    const QString &release = args.at(2);
    const QString &mode = args.at(3);
    QString error;
    auto journal = ra::Journal::open(args.at(1), &error);
    if (!journal) {
        say(u"error "_s + error);
        return 1;
    }
    auto lock = journal->lockRelease(release, &error);
    if (!lock) {
        say(u"error "_s + error);
        return 1;
    }
    if (!journal->hasRelease(release) && !journal->createRelease(release, {{u"by"_s, u"crasher"_s}}, &error)) {
        say(u"error "_s + error);
        return 1;
    }
    if (mode == u"hold-lock") {
        say(u"locked"_s);
        waitToBeKilled();
    }
    if (mode == u"begin-then-abort" || mode == u"begin-then-wait") {
        const qint64 id =
            journal->beginEffect(release, u"tag"_s, u"create-tag"_s, release, {{u"commit"_s, u"6da21a3a"_s}}, &error);
        if (id == 0) {
            say(u"error "_s + error);
            return 1;
        }
        say(u"begun %1"_s.arg(id));
        if (mode == u"begin-then-abort") {
            std::abort();
        }
        waitToBeKilled();
    }
    if (mode == u"write-loop") {
        for (int i = 0;; ++i) {
            const QString key = u"asset-%1"_s.arg(i);
            const qint64 id = journal->beginEffect(release, u"packages"_s, u"upload-asset"_s, key,
                                                   {{u"name"_s, key}, {u"size"_s, i}}, &error);
            if (id == 0) {
                say(u"error "_s + error);
                return 1;
            }
            say(u"begun %1"_s.arg(id));
            if (!journal->finishEffect(id, ra::EffectOutcome::Succeeded, {{u"url"_s, key}}, {}, &error)) {
                say(u"error "_s + error);
                return 1;
            }
            say(u"finished %1"_s.arg(id));
        }
    }
    say(u"error unknown mode "_s + mode);
    return 2;
}
