// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// The one badge that tells how something stands: a step, a check, a hazard, a package, a lint finding. Its
// colours are the theme's semantic ones (positive, neutral, negative, active), so it reads in light, dark
// and high-contrast schemes alike.
Rectangle {
    id: badge

    enum Severity {
        Neutral, // not started, unknown, a note
        Information, // in progress, checking
        Positive, // done, passed
        Warning, // needs a look
        Error // failed, blocks
    }

    property int severity: SeverityBadge.Neutral
    property alias text: label.text

    readonly property color foreground: {
        switch (badge.severity) {
        case SeverityBadge.Positive:
            return Kirigami.Theme.positiveTextColor;
        case SeverityBadge.Warning:
            return Kirigami.Theme.neutralTextColor;
        case SeverityBadge.Error:
            return Kirigami.Theme.negativeTextColor;
        case SeverityBadge.Information:
            return Kirigami.Theme.activeTextColor;
        default:
            return Kirigami.Theme.disabledTextColor;
        }
    }

    implicitWidth: label.implicitWidth + Kirigami.Units.largeSpacing * 2
    implicitHeight: label.implicitHeight + Kirigami.Units.smallSpacing
    radius: height / 2
    color: {
        switch (badge.severity) {
        case SeverityBadge.Positive:
            return Kirigami.Theme.positiveBackgroundColor;
        case SeverityBadge.Warning:
            return Kirigami.Theme.neutralBackgroundColor;
        case SeverityBadge.Error:
            return Kirigami.Theme.negativeBackgroundColor;
        case SeverityBadge.Information:
            return Kirigami.Theme.activeBackgroundColor;
        default:
            return Kirigami.Theme.alternateBackgroundColor;
        }
    }
    border.width: 1
    border.color: Qt.alpha(badge.foreground, 0.5)
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    QQC2.Label {
        id: label
        anchors.centerIn: parent
        color: badge.foreground
        font.pointSize: Kirigami.Theme.smallFont.pointSize
        font.bold: true
    }
}
