"""How long loading a session takes, as a ratio to a floor measured in the same run.

Floor: yaml.safe_load of the same text (pure-Python SafeLoader, no checks).
Measured: load_session_text (compose with guards, typed reading, every check).
Also: refusing a billion-laughs bomb, against the floor of composing a file of its size.

    .venv/bin/python benchmarks/load_session.py [SESSION.yaml]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

from facilitator.core.session.loader import load_session_text
from facilitator.core.session.problems import SessionError

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO / "sessions" / "sociale-medier-090310.yaml"
FALLBACK = REPO / "tests" / "fixtures" / "minimal.yaml"
BOMB = "a: &a [" + ", ".join(["lol"] * 9) + "]\n" + "".join(
    f"{c}: &{c} [" + ", ".join([f"*{p}"] * 9) + "]\n" for p, c in zip("abcdefgh", "bcdefghi"))


def best_of(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def refuse(text: str) -> None:
    try:
        load_session_text(text, "bomb.yaml")
    except SessionError:
        return
    raise AssertionError("the bomb was loaded")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else (DEFAULT if DEFAULT.exists() else FALLBACK)
    text = path.read_text(encoding="utf-8")
    floor = best_of(lambda: yaml.load(text, Loader=yaml.SafeLoader))
    ours = best_of(lambda: load_session_text(text, str(path)))
    print(f"{path.name}: {len(text)} chars")
    print(f"floor  yaml.safe_load      {floor * 1000:8.2f} ms")
    print(f"load_session_text          {ours * 1000:8.2f} ms   ratio {ours / floor:5.2f}")
    bomb_floor = best_of(lambda: yaml.compose(BOMB, Loader=yaml.SafeLoader))
    bomb = best_of(lambda: refuse(BOMB))
    print(f"floor  compose the bomb    {bomb_floor * 1000:8.2f} ms")
    print(f"refuse the bomb            {bomb * 1000:8.2f} ms   ratio {bomb / bomb_floor:5.2f}")


if __name__ == "__main__":
    main()
