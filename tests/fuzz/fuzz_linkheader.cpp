// SPDX-License-Identifier: GPL-3.0-or-later
// Link headers and error bodies come from the network: the Link parser, the redactor and GitHub's error
// classification must take anything without crashing, and redaction must never leave a registered secret.
#include "net/redactor.h"
#include "net/response.h"
#include "net/retrypolicy.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto links = ra::net::parseLinkHeader(input);
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (it.key().isEmpty()) {
            std::abort();
        }
    }
    static const QString secret = QStringLiteral("fuzz-secret-value");
    ra::net::Redactor::global().addSecret(secret);
    const QString text = QString::fromUtf8(input);
    if (ra::net::Redactor::global().redact(text + secret + text).contains(secret)) {
        std::abort();
    }
    ra::net::Response response;
    response.status = 403;
    response.body = input;
    response.headers.append({"retry-after", input.left(20)});
    const ra::net::Error error = ra::net::GitHubRetryPolicy().classify(response);
    if (error.kind == ra::net::ErrorKind::None) {
        std::abort();
    }
    return 0;
}
