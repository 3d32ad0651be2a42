<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NotesFindBar</name>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesFindBar.qml" line="85"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesGitHubPanel</name>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesGitHubPanel.qml" line="87"/>
        <source>%n pull request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesLintPanel</name>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesLintPanel.qml" line="36"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesLintPanel.qml" line="37"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message numerus="yes">
        <location filename="../../../qml/pages/NotesPage.qml" line="294"/>
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesRevisionsPanel</name>
    <message numerus="yes">
        <location filename="../../../qml/notes/NotesRevisionsPanel.qml" line="36"/>
        <source>%n revision(s) kept in the journal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringTablePage</name>
    <message numerus="yes">
        <location filename="../../../qml/pages/ScoringTablePage.qml" line="253"/>
        <source>%n row(s), no problems found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringTimeline</name>
    <message numerus="yes">
        <location filename="../../../qml/ScoringTimeline.qml" line="40"/>
        <source>outdated (%n day(s) of grace)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagingPage</name>
    <message numerus="yes">
        <location filename="../../../qml/pages/StagingPage.qml" line="161"/>
        <source>Asks GitHub about %1 and %n staging server(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagPage</name>
    <message numerus="yes">
        <location filename="../../../qml/pages/TagPage.qml" line="40"/>
        <source>%n hazard(s) listed on the page still apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::AnnouncementComposer</name>
    <message numerus="yes">
        <location filename="../../../src/app/announcementcomposer.cpp" line="198"/>
        <source>Too long for one post: it will be sent as %n posts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::GitHubAccountController</name>
    <message numerus="yes">
        <location filename="../../../src/app/githubaccountcontroller.cpp" line="215"/>
        <source>Enter the code at %1 within %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::NotesWorkbench</name>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbench.cpp" line="165"/>
        <source>%1 → %2: %n commit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbench.cpp" line="166"/>
        <source>%n pull request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbench.cpp" line="389"/>
        <source>Generated the notes of %1 → %2 from %n commit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbench.cpp" line="403"/>
        <source>Regenerated: %n section(s) refreshed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbench.cpp" line="405"/>
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbench.cpp" line="408"/>
        <source>%n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/notesworkbench.cpp" line="506"/>
        <source>The notes are in the draft with %n lint error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ReviewPublishController</name>
    <message numerus="yes">
        <location filename="../../../src/app/reviewpublishcontroller.cpp" line="168"/>
        <source>%n approval(s) of this content missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ScoringEditor</name>
    <message numerus="yes">
        <location filename="../../../src/app/scoringeditor.cpp" line="221"/>
        <source>Opened %1: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/scoringeditor.cpp" line="245"/>
        <source>Read %n row(s) from the scoring database.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/app/scoringeditor.cpp" line="310"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::StagingArtifactModel</name>
    <message numerus="yes">
        <location filename="../../../src/app/stagingartifactmodel.cpp" line="29"/>
        <source>expires in %n day(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
