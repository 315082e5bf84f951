"""Issue 24: what a finished job or a closed project held is freed (load and close cycles of a large
project grew the window's memory by the size of the project each time)."""

from __future__ import annotations

import gc
import weakref

from crosscount.gui import MainWindow, worker
from crosscount.gui import operations as op


class Payload:
    """Stands for what a job's function holds: a snapshot of the project."""


def test_a_finished_job_lets_go_of_its_function_and_of_the_job_itself(qtbot):
    payload = Payload()
    held = weakref.ref(payload)

    def fn(progress, cancelled, payload=payload):
        return None

    got: list[object] = []
    job = worker.start(fn, got.append, got.append)
    job_ref = weakref.ref(job)
    del fn, payload, job
    qtbot.waitUntil(lambda: bool(got))
    qtbot.waitUntil(lambda: job_ref() is None, timeout=2_000)  # (released in a turn after its result arrived)
    gc.collect()
    assert held() is None


def test_loading_articles_then_starting_a_new_project_keeps_none_of_their_claims(qtbot, tmp_path):
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(f"Report {i}\n\nThe ministry said {40 + i},000 people had fled "
                                            f"and {12 + i} were killed.\n", encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.loadingFinished, timeout=60_000):
        op.load(w, [str(tmp_path)])
    claims = [weakref.ref(c) for c in w.analysis.claims]
    claims += [weakref.ref(c) for found in w.workspace.extracted.values() for c in found]  # (as extracted)
    articles = [weakref.ref(a) for a in w.workspace.state.articles]
    assert claims and articles
    assert op.new_project(w)
    qtbot.wait(20)
    gc.collect()
    assert [r for r in claims + articles if r() is not None] == []
