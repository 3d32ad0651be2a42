// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import ReleaseAssistant

Item {
    id: root
    width: 300
    height: 600

    StepNavigator {
        id: navigator
        anchors.fill: parent
    }

    SignalSpy {
        id: activated
        target: navigator
        signalName: "stepActivated"
    }

    TestCase {
        name: "StepNavigator"
        when: windowShown

        function init() {
            activated.clear();
            navigator.currentIndex = 0;
        }

        function test_listsTheSevenSteps() {
            const list = findChild(navigator, "stepList");
            verify(list);
            compare(list.count, 7);
        }

        function test_arrowKeysMoveAndActivate() {
            const list = findChild(navigator, "stepList");
            list.forceActiveFocus();
            keyClick(Qt.Key_Down);
            compare(navigator.currentIndex, 1);
            compare(activated.count, 1);
            compare(activated.signalArguments[0][0], 1);
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Return);
            compare(activated.signalArguments[activated.count - 1][0], 2);
        }

        function test_clickActivates() {
            const list = findChild(navigator, "stepList");
            const item = list.itemAtIndex(3);
            verify(item);
            mouseClick(item);
            compare(navigator.currentIndex, 3);
            compare(activated.signalArguments[activated.count - 1][0], 3);
        }
    }
}
