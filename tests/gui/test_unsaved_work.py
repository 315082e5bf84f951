"""Issue 24: the window never loses an analyst's work (each test drives one reported case as a user)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from crosscount.core.project import open_project
from crosscount.gui import MainWindow
from crosscount.gui import operations as op

TEXTS = [
    "Flood toll rises\nPublished: May 4, 2024\n\nRescuers said at least 120 people had been killed and "
    "about 3,500 displaced by the floods.\n",
    "Quake aftermath\nPublished: June 9, 2024\n\nThe ministry said 48 people were injured and 12 were missing "
    "after the quake.\n",
    "Border clashes\nPublished: July 1, 2024\n\nOfficials said 30 soldiers had been captured and "
    "200 families fled the area.\n",
]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def asked(monkeypatch):
    """Every time the window asks about unsaved changes; the analyst answers Cancel."""
    questions: list[str] = []

    def ask(self, *why):  # noqa: ANN001
        questions.append(" ".join(why))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(MainWindow, "ask_save_changes", ask)
    return questions


@pytest.fixture
def warnings(monkeypatch):
    """Warnings the window shows (no modal dialog in a test)."""
    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "warn", lambda self, title, text: shown.append(f"{title}: {text}"))
    return shown


@pytest.fixture
def saved(qtbot, tmp_path):
    """A window with one article, saved as a project."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.loadingFinished, timeout=30000):
        op.load(w, [str(write(tmp_path, "one.txt", TEXTS[0]))])
    assert op.save_to(w, str(tmp_path / "work.crosscount"))
    assert not w.isWindowModified()
    return w


def test_dropping_articles_into_a_saved_project_marks_it_modified_and_closing_asks(saved, qtbot, tmp_path, asked):
    with qtbot.waitSignal(saved.loadingFinished, timeout=30000):
        drop(saved, [write(tmp_path, "two.txt", TEXTS[1])])
    assert saved.isWindowModified()
    assert not saved.close(), "Cancel keeps the window open"
    assert len(asked) == 1
    op.save_recovery(saved)  # autosave covers the added article
    op.finish_autosave(saved)
    assert len(open_project(saved.recovery_path()).articles) == 2


def test_pasting_text_marks_the_project_modified(saved):
    op.add_text(saved, TEXTS[2])
    assert saved.isWindowModified() and len(saved.analysis.articles) == 2


def test_opening_a_project_over_unsaved_edits_asks_and_cancel_keeps_them(saved, qtbot, tmp_path, asked):
    other = MainWindow()
    qtbot.addWidget(other)
    op.add_text(other, TEXTS[1])
    assert op.save_to(other, str(tmp_path / "other.crosscount"))
    claim = saved.analysis.claims[0]
    op.apply_edit(saved, saved.edits.set_claim(claim.id, excluded=True), "exclude")
    assert not op.open_project_file(saved, str(tmp_path / "other.crosscount"))
    assert len(asked) == 1
    assert saved.edits.claims[claim.id]["excluded"] is True and saved.isWindowModified()


def test_new_project_over_unsaved_work_asks(saved, asked):
    op.add_text(saved, TEXTS[1])
    op.new_project(saved)
    assert len(asked) == 1 and len(saved.analysis.articles) == 2


def test_recent_lists_whole_paths_and_opens_them(saved, qtbot, tmp_path):
    path = str(tmp_path / "work.crosscount")
    entries = [a.text() for a in saved.recent_menu.actions()]
    assert entries == [path]
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    [action] = fresh.recent_menu.actions()
    action.trigger()
    assert fresh.project_path == path and len(fresh.analysis.articles) == 1


def test_a_bad_project_among_dropped_files_does_not_block_the_drop(qtbot, tmp_path, warnings):
    w = MainWindow()
    qtbot.addWidget(w)
    bad = tmp_path / "broken.crosscount"
    bad.write_bytes(b"not a project at all" * 50)
    with qtbot.waitSignal(w.loadingFinished, timeout=30000):
        drop(w, [bad, write(tmp_path, "one.txt", TEXTS[0])])
    assert warnings == [], "no modal dialog for a dropped file"
    assert [a.title for a in w.analysis.articles] == ["Flood toll rises"]
    assert "broken.crosscount" in w.statusBar().currentMessage()


