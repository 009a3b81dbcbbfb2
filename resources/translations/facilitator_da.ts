<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name>@any</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Dag</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Tid</translation>
        </message>
        <message>
            <source>&amp;Exercise</source>
            <translation>&amp;Øvelse</translation>
        </message>
        <message>
            <source>W&amp;all</source>
            <translation>V&amp;æg</translation>
        </message>
        <message>
            <source>&amp;Windows</source>
            <translation>Vin&amp;duer</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>R&amp;ediger</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprog</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Afslut</translation>
        </message>
        <message>
            <source>About Facilitator</source>
            <translation>Om Facilitator</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastaturgenveje</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Start day</source>
            <translation>Start dagen</translation>
        </message>
        <message>
            <source>End day</source>
            <translation>Afslut dagen</translation>
        </message>
        <message>
            <source>Next block</source>
            <translation>Næste blok</translation>
        </message>
        <message>
            <source>Previous block</source>
            <translation>Forrige blok</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsæt</translation>
        </message>
        <message>
            <source>Pause / resume day</source>
            <translation>Pause / fortsæt dagen</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>På pause</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>på pause</translation>
        </message>
        <message>
            <source>Before the day</source>
            <translation>Før dagen</translation>
        </message>
        <message>
            <source>Day not started — F5 starts it</source>
            <translation>Dagen er ikke startet — F5 starter den</translation>
        </message>
        <message>
            <source>The day has not started: F5 starts it</source>
            <translation>Dagen er ikke startet: F5 starter den</translation>
        </message>
        <message>
            <source>The day has ended</source>
            <translation>Dagen er slut</translation>
        </message>
        <message>
            <source>Double-click or Enter: jump to the block</source>
            <translation>Dobbeltklik eller Enter: hop til blokken</translation>
        </message>
        <message>
            <source>done</source>
            <translation>færdig</translation>
        </message>
        <message>
            <source>now</source>
            <translation>nu</translation>
        </message>
        <message>
            <source>next</source>
            <translation>næste</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>sprunget over</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>afsluttet</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>klar</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Break — we start again at {time}</source>
            <translation>Pause — vi starter igen kl. {time}</translation>
        </message>
        <message>
            <source>Back at {time}</source>
            <translation>Tilbage kl. {time}</translation>
        </message>
        <message>
            <source>Back at %1</source>
            <translation>Tilbage kl. %1</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <source>−1 min</source>
            <translation>−1 min</translation>
        </message>
        <message>
            <source>−5 min</source>
            <translation>−5 min</translation>
        </message>
        <message>
            <source>Add or remove time</source>
            <translation>Læg tid til eller træk fra</translation>
        </message>
        <message>
            <source>Add or remove time…</source>
            <translation>Læg tid til eller træk fra …</translation>
        </message>
        <message>
            <source>Minutes (negative removes time):</source>
            <translation>Minutter (negativt tal trækker fra):</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>til tiden</translation>
        </message>
        <message>
            <source>on time — ends {time}</source>
            <translation>til tiden — slutter {time}</translation>
        </message>
        <message>
            <source>{minutes} min late — ends {time}</source>
            <translation>{minutes} min forsinket — slutter {time}</translation>
        </message>
        <message>
            <source>{minutes} min early — ends {time}</source>
            <translation>{minutes} min foran — slutter {time}</translation>
        </message>
        <message>
            <source>%1 min late — ends %2</source>
            <translation>%1 min forsinket — slutter %2</translation>
        </message>
        <message>
            <source>%1 min early — ends %2</source>
            <translation>%1 min foran — slutter %2</translation>
        </message>
        <message>
            <source>ends on time</source>
            <translation>slutter til tiden</translation>
        </message>
        <message>
            <source>still {minutes} min late</source>
            <translation>stadig {minutes} min forsinket</translation>
        </message>
        <message>
            <source>{title} by {minutes} min</source>
            <translation>{title} med {minutes} min</translation>
        </message>
        <message>
            <source>Shorten {cuts} — {tail}</source>
            <translation>Forkort {cuts} — {tail}</translation>
        </message>
        <message>
            <source>Accept catch-up plan</source>
            <translation>Brug indhentningsplanen</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Brug</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Almost time</source>
            <translation>Tiden er næsten gået</translation>
        </message>
        <message>
            <source>Time is up {overtime}</source>
            <translation>Tiden er gået {overtime}</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Tiden er gået</translation>
        </message>
        <message>
            <source>The computer's clock jumped by {minutes} — times follow the new clock.</source>
            <translation>Computerens ur sprang {minutes} — tiderne følger det nye ur.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Øvelse</translation>
        </message>
        <message>
            <source>Start exercise</source>
            <translation>Start øvelsen</translation>
        </message>
        <message>
            <source>Start / pause / resume exercise</source>
            <translation>Start / pause / fortsæt øvelsen</translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation>Næste fase</translation>
        </message>
        <message>
            <source>Previous phase</source>
            <translation>Forrige fase</translation>
        </message>
        <message>
            <source>Reset exercise</source>
            <translation>Nulstil øvelsen</translation>
        </message>
        <message>
            <source>Skip exercise</source>
            <translation>Spring øvelsen over</translation>
        </message>
        <message>
            <source>Phase {n} of {total}: {title} — {left}</source>
            <translation>Fase {n} af {total}: {title} — {left}</translation>
        </message>
        <message>
            <source>Phase {n}: {title} — {left}</source>
            <translation>Fase {n}: {title} — {left}</translation>
        </message>
        <message>
            <source>Mute chime</source>
            <translation>Slå klokken fra</translation>
        </message>
        <message>
            <source>Sound is off: Qt Multimedia cannot be loaded ({why}). Timers still flash.</source>
            <translation>Lyden er slået fra: Qt Multimedia kan ikke indlæses ({why}). Nedtællingerne blinker stadig.</translation>
        </message>
        <message>
            <source>Wall</source>
            <translation>Væg</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Sort</translation>
        </message>
        <message>
            <source>White</source>
            <translation>Hvid</translation>
        </message>
        <message>
            <source>Black wall</source>
            <translation>Sort væg</translation>
        </message>
        <message>
            <source>White wall</source>
            <translation>Hvid væg</translation>
        </message>
        <message>
            <source>Show on wall</source>
            <translation>Vis på væggen</translation>
        </message>
        <message>
            <source>Start / show wall</source>
            <translation>Start / vis væggen</translation>
        </message>
        <message>
            <source>Show wall at the current block</source>
            <translation>Vis væggen ved den aktuelle blok</translation>
        </message>
        <message>
            <source>Wall back to the block</source>
            <translation>Væggen tilbage til blokken</translation>
        </message>
        <message>
            <source>Swap screens</source>
            <translation>Byt skærme</translation>
        </message>
        <message>
            <source>Facilitator — participant view</source>
            <translation>Facilitator — deltagervisning</translation>
        </message>
        <message>
            <source>Facilitator — presenter view</source>
            <translation>Facilitator — oplægsholdervisning</translation>
        </message>
        <message>
            <source>Facilitator — {title}</source>
            <translation>Facilitator — {title}</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation>Dias</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Dias</translation>
        </message>
        <message>
            <source>Slides appear here</source>
            <translation>Dias vises her</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Næste</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Forrige</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforme</translation>
        </message>
        <message>
            <source>Compare platforms</source>
            <translation>Sammenlign platforme</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Kilde: {source}</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Kilder</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Tal</translation>
        </message>
        <message>
            <source>Synergies</source>
            <translation>Synergier</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Værktøjer</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Rejse</translation>
        </message>
        <message>
            <source>Journeys</source>
            <translation>Rejser</translation>
        </message>
        <message>
            <source>Journeys…</source>
            <translation>Rejser …</translation>
        </message>
        <message>
            <source>Customer journey</source>
            <translation>Kunderejse</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupper</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Tilføj gruppe</translation>
        </message>
        <message>
            <source>Remove group</source>
            <translation>Fjern gruppe</translation>
        </message>
        <message>
            <source>Compare groups</source>
            <translation>Sammenlign grupper</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Kontaktpunkter</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Tilføj kontaktpunkt</translation>
        </message>
        <message>
            <source>Remove touchpoint</source>
            <translation>Fjern kontaktpunkt</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ejer</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Eksportér PDF</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Eksportér PDF …</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Udskriv</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Udskriv …</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Fortryd</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Annuller fortryd</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Fortryd %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Annuller fortryd %1</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gemt</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gemt {path}</translation>
        </message>
        <message>
            <source>Could not save: {error}</source>
            <translation>Kunne ikke gemme: {error}</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>Åbn session …</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Could not open {path}</source>
            <translation>Kunne ikke åbne {path}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advarsel</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Dansk</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelsk</translation>
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
