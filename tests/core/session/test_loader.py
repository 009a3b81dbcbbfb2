"""A valid session file becomes the model; YAML 1.1 traps are read as the writer meant."""
from facilitator.core.session.loader import load_session, load_session_text
from facilitator.core.session.schedule import planned_end
from facilitator.core.session.model import BlockKind, SourcePos

from loader_helpers import FIXTURES, HEAD, TALK, doc, only_problem


def test_minimal_fixture_loads_with_every_part():
    path = FIXTURES / "minimal.yaml"
    s = load_session(path)
    assert s.source_file == str(path)
    assert (s.title, s.language, s.date, s.start) == ("Workshop om sociale medier", "da", "2010-03-09", 9 * 60)
    assert [b.id for b in s.blocks] == ["velkommen", "fremtid", "pause", "rejse", "frokost"]
    assert s.blocks[0].kind is BlockKind.TALK and s.blocks[0].duration == 15 * 60
    assert s.blocks[0].slides == ["program", "fb"]
    assert s.blocks[1].duration == 30 * 60 and s.blocks[1].min_duration == 20 * 60
    assert [(p.title, p.duration) for p in s.exercise("fremtid").phases] == [("Skriv stikord", 600), ("Taler", 900)]
    assert s.blocks[3].fixed_start == 10 * 60 and s.blocks[4].fixed_start == 11 * 60 + 30
    assert s.exercise("mallorca-rejse").journey_template == "mallorca"
    assert s.platform("facebook").figures[0].value == 400
    assert s.journey_template("mallorca").touchpoints[0].owner_name == "Mytravel"
    assert s.facilitators[0].email == "loc@woco.dk"
    assert planned_end(s) == (12 * 60 + 15) * 60


def test_blocks_exercises_and_slides_know_where_they_were_written():
    path = FIXTURES / "minimal.yaml"
    s = load_session(path)
    assert s.blocks[0].pos == SourcePos(str(path), 10, 5)
    assert s.exercise("fremtid").pos.line == 21
    assert s.slide("fb").pos == SourcePos(str(path), 52, 5)


def test_unquoted_clock_time_is_read_as_written_not_sexagesimal():
    s = load_session_text("format: 1\ntitle: T\nstart: 9:30\nblocks:\n" + TALK)
    assert s.start == 9 * 60 + 30  # yaml.safe_load gives the int 570 (base 60) for this
    s = load_session_text(HEAD + "  - {id: a, title: A, kind: talk, duration: 10m, start: 10:45}\n")
    assert s.blocks[0].fixed_start == 10 * 60 + 45


def test_clock_time_with_a_dot_danish_style():
    s = load_session_text("format: 1\ntitle: T\nstart: 9.05\nblocks:\n" + TALK)
    assert s.start == 9 * 60 + 5


def test_yes_no_on_off_stay_text():
    s = load_session_text(HEAD + "  - {id: a, title: no, kind: talk, duration: 10m, notes: yes}\n")
    assert (s.blocks[0].title, s.blocks[0].notes) == ("no", "yes")


def test_durations_in_every_spelling():
    s = load_session_text(HEAD + "".join(
        f"  - {{id: b{i}, title: B, kind: talk, duration: {d}}}\n" for i, d in enumerate(["30", "30m", "1h15m", "90s"])))
    assert [b.duration for b in s.blocks] == [1800, 1800, 4500, 90]


def test_language_defaults_to_danish_and_english_is_accepted():
    assert load_session_text("format: 1\ntitle: T\nstart: '9:00'\nblocks:\n" + TALK).language == "da"
    assert load_session_text("format: 1\ntitle: T\nlanguage: en\nstart: '9:00'\nblocks:\n" + TALK).language == "en"


def test_merge_keys_share_defaults_between_blocks():
    s = load_session_text(HEAD + doc("""
          - &std {id: a, title: A, kind: talk, duration: 10m}
          - <<: *std
            id: b
        """))
    assert [(b.id, b.title, b.duration) for b in s.blocks] == [("a", "A", 600), ("b", "A", 600)]


def test_byte_order_mark_is_ignored():
    s = load_session_text(b"\xef\xbb\xbf" + (HEAD + TALK).encode())
    assert s.blocks[0].id == "intro"


def test_figure_values_keep_whole_numbers_whole():
    s = load_session_text(HEAD + TALK + doc("""
        platforms:
          - id: fb
            name: Facebook
            figures:
              - {value: 400, label: brugere}
              - {value: 2.5, label: timer}
              - {value: 1_500, label: mio}
        """))
    assert [f.value for f in s.platform("fb").figures] == [400, 2.5, 1500]
    assert isinstance(s.platform("fb").figures[0].value, int)


def test_a_file_with_one_problem_reports_exactly_that_one():
    line, col, msg = only_problem(HEAD + "  - {id: intro, title: Intro, kind: talk, duration: 10x}\n")
    assert (line, col) == (6, 53)
    assert "'10x' is not a duration" in msg
