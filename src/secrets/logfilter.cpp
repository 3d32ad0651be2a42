// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/logfilter.h"

#include "net/redactor.h"

#include <QtGlobal>

#include <atomic>
#include <cstdio>

namespace ra::secrets {

namespace {

std::atomic<QtMessageHandler> previousHandler{nullptr};
std::atomic<bool> installed{false};

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = net::Redactor::global().redact(message);
    if (QtMessageHandler previous = previousHandler.load()) {
        previous(type, context, clean);
    } else {
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, clean)));
    }
}

} // namespace

void installSecretLogFilter()
{
    if (installed.exchange(true)) {
        return;
    }
    previousHandler.store(qInstallMessageHandler(redactingHandler));
}

} // namespace ra::secrets
