// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/repositorypermissions.h"

using namespace Qt::StringLiterals;

namespace ra::github {

RepositoryPermissions RepositoryPermissions::fromRepositoryJson(const QJsonObject &repository)
{
    const QJsonObject levels = repository.value(u"permissions"_s).toObject();
    RepositoryPermissions permissions;
    permissions.known = !levels.isEmpty();
    // GitHub lists every level it grants, but an older server or a proxy may send only the highest one.
    permissions.admin = levels.value(u"admin"_s).toBool();
    permissions.maintain = levels.value(u"maintain"_s).toBool() || permissions.admin;
    permissions.push = levels.value(u"push"_s).toBool() || permissions.maintain;
    permissions.triage = levels.value(u"triage"_s).toBool() || permissions.push;
    permissions.pull = levels.value(u"pull"_s).toBool() || permissions.triage;
    return permissions;
}

net::Call *RepositoryPermissions::fetch(GitHubClient &client, const RepositoryRef &repo,
                                        Callback<RepositoryPermissions> callback)
{
    const net::Request request = client.apiRequest("GET", repo.apiPath());
    net::Call *call = client.http().send(request);
    QObject::connect(call, &net::Call::finished, &client,
                     [&client, callback = std::move(callback), method = request.method](const net::Response &response) {
                         Result<RepositoryPermissions> result;
                         result.error = response.error;
                         if (response.ok()) {
                             if (const auto object = response.jsonObject()) {
                                 result.value = fromRepositoryJson(*object);
                             } else {
                                 result.error = client.http().retryPolicy().classifyUnreadable(method, response,
                                                                                               u"a JSON object"_s);
                             }
                         }
                         callback(result);
                     });
    return call;
}

QString RepositoryPermissions::highest() const
{
    return admin      ? u"admin"_s
           : maintain ? u"maintain"_s
           : push     ? u"push"_s
           : triage   ? u"triage"_s
           : pull     ? u"pull"_s
                      : u"none"_s;
}

QJsonObject RepositoryPermissions::toJson() const
{
    return {{u"known"_s, known}, {u"admin"_s, admin},   {u"maintain"_s, maintain},
            {u"push"_s, push},   {u"triage"_s, triage}, {u"pull"_s, pull}};
}

} // namespace ra::github
