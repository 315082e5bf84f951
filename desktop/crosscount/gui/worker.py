"""One helper that runs a core function on the thread pool and hands back its result or error.

Like Anki's QueryOp: the function runs off the UI thread; ``done``/``failed`` arrive on the UI thread.
The function receives ``progress(n, total, label)`` and ``cancelled()`` so long jobs report and stop.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        try:
            result = self.fn(progress=self.signals.progress.emit, cancelled=lambda: self._cancel)
        except Exception as exc:  # the window shows it; it never takes the app down
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)


def start(fn: Callable[..., Any], done: Callable[[Any], None], failed: Callable[[str], None],
          progress: Callable[[int, int, str], None] | None = None) -> Job:
    job = Job(fn)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    if progress is not None:
        job.signals.progress.connect(progress)
    QThreadPool.globalInstance().start(job)
    return job
