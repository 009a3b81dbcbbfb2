"""Text as the bundled fonts can print it: right-to-left scripts in reading order, and what the
fonts cannot draw named rather than printed as empty boxes.

DejaVu Sans (resources/fonts) covers Latin, Greek, Cyrillic, Hebrew and Arabic, but not CJK,
Devanagari, Thai or emoji. reportlab 5's own bidi support needs `rlbidi` (not on PyPI's usual
mirrors) and its shaping needs `uharfbuzz`; we use what reportlab-based tools such as xhtml2pdf
use instead: `arabic-reshaper` joins Arabic letters into their contextual forms (which DejaVu
has), `python-bidi` puts each printed line into visual order. Without them, text prints in
logical order (reversed for Hebrew and Arabic) and nothing fails.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

try:
    import arabic_reshaper
    from bidi import get_display
except ImportError:  # pragma: no cover - both are dependencies; a stripped install still prints
    arabic_reshaper = None
    get_display = None

MISSING = "\ufffd"  # printed where a character cannot be drawn: visible, and unlike any real text
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# joiners and selectors that only glue an emoji sequence together: dropped with what they glue
_GLUE = {"\u200d", "\ufe0e", "\ufe0f"}


@lru_cache(maxsize=None)
def _glyphs(font: str) -> frozenset[int]:
    face = getattr(pdfmetrics.getFont(font), "face", None)
    return frozenset(getattr(face, "charToGlyph", {}) or ())


def drawable(ch: str, font: str) -> bool:
    return ch in "\n\t" or ord(ch) in _glyphs(font)


def shaped(text: str) -> str:
    """Arabic letters in their joined (presentation) forms; other text unchanged. Logical order."""
    if arabic_reshaper is not None and _ARABIC.search(text):
        return arabic_reshaper.reshape(text)
    return text


def visual(line: str) -> str:
    """One printed line in the order it is drawn left to right (bidi), for drawString."""
    if get_display is not None and _RTL.search(line):
        return get_display(line)
    return line


def printable(text: str, font: str) -> str:
    """Shaped text with every character the font cannot draw replaced by MISSING; an emoji
    sequence (👨‍👩‍👧, joined by U+200D) becomes one MISSING."""
    text = shaped(text or "")
    glyphs = _glyphs(font)
    if all(ord(ch) in glyphs for ch in text if ch not in "\n\t"):
        return text
    out: list[str] = []
    gluing = False
    for ch in text:
        if ch in "\n\t" or (ord(ch) in glyphs and ch not in _GLUE):
            out.append(ch)
            gluing = False
        elif ch in _GLUE:
            gluing = bool(out) and out[-1] == MISSING
            if not gluing and ord(ch) in glyphs:
                out.append(ch)
        elif gluing or (out and out[-1] == MISSING and _is_modifier(ch)):
            gluing = False  # the rest of a sequence already marked
        else:
            out.append(MISSING)
    return "".join(out)


def _is_modifier(ch: str) -> bool:
    return 0x1F3FB <= ord(ch) <= 0x1F3FF or unicodedata.category(ch) == "Mn"


def undrawable(texts, font: str) -> list[str]:
    """The characters of texts the font cannot draw, each once, in order of appearance."""
    glyphs = _glyphs(font)
    seen: dict[str, None] = {}
    for text in texts:
        for ch in shaped(text or ""):
            if ch not in "\n\t" and ch not in _GLUE and ord(ch) not in glyphs and not _is_modifier(ch):
                seen.setdefault(ch)
    return list(seen)


def script_name(ch: str) -> str:
    """'CJK', 'Thai', 'Devanagari', 'emoji' ... for a message."""
    if ord(ch) >= 0x1F000 or unicodedata.category(ch) == "So":
        return "emoji"
    word = unicodedata.name(ch, "").split(" ")[0]
    return word if word in ("CJK",) else (word.capitalize() or f"U+{ord(ch):04X}")


def undrawable_notice(what: str, texts, font: str) -> str | None:
    """'Gruppe 1: the PDF font cannot draw CJK, emoji characters (你好🎉); they print as �' or None."""
    missing = undrawable(texts, font)
    if not missing:
        return None
    scripts = list(dict.fromkeys(script_name(ch) for ch in missing))
    sample = "".join(missing[:12]) + ("…" if len(missing) > 12 else "")
    return (f"{what}: the PDF font cannot draw {', '.join(scripts)} characters ({sample}); "
            f"they print as {MISSING}")
