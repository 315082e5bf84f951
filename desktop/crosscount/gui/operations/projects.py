"""What the analyst does with project files: save, open (a large one in the background, with progress
and Cancel), start a new one, recent projects, the recovery file autosave writes, and exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...core.export import export
from ...core.pipeline import Settings
from ...core.project import SUFFIX, Project, ProjectError, open_project, save_project, stored_size
from ...core.workspace import State, Workspace, extraction_cost
from .. import worker
from . import analysis
from .analysis import analysed, reset

if TYPE_CHECKING:
    from ..main_window import MainWindow

MAX_RECENT = 8


def confirm_discard(win: MainWindow, question: str) -> bool:
    """True when the unsaved work may go: there is none, the analyst saved it, or chose to discard it."""
    return win.undo_stack.isClean() or _may_replace(win, question)


def _may_replace(win: MainWindow, question: str) -> bool:
    """Asked about work that would be lost: True once the analyst saved it or chose to discard it."""
    answer = win.ask_save_changes(question)
    if answer == QMessageBox.StandardButton.Save:
        return save(win)
    return answer == QMessageBox.StandardButton.Discard


def close_project(win: MainWindow) -> bool:
    """Closing the window: True when it may close (asked about unsaved work); then nothing runs on, and
    the recovery file goes."""
    if not confirm_discard(win, "Save the project before closing?"):
        return False
    finish_autosave(win)
    Path(win.recovery_path()).unlink(missing_ok=True)
    win.jobs.cancel()
    return True


def save(win: MainWindow) -> bool:
    return save_to(win, win.project_path) if win.project_path else save_as(win)


def save_as(win: MainWindow) -> bool:
    path, _ = QFileDialog.getSaveFileName(win, "Save project", str(Path.home() / f"comparison{SUFFIX}"),
                                          f"Crosscount project (*{SUFFIX})")
    return bool(path) and save_to(win, path if path.endswith(SUFFIX) else path + SUFFIX)


def save_to(win: MainWindow, path: str) -> bool:
    """Save; any failure (a full disk, text the file cannot hold) is said, and the recovery file stays."""
    s = win.workspace.state
    try:
        save_project(path, list(s.articles), s.edits, s.settings.as_dict(), list(win.analysis.claims))
    except Exception as exc:  # noqa: BLE001 - whatever went wrong, the analyst must hear of it
        win.warn("Save failed", f"The project could not be saved to {path}:\n{exc}\n\n"
                                "Nothing was lost: the work stays open, and in the recovery file.")
        return False
    win.project_path = path
    win.undo_stack.setClean()
    win.update_title()
    remember_recent(win, path)
    finish_autosave(win)
    Path(win.recovery_path()).unlink(missing_ok=True)
    win.say(f"Saved {path}")
    return True


def open_project_file(win: MainWindow, path: str, quiet: bool = False,
                      then: Callable[[], None] | None = None) -> bool:
    """Open a project (after asking about unsaved work); ``quiet``: a failure goes to the status bar.
    ``then`` runs once it is shown (a large project is shown later: see ``open_over``)."""
    if win.jobs.job is not None:
        win.say(f"Still {win.jobs.doing()}; wait or cancel first.")
        return False
    if not confirm_discard(win, "Save the project before opening another?"):
        return False
    problem = open_over(win, path, then)
    if problem and quiet:
        win.say(problem)
    elif problem:
        win.warn("Cannot open project", problem)
    return problem is None


def open_over(win: MainWindow, path: str, then: Callable[[], None] | None = None,
          project: Project | None = None) -> str | None:
    """Open a project over the open one (the analyst agreed); what went wrong, in words, or None. A project
    whose articles cost more than ``ASYNC_FROM`` to extract is read and analysed on the thread pool, with
    the loader's progress and Cancel (``_open_in_background``); a small one at once (``project``: the file
    as already read, if it was)."""
    if extraction_cost(stored_size(path)) >= analysis.ASYNC_FROM:
        _open_in_background(win, path, then)
        return None
    if project is None:
        try:
            project = open_project(path)
        except Exception as exc:  # noqa: BLE001 - a damaged file of any kind is refused, never fatal
            return f"{Path(path).name} could not be opened: {exc}"
    adopt_project(win, path, project)
    if then is not None:
        then()
    return None


def _open_in_background(win: MainWindow, path: str, then: Callable[[], None] | None) -> None:
    """Read the project and extract its articles on the thread pool, each article reported; the open
    project stays until the new one is ready, and stays for good if the analyst cancels. Work done on it
    meanwhile (edits, and what waited for the opening and was added) is asked about before the new project
    replaces it: the analyst agreed to discard only what there was when they chose to open."""
    name, fallback = Path(path).name, win.settings
    changed: list[int] = []  # the undo steps taken on the open project while the new one is read

    def track(index: int) -> None:
        changed.append(index)

    win.undo_stack.indexChanged.connect(track)

    def done(result: analysis.Ready | None) -> None:
        win.jobs.finish()
        win.undo_stack.indexChanged.disconnect(track)
        if result is None:
            win.say(f"Opening {name} was cancelled; the project open before stays.")
            win.loadingFinished.emit()
            return
        if changed and not _may_replace(win, f"Save the changes made while {name} was opening?"):
            win.say(f"{name} was not opened; the changes made meanwhile stay.")
            win.loadingFinished.emit()
            return
        reset(win, result[0].state, path, result)
        remember_recent(win, path)
        if then is not None:
            then()

    def failed(message: str) -> None:
        win.jobs.finish()
        win.undo_stack.indexChanged.disconnect(track)
        win.say(f"{name} could not be opened: {message}")
        win.loadingFinished.emit()

    win.say(f"Opening {name}…")
    work = analysed(win, lambda: Workspace(project_state(open_project(path), fallback)).snapshot())
    win.jobs.start(work, done, failed, verb=f"Opening {name}:", cancels="Stop opening; the project open before stays")


def project_state(project: Project, fallback: Settings) -> State:
    """The state a project read from its file makes (its settings, else ``fallback``: the analyst's)."""
    settings = Settings.from_dict(project.settings) if project.settings else fallback
    return State(tuple(project.articles), project.edits, settings)


def adopt_project(win: MainWindow, path: str, project: Project) -> None:
    """Show a project already read (``core.project.open_project``) as the window's, with no undo history."""
    reset(win, project_state(project, win.settings), path)
    remember_recent(win, path)


def show_project(win: MainWindow, path: str, project: Project) -> None:
    """Show the project ``crosscount --project`` read before the window opened, as File › Open does
    (``open_over``): a large one read again and extracted on the thread pool with the loader's progress and
    Cancel (the window showed only "Updating…" meanwhile)."""
    open_over(win, path, None, project)


def new_project(win: MainWindow) -> bool:
    if win.jobs.job is not None:
        win.say(f"Still {win.jobs.doing()}; wait or cancel first.")
        return False
    if not confirm_discard(win, "Save the project before starting a new one?"):
        return False
    reset(win, State(settings=win.settings), None)
    return True


def save_recovery(win: MainWindow) -> worker.Job | None:
    """Autosave: unsaved work goes to a recovery file, which a save or a clean quit removes. It is written on
    the thread pool (the state is an immutable value): writing 5,000 articles takes most of a second, which
    held the window every 30 s. One at a time; a failure is said, and the last good file stays."""
    s = win.workspace.state
    if win.undo_stack.isClean() or not s.articles or autosaving(win):
        return None
    path = win.recovery_path()

    def write(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> str | None:
        try:
            save_project(path, list(s.articles), s.edits, s.settings.as_dict())
        except ProjectError as exc:  # (a sentence: a full disk, text the file cannot hold)
            return str(exc)
        return None

    def failed(problem: str | None) -> None:
        if problem:
            win.say(f"Autosave failed: {problem}")

    win.autosave_job = worker.start(write, failed, failed, pause_collector=False)
    return win.autosave_job


def autosaving(win: MainWindow) -> bool:
    job = win.autosave_job
    return job is not None and not job.finished


def finish_autosave(win: MainWindow) -> None:
    """Wait for the recovery file being written, if it is (before a save or a quit removes the file)."""
    while autosaving(win):
        QThread.msleep(5)


def restore_recovery(win: MainWindow) -> bool:
    """Open the recovery file as unsaved work of no file (once shown, for a large one)."""
    path = win.recovery_path()

    def unsaved() -> None:
        win.project_path = None
        win.undo_stack.resetClean()

    return Path(path).exists() and open_project_file(win, path, then=unsaved)


def export_dialog(win: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(win, "Export comparison", str(Path.home() / "comparison.xlsx"),
                                          "Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)")
    if path:
        export_to(win, path)


def export_to(win: MainWindow, path: str) -> None:
    try:
        export(win.analysis, path, win.settings)
    except (OSError, ValueError) as exc:
        win.warn("Export failed", f"Could not write {path}:\n{exc}")
        return
    win.say(f"Exported {len(win.analysis.claims)} claims to {path}")


def recent_paths(store: QSettings) -> list[str]:
    """The recent projects (read back from disk, QSettings hands a one-entry list over as a plain string)."""
    value = store.value("recent") or []
    return [value] if isinstance(value, str) else [str(p) for p in value]


def remember_recent(win: MainWindow, path: str) -> None:
    recovery = f"recovery{SUFFIX}"
    recent = [p for p in recent_paths(win.store) if p != path and not p.endswith(recovery)]
    win.store.setValue("recent", ([path] if not path.endswith(recovery) else []) + recent[: MAX_RECENT - 1])
    fill_recent(win)


def fill_recent(win: MainWindow) -> None:
    win.recent_menu.clear()
    for path in recent_paths(win.store):
        win.recent_menu.addAction(path, lambda p=path: open_project_file(win, p))
    win.recent_menu.setEnabled(bool(recent_paths(win.store)))
