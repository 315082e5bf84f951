"""How long one input may take to load, and how Cancel reaches a loader.

Each input is loaded within a total deadline (``LOAD_DEADLINE_S``), not a timeout per read: a server
that drips a byte a second, or a document that takes minutes to take apart, must not hold a batch
up. The loaders call ``Budget.check`` where they loop (between chunks of a read, between the pages
of a PDF, between the entries of a Word document), so the deadline and a ``cancelled`` callback (the
window's Cancel button) stop them there with a sentence.
"""

from __future__ import annotations

import time
from collections.abc import Callable

LOAD_DEADLINE_S = 60.0
"""The most time one input may take to load (read, fetch, take apart). A news article takes well under
a second; a minute leaves room for a slow server or a long report and still ends a hostile input."""


class LoadError(Exception):
    """A reason an input cannot be read, worded for the person who chose it."""


class Budget:
    """The deadline of one input and, optionally, a ``cancelled`` callback (true: stop now)."""

    def __init__(self, seconds: float = LOAD_DEADLINE_S, cancelled: Callable[[], bool] | None = None) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.cancelled = cancelled

    def remaining(self) -> float:
        """Seconds left before the deadline (0 when it has passed)."""
        return max(0.0, self.deadline - time.monotonic())

    def stop_reason(self) -> str | None:
        """Why loading must stop now (cancelled, or out of time), else None."""
        if self.cancelled is not None and self.cancelled():
            return "Loading was cancelled."
        if time.monotonic() >= self.deadline:
            return f"Loading took longer than {self.seconds:g} s and was stopped."
        return None

    def check(self) -> None:
        """Raise ``LoadError`` when loading must stop (see ``stop_reason``)."""
        reason = self.stop_reason()
        if reason is not None:
            raise LoadError(reason)
