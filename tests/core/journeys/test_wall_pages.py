"""The rule that cuts a journey into wall pages: phases, then touchpoints, then lanes that fit."""
from facilitator.core.journeys.model import Journey, JourneyPhase, Touchpoint
from facilitator.core.journeys.wall_pages import lane_groups, wall_pages

LANES = {"touchpoint": 100, "channel": 50, "owner": 50, "social": 50, "feeling": 120, "pain": 50, "opportunity": 50}


def test_lanes_that_fit_stay_on_one_page():
    assert lane_groups(LANES, 470) == [tuple(LANES)]


def test_lanes_that_do_not_fit_go_on_as_few_pages_as_hold_them_with_the_titles_repeated():
    groups = lane_groups(LANES, 370)
    assert [g[0] for g in groups] == ["touchpoint"] * len(groups)
    assert [lane for g in groups for lane in g if lane != "touchpoint"] == list(LANES)[1:]
    assert all(sum(LANES[lane] for lane in g) <= 370 for g in groups)
    assert len(groups) == 2


def test_the_split_is_balanced_not_one_lonely_lane_at_the_end():
    heights = {"touchpoint": 100, "a": 100, "b": 100, "c": 100, "d": 100}
    assert lane_groups(heights, 400) == [("touchpoint", "a", "b"), ("touchpoint", "c", "d")]


def test_a_lane_too_tall_for_any_page_gets_a_page_of_its_own():
    heights = {"touchpoint": 100, "channel": 50, "pain": 5000, "opportunity": 50}
    groups = lane_groups(heights, 300)
    assert ("touchpoint", "pain") in groups
    assert [lane for g in groups for lane in g if lane != "touchpoint"] == ["channel", "pain", "opportunity"]


def test_pages_run_phase_by_phase_and_count_their_parts():
    phases = [JourneyPhase(id="p1", title="Før"), JourneyPhase(id="p2", title="Efter")]
    tps = [Touchpoint(title=f"t{k}", phase="p1" if k < 3 else "p2") for k in range(4)]
    journey = Journey(id="g", group="G", phases=phases, touchpoints=tps)
    pages = wall_pages(journey, 2, lambda indexes: LANES, room=370)
    assert [(p.phase.id, p.indexes, p.part, p.parts) for p in pages] == [
        ("p1", (0, 1), 1, 4), ("p1", (0, 1), 2, 4), ("p1", (2,), 3, 4), ("p1", (2,), 4, 4),
        ("p2", (3,), 1, 2), ("p2", (3,), 2, 2)]
    assert [p.lanes for p in wall_pages(journey, 2)] == [(), (), ()]


def test_titles_taller_than_a_page_take_half_of_each_page_and_the_lanes_share_the_rest():
    heights = {"touchpoint": 5000, "channel": 50, "owner": 50, "pain": 50}
    assert lane_groups(heights, 300) == [("touchpoint", "channel", "owner", "pain")]
    assert lane_groups({**heights, "pain": 400}, 300) == [("touchpoint", "channel", "owner"), ("touchpoint", "pain")]
