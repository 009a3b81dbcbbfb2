<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>App</name>
    <message>
        <source>The session file has problems</source>
        <translation>Sessionsfilen har fejl</translation>
    </message>
    <message>
        <source>The session file cannot be read</source>
        <translation>Sessionsfilen kan ikke læses</translation>
    </message>
    <message>
        <source>Resume the day?</source>
        <translation>Fortsæt dagen?</translation>
    </message>
    <message>
        <source>Today's run of this workshop has {n} commands in its journal.</source>
        <translation>Dagens afvikling af denne workshop har {n} kommandoer i sin journal.</translation>
    </message>
    <message>
        <source>Resume where the day is</source>
        <translation>Fortsæt hvor dagen er</translation>
    </message>
    <message>
        <source>Start fresh (keep the old journal)</source>
        <translation>Start forfra (den gamle journal gemmes)</translation>
    </message>
</context>
<context>
    <name>Chime</name>
    <message>
        <source>Sound is off: Qt Multimedia cannot be loaded ({why}). Timers still flash.</source>
        <translation>Lyden er slået fra: Qt Multimedia kan ikke indlæses ({why}). Timerne blinker stadig.</translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <source>Facilitator — participant view</source>
        <translation>Facilitator — deltagervisning</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Facilitator — {title}</source>
        <translation>Facilitator — {title}</translation>
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
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
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
        <source>Pause / resume day</source>
        <translation>Pause / fortsæt dagen</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>−5 min</source>
        <translation>−5 min</translation>
    </message>
    <message>
        <source>Add or remove time…</source>
        <translation>Læg tid til eller træk fra…</translation>
    </message>
    <message>
        <source>Start / pause / resume exercise</source>
        <translation>Start / pause / fortsæt øvelse</translation>
    </message>
    <message>
        <source>Reset exercise</source>
        <translation>Nulstil øvelse</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Spring øvelse over</translation>
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
        <source>Accept catch-up plan</source>
        <translation>Godkend planen for at indhente</translation>
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
        <source>Black wall</source>
        <translation>Sort væg</translation>
    </message>
    <message>
        <source>White wall</source>
        <translation>Hvid væg</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Byt skærme</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Journeys…</source>
        <translation>Kunderejser…</translation>
    </message>
    <message>
        <source>Mute chime</source>
        <translation>Slå klokken fra</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Kunderejse</translation>
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
        <translation>&amp;Væg</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>V&amp;induer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Double-click or Enter: jump to the block</source>
        <translation>Dobbeltklik eller Enter: hop til blokken</translation>
    </message>
    <message>
        <source>Slides appear here</source>
        <translation>Slides vises her</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Væg</translation>
    </message>
    <message>
        <source>Day not started — F5 starts it</source>
        <translation>Dagen er ikke startet — F5 starter den</translation>
    </message>
    <message>
        <source>Before the day</source>
        <translation>Før dagen</translation>
    </message>
    <message>
        <source>The day has ended</source>
        <translation>Dagen er slut</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>på pause</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>færdig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>Phase {n}: {title} — {left}</source>
        <translation>Fase {n}: {title} — {left}</translation>
    </message>
    <message>
        <source>The computer's clock jumped by {minutes} — times follow the new clock.</source>
        <translation>Computerens ur sprang {minutes} — tiderne følger det nye ur.</translation>
    </message>
    <message>
        <source>The day has not started: F5 starts it</source>
        <translation>Dagen er ikke startet: F5 starter den</translation>
    </message>
    <message>
        <source>Add or remove time</source>
        <translation>Læg tid til eller træk fra</translation>
    </message>
    <message>
        <source>Minutes (negative removes time):</source>
        <translation>Minutter (negativt tal trækker fra):</translation>
    </message>
</context>
<context>
    <name>Runner</name>
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
        <source>Phase {n} of {total}: {title} — {left}</source>
        <translation>Fase {n} af {total}: {title} — {left}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>On time — ends {time}</source>
        <translation>Til tiden — slutter {time}</translation>
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
        <source>Time is up {overtime}</source>
        <translation>Tiden er gået {overtime}</translation>
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
        <source>Almost time</source>
        <translation>Tiden er snart gået</translation>
    </message>
    <message>
        <source>{title} by {minutes} min</source>
        <translation>{title} med {minutes} min</translation>
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
        <source>Shorten {cuts} — {tail}</source>
        <translation>Forkort {cuts} — {tail}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
</context>
</TS>