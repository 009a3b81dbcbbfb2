"""The running block's slides are rendered ahead, one per countdown tick, on the wall and
in the presenter's previews, so a jump through the overview grid only swaps pages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from seed_day import started_day as day  # noqa: F401  (a fixture)
from seed_day import shown_overview


def one_second(qtbot, controller, warmer):
    """The clock crosses a second boundary; the warm-up step that follows it runs."""
    controller.clock.advance(1)
    controller.tick()
    qtbot.waitUntil(lambda: not warmer.busy())


def settled(controller):
    """What F5 posted (the next slide prepared ahead) has run; no second has passed."""
    QCoreApplication.processEvents()
    return controller


def cached(view, slide_ids, session):
    return [sid for sid in slide_ids if view.is_prepared(session.slide(sid))]


def test_the_whole_block_is_rendered_on_the_wall_after_one_tick_per_slide(qtbot, day):
    session, controller, presenter, wall = day
    link = presenter.deck_link
    slides = session.blocks[0].slides
    settled(controller)
    assert not link.warmer.busy()  # a command (F5) is not a second: nothing is warmed by it
    before = len(cached(link.view, slides, session))
    assert before < len(slides)  # a jump would render cold
    one_second(qtbot, controller, link.warmer)
    assert len(cached(link.view, slides, session)) == before + 1  # one slide per second
    controller.adjust(60)  # a command between seconds
    assert not link.warmer.busy()  # ... renders nothing: the pace is one slide per second
    for _ in slides:
        one_second(qtbot, controller, link.warmer)
    assert cached(link.view, slides, session) == slides
    assert cached(link.panel.current_view, slides, session) == slides
    following = session.blocks[1].slides  # then the next block's
    one_second(qtbot, controller, link.warmer)
    assert cached(link.view, following, session) == following
    assert link.warmer.pending() == 0
    controller.clock.advance(1)
    controller.tick()
    assert not link.warmer.busy()  # a warm block costs nothing per tick


def test_a_jump_after_warm_up_shows_the_warmed_page(qtbot, day):
    session, controller, presenter, wall = day
    link = presenter.deck_link
    for _ in session.blocks[0].slides:
        one_second(qtbot, controller, link.warmer)
    target = session.blocks[0].slides[13]
    warmed = link.view.prepare(session.slide(target), session)  # already there: the same page
    qtbot.keyClick(presenter, Qt.Key.Key_G)
    index = [s for b in session.blocks for s in b.slides].index(target)
    shown_overview(presenter).choose(index)
    assert wall.slide_slot.current_page() is warmed


def test_a_new_block_is_warmed_in_its_turn(qtbot, day):
    session, controller, presenter, wall = day
    link = presenter.deck_link
    controller.goto_block(4)  # the five platforms: charts and cards
    slides = session.blocks[4].slides
    for _ in slides:
        one_second(qtbot, controller, link.warmer)
    assert cached(link.view, slides, session) == slides
