"""The window's one background job (loading, opening a large project, analysing a large one again) with its
progress bar and Cancel in the status bar, and what the analyst asked for meanwhile, done once it ends."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from . import worker


class JobBar:
    """Runs one job at a time on the thread pool (``worker.start``), shows its progress ("Loading 12 of 40:
    …") and Cancel, and keeps the actions that must wait for it (files dropped while a project opens):
    ``ended`` runs them, in the event loop's next turn after the job's own result was handled."""

    def __init__(self, status: QStatusBar, say: Callable[[str], None], ended: Callable[[], None]) -> None:
        self.progress = QProgressBar(maximumWidth=220, visible=False)
        self.cancel_button = QPushButton("Cancel", visible=False, toolTip="Stop loading; what is read stays")
        self.cancel_button.clicked.connect(self.cancel)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self.say, self.ended = say, ended
        self.job: worker.Job | None = None
        self.verb = "Loading"  # the job's progress line begins so, and says what waits for it
        self.waiting: list[Callable[[], None]] = []

    def start(self, fn: Callable[..., Any], done: Callable[[Any], None], failed: Callable[[str], None],
              verb: str = "Loading", cancels: str = "Stop loading; what is read stays") -> worker.Job:
        """A job with the progress bar and Cancel; ``verb`` begins its progress line, ``cancels`` says in
        Cancel's tooltip what pressing it does."""
        self.cancel_button.setToolTip(cancels)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.verb = verb
        self.job = worker.start(fn, done, failed, self._progress)
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.say("Cancelling…")

    def _progress(self, n: int, total: int, label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(n)
        self.say(f"{self.verb} {n:,} of {total:,}: {Path(label).name}")

    def finish(self) -> None:
        """The job's result arrived: the bar goes, and what waited for the job runs next."""
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        if self.waiting:
            QTimer.singleShot(0, self.progress, self.ended)  # (dropped with the window)

    def wait(self, action: Callable[[], None]) -> None:
        """Do ``action`` once the job has ended."""
        self.waiting.append(action)

    def doing(self) -> str:
        """What the job does, for a sentence ("opening big.crosscount")."""
        verb = self.verb.rstrip(":")
        return verb[:1].lower() + verb[1:]

    def take_waiting(self) -> list[Callable[[], None]]:
        waiting, self.waiting = self.waiting, []
        return waiting
