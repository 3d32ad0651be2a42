<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnounceStep</name>
    <message numerus="yes">
        <location filename="../../../src/release/announcestep.cpp" line="191"/>
        <source>Too long for one post: it will be sent as %n posts.</source>
        <translation>
            <numerusform>Too long for one post: it will be sent as %n post.</numerusform>
            <numerusform>Too long for one post: it will be sent as %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/release/announcestep.cpp" line="245"/>
        <source>post the announcement on %1 (%n post(s))</source>
        <translation>
            <numerusform>post the announcement on %1 (%n post)</numerusform>
            <numerusform>post the announcement on %1 (%n posts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesFindBar</name>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesFindBar.qml" line="88"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesGitHubPanel</name>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesGitHubPanel.qml" line="87"/>
        <source>%n pull request(s)</source>
        <translation>
            <numerusform>%n pull request</numerusform>
            <numerusform>%n pull requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesLintPanel</name>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesLintPanel.qml" line="37"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesLintPanel.qml" line="38"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message numerus="yes">
        <location filename="../../../qml/pages/NotesPage.qml" line="324"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesRevisionsPanel</name>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesRevisionsPanel.qml" line="37"/>
        <source>%n revision(s) kept in the journal</source>
        <translation>
            <numerusform>%n revision kept in the journal</numerusform>
            <numerusform>%n revisions kept in the journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesRunner</name>
    <message numerus="yes">
        <location filename="../../../src/release/notesrunner.cpp" line="57"/>
        <source>The notes saved as revision %1 have %n lint error(s); the first, line %2: %3</source>
        <translation>
            <numerusform>The notes saved as revision %1 have %n lint error; the first, line %2: %3</numerusform>
            <numerusform>The notes saved as revision %1 have %n lint errors; the first, line %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesStep</name>
    <message numerus="yes">
        <location filename="../../../src/release/notesstep.cpp" line="106"/>
        <source>The notes are in the draft with %n lint error(s)</source>
        <translation>
            <numerusform>The notes are in the draft with %n lint error</numerusform>
            <numerusform>The notes are in the draft with %n lint errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/release/notesstep.cpp" line="216"/>
        <source>The notes have %n lint error(s): nothing was sent to GitHub.</source>
        <translation>
            <numerusform>The notes have %n lint error: nothing was sent to GitHub.</numerusform>
            <numerusform>The notes have %n lint errors: nothing was sent to GitHub.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message numerus="yes">
        <location filename="../../../qml/pages/PreflightPage.qml" line="116"/>
        <source>%n check(s) to fix before the release: each says how.</source>
        <translation>
            <numerusform>%n check to fix before the release: it says how.</numerusform>
            <numerusform>%n checks to fix before the release: each says how.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../qml/pages/PreflightPage.qml" line="118"/>
        <source>%n check(s) to look at; the release can start.</source>
        <translation>
            <numerusform>%n check to look at; the release can start.</numerusform>
            <numerusform>%n checks to look at; the release can start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishStatus</name>
    <message numerus="yes">
        <location filename="../../../src/release/publishstatus.cpp" line="115"/>
        <source>%n approval(s) of this content missing.</source>
        <translation>
            <numerusform>%n approval of this content missing.</numerusform>
            <numerusform>%n approvals of this content missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleasePlanner</name>
    <message numerus="yes">
        <location filename="../../../src/release/releaseplanner.cpp" line="247"/>
        <source>%n approval(s) of the exact notes, from %1</source>
        <translation>
            <numerusform>%n approval of the exact notes, from %1</numerusform>
            <numerusform>%n approvals of the exact notes, from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringTablePage</name>
    <message numerus="yes">
        <location filename="../../../qml/pages/ScoringTablePage.qml" line="255"/>
        <source>%n row(s), no problems found</source>
        <translation>
            <numerusform>%n row, no problems found</numerusform>
            <numerusform>%n rows, no problems found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringTimeline</name>
    <message numerus="yes">
        <location filename="../../../qml/ScoringTimeline.qml" line="48"/>
        <source>outdated (%n day(s) of grace)</source>
        <translation>
            <numerusform>outdated (%n day of grace)</numerusform>
            <numerusform>outdated (%n days of grace)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../../qml/Sidebar.qml" line="184"/>
        <source>%n to fix</source>
        <translation>
            <numerusform>%n to fix</numerusform>
            <numerusform>%n to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../qml/Sidebar.qml" line="185"/>
        <source>%n to look at</source>
        <translation>
            <numerusform>%n to look at</numerusform>
            <numerusform>%n to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagingPage</name>
    <message numerus="yes">
        <location filename="../../../qml/pages/StagingPage.qml" line="129"/>
        <source>Asks GitHub about %1 and %n staging server(s).</source>
        <translation>
            <numerusform>Asks GitHub about %1 and %n staging server.</numerusform>
            <numerusform>Asks GitHub about %1 and %n staging servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagPage</name>
    <message numerus="yes">
        <location filename="../../../qml/pages/TagPage.qml" line="29"/>
        <source>%n hazard(s) listed on the page still apply.</source>
        <translation>
            <numerusform>%n hazard listed on the page still applies.</numerusform>
            <numerusform>%n hazards listed on the page still apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::GitHubAccountController</name>
    <message numerus="yes">
        <location filename="../../../src/app/githubaccountcontroller.cpp" line="210"/>
        <source>Enter the code at %1 within %n minute(s).</source>
        <translation>
            <numerusform>Enter the code at %1 within %n minute.</numerusform>
            <numerusform>Enter the code at %1 within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::NotesWorkbench</name>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbenchrange.cpp" line="44"/>
        <source>%1 → %2: %n commit(s)</source>
        <translation>
            <numerusform>%1 → %2: %n commit</numerusform>
            <numerusform>%1 → %2: %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbenchrange.cpp" line="45"/>
        <source>%n pull request(s)</source>
        <translation>
            <numerusform>%n pull request</numerusform>
            <numerusform>%n pull requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbench.cpp" line="250"/>
        <source>%1 is not valid UTF-8: line %2, byte offset %3 (%4) is the first of %n invalid byte sequence(s). The editor kept its text: save the file as UTF-8 and load it again.</source>
        <translation>
            <numerusform>%1 is not valid UTF-8: line %2, byte offset %3 (%4) holds %n invalid byte sequence. The editor kept its text: save the file as UTF-8 and load it again.</numerusform>
            <numerusform>%1 is not valid UTF-8: line %2, byte offset %3 (%4) is the first of %n invalid byte sequences. The editor kept its text: save the file as UTF-8 and load it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbenchrange.cpp" line="95"/>
        <source>Generated the notes of %1 → %2 from %n commit(s).</source>
        <translation>
            <numerusform>Generated the notes of %1 → %2 from %n commit.</numerusform>
            <numerusform>Generated the notes of %1 → %2 from %n commits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbenchrange.cpp" line="109"/>
        <source>Regenerated: %n section(s) refreshed</source>
        <translation>
            <numerusform>Regenerated: %n section refreshed</numerusform>
            <numerusform>Regenerated: %n sections refreshed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbenchrange.cpp" line="111"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbenchrange.cpp" line="114"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ScoringEditor</name>
    <message numerus="yes">
        <location filename="../../../src/app/scoringeditor.cpp" line="197"/>
        <source>Opened %1: %n row(s).</source>
        <translation>
            <numerusform>Opened %1: %n row.</numerusform>
            <numerusform>Opened %1: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/scoringeditor.cpp" line="221"/>
        <source>Read %n row(s) from the scoring database.</source>
        <translation>
            <numerusform>Read %n row from the scoring database.</numerusform>
            <numerusform>Read %n rows from the scoring database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/scoringeditor.cpp" line="286"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::StagingArtifactModel</name>
    <message numerus="yes">
        <location filename="../../../src/app/stagingartifactmodel.cpp" line="28"/>
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>expires in %n day (%1)</numerusform>
            <numerusform>expires in %n days (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::release::Preflight</name>
    <message numerus="yes">
        <location filename="../../../src/release/preflight.cpp" line="475"/>
        <source>No answer within %n second(s): try again, or check the network.</source>
        <translation>
            <numerusform>No answer within %n second: try again, or check the network.</numerusform>
            <numerusform>No answer within %n seconds: try again, or check the network.</numerusform>
        </translation>
    </message>
</context>
</TS>
