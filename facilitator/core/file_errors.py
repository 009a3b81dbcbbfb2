"""How a refused file or folder is worded: one way for the command line, the status bar and
the dialogs (bad *content* is a FILE:LINE:COL problem instead: core.session.problems)."""
from __future__ import annotations

import os


def os_error_text(exc: OSError, path: str | os.PathLike | None = None) -> str:
    """'PATH: reason' for a file or folder the system refused, worded one way everywhere
    (command line, status bar, dialog): the path the system names, else the one we meant,
    and the system's reason without the errno."""
    where = exc.filename or path
    reason = exc.strerror or str(exc)
    return f"{where}: {reason}" if where else reason