def test_a_failed_entry_can_be_removed_and_the_removal_undone(qtbot, tmp_path):
    w = MainWindow()
    qtbot.addWidget(w)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    with qtbot.waitSignal(w.loadingFinished, timeout=30000):
        op.load(w, [str(broken), str(write(tmp_path, "one.txt", TEXTS[0]))])
    failed = next(a for a in w.analysis.articles if a.error)
    op.remove_article(w, failed.id)
    assert [a.error for a in w.analysis.articles] == [None]
    w.undo_stack.undo()
    assert any(a.id == failed.id for a in w.analysis.articles)


def test_reload_reads_the_article_again_and_keeps_its_edits(qtbot, tmp_path):
    w = MainWindow()
    qtbot.addWidget(w)
    path = write(tmp_path, "one.txt", TEXTS[0])
    with qtbot.waitSignal(w.loadingFinished, timeout=30000):
        op.load(w, [str(path)])
    article = w.analysis.articles[0]
    op.set_article_field(w, article.id, "outlet", "Daily Record")
    path.write_text(TEXTS[0].replace("at least 120", "at least 140"), encoding="utf-8")
    with qtbot.waitSignal(w.analysisShown, timeout=30000):
        op.reload_article(w, article.id)
    assert "at least 140" in [c.text for c in w.analysis.claims]
    assert w.analysis.articles[0].outlet == "Daily Record" and w.analysis.articles[0].id == article.id


def test_a_save_that_fails_says_so_and_keeps_the_recovery_file(saved, warnings, qtbot):
    op.add_text(saved, TEXTS[1])
    op.save_recovery(saved)
    op.finish_autosave(saved)
    recovery = Path(saved.recovery_path())
    assert recovery.exists()
    op.add_text(saved, TEXTS[2])
    target = Path(saved.project_path)
    target.unlink()
    target.mkdir()  # the project's place is taken by a folder: the save cannot rename over it
    assert not op.save(saved)
    assert len(warnings) == 1 and "could not be saved" in warnings[0]
    assert recovery.exists() and saved.isWindowModified()
    recovery.unlink()
    recovery.mkdir()  # and the recovery file's place too
    op.save_recovery(saved)
    qtbot.waitUntil(lambda: "Autosave failed: The project could not be written" in saved.statusBar().currentMessage())
    recovery.rmdir()


def test_autosave_writes_the_recovery_file_off_the_windows_thread_and_a_quit_waits_for_it(saved, qtbot, monkeypatch):
    """Writing 5,000 articles takes most of a second: the window goes on meanwhile, one autosave at a time,
    and quitting waits for the file before removing it (no recovery file is left to offer next time)."""
    import threading

    writers = []
    save_project = op.projects.save_project

    def recording(*args, **kwargs):
        writers.append(threading.current_thread())
        return save_project(*args, **kwargs)

    monkeypatch.setattr(op.projects, "save_project", recording)
    op.add_text(saved, TEXTS[1])
    job = op.save_recovery(saved)
    assert job is not None and (op.save_recovery(saved) is None or not op.autosaving(saved))
    op.finish_autosave(saved)
    assert writers and all(t is not threading.main_thread() for t in writers)
    assert len(open_project(saved.recovery_path()).articles) == 2
    op.add_text(saved, TEXTS[2])
    op.save_recovery(saved)
    saved.close()  # (the test answers Discard)
    assert not Path(saved.recovery_path()).exists()


def test_a_project_dropped_while_articles_load_is_refused_and_the_articles_stay(saved, qtbot, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        write(folder, f"{i:02}.txt", TEXTS[i % 3].replace("Published", f"Report {i}\nPublished"))
    with qtbot.waitSignal(saved.loadingFinished, timeout=60000):
        op.load(saved, [str(folder)])
        op.load(saved, [str(tmp_path / "work.crosscount")])
        assert "still loading" in saved.statusBar().currentMessage()
    assert saved.project_path == str(tmp_path / "work.crosscount") and len(saved.analysis.articles) > 1
