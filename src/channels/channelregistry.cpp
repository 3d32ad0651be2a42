// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/channelregistry.h"

using namespace Qt::StringLiterals;

namespace ra::channels {

const ChannelRegistry &ChannelRegistry::builtin()
{
    static const ChannelRegistry registry = [] {
        ChannelRegistry r;
        registerBuiltinChannels(r);
        return r;
    }();
    return registry;
}

void ChannelRegistry::add(ChannelKind kind)
{
    m_kinds.append(std::move(kind));
}

const ChannelKind *ChannelRegistry::find(const QString &kind) const
{
    for (const ChannelKind &k : m_kinds) {
        if (k.kind == kind) {
            return &k;
        }
    }
    return nullptr;
}

QStringList ChannelRegistry::kinds() const
{
    QStringList names;
    for (const ChannelKind &k : m_kinds) {
        names.append(k.kind);
    }
    return names;
}

std::unique_ptr<Channel> ChannelRegistry::create(const ChannelConfig &config, const Credentials &credentials,
                                                 net::HttpClient &http, QString *error) const
{
    const ChannelKind *kind = find(config.kind);
    if (!kind) {
        if (error) {
            *error = u"Unknown channel kind '%1' (known: %2): fix the playbook's channel list."_s.arg(
                config.kind, kinds().join(u", "_s));
        }
        return nullptr;
    }
    QStringList missing;
    for (const QString &name : kind->credentialNames) {
        if (credentials.value(name).isEmpty()) {
            missing.append(name);
        }
    }
    if (!missing.isEmpty()) {
        if (error) {
            *error = u"The %1 channel '%2' has no %3 stored: add it in Settings (or with the CLI's secrets "
                     "command) first."_s.arg(kind->displayName, config.id, missing.join(u", "_s));
        }
        return nullptr;
    }
    ChannelConfig effective = config;
    if (effective.baseUrl.isEmpty()) {
        effective.baseUrl = kind->defaultBaseUrl;
    }
    return kind->create(effective, credentials, http);
}

} // namespace ra::channels
