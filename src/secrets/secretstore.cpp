// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/secretstore.h"

namespace ra::secrets {

SecretStore::~SecretStore() = default;

} // namespace ra::secrets
