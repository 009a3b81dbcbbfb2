"""`facilitator journeys ...` end to end, on the seed session file."""
from pathlib import Path

import pytest
from pdftext import in_order, pages
from samples import filled

from facilitator.cli import main
from facilitator.core.journeys import store


@pytest.fixture
def seed_file(tmp_path):
    """The seed session (with its Mallorca template) as a file, dated the day it was held."""
    from facilitator.bundled import default_session_path

    text = default_session_path().read_text(encoding="utf-8")
    good = tmp_path / "session.yaml"
    good.write_text(text.replace("\ntitle: ", "\ndate: 2010-03-09\ntitle: ", 1), encoding="utf-8")
    return good


def test_export_journey_files_to_one_pdf(tmp_path, capsys):
    a = store.save_journey(tmp_path, filled("Gruppe 1"))
    b = store.save_journey(tmp_path, filled("Gruppe 2"))
    out = tmp_path / "out.pdf"
    assert main(["journeys", "export", str(a), str(b), "-o", str(out), "--paper", "a3"]) == 0
    text = pages(out)
    assert len(text) == 2 and "Gruppe 2" in text[1]


def test_export_with_session_header_and_split(tmp_path, seed_file):
    a = store.save_journey(tmp_path, filled("Gruppe 1"))
    assert main(["journeys", "export", str(a), "-o", str(tmp_path / "x.pdf"), "--split",
                 "--session", str(seed_file)]) == 0
    (text,) = pages(tmp_path / "x-gruppe-1.pdf")
    assert "Workshop om sociale medier" in text and "9. marts 2010" in text


def test_export_bad_file_exits_1_with_position(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ngroup: G\ntouchpoints:\n  - {title: a, owner: boss}\n", encoding="utf-8")
    assert main(["journeys", "export", str(bad), "-o", str(tmp_path / "o.pdf")]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:4:" in err and "owner" in err
    assert not (tmp_path / "o.pdf").exists()


def test_worksheet_for_six_groups(tmp_path, seed_file):
    out = tmp_path / "ark.pdf"
    assert main(["journeys", "worksheet", str(seed_file), "--template", "mallorca", "--groups", "6",
                 "-o", str(out)]) == 0
    text = pages(out)
    assert len(text) == 6 and "Gruppe 6 – Rejse til Mallorca" in text[5]
    assert in_order(text[0], ["Mulig kunde tjekker rejsekataloget", "Kunde skriver anmeldelse på TripAdvisor"])


def test_worksheet_unknown_template_and_bad_session(tmp_path, seed_file, capsys):
    assert main(["journeys", "worksheet", str(seed_file), "--template", "rom", "-o", str(tmp_path / "o.pdf")]) == 1
    assert "no journey template 'rom'" in capsys.readouterr().err
    other = tmp_path / "other.yaml"
    other.write_text('format: 1\ntitle: x\nstart: "9 o\'clock"\nblocks: []\n', encoding="utf-8")
    assert main(["journeys", "worksheet", str(other), "--blank", "-o", str(tmp_path / "o.pdf")]) == 1
    assert f"{other}:3:" in capsys.readouterr().err
    missing = tmp_path / "missing.yaml"
    assert main(["journeys", "worksheet", str(missing), "--blank", "-o", str(tmp_path / "o.pdf")]) == 1
    assert f"{missing}:1:1: cannot read the file" in capsys.readouterr().err


@pytest.mark.parametrize("split", [False, True])
def test_unwritable_output_is_a_message_not_a_traceback(tmp_path, capsys, split):
    """-o into a folder that cannot exist (a file is in the way): exit 1, one line naming the path."""
    journey = store.save_journey(tmp_path, filled("Gruppe 1"))
    (tmp_path / "afile").write_text("")
    out = tmp_path / "afile" / "out.pdf"
    argv = ["journeys", "export", str(journey), "-o", str(out)] + (["--split"] if split else [])
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "afile" in err and "Traceback" not in err


@pytest.mark.parametrize("split", [False, True])
def test_worksheet_to_unwritable_output_is_a_message(tmp_path, capsys, split):
    from facilitator.bundled import default_session_path

    (tmp_path / "afile").write_text("")
    out = tmp_path / "afile" / "ws.pdf"
    argv = ["journeys", "worksheet", str(default_session_path()), "--template", "mallorca",
            "--groups", "2", "-o", str(out)] + (["--split"] if split else [])
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "afile" in err


def test_split_export_of_two_files_of_the_same_group_keeps_both(tmp_path, capsys):
    """Gruppe 1 from two workshop folders: two PDFs, not one overwriting the other."""
    a = store.save_journey(tmp_path / "mandag", filled("Gruppe 1"))
    b = store.save_journey(tmp_path / "tirsdag", filled("Gruppe 1"))
    out = tmp_path / "ud.pdf"
    assert main(["journeys", "export", str(a), str(b), "-o", str(out), "--split"]) == 0
    printed = capsys.readouterr().out.split()
    assert len(set(printed)) == 2 and all(Path(p).exists() for p in printed)


@pytest.mark.parametrize("groups", ["0", "100", "100000"])
def test_worksheet_refuses_a_group_count_out_of_range_at_once(tmp_path, seed_file, capsys, groups):
    out = tmp_path / "ark.pdf"
    with pytest.raises(SystemExit) as stop:  # as argparse answers a bad argument: usage, message, 2
        main(["journeys", "worksheet", str(seed_file), "--groups", groups, "-o", str(out)])
    assert stop.value.code == 2
    assert "--groups must be between 1 and 99" in capsys.readouterr().err
    assert not out.exists()


def test_worksheet_for_the_most_groups_allowed(tmp_path, seed_file):
    out = tmp_path / "ark.pdf"
    assert main(["journeys", "worksheet", str(seed_file), "--groups", "99", "--blank", "-o", str(out)]) == 0
    assert "Gruppe 99" in pages(out)[98]
