"""The wall's progress ring repaints only the part a degree step changes (the whole
antialiased ring, every 1.7 s of a 10-minute phase, was the wall's dearest paint while a
countdown runs). What the room sees after those partial repaints is the ring drawn afresh."""
from __future__ import annotations

import pytest

from partial_repaint import AskedRepaints, after_partial, full_render

from facilitator.ui.runner.progress_ring import ProgressRing


class Probe(AskedRepaints, ProgressRing):
    pass


def _ring(size, fraction, level) -> Probe:
    ring = Probe()
    ring.resize(*size)
    ring.set_progress(fraction, level)
    return ring


@pytest.mark.parametrize("size", [(457, 463), (200, 120), (1000, 1000)])
@pytest.mark.parametrize("level", ["normal", "warning"])
@pytest.mark.parametrize("degrees", [359, 271, 270, 181, 180, 90, 89, 45, 1] + list(range(7, 360, 17)))
def test_after_a_degree_step_the_ring_is_what_a_fresh_paint_draws(qapp, size, level, degrees):
    ring = _ring(size, (degrees + 1) / 360, level)
    before = full_render(ring)
    ring.asked.clear()
    ring.set_progress(degrees / 360, level)
    assert ring.asked and None not in ring.asked  # a part of the ring, not all of it
    assert after_partial(ring, before) == full_render(_ring(size, degrees / 360, level))


def test_a_step_repaints_a_part_of_the_ring(qapp):
    """At most the quadrant the arc ends in (Qt flattens that curve anew), a tenth on average."""
    areas = []
    for degrees in range(1, 360):
        ring = _ring((457, 463), (degrees + 1) / 360, "normal")
        ring.asked.clear()
        ring.set_progress(degrees / 360, "normal")
        (rect,) = ring.asked
        areas.append(rect.width() * rect.height() / (ring.width() * ring.height()))
    assert max(areas) < 0.3 and sum(areas) / len(areas) < 0.12


@pytest.mark.parametrize("old, new", [((0.5, "normal"), (0.5, "warning")), ((0.01, "warning"), (0.0, "overtime")),
                                      ((0.9, "normal"), (0.4, "normal"))])
def test_a_new_level_or_a_jump_repaints_the_whole_ring(qapp, old, new):
    ring = _ring((457, 463), *old)
    before = full_render(ring)
    ring.asked.clear()
    ring.set_progress(*new)
    assert ring.asked == [None]
    assert after_partial(ring, before) == full_render(_ring((457, 463), *new))
