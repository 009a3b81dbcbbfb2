"""Adding, deleting and reordering a journey's phases (pure core; the editor wraps each in undo)."""
import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from samples import mallorca

from facilitator.core.journeys.model import (
    JourneyError, Touchpoint, add_phase, add_touchpoint, blank_journey, delete_phase, journey_from_template,
    move_phase, restore_phase,
)


def board(j):
    """What the board shows: (phase title, [touchpoint titles]) left to right."""
    return [(p.title, [t.title for t in j.touchpoints if t.phase == p.id]) for p in j.phases]


def order(j):
    return [t.title for t in j.touchpoints]


def test_add_phase_between_two_others_is_empty_and_gets_a_fresh_id():
    j = journey_from_template(mallorca(), "G")
    phase = add_phase(j, "Hjemme igen", 2)
    assert [p.title for p in j.phases] == ["Før rejsen", "Under rejsen", "Hjemme igen", "Efter rejsen"]
    assert phase.id == "hjemme-igen" and board(j)[2] == ("Hjemme igen", [])
    assert add_phase(j, "Hjemme igen").id == "hjemme-igen-2"  # same title, still its own phase
    assert add_touchpoint(j, Touchpoint(title="Kunden pakker ud", phase="hjemme-igen")) == 7
    assert board(j)[2] == ("Hjemme igen", ["Kunden pakker ud"])


def test_a_new_phase_does_not_adopt_stray_touchpoints():
    j = blank_journey("G", ("Før",))
    j.touchpoints.append(Touchpoint(title="Fra en gammel fil", phase="efter"))
    assert add_phase(j, "Efter").id == "efter-2"


def test_deleting_a_phase_moves_its_touchpoints_to_the_previous_phase_in_the_same_order():
    j = journey_from_template(mallorca(), "G")
    before = order(j)
    removal = delete_phase(j, "under")
    assert [p.title for p in j.phases] == ["Før rejsen", "Efter rejsen"]
    assert order(j) == before  # nothing lost, nothing reordered
    assert board(j)[0][1] == before[:7] and removal.into == "foer" and removal.moved == [3, 4, 5, 6]
    restore_phase(j, removal)
    assert board(j) == board(journey_from_template(mallorca(), "G"))


def test_deleting_the_first_phase_moves_its_touchpoints_to_the_front_of_the_next():
    j = journey_from_template(mallorca(), "G")
    delete_phase(j, "foer")
    assert board(j)[0] == ("Under rejsen", order(journey_from_template(mallorca(), "G"))[:7])


def test_an_empty_phase_just_goes_and_the_only_phase_with_touchpoints_stays():
    j = blank_journey("G", ("Før", "Under"))
    assert delete_phase(j, "under").into is None and [p.id for p in j.phases] == ["foer"]
    add_touchpoint(j, Touchpoint(title="Kunden ringer", phase="foer"))
    with pytest.raises(JourneyError, match="only phase"):
        delete_phase(j, "foer")
    assert board(j) == [("Før", ["Kunden ringer"])]
    with pytest.raises(JourneyError):
        delete_phase(j, "findes-ikke")


def test_moving_a_phase_takes_its_touchpoints_along_and_the_inverse_move_undoes_it():
    j = journey_from_template(mallorca(), "G")
    start = copy.deepcopy(j)
    assert move_phase(j, "efter", 0) == 2
    assert [p.id for p in j.phases] == ["efter", "foer", "under"]
    assert order(j)[:2] == ["Kunden flyver retur og venter på bagagen", "Kunde skriver anmeldelse på TripAdvisor"]
    move_phase(j, "efter", 2)
    assert j == start


phase_ops = st.lists(st.one_of(
    st.tuples(st.just("add"), st.integers(0, 6)),
    st.tuples(st.just("delete"), st.integers(0, 6)),
    st.tuples(st.just("move"), st.integers(0, 6), st.integers(0, 6)),
), max_size=12)


@settings(max_examples=150, deadline=None)
@given(phase_ops)
def test_any_sequence_of_phase_edits_keeps_every_touchpoint_and_undoes_exactly(ops):
    j = journey_from_template(mallorca(), "G")
    start, undo = copy.deepcopy(j), []
    for op in ops:
        pid = j.phases[op[1] % len(j.phases)].id if j.phases else None
        if op[0] == "add":
            phase = add_phase(j, "Ny fase", op[1])
            undo.append(lambda pid=phase.id: delete_phase(j, pid))
        elif op[0] == "delete" and len(j.phases) > 1:
            removal = delete_phase(j, pid)
            undo.append(lambda r=removal: restore_phase(j, r))
        elif op[0] == "move":
            old = move_phase(j, pid, op[2])
            undo.append(lambda pid=pid, old=old: move_phase(j, pid, old))
        ids = [p.id for p in j.phases]
        assert sorted(order(j)) == sorted(order(start))  # nothing lost
        assert all(t.phase in ids for t in j.touchpoints)  # nothing orphaned
        keys = [ids.index(t.phase) for t in j.touchpoints]
        assert keys == sorted(keys)  # still grouped by phase, left to right
    for step in reversed(undo):
        step()
    assert j == start
