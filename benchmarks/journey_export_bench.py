"""Exporting 30 journeys of 12 touchpoints vs. reportlab laying out the same text as plain
paragraphs on the same number of pages (the floor, measured in the same run). Target: ≤ 3×.

    .venv/bin/python benchmarks/journey_export_bench.py
"""
from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from facilitator.core.journeys.model import Journey, Touchpoint
from facilitator.core.session.model import JourneyPhase
from facilitator.export.document import Geometry
from facilitator.export.journey_grid import Styles
from facilitator.export.journey_pdf import write_journeys_pdf

GROUPS, TOUCHPOINTS, RUNS = 30, 12, 3


def sample_journeys() -> list[Journey]:
    phases = [JourneyPhase("foer", "Før rejsen"), JourneyPhase("under", "Under rejsen"),
              JourneyPhase("efter", "Efter rejsen")]
    out = []
    for g in range(1, GROUPS + 1):
        tps = [Touchpoint(
            title=f"Kunden gør trin {k + 1}: tjekker kataloget, bestiller og får bekræftelse på e-mail",
            phase=phases[k * 3 // TOUCHPOINTS].id, channel="Web og e-mail", owner="partner", owner_name="SAS",
            social=f"Idé {k + 1}: fanside på Facebook med tips fra andre rejsende og svar inden for en time",
            platforms=["Facebook", "Twitter"], feeling=(k % 5) - 2,
            pain="Lang ventetid i telefonen og uklar information om bagage",
            opportunity="Del billeder og anmeldelser; belønning for at dele oplevelsen",
        ) for k in range(TOUCHPOINTS)]
        out.append(Journey(id=f"gruppe-{g}", group=f"Gruppe {g}", title="Rejse til Mallorca",
                           persona="Familie med to børn", scenario="Sommerferie", phases=phases, touchpoints=tps))
    return out


def texts(j: Journey) -> list[str]:
    out = [j.group, j.title, j.persona, j.scenario] + [p.title for p in j.phases]
    for t in j.touchpoints:
        out += [t.title, t.channel, f"Partner: {t.owner_name}", t.social, ", ".join(t.platforms), t.pain,
                t.opportunity]
    return out


def page_count(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def floor_pdf(journeys, pages_per_journey: int, path: Path) -> None:
    geo = Geometry("a4")
    styles = Styles(1.0)
    story = []
    for j in journeys:
        items = texts(j)
        per = -(-len(items) // pages_per_journey)
        for k in range(pages_per_journey):
            story += [Paragraph(escape(s), styles.body) for s in items[k * per:(k + 1) * per]]
            story.append(PageBreak())
    doc = SimpleDocTemplate(str(path), pagesize=geo.size, **geo.margins)
    doc.build(story[:-1])


def best(fn) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    journeys = sample_journeys()
    tmp = Path(tempfile.mkdtemp())
    out, floor_out = tmp / "journeys.pdf", tmp / "floor.pdf"
    write_journeys_pdf(journeys, out)  # warm-up: font loading, imports
    pages = page_count(out)
    per_journey = pages // GROUPS
    t_export = best(lambda: write_journeys_pdf(journeys, out, workshop_title="Workshop om sociale medier",
                                               date="9. marts 2010"))
    t_floor = best(lambda: floor_pdf(journeys, per_journey, floor_out))
    ratio = t_export / t_floor
    print(f"{GROUPS} journeys x {TOUCHPOINTS} touchpoints: {pages} pages (floor: {page_count(floor_out)} pages)")
    print(f"journey export        {t_export * 1000:8.1f} ms")
    print(f"plain paragraphs floor {t_floor * 1000:7.1f} ms")
    print(f"ratio {ratio:.2f}x (target <= 3x): {'OK' if ratio <= 3 else 'TOO SLOW'}")
    return 0 if ratio <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
