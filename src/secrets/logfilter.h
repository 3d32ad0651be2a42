// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ra::secrets {

/// Installs a Qt message handler that passes every qDebug/qInfo/qWarning/qCritical message through the
/// process-wide net::Redactor (registered secrets, token shapes) before the previous handler prints it.
/// Idempotent; call once at start-up of the app and the CLI.
void installSecretLogFilter();

} // namespace ra::secrets
