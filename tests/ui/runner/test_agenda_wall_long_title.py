"""One block with a very long title must not shrink the whole programme on the wall to a size
the back row cannot read (it took every row to 4 px on a 1024x768 wall): the rows stay above
a 40th of the wall's height, and the long title is cut with "…" (the presenter has it whole)."""
import dataclasses

import pytest

from facilitator.bundled import default_session_path
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.core.session.loader import load_session
from facilitator.ui.runner.agenda_wall import AgendaWall

LONG = ("Normann Copenhagen – al kommunikation, pr og markedsføring via sociale medier, "
        "og hvad vi kan lære af det, når vi selv skal i gang med kunder, partnere og medarbejdere ") * 2


_keep: list = []


def _rows(qtbot, session, size) -> list:
    runner = Runner(session, FakeClock())
    runner.start_day()
    wall = AgendaWall(session.title)
    qtbot.addWidget(wall)
    wall.resize(*size)
    wall.show()
    wall.show_state(runner.state())
    qtbot.waitUntil(lambda: wall._rows[-1].height() < size[1] / 4)  # the new rows laid out
    wall.show_state(runner.state())  # as the next second does
    _keep.append(wall)  # the rows live as long as their wall
    return [row for row in wall._rows if row.text()]


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_long_block_title_keeps_the_programme_readable(qtbot, size):
    seed = load_session(default_session_path())
    long_day = dataclasses.replace(seed, blocks=[dataclasses.replace(seed.blocks[2], title=LONG.strip()),
                                                 *seed.blocks[1:]])
    rows = _rows(qtbot, long_day, size)
    px = [row.fitted_font().pixelSize() for row in rows]
    assert min(px) >= size[1] / 40, px
    assert not any(row.is_clipped() for row in rows)
    assert "Normann Copenhagen – al kommunikation" in rows[0].text() and rows[0].text().endswith("…")
    assert [r.text()[-10:] for r in rows[1:]] == [r.text()[-10:] for r in _rows(qtbot, seed, size)[1:]]
