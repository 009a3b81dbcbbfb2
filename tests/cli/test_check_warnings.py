"""`facilitator check` helps the writer: warnings that do not stop the day (exit 0, printed as
FILE:LINE:COL: warning: ...), and syntax errors said in plain words with the fix."""
from textwrap import dedent

import pytest
from cli_helpers import run_cli

from facilitator.core.journeys.model import journey_from_template
from facilitator.core.session.loader import load_session_text


def check(tmp_path, text: str):
    path = tmp_path / "s.yaml"
    path.write_text(dedent(text).lstrip(), encoding="utf-8")
    return path, run_cli("check", str(path))


def check_one_block(tmp_path, duration: str):
    """`check` of a day at 09.00 of one talk, `a`, lasting `duration` (as written in YAML)."""
    return check(tmp_path, f"""
        format: 1
        title: T
        start: "09:00"
        blocks:
          - {{id: a, title: A, kind: talk, duration: {duration}}}
    """)


AFTERNOON = """
    format: 1
    title: Eftermiddag
    language: en
    start: "1:15"
    blocks:
      - {id: intro, title: Intro, kind: talk, duration: 30m}
      - {id: pause, title: Pause, kind: break, duration: 15m, start: "2:30"}
"""


def test_an_afternoon_time_without_its_12_is_a_warning_with_the_fix(tmp_path):
    path, r = check(tmp_path, AFTERNOON)
    assert r.code == 0 and "2 blocks, 01:15" in r.out
    assert f"{path}:4:8: warning: 01:15 is in the middle of the night (if you mean the afternoon, " \
           f'write "13:15"); write times with 24 hours' in r.err.splitlines()
    assert any(line.startswith(f"{path}:7:") and '"14:30"' in line for line in r.err.splitlines())


def test_a_day_past_midnight_a_gap_and_an_exercise_longer_than_its_block(tmp_path):
    path, r = check(tmp_path, """
        format: 1
        title: Aften
        start: "13:00"
        blocks:
          - id: gruppe
            title: Gruppearbejde
            kind: exercise
            duration: 30m
            exercises:
              - {id: kort, title: Kort, duration: 45m}
          - {id: frokost, title: Frokost, kind: break, duration: 30m, start: "14:00"}
          - {id: lang, title: Lang, kind: talk, duration: 10h}
    """)
    assert r.code == 0
    err = r.err.splitlines()
    assert err == [
        f"{path}:10:9: warning: exercise 'kort' (45 min) is longer than its block 'gruppe' (30 min); the block "
        "ends before the exercise does: lengthen the block or shorten the exercise",
        f"{path}:11:70: warning: nothing is planned for 30 min before block 'frokost' starts at 14.00: the block "
        "before it ('gruppe') ends at 13.30; make a block longer or add a break",
        f"{path}:12:5: warning: the day runs past midnight: block 'lang' ends at 00.30 the next day; check the "
        "start times and durations",
    ]


def test_the_seed_session_has_no_warnings():
    r = run_cli("check", "sessions/sociale-medier-090310.yaml")
    assert r.code == 0 and r.err == ""


def test_a_tab_says_indent_with_spaces(tmp_path):
    path, r = check(tmp_path, "format: 1\ntitle: T\nstart: '09:00'\nblocks:\n  - id: a\n\ttitle: A\n")
    assert r.code == 1
    assert r.err.splitlines() == [f"{path}:6:1: a tab character here; indent with spaces, not tabs"]


def test_a_missing_colon_is_reported_on_its_own_line(tmp_path):
    path, r = check(tmp_path, """
        format: 1
        title: T
        start: "09:00"
        blocks:
          - id: a
            title Velkommen
            kind: talk
            duration: 30m
    """)
    assert r.code == 1
    assert r.err.splitlines() == [
        f"{path}:6:5: a ':' is missing in 'title Velkommen'; write the field name, a colon and a space before "
        "the value, e.g. 'title: Velkommen'"]


def test_typographic_quotes_are_recognised_and_explained(tmp_path):
    path, r = check(tmp_path, """
        format: 1
        title: T
        start: “16:50”
        blocks:
          - {id: a, title: “Velkommen”, kind: talk, duration: ‘30m’}
    """)
    assert r.code == 1
    assert r.err.splitlines() == [
        f'{path}:3:8: “16:50” is in typographic quotes (“ ”), which YAML reads as part of the value; '
        'use straight quotes: "16:50"',
        f"{path}:5:55: ‘30m’ is in typographic quotes (‘ ’), which YAML reads as part of the value; "
        'use straight quotes: "30m"',
    ]  # a title may well hold typographic quotes: it is text


@pytest.mark.parametrize("written", ['"1:20"', "'1:20'", "1:20"])
def test_a_duration_with_a_colon_is_hours_and_minutes(tmp_path, written):
    path, r = check_one_block(tmp_path, written)
    assert r.code == 0, r.err
    assert "09.00–10.20  a  A" in r.out


def test_a_template_touchpoint_carries_its_social_media_idea():
    session = load_session_text(dedent("""
        format: 1
        title: T
        start: "09:00"
        blocks: [{id: a, title: A, kind: talk, duration: 30m}]
        journey_templates:
          - id: mallorca
            title: Rejse til Mallorca
            phases: [{id: foer, title: Før}]
            touchpoints:
              - {title: Rejsekatalog, phase: foer, social: Del kataloget på Facebook}
    """))
    tp = session.journey_templates[0].touchpoints[0]
    assert tp.social == "Del kataloget på Facebook"
    assert journey_from_template(session.journey_templates[0], "Gruppe 1").touchpoints[0].social == tp.social


def test_the_worksheet_prints_the_templates_social_media_idea(tmp_path):
    from pdftext import pages, squash

    from facilitator.core.session.model import JourneyPhase, JourneyTemplate, TemplateTouchpoint
    from facilitator.export.worksheet_pdf import write_worksheets_pdf

    template = JourneyTemplate("m", "Mallorca", phases=[JourneyPhase("foer", "Før")], touchpoints=[
        TemplateTouchpoint("Rejsekatalog", "foer", social="Del kataloget på Facebook")])
    (out,) = write_worksheets_pdf(tmp_path / "w.pdf", template, 1)
    assert squash("Del kataloget på Facebook") in squash(pages(out)[0])


def test_a_day_of_days_is_not_said_to_end_the_next_day(tmp_path):
    """A block on the next morning lasting 20 h ends two days on: the warning said 'ends at 02.00
    the next day', a day short."""
    path, r = check(tmp_path, """
        format: 1
        title: T
        start: "19:00"
        blocks:
          - {id: a, title: A, kind: talk, duration: 4h}
          - {id: b, title: B, kind: talk, duration: 20h, start: "06:00"}
    """)
    assert r.code == 0
    assert (f"{path}:6:5: warning: the day runs past midnight: block 'b' ends at 02.00 2 days later; "
            "check the start times and durations") in r.err.splitlines()


@pytest.mark.parametrize("duration, words", [
    ("48h", "duration '48h' is longer than a day; a duration may be at most 24h (did you mean 48m?)"),
    ("99999999999999999999h", "duration '99999999999999999999h' is longer than a day; a duration may be at "
                              "most 24h"),
    ("1441", "duration '1441' is longer than a day; a duration may be at most 24h"),
])
def test_a_block_longer_than_a_day_is_an_error(tmp_path, duration, words):
    """48h (meant 48m) was a warning, and 10^20 hours passed check and stopped the day with an
    OverflowError when it ran."""
    path, r = check_one_block(tmp_path, duration)
    assert r.code == 1
    assert r.err.splitlines() == [f"{path}:5:45: {words}"]
