// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import QtQml.Models
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Step 3: the node-scoring version table (a file or the live scoring database), its timeline, and the
// rows the current release adds, shown as a diff before anything is written. ScoringEditor does the work.
StepWorkspacePage {
    id: page

    stepKey: "scoring-table"

    function labelColor(label: string): color {
        switch (label) {
        case "latest": return timeline.latestColor;
        case "prerelease": return timeline.prereleaseColor;
        case "outdated": return timeline.outdatedColor;
        case "other": return Kirigami.Theme.negativeTextColor;
        default: return Kirigami.Theme.disabledTextColor;
        }
    }

    function addRow() {
        const sourceRow = editor.table.addRow(editor.rows.software.length > 0 ? editor.rows.software : editor.plan.software);
        const row = editor.rows.proxyRow(sourceRow);
        if (row < 0)
            return;
        tableView.positionViewAtRow(row, TableView.Contain);
        const cell = tableView.index(row, ScoringTableModel.NameColumn);
        tableView.selectionModel.setCurrentIndex(cell, ItemSelectionModel.ClearAndSelect | ItemSelectionModel.Rows);
        tableView.forceActiveFocus();
        tableView.edit(cell);
    }

    function deleteCurrentRow() {
        if (tableView.currentRow >= 0)
            editor.table.deleteRow(editor.rows.sourceRow(tableView.currentRow));
    }

    ScoringEditor {
        id: editor
        objectName: "scoringEditor"
        session: ReleaseSession
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a scoring table")
        nameFilters: [qsTr("Table files (*.sql *.csv *.json *.md)"), qsTr("All files (*)")]
        onAccepted: editor.openFile(selectedFile.toString())
    }
    FileDialog {
        id: saveDialog
        title: qsTr("Save the scoring table")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("SQL INSERT statements (*.sql)"), qsTr("CSV (*.csv)"), qsTr("JSON (*.json)"), qsTr("Markdown table (*.md)")]
        onAccepted: editor.saveAs(selectedFile.toString())
    }
    Kirigami.Dialog {
        id: databaseDialog
        objectName: "databaseDialog"
        title: qsTr("Scoring database")
        preferredWidth: Kirigami.Units.gridUnit * 30
        padding: Kirigami.Units.largeSpacing
        standardButtons: Kirigami.Dialog.Cancel
        onAboutToShow: connectionField.text = editor.connectionString

        ColumnLayout {
            spacing: Kirigami.Units.largeSpacing
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("The connection string of the scoring PostgreSQL, in libpq form. The password never goes in it: it is kept in the system keychain.")
            }
            QQC2.TextField {
                id: connectionField
                Layout.fillWidth: true
                placeholderText: "host=db.example port=5432 user=scoring dbname=ccn sslmode=require"
            }
            RowLayout {
                Layout.fillWidth: true
                Kirigami.PasswordField {
                    id: passwordField
                    Layout.fillWidth: true
                    placeholderText: qsTr("Password (stored in the keychain)")
                }
                QQC2.Button {
                    text: qsTr("Store password")
                    enabled: passwordField.text.length > 0
                    onClicked: {
                        editor.storePassword(passwordField.text);
                        passwordField.clear();
                    }
                }
            }
            QQC2.Button {
                Layout.alignment: Qt.AlignRight
                text: qsTr("Connect and read the table")
                icon.name: "network-connect"
                highlighted: true
                enabled: connectionField.text.length > 0 && !editor.busy
                onClicked: {
                    editor.connectionString = connectionField.text;
                    editor.connectDatabase();
                    databaseDialog.close();
                }
            }
        }
    }

    Kirigami.Dialog {
        id: sqlDialog
        objectName: "sqlDialog"
        title: qsTr("The change set as SQL")
        preferredWidth: Kirigami.Units.gridUnit * 36
        preferredHeight: Kirigami.Units.gridUnit * 18
        standardButtons: Kirigami.Dialog.Close
        QQC2.TextArea {
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.family: "monospace"
            text: editor.plan.sql
        }
    }

    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: page.isCurrentPage && editor.table.canUndo
        onActivated: editor.table.undo()
    }
    Shortcut {
        sequences: [StandardKey.Redo]
        enabled: page.isCurrentPage && editor.table.canRedo
        onActivated: editor.table.redo()
    }

    // Where the rows come from, and what to do with them.
    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing
        QQC2.Label {
            objectName: "scoringSource"
            Layout.fillWidth: true
            text: editor.sourceText
            elide: Text.ElideMiddle
            HoverHandler {
                id: sourceHover
            }
            QQC2.ToolTip.visible: sourceHover.hovered && truncated
            QQC2.ToolTip.text: text
            font.bold: editor.source !== ScoringEditor.Sample
        }
        QQC2.BusyIndicator {
            running: editor.busy
            visible: running
            Layout.preferredHeight: Kirigami.Units.iconSizes.medium
            Layout.preferredWidth: Kirigami.Units.iconSizes.medium
        }
        QQC2.Button {
            text: qsTr("Open file…")
            icon.name: "document-open"
            onClicked: openDialog.open()
        }
        QQC2.Button {
            objectName: "databaseButton"
            text: qsTr("Database…")
            icon.name: "network-server-database"
            onClicked: databaseDialog.open()
        }
        QQC2.Button {
            text: qsTr("Save")
            icon.name: "document-save"
            enabled: editor.source === ScoringEditor.File && editor.table.modified
            onClicked: editor.save()
        }
        QQC2.Button {
            text: qsTr("Save as…")
            icon.name: "document-save-as"
            onClicked: saveDialog.open()
        }
        QQC2.Button {
            text: qsTr("Reload")
            icon.name: "view-refresh"
            enabled: !editor.busy
            onClicked: editor.reload()
        }
    }

    Kirigami.InlineMessage {
        objectName: "scoringMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        type: editor.error.length > 0 ? Kirigami.MessageType.Error : Kirigami.MessageType.Information
        text: editor.error.length > 0 ? editor.error : editor.status
    }

    // The rows: filter, add, delete, undo, then the table itself.
    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing
        QQC2.Label {
            text: qsTr("Software")
        }
        QQC2.ComboBox {
            id: softwareFilter
            objectName: "softwareFilter"
            model: [qsTr("All")].concat(editor.table.softwareNames)
            onActivated: index => editor.rows.software = index === 0 ? "" : editor.table.softwareNames[index - 1]
        }
        QQC2.Button {
            objectName: "addRowButton"
            text: qsTr("Add row")
            icon.name: "list-add"
            enabled: !editor.table.readOnly
            onClicked: page.addRow()
        }
        QQC2.Button {
            objectName: "deleteRowButton"
            text: qsTr("Delete row")
            icon.name: "list-remove"
            enabled: !editor.table.readOnly && tableView.currentRow >= 0
            onClicked: page.deleteCurrentRow()
        }
        QQC2.Button {
            text: qsTr("Undo")
            icon.name: "edit-undo"
            enabled: editor.table.canUndo
            onClicked: editor.table.undo()
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: editor.table.undoText
        }
        QQC2.Button {
            text: qsTr("Redo")
            icon.name: "edit-redo"
            enabled: editor.table.canRedo
            onClicked: editor.table.redo()
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: editor.table.redoText
        }
        QQC2.Label {
            id: problemSummary
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
            text: editor.table.readOnly
                  ? qsTr("The live table changes only through a release's change set.")
                  : editor.table.errorCount + editor.table.warningCount === 0
                    ? qsTr("%n row(s), no problems found", "", editor.table.rowCount()) + (editor.table.modified ? qsTr(" · not saved") : "")
                    : qsTr("%1 error(s), %2 warning(s)").arg(editor.table.errorCount).arg(editor.table.warningCount)
            color: editor.table.errorCount > 0 ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
            HoverHandler {
                id: problemHover
            }
            QQC2.ToolTip.visible: problemHover.hovered && editor.table.problems.length > 0
            QQC2.ToolTip.text: editor.table.problems.join("\n")
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Kirigami.Units.gridUnit * 8
        spacing: 0

        QQC2.HorizontalHeaderView {
            id: header
            objectName: "scoringHeader"
            Layout.fillWidth: true
            syncView: tableView
            clip: true
            delegate: Rectangle {
                id: headerCell
                required property int column
                required property string display
                implicitHeight: headerLabel.implicitHeight + Kirigami.Units.largeSpacing
                Kirigami.Theme.colorSet: Kirigami.Theme.Header
                Kirigami.Theme.inherit: false
                color: Kirigami.Theme.backgroundColor
                border.color: Qt.alpha(Kirigami.Theme.textColor, 0.2)
                QQC2.Label {
                    id: headerLabel
                    anchors.fill: parent
                    leftPadding: Kirigami.Units.smallSpacing
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    font.bold: true
                    text: headerCell.display + (editor.rows.sortedColumn === headerCell.column ? (editor.rows.descending ? " ▼" : " ▲") : "")
                }
                TapHandler {
                    onTapped: editor.rows.sortBy(headerCell.column)
                }
            }
        }

        TableView {
            id: tableView
            objectName: "scoringTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Kirigami.Theme.colorSet: Kirigami.Theme.View
            Kirigami.Theme.inherit: false
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: editor.rows
            selectionBehavior: TableView.SelectRows
            selectionModel: ItemSelectionModel {}
            columnWidthProvider: column => Math.max([5, 5, 8, 8, 4.5, 4.5][column] * Kirigami.Units.gridUnit,
                                                   tableView.width * [0.12, 0.14, 0.22, 0.22, 0.12, 0.18][column])
            onWidthChanged: forceLayout()
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            Keys.onDeletePressed: page.deleteCurrentRow()

            delegate: Rectangle {
                id: cell

                required property int row
                required property int column
                required property string display
                required property var edit
                required property string cellMessage
                required property string cellSeverity
                required property string label
                required property bool selected
                required property bool current

                implicitHeight: cellLabel.implicitHeight + Kirigami.Units.largeSpacing
                // The problem colours are the theme's, so light text never lands on a light background.
                color: cell.cellSeverity === "error" ? Kirigami.Theme.negativeBackgroundColor
                     : cell.cellSeverity === "warning" ? Kirigami.Theme.neutralBackgroundColor
                     : cell.selected ? Qt.alpha(Kirigami.Theme.highlightColor, 0.25)
                     : cell.row % 2 ? Kirigami.Theme.alternateBackgroundColor : Kirigami.Theme.backgroundColor
                border.width: cell.current ? 1 : 0
                border.color: Kirigami.Theme.highlightColor

                QQC2.Label {
                    id: cellLabel
                    anchors.fill: parent
                    leftPadding: Kirigami.Units.smallSpacing
                    rightPadding: Kirigami.Units.smallSpacing
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    visible: cell.column !== ScoringTableModel.PrereleaseColumn
                    text: cell.display
                    color: cell.column === ScoringTableModel.LabelColumn ? page.labelColor(cell.label) : Kirigami.Theme.textColor
                    font.bold: cell.column === ScoringTableModel.LabelColumn
                }
                QQC2.CheckBox {
                    anchors.centerIn: parent
                    visible: cell.column === ScoringTableModel.PrereleaseColumn
                    enabled: !editor.table.readOnly
                    checked: cell.column === ScoringTableModel.PrereleaseColumn && cell.edit === true
                    onToggled: tableView.model.setData(tableView.index(cell.row, cell.column), checked, Qt.EditRole)
                }
                HoverHandler {
                    id: cellHover
                }
                QQC2.ToolTip.visible: cellHover.hovered && cell.cellMessage.length > 0
                QQC2.ToolTip.text: cell.cellMessage

                TableView.editDelegate: QQC2.TextField {
                    anchors.fill: parent
                    text: cell.display
                    Component.onCompleted: selectAll()
                    TableView.onCommit: tableView.model.setData(tableView.index(cell.row, cell.column), text, Qt.EditRole)
                }
            }
        }

        Kirigami.InlineMessage {
            objectName: "editMessage"
            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.smallSpacing
            visible: text.length > 0
            type: Kirigami.MessageType.Error
            text: editor.table.lastEditError
        }
    }

    // The timeline beside the release's change set.
    RowLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: Kirigami.Units.gridUnit * 15
        spacing: Kirigami.Units.largeSpacing

        QQC2.Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ColumnLayout {
                anchors.fill: parent
                spacing: Kirigami.Units.smallSpacing
                RowLayout {
                    Layout.fillWidth: true
                    Kirigami.Heading {
                        level: 4
                        text: qsTr("Timeline")
                    }
                    QQC2.Label {
                        objectName: "validNow"
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: editor.timeline.validNow.length > 0
                              ? qsTr("Valid now: %1").arg(editor.timeline.validNow.join(", "))
                              : qsTr("No version is valid now.")
                        HoverHandler {
                            id: validHover
                        }
                        QQC2.ToolTip.visible: validHover.hovered && truncated
                        QQC2.ToolTip.text: text
                    }
                    QQC2.ComboBox {
                        id: span
                        textRole: "text"
                        valueRole: "days"
                        model: [
                            { text: qsTr("Whole table"), days: 0 },
                            { text: qsTr("Last year"), days: 365 },
                            { text: qsTr("Last 90 days"), days: 90 }
                        ]
                        onActivated: editor.timeline.spanDays = currentValue
                    }
                }
                ScoringTimeline {
                    id: timeline
                    objectName: "scoringTimeline"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    bars: editor.timeline
                    graceDays: editor.graceDays
                }
            }
        }

        ScoringChangeSet {
            objectName: "changeSet"
            Layout.preferredWidth: Kirigami.Units.gridUnit * 19
            Layout.fillHeight: true
            controller: editor
            onSqlRequested: sqlDialog.open()
        }
    }
}
