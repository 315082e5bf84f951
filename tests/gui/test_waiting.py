"""Issue 24: a large project analysed again after a change of settings shows its progress and Cancel, as
opening one does; what the analyst gives the window while a large project opens waits and is added once
it is shown (or to the project open before, after Cancel), never lost."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from test_opening import ARTICLES, a_project
from test_unsaved_work import drop

from crosscount.gui import MainWindow
from crosscount.gui import app as gui_app
from crosscount.gui import operations as op
from crosscount.gui.dialogs import ArticleProperties

EXTRA = "Floods\n\nRescuers said 120 people had been killed.\n"


def a_window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def an_extra_file(tmp_path) -> str:
    path = tmp_path / "extra.txt"
    path.write_text(EXTRA, encoding="utf-8")
    return str(path)


def a_large_project_open(qtbot, tmp_path, monkeypatch) -> MainWindow:
    """A window with the project open, its 30 articles counted as a large project's from then on."""
    w = a_window(qtbot)
    assert op.open_project_file(w, a_project(tmp_path))
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 1)
    return w


def test_a_change_of_settings_on_a_large_project_shows_progress_over_its_articles_and_cancel(qtbot, tmp_path,
                                                                                              monkeypatch):
    w = a_large_project_open(qtbot, tmp_path, monkeypatch)
    steps: list[tuple[int, int]] = []
    w.progress.valueChanged.connect(lambda _v: steps.append((w.progress.value(), w.progress.maximum())))
    with qtbot.waitSignal(w.analysisShown, timeout=60_000):
        w.imperial.setChecked(True)  # (Settings › Imperial units)
        assert w.progress.isVisible() and w.cancel_button.isVisible()
        assert w.cancel_button.toolTip() == "Stop updating; the change is undone, and Redo makes it again"
    assert steps and steps[-1] == (ARTICLES, ARTICLES)  # each article's claims normalized again
    assert w.statusBar().currentMessage() == f"Updated {len(w.analysis.claims)} claims of {ARTICLES} articles"
    assert w.workspace.shown() is w.workspace.state and w.settings.unit_system == "imperial"
    assert not w.progress.isVisible() and w.jobs.job is None


def until_cancelled(monkeypatch) -> None:
    """The window's analyses wait for Cancel before they run (30 articles are analysed before a test could
    press it); the core's own stop at Cancel is tested in test_workspace.py."""
    extract_all = op.analysis.extract_all

    def waiting(snapshot, progress=None, cancelled=None):
        for _ in range(500):
            if cancelled is None or cancelled():
                break
            time.sleep(0.01)
        return extract_all(snapshot, progress, cancelled)

    monkeypatch.setattr(op.analysis, "extract_all", waiting)


def test_cancelling_the_update_undoes_the_change_and_redo_makes_it_again(qtbot, tmp_path, monkeypatch):
    w = a_large_project_open(qtbot, tmp_path, monkeypatch)
    claims, extract_all = w.analysis.claims, op.analysis.extract_all
    until_cancelled(monkeypatch)
    w.imperial.setChecked(True)
    w.cancel_button.click()
    qtbot.waitUntil(lambda: w.jobs.job is None, timeout=60_000)
    assert w.settings.unit_system == "metric" and not w.imperial.isChecked() and w.analysis.claims == claims
    assert w.workspace.shown() is w.workspace.state
    assert "cancelled" in w.statusBar().currentMessage() and w.undo_stack.canRedo()
    monkeypatch.setattr(op.analysis, "extract_all", extract_all)
    with qtbot.waitSignal(w.analysisShown, timeout=60_000):
        w.undo_stack.redo()
    assert w.settings.unit_system == "imperial" and w.imperial.isChecked()


def test_a_newer_change_overtakes_the_update_and_its_cancel_goes_back_to_what_was_shown(qtbot, tmp_path,
                                                                                         monkeypatch):
    w = a_large_project_open(qtbot, tmp_path, monkeypatch)
    until_cancelled(monkeypatch)
    w.imperial.setChecked(True)
    w.at_publication.setChecked(True)  # (the first update is dropped for this one)
    w.cancel_button.click()
    qtbot.waitUntil(lambda: w.jobs.job is None, timeout=60_000)
    qtbot.wait(100)  # (the dropped job's result, arriving late, changes nothing)
    assert w.settings.unit_system == "metric" and w.settings.rate_date == "as_of"
    assert w.workspace.shown() is w.workspace.state


def test_files_and_text_given_while_a_large_project_opens_are_added_once_it_is_shown(qtbot, tmp_path,
                                                                                      monkeypatch):
    w = a_window(qtbot)
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 1)
    path = a_project(tmp_path)
    assert op.open_project_file(w, path)
    drop(w, [an_extra_file(tmp_path)])
    assert "extra.txt will be added when opening large.crosscount is done" in w.statusBar().currentMessage()
    op.add_text(w, "Quake\n\nThe ministry said 48 people were injured.\n")
    assert "will be added when opening large.crosscount is done" in w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: w.jobs.job is None and len(w.analysis.articles) == ARTICLES + 2, timeout=60_000)
    assert w.project_path == path and w.isWindowModified()  # added to the project opened, as undoable steps
    assert {a.title for a in w.analysis.articles} >= {"Floods", "Quake"}


def test_files_dropped_while_a_project_opens_go_to_the_project_open_before_when_it_is_cancelled(qtbot, tmp_path,
                                                                                                 monkeypatch):
    w = a_window(qtbot)
    op.add_text(w, "Quake\n\nThe ministry said 48 people were injured.\n")
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 1)
    until_cancelled(monkeypatch)
    assert op.open_project_file(w, a_project(tmp_path))
    drop(w, [an_extra_file(tmp_path)])
    w.cancel_button.click()
    qtbot.waitUntil(lambda: w.jobs.job is None and len(w.analysis.articles) == 2, timeout=60_000)
    assert w.project_path is None and [a.title for a in w.analysis.articles] == ["Quake", "Floods"]


