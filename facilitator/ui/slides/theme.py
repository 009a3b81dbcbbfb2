"""The look of every slide: colours, type roles and spacing, all relative to the slide height.

Sizes are fractions of the slide's height, so a slide looks the same on a 1366x768
projector, a 1920x1080 wall and a small preview in the presenter window; pixel
sizes are logical pixels, so a device pixel ratio of 2 only makes them sharper.
"""
from __future__ import annotations

from facilitator.core.record import record

from PySide6.QtGui import QColor, QFont

# Fraction of the slide height per text role (before the slide's fit-to-size scale).
TEXT_SIZES = {
    "hero": 0.095,  # the title of a title slide
    "title": 0.066,
    "subtitle": 0.040,
    "heading": 0.040,  # column and card headings
    "body": 0.046,
    "number": 0.080,  # key figures on cards
    "quote": 0.056,
    "small": 0.032,
    "source": 0.022,  # "Kilde: ..." lines: small but legible from the back of the room
}
BOLD_ROLES = {"hero", "title", "heading", "number"}
MARGIN = 0.065  # outer margin, fraction of height
GAP = 0.030  # space between blocks of content

FAMILIES = ["Segoe UI", "Helvetica Neue", "Noto Sans", "Source Sans 3", "Open Sans",
            "DejaVu Sans", "Arial", "sans-serif"]


@record(frozen=True)
class Palette:
    background: str = "#F7F6F2"  # warm off-white: calmer than pure white on a projector
    text: str = "#1F2A37"
    muted: str = "#5B6573"
    accent: str = "#245C8A"  # deep blue: titles' rule, bars
    accent_soft: str = "#DCE7F0"
    card: str = "#FFFFFF"
    rule: str = "#D5D8DC"
    on_accent: str = "#FFFFFF"
    dark_background: str = "#1E3A52"  # title slides


PALETTE = Palette()
# Owners of touchpoints on the journey slide; the text label says the same (colour is not alone).
OWNER_COLOURS = {"us": "#245C8A", "partner": "#8A6A24", "customer": "#2E7D5B", "": "#5B6573"}
# A calm qualitative series for bars of different platforms.
SERIES = ["#245C8A", "#2E7D5B", "#8A6A24", "#7A3E6E", "#4F6D7A"]


GENTLE_ROLES = {"hero", "title"}  # shrink more slowly, so a crowded slide keeps its hierarchy


def text_px(role: str, height: int, scale: float = 1.0) -> int:
    """Pixel size of a text role on a slide `height` logical pixels high."""
    if role in GENTLE_ROLES:
        scale = scale ** 0.5
    return max(7, round(TEXT_SIZES[role] * height * scale))


def slide_font(role: str, height: int, scale: float = 1.0) -> QFont:
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPixelSize(text_px(role, height, scale))
    if role in BOLD_ROLES:
        f.setWeight(QFont.Weight.DemiBold)
    if role == "quote":
        f.setItalic(True)
    return f


def qcolor(name: str) -> QColor:
    return QColor(name)


def format_number(value: float, language: str = "da") -> str:
    """94 -> '94', 8.9 -> '8,9' in Danish, 3.14 -> '3,14', 1500000 -> '1.500.000': the decimals
    as written in the file (the shortest text that reads back as the value, at most six)."""
    if float(value).is_integer():
        text = f"{value:,.0f}"
    else:
        written = repr(float(value))
        decimals = len(written.split(".")[1]) if "." in written and "e" not in written else 6
        text = f"{value:,.{min(decimals, 6)}f}".rstrip("0").rstrip(".")
    if language == "da":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def value_with_unit(value: float, unit: str, language: str = "da") -> str:
    number = format_number(value, language)
    if not unit:
        return number
    return f"{number}\u00a0{unit}"  # no-break space: '95 %' never splits over two lines


def figure_where(fig) -> str:
    """'ComScore, juli 2009': who says so and when (the date only once)."""
    when = fig.when if fig.when and fig.when not in fig.source else ""
    return ", ".join(x for x in (fig.source, when) if x)
