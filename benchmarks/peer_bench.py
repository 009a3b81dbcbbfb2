"""Against the peer: launch to the presenter window being mapped, under Xvfb (the xcb platform).

Sides, each run as a new process on a private Xvfb display, in rounds whose order rotates
(so load from other processes on the machine weighs on every side):

- pympress (the presenter tool people pick for PDF decks) opening a 62-page deck, made here
  with reportlab, until its "Pympress Presenter" window is mapped;
- `python -m facilitator run --fresh --workshop-dir TMP` on the default session, until its
  presenter window ("Facilitator — <session title>") is mapped;
- the floor: the bare two-window PySide6 program of startup_bench.py, until its first window
  is mapped (what Python, PySide6 and xcb cost before any code of ours).

"Mapped" is exact: before each launch this script listens on the X root window for
SubstructureNotify (libX11 through ctypes; without a window manager every top-level window is a
child of the root) and stops the clock at the MapNotify of the window whose _NET_WM_PID is the
child's and whose title matches. `xdotool search --sync` would poll only every 0.5 s.

Printed: each side's median, the median of the per-round ratios facilitator / pympress
(target <= 1.0: OK / OVER), facilitator / floor, and the load average. Then what xcb adds over
offscreen, in the same rounds: Facilitator and the floor are also run offscreen (no display)
and every Facilitator and floor run is also timed to its ready line ("facilitator: ready", after
the first paint), so xcb ready / offscreen ready is printed for both, beside app / floor on each
platform (startup_bench.py measures the offscreen one on its own). Every child gets the
benchmark's own XDG_CONFIG_HOME (empty at the start; children are ended with SIGKILL, so no
window geometry or pympress preference is ever saved), its own XDG_CACHE_HOME, which the
warm-up run fills (Facilitator's session cache: the usual start of an unchanged file), and
no PYTHONDONTWRITEBYTECODE.

    python benchmarks/peer_bench.py [ROUNDS] [--pympress PATH] [--python PATH | --installed] [--xdotool] [--timeline]

--python PATH also runs Facilitator and the floor, in the same rounds, on another interpreter
with Facilitator installed (not editable), e.g. a venv made from the /usr/bin/python3 that
pympress runs on, which is the like-for-like comparison: how an interpreter was built (pyenv's
default: shared libpython, no PGO/LTO; Debian's: PGO/LTO) weighs on every start:

    /usr/bin/python3 -m venv ~/facilitator-debpy && ~/facilitator-debpy/bin/pip install .

--installed is --python with a venv this script makes in its temporary folder: the same
interpreter as this one, Facilitator installed from this checkout as the README installs it
(a wheel, not editable), its dependencies seen through a .pth file naming this venv's
site-packages. An editable install (the developer's venv) imports setuptools' finder at every
start, 20-30 ms that a facilitator's installed copy never spends.

--xdotool adds the floor again, timed by `xdotool search --sync` (its polling overhead).
--timeline instead runs Facilitator alone, xcb and offscreen in turn, with its start-up steps
(`facilitator.ui.app`'s functions named in TIMELINE_STEPS) marked on the same clock as the
launch, the mapping and the ready line, and prints each mark's median: where the time to the
mapped presenter goes, and which steps xcb makes longer.

Not a test and not a dependency of the project. It needs, on Debian/Ubuntu:

    apt-get install -y xvfb xdotool libxcb-cursor0 gir1.2-gtk-3.0 gir1.2-poppler-0.18 python3-gi
    /usr/bin/python3 -m venv --system-site-packages ~/pympress-venv   # sees python3-gi
    ~/pympress-venv/bin/pip install pympress

(or `apt-get install pympress`). pympress is looked for with --pympress, $PYMPRESS, then on
PATH, then in ~/pympress-venv/bin. Without Xvfb or pympress the script says what to install and
prints "skipped" (exit 0). One X screen (1920x1080): Xvfb gives no second RandR output, and
with two X screens both are named "screen", so Facilitator puts the wall beside the presenter
either way (as on a laptop with no projector) and GTK sees only the first screen.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup_bench import FLOOR_PROGRAM, READY, time_to_ready  # noqa: E402  (the same floor as offscreen)

TARGET_PEER = 1.0
# start-up steps of facilitator.ui.app marked by --timeline (a name it lacks is skipped)
TIMELINE_STEPS = ("_application", "_load", "lock_workshop", "build_first_screen", "build_windows",
                  "_show_presenter")
TIMELINE_PROGRAM = """
import sys, time
T0 = time.perf_counter()  # CLOCK_MONOTONIC: the same clock as the launching process's
import importlib.machinery  # not importlib.abc: it imports importlib.resources, which the app does not


