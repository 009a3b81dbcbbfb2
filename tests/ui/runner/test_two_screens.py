"""Two screens: runs two_screens_child.py in a process whose offscreen platform has a
laptop screen and a projector (plain and at a device pixel ratio of 2)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[2]


def screens_file(tmp_path, projector: dict) -> Path:
    config = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96,
         **projector},
    ]}
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config))
    return path


@pytest.mark.parametrize("projector", [
    {"width": 1920, "height": 1080, "dpr": 1},
    {"width": 1366, "height": 768, "dpr": 1},
    # Qt scales by logicalDpi / logicalBaseDpi: a 3840x2160 panel at 192 dpi is a
    # 1920x1080 screen with a device pixel ratio of 2.
    {"width": 3840, "height": 2160, "dpr": 1, "logicalDpi": 192},
], ids=["1920x1080", "1366x768", "dpr2"])
def test_two_screens(tmp_path, projector):
    env = dict(os.environ,
               QT_QPA_PLATFORM=f"offscreen:configfile={screens_file(tmp_path, projector)}")
    shots = os.environ.get("FACILITATOR_SHOTS")
    if shots:
        env["FACILITATOR_SHOTS"] = shots
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs",
         str(HERE / "two_screens_child.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "5 passed" in proc.stdout, proc.stdout[-2000:]



def test_one_screen(tmp_path):
    """Rehearsing on a 1366×768 laptop alone (one_screen_child.py)."""
    config = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={path}")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs",
         str(HERE / "one_screen_child.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "1 passed" in proc.stdout, proc.stdout[-2000:]
