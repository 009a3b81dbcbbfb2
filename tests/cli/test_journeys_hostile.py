"""`facilitator journeys export` takes any input: hostile journey files written here get a clear
FILE:LINE:COL message or a PDF, never a traceback, never a hang, never an overwritten input."""
import os
import time
from pathlib import Path

import pytest
from cli_helpers import run_cli
from pdftext import pages, squash
from samples import filled

from facilitator.core.journeys import store

HEAD = "format: 1\nid: gruppe-1\ngroup: Gruppe 1\nphases: [{id: foer, title: Før}]\n"


def journey_file(tmp_path, text: str, name: str = "gruppe-1.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def export(*args):
    """Run it, and how long it took: the limits below guard against hangs, they are no benchmark."""
    t0 = time.perf_counter()
    r = run_cli("journeys", "export", *map(str, args))
    assert "Traceback" not in r.err and "internal error" not in r.err, r.err
    return r, time.perf_counter() - t0


def test_a_feeling_of_5000_digits_is_a_clear_error(tmp_path):
    path = journey_file(tmp_path, HEAD + "touchpoints:\n  - {title: A, phase: foer, feeling: " + "9" * 5000 + "}\n")
    r, _ = export(path, "-o", tmp_path / "out.pdf")
    assert r.code == 1
    assert r.err == f"{path}:6:38: feeling must be a whole number from -2 to 2\n"


def test_50000_nested_brackets_are_a_clear_error(tmp_path):
    path = journey_file(tmp_path, HEAD + "touchpoints: " + "[" * 50_000 + "\n")
    r, elapsed = export(path, "-o", tmp_path / "out.pdf")
    assert r.code == 1 and "nested more than 100 levels deep" in r.err
    assert r.err.startswith(f"{path}:5:")
    assert elapsed < 5


def test_an_alias_bomb_is_refused_quickly(tmp_path):
    # 17 KB that would expand to 4,000 touchpoints of 2 KB each: some 2,000 pages
    text = (HEAD + f"x: &t {{title: {'Kunden ' * 300}, phase: foer}}\n"
            + "touchpoints: [" + ", ".join(["*t"] * 4000) + "]\n")
    assert len(text) < 20_000
    path = journey_file(tmp_path, text)
    r, elapsed = export(path, "-o", tmp_path / "out.pdf")
    assert r.code == 1 and "YAML bomb" in r.err and elapsed < 5
    assert not (tmp_path / "out.pdf").exists()


def test_a_symlink_to_dev_zero_is_refused_at_once(tmp_path):
    link = tmp_path / "gruppe-1.yaml"
    link.symlink_to("/dev/zero")
    r, elapsed = export(link, "-o", tmp_path / "out.pdf")
    assert r.code == 1 and elapsed < 5
    assert r.err == f"{link}:1:1: the file is larger than 2 MB; a journey file may be at most 2 MB\n"


def test_a_50_mb_journey_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.yaml"
    with open(path, "wb") as f:
        f.write(HEAD.encode() + b"#" * (50 * 1024 * 1024))
    r, elapsed = export(path, "-o", tmp_path / "out.pdf")
    assert r.code == 1 and elapsed < 5
    assert r.err == f"{path}:1:1: the file is 50.0 MB; a journey file may be at most 2 MB\n"


def test_output_naming_an_input_is_refused_and_the_journey_kept(tmp_path):
    path = store.save_journey(tmp_path, filled("Gruppe 1"))
    before = path.read_bytes()
    r, _ = export(path, "-o", path)
    assert r.code == 1 and "is one of the input files" in r.err
    assert path.read_bytes() == before
    r, _ = export(path, "-o", tmp_path / "journeys" / "." / path.name)  # the same file by another name
    assert r.code == 1 and path.read_bytes() == before


def test_split_output_that_would_overwrite_an_input_is_refused(tmp_path):
    journey = filled("Gruppe 1")
    path = tmp_path / f"x-{journey.id}.pdf"  # a journey file under the name --split would write
    path.write_text(store.dump_journey(journey), encoding="utf-8")
    before = path.read_bytes()
    r, _ = export(path, "-o", tmp_path / "x.pdf", "--split")
    assert r.code == 1 and "is one of the input files" in r.err
    assert path.read_bytes() == before


@pytest.mark.parametrize("ident", ["../../etc/evil", "a\\0b", "x" * 400])
def test_split_names_are_safe_for_any_id(tmp_path, ident):
    path = journey_file(tmp_path, HEAD.replace("id: gruppe-1", f'id: "{ident}"'))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    r, _ = export(path, "-o", out_dir / "x.pdf", "--split")
    assert r.code == 0, r.err
    (made,) = out_dir.iterdir()
    assert made.name.startswith("x-") and made.suffix == ".pdf" and len(made.name) < 100
    assert "Gruppe 1" in pages(made)[0]


def test_an_english_workshop_prints_english_pdfs_on_a_danish_system(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    monkeypatch.setenv("FACILITATOR_LANG", "da")
    session = tmp_path / "english.yaml"
    session.write_text('format: 1\ntitle: My workshop\nlanguage: en\nstart: "09:00"\n'
                       "blocks: [{id: a, title: A, kind: talk, duration: 30m}]\n", encoding="utf-8")
    folder = tmp_path / "workshop"
    folder.mkdir()
    (folder / "workshop.json").write_text('{"session": "%s"}' % session, encoding="utf-8")
    path = store.save_journey(folder, filled("Group 1"))  # a file from before the editor recorded the language
    r, _ = export(path, "-o", tmp_path / "out.pdf")
    assert r.code == 0
    text = pages(tmp_path / "out.pdf")[0]
    assert "Touchpoint" in text and "Page 1 of 1" in text and "Kontaktpunkt" not in text
    r, _ = export(path, "-o", tmp_path / "da.pdf", "--lang", "da")
    assert "Kontaktpunkt" in pages(tmp_path / "da.pdf")[0]


def test_the_journey_file_names_its_language(tmp_path):
    journey = filled("Group 1")
    journey.language = "en"
    path = store.save_journey(tmp_path, journey)
    assert "language: en" in path.read_text(encoding="utf-8")
    r, _ = export(path, "-o", tmp_path / "out.pdf")
    assert r.code == 0 and "Touchpoint" in pages(tmp_path / "out.pdf")[0]
