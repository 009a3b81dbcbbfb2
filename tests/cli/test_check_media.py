"""`facilitator check` on a session with a PDF deck and an image: FILE:LINE:COL errors."""
from __future__ import annotations

from cli_helpers import run_cli
from media_samples import numbered_pdf, session_file

SLIDES = """\
  - {id: deck, kind: pdf, file: deck.pdf, pages: "3-31"}
  - {id: foto, kind: image, file: foto.png}
"""


def test_check_names_the_file_and_the_page_range_at_their_place(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 30)
    path = session_file(tmp_path, SLIDES, "[deck, foto]")
    result = run_cli("check", str(path))
    assert result.code == 1
    assert result.err.splitlines() == [
        f"{path}:8:48: page 31 does not exist: 'deck.pdf' has 30 pages",
        f"{path}:9:33: 'foto.png' does not exist (looked for {tmp_path / 'foto.png'})",
    ]


def test_the_agenda_and_the_status_do_not_need_the_slides_files(tmp_path):
    path = session_file(tmp_path, SLIDES, "[deck, foto]")  # neither file exists
    assert run_cli("check", str(path)).code == 1
    agenda = run_cli("agenda", str(path))
    assert agenda.code == 0 and "Foredraget" in agenda.out and agenda.err == ""
