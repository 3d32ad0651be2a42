// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ra::test {

/// A recognisable fake secret, shaped like the real one so that every redaction rule gets its chance.
struct Canary {
    QString name; ///< "github-token", "telegram-bot-token", ...
    QString secret;
};

/// One form a canary can take once it has left the program: as typed, percent-encoded in a URL or form, inside
/// base64 (an Authorization header, a data: URL) at any alignment, or cut short.
struct Needle {
    QString canary;
    QString form; ///< "raw", "percent-encoded (query)", "base64 at offset 1", "middle 16 characters", ...
    QByteArray bytes;
};

/**
 * The canary secrets of the leak scan, one per kind of secret the release assistant holds: GitHub tokens
 * (GITHUB_TOKEN, RA_GIT_TOKEN, a device-flow token), the Telegram bot token, the four X OAuth 1.0a
 * credentials, the Mastodon token, the Bluesky app password, the Discord webhook token, the scoring
 * database password and an SSH key passphrase.
 */
namespace canary {
inline const QString githubToken = QStringLiteral("ghp_4ic5ltrtfI5xi2fOIB6CSVRjVBtlJrJCHiPz");
inline const QString gitToken =
    QStringLiteral("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");
inline const QString deviceToken = QStringLiteral("gho_RXVQyajqEopTgbvnkNkjwY1SVM8nYYvQszVA");
inline const QString telegramBotToken = QStringLiteral("7318452690:AAHMyAnxcqPBQGY2-OxTSFej9ftmSi7hrhM");
inline const QString xConsumerKey = QStringLiteral("FBx7qIbkYHQb1jkugFLLLNn0J");
inline const QString xConsumerSecret = QStringLiteral("3ZsMGRajchFzHseMsWSJlGuBteuNFasENhFg4q1DR04PmEsGmT");
inline const QString xAccessToken = QStringLiteral("1491003322886574081-65R8SrDEAeae9Vnq7gu2x3QFdaLGEJ");
inline const QString xAccessTokenSecret = QStringLiteral("GUuMWGhuW0U76AWxQFOdNePKRY2RzYOemzhopsjCSlVbR");
inline const QString mastodonToken = QStringLiteral("Tl4wxEv4nW5lx_6uFVv08-SYjSTFobwjYgjrxb9M-Lo");
inline const QString blueskyAppPassword = QStringLiteral("o7uq-jvzu-myzs-u8jw");
inline const QString discordWebhookId = QStringLiteral("1180735460921836544");
inline const QString discordWebhookToken =
    QStringLiteral("KWIpiF_BaxmtQSWYgLLwhVjTwQ_2AzeKjxuVPQD4xy_TymlGCscHFaveEA-52B43cirm");
inline const QString scoringPassword = QStringLiteral("Sc0r!ng pw/2026+canary=Rk7@xQ&v");
inline const QString sshPassphrase = QStringLiteral("violet tractor 88 #canary ridge/harbor=Lq");
} // namespace canary

/// Every canary with its name.
[[nodiscard]] QList<Canary> canaries();

/// Every form of every canary in \a all worth searching for (duplicates removed).
[[nodiscard]] QList<Needle> needlesOf(const QList<Canary> &all);

} // namespace ra::test
