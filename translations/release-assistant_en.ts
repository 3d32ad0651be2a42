<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ra::AnnouncementComposer</name>
    <message numerus="yes">
        <location filename="../../../src/app/announcementcomposer.cpp" line="179"/>
        <source>Too long for one post: it will be sent as %n posts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