def mark(name, t=None):
    print(f"MARK {time.perf_counter() if t is None else t} {name}", file=sys.stderr, flush=True)


def timed(name, f):
    def step(*args, **kwargs):
        mark(name + " starts")
        try:
            return f(*args, **kwargs)
        finally:
            mark(name + " ends")
    return step


class MarkApp:  # a meta path finder
    # imports nothing itself: the app's own import order is kept
    def find_spec(self, name, path, target=None):
        if name != "facilitator.ui.app":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module

        def exec_module(module):
            mark("facilitator.ui.app imports")
            run(module)
            mark("facilitator.ui.app imported (with Qt)")
            for step in sys.argv[1].split(","):
                if hasattr(module, step):
                    setattr(module, step, timed(step, getattr(module, step)))
        spec.loader.exec_module = exec_module
        return spec


mark("python is up", T0)
sys.meta_path.insert(0, MarkApp())
from facilitator.cli import main
mark("facilitator.cli imported")
sys.exit(main(sys.argv[2:]))
"""
PAGES = 62
SCREEN = "1920x1080x24"
TIMEOUT = 60.0

DESTROY_NOTIFY, MAP_NOTIFY = 17, 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", XMapEvent), ("pad", ctypes.c_long * 24)]


class MapWatcher:
    """A connection to the X server that is told of every top-level window being mapped."""

    def __init__(self, display: str):
        x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
            ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x = x
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open X display {display}")
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), SUBSTRUCTURE_NOTIFY_MASK)
        x.XSync(self.dpy, 0)
        self.fd = x.XConnectionNumber(self.dpy)
        self.atoms = {n: x.XInternAtom(self.dpy, n.encode(), 0) for n in ("_NET_WM_PID", "_NET_WM_NAME", "WM_NAME")}

    def _property(self, window: int, name: str) -> bytes | None:
        kind, fmt, count, after = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self.x.XGetWindowProperty(self.dpy, window, self.atoms[name], 0, 1024, 0, 0,  # AnyPropertyType
                                           ctypes.byref(kind), ctypes.byref(fmt), ctypes.byref(count),
                                           ctypes.byref(after), ctypes.byref(data))
        if status != 0 or not data.value:
            return None
        try:
            if fmt.value == 32:  # longs in the client's size
                return bytes(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0].to_bytes(8, "little"))
            return ctypes.string_at(data, count.value * fmt.value // 8)
        finally:
            self.x.XFree(data)

    def pid(self, window: int) -> int | None:
        raw = self._property(window, "_NET_WM_PID")
        return int.from_bytes(raw, "little") if raw else None

    def title(self, window: int) -> str:
        raw = self._property(window, "_NET_WM_NAME") or self._property(window, "WM_NAME") or b""
        return raw.decode("utf-8", errors="replace")

    def drain(self) -> None:
        event = XEvent()
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(event))

    def wait_mapped(self, pid: int, title: re.Pattern, deadline: float) -> tuple[float, int]:
        """(perf_counter(), window) when a window of `pid` whose title matches is mapped."""
        event = XEvent()
        while True:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.type == MAP_NOTIFY:
                    now = time.perf_counter()
                    w = event.xmap.window
                    if self.pid(w) == pid and title.search(self.title(w)):
                        return now, w
            self._wait(deadline)

    def wait_destroyed(self, window: int, deadline: float) -> None:
        """Until the server has destroyed `window` (its client was ended): the X server's
        clean-up of one run must not fall into the next run's time."""
        event = XEvent()
        while True:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.type == DESTROY_NOTIFY and event.xmap.window == window:  # same layout
                    return
            self._wait(deadline)

    def _wait(self, deadline: float) -> None:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise TimeoutError
        select.select([self.fd], [], [], left)

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """Xvfb on a display it picks itself (-displayfd), one 1920x1080 screen."""
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                proc.kill()
                raise RuntimeError("Xvfb did not start")
            number += chunk
    return proc, ":" + number.decode().strip()


