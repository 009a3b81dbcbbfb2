"""The presenter's agenda over a running day: rows change when what they show changes
(a command, a minute turned on a moved time), and a plain countdown second leaves them alone."""
from __future__ import annotations

from engine_day import M, at, make_session
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.core.session.model import Block, BlockKind, Session
from facilitator.ui.runner.agenda_model import PROJECTED_ROLE, AgendaModel


def watched(runner: Runner):
    model = AgendaModel("da")
    changes = []
    model.dataChanged.connect(lambda first, last: changes.append((first.row(), last.row())))
    model.set_state(runner.state())
    return model, changes


def projected(model: AgendaModel, row: int) -> str:
    return model.data(model.index(row), PROJECTED_ROLE)


def test_a_countdown_second_changes_no_row_and_a_command_does(qtbot):
    clock = FakeClock(at(9, 0))
    runner = Runner(make_session(), clock)
    runner.start_day()
    model, changes = watched(runner)
    made = []
    model._row = lambda *a, _row=model._row: made.append(1) or _row(*a)
    for _ in range(120):  # two minutes of the first talk, within its time
        clock.advance(1)
        model.set_state(runner.state())
    assert changes == [] and made == []
    assert projected(model, 1) == "09.30"
    runner.adjust(5 * M)
    model.set_state(runner.state())
    assert projected(model, 1) == "09.35" and changes == [(1, 5)]  # to the fixed lunch, now late


def test_in_overtime_the_rows_change_when_the_minute_turns(qtbot):
    clock = FakeClock(at(9, 0))
    runner = Runner(make_session(), clock)
    runner.start_day()
    clock.advance(30 * M + 30)  # half a minute over
    model, changes = watched(runner)
    assert projected(model, 1) == "09.30"
    for _ in range(29):
        clock.advance(1)
        model.set_state(runner.state())
    assert changes == [] and projected(model, 1) == "09.30"
    clock.advance(1)  # 09.31: the blocks up to the fixed lunch move, and the lunch is a minute late
    model.set_state(runner.state())
    assert projected(model, 1) == "09.31" and changes == [(1, 5)]


def test_a_long_day_keeps_its_rows_while_the_block_counts_down(qtbot):
    day = Session("Lang dag", "da", 8 * 60,
                  [Block(f"b{i}", f"Blok {i}", BlockKind.TALK, 5 * M) for i in range(2000)])
    clock = FakeClock(at(8, 0))
    runner = Runner(day, clock)
    runner.start_day()
    runner.goto_block(1000)
    model, changes = watched(runner)
    first = model._rows
    for _ in range(60):
        clock.advance(1)
        model.set_state(runner.state())
    assert model._rows is first and changes == []
    assert projected(model, 1001) == "08.05" and model.rowCount() == 2000
