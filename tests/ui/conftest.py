"""Sessions to render in the slide tests: our own sample, and the seed the app ships.
A seed that does not load fails these tests (it is what the facilitator runs)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.bundled import default_session_path
from facilitator.core.session.loader import load_session
from slide_samples import sample_session


def _seed_session():
    # FACILITATOR_SEED points the tests at another session file (e.g. a work in progress).
    path = Path(os.environ.get("FACILITATOR_SEED") or default_session_path())
    return load_session(path)


@pytest.fixture(params=["sample", "seed"], scope="module")
def deck_session(request):
    return sample_session() if request.param == "sample" else _seed_session()


@pytest.fixture
def sample():
    return sample_session()


@pytest.fixture(autouse=True)
def start_fixed_blocks_early(monkeypatch):
    """Tests jump to fixed-start blocks at any time: answer the presenter's 'start it now?'
    with Yes instead of a modal dialog no one would click (tests that check the question
    patch it themselves)."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture(autouse=True)
def no_start_up_left_held():
    """A test that holds the after-paint queue (a start-up) and fails half-way must not leave
    the next tests' render-ahead waiting for a first paint that never comes."""
    yield
    from facilitator.ui import after_paint

    after_paint.release()
