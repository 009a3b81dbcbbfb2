"""A large photo is decoded off the GUI thread: the countdown goes on ticking while a 24-48
megapixel picture takes 0.3-0.6 s to decode; it stood still that long when the slide was
warmed or shown. The box shows the slide's background until the picture is in."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool, QTimer

from facilitator.core.session.loader import load_session
from facilitator.ui.slides import image as image_module
from facilitator.ui.slides.media_cache import CACHE
from facilitator.ui.slides.view import SlideView
from media_samples import picture, session_file

GREEN = "#2e7d32"


@pytest.fixture
def gate(monkeypatch):
    """Decodes wait until the test opens the gate (as a slow photo would)."""
    opened, real = threading.Event(), image_module.render_picture

    def slow(*args):
        assert opened.wait(30)
        return real(*args)

    monkeypatch.setattr(image_module, "render_picture", slow)
    yield opened
    opened.set()
    QThreadPool.globalInstance().waitForDone()


def wall_with(qtbot, tmp_path, size):
    """(a shown 1024x768 wall view, a session with the slide 'foto': a PNG of `size`)."""
    picture(tmp_path / "foto.png", size)
    return wall_on(qtbot, session_file(tmp_path, "  - {id: foto, kind: image, file: foto.png}\n", "[foto]"))


def wall_on(qtbot, session_path):
    session = load_session(session_path)
    CACHE.clear()
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    return view, session


def centre(view) -> str:
    shot = view.grab().toImage()
    return shot.pixelColor(shot.width() // 2, shot.height() // 5 * 2 - 40).name()  # green, above the white square


def test_the_gui_thread_goes_on_while_a_large_photo_decodes(qtbot, tmp_path, gate):
    view, session = wall_with(qtbot, tmp_path, (3000, 2000))  # 6 megapixels
    view.set_slide(session.slide("foto"), session)  # returns while the decode waits at the gate
    page = view.current_page()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    qtbot.waitUntil(lambda: len(ticks) >= 3)  # the event loop runs: a countdown would tick
    assert not page.is_ready() and centre(view) != GREEN  # the slide's background, no picture yet
    gate.set()
    qtbot.waitUntil(page.is_ready)
    assert centre(view) == GREEN and page.missing is None


def test_a_photo_gone_before_its_decode_shows_the_blocks_title(qtbot, tmp_path, gate):
    view, session = wall_with(qtbot, tmp_path, (3000, 2000))
    missing = []
    view.file_missing.connect(missing.append)
    view.set_slide(session.slide("foto"), session)
    (tmp_path / "foto.png").unlink()  # the USB stick is pulled while it decodes
    gate.set()
    qtbot.waitUntil(lambda: view.current_page().missing is not None)
    assert missing == [str(tmp_path / "foto.png")]


def test_a_small_picture_is_shown_at_once(qtbot, tmp_path, gate):
    view, session = wall_with(qtbot, tmp_path, (1600, 1200))  # under 2 megapixels: a few ms
    gate.set()  # a small picture is rendered on the GUI thread, the gate is not asked
    view.set_slide(session.slide("foto"), session)
    assert view.current_page().is_ready() and centre(view) == GREEN


def test_decoded_pictures_are_not_kept_outside_the_cache(qtbot, tmp_path):
    """A render kept alive by the thread pool held its picture: 2.5 GB after 200 PDF pages
    rendered that way (pdf_slides_bench, when PDF pages were rendered off the GUI thread)."""
    import gc

    from PySide6.QtWidgets import QApplication

    from facilitator.ui.slides import picture_decode

    for n in range(4):
        picture(tmp_path / f"foto{n}.png", (2000 + n, 1500))
    view, session = wall_on(qtbot, session_file(tmp_path, "".join(
        f"  - {{id: foto{n}, kind: image, file: foto{n}.png}}\n" for n in range(4)), "[foto0, foto1, foto2, foto3]"))
    for n in range(4):
        view.set_slide(session.slide(f"foto{n}"), session)
        qtbot.waitUntil(view.current_page().is_ready)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    gc.collect()
    kept = [o for o in gc.get_objects() if isinstance(o, picture_decode._Ticket)]
    assert kept == []


def test_the_overview_grid_draws_a_large_photos_thumbnail_when_it_is_decoded(qtbot, tmp_path, gate):
    """The grid drew one thumbnail per turn on the GUI thread: a 48-megapixel photo held it
    half a second each. Its thumbnail now waits for the background decode; the others go on."""
    from facilitator.core.slides.deck import Deck
    from facilitator.ui.slides.overview_dialog import SlideOverviewDialog

    picture(tmp_path / "foto.png", (3000, 2000))
    session = load_session(session_file(
        tmp_path, "  - {id: foto, kind: image, file: foto.png}\n  - {id: t, kind: title, title: Tak}\n", "[foto, t]"))
    CACHE.clear()
    dialog = SlideOverviewDialog(Deck(session))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.buttons[1].icon().isNull())  # the title slide's is drawn
    assert dialog.buttons[0].icon().isNull()  # the photo's waits for its decode
    gate.set()
    qtbot.waitUntil(lambda: not dialog.buttons[0].icon().isNull())
    image = dialog.buttons[0].icon().pixmap(dialog.buttons[0].iconSize()).toImage()
    assert GREEN in {image.pixelColor(x, y).name() for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)}
