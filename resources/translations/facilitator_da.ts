<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprog</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Følg systemet</translation>
        </message>
        <message>
            <source>The language changes the next time Facilitator starts.</source>
            <translation>Sproget skifter, næste gang Facilitator starter.</translation>
        </message>
    </context>
</TS>
