// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packages/controlfile.h"

#include <QString>

#include <optional>

namespace ra::packages {

/// What a .deb file says about itself: its control data, read from the ar archive's
/// control.tar{,.gz,.xz,.zst} member without unpacking the (large) data member.
class DebPackage
{
public:
    /// Reads \a path. Returns std::nullopt with \a error saying what is wrong with the file and what to do.
    /// The whole ar structure is checked, not only the control member: a member shorter than its header
    /// declares, a missing odd-size padding byte or a missing data.tar member (a download cut short) is refused
    /// with the member and the byte counts.
    [[nodiscard]] static std::optional<DebPackage> inspect(const QString &path, QString *error = nullptr);

    [[nodiscard]] QString path() const;
    [[nodiscard]] qint64 size() const;
    [[nodiscard]] QString package() const;
    [[nodiscard]] QString version() const;
    [[nodiscard]] QString architecture() const;
    [[nodiscard]] const ControlFile &control() const;
    /// The ar member the control data came from ("control.tar.zst").
    [[nodiscard]] QString controlMember() const;

private:
    QString m_path;
    qint64 m_size = 0;
    ControlFile m_control;
    QString m_controlMember;
};

} // namespace ra::packages
