// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import ReleaseAssistant

Kirigami.ApplicationWindow {
    id: window

    // The page shown: "welcome", "preflight", a step's key ("staging" … "announce"), "review-inbox" (a reviewer's),
    // "community" (a community manager's) or "settings".
    property string currentKey: ""
    // 0..6 for the release steps, settingsIndex for Settings, -1 for the welcome and pre-flight pages.
    readonly property int currentIndex: currentKey === "settings" ? settingsIndex
                                                                  : ReleaseSession.steps.rowOfKey(currentKey)
    readonly property int settingsIndex: ReleaseSession.steps.rowCount()
    // The pages built so far, by key, with their column in the page row: a page is built on its first visit
    // and stays in the row (with what it holds); showing it again only scrolls the row to it.
    property var builtPages: ({})
    property var pageColumns: ({})

    function pageComponent(key: string): Component {
        switch (key) {
        case "welcome": return welcomePage;
        case "preflight": return preflightPage;
        case "staging": return stagingPage;
        case "tag": return tagPage;
        case "scoring-table": return scoringPage;
        case "notes": return notesPage;
        case "packages": return packagesPage;
        case "review-publish": return reviewPage;
        case "announce": return announcePage;
        case "review-inbox": return reviewInboxPage;
        case "community": return communityPage;
        case "settings": return settingsPage;
        }
        return null;
    }

    // The page of \a key, built now (at the end of the page row) when it was never shown.
    function page(key: string): Item {
        let built = window.builtPages[key];
        if (!built) {
            const component = window.pageComponent(key);
            if (!component)
                return null;
            // Built inside the page row, which owns it from then on.
            built = component.createObject(pageStack) as Item;
            window.pageColumns[key] = pageStack.depth;
            pageStack.insertPage(pageStack.depth, built);
            window.builtPages[key] = built;
        }
        return built;
    }

    function showPage(key: string) {
        if (!window.page(key))
            return;
        window.currentKey = key;
        pageStack.currentIndex = window.pageColumns[key];
    }

    // The pre-flight checks come before step 1; Settings and the welcome page stand aside.
    function step(delta: int) {
        const order = ReleaseSession.projectOpen ? ["preflight"] : [];
        for (let row = 0; row < window.settingsIndex; ++row)
            order.push(ReleaseSession.steps.keyAt(row));
        let at = order.indexOf(window.currentKey);
        if (at < 0)
            at = delta > 0 ? -1 : order.length;
        window.showPage(order[Math.max(0, Math.min(order.length - 1, at + delta))]);
    }

    // Each role starts on its own page: a maintainer on the pre-flight checks before step 1, a reviewer on the
    // releases waiting for them, a community manager on the published releases.
    function showStart() {
        if (!ReleaseSession.projectOpen)
            window.showPage("welcome");
        else if (roles.currentRole === "reviewer")
            window.showPage("review-inbox");
        else if (roles.currentRole === "community-manager")
            window.showPage("community");
        else
            window.showPage("preflight");
    }

    width: Kirigami.Units.gridUnit * 66
    height: Kirigami.Units.gridUnit * 44
    minimumWidth: Kirigami.Units.gridUnit * 36
    minimumHeight: Kirigami.Units.gridUnit * 28
    visible: true
    title: ReleaseSession.currentRelease === ""
           ? qsTr("Release Assistant — %1").arg(ReleaseSession.projectName)
           : qsTr("Release Assistant — %1 %2").arg(ReleaseSession.projectName).arg(ReleaseSession.currentRelease)

    pageStack.globalToolBar.style: Kirigami.ApplicationHeaderStyle.ToolBar
    pageStack.globalToolBar.showNavigationButtons: Kirigami.ApplicationHeaderStyle.NoNavigationButtons
    // One page at a time, as wide as the row, switched at once: the sidebar navigates, not a swipe.
    pageStack.defaultColumnWidth: pageStack.width
    pageStack.interactive: false
    pageStack.columnView.scrollDuration: 0

    // The demo runs on stand-ins on this computer: a banner says so for as long as it runs, and lets the
    // second demo account approve (the playbook's quorum needs two reviewers).
    header: Kirigami.InlineMessage {
        id: demoBanner

        readonly property string otherAccount: ReleaseSession.demoAccounts.find(login => login !== ReleaseSession.demoAccount) ?? ""

        objectName: "demoBanner"
        position: Kirigami.InlineMessage.Position.Header
        type: Kirigami.MessageType.Warning
        visible: ReleaseSession.demoMode
        showCloseButton: false
        text: ReleaseSession.demoNotice
        actions: [
            Kirigami.Action {
                text: qsTr("Act as %1").arg(demoBanner.otherAccount)
                icon.name: "system-switch-user"
                visible: demoBanner.otherAccount !== ""
                tooltip: qsTr("You are %1 in the demo").arg(ReleaseSession.demoAccount)
                onTriggered: ReleaseSession.useDemoAccount(demoBanner.otherAccount)
            }
        ]
    }

    // Too narrow for a page beside the sidebar: the sidebar folds into a drawer over the page, opened from the
    // button at the left of the page's tool bar (as Tokodon and NeoChat do), and closed once a page is picked.
    readonly property bool narrow: width < Kirigami.Units.gridUnit * 48

    globalDrawer: Kirigami.OverlayDrawer {
        id: drawer
        objectName: "sidebarDrawer"
        edge: Application.layoutDirection === Qt.RightToLeft ? Qt.RightEdge : Qt.LeftEdge
        // Set by fold(), not bound to the width.
        modal: false
        width: sidebar.implicitWidth
        leftPadding: 0
        rightPadding: 0
        topPadding: 0
        bottomPadding: 0
        handleClosedIcon.source: "sidebar-expand-left"
        handleOpenIcon.source: "sidebar-collapse-left"
        handleClosedToolTip: qsTr("Show the steps")
        handleOpenToolTip: qsTr("Hide the steps")
        // The mode follows the window's width, changed only while the drawer is closed: shown beside the page, the
        // drawer lives outside the window's overlay, where the dimmer of a modal drawer cannot go under it.
        function fold() {
            if (drawer.modal === window.narrow)
                return;
            if (drawer.visible) {
                drawer.drawerOpen = false;
                return;
            }
            drawer.modal = window.narrow;
            drawer.drawerOpen = !drawer.modal;
        }

        onClosed: drawer.fold()

        contentItem: Sidebar {
            id: sidebar
            currentKey: window.currentKey
            preflight: preflightModel
            roles: roles
            toolBarHeight: window.pageStack.globalToolBar.preferredHeight
            onPageRequested: key => {
                window.showPage(key);
                if (drawer.modal)
                    drawer.close();
            }
        }
    }

    Component.onCompleted: {
        drawer.fold();
        window.showStart();
    }
    onNarrowChanged: drawer.fold()

    // A project opened (from the welcome page, the menu or the demo): its pre-flight checks come first.
    Connections {
        target: ReleaseSession
        function onProjectNameChanged() {
            window.showStart();
        }
    }

    // Who the user is on the project, from GitHub and the playbook: it picks the first page and the sidebar's
    // entries, and the user may switch when they hold several roles.
    RoleController {
        id: roles
        objectName: "roleController"
        session: ReleaseSession
        onCurrentRoleChanged: window.showStart()
    }

    // What the project needs before step 1, checked once per project and shown in the sidebar too.
    PreflightModel {
        id: preflightModel
        objectName: "preflightModel"
        session: ReleaseSession
    }

    Shortcut {
        sequence: "Ctrl+PgDown"
        onActivated: window.step(1)
    }
    Shortcut {
        sequence: "Ctrl+PgUp"
        onActivated: window.step(-1)
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: window.showPage("settings")
    }
    Repeater {
        model: ReleaseSession.steps
        delegate: Item {
            id: stepShortcut
            required property int index
            required property string key
            Shortcut {
                sequence: "Alt+" + (stepShortcut.index + 1)
                onActivated: window.showPage(stepShortcut.key)
            }
        }
    }

    Component {
        id: welcomePage
        WelcomePage {}
    }
    Component {
        id: preflightPage
        PreflightPage {
            checks: preflightModel
            onPageRequested: key => window.showPage(key)
            onGitHubSignInRequested: {
                window.showPage("settings");
                (window.page("settings") as SettingsPage).startGitHubSignIn();
            }
            onStepRequested: delta => window.step(delta)
        }
    }
    Component {
        id: stagingPage
        StagingPage {
            onStepRequested: delta => window.step(delta)
        }
    }
    Component {
        id: tagPage
        TagPage {
            onStepRequested: delta => window.step(delta)
        }
    }
    Component {
        id: scoringPage
        ScoringTablePage {
            onStepRequested: delta => window.step(delta)
        }
    }
    Component {
        id: notesPage
        NotesPage {
            onStepRequested: delta => window.step(delta)
        }
    }
    Component {
        id: packagesPage
        PackagesPage {
            onStepRequested: delta => window.step(delta)
        }
    }
    Component {
        id: reviewPage
        ReviewPublishPage {
            onStepRequested: delta => window.step(delta)
        }
    }
    Component {
        id: announcePage
        AnnouncePage {
            onStepRequested: delta => window.step(delta)
        }
    }
    // The reviewer's and the community manager's pages build their models only when first shown: a
    // maintainer's window reads nothing for them.
    Component {
        id: reviewInboxPage
        ReviewInboxPage {
            inbox: ReviewInboxModel {
                session: ReleaseSession
            }
            detail: ReviewDetailController {
                session: ReleaseSession
            }
        }
    }
    Component {
        id: communityPage
        CommunityPage {
            releases: PublishedReleasesModel {
                session: ReleaseSession
            }
            onAnnounceRequested: (tag, publishedOn, url) => {
                // lastError says why a release cannot be taken up; the page stays.
                if (!ReleaseSession.startRelease(tag))
                    return;
                window.showPage("announce");
                (window.page("announce") as AnnouncePage).announceOn(publishedOn, url);
            }
        }
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
}
