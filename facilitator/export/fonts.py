"""The embedded font: DejaVu Sans covers all of Danish (æøå ÆØÅ) and typographic punctuation
(– — “ ” ‘ ’ … •), which reportlab's built-in Helvetica does not reliably do. Shipped in
resources/fonts/ so a machine without network or system fonts prints the same."""
from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.bundled import resource_path

REGULAR = "FacilitatorSans"
BOLD = "FacilitatorSans-Bold"


def register_fonts() -> tuple[str, str]:
    """Register once per process; returns (regular, bold) font names."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        # <b> inside Paragraph markup picks the bold face; italic falls back to regular
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
