"""The workshop folder's lock file damaged (a power cut while it was written, a truncated
copy): no app holds it, so the day opens, and a second window is still refused."""
from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QLockFile

from facilitator.core import workshop as storage


@pytest.mark.parametrize("content", [b"", b"\x00\x00\x00\x00", b"garbage\n"])
def test_an_empty_or_garbled_lock_file_does_not_keep_the_day_from_opening(qtbot, tmp_path, monkeypatch, content):
    from PySide6.QtWidgets import QMessageBox

    from facilitator.ui.app import lock_workshop

    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    folder = tmp_path / "w"
    folder.mkdir()
    path = storage.lock_path(folder)
    path.write_bytes(content)
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    lock = lock_workshop(folder)
    assert said == [] and lock is not None and lock.isLocked()
    assert not QLockFile(str(path)).tryLock(0)  # a second window is still refused
    lock.unlock()


@pytest.fixture
def unwritable_folder(tmp_path):
    """A workshop folder nobody may write in (chmod; as root, whom modes do not stop: chattr +i)."""
    import shutil
    import subprocess

    folder = tmp_path / "w"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)]).returncode != 0:
        pytest.skip("cannot make a folder unwritable here")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)])


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX")
def test_a_folder_that_cannot_be_written_is_said_so_not_open_in_another_window(qtbot, unwritable_folder, monkeypatch):
    """A read-only workshop folder (a USB stick locked, a share): the lock cannot be made, and
    the facilitator was told the folder is open in another window, pid 0."""
    from PySide6.QtWidgets import QMessageBox

    from facilitator.ui.app import lock_workshop

    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    with pytest.raises(OSError) as info:
        lock_workshop(unwritable_folder)
    assert said == [] and info.value.strerror
