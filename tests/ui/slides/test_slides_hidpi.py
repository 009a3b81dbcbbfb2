"""At device pixel ratio 2 text still fits: run the fit check in a process with QT_SCALE_FACTOR=2.

The platform is fixed per process, so this runs in a subprocess. A 1920x1080 screen at
ratio 2 is 960x540 logical pixels; 1366x768 logical is a 2732x1536 panel.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELPERS = HERE.parents[1] / "helpers"

SCRIPT = r"""
import sys
sys.path[:0] = sys.argv[1:3]
from PySide6.QtWidgets import QApplication
app = QApplication([])
from slide_samples import sample_session
from test_slides_fit import _clipped_labels
from facilitator.ui.slides.view import SlideView
session = sample_session()
problems = []
for w, h in ((960, 540), (1366, 768)):
    view = SlideView("wall")
    view.resize(w, h)
    view.show()
    app.processEvents()
    assert view.devicePixelRatioF() == 2.0, view.devicePixelRatioF()
    for slide in session.slides:
        view.set_slide(slide, session)
        bad = _clipped_labels(view) + [t for c in view.current_page().chart_widgets()
                                       for t in c.overflowing_texts()]
        if bad:
            problems.append((w, slide.id, bad))
    image = view.grab()
    assert image.devicePixelRatio() == 2.0 and image.width() == 2 * w
print(problems or "ok")
"""


def test_every_slide_fits_at_device_pixel_ratio_2():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(HELPERS), str(HERE)], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "ok", out.stdout
