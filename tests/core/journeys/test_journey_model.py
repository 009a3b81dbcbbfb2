import pytest
from samples import mallorca

from facilitator.core.journeys.model import (
    JourneyError, Touchpoint, add_touchpoint, blank_journey, delete_touchpoint, duplicate_touchpoint,
    edit_touchpoint, journey_from_template, move_touchpoint, step_touchpoint, unique_id,
)


def titles(j):
    return [t.title for t in j.touchpoints]


def test_from_template_copies_phases_and_touchpoints():
    j = journey_from_template(mallorca(), "Gruppe 1")
    assert j.group == "Gruppe 1" and j.id == "gruppe-1" and j.template == "mallorca"
    assert [p.title for p in j.phases] == ["Før rejsen", "Under rejsen", "Efter rejsen"]
    assert j.touchpoints[0].title == "Mulig kunde tjekker rejsekataloget"
    assert j.touchpoints[0].owner == "us" and j.touchpoints[0].social == ""


def test_blank_journey_has_phases_and_no_touchpoints():
    j = blank_journey("Gruppe 2", ("Før", "Under", "Efter"))
    assert [p.title for p in j.phases] == ["Før", "Under", "Efter"] and j.touchpoints == []


def test_add_lands_at_end_of_its_phase_and_edit_returns_old_value():
    j = journey_from_template(mallorca(), "G")
    i = add_touchpoint(j, Touchpoint(title="Ny", phase="foer"))
    assert i == 3 and titles(j)[3] == "Ny"
    assert edit_touchpoint(j, i, "feeling", 2) is None
    assert j.touchpoints[i].feeling == 2
    with pytest.raises(JourneyError):
        edit_touchpoint(j, i, "feeling", 3)
    with pytest.raises(JourneyError):
        edit_touchpoint(j, i, "owner", "boss")


def test_delete_and_duplicate():
    j = journey_from_template(mallorca(), "G")
    first = titles(j)[0]
    assert duplicate_touchpoint(j, 0) == 1 and titles(j)[:2] == [first, first]
    j.touchpoints[1].title = "kopi"
    assert j.touchpoints[0].title == first  # a deep copy
    assert delete_touchpoint(j, 1).title == "kopi"


def test_move_is_undone_by_the_inverse_move():
    j = journey_from_template(mallorca(), "G")
    before = titles(j)
    final = move_touchpoint(j, 0, 5, "under")
    assert j.touchpoints[final].title == before[0] and j.touchpoints[final].phase == "under"
    move_touchpoint(j, final, 0, "foer")
    assert titles(j) == before


def test_step_swaps_within_a_phase_and_crosses_phase_edges():
    j = journey_from_template(mallorca(), "G")
    before = titles(j)
    assert step_touchpoint(j, 0, +1) == (1, "foer")
    assert titles(j)[:2] == [before[1], before[0]]
    idx, phase = step_touchpoint(j, 2, +1)  # the last of 'foer' crosses into 'under'
    assert (idx, phase) == (2, "under")
    assert step_touchpoint(j, 0, -1) == (0, "foer")  # nothing further left


def test_unique_id():
    assert unique_id("Gruppe 1", ["gruppe-1"]) == "gruppe-1-2"
    assert unique_id("Æblegruppen", []) == "aeblegruppen"
