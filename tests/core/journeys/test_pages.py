"""A journey on the wall is paged by phase, never squeezed: what each page holds."""
from facilitator.core.journeys.model import Journey, Touchpoint
from facilitator.core.journeys.pages import page_journey, phase_pages
from facilitator.core.session.model import JourneyPhase


def journey(counts):
    phases = [JourneyPhase(f"p{i}", f"Fase {i}") for i in range(len(counts))]
    tps = [Touchpoint(f"{p.id}-{k}", p.id) for p, n in zip(phases, counts) for k in range(n)]
    return Journey("g1", "Gruppe 1", phases=phases, touchpoints=tps)


def test_whole_phases_share_a_page_when_they_fit():
    assert phase_pages(journey([2, 3, 4]), 5) == [[0, 1, 2, 3, 4], [5, 6, 7, 8]]


def test_a_phase_longer_than_a_page_goes_on_over_pages():
    assert phase_pages(journey([1, 7]), 3) == [[0], [1, 2, 3], [4, 5, 6], [7]]


def test_a_page_shows_only_its_phases():
    j = journey([2, 3])
    page = page_journey(j, [2, 3, 4])
    assert [p.title for p in page.phases] == ["Fase 1"]
    assert [t.title for t in page.touchpoints] == ["p1-0", "p1-1", "p1-2"]
    assert phase_pages(journey([]), 4) == [[]]