def make_deck(path: Path, pages: int = PAGES) -> Path:
    """A 16:9 deck of `pages` pages: a title bar, five bullets and a small bar chart each."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas

    w, h = 960, 540
    c = canvas.Canvas(str(path), pagesize=(w, h))
    for i in range(pages):
        c.setFillColor(HexColor("#1d3557"))
        c.rect(0, h - 90, w, 90, fill=1, stroke=0)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 36)
        c.drawString(40, h - 60, f"Dias {i + 1}: Sociale medier")
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica", 24)
        for j in range(5):
            c.drawString(60, h - 160 - j * 50, f"- Punkt {j + 1} på dias {i + 1}")
        c.setFillColor(HexColor("#e63946"))
        for k in range(6):
            c.rect(600 + k * 50, 60, 36, 40 + (i * 7 + k * 13) % 200, fill=1, stroke=0)
        c.showPage()
    c.save()
    return path


def find_pympress(given: str | None) -> str | None:
    for candidate in (given, os.environ.get("PYMPRESS"), shutil.which("pympress"),
                      str(Path.home() / "pympress-venv/bin/pympress")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


class Side:
    """One program to launch on one platform, timed to the mapping of its window whose title
    matches `title` (None: not timed) and, with `ready`, to its ready line on stdout."""

    def __init__(self, name: str, cmd: list[str], title: str | None, platform: str = "xcb",
                 ready: bool = False):
        self.name, self.cmd, self.platform, self.ready = name, cmd, platform, ready
        self.title = None if title is None else re.compile(title)
        self.times: list[float] = []  # to the window mapped
        self.ready_times: list[float] = []  # to the ready line
        self.marks: list[dict[str, float]] | None = None  # with --timeline: each run's marks


def env_for(display: str, config: Path, platform: str = "xcb") -> dict:
    env = dict(os.environ)
    # the benchmark's own settings and cache folders: no saved geometry, and the session cache
    # (core/session/cache.py) filled by the warm-up run, as on any start after the first
    env.update(DISPLAY=display, QT_QPA_PLATFORM=platform, FACILITATOR_LANG="da", XDG_CONFIG_HOME=str(config),
               XDG_CACHE_HOME=str(config.parent / "cache"))
    for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    if platform != "xcb":
        env.pop("DISPLAY")
    return env


def run_side(watcher: MapWatcher, side: Side, display: str, config: Path) -> None:
    """One launch: appends to side.times and/or side.ready_times; the process is then ended."""
    watcher.drain()
    t0 = time.perf_counter()
    marks, window = {}, None
    proc = subprocess.Popen(side.cmd, env=env_for(display, config, side.platform), cwd=config.parent,
                            stderr=subprocess.DEVNULL if side.marks is None else subprocess.PIPE,
                            stdout=subprocess.PIPE if side.ready else subprocess.DEVNULL, start_new_session=True)
    try:
        if side.title is not None:
            try:
                at, window = watcher.wait_mapped(proc.pid, side.title, t0 + TIMEOUT)
                side.times.append(at - t0)
                marks["presenter mapped"] = side.times[-1]
            except TimeoutError:
                raise RuntimeError(f"{side.name}: no window matching {side.title.pattern!r} "
                                   f"within {TIMEOUT:.0f} s (exit code {proc.poll()})") from None
        if side.ready:  # the line comes after the first paint, so after the mapping
            for line in proc.stdout:
                if line.startswith(READY):
                    side.ready_times.append(time.perf_counter() - t0)
                    marks["ready line"] = side.ready_times[-1]
                    break
            else:
                raise RuntimeError(f"{side.name} exited ({proc.wait()}) without its ready line")
    finally:
        end(proc)
    if window is not None:
        watcher.wait_destroyed(window, time.perf_counter() + TIMEOUT)
    if side.marks is not None:
        for line in proc.stderr.read().decode(errors="replace").splitlines():
            if line.startswith("MARK "):
                _, at, name = line.split(" ", 2)
                marks[name] = float(at) - t0
        side.marks.append(marks)


def end(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:  # it ended on its own (an error: its exit code was reported)
        pass
    proc.wait()


def time_by_xdotool(side: Side, env: dict) -> float:
    """The same launch, timed by `xdotool search --sync` (which polls)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(side.cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(proc.pid)],
                       env=env, stdout=subprocess.DEVNULL, timeout=TIMEOUT, check=True)
        return time.perf_counter() - t0
    finally:
        end(proc)


def show(label: str, xs: list[float]) -> None:
    print(f"  {label:<46} median {statistics.median(xs) * 1000:6.0f} ms "
          f"(min {min(xs) * 1000:.0f}, max {max(xs) * 1000:.0f})")


