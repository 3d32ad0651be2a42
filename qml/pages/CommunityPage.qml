// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The community manager's view: the project's published releases, newest first, each with where its announcement
// stands on every channel (sent with a link to the post, failed, uncertain, not sent), and "Announce…" to open the
// composer on that release. It needs the playbook and a GitHub token only: nothing from steps 1–6.
Kirigami.ScrollablePage {
    id: page

    required property PublishedReleasesModel releases

    // Asks the window to open the announcement composer on the release \a tag, published on \a publishedOn
    // (YYYY-MM-DD) at \a url.
    signal announceRequested(string tag, string publishedOn, string url)

    function severity(state: string): int {
        switch (state) {
        case "sent":
            return SeverityBadge.Positive;
        case "failed":
            return SeverityBadge.Error;
        case "uncertain":
            return SeverityBadge.Warning;
        }
        return SeverityBadge.Neutral;
    }

    objectName: "communityPage"
    title: qsTr("Published releases")
    actions: [
        Kirigami.Action {
            objectName: "refreshAction"
            text: qsTr("Refresh")
            icon.name: "view-refresh"
            enabled: page.isCurrentPage && !page.releases.loading
            onTriggered: page.releases.refresh()
        }
    ]

    // A send on the composer changed the journal: show it when coming back.
    onIsCurrentPageChanged: {
        if (page.isCurrentPage)
            page.releases.reloadStatuses();
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: ReleaseSession.projectOpen
                  ? qsTr("The published releases of %1 and where each one's announcement stands on every channel.").arg(ReleaseSession.projectName)
                  : qsTr("Open a project first: its published releases appear here.")
        }

        Kirigami.InlineMessage {
            objectName: "releasesError"
            Layout.fillWidth: true
            visible: page.releases.error !== ""
            type: Kirigami.MessageType.Error
            text: page.releases.error
        }

        Kirigami.PlaceholderMessage {
            Layout.fillWidth: true
            visible: ReleaseSession.projectOpen && !page.releases.loading && page.releases.error === ""
                     && page.releases.count === 0
            text: qsTr("No published release yet")
            explanation: qsTr("A release appears here once it is published on GitHub.")
        }

        Repeater {
            objectName: "publishedReleases"
            model: page.releases

            delegate: QQC2.Control {
                id: release

                required property string tag
                required property string name
                required property string url
                required property string publishedOn
                required property bool prerelease
                required property var channels
                required property int sentCount
                required property int channelCount

                objectName: "release_" + tag
                Layout.fillWidth: true
                padding: Kirigami.Units.largeSpacing
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, published on %2: announced on %3 of %4 channels")
                                 .arg(tag).arg(publishedOn).arg(sentCount).arg(channelCount)

                background: Rectangle {
                    color: Kirigami.Theme.backgroundColor
                    radius: Kirigami.Units.cornerRadius
                    border.color: Qt.alpha(Kirigami.Theme.textColor, 0.15)
                    Kirigami.Theme.colorSet: Kirigami.Theme.View
                    Kirigami.Theme.inherit: false
                }

                contentItem: RowLayout {
                    spacing: Kirigami.Units.largeSpacing

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Kirigami.Units.smallSpacing

                        RowLayout {
                            spacing: Kirigami.Units.smallSpacing
                            Kirigami.Heading {
                                level: 3
                                text: release.name !== "" && release.name !== release.tag
                                      ? qsTr("%1 — %2").arg(release.tag).arg(release.name) : release.tag
                            }
                            SeverityBadge {
                                visible: release.prerelease
                                severity: SeverityBadge.Information
                                text: qsTr("pre-release")
                            }
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: qsTr("Published on %1 · announced on %2 of %3 channels").arg(release.publishedOn)
                                  .arg(release.sentCount).arg(release.channelCount)
                            color: Kirigami.Theme.disabledTextColor
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Kirigami.Units.smallSpacing

                            Repeater {
                                model: release.channels

                                delegate: SeverityBadge {
                                    id: chip

                                    required property var modelData

                                    objectName: "channel_" + modelData.channel
                                    severity: page.severity(modelData.state)
                                    text: qsTr("%1: %2").arg(modelData.channel).arg(modelData.stateText)

                                    QQC2.ToolTip.visible: hover.hovered && chip.modelData.message !== ""
                                    QQC2.ToolTip.text: chip.modelData.message
                                    HoverHandler {
                                        id: hover
                                    }
                                    TapHandler {
                                        enabled: chip.modelData.link !== ""
                                        onTapped: Qt.openUrlExternally(chip.modelData.link)
                                    }
                                }
                            }
                        }
                    }

                    QQC2.Button {
                        objectName: "announceButton"
                        Layout.alignment: Qt.AlignVCenter
                        text: qsTr("Announce…")
                        icon.name: "mail-send"
                        onClicked: page.announceRequested(release.tag, release.publishedOn, release.url)
                    }
                }
            }
        }

        QQC2.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: page.releases.loading
            running: visible
        }
    }
}
