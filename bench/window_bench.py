"""The window under load: 1,000 articles dropped at once.

Reports the time until all are loaded, the longest event-loop stall (a 10 ms heartbeat timer measures
how late it fires), the time from start to the window being shown, and peak memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def write_articles(folder: Path, n: int = 1000) -> None:
    from corpus import realistic

    for i, text in enumerate(realistic(n)):
        (folder / f"article-{i:04}.txt").write_text(text, encoding="utf-8")


def load_1000() -> tuple[float, float, int, float, float, float]:
    """(seconds to load, longest stall in ms, claims, peak RSS in MB, ms until an edit is shown, longest
    stall in ms meanwhile)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from crosscount.gui import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(folder)
        window = MainWindow()
        window.ask_save_changes = lambda: None  # type: ignore[method-assign]
        window.show()
        app.processEvents()
        longest = 0.0
        clock = QElapsedTimer()
        clock.start()
        last = clock.elapsed()

        def beat() -> None:
            nonlocal last, longest
            now = clock.elapsed()
            longest = max(longest, now - last - 10)
            last = now

        heartbeat = QTimer(interval=10)
        heartbeat.timeout.connect(beat)
        heartbeat.start()
        loop = QEventLoop()
        window.loadingFinished.connect(loop.quit)
        start = time.perf_counter()
        last = clock.elapsed()
        window.load([str(folder)])
        loop.exec()
        for _ in range(20):  # let what the load queued run, still under the heartbeat
            app.processEvents()
            time.sleep(0.01)
        elapsed = time.perf_counter() - start
        claims = len(window.analysis.claims)
        first = window.analysis.claims[0]
        load_stall, longest = longest, 0.0
        shown = QEventLoop()
        window.analysisShown.connect(shown.quit)
        edit_start = time.perf_counter()
        last = clock.elapsed()
        window.apply_edit(window.edits.set_claim(first.id, category="killed"), "bench edit")
        if window.analysis.claims[0].category != "killed":  # analysed on the thread pool: wait for it
            shown.exec()
        edit_ms = (time.perf_counter() - edit_start) * 1000
        edit_stall = longest
        heartbeat.stop()
        window.undo_stack.setClean()
        window.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return elapsed, load_stall, claims, peak, edit_ms, edit_stall


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
    if "--table" in sys.argv:  # rows for bench/run.py: name, figure, notes (tab-separated)
        seconds, stall, claims, peak, edit_ms, edit_stall = load_1000()
        print(f"window shown\t{window_shown_seconds():.2f} s\tfresh process, offscreen")
        print(f"load 1,000 articles into the window\t{seconds:.1f} s\t{claims} claims; peak memory {peak:.0f} MB "
              "(window process; worker processes not counted)")
        print(f"longest event-loop stall while loading\t{stall:.0f} ms\t10 ms heartbeat timer")
        print(f"one undoable edit, 1,000 articles loaded\t{edit_ms:.0f} ms\tuntil shown; analysed on the thread pool, "
              f"longest stall meanwhile {edit_stall:.0f} ms")
        raise SystemExit(0)
    seconds, stall, claims, peak, edit_ms, edit_stall = load_1000()
    print(f"1,000 articles: {seconds:.1f} s, longest stall {stall:.0f} ms, {claims} claims, peak {peak:.0f} MB, "
          f"an edit shown after {edit_ms:.0f} ms with a longest stall of {edit_stall:.0f} ms")
    print(f"window shown after {window_shown_seconds():.2f} s")
