"""The editable session document: edits keep the writer's file, problems are check's problems."""
import difflib
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from facilitator.core.session import SessionDocument
from facilitator.core.session.blank import blank_session_text
from facilitator.core.session.loader import load_session
from facilitator.core.session.problems import SessionError

SEED = Path(__file__).resolve().parents[3] / "sessions" / "sociale-medier-090310.yaml"


def changed_lines(a: str, b: str) -> list[str]:
    return [l for l in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0)
            if l[:1] in "+-" and not l.startswith(("+++", "---"))]


def test_one_duration_changed_is_one_line_and_undo_is_the_same_bytes(tmp_path):
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    original = path.read_bytes()
    doc = SessionDocument.open(path)
    doc.set_block_field("opsamling", "duration", "25m")
    doc.save()
    assert changed_lines(original.decode(), path.read_text(encoding="utf-8")) == [
        "-    duration: 15m", "+    duration: 25m"]
    assert load_session(path).block("opsamling").duration == 25 * 60
    doc.set_block_field("opsamling", "duration", "15m")
    doc.save()
    assert path.read_bytes() == original


def test_problems_are_checks_problems_with_lines_in_the_edited_text():
    doc = SessionDocument.open(SEED)
    assert doc.problems() == []
    doc.set_block_field("fremtidsfortaelling", "duration", "45m")  # runs into the fixed lunch at 11.30
    (problem,) = doc.problems()
    line = doc.text.splitlines()[problem.line - 1]
    assert line.strip() == 'start: "11:30"' and "frokost" in problem.message
    with pytest.raises(SessionError) as e:
        from facilitator.core.session.loader import load_session_text
        load_session_text(doc.text, str(SEED))
    assert e.value.problems == doc.problems()


def test_a_clock_time_is_written_in_quotes_and_read_back_as_typed(tmp_path):
    doc = SessionDocument.from_text(blank_session_text(language="en"), tmp_path / "s.yaml")
    doc.set_session_field("start", "9:30")
    doc.set_block_field("break", "start", "10:30")
    assert 'start: "9:30"' in doc.text and 'start: "10:30"' in doc.text
    doc.save()
    session = load_session(tmp_path / "s.yaml")
    assert session.start == 9 * 60 + 30 and session.block("break").fixed_start == 10 * 60 + 30


def test_add_move_remove_and_duplicate_blocks(tmp_path):
    doc = SessionDocument.from_text(blank_session_text(language="en"), tmp_path / "s.yaml")
    new = doc.add_block("welcome", title="Report back: what we found", kind="talk", duration="20m")
    assert doc.block_ids() == ["welcome", new, "exercise", "break", "wrap-up"]
    doc.move_block(new, 4)
    assert doc.block_ids()[-1] == new
    copy = doc.duplicate_block("exercise")
    assert doc.block_ids()[2] == copy and doc.problems() == []
    doc.remove_block("welcome")
    assert "welcome" not in doc.block_ids() and doc.problems() == []
    doc.save()
    assert [b.title for b in load_session(tmp_path / "s.yaml").blocks][-1] == "Report back: what we found"


def test_slides_platforms_and_templates(tmp_path):
    doc = SessionDocument.from_text(blank_session_text(language="en"), tmp_path / "s.yaml")
    slide = doc.add_slide("welcome", "figures", title="Users",
                          figures=[{"value": 2.9, "label": "users", "unit": "bn", "source": "Meta 2024"}])
    tpl = doc.add_template("Trip", phases=[{"id": "before", "title": "Before"}],
                           touchpoints=[{"title": "Books", "phase": "before", "channel": "Web", "owner": "us"}])
    doc.set_exercise_field("exercise", "journey_template", tpl)
    doc.add_platform("Mastodon", figures=[{"value": 10, "label": "users", "unit": "m", "source": "x"}])
    assert doc.problems() == []
    doc.save()
    s = load_session(tmp_path / "s.yaml")
    assert s.slide(slide).figures[0].source == "Meta 2024" and s.block("welcome").slides == [slide]
    assert s.exercise("exercise-1").journey_template == tpl and s.platforms[0].name == "Mastodon"


def test_a_touchpoints_social_idea_is_one_line_and_clearing_it_gives_the_same_bytes(tmp_path):
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    original = path.read_bytes()
    doc = SessionDocument.open(path)
    idea = "Del tilbuddet på Facebook: 'vind en rejse'"
    doc.set_touchpoint_field("mallorca", 1, "social", idea)
    doc.save()
    (line,) = changed_lines(original.decode(), path.read_text(encoding="utf-8"))
    assert line.startswith("+        social: ")  # one line added, after the 2nd touchpoint's owner_name
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[lines.index(line[1:]) - 3:lines.index(line[1:])] == [
        "        channel: Mytravel.dk", "        owner: us", "        owner_name: Mytravel"]
    touchpoints = load_session(path).journey_template("mallorca").touchpoints
    assert touchpoints[1].social == idea
    assert [t.social for t in touchpoints[:1] + touchpoints[2:]] == [""] * (len(touchpoints) - 1)
    doc.set_touchpoint_field("mallorca", 1, "social", "")  # cleared: the line goes
    doc.save()
    assert path.read_bytes() == original
    assert load_session(path).journey_template("mallorca").touchpoints[1].social == ""


