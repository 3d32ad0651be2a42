// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/draftsync.h"

#include "notes/linediff.h"

#include <QCryptographicHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

QString normalised(const QString &text)
{
    return QString(text).replace(u"\r\n"_s, u"\n"_s);
}

} // namespace

QString syncHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(normalised(text).toUtf8(), QCryptographicHash::Sha256).toHex());
}

SyncAction decideSync(const QString &localText, const std::optional<QString> &remoteBody, const QString &lastSyncedHash)
{
    if (!remoteBody) {
        return SyncAction::Create;
    }
    const QString local = syncHash(localText);
    const QString remote = syncHash(*remoteBody);
    if (local == remote) {
        return SyncAction::UpToDate;
    }
    if (!lastSyncedHash.isEmpty() && remote == lastSyncedHash) {
        return SyncAction::Save;
    }
    if (!lastSyncedHash.isEmpty() && local == lastSyncedHash) {
        return SyncAction::Load;
    }
    // Both sides changed, or we never synced and they differ: only the maintainer can tell which text wins.
    return SyncAction::Conflict;
}

QString conflictText(const QString &localText, const QString &remoteBody)
{
    const QList<DiffLine> diff = diffLines(normalised(localText), normalised(remoteBody));
    QStringList out;
    QStringList ours;
    QStringList theirs;
    auto flush = [&] {
        if (ours.isEmpty() && theirs.isEmpty()) {
            return;
        }
        out.append(u"<<<<<<< your notes"_s);
        out.append(ours);
        out.append(u"======="_s);
        out.append(theirs);
        out.append(u">>>>>>> GitHub draft"_s);
        ours.clear();
        theirs.clear();
    };
    for (const DiffLine &line : diff) {
        switch (line.op) {
        case DiffLine::Op::Same:
            flush();
            out.append(line.text);
            break;
        case DiffLine::Op::Removed:
            ours.append(line.text);
            break;
        case DiffLine::Op::Added:
            theirs.append(line.text);
            break;
        }
    }
    flush();
    return out.join(u'\n');
}

} // namespace ra::notes
