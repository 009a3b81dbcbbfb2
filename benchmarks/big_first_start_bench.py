"""A session with 1,000 more slides against the seed, each started for the first time.

startup_bench.py's "big / default" starts both files again and again, so after the first run
both come from the session cache. Here every start has a new, empty cache: the file is read,
parsed and checked, which is what grows with the number of slides (the first start of a new
file, and every start after the file or the app changed).

    python benchmarks/big_first_start_bench.py [PAIRS] [--big N]

Target: within 1.2x the seed's first start (paired, alternating runs; median of the ratios).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import startup_bench  # noqa: E402
from startup_bench import TARGET_BIG, app_command, big_session, paired, report, show, time_to_ready  # noqa: E402


def main(pairs: int, slides: int) -> None:
    load = os.getloadavg()
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        startup_bench.CACHE_HOME["dir"] = str(tmp / "cache")  # not the user's session cache
        seed_cmd = app_command(None, str(tmp / "seed"))
        big_cmd = app_command(big_session(slides, tmp), str(tmp / "big"))
        time_to_ready(seed_cmd), time_to_ready(big_cmd)  # .pyc files written, disk cache warm
        seed, large = paired(lambda: time_to_ready(seed_cmd, tempfile.mkdtemp(dir=tmp)),
                             lambda: time_to_ready(big_cmd, tempfile.mkdtemp(dir=tmp)), pairs)
        print(f"first starts (no session cache), {slides} more slides against the seed ({pairs} alternating pairs):")
        show("default session, first start", seed)
        show(f"{slides} more slides, first start", large)
        report("big / default, first starts", seed, large, TARGET_BIG)
    load = os.getloadavg()
    print(f"load average at end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    slides = startup_bench.pop_int_option(args, "--big", 1000)
    main(int(args[0]) if args else 9, slides)
