<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Danish</source>
            <translation>Dansk</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelsk</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Content in:</source>
            <translation>Indhold på:</translation>
        </message>
        <message>
            <source>&amp;Day starts:</source>
            <translation>&amp;Dagen starter:</translation>
        </message>
        <message>
            <source>P&amp;roblems (as facilitator check reports them):</source>
            <translation>P&amp;roblemer (som facilitator check melder dem):</translation>
        </message>
        <message>
            <source>Insert before</source>
            <translation>Indsæt før</translation>
        </message>
        <message>
            <source>Insert after</source>
            <translation>Indsæt efter</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Kopiér</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flyt op</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flyt ned</translation>
        </message>
        <message>
            <source>Insert a block</source>
            <translation>Indsæt en blok</translation>
        </message>
        <message>
            <source>New block</source>
            <translation>Ny blok</translation>
        </message>
        <message>
            <source>Duplicate {block}</source>
            <translation>Kopiér {block}</translation>
        </message>
        <message>
            <source>Delete {block}</source>
            <translation>Slet {block}</translation>
        </message>
        <message>
            <source>The day's start is not a clock time.</source>
            <translation>Dagens start er ikke et klokkeslæt.</translation>
        </message>
        <message>
            <source>1 block · the day runs {start}–{end}</source>
            <translation>1 blok · dagen går {start}–{end}</translation>
        </message>
        <message>
            <source>{n} blocks · the day runs {start}–{end}</source>
            <translation>{n} blokke · dagen går {start}–{end}</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Linje {line}: {message}</translation>
        </message>
        <message>
            <source>Warning, line {line}: {message}</source>
            <translation>Advarsel, linje {line}: {message}</translation>
        </message>
        <message>
            <source>No problems: facilitator check passes this plan.</source>
            <translation>Ingen problemer: facilitator check godkender planen.</translation>
        </message>
        <message>
            <source>Change the session's {field}</source>
            <translation>Ret sessionens {field}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The session file has problems</source>
            <translation>Sessionsfilen har fejl</translation>
        </message>
        <message>
            <source>… and {n} more; facilitator check {file} lists them all.</source>
            <translation>… og {n} til; facilitator check {file} viser dem alle.</translation>
        </message>
        <message>
            <source>The workshop folder cannot be written</source>
            <translation>Workshopmappen kan ikke skrives</translation>
        </message>
        <message>
            <source>The day has ended.</source>
            <translation>Dagen er slut.</translation>
        </message>
        <message>
            <source>{block} — {time} over time</source>
            <translation>{block} — {time} over tiden</translation>
        </message>
        <message>
            <source>{block} — {time} left</source>
            <translation>{block} — {time} tilbage</translation>
        </message>
        <message>
            <source>Where the day is: {where}</source>
            <translation>Her er dagen: {where}</translation>
        </message>
        <message>
            <source>Resume the day?</source>
            <translation>Fortsæt dagen?</translation>
        </message>
        <message>
            <source>The run journal could not be read at all; it was kept as {file} and the day starts a fresh journal.</source>
            <translation>Dagens logbog kunne slet ikke læses; den er gemt som {file}, og dagen starter en ny logbog.</translation>
        </message>
        <message>
            <source>… and {n} more lines skipped</source>
            <translation>… og {n} linjer mere sprunget over</translation>
        </message>
        <message>
            <source>{folder} is open in another Facilitator window, pid {pid}. Close that window first, or choose another folder with --workshop-dir.</source>
            <translation>{folder} er åben i et andet Facilitator-vindue, pid {pid}. Luk det vindue først, eller vælg en anden mappe med --workshop-dir.</translation>
        </message>
        <message>
            <source>The workshop is already open</source>
            <translation>Workshoppen er allerede åben</translation>
        </message>
        <message>
            <source>Today's run of this workshop has {n} commands in its journal.</source>
            <translation>Dagens afvikling af denne workshop har {n} kommandoer i sin journal.</translation>
        </message>
        <message>
            <source>The workshop folder cannot be used ({reason}). Choose another with --workshop-dir.</source>
            <translation>Workshopmappen kan ikke bruges ({reason}). Vælg en anden med --workshop-dir.</translation>
        </message>
        <message>
            <source>Resume where the day is</source>
            <translation>Fortsæt hvor dagen er</translation>
        </message>
        <message>
            <source>Start fresh (keep the old journal)</source>
            <translation>Start forfra (den gamle journal gemmes)</translation>
        </message>
        <message>
            <source>The session's blocks have changed since the journal was written; it was kept as {file} and the day starts fresh.</source>
            <translation>Sessionens blokke er ændret, siden logbogen blev skrevet; den er gemt som {file}, og dagen starter forfra.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>The run journal cannot be written ({reason}); a crash now would lose the latest commands.</source>
            <translation>Dagens logbog kan ikke skrives ({reason}); et nedbrud nu ville miste de seneste kommandoer.</translation>
        </message>
        <message>
            <source>The run journal was replaced or deleted while the day ran; a fresh journal with the whole day has been written ({path}).</source>
            <translation>Dagens logbog blev erstattet eller slettet, mens dagen kørte; en ny logbog med hele dagen er skrevet ({path}).</translation>
        </message>
    </context>
    <context>
        <name>CellEditor</name>
        <message>
            <source>Platforms, e.g. Facebook, Twitter</source>
            <translation>Platforme, fx Facebook, Twitter</translation>
        </message>
        <message>
            <source>Who, e.g. SAS</source>
            <translation>Hvem, fx SAS</translation>
        </message>
    </context>
    <context>
        <name>Chime</name>
        <message>
            <source>Sound is off: Qt Multimedia cannot be loaded ({why}). Timers still flash.</source>
            <translation>Lyden er slået fra: Qt Multimedia kan ikke indlæses ({why}). Timerne blinker stadig.</translation>
        </message>
        <message>
            <source>Sound is off: this computer has no audio output. Timers still flash.</source>
            <translation>Lyden er slået fra: computeren har ingen lydudgang. Timerne blinker stadig.</translation>
        </message>
    </context>
    <context>
        <name>DayReportLink</name>
        <message>
            <source>Day report…</source>
            <translation>Dagens rapport…</translation>
        </message>
        <message>
            <source>The day report cannot be written</source>
            <translation>Dagens rapport kan ikke skrives</translation>
        </message>
        <message>
            <source>Day report written to {file}</source>
            <translation>Dagens rapport er skrevet til {file}</translation>
        </message>
    </context>
    <context>
        <name>DeckLink</name>
        <message>
            <source>Cannot read {path}: the wall shows the block's title instead</source>
            <translation>Kan ikke læse {path}: væggen viser blokkens titel i stedet</translation>
        </message>
        <message>
            <source>The slide on the wall cannot be remembered for a restart ({reason}).</source>
            <translation>Den viste slide kan ikke huskes til en genstart ({reason}).</translation>
        </message>
        <message>
            <source>First slide of the block</source>
            <translation>Blokkens første slide</translation>
        </message>
        <message>
            <source>Last slide of the block</source>
            <translation>Blokkens sidste slide</translation>
        </message>
        <message>
            <source>Slide overview</source>
            <translation>Oversigt over slides</translation>
        </message>
        <message>
            <source>First slide of this block. Ctrl+PageUp goes back to the previous block.</source>
            <translation>Første slide i blokken. Ctrl+PageUp går tilbage til forrige blok.</translation>
        </message>
        <message>
            <source>Last slide of the day. Press Next again to end the day.</source>
            <translation>Dagens sidste slide. Tryk Næste igen for at afslutte dagen.</translation>
        </message>
        <message>
            <source>Last slide of this block. Press Next again to start: {title}</source>
            <translation>Blokkens sidste slide. Tryk Næste igen for at starte: {title}</translation>
        </message>
    </context>
    <context>
        <name>ExercisePanel</name>
        <message>
            <source>Add an e&amp;xercise to this block</source>
            <translation>Tilføj en ø&amp;velse til blokken</translation>
        </message>
        <message>
            <source>Exercise &amp;title:</source>
            <translation>Øvelsens &amp;titel:</translation>
        </message>
        <message>
            <source>Exercise &amp;duration:</source>
            <translation>Øvelsens &amp;varighed:</translation>
        </message>
        <message>
            <source>&amp;Prompt:</source>
            <translation>&amp;Opgavetekst:</translation>
        </message>
        <message>
            <source>Journey &amp;template:</source>
            <translation>&amp;Rejseskabelon:</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Varighed</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Opgavetekst</translation>
        </message>
        <message>
            <source>Add p&amp;hase</source>
            <translation>Tilføj &amp;fase</translation>
        </message>
        <message>
            <source>Remove phase</source>
            <translation>Fjern fase</translation>
        </message>
        <message>
            <source>Phase up</source>
            <translation>Fase op</translation>
        </message>
        <message>
            <source>Phase down</source>
            <translation>Fase ned</translation>
        </message>
        <message>
            <source>Select a block to see its exercise.</source>
            <translation>Vælg en blok for at se dens øvelse.</translation>
        </message>
        <message>
            <source>'{block}' has no exercise.</source>
            <translation>'{block}' har ingen øvelse.</translation>
        </message>
        <message>
            <source>Exercise of '{block}'</source>
            <translation>Øvelsen i '{block}'</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>Phases {sum} of the exercise's {exercise}; block {block}</source>
            <translation>Faser {sum} af øvelsens {exercise}; blok {block}</translation>
        </message>
        <message>
            <source>Phase 1 of {n}: {title}</source>
            <translation>Fase 1 af {n}: {title}</translation>
        </message>
        <message>
            <source>Change the exercise's {field}</source>
            <translation>Ret øvelsens {field}</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Tilføj en øvelse</translation>
        </message>
        <message>
            <source>Change a phase</source>
            <translation>Ret en fase</translation>
        </message>
        <message>
            <source>Add a phase</source>
            <translation>Tilføj en fase</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Ny fase</translation>
        </message>
        <message>
            <source>Remove a phase</source>
            <translation>Fjern en fase</translation>
        </message>
        <message>
            <source>Move a phase</source>
            <translation>Flyt en fase</translation>
        </message>
    </context>
    <context>
        <name>JournalNotes</name>
        <message>
            <source>{file}:{line}: skipped a torn last line ({detail})</source>
            <translation>{file}:{line}: sprang en afrevet sidste linje over ({detail})</translation>
        </message>
        <message>
            <source>{file}:{line}: skipped a garbled line ({detail})</source>
            <translation>{file}:{line}: sprang en ulæselig linje over ({detail})</translation>
        </message>
        <message>
            <source>{file}:{line}: left out a duplicate of line {other}</source>
            <translation>{file}:{line}: udeladt: en gentagelse af linje {other}</translation>
        </message>
        <message>
            <source>{file}:{line}: left out a command dated in the future ({detail})</source>
            <translation>{file}:{line}: udeladt: en kommando dateret i fremtiden ({detail})</translation>
        </message>
        <message>
            <source>{file}:{line}: left out a command dated before line {other} ({detail} &lt; {other_detail}) with no clock jump recorded</source>
            <translation>{file}:{line}: udeladt: en kommando dateret før linje {other} ({detail} &lt; {other_detail}), uden at et spring i uret er registreret</translation>
        </message>
    </context>
    <context>
        <name>JourneyBoard</name>
        <message>
            <source>Journey board</source>
            <translation>Kunderejsetavle</translation>
        </message>
        <message>
            <source>A journey needs at least one phase.</source>
            <translation>En kunderejse skal have mindst én fase.</translation>
        </message>
        <message>
            <source>Phase “%1” deleted; its touchpoints are now in “%2”.</source>
            <translation>Fasen “%1” er slettet; dens kontaktpunkter ligger nu i “%2”.</translation>
        </message>
        <message>
            <source>Add phase before</source>
            <translation>Tilføj fase før</translation>
        </message>
        <message>
            <source>Add phase after</source>
            <translation>Tilføj fase efter</translation>
        </message>
        <message>
            <source>Rename phase</source>
            <translation>Omdøb fase</translation>
        </message>
        <message>
            <source>Move phase left</source>
            <translation>Flyt fasen til venstre</translation>
        </message>
        <message>
            <source>Move phase right</source>
            <translation>Flyt fasen til højre</translation>
        </message>
        <message>
            <source>Delete phase</source>
            <translation>Slet fase</translation>
        </message>
        <message>
            <source>Edit touchpoint</source>
            <translation>Rediger kontaktpunkt</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
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
            <source>Social media</source>
            <translation>Sociale medier</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>Følelse</translation>
        </message>
        <message>
            <source>Pain point</source>
            <translation>Smertepunkt</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Mulighed</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>Us</source>
            <translation>Os</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunden</translation>
        </message>
    </context>
    <context>
        <name>JourneyCompareView</name>
        <message>
            <source>Feeling curves of all groups</source>
            <translation>Alle gruppers følelseskurver</translation>
        </message>
        <message>
            <source>Compare groups</source>
            <translation>Sammenlign grupper</translation>
        </message>
        <message>
            <source>No groups yet: add one with New group</source>
            <translation>Ingen grupper endnu: tilføj en med Ny gruppe</translation>
        </message>
        <message>
            <source>No feelings yet: click in the Feeling lane to set them</source>
            <translation>Ingen følelser endnu: klik i rækken Følelse for at sætte dem</translation>
        </message>
    </context>
    <context>
        <name>JourneyEditorWindow</name>
        <message>
            <source>Customer journeys – %1</source>
            <translation>Kunderejser – %1</translation>
        </message>
        <message>
            <source>These journey files could not be read and were kept aside:</source>
            <translation>Disse kunderejsefiler kunne ikke læses og er lagt til side:</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… og {n} til</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gemt</translation>
        </message>
        <message>
            <source>Could not save: </source>
            <translation>Kunne ikke gemme: </translation>
        </message>
        <message>
            <source>Journeys</source>
            <translation>Kunderejser</translation>
        </message>
        <message>
            <source>From template: %1</source>
            <translation>Fra skabelon: %1</translation>
        </message>
        <message>
            <source>Blank</source>
            <translation>Tom</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Ny gruppe</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Omdøb</translation>
        </message>
        <message>
            <source>Duplicate group</source>
            <translation>Kopiér gruppe</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Slet gruppe</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Tilføj kontaktpunkt</translation>
        </message>
        <message>
            <source>Delete touchpoint</source>
            <translation>Slet kontaktpunkt</translation>
        </message>
        <message>
            <source>Duplicate touchpoint</source>
            <translation>Kopiér kontaktpunkt</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Add, rename, move or delete the selected phase</source>
            <translation>Tilføj, omdøb, flyt eller slet den valgte fase</translation>
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
            <source>Show on wall</source>
            <translation>Vis på væggen</translation>
        </message>
        <message>
            <source>Compare groups</source>
            <translation>Sammenlign grupper</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Eksportér PDF</translation>
        </message>
        <message>
            <source>Laying out the groups' boards…</source>
            <translation>Stiller gruppernes tavler op…</translation>
        </message>
        <message>
            <source>Rename group</source>
            <translation>Omdøb gruppe</translation>
        </message>
        <message>
            <source>Group name:</source>
            <translation>Gruppens navn:</translation>
        </message>
        <message>
            <source>Export journeys as PDF</source>
            <translation>Eksportér kunderejser som PDF</translation>
        </message>
        <message>
            <source>Exporting PDF…</source>
            <translation>Eksporterer PDF…</translation>
        </message>
        <message>
            <source>Could not export: </source>
            <translation>Kunne ikke eksportere: </translation>
        </message>
        <message>
            <source>Could not export the journeys as PDF: %1</source>
            <translation>Kunne ikke eksportere kunderejserne som PDF: %1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Eksporteret til %1</translation>
        </message>
        <message>
            <source>Exported to %1, but some text cannot be printed with the bundled font:</source>
            <translation>Eksporteret til %1, men noget af teksten kan ikke skrives med den medfølgende skrifttype:</translation>
        </message>
    </context>
    <context>
        <name>JourneyTab</name>
        <message>
            <source>Journey</source>
            <translation>Kunderejse</translation>
        </message>
        <message>
            <source>Persona / stakeholder</source>
            <translation>Persona / interessent</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenarie</translation>
        </message>
    </context>
    <context>
        <name>JourneyUndo</name>
        <message>
            <source>Add touchpoint</source>
            <translation>Tilføj kontaktpunkt</translation>
        </message>
        <message>
            <source>Delete touchpoint</source>
            <translation>Slet kontaktpunkt</translation>
        </message>
        <message>
            <source>Duplicate touchpoint</source>
            <translation>Kopiér kontaktpunkt</translation>
        </message>
        <message>
            <source>Edit touchpoint</source>
            <translation>Rediger kontaktpunkt</translation>
        </message>
        <message>
            <source>Move touchpoint</source>
            <translation>Flyt kontaktpunkt</translation>
        </message>
        <message>
            <source>Rename group</source>
            <translation>Omdøb gruppe</translation>
        </message>
        <message>
            <source>Edit journey</source>
            <translation>Rediger kunderejse</translation>
        </message>
        <message>
            <source>Rename phase</source>
            <translation>Omdøb fase</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>Tilføj fase</translation>
        </message>
        <message>
            <source>Delete phase</source>
            <translation>Slet fase</translation>
        </message>
        <message>
            <source>Move phase</source>
            <translation>Flyt fase</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Ny gruppe</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Slet gruppe</translation>
        </message>
    </context>
    <context>
        <name>JourneyWallView</name>
        <message>
            <source>Journey on the wall</source>
            <translation>Kunderejsen på væggen</translation>
        </message>
    </context>
    <context>
        <name>Journeys</name>
        <message>
            <source>Reading the groups' journeys…</source>
            <translation>Læser gruppernes kunderejser…</translation>
        </message>
        <message>
            <source>facilitator: the journeys of {groups} could not be saved in {folder} ({reason}) nor copied to {copy} ({why}): their changes are lost.</source>
            <translation>facilitator: kunderejserne for {groups} kunne hverken gemmes i {folder} ({reason}) eller kopieres til {copy} ({why}): ændringerne er tabt.</translation>
        </message>
        <message>
            <source>facilitator: the journeys of {groups} could not be saved in {folder} ({reason}); they were copied to {copy}</source>
            <translation>facilitator: kunderejserne for {groups} kunne ikke gemmes i {folder} ({reason}); de er kopieret til {copy}</translation>
        </message>
    </context>
    <context>
        <name>JourneysLink</name>
        <message>
            <source>The journey editor cannot open: %1</source>
            <translation>Kunderejse-editoren kan ikke åbne: %1</translation>
        </message>
        <message>
            <source>Customer journeys</source>
            <translation>Kunderejser</translation>
        </message>
    </context>
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
    <context>
        <name>ListEditor</name>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Ny…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Navn:</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Tilføj {name}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Fjern {name}</translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation>Ret {field}</translation>
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
        <name>Planner</name>
        <message>
            <source>{n} min free before {title} {time}</source>
            <translation>{n} min fri før {title} {time}</translation>
        </message>
        <message>
            <source>{before} runs {n} min into {title}</source>
            <translation>{before} løber {n} min ind i {title}</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Linje {line}: {message}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Slut</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Varighed</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Mindst</translation>
        </message>
        <message>
            <source>Fixed start</source>
            <translation>Fast start</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Tjek</translation>
        </message>
        <message>
            <source>talk</source>
            <translation>oplæg</translation>
        </message>
        <message>
            <source>exercise</source>
            <translation>øvelse</translation>
        </message>
        <message>
            <source>break</source>
            <translation>pause</translation>
        </message>
        <message>
            <source>Change {field} of {block}</source>
            <translation>Ret {field} i {block}</translation>
        </message>
        <message>
            <source>Save first?</source>
            <translation>Gem først?</translation>
        </message>
        <message>
            <source>The day runs from the saved file. Save the plan now?</source>
            <translation>Dagen kører fra den gemte fil. Gem planen nu?</translation>
        </message>
        <message>
            <source>The plan has problems</source>
            <translation>Planen har problemer</translation>
        </message>
        <message>
            <source>Fix the problems listed under the agenda first.</source>
            <translation>Ret først problemerne under programmet.</translation>
        </message>
        <message>
            <source>Rehearse</source>
            <translation>Prøv dagen</translation>
        </message>
        <message>
            <source>This version cannot rehearse yet; use Run the day.</source>
            <translation>Denne version kan ikke prøve dagen endnu; brug Kør dagen.</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Gem PDF som</translation>
        </message>
        <message>
            <source>Print worksheets</source>
            <translation>Udskriv arbejdsark</translation>
        </message>
        <message>
            <source>How many groups?</source>
            <translation>Hvor mange grupper?</translation>
        </message>
        <message>
            <source>The PDF cannot be written</source>
            <translation>PDF-filen kan ikke skrives</translation>
        </message>
        <message>
            <source>Wrote {file}</source>
            <translation>Skrev {file}</translation>
        </message>
        <message>
            <source>This session is running today (in '{block}', folder {folder}).</source>
            <translation>Sessionen kører i dag (i '{block}', mappe {folder}).</translation>
        </message>
        <message>
            <source>The {n} blocks run so far stay as they are; the day goes on with the new plan after them.</source>
            <translation>De {n} blokke, der er kørt indtil nu, bliver som de er; dagen fortsætter med den nye plan efter dem.</translation>
        </message>
        <message>
            <source>New blocks: {ids}</source>
            <translation>Nye blokke: {ids}</translation>
        </message>
        <message>
            <source>Removed blocks: {ids}</source>
            <translation>Fjernede blokke: {ids}</translation>
        </message>
        <message>
            <source>The presenter shows the new plan when it is opened again (it resumes where the day is).</source>
            <translation>Oplægsvinduet viser den nye plan, når det åbnes igen (det fortsætter, hvor dagen er).</translation>
        </message>
        <message>
            <source>Today's run</source>
            <translation>Dagens kørsel</translation>
        </message>
        <message>
            <source>Save the new plan?</source>
            <translation>Gem den nye plan?</translation>
        </message>
    </context>
    <context>
        <name>PlannerWindow</name>
        <message>
            <source>New session…</source>
            <translation>Ny session…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Åbn…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Gem som…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
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
            <source>Rehearse</source>
            <translation>Prøv dagen</translation>
        </message>
        <message>
            <source>Run the day</source>
            <translation>Kør dagen</translation>
        </message>
        <message>
            <source>Print agenda…</source>
            <translation>Udskriv program…</translation>
        </message>
        <message>
            <source>Print worksheets…</source>
            <translation>Udskriv arbejdsark…</translation>
        </message>
        <message>
            <source>Tab {n}</source>
            <translation>Fane {n}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>R&amp;ediger</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Dag</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Åbn en session</translation>
        </message>
        <message>
            <source>Session files (*.yaml *.yml)</source>
            <translation>Sessionsfiler (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>The file cannot be opened</source>
            <translation>Filen kan ikke åbnes</translation>
        </message>
        <message>
            <source>Unsaved changes were found</source>
            <translation>Der er fundet ændringer, der ikke er gemt</translation>
        </message>
        <message>
            <source>The planner closed without saving {name}. Restore the unsaved changes?</source>
            <translation>Planlægningen lukkede uden at gemme {name}. Hent de ikke-gemte ændringer tilbage?</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Program</translation>
        </message>
        <message>
            <source>S&amp;lides</source>
            <translation>S&amp;lides</translation>
        </message>
        <message>
            <source>&amp;Platforms</source>
            <translation>&amp;Platforme</translation>
        </message>
        <message>
            <source>&amp;Journey templates</source>
            <translation>&amp;Rejseskabeloner</translation>
        </message>
        <message>
            <source>That edit cannot be made: {why}</source>
            <translation>Den ændring kan ikke laves: {why}</translation>
        </message>
        <message>
            <source>Today's run keeps its blocks</source>
            <translation>Dagens kørsel beholder sine blokke</translation>
        </message>
        <message>
            <source>This session is running today (now in '{block}'). Blocks that have run cannot be removed, and no block can move in front of them.</source>
            <translation>Sessionen kører i dag (nu i '{block}'). Blokke, der er kørt, kan ikke fjernes, og ingen blok kan flyttes foran dem.</translation>
        </message>
        <message>
            <source>Move {block}</source>
            <translation>Flyt {block}</translation>
        </message>
        <message>
            <source>Save the session as</source>
            <translation>Gem sessionen som</translation>
        </message>
        <message>
            <source>The plan has problems</source>
            <translation>Planen har problemer</translation>
        </message>
        <message>
            <source>{n} problems: the day cannot run until they are fixed. Save all the same?</source>
            <translation>{n} problemer: dagen kan ikke køre, før de er rettet. Gem alligevel?</translation>
        </message>
        <message>
            <source>The file cannot be saved</source>
            <translation>Filen kan ikke gemmes</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Gemt: {file}</translation>
        </message>
        <message>
            <source>The file was changed by another program</source>
            <translation>Filen er ændret af et andet program</translation>
        </message>
        <message>
            <source>{file} was changed by another program since the planner opened it. Save over it? Its changes are lost (No keeps them; Save as… writes the plan to another file).</source>
            <translation>{file} er ændret af et andet program, siden planlæggeren åbnede den. Gem oven i den? Dens ændringer går tabt (Nej beholder dem; Gem som… skriver planen til en anden fil).</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ændringer, der ikke er gemt</translation>
        </message>
        <message>
            <source>Save the changes to {name}?</source>
            <translation>Gem ændringerne i {name}?</translation>
        </message>
        <message>
            <source>the new session</source>
            <translation>den nye session</translation>
        </message>
        <message>
            <source>Facilitator planner</source>
            <translation>Facilitator-planlægning</translation>
        </message>
        <message>
            <source>{name}{star} — Facilitator planner</source>
            <translation>{name}{star} — Facilitator-planlægning</translation>
        </message>
    </context>
    <context>
        <name>PlatformsTab</name>
        <message>
            <source>&amp;Platforms:</source>
            <translation>&amp;Platforme:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>&amp;Webadresse:</translation>
        </message>
        <message>
            <source>&amp;About (one point a line):</source>
            <translation>&amp;Om (et punkt pr. linje):</translation>
        </message>
        <message>
            <source>Source of the a&amp;bout text:</source>
            <translation>Kilde til &amp;om-teksten:</translation>
        </message>
        <message>
            <source>&amp;Figures (value, label, unit, source, measure, when):</source>
            <translation>&amp;Tal (værdi, tekst, enhed, kilde, mål, hvornår):</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Værdi</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhed</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
    </context>
    <context>
        <name>PresenterFile</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Ny…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Åbn…</translation>
        </message>
        <message>
            <source>Open recent</source>
            <translation>Åbn seneste</translation>
        </message>
        <message>
            <source>Plan this session</source>
            <translation>Planlæg denne session</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Gem som…</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Åbn en session</translation>
        </message>
        <message>
            <source>Session files (*.yaml *.yml)</source>
            <translation>Sessionsfiler (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Save the session as</source>
            <translation>Gem sessionen som</translation>
        </message>
        <message>
            <source>The file cannot be saved</source>
            <translation>Filen kan ikke gemmes</translation>
        </message>
    </context>
    <context>
        <name>PresenterSlidesPanel</name>
        <message>
            <source>Next</source>
            <translation>Næste</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>No slides in this block</source>
            <translation>Ingen slides i denne blok</translation>
        </message>
        <message>
            <source>Slide {n} of {total}</source>
            <translation>Slide {n} af {total}</translation>
        </message>
        <message>
            <source>({n} of {total} in all)</source>
            <translation>({n} af {total} i alt)</translation>
        </message>
        <message>
            <source>End of the deck</source>
            <translation>Sidste slide</translation>
        </message>
        <message>
            <source>Next block: {title}</source>
            <translation>Næste blok: {title}</translation>
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
            <source>Rehearse…</source>
            <translation>Generalprøve…</translation>
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
            <source>&amp;Round</source>
            <translation>&amp;Runde</translation>
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
            <source>Before the day</source>
            <translation>Før dagen</translation>
        </message>
        <message>
            <source>The day has ended</source>
            <translation>Dagen er slut</translation>
        </message>
        <message>
            <source>Start day and show wall</source>
            <translation>Start dagen og vis væggen</translation>
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
            <source>Rehearse the day</source>
            <translation>Prøv dagen af</translation>
        </message>
        <message>
            <source>Rehearse from the planned start, how many times as fast (1–60)?</source>
            <translation>Prøv dagen af fra den planlagte start: hvor mange gange så hurtigt (1–60)?</translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>Generalprøve</translation>
        </message>
        <message>
            <source>{title} is set for {time} — start it now?</source>
            <translation>{title} er sat til kl. {time} — start den nu?</translation>
        </message>
        <message>
            <source>Start early?</source>
            <translation>Start før tid?</translation>
        </message>
        <message>
            <source>The wall is black — B or Esc brings the slide back</source>
            <translation>Væggen er sort — B eller Esc bringer sliden tilbage</translation>
        </message>
        <message>
            <source>The wall is white — W or Esc brings the slide back</source>
            <translation>Væggen er hvid — W eller Esc bringer sliden tilbage</translation>
        </message>
        <message>
            <source>Sound is off</source>
            <translation>Lyden er slået fra</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Linje {line}: {message}</translation>
        </message>
        <message>
            <source>⚠ Warnings in the session file: {n}</source>
            <translation>⚠ Advarsler i sessionsfilen: {n}</translation>
        </message>
        <message>
            <source>The language changes the next time Facilitator starts.</source>
            <translation>Sproget skifter, næste gang Facilitator starter.</translation>
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
        <name>QuitCheck</name>
        <message>
            <source>Save the journeys to another folder</source>
            <translation>Gem kunderejserne i en anden mappe</translation>
        </message>
        <message>
            <source>The groups' journeys could not be saved in {folder}:
{reason}</source>
            <translation>Gruppernes kunderejser kunne ikke gemmes i {folder}:
{reason}</translation>
        </message>
        <message>
            <source>Not saved: {groups}.</source>
            <translation>Ikke gemt: {groups}.</translation>
        </message>
        <message>
            <source>If you quit without saving, these changes are lost.</source>
            <translation>Hvis du afslutter uden at gemme, går disse ændringer tabt.</translation>
        </message>
        <message>
            <source>The journeys cannot be saved</source>
            <translation>Kunderejserne kan ikke gemmes</translation>
        </message>
        <message>
            <source>Save to another folder…</source>
            <translation>Gem i en anden mappe…</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Afslut uden at gemme</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
    </context>
    <context>
        <name>RoundLink</name>
        <message>
            <source>Next group</source>
            <translation>Næste gruppe</translation>
        </message>
        <message>
            <source>+1 min for the group</source>
            <translation>+1 min til gruppen</translation>
        </message>
        <message>
            <source>−1 min for the group</source>
            <translation>−1 min fra gruppen</translation>
        </message>
        <message>
            <source>Skip group</source>
            <translation>Spring gruppen over</translation>
        </message>
        <message>
            <source>Shuffle the order</source>
            <translation>Bland rækkefølgen</translation>
        </message>
        <message>
            <source>Next page of the journey</source>
            <translation>Næste side af kunderejsen</translation>
        </message>
        <message>
            <source>Previous page of the journey</source>
            <translation>Forrige side af kunderejsen</translation>
        </message>
        <message>
            <source>The order can be shuffled before the first group presents</source>
            <translation>Rækkefølgen kan blandes, før den første gruppe fremlægger</translation>
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
            <source>Almost time</source>
            <translation>Tiden er snart gået</translation>
        </message>
        <message>
            <source>{title} by {minutes} min</source>
            <translation>{title} med {minutes} min</translation>
        </message>
        <message>
            <source>… and {n} more blocks, {minutes} min in all</source>
            <translation>… og {n} blokke mere, {minutes} min i alt</translation>
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
        <message>
            <source>Nothing left to cut — {tail}</source>
            <translation>Intet mere at skære — {tail}</translation>
        </message>
        <message>
            <source>{title} will start {minutes} min late</source>
            <translation>{title} starter {minutes} min for sent</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… og {n} til</translation>
        </message>
        <message>
            <source>{title}: {minutes} min late, nothing before it can give</source>
            <translation>{title}: {minutes} min for sent, intet før den kan give sig</translation>
        </message>
        <message>
            <source>{title} must end at {time}: {left} left, not {needs}</source>
            <translation>{title} skal slutte kl. {time}: {left} tilbage, ikke {needs}</translation>
        </message>
        <message>
            <source>Starting now: ends {time}</source>
            <translation>Starter vi nu: slutter {time}</translation>
        </message>
        <message>
            <source>Planned {start}–{end}</source>
            <translation>Planlagt {start}–{end}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastaturgenveje</translation>
        </message>
    </context>
    <context>
        <name>SlideForm</name>
        <message>
            <source>Slide: {kind}</source>
            <translation>Slide: {kind}</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Subtitle:</source>
            <translation>&amp;Undertitel:</translation>
        </message>
        <message>
            <source>&amp;Bullets (one a line):</source>
            <translation>&amp;Punkter (et pr. linje):</translation>
        </message>
        <message>
            <source>&amp;List title:</source>
            <translation>&amp;Listens titel:</translation>
        </message>
        <message>
            <source>&amp;Items, 'name (rank)' a line:</source>
            <translation>&amp;Elementer, 'navn (placering)' pr. linje:</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>&amp;Platform:</translation>
        </message>
        <message>
            <source>&amp;Platforms (none = all):</source>
            <translation>&amp;Platforme (ingen = alle):</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Mål:</translation>
        </message>
        <message>
            <source>&amp;Quote:</source>
            <translation>&amp;Citat:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Afsender:</translation>
        </message>
        <message>
            <source>&amp;Exercise:</source>
            <translation>&amp;Øvelse:</translation>
        </message>
        <message>
            <source>&amp;Journey template:</source>
            <translation>&amp;Rejseskabelon:</translation>
        </message>
        <message>
            <source>&amp;File (relative to the session file):</source>
            <translation>&amp;Fil (i forhold til sessionsfilen):</translation>
        </message>
        <message>
            <source>P&amp;ages (e.g. 3-10; empty = all):</source>
            <translation>S&amp;ider (fx 3-10; tom = alle):</translation>
        </message>
        <message>
            <source>&amp;Caption:</source>
            <translation>&amp;Billedtekst:</translation>
        </message>
        <message>
            <source>S&amp;ource:</source>
            <translation>K&amp;ilde:</translation>
        </message>
        <message>
            <source>&amp;Notes (never on the wall):</source>
            <translation>&amp;Noter (aldrig på væggen):</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Værdi</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhed</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>&amp;Figures:</source>
            <translation>&amp;Tal:</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
    </context>
    <context>
        <name>SlideOverviewDialog</name>
        <message>
            <source>All slides</source>
            <translation>Alle slides</translation>
        </message>
    </context>
    <context>
        <name>SlidesTab</name>
        <message>
            <source>&amp;Blocks:</source>
            <translation>&amp;Blokke:</translation>
        </message>
        <message>
            <source>Sli&amp;des of the block (Enter edits):</source>
            <translation>Blokkens sli&amp;des (Enter retter):</translation>
        </message>
        <message>
            <source>&amp;Notes for the presenter:</source>
            <translation>&amp;Noter til oplægsholderen:</translation>
        </message>
        <message>
            <source>&amp;Add slide</source>
            <translation>&amp;Tilføj slide</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Tilføj…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ret…</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Før</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Senere</translation>
        </message>
        <message>
            <source>To block…</source>
            <translation>Til blok…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Wall size</source>
            <translation>Vægstørrelse</translation>
        </message>
        <message>
            <source>The plan has problems (see the agenda); slides are drawn again once check passes.</source>
            <translation>Planen har problemer (se programmet); slides tegnes igen, når check godkender den.</translation>
        </message>
        <message>
            <source>A note per page, a line each: '3: Ask the room'</source>
            <translation>En note pr. side, en linje hver: '3: Spørg salen'</translation>
        </message>
        <message>
            <source>Add a {kind} slide</source>
            <translation>Tilføj en {kind}-slide</translation>
        </message>
        <message>
            <source>Edit slide {slide}</source>
            <translation>Ret slide {slide}</translation>
        </message>
        <message>
            <source>Move a slide</source>
            <translation>Flyt en slide</translation>
        </message>
        <message>
            <source>Move the slide</source>
            <translation>Flyt sliden</translation>
        </message>
        <message>
            <source>To block:</source>
            <translation>Til blok:</translation>
        </message>
        <message>
            <source>Move a slide to {block}</source>
            <translation>Flyt en slide til {block}</translation>
        </message>
        <message>
            <source>Remove a slide</source>
            <translation>Fjern en slide</translation>
        </message>
        <message>
            <source>Change the slide's notes</source>
            <translation>Ret slidens noter</translation>
        </message>
        <message>
            <source>Slide at wall size</source>
            <translation>Slide i vægstørrelse</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Plan a workshop</source>
            <translation>Planlæg en workshop</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelsk</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Dansk</translation>
        </message>
        <message>
            <source>&amp;Language of a new session:</source>
            <translation>&amp;Sprog i en ny session:</translation>
        </message>
        <message>
            <source>&amp;New blank session</source>
            <translation>&amp;Ny tom session</translation>
        </message>
        <message>
            <source>New from the &amp;default session</source>
            <translation>Ny ud fra &amp;standardsessionen</translation>
        </message>
        <message>
            <source>&amp;Open a session file…</source>
            <translation>&amp;Åbn en sessionsfil…</translation>
        </message>
        <message>
            <source>&amp;Recent sessions (Enter opens):</source>
            <translation>&amp;Seneste sessioner (Enter åbner):</translation>
        </message>
    </context>
    <context>
        <name>TemplatesTab</name>
        <message>
            <source>&amp;Journey templates:</source>
            <translation>&amp;Rejseskabeloner:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>P&amp;ersona:</source>
            <translation>P&amp;ersona:</translation>
        </message>
        <message>
            <source>&amp;Scenario:</source>
            <translation>&amp;Scenarie:</translation>
        </message>
        <message>
            <source>P&amp;hases (id, title):</source>
            <translation>&amp;Faser (id, titel):</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>T&amp;ouchpoints (title, phase id, channel, owner us/partner/customer, owner's name, social-media idea):</source>
            <translation>&amp;Kontaktpunkter (titel, fase-id, kanal, ejer us/partner/customer, ejerens navn, idé til sociale medier):</translation>
        </message>
        <message>
            <source>Social media idea</source>
            <translation>Idé til sociale medier</translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation>Ret {field}</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
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
            <source>Owner's name</source>
            <translation>Ejerens navn</translation>
        </message>
    </context>
</TS>
