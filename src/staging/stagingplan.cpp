// SPDX-License-Identifier: GPL-3.0-or-later
#include "staging/stagingplan.h"

#include "core/playbook.h"

using namespace Qt::StringLiterals;

namespace ra::staging {

QList<NodeCheck> StagingPlan::defaultChecks()
{
    return {{u"/status/check/fastapi"_s, 200}, {u"/status/check/host"_s, 200}};
}

StagingPlan StagingPlan::alephVmDefaults()
{
    StagingPlan plan;
    plan.repository = {u"aleph-im"_s, u"aleph-vm"_s};
    plan.buildWorkflow = u"build-deb-package-and-integration-tests.yml"_s;
    plan.workflows = {plan.buildWorkflow, u"deploy-main-on-staging.yml"_s};
    plan.expectedArtifacts = {u"aleph-vm.debian-12.deb"_s, u"aleph-vm.debian-13.deb"_s, u"aleph-vm.ubuntu-22.04.deb"_s,
                              u"aleph-vm.ubuntu-24.04.deb"_s};
    plan.nodes = {{u"ovh"_s, QUrl(u"https://ovh.staging.aleph.sh"_s), defaultChecks()}};
    return plan;
}

StagingPlan StagingPlan::fromPlaybook(const Playbook &playbook)
{
    StagingPlan plan;
    if (const auto repo = github::RepositoryRef::parse(playbook.repository)) {
        plan.repository = *repo;
    }
    plan.buildWorkflow = playbook.buildWorkflow;
    plan.workflows = playbook.workflows;
    if (!plan.buildWorkflow.isEmpty() && !plan.workflows.contains(plan.buildWorkflow)) {
        plan.workflows.prepend(plan.buildWorkflow);
    }
    for (const StagingServer &server : playbook.stagingServers) {
        StagingNode node{server.name, QUrl(server.url), {}};
        for (const StagingCheck &check : server.checks) {
            node.checks.append({check.path, check.expectedStatus});
        }
        if (node.checks.isEmpty()) {
            node.checks = defaultChecks();
        }
        plan.nodes.append(node);
    }
    return plan;
}

} // namespace ra::staging