def ratio(name: str, over: list[float], under: list[float], target: float | None = None) -> float:
    ratios = [a / b for a, b in zip(over, under)]
    med = statistics.median(ratios)
    verdict = "" if target is None else f" (target <= {target:g}x: {'OK' if med <= target else 'OVER'})"
    print(f"  {name}: median ratio {med:.2f}x{verdict}; rounds {', '.join(f'{r:.2f}' for r in ratios)}")
    return med


def missing(pympress: str | None) -> list[str]:
    needs = []
    if shutil.which("Xvfb") is None:
        needs.append("Xvfb: apt-get install -y xvfb")
    if ctypes.util.find_library("X11") is None:
        needs.append("libX11: apt-get install -y libx11-6")
    if ctypes.util.find_library("xcb-cursor") is None:
        needs.append("Qt's xcb platform needs libxcb-cursor0: apt-get install -y libxcb-cursor0")
    if pympress is None:
        needs.append("pympress: apt-get install -y gir1.2-gtk-3.0 gir1.2-poppler-0.18 python3-gi && "
                     "/usr/bin/python3 -m venv --system-site-packages ~/pympress-venv && "
                     "~/pympress-venv/bin/pip install pympress  (or apt-get install pympress)")
    return needs


def timeline(watcher: MapWatcher, display: str, tmp: Path, rounds: int, python: str) -> None:
    """Facilitator alone, xcb and offscreen in turn, its start-up steps marked."""
    cmd = [python, "-c", TIMELINE_PROGRAM, ",".join(TIMELINE_STEPS),
           "run", "--fresh", "--workshop-dir", str(tmp / "ws")]
    xcb = Side("xcb", cmd, r"^Facilitator — (?!deltagervisning$)", ready=True)
    off = Side("offscreen", cmd, None, "offscreen", ready=True)
    for side in (xcb, off):
        run_side(watcher, side, display, tmp / "config")  # the .pyc files get written
        side.marks, side.times, side.ready_times = [], [], []
    for i in range(rounds):
        for side in ((xcb, off) if i % 2 else (off, xcb)):
            run_side(watcher, side, display, tmp / "config")
    names = sorted({n for side in (xcb, off) for m in side.marks for n in m},
                   key=lambda n: statistics.median(m[n] for m in xcb.marks if n in m))
    print(f"Facilitator's start-up, ms from launch, median of {rounds} runs each (Xvfb {display} {SCREEN}):")
    print(f"  {'mark':<36} {'offscreen':>10} {'xcb':>10}")
    for name in names:
        cells = []
        for side in (off, xcb):
            at = [m[name] for m in side.marks if name in m]
            cells.append(f"{statistics.median(at) * 1000:10.0f}" if at else f"{'-':>10}")
        print(f"  {name:<36} {cells[0]} {cells[1]}")


def installed_python(tmp: Path) -> str:
    """A venv in tmp with this checkout installed as a user installs it (see --installed)."""
    checkout = Path(__file__).resolve().parent.parent
    wheels, venv = tmp / "wheel", tmp / "installed"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(checkout)],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([getattr(sys, "_base_executable", sys.executable), "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    ours = subprocess.run([sys.executable, "-c", "import PySide6, os; print(os.path.dirname(os.path.dirname(PySide6.__file__)))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "facilitator-deps.pth").write_text(ours + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    *map(str, wheels.glob("*.whl"))], check=True)
    return str(python)


