// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/releaselock.h"

#include "journal/releaselock_p.h"

namespace ra {

ReleaseLock::ReleaseLock(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

ReleaseLock::~ReleaseLock()
{
    d->file.unlock();
}

QString ReleaseLock::release() const
{
    return d->release;
}

QString ReleaseLock::lockFilePath() const
{
    return d->file.fileName();
}

} // namespace ra
