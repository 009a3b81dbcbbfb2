"""A day of many blocks: the wall's programme shows the part of the day around the current block."""
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.core.session.model import Block, BlockKind, Session
from facilitator.ui.runner.agenda_wall import MAX_ROWS, AgendaWall


def long_day(blocks: int) -> Session:
    return Session("Lang dag", "da", 8 * 60,
                   [Block(f"b{i}", f"Blok {i}", BlockKind.TALK, 5 * 60) for i in range(blocks)])


def test_a_long_day_shows_the_blocks_around_the_current_one(qtbot):
    runner = Runner(long_day(200), FakeClock())
    wall = AgendaWall("Lang dag")
    qtbot.addWidget(wall)
    wall.resize(1920, 1080)
    wall.show()
    runner.start_day()
    runner.goto_block(120)
    wall.show_state(runner.state())
    rows = wall.row_texts()
    assert len(rows) == MAX_ROWS
    assert "Blok 119" in rows[0] and rows[1].startswith("▶") and "Blok 120" in rows[1]
    runner.goto_block(199)  # the last block: the rows end with the day
    wall.show_state(runner.state())
    rows = wall.row_texts()
    assert rows[-1].startswith("▶") and "Blok 199" in rows[-1] and len(rows) == MAX_ROWS


def test_a_normal_day_shows_every_block(qtbot):
    runner = Runner(long_day(11), FakeClock())
    wall = AgendaWall("Kort dag")
    qtbot.addWidget(wall)
    runner.start_day()
    wall.show_state(runner.state())
    assert [r.split()[-1] for r in wall.row_texts()] == [str(i) for i in range(11)]
