"""The words a new journey starts with follow the session's language, written once."""
from facilitator.core.journeys.model import blank_journey
from facilitator.core.journeys.words import default_phases, group_name, new_phase_title, next_group_name


def test_a_blank_journey_is_before_during_after_in_the_sessions_language():
    assert [p.title for p in blank_journey("Gruppe 1", default_phases("da")).phases] == ["Før", "Under", "Efter"]
    assert default_phases("en") == ("Before", "During", "After")
    assert [p.title for p in blank_journey("Gruppe 1").phases] == ["Før", "Under", "Efter"]


def test_group_and_phase_names():
    assert group_name(3, "da") == "Gruppe 3" and group_name(3, "en") == "Group 3"
    assert next_group_name({"Gruppe 1", "Gruppe 3"}, "da") == "Gruppe 2"
    assert next_group_name([], "en") == "Group 1"
    assert new_phase_title("da") == "Ny fase" and new_phase_title("en") == "New phase"
