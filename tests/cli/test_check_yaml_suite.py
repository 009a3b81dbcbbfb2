"""`facilitator check` on every file of the YAML test suite: a clean answer, never a traceback.

The suite lives beside the repository in ../shared/testdata/yaml-test-suite (the
same layout in CI, where the repository is cloned next to shared/).
"""
import re
import time

import pytest

from cli_helpers import REPO, run_cli

SUITE = REPO.parent / "shared" / "testdata" / "yaml-test-suite"
FILES = sorted(SUITE.glob("*.yaml")) if SUITE.is_dir() else []
ERROR_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): \S.*$")
PARAMS = [pytest.param(f, id=f.name) for f in FILES] or [
    pytest.param(None, marks=pytest.mark.skip(reason=f"YAML test suite not found at {SUITE}"))]


def test_the_suite_is_all_there():
    if not FILES:
        pytest.skip(f"YAML test suite not found at {SUITE}")
    assert len(FILES) >= 400


@pytest.mark.parametrize("path", PARAMS)
def test_check_answers_cleanly(path):
    t0 = time.perf_counter()
    r = run_cli("check", str(path))
    elapsed = time.perf_counter() - t0
    assert r.code in (0, 1)
    assert "Traceback" not in r.err and "internal error" not in r.err
    if r.code == 1:
        lines = r.err.splitlines()
        assert lines and r.out == ""
        for line in lines:
            m = ERROR_LINE.match(line)
            assert m and m["file"] == str(path) and int(m["line"]) >= 1 and int(m["col"]) >= 1, line
    assert elapsed < 1.0  # a guard against a hang (an alias bomb, a loop), not a benchmark
