"""Write resources/sounds/chime.wav: a short, soft two-tone chime (stdlib only).

Run from the repository root: python packaging/make_chime.py
"""
from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
SECONDS = 1.4
# A major sixth (A5 + F#6) with a quiet octave: bell-like without being shrill.
PARTIALS = ((880.0, 0.55, 3.0), (1479.98, 0.30, 4.0), (1760.0, 0.15, 6.0))  # Hz, level, decay/s


def samples():
    attack = int(RATE * 0.01)  # 10 ms fade-in: no click
    for n in range(int(RATE * SECONDS)):
        t = n / RATE
        v = sum(level * math.exp(-decay * t) * math.sin(2 * math.pi * f * t)
                for f, level, decay in PARTIALS)
        yield 0.5 * v * min(1.0, n / attack)


def main(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples())
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "sounds" / "chime.wav")
