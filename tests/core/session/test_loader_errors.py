"""Each kind of bad session file is refused with its message at its line and column."""
import pytest

from facilitator.core.session.loader import load_session, load_session_text
from facilitator.core.session.problems import SessionError

from loader_helpers import HEAD, TALK, at, doc, only_problem, problems


# -- the file itself ----------------------------------------------------------------------

def test_file_over_5_mb_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (5 * 1024 * 1024 + 1))
    opened = []
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or pytest.fail("file was read"))
    with pytest.raises(SessionError) as info:
        load_session(big)
    [p] = info.value.problems
    assert (p.file, p.line, p.col) == (str(big), 1, 1)
    assert "5.0 MB" in p.message and "at most 5 MB" in p.message
    assert opened == []


def test_non_utf8_byte_is_pointed_at(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes((HEAD + "  - {id: a, title: ").encode() + "Café".encode("latin-1") + b", kind: talk}\n")
    with pytest.raises(SessionError) as info:
        load_session(path)
    [p] = info.value.problems
    assert (p.line, p.col) == (6, 23)
    assert "byte 0xe9 is not UTF-8" in p.message and "save the file as UTF-8" in p.message


def test_missing_file_is_a_problem_not_a_traceback(tmp_path):
    with pytest.raises(SessionError) as info:
        load_session(tmp_path / "nope.yaml")
    assert "cannot read the file" in info.value.problems[0].message


def test_control_character_is_refused_at_its_place():
    text = HEAD + "  - {id: a, title: \x07, kind: talk, duration: 5}\n"
    line, col, msg = only_problem(text)
    assert (line, col) == at(text, "\x07")
    assert "U+0007 is not allowed" in msg


def test_yaml_syntax_error_reports_the_parsers_position():
    text = HEAD + "  - {id: a, title: A\n  kind: talk\n"
    line, col, msg = only_problem(text)
    assert (line, col) == at(text, ": talk")
    assert msg.startswith("YAML syntax error: ")


def test_empty_file():
    assert only_problem("") == (1, 1, "the file is empty; a session starts with 'format: 1'")


# -- unsafe YAML --------------------------------------------------------------------------

BOMB = doc("""
    format: 1
    a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
    h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
    i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
    title: *i
    """)


def test_billion_laughs_is_refused_quickly_at_the_alias_that_overflows():
    found = problems(BOMB)
    bomb = [p for p in found if "YAML bomb" in p[2]]
    assert len(bomb) == 1
    assert bomb[0][:2] == at(BOMB, "*d")  # 9 + 9*10 + 9*91 + 9*820 nodes so far; one *d more is past 10,000
    assert "more than 10000 nodes" in bomb[0][2]


def test_an_alias_limit_leaves_ordinary_aliases_alone():
    text = HEAD + TALK + doc("""
        slides:
          - {id: s, kind: bullets, bullets: &list [x, y]}
          - {id: s2, kind: bullets, bullets: *list}
        """)
    assert load_session_text(text).slide("s2").bullets == ["x", "y"]


def test_recursive_alias_is_refused():
    text = HEAD + TALK + "slides:\n  - &s {id: s, kind: bullets, bullets: [*s]}\n"
    line, col, msg = only_problem(text)
    assert (line, col) == at(text, "*s")
    assert "alias *s refers to the node that contains it" in msg


def test_deep_nesting_is_refused_not_a_crash():
    line, col, msg = only_problem("title: " + "[" * 5000)
    assert line == 1 and "nested more than 100 levels" in msg


# -- structure ----------------------------------------------------------------------------

def test_duplicate_key_in_a_mapping():
    text = HEAD + doc("""
          - id: a
            title: A
            kind: talk
            duration: 5m
            title: B
        """)
    assert only_problem(text) == (*at(text, "title: B"), "duplicate key 'title' in block 'a' (first at line 7)")


@pytest.mark.parametrize("kind,text,ident", [
    ("block", HEAD + TALK + TALK, "intro"),
    ("exercise", HEAD + doc("""
          - id: a
            title: A
            kind: exercise
            duration: 20m
            exercises:
              - {id: ex, title: X, duration: 5m}
              - {id: ex, title: Y, duration: 5m}
        """), "ex"),
    ("slide", HEAD + TALK + "slides:\n  - {id: s, kind: title}\n  - {id: s, kind: title}\n", "s"),
    ("platform", HEAD + TALK + "platforms:\n  - {id: fb, name: F}\n  - {id: fb, name: G}\n", "fb"),
    ("journey template", HEAD + TALK + "journey_templates:\n  - {id: m, title: M}\n  - {id: m, title: N}\n", "m"),
])
def test_duplicate_ids(kind, text, ident):
    first, _ = at(text, f"id: {ident},")
    line, col = at(text, f"id: {ident},", nth=2)
    assert only_problem(text) == (line, col + 4, f"duplicate {kind} id '{ident}' (first used at line {first})")


def test_unknown_field_suggests_the_nearest_known_one():
    text = HEAD + "  - {id: a, title: A, kind: talk, durration: 5m, duration: 5m}\n"
    assert only_problem(text) == (*at(text, "durration"), "unknown field 'durration' in block 'a'; did you mean 'duration'?")


def test_unknown_field_without_a_near_one_lists_the_known_fields():
    line, col, msg = only_problem(HEAD + TALK + "colour: blue\n")
    assert (line, col) == (7, 1)
    assert msg.startswith("unknown field 'colour' in the session; known fields: format, title,")


def test_wrong_type():
    text = HEAD + "  - {id: a, title: [A, B], kind: talk, duration: 5m}\n"
    assert only_problem(text) == (*at(text, "[A, B]"), "expected text, found a list")


def test_blocks_must_be_a_list():
    assert only_problem(HEAD.replace("blocks:\n", "blocks: intro\n")) == (5, 9, "expected a list, found a single value")


def test_missing_required_field():
    text = HEAD + "  - {id: a, title: A, kind: talk}\n"
    assert only_problem(text) == (6, 5, "block 'a' is missing the required field 'duration'")


def test_empty_required_field():
    text = HEAD + "  - {id: a, title: , kind: talk, duration: 5}\n"
    assert only_problem(text) == (*at(text, " , kind"), "'title' of block 'a' is empty; it is required")


def test_bad_id_spelling():
    text = HEAD + "  - {id: Frokost Pause, title: A, kind: talk, duration: 5}\n"
    line, col, msg = only_problem(text)
    assert (line, col) == at(text, "Frokost Pause")
    assert "may use only a-z, 0-9 and '-'" in msg


def test_unknown_block_kind():
    text = HEAD + "  - {id: a, title: A, kind: lecture, duration: 5}\n"
    assert only_problem(text) == (*at(text, "lecture"), "'lecture' is not one of: talk, exercise, break")


def test_wrong_format_version():
    line, col, msg = only_problem(HEAD.replace("format: 1", "format: 2") + TALK)
    assert (line, col) == (1, 9) and "format '2' is not supported" in msg


# -- YAML 1.1 traps -----------------------------------------------------------------------

def test_language_no_is_refused_as_a_language_not_read_as_false():
    text = HEAD.replace("language: da", "language: no") + TALK
    assert only_problem(text) == (3, 11, "language 'no' is not supported; write \"da\" (Danish) or \"en\" (English)")


def test_unparseable_clock_time_says_how_to_write_it():
    line, col, msg = only_problem(HEAD.replace("start: '09:00'", "start: nine") + TALK)
    assert (line, col) == (4, 8)
    assert 'write it in quotes as "09:30"' in msg


def test_bad_date():
    line, col, msg = only_problem(HEAD + TALK + "date: 9/3 2010\n")
    assert (line, col) == (7, 7) and 'write it as "2010-03-09"' in msg


# -- durations ----------------------------------------------------------------------------

@pytest.mark.parametrize("duration,message", [
    ("0", "duration '0' is zero; a duration must be more than zero"),
    ("0m", "duration '0m' is zero; a duration must be more than zero"),
    ("-5m", "duration '-5m' is negative; a duration must be more than zero"),
    ("-5", "duration '-5' is negative; a duration must be more than zero"),
    ("ten", "'ten' is not a duration; write 30, 30m, 1h15m, 90s or \"1:15\" (hours:minutes)"),
    ("1:3", "'1:3' is not a duration; write 30, 30m, 1h15m, 90s or \"1:15\" (hours:minutes)"),
])
def test_zero_negative_and_unparseable_durations(duration, message):
    text = HEAD + f"  - {{id: a, title: A, kind: talk, duration: {duration}}}\n"
    assert only_problem(text) == (6, 45, message)


def test_min_duration_longer_than_duration():
    text = HEAD + "  - {id: a, title: A, kind: talk, duration: 10m, min_duration: 20m}\n"
    assert only_problem(text) == (6, 64, "min_duration (20 min) is longer than the block's duration (10 min)")


# -- the timeline and references ----------------------------------------------------------

def test_fixed_start_before_the_previous_block_ends():
    text = HEAD + doc("""
          - {id: a, title: A, kind: talk, duration: 2h}
          - {id: frokost, title: Frokost, kind: break, duration: 30m, start: "10:30"}
        """)
    assert only_problem(text) == (*at(text, '"10:30"'), "block 'frokost' starts at 10.30, before the block before it ('a') "
                                         "ends at 11.00 as planned; shorten the blocks before it or move the start")


def test_fixed_start_after_a_gap_is_fine():
    text = HEAD + doc("""
          - {id: a, title: A, kind: talk, duration: 1h}
          - {id: frokost, title: Frokost, kind: break, duration: 30m, start: "11:30"}
        """)
    assert load_session_text(text).blocks[1].fixed_start == 690


@pytest.mark.parametrize("snippet,line,col,message", [
    ("  - {id: a, title: A, kind: talk, duration: 5, slides: [progam]}\nslides:\n  - {id: program, kind: title}\n",
     6, 57, "slide 'progam' does not exist; did you mean 'program'?"),
    ("  - {id: a, title: A, kind: talk, duration: 5}\nslides:\n  - {id: p, kind: platform, platform: facebok}\n"
     "platforms:\n  - {id: facebook, name: Facebook}\n", 8, 39, "platform 'facebok' does not exist; did you mean 'facebook'?"),
    ("  - {id: a, title: A, kind: talk, duration: 5}\nslides:\n  - {id: e, kind: exercise, exercise: nope}\n",
     8, 39, "exercise 'nope' does not exist; no exercise is defined"),
    ("  - id: a\n    title: A\n    kind: exercise\n    duration: 5\n    exercises:\n"
     "      - {id: x, title: X, duration: 5, journey_template: malorca}\n"
     "journey_templates:\n  - {id: mallorca, title: M}\n", 11, 58,
     "journey template 'malorca' does not exist; did you mean 'mallorca'?"),
    ("  - {id: a, title: A, kind: talk, duration: 5}\njourney_templates:\n  - id: m\n    title: M\n"
     "    phases: [{id: foer, title: Før}, {id: under, title: Under}]\n"
     "    touchpoints: [{title: Booking, phase: hjem}]\n", 11, 43,
     "journey phase 'hjem' does not exist; known: foer, under"),
])
def test_references_that_do_not_exist(snippet, line, col, message):
    text = HEAD + snippet
    assert only_problem(text) == (line, col, message)
    assert at(text, message.split("'")[1])[0] == line


def test_exercise_phases_longer_than_the_exercise():
    text = HEAD + doc("""
          - id: a
            title: A
            kind: exercise
            duration: 30m
            exercises:
              - id: fremtid
                title: Fremtidsfortælling
                duration: 20m
                phases:
                  - {title: Skriv stikord, duration: 10m}
                  - {title: Taler, duration: 15m}
        """)
    assert only_problem(text) == (*at(text, "- {title: Skriv"), "the phases add up to 25 min, longer than the exercise (20 min)")


def test_platform_slide_without_its_platform():
    text = HEAD + TALK + "slides:\n  - {id: p, kind: platform}\n"
    assert only_problem(text) == (8, 5, "a platform slide needs the field 'platform'")


# -- all of them at once ------------------------------------------------------------------

def test_every_problem_in_the_file_is_listed_in_file_order():
    text = doc("""
        format: 1
        title: T
        language: no
        start: 9:00
        blocks:
          - {id: a, title: A, kind: talk, durration: 10m}
          - {id: a, title: B, kind: talk, duration: 0}
          - {id: c, title: C, kind: talk, duration: 5, slides: [nope]}
          - {id: d, title: D, kind: break, duration: 5, start: "08:00"}
        """)
    found = problems(text)
    assert [(line, msg.split(" ")[0]) for line, _, msg in found] == [
        (3, "language"),       # language: no
        (6, "block"),          # missing duration
        (6, "unknown"),        # durration
        (7, "duplicate"),      # id a again
        (7, "duration"),       # zero
        (8, "slide"),          # no such slide
        (9, "block"),          # 08:00 is before 09:05
    ]
    assert found == sorted(found)



def test_text_over_5_mb_in_memory_is_refused_too():
    line, col, msg = only_problem("#" * (5 * 1024 * 1024 + 1))
    assert (line, col) == (1, 1) and "a session file may be at most 5 MB" in msg


def test_negative_warning_time():
    text = HEAD + "  - {id: a, title: A, kind: talk, duration: 10m, warning: -1m}\n"
    assert only_problem(text) == (*at(text, "-1m"), "duration '-1m' is negative; a duration may not be negative")


def test_number_with_a_comma_is_refused_not_guessed():
    text = HEAD + TALK + "platforms:\n  - id: fb\n    name: F\n    figures: [{value: '1,5', label: mio}]\n"
    line, col, msg = only_problem(text)
    assert (line, col) == at(text, "'1,5'")
    assert msg == "'1,5' is not a number; write it with digits and a decimal point, e.g. 1.5 or 1500"


def test_a_number_too_large_for_a_float_is_refused():
    """1e400 was read as infinity and passed check; the chart of its platform drew nothing."""
    text = HEAD + TALK + "platforms:\n  - id: fb\n    name: F\n    figures: [{value: 1e400, label: mio}]\n"
    assert only_problem(text) == (*at(text, "1e400"), "'1e400' is too large a number")


def test_duplicate_key_names_the_line_of_the_first_key_not_its_value():
    text = HEAD + "  - id: a\n    title: A\n    kind: talk\n    duration: 5\n    exercises:\n      - {id: e, title: E, duration: 5}\n    exercises: []\n"
    assert only_problem(text) == (*at(text, "exercises: []"), "duplicate key 'exercises' in block 'a' (first at line 10)")


def test_read_session_gives_problems_never_an_exception(tmp_path, monkeypatch):
    from facilitator.core.session import loader

    missing = tmp_path / "missing.yaml"
    session, problems = loader.read_session(missing)
    assert session is None and str(problems[0]).startswith(f"{missing}:1:1: cannot read the file")
    bad = tmp_path / "bad.yaml"
    bad.write_text('format: 1\ntitle: x\nstart: "09:00"\nblocks: []\n', encoding="utf-8")
    session, problems = loader.read_session(bad)
    assert session is None and str(problems[0]).startswith(f"{bad}:4:")

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(loader, "load_session_text", broken)
    session, problems = loader.read_session(bad)
    assert session is None and [str(p) for p in problems] == [
        f"{bad}:1:1: internal error while reading the file (RuntimeError: a bug); please report it"]
