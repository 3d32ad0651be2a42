// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcapture.h"

#include <QMutex>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

QMutex mutex;
QStringList messages;
QtMessageHandler previous = nullptr;

QString typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"critical"_s;
    case QtFatalMsg:
        break;
    }
    return u"fatal"_s;
}

} // namespace

LogCapture::LogCapture()
{
    m_previous = qInstallMessageHandler(&LogCapture::handle);
    previous = m_previous;
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    const QMutexLocker locker(&mutex);
    previous = nullptr;
    messages.clear();
}

QStringList LogCapture::take()
{
    const QMutexLocker locker(&mutex);
    return std::exchange(messages, {});
}

void LogCapture::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler forward = nullptr;
    {
        const QMutexLocker locker(&mutex);
        messages.append(u"%1 %2: %3"_s.arg(QString::fromUtf8(context.category ? context.category : "default"),
                                           typeName(type), message));
        forward = type == QtDebugMsg || type == QtInfoMsg ? nullptr : previous;
    }
    if (forward) {
        forward(type, context, message);
    }
}

} // namespace ra::test
