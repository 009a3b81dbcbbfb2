"""`facilitator check FILE`: a summary of the day, or every problem as FILE:LINE:COL: message."""
import re
import subprocess
import sys

from cli_helpers import FIXTURES, run_cli

MINIMAL = str(FIXTURES / "minimal.yaml")
ERROR_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<msg>.+)$")


def test_valid_file_prints_the_day_and_its_end():
    r = run_cli("check", MINIMAL)
    assert r.code == 0  # lunch is fixed at 11.30 a quarter of an hour after the morning ends:
    assert r.err == (f"{MINIMAL}:46:12: warning: nothing is planned for 15 min before block 'frokost' starts at "
                     "11.30: the block before it ('rejse') ends at 11.15; make a block longer or add a break\n")
    lines = r.out.splitlines()
    assert lines[0] == "Workshop om sociale medier (2010-03-09)"
    assert lines[1] == "5 blokke, 09.00–12.15"
    assert "  09.15–09.45  fremtid    Fremtidsfortælling" in lines
    assert "  11.30–12.15  frokost    Frokost" in lines
    assert "3 slides, 1 platform, 1 rejseskabelon" in lines
    assert lines[-1] == "Dagen slutter 12.15"


def test_english_session_gets_english_words_and_colon_times(tmp_path):
    path = tmp_path / "en.yaml"
    path.write_text((FIXTURES / "minimal.yaml").read_text(encoding="utf-8").replace("language: da", "language: en"),
                    encoding="utf-8")
    r = run_cli("check", str(path))
    assert r.code == 0
    assert r.out.splitlines()[1] == "5 blocks, 09:00–12:15"
    assert r.out.splitlines()[-1] == "Day ends 12:15"


def test_bad_file_lists_every_problem_on_stderr_and_exits_1(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("format: 1\ntitle: T\nlanguage: no\nstart: 9:00\nblocks:\n"
                    "  - {id: a, title: A, kind: talk, duration: 0}\n", encoding="utf-8")
    r = run_cli("check", str(path))
    assert r.code == 1 and r.out == ""
    assert r.err.splitlines() == [
        f"{path}:3:11: language 'no' is not supported; write \"da\" (Danish) or \"en\" (English)",
        f"{path}:6:45: duration '0' is zero; a duration must be more than zero",
    ]


def test_missing_file_is_exit_1_with_a_clear_message(tmp_path):
    r = run_cli("check", str(tmp_path / "nope.yaml"))
    assert r.code == 1
    assert r.err == f"{tmp_path / 'nope.yaml'}:1:1: cannot read the file: No such file or directory\n"


def test_missing_argument_is_a_usage_error():
    r = run_cli("check")
    assert r.code == 2 and "usage: facilitator check" in r.err


def test_version_prints_name_and_version_and_a_newline():
    r = run_cli("--version")
    assert (r.code, r.out) == (0, "facilitator 0.1.0\n")


def test_check_as_a_real_command_smoke():
    """One subprocess run: the entry point, exit codes and streams as a shell sees them."""
    ok = subprocess.run([sys.executable, "-m", "facilitator", "check", MINIMAL], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.rstrip().endswith("Dagen slutter 12.15")
    bad = subprocess.run([sys.executable, "-m", "facilitator", "check", __file__], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stdout == ""
    assert all(ERROR_LINE.match(line) for line in bad.stderr.splitlines()), bad.stderr
