"""Where the groups' unsaved journeys go when the workshop folder refuses them at quit (disk
full, folder made read-only, USB stick pulled): a folder the facilitator chooses, or, when
nobody can be asked any more, a folder of its own under the user's data folder.

Each group's file is written as the journeys folder holds it (<id>.yaml, atomically), so it
can be copied back; never over a file already there (another workshop's group of that name).
"""
from __future__ import annotations

import time
from pathlib import Path

from facilitator.core.journeys.model import Journey
from facilitator.core.journeys.store import dump_journey
from facilitator.core.workshop import atomic_write_text

RECOVERED = "recovered-journeys"


def unsaved_groups(journeys: list[Journey], unsaved_ids: set[str]) -> list[Journey]:
    """The groups whose edits are not on disk, in the editor's order. A deleted group is not
    among them: there is nothing of it to keep."""
    return [j for j in journeys if j.id in unsaved_ids]


def recovery_folder(data_dir, now: float | None = None) -> Path:
    """<data dir>/recovered-journeys/<YYYYmmdd-HHMMSS>, a new one for every quit that needs it."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    base = Path(data_dir) / RECOVERED
    folder, n = base / stamp, 2
    while folder.exists():
        folder, n = base / f"{stamp}-{n}", n + 1
    return folder


def copy_path(folder, journey_id: str) -> Path:
    """<id>.yaml in `folder`, or '<id> (2).yaml' and on when that name is taken."""
    folder = Path(folder)
    path, n = folder / f"{journey_id}.yaml", 2
    while path.exists() or path.is_symlink():
        path, n = folder / f"{journey_id} ({n}).yaml", n + 1
    return path


def write_copies(folder, journeys: list[Journey]) -> list[Path]:
    """Each journey's file in `folder` (made when missing), written atomically. OSError when
    the folder refuses; the files written before that stay."""
    written = []
    for journey in journeys:
        path = copy_path(folder, journey.id)
        atomic_write_text(path, dump_journey(journey))
        written.append(path)
    return written
