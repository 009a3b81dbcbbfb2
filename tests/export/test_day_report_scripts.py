"""The day report's lines under the table (pauses, time added, skipped blocks, catch-up plans)
print block titles as the table does: Hebrew and Arabic right to left with joined letters, and
what the font cannot draw as \ufffd (they were printed raw: reversed, unjoined, CJK as boxes)."""
from __future__ import annotations

import report_day
from cli_helpers import run_cli
from pdftext import pages

from facilitator.core import workshop as storage
from facilitator.core.day import journal

PAUSED = "مرحبا بالعالم"  # the exercise block, paused for 3 min
SKIPPED = "שלום עולם 東京"  # the block that was skipped


def _report(tmp_path) -> str:
    text = report_day.SESSION_YAML.replace('title: "Øvelse: Fremtidsfortælling"', f'title: "{PAUSED}"')
    text = text.replace("title: Hvorfor bruge de sociale medier,", f'title: "{SKIPPED}",')
    session_path = tmp_path / "dag.yaml"
    session_path.write_text(text, encoding="utf-8")
    folder = storage.prepare_workshop_dir(session_path, tmp_path / "workshop")
    with journal.Journal(storage.journal_path(folder)) as j:
        for event in report_day.events():
            j.append(event)
    pdf = tmp_path / "rapport.pdf"
    result = run_cli("report", "--workshop-dir", str(folder), "-o", str(pdf), "--lang", "en")
    assert result.code == 0, result.err
    return "\n".join(pages(pdf))


def test_the_lines_under_the_table_print_titles_as_the_table_does(tmp_path):
    lines = _report(tmp_path).splitlines()
    skipped_row = next(line for line in lines if "\ufffd" in line)  # its row in the table
    paused_row = next(line for line in lines if "\ufe8e" in line)  # joined Arabic: the exercise's row
    assert "\x00" not in "".join(lines) and "東" not in "".join(lines)  # no empty boxes, no raw CJK
    assert f"Sprunget over: {skipped_row}" in lines
    pauses = next(line for line in lines if line.startswith("Pauser:"))
    assert paused_row in pauses


def test_a_long_hebrew_title_wraps_in_reading_order(tmp_path, monkeypatch):
    """Each printed line in visual order by itself: the first line holds the title's first words
    (the whole title was reversed before it wrapped, so the first line held its last words)."""
    from reportlab.pdfgen.textobject import PDFTextObject

    drawn = []  # every run of text put on a page (Paragraph lines and drawString alike)
    real = PDFTextObject._textOut
    monkeypatch.setattr(PDFTextObject, "_textOut", lambda self, text, *a, **k: (drawn.append(text),
                                                                               real(self, text, *a, **k))[1])
    words = ["אחד", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"] * 4
    monkeypatch.setitem(globals(), "SKIPPED", " ".join(words))
    _report(tmp_path)
    lines = [line.strip() for line in drawn if "דחא" in line or "רשע" in line]  # Hebrew lines, left to right
    table = [line for line in lines if "…" not in line]  # not the timeline's one shortened label
    assert len(table) >= 2  # the title wraps in its table row
    assert table[0].endswith("דחא")  # its first word rightmost on the first line
