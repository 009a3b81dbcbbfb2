"""`facilitator check` -- to be written (see the issue that owns it)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("check", help="(not yet available)")
    p.set_defaults(func=lambda args: print("facilitator check: not yet available") or 2)
