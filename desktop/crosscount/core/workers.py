"""Running one function over many inputs in worker processes, with a bounded number in flight.

Submitting every input at once holds every result in memory until the caller reads it; here at most
``in_flight`` inputs are submitted and not yet handed back, so memory stays flat however many inputs
there are, and results come back in input order as soon as each is ready. Workers are started fresh
(``spawn``, never forked from a threaded window) and ignore Ctrl-C: the parent decides how to stop, and
a worker never prints a traceback of its own.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

In = TypeVar("In")
Out = TypeVar("Out")


def ignore_interrupts() -> None:
    """A worker's initializer: Ctrl-C reaches the whole process group, and only the parent acts on it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def bounded_map(fn: Callable[[In], Out], items: Iterable[In], workers: int, in_flight: int | None = None,
                stop: Callable[[], bool] | None = None) -> Iterator[tuple[In, Out]]:
    """(item, fn(item)) for each item, in order; ``workers`` < 2 runs in this process. ``stop`` is asked
    before each item is started; once it says yes, nothing new starts and what is running is awaited."""
    if workers < 2:
        for item in items:
            if stop is not None and stop():
                return
            yield item, fn(item)
        return
    import multiprocessing  # here, not at the top: a run on one process never pays for importing them
    from concurrent.futures import ProcessPoolExecutor

    limit = max(in_flight or 4 * workers, 1)
    pending: deque[tuple[In, Future[Out]]] = deque()
    source = iter(items)
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=ignore_interrupts) as pool:
        try:
            exhausted = False
            while True:
                while not exhausted and len(pending) < limit and not (stop is not None and stop()):
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    pending.append((item, pool.submit(fn, item)))
                if not pending:
                    return
                item, future = pending.popleft()
                yield item, future.result()
                if stop is not None and stop():
                    return
        finally:
            for _, future in pending:
                future.cancel()

