"""The facilitator's own PDF pages and images in the running day: on the wall, in the
presenter's previews and notes, in the overview grid, and when the file has gone."""
from __future__ import annotations

import math
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QImage

from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.core.session.loader import load_session
from facilitator.ui.app import build_windows
from facilitator.ui.slides.media_cache import CACHE, PDFS
from facilitator.ui.slides.picture_decode import BackgroundRenders
from media_samples import numbered_pdf, picture, session_file

SLIDES = """\
  - id: deck
    kind: pdf
    file: deck.pdf
    pages: "3-7"
    notes: {6: Spørg salen}
  - {id: foto, kind: image, file: foto.png, caption: Standen, source: Egne billeder}
"""


@pytest.fixture(autouse=True)
def renders_in_step(monkeypatch):
    """Pages rendered off the GUI thread are waited for here, so a test sees the picture at
    once however busy the machine (test_picture_decode tests the not waiting)."""
    real = BackgroundRenders.request
    monkeypatch.setattr(BackgroundRenders, "request",
                        lambda self, key, render, wait=0.0, **kw: real(self, key, render, 60.0, **kw))


@pytest.fixture
def talk(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 30, notes={4: "Husk tallet fire"})
    picture(tmp_path / "foto.png")
    CACHE.clear()
    return session_file(tmp_path, SLIDES, "[deck, foto]")


@pytest.fixture
def day(qtbot, talk, tmp_path):
    """(session, controller, presenter, wall) on the talk, both windows shown; stopped after."""
    session, controller, presenter, wall = run_day(qtbot, talk, tmp_path)
    yield session, controller, presenter, wall


def run_day(qtbot, path, tmp_path, files_present=True):
    session = load_session(path, files_present=files_present)
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, 0))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller, presenter, wall, _placer, _chime = build_windows(
        session, Runner(session, clock), clock, "da", settings, folder=tmp_path / "ws")
    # The countdown stops before qtbot closes the windows, so no tick reaches a closed one.
    qtbot.addWidget(presenter, before_close_func=lambda _w: controller.stop())
    qtbot.addWidget(wall)
    presenter.resize(1366, 768)
    wall.resize(1920, 1080)
    presenter.show()
    wall.show()
    qtbot.waitExposed(presenter)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    return session, controller, presenter, wall


def expected_page(path, page: int, size) -> QImage:
    """The page as QtPdf renders it at `size`, on white paper, for comparison."""
    return PDFS.render(str(path), page, size).convertToFormat(QImage.Format.Format_RGB32)


