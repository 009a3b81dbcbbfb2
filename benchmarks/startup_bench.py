"""Start-up: from `facilitator run --fresh` to its ready line, against a bare two-window floor.

Each run is a new process (offscreen, a temporary --workshop-dir), timed from launch to the
line "facilitator: ready" on its stdout. The floor is a bare PySide6 program that shows two
windows and prints the same line. Runs are paired and alternate (floor, app, floor, app ...)
so that load from other processes on the machine weighs on both sides; the median of the
per-pair ratios is printed.

    python benchmarks/startup_bench.py [PAIRS] [--big N] [--profile]

The app keeps the session it loaded in its cache (core/session/cache.py): the main figure is
the usual start (the file unchanged since the last start, the warm-up run); the first start
of a file, with an empty cache, is measured too.

Targets: the default session within 1.5x the floor (printed beside it, for information: the
floor plus the Qt namespace and a line of text on each window, which any real program pays); a generated session with N (default
1000) slides within 1.2x the default session's start-up (second part, also paired).
--profile prints `python -X importtime` (the 25 slowest imports) and a cProfile of one run.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_FLOOR = 1.5
TARGET_BIG = 1.2
READY = b"facilitator: ready"

FLOOR_PROGRAM = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
app = QApplication(sys.argv[:1])
presenter, wall = QMainWindow(), QWidget()
presenter.resize(1366, 740)
wall.resize(1920, 1080)
presenter.show()
wall.show()
QTimer.singleShot(0, lambda: print("facilitator: ready", flush=True))
app.exec()
"""

# The floor plus what any Qt program that shows a line of text on each window pays: the Qt
# namespace (its 93 Python enums are made on first use, ~25 ms on CPython 3.11), a QLabel,
# the font database and text drawing. Printed for information: how much of the 1.5x is left
# for the program's own work.
TEXT_FLOOR_PROGRAM = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
app = QApplication(sys.argv[:1])
presenter, wall = QMainWindow(), QWidget()
presenter.resize(1366, 740)
wall.resize(1920, 1080)
line = QLabel("09.00  Hvad er og hvem bruger de sociale medier", presenter)
line.setAlignment(Qt.AlignmentFlag.AlignCenter)
presenter.setCentralWidget(line)
QLabel("Workshop om sociale medier", wall)
presenter.show()
wall.show()
QTimer.singleShot(0, lambda: print("facilitator: ready", flush=True))
app.exec()
"""

# The first screen's Qt part alone, with none of the app's code: the same Qt classes and about
# as many widgets as the presenter and the wall show at start (menus with their shortcuts, the
# agenda list, countdown labels in large fonts, two notes browsers, two slide previews of
# labels, the button grid; the wall's agenda), filled with the seed's first texts. For
# information: what building that screen costs in PySide6 before any of our own work.
WIDGET_FLOOR_PROGRAM = """
import sys
from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel, QListView, QMainWindow,
    QPlainTextEdit, QSizePolicy, QSplitter, QStackedLayout, QTextBrowser, QToolButton, QVBoxLayout, QWidget)
ROWS = [f"{9 + i // 2:02d}.{30 * (i % 2):02d}  Hvad er og hvem bruger de sociale medier {i}" for i in range(11)]
app = QApplication(sys.argv[:1])
presenter, wall = QMainWindow(), QWidget()
for m in range(9):
    menu = presenter.menuBar().addMenu(f"Menu &{m}")
    for a in range(3):
        action = QAction(f"Action {m}.{a}", presenter)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{chr(65 + 3 * m + a) if 3 * m + a < 26 else 'F' + str(m)}"))
        menu.addAction(action)
agenda = QListView()
agenda.setModel(QStringListModel(ROWS))
now = QFrame()
now.setStyleSheet("background:#111418; color:#f0f0f0;")
lay = QVBoxLayout(now)
for i, text in enumerate(["01:05", "Planned 09:00-14:00", "Before the day", "12:05", "", "", ""]):
    label = QLabel(text)
    font = QFont()
    font.setPixelSize(20 + 10 * (i % 3))
    font.setBold(i % 2 == 0)
    label.setFont(font)
    lay.addWidget(label)
lay.addWidget(QTextBrowser())
slides = QWidget()
sl = QVBoxLayout(slides)
for title in ("Velkommen til workshop om sociale medier", "Dagens program"):
    page = QWidget()
    page.setAutoFillBackground(True)
    palette = page.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#1f3a5a"))
    page.setPalette(palette)
    grid = QGridLayout(page)
    for r, text in enumerate([title] + ROWS[:6]):
        label = QLabel(text)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grid.addWidget(label, r, 0)
    sl.addWidget(page)
notes = QTextBrowser()
notes.setHtml("<p>Byd velkommen, gennemgå dagens program og præsentér jer selv.</p>")
sl.addWidget(notes)
sl.addWidget(QPlainTextEdit())
split = QSplitter()
for w in (agenda, now, slides):
    split.addWidget(w)
