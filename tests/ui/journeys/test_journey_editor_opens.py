"""One unreadable journey file never locks the groups out of the editor: Ctrl+J opens it with
every readable group, and the bad files are set aside and named in the banner."""
from PySide6.QtCore import Qt
from samples import filled
from seed_day import started_day as day  # noqa: F401  (a fixture)

from facilitator.core.journeys import store

HEAD = "format: 1\nid: x\ngroup: X\nphases: [{id: foer, title: Før}]\n"
BAD = {
    "control-char.yaml": HEAD + "title: \x01\n",  # a character YAML does not allow
    "feeling.yaml": HEAD + "touchpoints:\n  - {title: A, phase: foer, feeling: " + "9" * 5000 + "}\n",
    "nested.yaml": HEAD + "touchpoints: " + "[" * 50_000 + "\n",
    "odd-key.yaml": HEAD + "? [a, b]\n: c\n",
}


def test_ctrl_j_opens_the_editor_with_the_readable_groups(qtbot, day, tmp_path):
    session, controller, presenter, wall = day
    store.save_journey(tmp_path, filled("Gruppe 1"))
    for name, text in BAD.items():
        (tmp_path / "journeys" / name).write_text(text, encoding="utf-8")
    qtbot.keyClick(presenter, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: presenter.journeys_link.editor is not None, timeout=20000)  # read in a worker
    editor = presenter.journeys_link.editor
    qtbot.addWidget(editor)
    qtbot.waitUntil(editor.isVisible)
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == ["Gruppe 1"]
    assert editor.banner.isVisible()
    for name in BAD:
        assert name in editor.banner.text()
        assert not (tmp_path / "journeys" / name).exists()  # set aside, not lost
    kept = sorted(p.name.split(".broken-")[0] for p in (tmp_path / "journeys").glob("*.broken-*"))
    assert kept == sorted(BAD)
    editor.close()  # before the next test's presenter asks to be the active window


def test_an_editor_that_cannot_open_says_so(qtbot, day, monkeypatch):
    import facilitator.ui.journeys.editor_window as editor_window

    session, controller, presenter, wall = day

    def broken(*_a, **_k):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(editor_window, "JourneyEditorWindow", broken)
    qtbot.keyClick(presenter, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    link = presenter.journeys_link
    assert link.editor is None
    qtbot.waitUntil(lambda: link.message is not None and link.message.isVisible(), timeout=20000)
    assert "something nobody foresaw" in link.message.text()
    link.message.close()
