"""The running block's slides are rendered ahead, one render at a countdown second's
boundary, then a rest as long as its CPU time asks (core/slides/warm_pace.py), after a first
step that loads the wall's fonts: the wall first, then the presenter's
current-slide preview, then her next-slide preview (with only what it can show next), so a
jump through the overview grid only swaps pages."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt

from facilitator.core.slides.warm_pace import WarmPace
from seed_day import started_day as day  # noqa: F401  (a fixture)
from seed_day import shown_overview


def one_second(qtbot, controller, warmer):
    """The clock crosses the first second boundary the warmer's pace allows (after the rest
    its last step's CPU time asks, test_a_step_rests_as_long_as_its_cpu_time_asks); the
    warm-up step that follows it runs. The controller's own timer is stopped, so no wake-up
    of its own (due after a real second, and a slow machine takes that long to render a chart
    slide) adds a second we did not count."""
    controller.clock.advance(max(1, math.ceil(warmer.pace.rest_left(controller.clock.monotonic()))))
    controller.tick()
    controller.stop()
    qtbot.waitUntil(lambda: not warmer.busy())


def settled(controller):
    """What F5 posted (the next slide prepared ahead) has run; no second has passed (the
    controller's own timer is stopped: the test moves the clock)."""
    controller.stop()
    QCoreApplication.processEvents()
    return controller


def cached(view, slide_ids, session):
    return [sid for sid in slide_ids if view.is_prepared(session.slide(sid))]


def rendered(link, session):
    """{(view name, slide id)} rendered at the view's size, over every slide of the session."""
    views = {"wall": link.view, "current": link.panel.current_view, "next": link.panel.next_view}
    return {(name, s.id) for name, view in views.items() for s in session.slides if view.is_prepared(s)}


def test_one_render_per_second_wall_first_then_the_previews(qtbot, day):
    session, controller, presenter, wall = day
    link = presenter.deck_link
    queue = session.blocks[0].slides + session.blocks[1].slides  # this block, then the next
    settled(controller)
    assert not link.warmer.busy()  # a command (F5) is not a second: nothing is warmed by it
    assert len(cached(link.view, queue, session)) < len(queue)  # a jump would render cold
    seconds = link.warmer.pending()
    before = rendered(link, session)
    one_second(qtbot, controller, link.warmer)  # the first second loads the wall's fonts ...
    assert rendered(link, session) == before and link.warmer.pending() == seconds - 1  # ... only
    order = []
    for n in range(seconds - 1):
        before = rendered(link, session)
        one_second(qtbot, controller, link.warmer)
        new = rendered(link, session) - before
        assert len(new) == 1, f"second {n + 2}: {sorted(new)}"  # one render per step, in all
        order += new
        if n == 0:
            controller.adjust(60)  # a command between seconds ...
            controller.stop()
            assert not link.warmer.busy()  # ... renders nothing
    views = [name for name, _ in order]
    assert views == sorted(views, key=["wall", "current", "next"].index)  # the wall's first
    assert [sid for name, sid in order if name == "wall"] == [s for s in queue if ("wall", s) in order]
    # fully warm: the wall and the current preview hold every slide a jump can reach; the
    # next preview every slide it can show after a jump (never the block's first)
    assert link.warmer.pending() == 0
    assert cached(link.view, queue, session) == queue
    assert cached(link.panel.current_view, queue, session) == queue
    assert cached(link.panel.next_view, queue, session) == queue[1:]
    controller.clock.advance(1)
    controller.tick()
    assert not link.warmer.busy()  # a warm block costs nothing per tick


def test_a_jump_after_warm_up_shows_the_warmed_page(qtbot, day):
    session, controller, presenter, wall = day
    link = presenter.deck_link
    for _ in range(link.warmer.pending()):
        one_second(qtbot, controller, link.warmer)
    target, after = (session.slide(sid) for sid in session.blocks[0].slides[13:15])
    assert link.view.is_prepared(target) and link.panel.next_view.is_prepared(after)
    warmed = link.view.prepare(target, session)  # already there: the same page
    following = link.panel.next_view.prepare(after, session)
    qtbot.keyClick(presenter, Qt.Key.Key_G)
    index = [s for b in session.blocks for s in b.slides].index(target.id)
    shown_overview(presenter).choose(index)
    assert wall.slide_slot.current_page() is warmed
    assert link.panel.next_view.current_page() is following


def test_a_warm_block_is_warmed_again_when_the_wall_changes_size(qtbot, day):
    """A warm block's second only checks that nothing changed; a new projector size (or pages
    dropped) is a change: the next seconds render the block at the new size."""
    session, controller, presenter, wall = day
    link = presenter.deck_link
    queue = session.blocks[0].slides + session.blocks[1].slides
    for _ in range(link.warmer.pending()):
        one_second(qtbot, controller, link.warmer)
    one_second(qtbot, controller, link.warmer)
    assert link.warmer.pending() == 0 and not link.warmer.busy()
    old_size = link.view.size()
    wall.resize(wall.width() - 200, wall.height() - 100)
    qtbot.waitUntil(lambda: link.view.size() != old_size)
    assert cached(link.view, queue, session) != queue  # the pages are the old size
    seconds = link.warmer.pending()
    assert seconds > 0
    for _ in range(seconds):
        one_second(qtbot, controller, link.warmer)
    assert cached(link.view, queue, session) == queue
    link.panel.next_view.clear_cache()  # pages dropped (another session's deck was shown)
    one_second(qtbot, controller, link.warmer)
    assert link.warmer.pending() == len(queue) - 2  # one rendered again in this second


def test_a_page_dropped_to_make_room_is_warmed_again(qtbot, day, monkeypatch):
    """A view keeps MAX_CACHED pages; a render can drop the oldest, which may be a page the
    warmer made earlier in its queue: it must not be skipped as if it were still there."""
    from facilitator.ui.slides import view as view_module
    from facilitator.ui.slides import warmer as warmer_module

    session, controller, presenter, wall = day
    link = presenter.deck_link
    monkeypatch.setattr(view_module, "MAX_CACHED", 8)
    monkeypatch.setattr(warmer_module, "MAX_CACHED", 8)
    link.warmer.requeue(0)  # no more slides than the smaller cache keeps
    queue = link.warmer._queue
    link.view.clear_cache()
    link.view.set_slide(queue[0], session)
    link.view.prepare(queue[1], session)  # the oldest page the wall keeps is a queued one ...
    for slide in [s for s in session.slides if s not in queue][:6]:  # ... then other blocks'
        link.view.prepare(slide, session)  # full: the wall's next render drops the queued one
    for _ in range(3 * len(queue) + 1):  # a bound: one render a second
        one_second(qtbot, controller, link.warmer)
        if link.warmer.pending() == 0:
            break
    assert link.warmer.pending() == 0
    assert cached(link.view, [s.id for s in queue], session) == [s.id for s in queue]


def test_a_new_block_is_warmed_in_its_turn(qtbot, day):
    session, controller, presenter, wall = day
    link = presenter.deck_link
    controller.goto_block(4)  # the five platforms: charts and cards
    slides = session.blocks[4].slides
    assert link.warmer.pending() > 0
    for _ in range(link.warmer.pending()):
        one_second(qtbot, controller, link.warmer)
    assert link.warmer.pending() == 0
    assert cached(link.view, slides, session) == slides


def test_a_warmer_dropped_before_its_views_is_not_called_back(qtbot):
    """The warmer holds its views: deleting it deletes views only it held, and their
    `destroyed` must not reach the warmer being deleted (this crashed a benchmark)."""
    from slide_samples import sample_session

    from facilitator.ui.slides.view import SlideView
    from facilitator.ui.slides.warmer import SlideWarmer

    warmer = SlideWarmer(sample_session(), [SlideView("wall")], next_views=[SlideView("preview")])
    survivor = SlideView("wall")
    qtbot.addWidget(survivor)
    other = SlideWarmer(sample_session(), [survivor])
    del warmer  # its views go with it
    QCoreApplication.processEvents()
    assert other.views == [survivor]


def test_a_step_rests_as_long_as_its_cpu_time_asks(qtbot, day):
    """Warming keeps within its share of a core (core/slides/warm_pace.py): with steps that
    cost 6 ms of CPU and a share of 0.3 %, a step runs every other second, however many
    seconds the countdowns tick."""
    session, controller, presenter, wall = day
    warmer = presenter.deck_link.warmer
    settled(controller)
    spent = [0.0]

    def cpu() -> float:  # each reading 6 ms later: a step (two readings) costs 6 ms
        spent[0] += 0.006
        return spent[0]
    warmer.pace = WarmPace(share=0.003, cpu=cpu)
    stepped = []
    for _ in range(8):
        before = warmer.pending()
        controller.clock.advance(1)
        controller.tick()
        controller.stop()
        qtbot.waitUntil(lambda: not warmer.busy())
        stepped.append(before - warmer.pending())
    assert stepped == [1, 0, 1, 0, 1, 0, 1, 0]