def test_files_given_beside_a_large_project_on_the_command_line_load_when_its_opening_is_cancelled(
        qtbot, tmp_path, monkeypatch):
    """`crosscount --project BIG.crosscount extra.txt`, and Cancel while BIG opens: extra.txt is still
    loaded, into the empty window (it was dropped: the files waited for the opening's success only)."""
    path, extra = a_project(tmp_path), an_extra_file(tmp_path)
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 1)
    until_cancelled(monkeypatch)
    loop = QEventLoop()  # (run() ends in app.exec(): a loop of the test's own stands in for it)
    monkeypatch.setattr(QApplication, "exec", lambda _app: loop.exec())
    seen: dict[str, object] = {}

    def window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

    def cancel() -> None:
        window().cancel_button.click()
        QTimer.singleShot(50, until_loaded)

    def until_loaded() -> None:
        w = window()
        if w.jobs.job is None and w.analysis.articles:
            seen["titles"], seen["path"] = [a.title for a in w.analysis.articles], w.project_path
            w.close()
            loop.exit(0)
        else:
            QTimer.singleShot(50, until_loaded)

    QTimer.singleShot(0, cancel)
    assert gui_app.run([extra], project=path) == 0
    assert seen == {"titles": ["Floods"], "path": None}


def an_article_changed_on_disk(qtbot, tmp_path) -> MainWindow:
    """A window with extra.txt loaded (its one claim "120"), and the file changed since to say "140"."""
    w = a_window(qtbot)
    path = tmp_path / "extra.txt"
    path.write_text(EXTRA, encoding="utf-8")
    with qtbot.waitSignal(w.loadingFinished, timeout=30_000):
        op.load(w, [str(path)])
    path.write_text(EXTRA.replace("120", "140"), encoding="utf-8")
    return w


def test_loads_and_reloads_are_undone_and_redone_like_any_change(qtbot, tmp_path):
    w = an_article_changed_on_disk(qtbot, tmp_path)
    with qtbot.waitSignal(w.analysisShown, timeout=30_000):
        op.reload_article(w, w.analysis.articles[0].id)
    assert [c.text for c in w.analysis.claims] == ["140"]
    w.undo_stack.undo()
    assert [c.text for c in w.analysis.claims] == ["120"]
    w.undo_stack.undo()
    assert w.analysis.articles == [] and w.undo_stack.canRedo()
    w.undo_stack.redo()
    w.undo_stack.redo()
    assert [c.text for c in w.analysis.claims] == ["140"] and w.isWindowModified()


def test_edit_article_properties_opens_the_dialog_of_the_current_article(qtbot, monkeypatch):
    w = a_window(qtbot)
    op.add_text(w, EXTRA)
    shown: list[str] = []
    monkeypatch.setattr(ArticleProperties, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    action = next(a for a in w.findChildren(QAction) if a.text() == "Article &properties…")
    action.trigger()  # (Edit › Article properties…, Ctrl+I)
    assert len(shown) == 1


def test_changes_made_while_a_large_project_opens_are_asked_about_before_it_replaces_them(qtbot, tmp_path,
                                                                                         monkeypatch):
    """The analyst agreed to discard the open project's work when they chose to open another; an edit made
    while that one was read is asked about, and Cancel keeps it (the new project is not shown)."""
    w = a_window(qtbot)
    op.add_text(w, "Quake\n\nThe ministry said 48 people were injured.\n")
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 1)
    until_cancelled(monkeypatch)  # (the opening waits ~5 s: time to edit the project open before)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel])  # (then Discard, at close)
    monkeypatch.setattr(w, "ask_save_changes",
                        lambda question: asked.append(question) or next(answers, QMessageBox.StandardButton.Discard))
    assert op.open_project_file(w, a_project(tmp_path))
    article_id = w.analysis.articles[0].id
    op.set_article_field(w, article_id, "title", "Quake in the north")
    qtbot.waitUntil(lambda: w.jobs.job is None, timeout=60_000)
    assert asked[:2] == ["Save the project before opening another?",
                         "Save the changes made while large.crosscount was opening?"]
    assert w.project_path is None and [a.title for a in w.analysis.articles] == ["Quake in the north"]
    assert "large.crosscount was not opened; the changes made meanwhile stay." in w.statusBar().currentMessage()


def test_a_large_project_opened_over_no_new_changes_asks_nothing_more(qtbot, tmp_path, monkeypatch):
    w = a_window(qtbot)
    op.add_text(w, "Quake\n\nThe ministry said 48 people were injured.\n")
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 1)
    asked: list[str] = []
    monkeypatch.setattr(w, "ask_save_changes", lambda question: asked.append(question) or QMessageBox.StandardButton.Discard)
    path = a_project(tmp_path)
    assert op.open_project_file(w, path)
    qtbot.waitUntil(lambda: w.jobs.job is None, timeout=60_000)
    assert asked == ["Save the project before opening another?"] and w.project_path == path


def test_cancelling_a_reload_keeps_the_article_as_it_was(qtbot, tmp_path):
    w = an_article_changed_on_disk(qtbot, tmp_path)
    op.reload_article(w, w.analysis.articles[0].id)
    assert w.cancel_button.toolTip() == "Stop reloading; the article stays as it was"
    w.cancel_button.click()
    qtbot.waitUntil(lambda: w.jobs.job is None, timeout=30_000)
    assert [c.text for c in w.analysis.claims] == ["120"]
    assert w.statusBar().currentMessage() == "Reloading Floods was cancelled; the article stays as it was."
