// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import ReleaseAssistant

Item {
    width: 900
    height: 60

    ReleasePicker {
        id: picker
        anchors.fill: parent
    }

    TestCase {
        name: "ReleasePicker"
        when: windowShown

        function test_startingAReleaseSelectsIt() {
            const field = findChild(picker, "newReleaseField");
            verify(field);
            field.text = "2.0.0-rc1";
            field.forceActiveFocus();
            keyClick(Qt.Key_Return);
            compare(ReleaseSession.currentRelease, "2.0.0-rc1", ReleaseSession.lastError);
            compare(field.text, "");
            const combo = findChild(picker, "releasePicker");
            compare(combo.currentText, "2.0.0-rc1");
        }

        function test_aBadVersionIsExplainedAndKept() {
            const field = findChild(picker, "newReleaseField");
            field.text = "not a version";
            field.forceActiveFocus();
            keyClick(Qt.Key_Return);
            verify(ReleaseSession.lastError.length > 0);
            compare(field.text, "not a version");
        }
    }
}