def dark_fraction(image: QImage) -> float:
    """Share of sampled pixels that are dark (the big page number's ink)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    samples = [QColor(image.pixel(x, y)).lightness() < 100
               for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)]
    return sum(samples) / len(samples)


def test_the_wall_shows_page_5_after_two_clicks_into_pages_3_to_7(qtbot, talk, day):
    session, controller, presenter, wall = day
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    wall.resize(1920, 1080)  # F5 put it beside the presenter on the one test screen: a projector's size
    qtbot.waitUntil(lambda: wall.slide_slot.width() == 1920)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    page = wall.slide_slot.current_page()
    assert page.slide.id == "deck/5" and page.slide.page == 5
    assert page.width() == 1920
    assert presenter.deck_link.panel.counter.text().startswith("Slide 3 of 6")
    grabbed = page.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert grabbed.size() == page.size() * page.devicePixelRatioF()
    # The page keeps its 16:9 shape, centred on black; what is there is page 5 of the PDF,
    # pixel for pixel, and not page 4.
    size = CACHE.get(page.picture_box.key()).size()
    shown = grabbed.copy((grabbed.width() - size.width()) // 2, (grabbed.height() - size.height()) // 2,
                         size.width(), size.height())
    assert shown == expected_page(talk.parent / "deck.pdf", 5, size)
    assert shown != expected_page(talk.parent / "deck.pdf", 4, size)
    assert 0.02 < dark_fraction(shown) < 0.5  # there is ink on white paper


def test_the_presenter_shows_the_next_page_and_the_notes(qtbot, talk, day):
    session, controller, presenter, wall = day
    panel = presenter.deck_link.panel
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # page 4: the PDF's own note
    assert panel.current_view.current_page().slide.page == 4
    assert panel.next_view.current_page().slide.page == 5
    assert panel.notes.toPlainText() == "Husk tallet fire"
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # page 6: the session's note wins
    assert panel.notes.toPlainText() == "Spørg salen"
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # the image, its caption and source
    page = wall.slide_slot.current_page()
    assert page.slide.id == "foto"
    texts = [lab.text() for lab in page.labels() if not lab.isHidden()]
    assert texts == ["Standen", "Kilde: Egne billeder"]


def test_the_overview_grid_shows_page_thumbnails(qtbot, talk, day):
    session, controller, presenter, wall = day
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    link = presenter.deck_link
    upcoming = link.panel.deck.upcoming_slide()
    qtbot.waitUntil(lambda: link.view.is_prepared(upcoming))  # the next page, prepared ahead on the wall
    QCoreApplication.processEvents()  # and on the presenter's views
    before = set(CACHE._images)
    dialog = presenter.deck_link.open_overview()
    qtbot.waitUntil(lambda: all(not b.icon().isNull() for b in dialog.buttons))
    assert [b.text() for b in dialog.buttons][:2] == ["1. deck.pdf · 3", "2. deck.pdf · 4"]
    thumbs = [b.icon().pixmap(320, 180).toImage() for b in dialog.buttons[:5]]
    assert all(0.02 < dark_fraction(t) < 0.5 for t in thumbs)  # each a page with its number
    assert len({t.convertToFormat(QImage.Format.Format_RGB32).bits().tobytes() for t in thumbs}) == 5
    # the icons hold the thumbnails: the render cache keeps its room for the pages on the walls
    assert not [key for key in set(CACHE._images) - before if key[-2:] == (320, 180)]
    dialog.reject()


def test_a_pulled_file_shows_the_block_title_and_says_which_file(qtbot, talk, day):
    session, controller, presenter, wall = day
    (talk.parent / "deck.pdf").unlink()  # the USB stick is pulled before the talk
    PDFS.forget(str(talk.parent / "deck.pdf"))
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    page = wall.slide_slot.current_page()
    assert page.missing == str(talk.parent / "deck.pdf")
    shown = [lab.text() for lab in page.labels() if not lab.isHidden()]
    assert shown == ["Foredraget"]  # the block's title card, not an error
    assert "deck.pdf" in presenter.statusBar().currentMessage()
    assert "title" in presenter.statusBar().currentMessage()
    for _ in range(5):  # the clicker still walks through the block to the image
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert wall.slide_slot.current_page().slide.id == "foto"
    assert wall.slide_slot.current_page().missing is None


def test_a_pdf_page_is_rendered_at_the_wall_pixel_size(qtbot, talk):
    from facilitator.ui.slides.view import SlideView

    session = load_session(talk)
    for w, h in ((1366, 768), (1920, 1080)):
        view = SlideView("wall")
        qtbot.addWidget(view)
        view.resize(w, h)
        view.set_slide(session.slide("deck/3"), session)
        box = view.current_page().picture_box
        image = CACHE.get(box.key())
        dpr = view.devicePixelRatioF()
        # the page is 16:9: it fills the wall at full resolution, never scaled up
        assert abs(image.width() - w * dpr) <= 1 and abs(image.height() - h * dpr) <= 1


DPR2 = r"""
import sys
sys.path[:0] = sys.argv[1:2]
from pathlib import Path
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
app = QApplication([])
from media_samples import numbered_pdf, picture, session_file
from facilitator.core.session.loader import load_session
from facilitator.ui.slides.media_cache import CACHE
from facilitator.ui.slides.view import SlideView
folder = Path(sys.argv[2])
numbered_pdf(folder / "deck.pdf", 3)
picture(folder / "foto.jpg", (3000, 2000))
session = load_session(session_file(folder, '''\
  - {id: deck, kind: pdf, file: deck.pdf}
  - {id: foto, kind: image, file: foto.jpg, fit: cover}
''', "[deck, foto]"))
view = SlideView("wall")
view.resize(960, 540)
view.show()
app.processEvents()
assert view.devicePixelRatioF() == 2.0
for sid in ("deck/2", "foto"):
    view.set_slide(session.slide(sid), session)
    QThreadPool.globalInstance().waitForDone()  # a 6-megapixel photo is decoded off the GUI thread
    app.processEvents()
    image = CACHE.get(view.current_page().picture_box.key())
    print(sid, image.width(), image.height())
"""


def test_pages_and_images_are_rendered_at_device_pixel_ratio_2(tmp_path):
    """A 1920x1080 panel at ratio 2 (960x540 logical) gets 1920x1080 pictures, not blown-up ones."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    helpers = Path(__file__).resolve().parents[2] / "helpers"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    out = subprocess.run([sys.executable, "-c", DPR2, str(helpers), str(tmp_path)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split("\n")
    assert lines[0] == "deck/2 1920 1080"
    width, height = map(int, lines[1].split()[1:])
    assert width >= 1920 and height >= 1080 and (width == 1920 or height == 1080)  # cover fills it


