// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/releaselock.h"

#include <QLockFile>

namespace ra {

class ReleaseLock::Private
{
public:
    Private(QString releaseName, const QString &path)
        : release(std::move(releaseName))
        , file(path)
    {
    }

    QString release;
    QLockFile file;
};

} // namespace ra
