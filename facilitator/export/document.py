"""A landscape (or portrait) document whose pages carry the shared header and footer."""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import SimpleDocTemplate

from facilitator.export.labels import labels
from facilitator.export.page import FOOTER_H, HEADER_H, MARGIN, make_canvas_class, page_size, paper_scale

FRAME_PADDING = 6


class Geometry:
    def __init__(self, paper: str = "a4", landscape_: bool = True):
        self.paper = paper.lower()
        self.scale = paper_scale(self.paper)
        self.size = page_size(self.paper, landscape_)
        s = self.scale
        pad = 2 * FRAME_PADDING  # SimpleDocTemplate's frame keeps 6 pt inside each edge
        self.frame_w = self.size[0] - 2 * MARGIN * s - pad
        self.frame_h = self.size[1] - 2 * MARGIN * s - (HEADER_H + FOOTER_H) * s - pad
        self.margins = dict(leftMargin=MARGIN * s, rightMargin=MARGIN * s,
                            topMargin=(MARGIN + HEADER_H) * s, bottomMargin=(MARGIN + FOOTER_H) * s)


def build_pdf(path, story: list, geometry: Geometry, language: str, title: str = "") -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=geometry.size, title=title, author="Facilitator",
                            **geometry.margins)
    canvas_class = make_canvas_class(labels(language)["page"], geometry.scale)
    doc.build(story, canvasmaker=canvas_class)
    return path
