"""Issue 24: opening a large project shows the loader's progress and Cancel (it showed "Updating…" alone,
or froze the window while it extracted every article), and a job's progress never floods the window."""

from __future__ import annotations

from crosscount.core.articles import from_text
from crosscount.core.edits import Edits
from crosscount.core.project import save_project
from crosscount.gui import MainWindow, worker
from crosscount.gui import operations as op

ARTICLES = 30


def a_project(tmp_path):
    arts = [from_text(f"Report {i}\nPublished: May {1 + i % 28}, 2024\n\nThe ministry said {100 + i} people "
                      f"were killed and {2_000 + i} fled.\n", f"a{i + 1}") for i in range(ARTICLES)]
    path = tmp_path / "large.crosscount"
    save_project(path, arts, Edits())
    return str(path)


def a_window_with_work(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    op.add_text(w, "Floods\n\nRescuers said 120 people had been killed.\n")
    return w


def test_a_large_project_opens_in_the_background_with_progress_and_cancel(qtbot, tmp_path, monkeypatch):
    path = a_project(tmp_path)
    w = a_window_with_work(qtbot)
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 1)  # (the cost of these 30 articles counts as large)
    before = w.analysis
    steps: list[tuple[int, int]] = []
    w.progress.valueChanged.connect(lambda _v: steps.append((w.progress.value(), w.progress.maximum())))
    with qtbot.waitSignal(w.analysisShown, timeout=60_000):
        assert op.open_project_file(w, path)
        assert w.progress.isVisible() and w.cancel_button.isVisible()  # the loader's progress and Cancel
        assert w.analysis is before  # (the open project stays until the new one is ready)
    assert len(w.analysis.articles) == ARTICLES and w.project_path == path
    assert w.undo_stack.isClean() and w.undo_stack.count() == 0
    assert not w.progress.isVisible() and not w.cancel_button.isVisible()
    assert steps and steps[-1] == (ARTICLES, ARTICLES)
    assert op.recent_paths(w.store)[0] == path


def test_cancelling_the_opening_keeps_the_project_open_before(qtbot, tmp_path, monkeypatch):
    path = a_project(tmp_path)
    w = a_window_with_work(qtbot)
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 1)
    before = w.analysis
    with qtbot.waitSignal(w.loadingFinished, timeout=60_000):
        assert op.open_project_file(w, path)
        w.cancel_button.click()
    assert w.analysis is before and w.project_path is None and not w.progress.isVisible()
    assert "cancelled" in w.statusBar().currentMessage()


def test_a_small_project_still_opens_at_once(qtbot, tmp_path):
    path = a_project(tmp_path)
    w = a_window_with_work(qtbot)
    assert op.open_project_file(w, path)
    assert len(w.analysis.articles) == ARTICLES and not w.progress.isVisible()


def test_a_job_reports_its_progress_at_most_every_50_ms_and_always_its_last_step(qtbot):
    reports: list[tuple[int, int]] = []
    got: list[object] = []

    def busy(progress, cancelled):
        for n in range(1, 20_001):
            progress(n, 20_000, "x")
        return None

    worker.start(busy, got.append, got.append, lambda n, total, _label: reports.append((n, total)))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    qtbot.wait(20)
    assert 1 <= len(reports) < 100 and reports[-1] == (20_000, 20_000)


def test_a_large_project_given_on_the_command_line_opens_with_its_progress(qtbot, tmp_path, monkeypatch):
    """`crosscount --project BIG.crosscount` showed "Updating…" alone while the project was extracted:
    now the window shows the loader's progress over the project's articles, with Cancel, and the files
    given beside the project are added once it is shown."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from crosscount.gui import app as gui_app

    path = a_project(tmp_path)
    extra = tmp_path / "extra.txt"
    extra.write_text("Floods\n\nRescuers said 120 people had been killed.\n", encoding="utf-8")
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 1)
    loop = QEventLoop()  # (run() ends in app.exec(): a loop of the test's own stands in, so that quitting it
    monkeypatch.setattr(QApplication, "exec", lambda _app: loop.exec())  # leaves the tests' application be)
    seen: dict[str, object] = {}

    def window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

    steps: list[tuple[int, int]] = []

    def at_start() -> None:
        w = window()
        seen["cancel"] = w.cancel_button.isVisible()
        w.progress.valueChanged.connect(lambda _v: steps.append((w.progress.value(), w.progress.maximum())))
        QTimer.singleShot(50, until_loaded)

    def until_loaded() -> None:
        w = window()
        if w.jobs.job is None and len(w.analysis.articles) > ARTICLES:
            seen["articles"], seen["path"] = len(w.analysis.articles), w.project_path
            w.close()
            loop.exit(0)
        else:
            QTimer.singleShot(50, until_loaded)

    QTimer.singleShot(0, at_start)
    assert gui_app.run([str(extra)], project=path) == 0
    assert seen["cancel"] is True and (ARTICLES, ARTICLES) in steps  # the project's own articles, one step each
    assert seen["articles"] == ARTICLES + 1 and seen["path"] == path  # the project, then the file beside it
