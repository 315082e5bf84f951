"""The installed PySide6 can emit a Python signal many times without corrupting the interpreter.

PySide6-Essentials 6.12.0 drops one reference to ``True`` on every ``Signal.emit()`` from Python; after
about a thousand emits CPython aborts ("Fatal Python error: bool_dealloc"), and a long load or a long
working day ends that way. pyproject.toml excludes that release; this test keeps the release installed
honest. It runs in a subprocess, so an abort fails this test instead of killing the test run."""

from __future__ import annotations

import subprocess
import sys

EMITS = 100_000

PROGRAM = f"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication.instance() or QCoreApplication([])

class Emitter(QObject):
    s = Signal(int, int, str)

emitter = Emitter()
received = []
emitter.s.connect(lambda a, b, c: received.append(a))
before = sys.getrefcount(True)
for i in range({EMITS}):
    emitter.s.emit(i, 2, "x")
after = sys.getrefcount(True)
print(before, after, len(received))
"""


def test_a_hundred_thousand_emits_keep_the_interpreter_alive_and_true_counted():
    run = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, f"the interpreter died (exit {run.returncode}): {run.stderr[-500:]}"
    before, after, received = map(int, run.stdout.split())
    assert received == EMITS
    assert abs(after - before) < 100, f"sys.getrefcount(True) moved from {before} to {after}"
