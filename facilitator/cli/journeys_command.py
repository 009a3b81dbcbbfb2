"""`facilitator journeys` -- to be written (see the issue that owns it)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("journeys", help="(not yet available)")
    p.set_defaults(func=lambda args: print("facilitator journeys: not yet available") or 2)
