"""`facilitator new talk.yaml --slides deck.pdf --duration 45m`: a talk ready to run."""
from __future__ import annotations

from cli_helpers import run_cli
from media_samples import damaged_pdf, numbered_pdf


def test_a_talk_with_its_deck_is_ready_to_check_and_run(tmp_path, monkeypatch):
    (tmp_path / "slides").mkdir()
    numbered_pdf(tmp_path / "slides" / "deck.pdf", 30)
    monkeypatch.chdir(tmp_path)
    made = run_cli("new", "talk.yaml", "--slides", "slides/deck.pdf", "--duration", "45m")
    assert made.code == 0, made.err
    assert made.out.splitlines() == ["talk.yaml: a 45 min talk showing 30 pages of deck.pdf",
                                     "run it with: facilitator run talk.yaml"]
    assert 'file: "slides/deck.pdf"' in (tmp_path / "talk.yaml").read_text(encoding="utf-8")
    checked = run_cli("check", str(tmp_path / "talk.yaml"))
    assert checked.code == 0, checked.err
    assert "09.00–09.45" in checked.out and "30 slides" in checked.out


def test_the_deck_is_named_relative_to_the_session_file(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 2)
    (tmp_path / "talks").mkdir()
    made = run_cli("new", str(tmp_path / "talks" / "t.yaml"), "--slides", str(tmp_path / "deck.pdf"),
                   "--duration", "1h15m")
    assert made.code == 0, made.err
    assert 'file: "../deck.pdf"' in (tmp_path / "talks" / "t.yaml").read_text(encoding="utf-8")
    assert run_cli("check", str(tmp_path / "talks" / "t.yaml")).code == 0


def test_a_bad_deck_or_an_existing_file_writes_nothing(tmp_path):
    good = numbered_pdf(tmp_path / "good.pdf", 3)
    damaged_pdf(tmp_path / "bad.pdf", good)
    numbered_pdf(tmp_path / "locked.pdf", 3, password="x")
    out = tmp_path / "talk.yaml"
    for deck, words in (("bad.pdf", "is damaged or not a PDF"), ("locked.pdf", "protected by a password"),
                        ("none.pdf", "does not exist")):
        result = run_cli("new", str(out), "--slides", str(tmp_path / deck), "--duration", "45m")
        assert result.code == 1 and words in result.err and not out.exists()
    out.write_text("mine", encoding="utf-8")
    result = run_cli("new", str(out), "--slides", str(good), "--duration", "45m")
    assert result.code == 1 and "already exists" in result.err
    assert out.read_text(encoding="utf-8") == "mine"


def test_a_duration_that_is_not_one_is_a_usage_error(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 1)
    result = run_cli("new", str(tmp_path / "t.yaml"), "--slides", str(tmp_path / "deck.pdf"), "--duration", "soon")
    assert result.code == 2 and "'soon' is not a duration" in result.err
