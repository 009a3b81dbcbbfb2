<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Danish</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Content in:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Day starts:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>P&amp;roblems (as facilitator check reports them):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Insert before</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Insert after</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Insert a block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Duplicate {block}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete {block}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The day's start is not a clock time.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>1 block · the day runs {start}–{end}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{n} blocks · the day runs {start}–{end}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Warning, line {line}: {message}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No problems: facilitator check passes this plan.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change the session's {field}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The session file has problems</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>… and {n} more; facilitator check {file} lists them all.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The workshop folder cannot be written</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The day has ended.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{block} — {time} over time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{block} — {time} left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Where the day is: {where}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Resume the day?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The run journal could not be read at all; it was kept as {file} and the day starts a fresh journal.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>… and {n} more lines skipped</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{folder} is open in another Facilitator window, pid {pid}. Close that window first, or choose another folder with --workshop-dir.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The workshop is already open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Today's run of this workshop has {n} commands in its journal.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The workshop folder cannot be used ({reason}). Choose another with --workshop-dir.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Resume where the day is</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Start fresh (keep the old journal)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The session's blocks have changed since the journal was written; it was kept as {file} and the day starts fresh.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>The run journal cannot be written ({reason}); a crash now would lose the latest commands.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The run journal was replaced or deleted while the day ran; a fresh journal with the whole day has been written ({path}).</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>CellEditor</name>
        <message>
            <source>Platforms, e.g. Facebook, Twitter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Who, e.g. SAS</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Chime</name>
        <message>
            <source>Sound is off: Qt Multimedia cannot be loaded ({why}). Timers still flash.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sound is off: this computer has no audio output. Timers still flash.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>DayReportLink</name>
        <message>
            <source>Day report…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The day report cannot be written</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Day report written to {file}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>DeckLink</name>
        <message>
            <source>Cannot read {path}: the wall shows the block's title instead</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The slide on the wall cannot be remembered for a restart ({reason}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>First slide of the block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Last slide of the block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Slide overview</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>First slide of this block. Ctrl+PageUp goes back to the previous block.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Last slide of the day. Press Next again to end the day.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Last slide of this block. Press Next again to start: {title}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ExercisePanel</name>
        <message>
            <source>Add an e&amp;xercise to this block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exercise &amp;title:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exercise &amp;duration:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Prompt:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Journey &amp;template:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add p&amp;hase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phase up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phase down</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Select a block to see its exercise.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'{block}' has no exercise.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exercise of '{block}'</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phases {sum} of the exercise's {exercise}; block {block}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phase 1 of {n}: {title}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change the exercise's {field}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change a phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add a phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove a phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move a phase</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>JournalNotes</name>
        <message>
            <source>{file}:{line}: skipped a torn last line ({detail})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{file}:{line}: skipped a garbled line ({detail})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{file}:{line}: left out a duplicate of line {other}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{file}:{line}: left out a command dated in the future ({detail})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{file}:{line}: left out a command dated before line {other} ({detail} &lt; {other_detail}) with no clock jump recorded</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>JourneyBoard</name>
        <message>
            <source>Journey board</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A journey needs at least one phase.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phase “%1” deleted; its touchpoints are now in “%2”.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add phase before</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add phase after</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rename phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move phase left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move phase right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Social media</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pain point</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Us</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Partner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>JourneyCompareView</name>
        <message>
            <source>Feeling curves of all groups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Compare groups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No groups yet: add one with New group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No feelings yet: click in the Feeling lane to set them</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>JourneyEditorWindow</name>
        <message>
            <source>Customer journeys – %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>These journey files could not be read and were kept aside:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Could not save: </source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Journeys</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>From template: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Blank</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Duplicate group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Duplicate touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add, rename, move or delete the selected phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Show on wall</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Compare groups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Laying out the groups' boards…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rename group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Group name:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Export journeys as PDF</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exporting PDF…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Could not export: </source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Could not export the journeys as PDF: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exported to %1, but some text cannot be printed with the bundled font:</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>JourneyTab</name>
        <message>
            <source>Journey</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Persona / stakeholder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>JourneyUndo</name>
        <message>
            <source>Add touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Duplicate touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rename group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit journey</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rename phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>JourneyWallView</name>
        <message>
            <source>Journey on the wall</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Journeys</name>
        <message>
            <source>Reading the groups' journeys…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>facilitator: the journeys of {groups} could not be saved in {folder} ({reason}) nor copied to {copy} ({why}): their changes are lost.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>facilitator: the journeys of {groups} could not be saved in {folder} ({reason}); they were copied to {copy}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>JourneysLink</name>
        <message>
            <source>The journey editor cannot open: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Customer journeys</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
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
    <context>
        <name>ListEditor</name>
        <message>
            <source>&amp;New…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ParticipantWindow</name>
        <message>
            <source>Facilitator — participant view</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <source>{n} min free before {title} {time}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{before} runs {n} min into {title}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fixed start</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>talk</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>exercise</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>break</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change {field} of {block}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save first?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The day runs from the saved file. Save the plan now?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The plan has problems</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fix the problems listed under the agenda first.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rehearse</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This version cannot rehearse yet; use Run the day.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Print worksheets</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>How many groups?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The PDF cannot be written</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Wrote {file}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This session is running today (in '{block}', folder {folder}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The {n} blocks run so far stay as they are; the day goes on with the new plan after them.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New blocks: {ids}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Removed blocks: {ids}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The presenter shows the new plan when it is opened again (it resumes where the day is).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Today's run</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save the new plan?</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PlannerWindow</name>
        <message>
            <source>New session…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rehearse</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Run the day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Print agenda…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Print worksheets…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tab {n}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Session files (*.yaml *.yml)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The file cannot be opened</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unsaved changes were found</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The planner closed without saving {name}. Restore the unsaved changes?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>S&amp;lides</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Platforms</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Journey templates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>That edit cannot be made: {why}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Today's run keeps its blocks</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This session is running today (now in '{block}'). Blocks that have run cannot be removed, and no block can move in front of them.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move {block}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save the session as</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The plan has problems</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{n} problems: the day cannot run until they are fixed. Save all the same?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The file cannot be saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The file was changed by another program</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{file} was changed by another program since the planner opened it. Save over it? Its changes are lost (No keeps them; Save as… writes the plan to another file).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save the changes to {name}?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>the new session</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Facilitator planner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name}{star} — Facilitator planner</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PlatformsTab</name>
        <message>
            <source>&amp;Platforms:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;About (one point a line):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Source of the a&amp;bout text:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Figures (value, label, unit, source, measure, when):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Measure</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PresenterFile</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open recent</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Plan this session</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Session files (*.yaml *.yml)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save the session as</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The file cannot be saved</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PresenterSlidesPanel</name>
        <message>
            <source>Next</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No slides in this block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Slide {n} of {total}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>({n} of {total} in all)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>End of the deck</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next block: {title}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>Facilitator — {title}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Start day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>End day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Previous</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Previous block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pause / resume day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>−1 min</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>+5 min</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>−5 min</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add or remove time…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Start / pause / resume exercise</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reset exercise</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Skip exercise</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Previous phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accept catch-up plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Show wall at the current block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Wall back to the block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Black wall</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>White wall</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Swap screens</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rehearse…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Journeys…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mute chime</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Slide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Break</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Journey</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Black</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>White</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Exercise</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>W&amp;all</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Windows</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Double-click or Enter: jump to the block</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Slides appear here</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accept</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Wall</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Before the day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The day has ended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Start day and show wall</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>finished</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ready</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phase {n}: {title} — {left}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rehearse the day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rehearse from the planned start, how many times as fast (1–60)?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{title} is set for {time} — start it now?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Start early?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The wall is black — B or Esc brings the slide back</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The wall is white — W or Esc brings the slide back</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sound is off</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>⚠ Warnings in the session file: {n}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The language changes the next time Facilitator starts.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The computer's clock jumped by {minutes} — times follow the new clock.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The day has not started: F5 starts it</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add or remove time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Minutes (negative removes time):</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QuitCheck</name>
        <message>
            <source>Save the journeys to another folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The groups' journeys could not be saved in {folder}:
{reason}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not saved: {groups}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>If you quit without saving, these changes are lost.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The journeys cannot be saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save to another folder…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>RoundLink</name>
        <message>
            <source>Next group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>+1 min for the group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>−1 min for the group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Skip group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Shuffle the order</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next page of the journey</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Previous page of the journey</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The order can be shuffled before the first group presents</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>done</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>next</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>On time — ends {time}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{minutes} min late — ends {time}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{minutes} min early — ends {time}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Time is up {overtime}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Almost time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{title} by {minutes} min</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>… and {n} more blocks, {minutes} min in all</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ends on time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>still {minutes} min late</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Shorten {cuts} — {tail}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing left to cut — {tail}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{title} will start {minutes} min late</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{title}: {minutes} min late, nothing before it can give</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{title} must end at {time}: {left} left, not {needs}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Starting now: ends {time}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Planned {start}–{end}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>SlideForm</name>
        <message>
            <source>Slide: {kind}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Subtitle:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Bullets (one a line):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;List title:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Items, 'name (rank)' a line:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Platforms (none = all):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Quote:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Exercise:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Journey template:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;File (relative to the session file):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>P&amp;ages (e.g. 3-10; empty = all):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Caption:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>S&amp;ource:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Notes (never on the wall):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Figures:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>List</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>SlideOverviewDialog</name>
        <message>
            <source>All slides</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>SlidesTab</name>
        <message>
            <source>&amp;Blocks:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sli&amp;des of the block (Enter edits):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Notes for the presenter:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Add slide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>To block…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Wall size</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The plan has problems (see the agenda); slides are drawn again once check passes.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A note per page, a line each: '3: Ask the room'</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add a {kind} slide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit slide {slide}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move a slide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move the slide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>To block:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Move a slide to {block}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove a slide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change the slide's notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Slide at wall size</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Plan a workshop</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Danish</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Language of a new session:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;New blank session</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New from the &amp;default session</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Open a session file…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Recent sessions (Enter opens):</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TemplatesTab</name>
        <message>
            <source>&amp;Journey templates:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>P&amp;ersona:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Scenario:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>P&amp;hases (id, title):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Id</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>T&amp;ouchpoints (title, phase id, channel, owner us/partner/customer, owner's name, social-media idea):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Social media idea</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
</TS>
