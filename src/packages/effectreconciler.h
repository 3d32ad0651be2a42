// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/release.h"
#include "packages/effectlog.h"

#include <QList>
#include <QString>

namespace ra::packages {

/**
 * Finishes the effects on one asset that earlier attempts left open — Pending (the process stopped between
 * the intent and the result) or Uncertain (the request failed on the wire or on the server) — from what the
 * release's asset list shows now. Without this, a re-run that ends with the right assets still leaves the
 * journal claiming that something may have happened (Journal::pendingEffects()).
 *
 * An open effect becomes Succeeded when the list shows its result (the uploaded asset with the intended
 * digest, the deleted asset gone, the renamed asset under its new name), else Failed; the result says
 * "reconciled": true either way.
 */
class EffectReconciler
{
public:
    explicit EffectReconciler(EffectLog &log);

    /// Finishes the open effects on \a name and its temporary names, \a assets being the list just fetched.
    /// Returns how many it finished.
    int reconcile(const QString &name, const QList<github::Asset> &assets);

private:
    EffectLog &m_log;
};

} // namespace ra::packages
