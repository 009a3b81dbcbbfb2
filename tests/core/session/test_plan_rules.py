"""Rules of a plan being edited: planned times, fixed-start gaps and conflicts, a running day's blocks."""
from facilitator.core.session import SessionDocument
from facilitator.core.session.blank import blank_session_text
from facilitator.core.session.plan_rules import (
    RunConflict, day_end, fixed_start_notes, locked_blocks, plan, run_conflicts,
)


def doc_with_report_back(start: str) -> SessionDocument:
    doc = SessionDocument.from_text(blank_session_text(language="en"))  # 09:00 + 15 + 30 + 15 + 15
    doc.add_block("break", id="report-back", title="Report back", duration="20m", start=start)
    doc.set_block_field("exercise", "title", "Journey mapping")
    return doc


def test_times_follow_durations_and_fixed_starts():
    doc = doc_with_report_back("10:30")
    rows = doc.rows()
    assert [(p.start // 60, p.end // 60) for p in plan(doc.day_start(), rows)] == [
        (540, 555), (555, 585), (585, 600), (630, 650), (650, 665)]
    assert day_end(doc.day_start(), rows) == 665 * 60


def test_a_fixed_start_says_its_gap():
    doc = doc_with_report_back("10:30")
    (note,) = fixed_start_notes(doc.day_start(), doc.rows())
    assert (note.kind, note.minutes, note.title, note.start) == ("gap", 30, "Report back", 630)


def test_a_fixed_start_says_who_runs_into_it():
    doc = doc_with_report_back("09:35")
    doc.move_block("report-back", 2)  # right after the exercise, which ends 09:45
    (note,) = fixed_start_notes(doc.day_start(), doc.rows())
    assert (note.kind, note.minutes, note.before_title, note.title) == ("conflict", 10, "Journey mapping",
                                                                         "Report back")
    assert any("before the block before it" in p.message for p in doc.problems())  # and check agrees


def test_a_running_day_locks_every_block_up_to_the_last_one_run():
    ids = ["a", "b", "c", "d", "e"]
    assert locked_blocks(ids, ran=[0, 1], current=2) == ["a", "b", "c"]
    assert locked_blocks(ids, ran=[0, 3], current=1) == ["a", "b", "c", "d"]  # jumped ahead and back
    assert locked_blocks(ids, ran=[], current=None) == []


def test_removing_or_moving_a_locked_block_is_a_conflict_later_blocks_are_free():
    locked = ["a", "b", "c"]
    assert run_conflicts(locked, ["a", "b", "c", "e", "d", "x"]) == []
    assert run_conflicts(locked, ["a", "c", "d"]) == [RunConflict("b", "removed"), RunConflict("c", "moved")]
    assert run_conflicts(locked, ["x", "a", "b", "c"]) == [RunConflict("a", "moved"), RunConflict("b", "moved"),
                                                           RunConflict("c", "moved")]
