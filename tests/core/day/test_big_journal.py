"""A journal of hundreds of thousands of lines (edited by hand, grown by a bug): read as a
line-by-line json.loads reads it, replayed to the same state, and the day's second does
not go through all its pauses again (benchmarks/journal_load_bench.py has the speed)."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from english_day import MAPPING, at, english_session, late_day
from facilitator.core.day import journal as journal_mod
from facilitator.core.day.events import Event
from facilitator.core.day.journal import Journal
from facilitator.core.day.derive import derive_state


def read_line_by_line(path):
    """The journal as read before it was made fast: json.loads of each line's text."""
    data = path.read_bytes().removeprefix(journal_mod.BOM)
    lines = data.split(b"\n")
    events, skipped = [], []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            events.append((number, Event.from_dict(json.loads(raw.decode("utf-8")))))
        except (ValueError, UnicodeDecodeError, RecursionError):
            skipped.append(number)
    return events, skipped


GOOD = [b'{"t":1795700000.5,"type":"pause","data":{}}', b'{"t":1795700001,"type":"adjust","data":{"seconds":60}}',
        '{"t":1795700002,"type":"round_groups","data":{"block":5,"groups":[{"id":"a","name":"Æble"}]}}'.encode()]
ODD = [b"", b"   ", b"\r", b'  {"t":1795700003,"type":"resume","data":{}}\r', b'{"t":1795700004,"type":"resume"}  ',
       b'{"t":1,"type":"pause","data":{}},{"t":2,"type":"pause","data":{}}', b'{"t":1,', b'"type":"pause","data":{}}',
       b'[{"t":1,"type":"pause","data":{}}', b'{"t":1,"type":"pause","data":{}}]', b"\xef\xbb\xbf{}", b"\xff\xfe{",
       b'{"t":1795700005,"type":"pause","data":{"note":"\xe6\xf8"}}', b'{"t":NaN,"type":"pause"}', b"null", b"[]",
       b'{"t":1795700006,"type":"adjust","data":{"seconds":1e400}}', b'"\\ud800"', b"[" * 3000 + b"]" * 3000]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GOOD + ODD) | st.binary(max_size=12), max_size=30))
def test_lines_are_read_as_json_loads_reads_each_line(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("j") / "journal.jsonl"
    path.write_bytes(b"\n".join(lines))
    numbered, warnings = journal_mod.read_numbered(path)
    events, skipped = read_line_by_line(path)
    assert numbered == events
    assert [w.line for w in warnings] == skipped


class CountedSpans(list):
    """A clock's spans that count how often something goes through all of them."""
    walks = 0

    def __iter__(self):
        CountedSpans.walks += 1
        return super().__iter__()

    def __getitem__(self, index):
        if isinstance(index, slice):
            CountedSpans.walks += 1
        return super().__getitem__(index)


def test_a_day_of_thousands_of_pauses_replays_and_ticks_without_going_through_them(tmp_path):
    """Journey mapping's exercise runs while the facilitator (or a stuck key) paused and
    resumed the day 5,000 times and gave +/- 1 min 5,000 times: the journal replays to the
    day the commands made, and the countdown's second does not walk those pauses."""
    path = tmp_path / "journal.jsonl"
    with Journal(path) as j:
        runner, clock = late_day(j, until=(15, 40))
        for _ in range(5000):
            clock.advance(0.25)
            runner.pause()
            clock.advance(0.25)
            runner.resume()
            runner.adjust(60)
            runner.adjust(-60)
    events, warnings = journal_mod.load(path, clock.now())
    assert warnings == [] and events == runner.events
    replayed = derive_state(english_session(), events, clock.now())
    assert replayed == runner.state() and replayed.current == MAPPING
    assert runner.state().exercise is not None and runner.state().exercise.remaining > 0

    facts = runner._fold.facts.blocks[MAPPING]
    facts.clock.spans = CountedSpans(facts.clock.spans)
    facts.exercises[0].clock.spans = CountedSpans(facts.exercises[0].clock.spans)
    CountedSpans.walks = 0
    for _ in range(3):
        clock.advance(1)
        shown = runner.state()
    assert CountedSpans.walks == 0
    assert shown == derive_state(english_session(), events, clock.now())
    assert at(15, 40) < clock.now()


def vet_one_line_at_a_time(numbered, now):
    """vet() as it was before it was made fast (every line's data written out as JSON, a
    sum of jumps back for every line): (kept events, [(line, kind, other line)])."""
    from facilitator.core.day.journal import FUTURE_TOLERANCE, STEP_BACK_TOLERANCE, _jump_back_near

    kept, notes, seen, latest = [], [], {}, None
    back_after = [0.0] * (len(numbered) + 1)
    for k in range(len(numbered) - 1, -1, -1):
        e = numbered[k][1]
        seconds = e.data.get("seconds") if e.type == "clock_jump" else None
        back = -seconds if isinstance(seconds, (int, float)) and seconds < 0 else 0.0
        back_after[k] = back_after[k + 1] + back
    for k, (number, e) in enumerate(numbered):
        key = (e.t, e.type, json.dumps(e.data, sort_keys=True))
        if key in seen:
            notes.append((number, "duplicate", seen[key]))
            continue
        seen[key] = number
        if e.t > now + FUTURE_TOLERANCE + back_after[k]:
            notes.append((number, "future", None))
            continue
        if latest is not None and e.t < latest[0] - STEP_BACK_TOLERANCE and not _jump_back_near(
                numbered, k, latest[0] - e.t):
            notes.append((number, "before", latest[1]))
            continue
        kept.append(e)
        latest = (e.t, number)
    return kept, notes


events = st.builds(
    Event, st.sampled_from([1000.0, 1001.0, 1003.0, 1010.0, 1030.0, 1100.0]),
    st.sampled_from(["pause", "adjust", "clock_jump"]),
    st.sampled_from([{}, {"seconds": 60}, {"seconds": 60.0}, {"seconds": -40}, {"seconds": -200}, {"a": 1, "b": 2},
                     {"b": 2, "a": 1}]))


@settings(max_examples=400, deadline=None)
@given(st.lists(events, max_size=25), st.sampled_from([950.0, 1000.0, 1020.0, 2000.0]))
def test_vetting_leaves_out_what_it_left_out_line_by_line(day, now):
    numbered = [(k * 2 + 1, e) for k, e in enumerate(day)]
    kept, notes = journal_mod.vet(numbered, now)
    assert (kept, [(n.line, n.kind, n.other) for n in notes]) == vet_one_line_at_a_time(numbered, now)
