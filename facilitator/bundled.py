"""Paths of files shipped inside the package (resources/ and sessions/ of the repository).

Works from a source checkout, an installed wheel and a PyInstaller folder alike,
because all three expose them as the packages facilitator.resources and
facilitator.sessions.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

DEFAULT_SESSION = "sociale-medier-090310.yaml"


def resource_path(*parts: str) -> Path:
    return Path(str(files("facilitator.resources").joinpath(*parts)))


def session_path(name: str = DEFAULT_SESSION) -> Path:
    return Path(str(files("facilitator.sessions").joinpath(name)))


def default_session_path() -> Path:
    return session_path(DEFAULT_SESSION)