def test_the_pages_ahead_are_rendered_by_the_warmer_one_per_second(qtbot, talk, day):
    from facilitator.ui.slides.warmer import MEDIA_AHEAD

    session, controller, presenter, wall = day
    link = presenter.deck_link
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    pages = [session.slide(sid) for sid in session.blocks[0].slides if "/" in sid]
    ahead = pages[:MEDIA_AHEAD]

    def seconds_until_warm():
        for _ in range(2 * link.warmer.pending() + 1):  # one render per step: a bound, not a pace
            if not link.warmer.pending():
                return
            rest = link.warmer.pace.rest_left(controller.clock.monotonic())  # as its CPU time asks
            controller.clock.advance(max(1, math.ceil(rest)))
            controller.tick()
            qtbot.waitUntil(lambda: not link.warmer.busy())

    seconds_until_warm()
    assert link.warmer.pending() == 0
    assert all(link.view.is_prepared(p) for p in ahead)  # the wall swaps, never renders, on a press
    assert not link.view.is_prepared(pages[MEDIA_AHEAD])  # ... within the memory budget
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # moving on: the pages ahead of her now
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    seconds_until_warm()
    assert link.view.is_prepared(pages[MEDIA_AHEAD]) and link.view.is_prepared(session.slide("foto"))


def test_a_file_pulled_while_its_page_is_on_the_wall(qtbot, talk, day):
    session, controller, presenter, wall = day
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    page = wall.slide_slot.current_page()
    assert page.slide.id == "deck/3" and page.missing is None
    (talk.parent / "deck.pdf").unlink()
    CACHE.clear()  # its picture has left the cache: the next paint must read the file
    page.repaint()
    qtbot.waitUntil(lambda: page.missing is not None)
    assert [lab.text() for lab in page.labels() if not lab.isHidden()] == ["Foredraget"]
    assert "deck.pdf" in presenter.statusBar().currentMessage()


def test_a_phone_photo_is_shown_upright_and_whole(qtbot, tmp_path):
    from facilitator.ui.slides.view import SlideView
    from media_samples import turned_jpeg

    turned_jpeg(tmp_path / "foto.jpg", (400, 300))
    session = load_session(session_file(tmp_path, "  - {id: foto, kind: image, file: foto.jpg}\n", "[foto]"))
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.set_slide(session.slide("foto"), session)
    box = view.current_page().picture_box
    image = CACHE.get(box.key())
    assert image.height() > image.width()  # portrait, as it was taken
    assert image.height() == box.pixel_size().height()  # as tall as the box: contained, not cut


def test_the_day_opens_without_the_usb_stick_and_says_so(qtbot, talk, tmp_path):
    """Started (or resumed after a crash) with the deck gone: no dialog, the day runs, the
    presenter hears which file is missing, the wall shows the block's title."""
    from facilitator.ui import app as app_module

    (talk.parent / "deck.pdf").unlink()
    PDFS.forget(str(talk.parent / "deck.pdf"))
    session = app_module._load(talk)  # what `facilitator run` loads; a problem would be a dialog
    assert session is not None and session.blocks[0].slides[:5] == [f"deck/{n}" for n in range(3, 8)]
    session, controller, presenter, wall = run_day(qtbot, talk, tmp_path, files_present=False)
    assert "deck.pdf" in presenter.statusBar().currentMessage()
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    page = wall.slide_slot.current_page()
    assert [lab.text() for lab in page.labels() if not lab.isHidden()] == ["Foredraget"]


def test_a_pdf_overwritten_in_place_while_open_shows_the_title_not_a_frozen_day(qtbot, talk, day):
    """The deck copied over during the day, the copy half done: Qt's PDF module, still
    holding the old file open, waited for ever for the missing bytes (the countdown froze).
    The changed file is opened afresh: half a PDF shows the block's title and says which file."""
    session, controller, presenter, wall = day
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    assert wall.slide_slot.current_page().slide.id == "deck/3"
    pdf = talk.parent / "deck.pdf"
    data = pdf.read_bytes()
    with open(pdf, "r+b") as f:  # the same file, cut to its first half (cp over it, still copying)
        f.truncate(len(data) // 2)
    CACHE.clear()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    page = wall.slide_slot.current_page()
    assert page.slide.id == "deck/4"
    qtbot.waitUntil(lambda: page.missing is not None)
    assert [lab.text() for lab in page.labels() if not lab.isHidden()] == ["Foredraget"]
    assert "deck.pdf" in presenter.statusBar().currentMessage()
    pdf.write_bytes(data)  # the copy finished: the page is back
    CACHE.clear()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    page = wall.slide_slot.current_page()
    page.repaint()
    assert page.slide.id == "deck/5" and page.missing is None
