"""The groups' journeys as PDF: one journey per page (A4 or A3 landscape), wider journeys
continue on the next page with their phase headings repeated."""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import PageBreak, Spacer

from facilitator.core.journeys.model import Journey, slugify

from facilitator.export.document import Geometry, build_pdf
from facilitator.export.fonts import register_fonts
from facilitator.export.journey_grid import LABEL_W, LANES, MAX_COL_W, MIN_COL_W, Styles, build_grid, chunks, journey_columns
from facilitator.export.script import undrawable_notice
from facilitator.export.labels import labels
from facilitator.export.page import Header, HeaderMark

FEELING_H = 60  # points on A4


def _owner_text(tp, lab) -> str:
    kind = lab.get(tp.owner, "") if tp.owner else ""
    if kind and tp.owner_name:
        return f"{kind}: {tp.owner_name}"
    return kind or tp.owner_name


def _cell(styles, lab, most: float):
    """Cells of at most `most` points each: a longer text is shrunk, then cut with "…"."""
    def cell(lane, col):
        tp = col.touchpoint
        if tp is None:
            return ""
        if lane == "touchpoint":
            return styles.text(f"{col.number}. {tp.title}", "title", most)
        if lane == "owner":
            return styles.text(_owner_text(tp, lab), max_height=most)
        if lane == "social":
            out = [styles.text(tp.social, max_height=most)]
            if tp.platforms:
                out.append(styles.text(", ".join(tp.platforms), "small", most / 4))
            return out
        return styles.text(getattr(tp, lane), max_height=most)
    return cell


def journey_texts(journey: Journey) -> list[str]:
    """Every text of a journey that gets printed."""
    texts = [journey.group, journey.title, journey.persona, journey.scenario]
    texts += [p.title for p in journey.phases]
    for t in journey.touchpoints:
        texts += [t.title, t.channel, t.owner_name, t.social, t.pain, t.opportunity, t.notes, *t.platforms]
    return texts


def journey_notices(journeys: list[Journey]) -> list[str]:
    """What the bundled fonts cannot draw, per journey, in words for the user."""
    regular, _bold = register_fonts()
    notes = (undrawable_notice(j.group[:40] + ("…" if len(j.group) > 40 else ""), journey_texts(j), regular)
             for j in journeys)
    return [n for n in notes if n]


def journey_story(journey: Journey, geo: Geometry, workshop_title: str, date: str, language: str) -> list:
    lab = labels(language)
    styles = Styles(geo.scale)
    lanes = LANES + (("notes",) if any(t.notes for t in journey.touchpoints) else ())
    label_w, min_w, max_w = LABEL_W * geo.scale, MIN_COL_W * geo.scale, MAX_COL_W * geo.scale
    per_page = max(1, int((geo.frame_w - label_w) // min_w))
    intro = [f"{lab[k]}: {getattr(journey, k)}" for k in ("persona", "scenario") if getattr(journey, k)]
    intro_para = styles.text("   ·   ".join(intro), "intro", geo.frame_h / 5) if intro else None
    intro_h = intro_para.wrap(geo.frame_w, geo.frame_h)[1] + styles.intro.spaceAfter if intro_para else 0
    def grids(per: int, cap: bool = True, most: float = 0.6) -> list:
        cell = _cell(styles, lab, geo.frame_h * most)
        out, continued = [], set()
        for cols in chunks(journey_columns(journey), per):
            col_w = (geo.frame_w - label_w) / max(1, len(cols))
            col_w = min(max_w, col_w) if cap else col_w
            feeling = [c.touchpoint.feeling if c.touchpoint else None for c in cols]
            out.append(build_grid(cols, lanes, lab, cell, feeling, styles, col_w, label_w, continued,
                                  feeling_h=FEELING_H * styles.scale))
            continued |= {c.phase_id for c in cols}
        return out

    def fits(tables) -> bool:
        room = [geo.frame_h - intro_h] + [geo.frame_h] * (len(tables) - 1)
        return all(t.wrap(geo.frame_w, h)[1] <= h for t, h in zip(tables, room))

    # Long text makes a column tall; rather than run off the page, use fewer, wider columns (at
    # last one column the page's width); if even that is too tall, a cell may hold less (cut
    # with "…") and we try again; past that, reportlab continues the row on the next page.
    tries = []
    per = per_page
    while per > 1:
        tries.append((per, True))
        per = max(1, per * 3 // 4 if per > 4 else per - 1)
    tries += [(1, True), (1, False)]
    tables = None
    for most in (0.6, 0.3, 0.15):
        for per, cap in tries:
            tables = grids(per, cap, most)
            if fits(tables):
                break
        else:
            continue
        break
    story = [HeaderMark(Header(journey.group, journey.title, workshop_title, date))]
    if intro_para:
        story += [intro_para, Spacer(1, styles.intro.spaceAfter)]
    for table in tables:
        story += [table, PageBreak()]
    return story


def write_journeys_pdf(journeys: list[Journey], path, *, paper: str = "a4", workshop_title: str = "",
                       date: str = "", language: str = "da", notices: list[str] | None = None) -> Path:
    """All journeys in one PDF, each starting on a new page. What the fonts cannot draw is
    printed as a visible mark and named in `notices` (if given), one line per journey."""
    if notices is not None:
        notices.extend(journey_notices(journeys))
    geo = Geometry(paper)
    story = []
    for journey in journeys:
        story += journey_story(journey, geo, workshop_title, date, language)
    if story and isinstance(story[-1], PageBreak):
        story.pop()
    return build_pdf(path, story, geo, language, title=workshop_title)


def split_paths(journeys: list[Journey], path) -> list[Path]:
    """OUT-<journey id>.pdf next to OUT.pdf for each journey. The id becomes a safe file name
    (no '/', NUL or control characters, not too long); two journeys with the same id (the same
    group from two workshop folders) get OUT-<id>-2.pdf, never one file."""
    path, used, outs = Path(path), set(), []
    for j in journeys:
        base = slugify(j.id)[:80]
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name)
        outs.append(path.with_name(f"{path.stem}-{name}{path.suffix or '.pdf'}"))
    return outs


def write_journeys_split(journeys: list[Journey], path, **kwargs) -> list[Path]:
    """One file per group (see split_paths)."""
    return [write_journeys_pdf([j], out, **kwargs) for j, out in zip(journeys, split_paths(journeys, path))]