def test_a_social_idea_on_a_one_line_touchpoint_stays_on_its_line(tmp_path):
    # touchpoints written as in sessions/README.md: one {...} a line, with comments
    text = blank_session_text(language="en") + (
        "journey_templates:\n"
        "  - id: trip\n"
        "    title: Trip\n"
        "    phases: [{id: before, title: Before}]\n"
        "    touchpoints:\n"
        "      # the catalogue comes first\n"
        "      - {title: Reads the catalogue, phase: before, owner: us}\n"
        "      - {title: Books online, phase: before, channel: Web}  # our shop\n")
    doc = SessionDocument.from_text(text, tmp_path / "s.yaml")
    doc.set_touchpoint_field("trip", 1, "social", "Share it, with #trip")
    assert changed_lines(text, doc.text) == [
        "-      - {title: Books online, phase: before, channel: Web}  # our shop",
        '+      - {title: Books online, phase: before, channel: Web, social: "Share it, with #trip"}  # our shop']
    doc.set_touchpoint_field("trip", 0, "channel", "Catalogue")  # goes before owner, as in the field order
    assert "      - {title: Reads the catalogue, phase: before, channel: Catalogue, owner: us}\n" in doc.text
    doc.save()
    touchpoints = load_session(tmp_path / "s.yaml").journey_template("trip").touchpoints
    assert [(t.channel, t.social) for t in touchpoints] == [("Catalogue", ""), ("Web", "Share it, with #trip")]
    doc.set_touchpoint_field("trip", 1, "social", "")
    doc.set_touchpoint_field("trip", 0, "channel", None)
    assert doc.text == text


# -- random edit sequences -------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
DURATION = st.one_of(st.sampled_from(["5m", "30m", "1h", "90s", "0", "-5m", "abc", "10:30", "", "45"]), TEXT)
CLOCK = st.one_of(st.sampled_from(["09:00", "9:30", "16.50", "25:00", "x", "", "23:59"]), TEXT)
OPS = st.lists(st.tuples(
    st.sampled_from(["duration", "title", "notes", "start", "min_duration", "kind", "add", "move",
                     "remove", "duplicate", "phase", "slide"]),
    st.integers(0, 10), st.one_of(TEXT, DURATION, CLOCK)), max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPS)
def test_random_edits_never_crash_and_never_hide_a_problem(tmp_path, ops):
    doc = SessionDocument.from_text(blank_session_text(language="en"), tmp_path / "s.yaml")
    for op, n, value in ops:
        ids = doc.block_ids()
        block = ids[n % len(ids)] if ids else None
        if block is None:
            doc.add_block(None, title=value or "x")
            continue
        if op in ("duration", "min_duration", "start"):
            doc.set_block_field(block, op, value)
        elif op in ("title", "notes"):
            doc.set_block_field(block, op, value)
        elif op == "kind":
            doc.set_block_field(block, "kind", ["talk", "exercise", "break", value][n % 4])
        elif op == "add":
            doc.add_block(block, title=value or "New", duration="10m")
        elif op == "move":
            doc.move_block(block, (n * 7) % len(ids))
        elif op == "remove":
            doc.remove_block(block)
        elif op == "duplicate":
            doc.duplicate_block(block)
        elif op == "phase" and doc.rows()[doc.block_index(block)].exercises:
            doc.add_phase(block, title=value or "p", duration="5m")
        elif op == "slide":
            doc.add_slide(block, "bullets", title=value, bullets=[value])
        shown = doc.problems()
        doc.save()
        try:
            session = load_session(tmp_path / "s.yaml")
        except SessionError as e:
            assert shown == e.problems  # check refuses the file only with the problems shown
            continue
        assert shown == []
        if op in ("title", "notes") and value.strip() == value and value:
            assert getattr(session.block(block), op) == value  # what was typed is what the loader reads


def test_a_pdf_slide_names_its_file_relative_to_the_session(tmp_path):
    from reportlab.pdfgen import canvas

    deck = canvas.Canvas(str(tmp_path / "deck.pdf"))
    for page in range(3):
        deck.drawString(100, 700, f"page {page + 1}")
        deck.showPage()
    deck.save()
    doc = SessionDocument.from_text(blank_session_text(language="en"), tmp_path / "s.yaml")
    slide = doc.add_slide("welcome", "pdf", file="deck.pdf", pages="2-3")
    assert doc.problems() == []
    doc.save()
    assert "file: deck.pdf" in doc.text and load_session(tmp_path / "s.yaml").block("welcome").slides


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="POSIX pipes")
def test_the_planner_refuses_a_pipe_instead_of_waiting_for_a_writer(tmp_path):
    """`facilitator plan day.yaml` on a pipe waited for ever with no window; check refuses it."""
    import os

    path = tmp_path / "day.yaml"
    os.mkfifo(path)
    with pytest.raises(SessionError) as e:
        SessionDocument.open(path)
    assert [str(p) for p in e.value.problems] == [
        f"{path}:1:1: this is a pipe, not a file; a session file must be a file"]


def test_a_windows_file_keeps_its_crlf_line_ends_through_edits(tmp_path):
    """A session saved on Windows (CRLF): the planner's new lines were bare LF, so the saved
    file mixed the two (every edit a noisy diff, some editors show ^M)."""
    path = tmp_path / "dag.yaml"
    path.write_bytes(SEED.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    doc = SessionDocument.open(path)
    first = doc.block_ids()[0]
    doc.add_block(first, title="Ny blok")
    doc.add_exercise(first, "Øvelse", "10m")
    doc.set_session_field("title", "Ny titel")
    doc.save()
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") > 1000
    assert b"Ny blok" in data and SessionDocument.open(path).block_ids()[1] == doc.block_ids()[1]
