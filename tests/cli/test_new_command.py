"""`facilitator new`: a file `check` passes, a copy that keeps its comments, never an overwrite."""
import difflib

from cli_helpers import REPO, run_cli

SEED = REPO / "sessions" / "sociale-medier-090310.yaml"


def test_a_blank_session_passes_check_and_plans_the_day(tmp_path):
    out = tmp_path / "day.yaml"
    r = run_cli("new", str(out), "--title", "Customer journeys: a day", "--start", "9:30", "--lang", "en")
    assert r.code == 0, r.err
    check = run_cli("check", str(out))
    assert check.code == 0, check.err
    assert check.out.splitlines()[0] == "Customer journeys: a day"
    assert "4 blocks, 09:30–10:45" in check.out
    agenda = run_cli("agenda", str(out)).out
    assert "Think on your own" in agenda and "Share in pairs" in agenda and "Break" in agenda


def test_danish_by_choice(tmp_path):
    out = tmp_path / "dag.yaml"
    assert run_cli("new", str(out), "--lang", "da").code == 0
    assert "Opsamling" in run_cli("agenda", str(out)).out


def test_a_copy_keeps_the_file_and_changes_the_title(tmp_path):
    out = tmp_path / "copy.yaml"
    r = run_cli("new", str(out), "--from", str(SEED), "--title", "Sociale medier, igen")
    assert r.code == 0, r.err
    diff = [l for l in difflib.unified_diff(SEED.read_text(encoding="utf-8").splitlines(),
                                            out.read_text(encoding="utf-8").splitlines(), lineterm="", n=0)
            if l[:1] in "+-" and not l.startswith(("+++", "---"))]
    assert diff == ["-title: Workshop om sociale medier", "+title: Sociale medier, igen"]
    assert run_cli("check", str(out)).code == 0


def test_it_never_overwrites(tmp_path):
    out = tmp_path / "mine.yaml"
    out.write_text("my own words\n", encoding="utf-8")
    r = run_cli("new", str(out))
    assert r.code == 1 and "already exists" in r.err
    assert out.read_text(encoding="utf-8") == "my own words\n"


def test_a_bad_start_is_a_usage_error(tmp_path):
    r = run_cli("new", str(tmp_path / "x.yaml"), "--start", "25:99")
    assert r.code == 2 and "clock time" in r.err
    assert not (tmp_path / "x.yaml").exists()