def main(rounds: int, pympress: str | None, with_xdotool: bool, want_timeline: bool = False,
         python: str | None = None, installed: bool = False) -> int:
    needs = missing(pympress if not want_timeline else "not needed")
    if with_xdotool and shutil.which("xdotool") is None:
        needs.append("xdotool (for --xdotool): apt-get install -y xdotool")
    if needs:
        print("peer_bench: skipped; install first:")
        for need in needs:
            print(f"  - {need}")
        return 0
    load = os.getloadavg()
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            if want_timeline:
                watcher = MapWatcher(display)
                try:
                    timeline(watcher, display, tmp, rounds, python or sys.executable)
                finally:
                    watcher.close()
                return 0
            if installed:
                python = installed_python(tmp)
            deck = make_deck(tmp / f"deck-{PAGES}.pdf")
            config = tmp / "config"
            py = sys.executable
            app_cmd = [py, "-m", "facilitator", "run", "--fresh", "--workshop-dir", str(tmp / "ws")]
            floor_cmd = [py, "-c", FLOOR_PROGRAM]
            presenter = r"^Facilitator — (?!deltagervisning$)"
            peer = Side(f"pympress, {PAGES}-page deck", [pympress, str(deck)], r"^Pympress Presenter$")
            app = Side("facilitator run --fresh (default)", app_cmd, presenter, ready=True)
            floor = Side("floor (bare PySide6, two windows)", floor_cmd, r"", ready=True)
            app_off = Side("facilitator, offscreen", app_cmd, None, "offscreen", ready=True)
            floor_off = Side("floor, offscreen", floor_cmd, None, "offscreen", ready=True)
            sides = [peer, app, floor, app_off, floor_off]
            if python:  # the same two on another interpreter, in the same rounds
                alt_cmd = [python, *app_cmd[1:]]
                if installed:  # its command, as a user starts it (and `-m` would find the checkout in cwd)
                    alt_cmd = [str(Path(python).parent / "facilitator"), *app_cmd[3:]]
                app_alt = Side("facilitator " + ("installed" if installed else "on --python"), alt_cmd,
                               presenter, ready=True)
                floor_alt = Side("floor on --python", [python, *floor_cmd[1:]], r"", ready=True)
                sides += [app_alt, floor_alt]
            print(f"Facilitator and the floor run on {py}" + (f" and on {python}" if python else "")
                  + f"; pympress on {pympress}")
            watcher = MapWatcher(display)
            try:
                for side in sides:  # warm the disk cache; the .pyc files get written
                    run_side(watcher, side, display, config)
                    side.times.clear(), side.ready_times.clear()
                # the app writes its session cache just after its first paint, which a run ended at
                # its mapping may not reach: one offscreen start that lives until it has
                time_to_ready(app_cmd, cache_home=str(config.parent / "cache"), settle=True)
                if python:  # its own copy of the session file: its own cache entry
                    time_to_ready(app_alt.cmd, cache_home=str(config.parent / "cache"), settle=True)
                for i in range(rounds):
                    k = i % len(sides)
                    for side in sides[k:] + sides[:k]:
                        run_side(watcher, side, display, config)
            finally:
                watcher.close()
            print(f"launch to the presenter window mapped, Xvfb {display} {SCREEN} "
                  f"({rounds} rounds, order rotating):")
            for side in (peer, app, floor, *sides[5:]):
                show(side.name, side.times)
            ratio("facilitator / pympress", app.times, peer.times, TARGET_PEER)
            if python:
                ratio(f"{app_alt.name} / pympress", app_alt.times, peer.times, TARGET_PEER)
                ratio(f"{app_alt.name} / facilitator", app_alt.times, app.times)
                ratio("floor on --python / floor", floor_alt.times, floor.times)
            ratio("facilitator / floor", app.times, floor.times)
            ratio("pympress / floor", peer.times, floor.times)
            print("launch to the ready line (after the first paint), xcb against offscreen:")
            show("facilitator, xcb", app.ready_times)
            show("facilitator, offscreen", app_off.ready_times)
            show("floor, xcb", floor.ready_times)
            show("floor, offscreen", floor_off.ready_times)
            ratio("facilitator xcb / offscreen", app.ready_times, app_off.ready_times)
            ratio("floor xcb / offscreen", floor.ready_times, floor_off.ready_times)
            ratio("facilitator / floor, xcb", app.ready_times, floor.ready_times)
            ratio("facilitator / floor, offscreen", app_off.ready_times, floor_off.ready_times)
            if with_xdotool:
                polled = [time_by_xdotool(floor, env_for(display, config)) for _ in range(rounds)]
                show("floor timed by xdotool search --sync", polled)
    finally:
        xvfb.kill()
        xvfb.wait()
    load = os.getloadavg()
    print(f"load average at end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    given = python = None
    if "--pympress" in args:
        i = args.index("--pympress")
        given = args[i + 1]
        del args[i:i + 2]
    if "--python" in args:
        i = args.index("--python")
        python = args[i + 1]
        del args[i:i + 2]
    flags = {a for a in args if a.startswith("--")}
    nums = [a for a in args if not a.startswith("--")]
    sys.exit(main(int(nums[0]) if nums else 9, find_pympress(given), "--xdotool" in flags, "--timeline" in flags,
                  python, "--installed" in flags))
