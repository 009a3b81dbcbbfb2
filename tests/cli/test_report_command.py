"""`facilitator report`: a journal built in the test (late start, an overrun, a pause, a skipped
block) gives the exact minutes in the CSV and in the PDF; --suggest writes a plan that passes check."""
from __future__ import annotations

import report_day
from cli_helpers import run_cli
from pdftext import pages, squash

from facilitator.core import workshop as storage
from facilitator.core.day import journal
from facilitator.core.session.loader import load_session


PDF_ROWS = [  # what, kind, planned start, actual start, planned, actual, difference (minutes)
    "Velkommen og introduktion blok 09.00 09.04 30,0 36,0 +6,0",
    "Øvelse: Fremtidsfortælling blok 09.30 09.40 30,0 32,0 +2,0",
    "Fremtidsfortælling øvelse 09.30 09.41 20,0 24,0 +4,0",
    "Skriv stikord fase 09.30 09.41 10,0 13,0 +3,0",
    "Hold talen fase 09.40 09.54 10,0 11,0 +1,0",
    "Hvorfor bruge de sociale medier blok 10.00 — 30,0 — —",
    "Pause blok 10.30 10.12 15,0 13,0 -2,0",
    "Opsamling blok 10.45 10.25 15,0 16,0 +1,0",
]


def workshop(tmp_path):
    session_path = tmp_path / "dag.yaml"
    session_path.write_text(report_day.SESSION_YAML, encoding="utf-8")
    folder = storage.prepare_workshop_dir(session_path, tmp_path / "workshop")
    with journal.Journal(storage.journal_path(folder)) as j:
        for event in report_day.events():
            j.append(event)
    return session_path, folder


def test_csv_and_pdf_have_the_exact_actual_minutes(tmp_path):
    _session, folder = workshop(tmp_path)
    pdf, csv = tmp_path / "rapport.pdf", tmp_path / "rapport.csv"
    result = run_cli("report", "--workshop-dir", str(folder), "-o", str(pdf), "--csv", str(csv), "--lang", "en")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [f"Wrote {csv}", f"Wrote {pdf}"]
    assert csv.read_text(encoding="utf-8") == report_day.EXPECTED_CSV
    text = "\n".join(pages(pdf))
    flat = squash(text)
    assert "Dagensrapport" in flat  # the report speaks the session's language
    for row in PDF_ROWS:
        assert squash(row) in flat, (row, text)
    assert squash("Pauser: 09.45–09.48 under Øvelse: Fremtidsfortælling (3,0 min)") in flat
    assert squash("Sprunget over: Hvorfor bruge de sociale medier") in flat
    assert squash("Indhentningsplaner accepteret: 09.35: Hvorfor bruge de sociale medier −5 min") in flat
    assert squash("Tid lagt til eller trukket fra: 09.30: Velkommen og introduktion +1,0 min") in flat


