"""The displayed second while the journey editor reads big journey files and while a 60-page
PDF is written (target: every countdown second shown within 50 ms of the true boundary).

Both windows run offscreen on the system clock with the default session's day: the block and
an exercise count down out of step, slides warm up. The lateness of each second change is
measured as in second_boundary_bench.py, in three phases of the same run:

  quiet     a few seconds of the running day (the floor of this run);
  journeys  Ctrl+J with a 50 MB journey file (--big-mb), a 1.9 MB one (the size a file may have) and 30
            ordinary ones in the workshop folder, until 2 s after the editor is on screen;
  pdf       Export PDF of the 30 ordinary groups' journeys (60 pages), until it is written.

    QT_QPA_PLATFORM=offscreen python benchmarks/busy_boundary_bench.py [QUIET_SECONDS] [--big-mb N]
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from second_boundary_bench import TARGET_MS, second_changes  # noqa: E402

BIG_MB, NEAR_CAP_MB = 50, 1.9
WAIT_LIMIT_S = 300  # a phase that takes longer than this is reported as not finished


def touchpoint_block() -> tuple[str, str]:
    """(head of a journey file, one touchpoint's YAML) to build files of any size."""
    from journey_board_bench import journey
    from facilitator.core.journeys import store

    text = store.dump_journey(journey())
    head, _, rest = text.partition("touchpoints:\n")
    tp = "- title: " + rest.split("\n- title: ")[1].rstrip("\n") + "\n"
    return head + "touchpoints:\n", tp


def write_journey_of(path: Path, megabytes: float) -> None:
    head, tp = touchpoint_block()
    path.write_text(head + tp * max(1, int((megabytes * 1024 * 1024 - len(head)) // len(tp))), encoding="utf-8")


def workshop_folder(big_mb: float = BIG_MB) -> Path:
    from journey_export_bench import sample_journeys
    from facilitator.core.journeys import store

    folder = Path(tempfile.mkdtemp(prefix="busy-bench-"))
    for journey in sample_journeys():  # 30 groups: the 60-page PDF
        store.save_journey(folder, journey)
    write_journey_of(store.journeys_dir(folder) / "zz-stor.yaml", big_mb)
    write_journey_of(store.journeys_dir(folder) / "zz-naesten-for-stor.yaml", NEAR_CAP_MB)
    return folder


def pages_of(pdf: Path) -> int:
    return pdf.read_bytes().count(b"/Type /Page\n") or pdf.read_bytes().count(b"/Type /Page")


def main(quiet_s: float, big_mb: float = BIG_MB) -> None:
    app = QApplication(sys.argv[:1])
    folder = workshop_folder(big_mb)
    from runner_bench_setup import running_day

    controller, presenter, wall, _placer, _chime = running_day(seed=True, folder=folder)
    late: dict[str, list[float]] = {"quiet": [], "journeys": [], "pdf": []}
    phase = {"name": "quiet", "t0": time.perf_counter()}
    took: dict[str, float] = {}
    shown: dict[str, str] = {}

    def after_redraw(state) -> None:
        app.sendPostedEvents()  # the new digits get painted
        app.processEvents()
        late[phase["name"]].extend(second_changes(state, shown, time.time()))

    def enter(name: str) -> None:
        took[phase["name"]] = time.perf_counter() - phase["t0"]
        phase.update(name=name, t0=time.perf_counter())

    def poll(done, then) -> None:
        if done() or time.perf_counter() - phase["t0"] > WAIT_LIMIT_S:
            then()
        else:
            QTimer.singleShot(50, lambda: poll(done, then))

    def open_editor() -> None:
        enter("journeys")
        link = presenter.journeys_link
        link.open_editor()
        # the phase ends 2 s after the editor is on screen: its first layout and paint count here
        poll(lambda: link.editor is not None and link.editor.isVisible(), lambda: QTimer.singleShot(2000, export))

    def export() -> None:
        enter("pdf")
        editor = presenter.journeys_link.editor
        if editor is None:
            return finish()
        editor.book.journeys[:] = [j for j in editor.book.journeys if not j.id.startswith("zz-")]
        job = editor.export_pdf(str(folder / "journeys.pdf"))
        poll(lambda: job.done, lambda: finish(job))

    def finish(job=None) -> None:
        enter("done")
        if job is not None and job.result is not None:
            print(f"PDF: {pages_of(Path(job.result[0]))} pages")
        editor = presenter.journeys_link.editor
        if editor is not None:
            print(f"editor: {len(editor.book.journeys)} journeys; set aside or refused: {len(editor.problems)}")
        app.quit()

    controller.state_changed.connect(after_redraw)
    QTimer.singleShot(int(quiet_s * 1000), open_editor)
    load = os.getloadavg()
    app.exec()
    print(f"load average at start: {load[0]:.2f} ({os.cpu_count()} cores)")
    ok = True
    for name, xs in late.items():
        if not xs:
            print(f"{name:9} no second changes measured ({took.get(name, 0):.1f} s)")
            continue
        ms = sorted(x * 1000 for x in xs)
        ok = ok and ms[-1] < TARGET_MS
        print(f"{name:9} {took.get(name, 0):5.1f} s, {len(ms):3d} second changes: median {statistics.median(ms):5.1f} ms, "
              f"max {ms[-1]:5.1f} ms; max / target ({TARGET_MS:g} ms) {ms[-1] / TARGET_MS:.2f}")
    print(f"every second within {TARGET_MS:g} ms: {'OK' if ok else 'OVER'}")


if __name__ == "__main__":
    args = sys.argv[1:]
    big = BIG_MB
    if "--big-mb" in args:
        i = args.index("--big-mb")
        big = float(args[i + 1])
        del args[i:i + 2]
    main(float(args[0]) if args else 5.0, big)
