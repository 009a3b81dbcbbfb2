"""The default session says what the seed workshop says: a sample of its facts, read through the loader."""
from __future__ import annotations

import pytest

from facilitator.bundled import default_session_path
from facilitator.core.session.loader import load_session
from facilitator.core.session.schedule import planned_schedule
from facilitator.core.session.model import BlockKind
from facilitator.core.timefmt import format_clock

AGENDA = [  # (start, end, title) exactly as on the seed's "Dagens program"
    ("09.00", "09.30", "Hvad er og hvem bruger de sociale medier"),
    ("09.30", "10.00", "Øvelse: Fremtidsfortælling"),
    ("10.00", "10.30", "Hvorfor bruge de sociale medier – en række cases"),
    ("10.30", "10.45", "Pause"),
    ("10.45", "11.30", "De fem største sociale medier"),
    ("11.30", "12.00", "Frokost"),
    ("12.00", "12.20", "Adfærd på sociale medier"),
    ("12.20", "12.45", "Øvelse: De sociale medier i værdikæden"),
    ("12.45", "13.00", "Pause og kage"),
    ("13.00", "13.45", "Den sociale mediestrategi"),
    ("13.45", "14.00", "Opsamling, spørgsmål og evaluering"),
]


@pytest.fixture(scope="module")
def seed():
    return load_session(default_session_path())


def _slides_of_kind(seed, kind):
    return [s for s in seed.slides if s.kind == kind]


def _figure(figures, label_part):
    return next(f for f in figures if label_part in f.label)


def test_the_day_runs_from_nine_to_two_as_in_the_programme(seed):
    assert (seed.title, seed.language, format_clock(seed.start)) == ("Workshop om sociale medier", "da", "09.00")
    planned = [(format_clock(p.start // 60), format_clock(p.end // 60), p.block.title)
               for p in planned_schedule(seed)]
    assert planned == AGENDA


def test_lunch_is_fixed_at_half_past_eleven(seed):
    lunch = next(b for b in seed.blocks if b.title == "Frokost")
    assert lunch.kind == BlockKind.BREAK
    assert format_clock(lunch.fixed_start) == "11.30"
    assert [b.fixed_start for b in seed.blocks if b is not lunch] == [None] * 10


def test_the_facilitators_are_louise_and_connie(seed):
    assert [(f.name, f.email) for f in seed.facilitators] == [
        ("Louise Christensen", "loc@woco.dk"), ("Connie Westergaard", "cwe@woco.dk")]


def test_fremtidsfortaelling_starts_with_ten_minutes_of_keywords(seed):
    ex = next(e for b in seed.blocks for e in b.exercises if e.title == "Fremtidsfortælling")
    assert "I 2015" in ex.prompt and "fem minutters tale" in ex.prompt
    keywords, speeches = ex.phases[0], ex.phases[-1]
    assert (keywords.title, keywords.duration) == ("Skriv stikord til talen", 10 * 60)
    assert "5 min" in speeches.title
    assert sum(p.duration for p in ex.phases) <= ex.duration


def test_formaal_is_ten_minutes_with_the_neighbour_in_the_strategy_block(seed):
    strategy = next(b for b in seed.blocks if b.title == "Den sociale mediestrategi")
    formaal = next(e for e in strategy.exercises if e.title == "Formål")
    assert formaal.duration == 10 * 60
    assert "snak med sidemanden" in formaal.prompt


def test_the_mallorca_journey_is_in_its_real_order(seed):
    block = next(b for b in seed.blocks if b.title == "Øvelse: De sociale medier i værdikæden")
    template = seed.journey_template(block.exercises[0].journey_template)
    steps = ["rejsekatalog", "Mytravel.dk", "billetter", "Lufthavn", "SAS", "14 dage", "Facebook",
             "bagage", "TripAdvisor"]
    titles = [t.title for t in template.touchpoints]
    assert len(titles) == len(steps)
    for title, step in zip(titles, steps):
        assert step in title
    phase_order = [p.id for p in template.phases]
    assert [t.phase for t in template.touchpoints] == sorted(
        (t.phase for t in template.touchpoints), key=phase_order.index)
    owners = {t.owner_name: t.owner for t in template.touchpoints}
    assert (owners["SAS"], owners["TripAdvisor"]) == ("partner", "customer")


def test_facebook_has_400_million_users_according_to_facebook(seed):
    users = _figure(seed.platform("facebook").figures, "brugere")
    assert (users.value, users.unit, users.measure, users.source) == (400, "millioner", "brugere globalt", "Facebook")


def test_flickr_holds_four_billion_pictures(seed):
    pictures = _figure(seed.platform("flickr").figures, "billeder")
    assert (pictures.value, pictures.unit, pictures.when) == (4, "milliarder", "oktober 2009")


def test_twitter_tools_keep_their_addresses(seed):
    assert "Søg: http://search.twitter.com" in seed.platform("twitter").tools


def test_the_two_top_ten_lists(seed):
    (ranking,) = _slides_of_kind(seed, "ranking")
    globalt, danmark = ranking.rankings
    assert (globalt.title, danmark.title) == ("Globalt", "Danmark")
    assert [len(globalt.items), len(danmark.items)] == [10, 10]
    for top10 in (globalt, danmark):
        assert (top10.items[0].name, top10.items[0].rank) == ("www.facebook.com", 2)
        assert top10.source
    assert (danmark.items[-1].name, danmark.items[-1].rank) == ("www.pornhub.com", 35)
    assert "Alexa" in globalt.source


def test_danish_statistics_with_their_source(seed):
    slide = next(s for s in _slides_of_kind(seed, "figures") if s.title == "Brugerne – danske tal")
    email = _figure(slide.figures, "e-mailer")
    assert (email.value, email.unit) == (94, "%")
    assert email.source == "Danmarks Statistik 2009"
    assert slide.source == "Danmarks Statistik 2009"


def test_every_block_shows_slides_that_exist(seed):
    slide_ids = {s.id for s in seed.slides}
    for block in seed.blocks:
        assert block.slides, block.id
        assert set(block.slides) <= slide_ids, block.id


def test_every_slide_reference_resolves(seed):
    exercises = {e.id for b in seed.blocks for e in b.exercises}
    for slide in seed.slides:
        if slide.kind == "platform":
            assert seed.platform(slide.platform)
        if slide.kind == "exercise":
            assert slide.exercise in exercises
        if slide.kind == "journey":
            assert seed.journey_template(slide.journey_template)


def test_every_figure_on_the_wall_names_its_source(seed):
    for slide in _slides_of_kind(seed, "figures"):
        assert slide.source, slide.id
        assert all(f.source for f in slide.figures), slide.id
    for platform in seed.platforms:
        assert all(f.source and f.measure for f in platform.figures), platform.id


def test_comparisons_only_put_like_with_like(seed):
    for slide in _slides_of_kind(seed, "comparison"):
        same = [f for p in seed.platforms for f in p.figures if f.measure == slide.measure]
        assert len(same) >= 2, slide.id
        assert len({f.unit for f in same}) == 1, slide.id
