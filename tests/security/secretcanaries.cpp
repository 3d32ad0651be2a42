// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretcanaries.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

/// "%3A" and "%3a" are the same byte to every URL parser.
QByteArray lowerHex(QByteArray encoded)
{
    for (qsizetype i = 0; i + 2 < encoded.size(); ++i) {
        if (encoded.at(i) == '%') {
            encoded[i + 1] = char(QChar::toLower(uchar(encoded.at(i + 1))));
            encoded[i + 2] = char(QChar::toLower(uchar(encoded.at(i + 2))));
        }
    }
    return encoded;
}

/// The base64 characters that depend on \a secret alone when it starts \a offset bytes into a group of three:
/// what appears in any base64 text holding it ("Basic " + base64("x-access-token:" + token), say).
QByteArray base64Core(const QByteArray &secret, int offset, QByteArray::Base64Options options)
{
    const QByteArray encoded = (QByteArray(offset, '\0') + secret).toBase64(options);
    const qsizetype firstGroup = offset > 0 ? 1 : 0;
    const qsizetype lastGroup = (offset + secret.size()) / 3 - 1;
    if (lastGroup < firstGroup) {
        return {};
    }
    return encoded.mid(4 * firstGroup, 4 * (lastGroup - firstGroup + 1));
}

} // namespace

QList<Canary> canaries()
{
    return {
        {u"github-token"_s, canary::githubToken},
        {u"git-token"_s, canary::gitToken},
        {u"github-device-token"_s, canary::deviceToken},
        {u"telegram-bot-token"_s, canary::telegramBotToken},
        {u"x-consumer-key"_s, canary::xConsumerKey},
        {u"x-consumer-secret"_s, canary::xConsumerSecret},
        {u"x-access-token"_s, canary::xAccessToken},
        {u"x-access-token-secret"_s, canary::xAccessTokenSecret},
        {u"mastodon-token"_s, canary::mastodonToken},
        {u"bluesky-app-password"_s, canary::blueskyAppPassword},
        {u"discord-webhook-token"_s, canary::discordWebhookToken},
        {u"scoring-db-password"_s, canary::scoringPassword},
        {u"ssh-passphrase"_s, canary::sshPassphrase},
    };
}

QList<Needle> needlesOf(const QList<Canary> &all)
{
    QList<Needle> needles;
    for (const Canary &c : all) {
        QSet<QByteArray> seen;
        const auto add = [&](const QString &form, const QByteArray &bytes) {
            if (bytes.size() >= 8 && !seen.contains(bytes)) {
                seen.insert(bytes);
                needles.append({c.name, form, bytes});
            }
        };
        const QByteArray raw = c.secret.toUtf8();
        add(u"raw"_s, raw);
        const QByteArray encoded = QUrl::toPercentEncoding(c.secret);
        const QByteArray inQuery = QUrl::toPercentEncoding(c.secret, "!$'()*,;:@/?");
        const QByteArray inPath = QUrl::toPercentEncoding(c.secret, "!$&'()*+,;=:@/");
        QByteArray inForm = encoded;
        inForm.replace("%20", "+");
        for (const auto &[form, bytes] :
             {std::pair{u"percent-encoded"_s, encoded}, std::pair{u"percent-encoded (query)"_s, inQuery},
              std::pair{u"percent-encoded (path)"_s, inPath}, std::pair{u"form-encoded"_s, inForm}}) {
            add(form, bytes);
            add(form + u", lower-case hex"_s, lowerHex(bytes));
        }
        for (int offset = 0; offset < 3; ++offset) {
            add(u"base64 at offset %1"_s.arg(offset), base64Core(raw, offset, QByteArray::Base64Encoding));
            add(u"base64url at offset %1"_s.arg(offset), base64Core(raw, offset, QByteArray::Base64UrlEncoding));
        }
        // A secret cut short (a log line truncated, a masked display that shows too much) still leaks.
        if (raw.size() >= 24) {
            add(u"middle 16 characters"_s, raw.mid(raw.size() / 2 - 8, 16));
        }
    }
    return needles;
}

} // namespace ra::test