def test_suggest_writes_a_plan_that_passes_check(tmp_path):
    session, folder = workshop(tmp_path)
    nxt = tmp_path / "naeste.yaml"
    result = run_cli("report", "--workshop-dir", str(folder), "--suggest", str(nxt), "--lang", "da")
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["intro: duration 30m → 35m", 'slut: start "10:45" → "10:50"', f"Skrev {nxt}"]
    check = run_cli("check", str(nxt))
    assert check.code == 0, check.err
    planned = {b.id: b.duration // 60 for b in load_session(nxt).blocks}
    assert planned == {"intro": 35, "vision": 30, "cases": 30, "pause1": 15, "slut": 15}
    assert "duration: 35m   # keep it short" in nxt.read_text(encoding="utf-8")  # the comments stay
    assert session.read_text(encoding="utf-8") == report_day.SESSION_YAML  # the original is untouched


def test_a_folder_without_a_journal_is_refused(tmp_path):
    result = run_cli("report", "--workshop-dir", str(tmp_path), "--lang", "en")
    assert result.code == 1 and "no run journal" in result.err


def test_journeys_can_be_appended(tmp_path):
    from facilitator.core.journeys import store
    from facilitator.core.journeys.model import Touchpoint, blank_journey

    _session, folder = workshop(tmp_path)
    j = blank_journey("Gruppe <1> & co", title="Rejse til Mallorca")
    j.touchpoints.append(Touchpoint("Kunden læser <b>kataloget</b>", j.phases[0].id))
    store.save_journey(folder, j)
    pdf = tmp_path / "r.pdf"
    assert run_cli("report", "--workshop-dir", str(folder), "-o", str(pdf), "--journeys").code == 0
    text = pages(pdf)
    assert len(text) >= 2
    assert "Gruppe <1> & co" in text[-1] and squash("Kunden læser <b>kataloget</b>") in squash(text[-1])


def test_without_outputs_the_pdf_goes_into_the_workshop_folder(tmp_path):
    _session, folder = workshop(tmp_path)
    result = run_cli("report", "--workshop-dir", str(folder), "--lang", "da")
    assert result.code == 0 and result.out.strip() == f"Skrev {folder / 'day-report.pdf'}"
    assert "Dagens rapport" in pages(folder / "day-report.pdf")[0]


def test_the_groups_of_a_round_are_listed_with_their_minutes(tmp_path):
    from engine_day import at

    from facilitator.core.day.events import Event

    session_path = tmp_path / "runde.yaml"
    session_path.write_text(
        'format: 1\ntitle: Dag\nlanguage: da\nstart: "09:00"\nblocks:\n'
        "  - id: runde\n    title: Fremlæggelser\n    kind: exercise\n"
        "    report_back: {per_group: 4m, changeover: 1m, groups: 3}\n", encoding="utf-8")
    folder = storage.prepare_workshop_dir(session_path, tmp_path / "workshop")
    with journal.Journal(storage.journal_path(folder)) as j:
        for event in [Event(at(9, 0), "start_day"), Event(at(9, 1), "round_next"), Event(at(9, 5, 30), "round_next"),
                      Event(at(9, 7), "round_skip"), Event(at(9, 10), "round_next"), Event(at(9, 12), "end_day")]:
            j.append(event)
    pdf = tmp_path / "r.pdf"
    assert run_cli("report", "--workshop-dir", str(folder), "-o", str(pdf)).code == 0
    assert squash("Fremlæggelser i Fremlæggelser: Gruppe 1 4,5 min; Gruppe 2 1,5 min (afbrudt); Gruppe 3 3,0 min") \
        in squash(pages(pdf)[0])


def test_hostile_titles_print_literally(tmp_path):
    """Markup-looking and right-to-left titles in the session print as written."""
    _session, folder = workshop(tmp_path)
    text = report_day.SESSION_YAML.replace("title: Pause\n", 'title: "<b>Pause</b> & kaffe"\n')
    (tmp_path / "dag.yaml").write_text(text, encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    assert run_cli("report", "--workshop-dir", str(folder), "-o", str(pdf)).code == 0
    assert squash("<b>Pause</b> & kaffe blok 10.30 10.12 15,0 13,0 -2,0") in squash(pages(pdf)[0])


def test_a_journal_that_is_a_folder_is_refused_with_a_message(tmp_path):
    folder = tmp_path / "workshop"
    (folder / "journal.jsonl").mkdir(parents=True)
    result = run_cli("report", "--workshop-dir", str(folder), "--lang", "en")
    assert result.code == 1 and "the run journal cannot be read" in result.err and "Traceback" not in result.err


def test_titles_the_font_cannot_draw_are_named_in_a_warning(tmp_path):
    """A Japanese block title prints as � in the report: the command says so (it said nothing)."""
    session_path, folder = workshop(tmp_path)
    session_path.write_text(report_day.SESSION_YAML.replace("title: Opsamling", "title: まとめ"), encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    result = run_cli("report", "--workshop-dir", str(folder), "-o", str(pdf), "--lang", "en")
    assert result.code == 0 and pdf.exists()
    assert f"warning: {pdf}: the PDF font cannot draw Hiragana characters (まとめ); they print as �" in result.err


def test_an_output_that_is_an_input_is_refused_and_nothing_is_written(tmp_path):
    """-o, --csv or --suggest naming the session file, the journal or workshop.json wrote the
    report over it (the day's only record); refused as `journeys export` refuses it."""
    session, folder = workshop(tmp_path)
    inputs = [session, storage.journal_path(folder), folder / "workshop.json"]
    before = [p.read_bytes() for p in inputs]
    for option in ("-o", "--csv", "--suggest"):
        for target in inputs:
            result = run_cli("report", "--workshop-dir", str(folder), option, str(target), "--lang", "en")
            assert result.code == 1 and result.out == ""
            assert result.err.splitlines()[-1] == (f"facilitator report: {target} is one of the input files; "
                                                   "choose another name")
    assert [p.read_bytes() for p in inputs] == before


def _workshop_from_bytes(tmp_path, data: bytes):
    session_path = tmp_path / "dag.yaml"
    session_path.write_bytes(data)
    folder = storage.prepare_workshop_dir(session_path, tmp_path / "workshop")
    with journal.Journal(storage.journal_path(folder)) as j:
        for event in report_day.events():
            j.append(event)
    return session_path, folder


def _expected_next(text: str) -> str:
    return text.replace("duration: 30m   # keep it short", "duration: 35m   # keep it short").replace(
        'start: "10:45"   # fixed', 'start: "10:50"   # fixed')


def test_suggest_keeps_a_windows_file_with_its_bom_and_crlf_line_ends(tmp_path):
    """A session saved by a Windows editor (BOM, CRLF): the suggestion crashed on the BOM
    (EditError: no block 'slut') and turned every CRLF into LF; only the changed values may differ."""
    for bom in (b"", b"\xef\xbb\xbf"):
        for newline in ("\n", "\r\n"):
            here = tmp_path / f"case{len(bom)}{len(newline)}"
            here.mkdir()
            data = bom + report_day.SESSION_YAML.replace("\n", newline).encode("utf-8")
            _session, folder = _workshop_from_bytes(here, data)
            nxt = here / "next.yaml"
            result = run_cli("report", "--workshop-dir", str(folder), "--suggest", str(nxt), "--lang", "en")
            assert result.code == 0, result.err
            expected = bom + _expected_next(report_day.SESSION_YAML).replace("\n", newline).encode("utf-8")
            assert nxt.read_bytes() == expected
            assert run_cli("check", str(nxt)).code == 0


def test_suggest_leaves_a_value_shared_through_a_yaml_anchor_and_says_so(tmp_path):
    """`duration: &half 30m` in one block and `duration: *half` in another: the splice dropped the
    anchor (the plan no longer parsed: EditError, a traceback) or, for the alias, edited the
    anchor's block. Now the shared value is left as it is and a line says to change it by hand."""
    text = report_day.SESSION_YAML.replace(
        "duration: 30m   # keep it short", "duration: &half 30m   # keep it short").replace(
        "    kind: exercise\n    duration: 30m", "    kind: exercise\n    duration: *half")
    _session, folder = _workshop_from_bytes(tmp_path, text.encode("utf-8"))
    nxt = tmp_path / "next.yaml"
    result = run_cli("report", "--workshop-dir", str(folder), "--suggest", str(nxt), "--lang", "en")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == ("intro: duration &half 30m not changed to 35m: the value is shared "
                                          "through a YAML anchor (& * <<); change it by hand")
    assert nxt.read_text(encoding="utf-8") == text  # intro keeps its 30 min, so 10.45 is not overrun
    assert run_cli("check", str(nxt)).code == 0


def test_a_hand_edited_catch_up_with_odd_cuts_is_reported_without_them(tmp_path):
    """A journal edited by hand: an accepted catch-up plan whose cuts are not two numbers
    (["a", "b"]) crashed the PDF with a TypeError; such cuts are left out like any garbled data."""
    import json

    _session, folder = workshop(tmp_path)
    path = storage.journal_path(folder)
    lines = path.read_text(encoding="utf-8").splitlines()
    odd = json.loads(lines[2])  # the accepted catch-up plan at 09.35
    assert odd["type"] == "accept_catch_up"
    odd["data"]["cuts"] = [[2, 300], ["a", "b"], [None, 60], [1]]
    lines[2] = json.dumps(odd)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    result = run_cli("report", "--workshop-dir", str(folder), "-o", str(pdf), "--lang", "en")
    assert result.code == 0, result.err
    flat = squash("\n".join(pages(pdf)))
    assert squash("Indhentningsplaner accepteret: 09.35: Hvorfor bruge de sociale medier −5 min") in flat


def test_a_rehearsal_run_ahead_of_the_real_clock_is_reported(tmp_path):
    """A rehearsal at 30x (or of tonight's 19.00 day, in the afternoon) writes its journal on the
    simulated clock, hours ahead of the computer's; `report` left every line out as 'dated in the
    future' and said there was no journal. A rehearsal's journal is never vetted against the real clock."""
    import time

    from facilitator.core.day.events import Event

    session_path = tmp_path / "dag.yaml"
    session_path.write_text(report_day.SESSION_YAML, encoding="utf-8")
    real = storage.prepare_workshop_dir(session_path, tmp_path / "workshop")
    folder = storage.prepare_workshop_dir(session_path, storage.rehearsal_dir(real))
    start = time.time() + 3 * 3600
    with journal.Journal(storage.journal_path(folder)) as j:
        for minute, kind in ((0, "start_day"), (36, "next_block"), (70, "end_day")):
            j.append(Event(start + minute * 60, kind))
    csv = tmp_path / "r.csv"
    result = run_cli("report", "--workshop-dir", str(folder), "--csv", str(csv), "--lang", "en")
    assert result.code == 0, result.err
    assert "future" not in result.err
    assert ",intro,Velkommen og introduktion," in csv.read_text(encoding="utf-8")
    assert csv.read_text(encoding="utf-8").splitlines()[1].endswith(",30.0,36.0,6.0")


COUNTED_ROUND = """format: 1
title: Evening
language: en
start: "19:00"
blocks:
  - id: hello
    title: Hello
    kind: talk
    duration: 20m
  - id: round
    title: Report back
    kind: exercise
    duration: 29m    # 6 x 4 + 5 x 1
    report_back: {per_group: 4m, changeover: 1m, groups: 6}
  - id: bye
    title: Bye
    kind: talk
    duration: 10m
"""


def test_suggest_leaves_the_duration_of_a_counted_round_as_written(tmp_path):
    """A round of 6 groups may write its duration when it matches (29m). The suggestion set it to
    what the round took (45m), which `check` refuses, so no plan was written at all; the round's
    time follows its groups, so its duration stays and the other blocks' are suggested."""
    from engine_day import at

    from facilitator.core.day.events import Event

    session_path = tmp_path / "evening.yaml"
    session_path.write_text(COUNTED_ROUND, encoding="utf-8")
    folder = storage.prepare_workshop_dir(session_path, tmp_path / "workshop")
    with journal.Journal(storage.journal_path(folder)) as j:
        for t, kind in ((at(19, 0), "start_day"), (at(19, 31), "next_block"), (at(19, 32), "round_next"),
                        (at(20, 15), "next_block"), (at(20, 30), "end_day")):
            j.append(Event(t, kind))
    nxt = tmp_path / "next.yaml"
    result = run_cli("report", "--workshop-dir", str(folder), "--suggest", str(nxt), "--lang", "en")
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["hello: duration 20m → 30m", "bye: duration 10m → 15m", f"Wrote {nxt}"]
    assert nxt.read_text(encoding="utf-8") == COUNTED_ROUND.replace("duration: 20m", "duration: 30m").replace(
        "duration: 10m", "duration: 15m")


def test_no_suggestion_is_written_when_the_blocks_changed_since_the_day(tmp_path):
    """The journal names blocks by position: after the session's blocks were reordered the
    suggestion gave each block another block's time (the intro's 36 min to the exercise).
    Now it is refused with a line saying why, and no file is written."""
    session, folder = workshop(tmp_path)
    storage.record_agenda(folder, ["intro", "vision", "cases", "pause1", "slut"])
    text = report_day.SESSION_YAML
    intro = text[text.index("  - id: intro"):text.index("  - id: vision")]
    vision = text[text.index("  - id: vision"):text.index("  - {id: cases")]
    session.write_text(text.replace(intro + vision, vision + intro), encoding="utf-8")
    nxt = tmp_path / "next.yaml"
    result = run_cli("report", "--workshop-dir", str(folder), "--suggest", str(nxt), "--lang", "en")
    assert result.code == 1
    assert result.err.splitlines()[-1] == ("facilitator report: no suggestion: the blocks of the session file "
                                           "have changed since the day was run, so a block would get another's time")
    assert not nxt.exists()


def test_suggest_names_a_duration_merged_into_the_block_instead_of_saying_nothing_changed(tmp_path):
    """`<<: {kind: talk, duration: 30m}` (or `<<: *talk`): the intro took 36 min, but the suggestion
    said 'No changes: every block took what was planned'. The value is not the block's own to
    change; a line now says so."""
    text = report_day.SESSION_YAML.replace(
        "    kind: talk\n    duration: 30m   # keep it short\n", "    <<: {kind: talk, duration: 30m}\n")
    _session, folder = _workshop_from_bytes(tmp_path, text.encode("utf-8"))
    nxt = tmp_path / "next.yaml"
    result = run_cli("report", "--workshop-dir", str(folder), "--suggest", str(nxt), "--lang", "en")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "intro: duration 30m not changed to 35m: the value is shared through a YAML anchor (& * <<); "
        "change it by hand", f"Wrote {nxt}"]
    assert nxt.read_text(encoding="utf-8") == text


def test_the_block_on_when_a_day_was_not_ended_is_not_called_skipped(tmp_path):
    """The facilitator moved to the exercise at 09.40 and closed the laptop without End day: the
    report said the exercise was skipped ('Sprunget over: Øvelse: Fremtidsfortælling; …') and the
    day '80 min earlier than planned'."""
    session_path = tmp_path / "dag.yaml"
    session_path.write_text(report_day.SESSION_YAML, encoding="utf-8")
    folder = storage.prepare_workshop_dir(session_path, tmp_path / "workshop")
    with journal.Journal(storage.journal_path(folder)) as j:
        for event in report_day.events()[:4]:  # the last: next_block at 09.40, onto the exercise
            j.append(event)
    pdf = tmp_path / "r.pdf"
    result = run_cli("report", "--workshop-dir", str(folder), "-o", str(pdf), "--lang", "en")
    assert result.code == 0, result.err
    flat = squash("\n".join(pages(pdf)))
    assert squash("faktisk 09.04–09.40 (dagen er ikke afsluttet)") in flat  # not "80 min tidligere"
    assert squash("Sprunget over: Hvorfor bruge de sociale medier; Pause; Opsamling") in flat


def test_an_output_that_is_a_folder_is_named_in_the_error(tmp_path):
    """--suggest (or --csv) naming a folder: the error named a hidden temporary file
    ('cannot write …/.next.d0592bab.tmp: Is a directory'), not the output the user gave."""
    _session, folder = workshop(tmp_path)
    target = tmp_path / "next"
    target.mkdir()
    for option in ("--suggest", "--csv"):
        result = run_cli("report", "--workshop-dir", str(folder), option, str(target), "--lang", "en")
        assert result.code == 1
        assert result.err.splitlines()[-1] == f"facilitator report: cannot write {target}: Is a directory"
