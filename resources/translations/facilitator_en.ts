<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The language changes the next time Facilitator starts.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
</TS>
