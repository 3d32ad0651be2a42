// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ra::sandbox {

/// What buildDemoDeb() packs: a package of \a package at \a version for \a distribution (its description says
/// which), holding one README.
struct DemoDebSpec {
    QString package;
    QString version;
    QString distribution;
};

/**
 * A real, small Debian package (deb(5): the ar archive of debian-binary, control.tar.gz and data.tar.gz) built
 * in memory, so the demo needs no dpkg-deb: the packages step inspects, checks and uploads it as it would a CI
 * build. Empty, with \a error saying why, when an archive could not be written.
 */
[[nodiscard]] QByteArray buildDemoDeb(const DemoDebSpec &spec, QString *error);

/// A zip holding \a content as \a fileName: a workflow artifact as GitHub serves it. Empty, with \a error, when
/// the zip could not be written.
[[nodiscard]] QByteArray zipArtifact(const QString &fileName, const QByteArray &content, QString *error);

} // namespace ra::sandbox
