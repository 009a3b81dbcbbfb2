"""Reading PDFs the way a user reads a print-out: the text on each page, and the page size."""
import re

from pypdf import PdfReader


def pages(path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """Without whitespace: a cell wraps lines (even inside a long word) wherever it must."""
    return re.sub(r"\s+", "", text)


def sizes(path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(str(path)).pages]


def in_order(text: str, needles: list[str]) -> bool:
    flat, at = squash(text), 0
    for n in needles:
        at = flat.find(squash(n), at)
        if at < 0:
            return False
        at += 1
    return True


def fonts(path) -> dict[str, bool]:
    """Every font a PDF's pages use, by base name, and whether its file is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found
