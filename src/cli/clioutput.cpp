// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ra::cli {

CliOutput::CliOutput(QTextStream &out, QTextStream &err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
{
}

bool CliOutput::json() const
{
    return m_json;
}

void CliOutput::setJson(bool json)
{
    m_json = json;
}

void CliOutput::line(const QString &text)
{
    if (!m_json) {
        m_out << text << '\n';
        m_out.flush();
    }
}

void CliOutput::result(const QJsonValue &value)
{
    if (!m_json) {
        return;
    }
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliOutput::error(ExitCode code, const QString &message, const QString &hint)
{
    if (m_json) {
        QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("exitCode"), int(code)}};
        if (!hint.isEmpty()) {
            error.insert(QStringLiteral("hint"), hint);
        }
        m_err << QString::fromUtf8(
                     QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact))
              << '\n';
    } else {
        m_err << "release-assistant-cli: error: " << message << '\n';
        if (!hint.isEmpty()) {
            m_err << "  " << hint << '\n';
        }
    }
    m_err.flush();
    return code;
}

void CliOutput::warning(const QString &message)
{
    m_err << "release-assistant-cli: warning: " << message << '\n';
    m_err.flush();
}

} // namespace ra::cli
