"""Paths of files shipped inside the package (resources/ and sessions/ of the repository).

Works from a source checkout, an installed wheel and a PyInstaller folder alike,
because all three expose them as the packages facilitator.resources and
facilitator.sessions: each folder is the one its package's __init__ lives in (in the
PyInstaller folder, where the spec puts the data files beside it). Not through
importlib.resources: the app only ever needs files on disk, and importing it (with
tempfile, random and shutil behind it) cost every start-up 15-35 ms.
"""
from __future__ import annotations

import importlib
from pathlib import Path

DEFAULT_SESSION = "sociale-medier-090310.yaml"


def _package_dir(name: str) -> Path:
    return Path(importlib.import_module(name).__file__).parent


def resource_path(*parts: str) -> Path:
    return _package_dir("facilitator.resources").joinpath(*parts)


def session_path(name: str = DEFAULT_SESSION) -> Path:
    return _package_dir("facilitator.sessions") / name


def default_session_path() -> Path:
    return session_path(DEFAULT_SESSION)
