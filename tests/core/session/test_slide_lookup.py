"""Session.slide(id) finds the slide by an index that is checked on each use: the planner
edits the slide list in place, and every lookup still answers with the list as it is now."""
import dataclasses

import pytest

from facilitator.bundled import default_session_path
from facilitator.core.session.loader import load_session


def test_the_lookup_follows_the_list_as_it_is_edited():
    session = load_session(default_session_path())
    assert [session.slide(s.id) for s in session.slides] == session.slides
    first = session.slides[0]
    session.slides.insert(0, dataclasses.replace(session.slides[5], id="ny", title="Ny"))
    assert session.slide("ny").title == "Ny" and session.slide(first.id) is first
    session.slides[3] = dataclasses.replace(session.slides[3], title="Rettet")
    assert session.slide(session.slides[3].id).title == "Rettet"
    del session.slides[0]
    with pytest.raises(StopIteration):
        session.slide("ny")
    assert session.slide(first.id) is first


def test_a_copy_has_its_own_index_and_compares_equal():
    session = load_session(default_session_path())
    session.slide(session.slides[-1].id)
    copy = dataclasses.replace(session)
    copy.slides = [dataclasses.replace(s, title="Kopi") for s in session.slides]
    assert copy.slide(session.slides[-1].id).title == "Kopi"
    assert session.slide(session.slides[-1].id).title != "Kopi"
    assert dataclasses.replace(session) == session
