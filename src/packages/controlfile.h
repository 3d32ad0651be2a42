// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ra::packages {

/// The control data of a binary package (deb822, one paragraph): the fields in file order.
/// Field names compare case-insensitively, as in Debian policy §5.1.
class ControlFile
{
public:
    struct Field {
        QString name;
        /// Continuation lines joined with "\n", leading spaces removed, a lone "." kept as is.
        QString value;
    };

    /// Parses \a data (UTF-8). Returns std::nullopt with \a error saying which line is wrong.
    /// Requires Package, Version and Architecture, since an upload is checked against them.
    [[nodiscard]] static std::optional<ControlFile> parse(const QByteArray &data, QString *error = nullptr);

    [[nodiscard]] QList<Field> fields() const;
    /// The value of \a name, or a null QString when absent.
    [[nodiscard]] QString value(const QString &name) const;
    [[nodiscard]] QString package() const;
    [[nodiscard]] QString version() const;
    [[nodiscard]] QString architecture() const;

private:
    QList<Field> m_fields;
};

} // namespace ra::packages
