// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ra::github {

/// An issue or an issue comment as created (number is 0 for a comment).
struct IssueItem {
    qint64 id = 0;
    int number = 0;
    QString title;
    QString body;
    QUrl htmlUrl;
    /// How many comments the issue has (0 for a comment): tells whether a cached comment list is complete.
    int comments = 0;

    [[nodiscard]] static IssueItem fromJson(const QJsonObject &object);
};

} // namespace ra::github
