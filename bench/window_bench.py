"""The window at scale: 5,000 generated articles dropped at once (about 90,000 claims).

Reports the time until all are loaded and shown, the longest event-loop stall meanwhile (a 10 ms heartbeat
timer measures how late it fires), the time until an edit is shown and the longest stall meanwhile, the
time to switch the claims table to another group, the time until a change of settings is shown and the
longest stall meanwhile, the time from start to the window being shown, and peak
memory (of the window's process; the loader's worker processes are not counted).

The machine is shared, so wall times move with what else runs: each edit (with its undo) and each group
switch is repeated (``EDITS``, ``SWITCHES``) and reported as the median and the range, beside the CPU time
of the window's thread until the change was shown, which the machine's load moves far less.

``--cycles N``: in one window, N times: the saved project of those articles opened and closed, then the
articles dropped and closed, with the resident memory after each cycle: what a finished job or a closed
project keeps alive shows as memory that grows from cycle to cycle. ``--articles N``: other than 5,000."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARTICLES = 5_000
HEARTBEAT_MS = 10
EDITS = 5  # edits (each with its undo) after the load
SWITCHES = 3  # rounds of four group switches


def write_articles(folder: Path, n: int) -> None:
    from corpus import realistic

    for i, text in enumerate(realistic(n)):
        (folder / f"article-{i:05}.txt").write_text(text, encoding="utf-8")


@dataclass
class Spread:
    """Repeated timings (ms): their median and range."""

    values: list[float]

    def __str__(self) -> str:
        return f"{statistics.median(self.values):.0f} ms ({min(self.values):.0f}-{max(self.values):.0f})"

    @property
    def median(self) -> float:
        return statistics.median(self.values)


@dataclass
class Figures:
    articles: int
    load_s: float
    load_stall_ms: float
    claims: int
    edit: Spread  # until shown
    edit_cpu: Spread  # the window's thread's CPU until shown
    edit_stall: Spread  # the longest stall while an edit is made and shown
    undo: Spread
    switch: Spread
    switch_cpu: Spread
    autosave_ms: float  # until the recovery file is written
    autosave_stall_ms: float
    settings_s: float  # a change of settings (imperial units) until shown
    settings_stall_ms: float
    peak_mb: float


class StallMeter:
    """A HEARTBEAT_MS timer on the window's event loop: how late it fires is how long the loop stalled.
    ``restart()`` begins a new measure; ``longest`` is the worst stall (ms) since."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.elapsed()
        self.longest = 0.0
        self._timer = QTimer(interval=HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now = self._clock.elapsed()
        self.longest = max(self.longest, now - self._last - HEARTBEAT_MS)
        self._last = now

    def restart(self) -> None:
        self._last, self.longest = self._clock.elapsed(), 0.0

    def stop(self) -> None:
        self._timer.stop()


def wait_for(app, signal, start) -> float:  # type: ignore[no-untyped-def]
    """Run the event loop until ``signal``, ``start`` called from inside it (a change shown at once quits it
    too), then let what the change queued run, still under the heartbeat; time.perf_counter() at the end."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(0, start)
    loop.exec()
    signal.disconnect(loop.quit)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    return time.perf_counter()


def measure(n: int = ARTICLES) -> Figures:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from crosscount.gui import MainWindow
    from crosscount.gui import operations as op

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(folder, n)
        window = MainWindow()
        window.ask_save_changes = lambda *_: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
        window.show()
        app.processEvents()
        meter = StallMeter()

        def wait(signal, start) -> float:  # type: ignore[no-untyped-def]
            return wait_for(app, signal, start)

        begin = time.perf_counter()
        meter.restart()
        load_s = wait(window.loadingFinished, lambda: op.load(window, [str(folder)])) - begin - 0.2
        load_stall = meter.longest
        claims = len(window.analysis.claims)
        first = window.analysis.claims[0]

        shown_at, shown_cpu = 0.0, 0.0

        def note_shown() -> None:
            nonlocal shown_at, shown_cpu
            if not shown_at:
                shown_at, shown_cpu = time.perf_counter(), time.thread_time()

        window.analysisShown.connect(note_shown)
        edits, cpus, stalls, undos = [], [], [], []
        for _ in range(EDITS):
            shown_at, begin, cpu = 0.0, time.perf_counter(), time.thread_time()
            meter.restart()
            wait(window.analysisShown,
                 lambda: op.apply_edit(window, window.edits.set_claim(first.id, category="wounded"), "bench edit"))
            edits.append((shown_at - begin) * 1000)
            cpus.append((shown_cpu - cpu) * 1000)
            stalls.append(meter.longest)
            shown_at, begin = 0.0, time.perf_counter()
            wait(window.analysisShown, window.undo_stack.undo)
            undos.append((shown_at - begin) * 1000)

        # an autosave of the edited project (the recovery file), and the longest stall while it is written
        wait(window.analysisShown,
             lambda: op.apply_edit(window, window.edits.set_claim(first.id, category="wounded"), "bench edit"))
        recovery = Path(window.recovery_path())
        recovery.unlink(missing_ok=True)
        meter.restart()
        begin = time.perf_counter()
        op.save_recovery(window)
        while not recovery.exists() or getattr(op, "autosaving", lambda _w: False)(window):
            app.processEvents()
            time.sleep(0.005)
        autosave_ms = (time.perf_counter() - begin) * 1000
        for _ in range(10):  # the heartbeat fires again (after a write on the window's own thread, only now)
            app.processEvents()
            time.sleep(0.01)
        autosave_stall = meter.longest

        # a change of settings: every claim normalized and grouped again, off the window's thread
        meter.restart()
        begin = time.perf_counter()
        settings_s = wait(window.analysisShown, lambda: window.imperial.setChecked(True)) - begin - 0.2
        settings_stall = meter.longest
        meter.stop()

        groups = window.analysis.groups
        switches, switch_cpus = [], []
        for _ in range(SWITCHES):
            for g in (groups[1], groups[0], groups[2], groups[0]) if len(groups) > 2 else groups:
                begin, cpu = time.perf_counter(), time.thread_time()
                window.select_group(g.key)
                app.processEvents()  # the table and the comparison drawn and painted
                switches.append((time.perf_counter() - begin) * 1000)
                switch_cpus.append((time.thread_time() - cpu) * 1000)
        window.undo_stack.setClean()
        window.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Figures(n, load_s, load_stall, claims, Spread(edits), Spread(cpus), Spread(stalls), Spread(undos),
                   Spread(switches), Spread(switch_cpus), autosave_ms, autosave_stall, settings_s, settings_stall, peak)


def resident_mb() -> float:
    """The process's resident memory now (not its peak)."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20


def measure_cycles(cycles: int, n: int = ARTICLES) -> tuple[int, list[float], list[tuple[float, float]]]:
    """In one window, ``cycles`` times: open the saved project of ``n`` articles (File › Open), close it
    (File › New), drop the folder of its articles (the loader's job), close that too. The claims, the
    resident memory after each cycle (after a full collection: only what something still refers to counts),
    and each opening's seconds and longest event-loop stall (ms)."""
    import gc

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from crosscount.core.edits import Edits
    from crosscount.core.pipeline import load_and_extract
    from crosscount.core.project import save_project
    from crosscount.gui import MainWindow
    from crosscount.gui import operations as op

    app = QApplication.instance() or QApplication([])
    memory: list[float] = []
    opened: list[tuple[float, float]] = []
    claims = 0
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(folder, n)
        project = str(Path(tmp) / f"bench{op.projects.SUFFIX}")
        save_project(project, [a for a, _ in load_and_extract([str(folder)])], Edits())
        window = MainWindow()
        window.ask_save_changes = lambda *_: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
        window.show()

        meter = StallMeter()
        for _ in range(cycles):
            meter.restart()
            begin = time.perf_counter()
            wait_for(app, window.analysisShown, lambda: op.open_project_file(window, project))
            opened.append((time.perf_counter() - begin - 0.2, meter.longest))
            claims = len(window.analysis.claims)
            op.new_project(window)
            wait_for(app, window.loadingFinished, lambda: op.load(window, [str(folder)]))
            op.new_project(window)
            for _ in range(20):
                app.processEvents()
                time.sleep(0.01)
            gc.collect()
            memory.append(resident_mb())
        meter.stop()
        window.close()
    return claims, memory, opened


def window_shown_seconds() -> float:
    """A fresh process: import, build and show the window, then exit."""
    code = ("import time; t=time.perf_counter(); from PySide6.QtWidgets import QApplication; "
            "app=QApplication([]); from crosscount.gui import MainWindow; w=MainWindow(); w.show(); "
            "app.processEvents(); print(time.perf_counter()-t)")
    best = float("inf")
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        best = min(best, float(out.stdout.strip().splitlines()[-1]))
    return best


if __name__ == "__main__":
    if "--articles" in sys.argv:
        ARTICLES = int(sys.argv[sys.argv.index("--articles") + 1])
    if "--cycles" in sys.argv:
        count = int(sys.argv[sys.argv.index("--cycles") + 1])
        found, after, opened = measure_cycles(count, ARTICLES)
        openings = ", ".join(f"{s:.1f} s (longest stall {ms:.0f} ms)" for s, ms in opened)
        print(f"{ARTICLES:,} articles ({found:,} claims), opened and closed, loaded and closed, {count} times: "
              f"each opening {openings}; resident memory after each cycle "
              + " → ".join(f"{m:.0f}" for m in after) + " MB")
        raise SystemExit(0)
    f = measure(ARTICLES)
    if "--table" in sys.argv:  # rows for bench/run.py: name, figure, notes (tab-separated)
        print(f"window shown\t{window_shown_seconds():.2f} s\tfresh process, offscreen")
        print(f"load {f.articles:,} articles into the window\t{f.load_s:.1f} s\t{f.claims:,} claims; peak memory "
              f"{f.peak_mb:.0f} MB (window process; worker processes not counted)")
        print(f"longest event-loop stall while loading\t{f.load_stall_ms:.0f} ms\t{HEARTBEAT_MS} ms heartbeat timer")
        print(f"one undoable edit, {f.articles:,} articles loaded\t{f.edit.median:.0f} ms\tuntil shown, median of "
              f"{EDITS} ({f.edit}); the window's thread's CPU {f.edit_cpu}; longest stall meanwhile {f.edit_stall}; "
              f"its undo {f.undo}")
        print(f"switch the claims table to another group\t{f.switch.median:.0f} ms\tmedian of {4 * SWITCHES} "
              f"({f.switch}), its comparison drawn and painted too; CPU {f.switch_cpu}")
        print(f"a change of settings, {f.articles:,} articles loaded\t{f.settings_s:.1f} s\tuntil shown; longest "
              f"event-loop stall meanwhile {f.settings_stall_ms:.0f} ms")
        print(f"longest event-loop stall while autosaving\t{f.autosave_stall_ms:.0f} ms\tthe recovery file of "
              f"{f.articles:,} articles written in {f.autosave_ms:.0f} ms")
        raise SystemExit(0)
    print(f"{f.articles:,} articles: loaded in {f.load_s:.1f} s, longest stall {f.load_stall_ms:.0f} ms, "
          f"{f.claims:,} claims; an edit shown after {f.edit} (CPU of the window's thread {f.edit_cpu}, longest "
          f"stall {f.edit_stall}), its undo after {f.undo}; group switch {f.switch} (CPU {f.switch_cpu}); "
          f"autosave written in {f.autosave_ms:.0f} ms, longest stall {f.autosave_stall_ms:.0f} ms; "
          f"a change of settings shown after {f.settings_s:.1f} s, longest stall {f.settings_stall_ms:.0f} ms; "
          f"peak {f.peak_mb:.0f} MB")
