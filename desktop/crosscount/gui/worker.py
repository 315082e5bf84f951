"""One helper that runs a core function on the thread pool and hands back its result or error.

Like Anki's QueryOp: the function runs off the UI thread; ``done``/``failed`` arrive on the UI thread.
The function receives ``progress(n, total, label)`` and ``cancelled()`` so long jobs report and stop; its
progress reaches the window at most every ``PROGRESS_S``.
"""

from __future__ import annotations

import gc
import threading
import time
import traceback
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

_paused = 0
_pause_lock = threading.Lock()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a job runs. A full pass over the objects a large load makes holds
    the interpreter, and with it the window's thread, for hundreds of milliseconds, and passes come ever more
    often as the objects grow; reference counting still frees everything without cycles, and the window
    moves what the job made out of the collector's passes (gc.freeze) before collection resumes: otherwise
    the first pass after the job would scan all of it at once, on whichever thread allocates next."""
    global _paused
    with _pause_lock:
        _paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _pause_lock:
            _paused -= 1
            if _paused == 0:
                gc.freeze()
                gc.enable()


PROGRESS_S = 0.05  # a job reports its progress at most this often (and always its last step): one report
# for every article of a 5,000-article load was 5,000 events for the window's thread, each a repaint


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """``pause_collector``: no cyclic collection while it runs (a job that makes a large project's objects);
    a job that only reads them (writing a file) leaves the collector alone."""

    def __init__(self, fn: Callable[..., Any], pause_collector: bool = True) -> None:
        super().__init__()
        self.fn: Callable[..., Any] | None = fn
        self.pause_collector = pause_collector
        self.signals = _Signals()
        self._cancel = False
        self.finished = False  # set as the last thing run() does
        self.reported = False  # set on the UI thread when done/failed arrived
        self._reported_at = -PROGRESS_S  # (time.monotonic() of the last progress sent)

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancelled(self) -> bool:
        """Whether Cancel was pressed (a job that cannot stop midway, a reload, drops its result then)."""
        return self._cancel

    def _progress(self, n: int, total: int, label: str) -> None:
        """Pass a step on to the window, unless one went less than ``PROGRESS_S`` ago (the last step always)."""
        now = time.monotonic()
        if n >= total or now - self._reported_at >= PROGRESS_S:
            self._reported_at = now
            self.signals.progress.emit(n, total, label)

    def run(self) -> None:
        fn, self.fn = self.fn, None  # what the function's closure holds (a snapshot of a whole project) goes
        try:                         # as soon as it has run, not when the job object does
            with _collector_paused() if self.pause_collector else nullcontext():
                result = fn(progress=self._progress, cancelled=lambda: self._cancel)
        except Exception as exc:  # the window shows it; it never takes the app down
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)
        finally:
            del fn
            self.finished = True


# Python must keep each job (and its signal object) alive while the pool runs it: a job whose last
# reference its caller dropped would be collected mid-run (a crash). A job is released once its thread has
# left run() and the window has received its result (see release_finished).
_RUNNING: set[Job] = set()
RELEASE_RETRY_MS = 20


def release_finished() -> None:
    """Let go of the jobs that have run and been reported. ``QThreadPool.start`` hands each job's ownership
    to C++, which keeps a Python reference to it that nothing ever dropped (the job is not auto-deleted, so
    that Python owns it): every finished job stayed alive, and with it its signals' connections to the
    window's callbacks and what those hold (the state before a load, a snapshot of the project). Deleting
    the C++ side (the pool no longer touches a job once its run() returned) drops that reference too."""
    for job in [j for j in _RUNNING if j.finished and j.reported]:
        _RUNNING.discard(job)
        shiboken6.delete(job)
    if any(j.reported for j in _RUNNING):  # its thread has still to leave run(): again in a moment
        QTimer.singleShot(RELEASE_RETRY_MS, release_finished)


def start(fn: Callable[..., Any], done: Callable[[Any], None], failed: Callable[[str], None],
          progress: Callable[[int, int, str], None] | None = None, pause_collector: bool = True) -> Job:
    release_finished()
    job = Job(fn, pause_collector)
    job.setAutoDelete(False)  # Python owns the job (see _RUNNING)
    _RUNNING.add(job)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    ref = weakref.ref(job)  # a strong reference here would keep every job alive through Qt's connection

    def reported(*_args: object) -> None:
        alive = ref()
        if alive is not None:
            alive.reported = True
            QTimer.singleShot(0, release_finished)  # (after the signal's other slots, not from inside them)

    job.signals.done.connect(reported)
    job.signals.failed.connect(reported)
    if progress is not None:
        job.signals.progress.connect(progress)
    QThreadPool.globalInstance().start(job)
    return job
