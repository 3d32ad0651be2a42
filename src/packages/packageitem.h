// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ra::packages {

/// One expected package of step 5 and where it stands.
struct PackageItem {
    enum class State {
        Pending, ///< to download
        Downloading,
        Downloaded,
        Inspected, ///< control data read, version checked, sha256 computed
        Uploading,
        Uploaded,
        SkippedIdentical,
        Replaced,
        Verified, ///< release-on-tag pipeline: the draft's asset was checked
        Error,
    };

    QString name; ///< the expected asset name ("aleph-vm.debian-12.deb")
    State state = State::Pending;
    QString package;
    QString version;
    QString architecture;
    QString sha256;
    qint64 size = 0;
    qint64 done = 0; ///< bytes of the current transfer
    qint64 total = 0;
    QString localPath;
    QString error; ///< with State::Error: what failed, why, what to do

    [[nodiscard]] static QString stateKey(State state);
    [[nodiscard]] QJsonObject toJson() const;
    /// What toJson() wrote (an unknown state reads as Pending).
    [[nodiscard]] static PackageItem fromJson(const QJsonObject &object);
};

} // namespace ra::packages