body = QWidget()
bl = QVBoxLayout(body)
bl.addWidget(split, 1)
buttons = QGridLayout()
for i in range(20):
    b = QToolButton()
    b.setText(f"Button {i}")
    buttons.addWidget(b, i // 5, i % 5)
bl.addLayout(buttons)
presenter.setCentralWidget(body)
stack = QStackedLayout(wall)
page = QWidget()
pl = QVBoxLayout(page)
for text in ["Workshop om sociale medier"] + ROWS:
    pl.addWidget(QLabel(text), 0, Qt.AlignmentFlag.AlignLeft)
stack.addWidget(page)
presenter.resize(1366, 740)
wall.resize(1920, 1080)
presenter.show()
wall.show()
QTimer.singleShot(0, lambda: print("facilitator: ready", flush=True))
app.exec()
"""


CACHE_HOME = {"dir": None}  # the app keeps its last session in XDG_CACHE_HOME: a folder of the benchmark's


def _env() -> dict:
    env = dict(os.environ)
    if CACHE_HOME["dir"]:
        env["XDG_CACHE_HOME"] = CACHE_HOME["dir"]
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["FACILITATOR_LANG"] = "da"
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # as on an installed copy (pip compiles the .pyc files; a checkout writes them on first
    # run): this sandbox sets PYTHONDONTWRITEBYTECODE, which recompiles every module each run
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def app_command(session: Path | None, workshop_dir: str) -> list[str]:
    cmd = [sys.executable, "-m", "facilitator", "run", "--fresh", "--workshop-dir", workshop_dir]
    return cmd + ([str(session)] if session else [])


def time_to_ready(cmd: list[str], cache_home: str | None = None, settle: bool = False) -> float:
    """Seconds from launch to the ready line; the process is then ended. With cache_home,
    the app keeps its session cache there (a new empty folder: a first start). settle (a
    warm-up run): the app lives on until it has written its session cache, which it does just
    after the first paint, so the runs that follow start as a facilitator's usual start does."""
    env = _env()
    if cache_home:
        env["XDG_CACHE_HOME"] = cache_home
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    try:
        for line in proc.stdout:
            if line.startswith(READY):
                took = time.perf_counter() - t0
                if settle:
                    _wait_for_cache(Path(env.get("XDG_CACHE_HOME", "")))
                return took
        raise RuntimeError(f"{' '.join(cmd)} exited ({proc.wait()}) without its ready line")
    finally:
        proc.kill()
        proc.wait()


def _wait_for_cache(cache_home: Path, limit_s: float = 10.0) -> None:
    """Until one more session is in the cache (this run's file is new to it)."""
    before = len(list(cache_home.rglob("session-*.pickle")))
    deadline = time.perf_counter() + limit_s
    while time.perf_counter() < deadline and len(list(cache_home.rglob("session-*.pickle"))) <= before:
        time.sleep(0.05)


def paired(left, right, pairs: int) -> tuple[list[float], list[float]]:
    """Alternating runs; the side that goes first alternates too."""
    a, b = [], []
    for i in range(pairs):
        if i % 2:
            b.append(right()), a.append(left())
        else:
            a.append(left()), b.append(right())
    return a, b


def big_session(slides: int, folder: Path) -> Path:
    """The seed's day with `slides` more title and bullet slides spread over its talk blocks."""
    from facilitator.bundled import default_session_path

    text = default_session_path().read_text(encoding="utf-8")
    extra = "\n".join(
        f"  - {{id: ekstra-{i}, kind: {'bullets' if i % 2 else 'title'}, title: Ekstra dias {i}"
        + (f", bullets: [Punkt et {i}, Punkt to {i}, Punkt tre {i}]}}" if i % 2 else "}")
        for i in range(slides))
    assert "\nslides:\n" in text, "the seed's slide list moved; update the generator"
    text = text.replace("\nslides:\n", "\nslides:\n" + extra + "\n", 1)
    # a last talk block shows them all: they are in the session but not on the first screen
    block = ("  - id: ekstra\n    title: Ekstra\n    kind: talk\n    duration: 10m\n"
             "    slides: [" + ", ".join(f"ekstra-{i}" for i in range(slides)) + "]\n")
    text = _append_block(text, block)
    path = folder / f"big-{slides}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _append_block(text: str, block: str) -> str:
    """Insert `block` as the last entry of the top-level `blocks:` list."""
    lines = text.split("\n")
    start = lines.index("blocks:")
    end = next(i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith((" ", "#")))
    while not lines[end - 1].strip():
        end -= 1
    return "\n".join(lines[:end] + block.rstrip("\n").split("\n") + lines[end:])


INFORMATION_FLOORS = (  # (what is printed, its short name, the program)
    ("what any Qt program showing a line of text on each window pays", "text floor", TEXT_FLOOR_PROGRAM),
    ("the first screen's Qt widgets alone, none of the app's code", "widget floor", WIDGET_FLOOR_PROGRAM),
)


def information(title: str, label: str, floor_cmd: list[str], cmd: list[str], pairs: int) -> None:
    """A program without a target, paired with the floor: its median ratio, for information."""
    floor, other = paired(lambda: time_to_ready(floor_cmd), lambda: time_to_ready(cmd), pairs)
    print(f"{title} ({pairs} alternating pairs):")
    show("floor (bare PySide6, two windows)", floor)
    show(label, other)
    ratios = [o / f for f, o in zip(floor, other)]
    print(f"  {label} / floor: median ratio {statistics.median(ratios):.2f}x (information); "
          f"pairs {', '.join(f'{r:.2f}' for r in ratios)}")


def report(name: str, a: list[float], b: list[float], target: float) -> None:
    ratios = [y / x for x, y in zip(a, b)]
    med = statistics.median(ratios)
    print(f"  {name}: median ratio {med:.2f}x (target <= {target:g}x: {'OK' if med <= target else 'OVER'}); "
          f"pairs {', '.join(f'{r:.2f}' for r in ratios)}")


def show(label: str, xs: list[float]) -> None:
    print(f"  {label:<34} median {statistics.median(xs) * 1000:6.0f} ms "
          f"(min {min(xs) * 1000:.0f}, max {max(xs) * 1000:.0f})")


def profile(cmd: list[str]) -> None:
    env = _env() | {"PYTHONPROFILEIMPORTTIME": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        for line in proc.stdout:
            if line.startswith(READY):
                break
    finally:
        proc.kill()
        _, err = proc.communicate()
    rows = []
    for line in err.decode(errors="replace").splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("slowest imports (cumulative us):")
    for us, name in sorted(rows, reverse=True)[:25]:
        print(f"  {us:>9} {name}")


CPROFILE_PROGRAM = """
import cProfile, pstats, sys
from PySide6.QtWidgets import QApplication

class Out:  # quits the event loop once the ready line is written, so the profile ends there
    def __init__(self, out):
        self.out = out
    def write(self, text):
        if text.startswith("facilitator: ready"):
            QApplication.instance().quit()
        return self.out.write(text)
    def flush(self):
        self.out.flush()

sys.stdout = Out(sys.stdout)
from facilitator.cli import main
profiler = cProfile.Profile()
profiler.enable()
main(sys.argv[1:])
profiler.disable()
sys.stdout = sys.stdout.out
pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
"""


def cprofile(cmd: list[str]) -> None:
    args = cmd[cmd.index("run"):]
    out = subprocess.run([sys.executable, "-c", CPROFILE_PROGRAM, *args], capture_output=True,
                         env=_env(), text=True, timeout=120).stdout
    print(out[out.find("ncalls") - 200:] if "ncalls" in out else out)


def main(pairs: int, big: int, want_profile: bool) -> None:
    load = os.getloadavg()
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        CACHE_HOME["dir"] = str(tmp / "cache")
        floor_cmd = [sys.executable, "-c", FLOOR_PROGRAM]
        seed_cmd = app_command(None, str(tmp / "seed"))
        # warm the disk cache; .pyc files get written; the app keeps its session (the usual start)
        time_to_ready(seed_cmd, settle=True), time_to_ready(floor_cmd)
        floor, seed = paired(lambda: time_to_ready(floor_cmd), lambda: time_to_ready(seed_cmd), pairs)
        print(f"default session against the bare two-window floor ({pairs} alternating pairs):")
        show("floor (bare PySide6, two windows)", floor)
        show("facilitator run --fresh", seed)
        report("app / floor", floor, seed, TARGET_FLOOR)
        for title, label, program in INFORMATION_FLOORS:
            information(title, label, floor_cmd, [sys.executable, "-c", program], pairs)
        fresh = iter(tempfile.mkdtemp(dir=tmp) for _ in range(pairs))
        floor3, first = paired(lambda: time_to_ready(floor_cmd),
                               lambda: time_to_ready(seed_cmd, next(fresh)), pairs)
        print(f"the first start of the file, before the session cache has it ({pairs} alternating pairs):")
        show("floor (bare PySide6, two windows)", floor3)
        show("facilitator run --fresh, first", first)
        report("first start / floor", floor3, first, TARGET_FLOOR)
        if big:
            big_cmd = app_command(big_session(big, tmp), str(tmp / "big"))
            time_to_ready(big_cmd, settle=True)
            seed2, large = paired(lambda: time_to_ready(seed_cmd), lambda: time_to_ready(big_cmd), pairs)
            print(f"a session with {big} more slides against the default session ({pairs} alternating pairs):")
            show("default session", seed2)
            show(f"{big} more slides", large)
            report("big / default", seed2, large, TARGET_BIG)
        if want_profile:
            profile(seed_cmd)
            cprofile(seed_cmd)
    load = os.getloadavg()
    print(f"load average at end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def pop_int_option(args: list[str], name: str, default: int) -> int:
    """`name N` taken out of args (the benchmarks' --big N), or the default."""
    if name not in args:
        return default
    i = args.index(name)
    value = int(args[i + 1])
    del args[i:i + 2]
    return value


if __name__ == "__main__":
    args = sys.argv[1:]
    big = pop_int_option(args, "--big", 1000)
    flags = {a for a in args if a.startswith("--")}
    nums = [a for a in args if not a.startswith("--")]
    main(int(nums[0]) if nums else 9, big, "--profile" in flags)
