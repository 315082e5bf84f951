"""One small function per thing the analyst asks of the window: ask what is needed, call the core, and
push the undo step (in the manner of Anki's ``qt/aqt/operations``).

Every change of the project (loading, pasting, removing and reloading articles, edits, rate overrides,
settings) is a ``StateCommand`` from one core ``State`` to the next, on the window's one undo stack, so
undo covers all of them, the title bar shows the project modified and autosave saves it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QSettings, QThread
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from ..core import articles as loaders
from ..core.edits import EditError, Edits, new_claim, parse_figure
from ..core.export import export
from ..core.extract.currencies import codes as currency_codes
from ..core.pipeline import Analysis, Settings
from ..core.project import SUFFIX, Project, ProjectError, open_project, save_project, stored_size
from ..core.workspace import (
    Snapshot,
    State,
    Workspace,
    extract_all,
    extraction_cost,
    load_new,
    reread,
    typed_category,
    typed_date,
)
from . import worker
from .dialogs import ArticleProperties
from .prepared import Prepared, prepare

if TYPE_CHECKING:
    from .main_window import MainWindow

MAX_RECENT = 8
# The work (``Workspace.cost``: cached claims' worth, ~10 µs each) below which a change is analysed at once
# on the window's thread; from it on, off the thread (opening a project: with progress and Cancel).
ASYNC_FROM = 5_000
Ready = tuple[Snapshot, Prepared]  # a state a worker already analysed, and its panels' data


def _prepared(win: MainWindow, work: Callable[[], tuple[Snapshot, Analysis]]) -> Callable[..., Ready]:
    """A worker's job: ``work``, then what the panels need of its analysis (see prepared.py)."""
    sort = win.model.sort_order

    def job(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Ready:
        snapshot, analysis = work()
        return snapshot, prepare(analysis, sort)
    return job


class StateCommand(QUndoCommand):
    """One undoable change of the project: redo shows ``after``, undo shows ``before``."""

    def __init__(self, win: MainWindow, before: State, after: State, text: str, ready: Ready | None = None,
                 then: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self.win, self.before, self.after, self.ready, self.then = win, before, after, ready, then

    def redo(self) -> None:
        self.win.show_state(self.after, self.ready, self.then)
        self.ready = self.then = None  # the worker's analysis, and what waits for it, hold the first time only

    def undo(self) -> None:
        self.win.show_state(self.before)


def change(win: MainWindow, after: State, text: str, ready: Ready | None = None,
           then: Callable[[], None] | None = None) -> None:
    win.undo_stack.push(StateCommand(win, win.workspace.state, after, text, ready, then))
    win.say(text)  # a success replaces whatever error the status bar showed


# ------------------------------------------------------------------------------------------ articles
def load(win: MainWindow, inputs: list[str]) -> None:
    """Files, folders, URLs and projects; a project opens (only the first), articles load in the background.
    A project that cannot be opened is said in the status bar: it never holds up the rest of a drop."""
    projects = [i for i in inputs if i.lower().endswith(SUFFIX)]
    inputs = [i for i in inputs if not i.lower().endswith(SUFFIX)]
    busy = win.job is not None  # the articles being read belong to the open project
    opening = projects and not busy and confirm_discard(win, "Save the project before opening another?")
    notes = [note for note in [_open(win, projects[0]) if opening else None] if note]
    if projects and busy:
        notes.append(f"{Path(projects[0]).name} was not opened: still loading; wait or cancel first")
    if len(projects) > 1:
        notes.append(f"only one project opens at a time ({', '.join(Path(p).name for p in projects[1:])} not opened)")
    if notes:
        win.say("; ".join(notes))
    if not inputs:
        return
    if win.job is not None:
        win.say("Still loading; wait or cancel first.")
        return
    before = win.workspace.state
    snapshot = win.workspace.snapshot()
    skipped: list[str] = []  # the files of dropped folders that are not articles (filled by the worker)

    def done(result: Ready) -> None:
        after, _analysis = result
        new = after.state.articles[len(before.articles):]
        current = win.workspace.state
        win.finish_job()
        skip = loaders.skipped_note(skipped)
        notes.extend([skip] if skip else [])
        if not new:
            win.say(f"Nothing new was loaded; {skip}." if skip else
                    "Nothing new was loaded (the same text is already in the project).")
            win.show_pages()
            win.loadingFinished.emit()
            return
        target = after.state if current is before else current.adding(new)
        change(win, target, f"Load {len(new)} article{'s' if len(new) > 1 else ''}", result,
               lambda: win.announce_loaded(notes))

    sort = win.model.sort_order

    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Ready:
        after, analysis = load_new(snapshot, inputs, progress, cancelled, skipped)
        return after, prepare(analysis, sort)

    win.show_pages(loading=True)
    win.start_job(work, done)


def add_text(win: MainWindow, text: str, title: str | None = None) -> None:
    article = loaders.from_text(text, article_id=f"a{win.workspace.next_id()}", title=title)
    change(win, win.workspace.state.adding([article]), f"Paste {article.title or 'text'}")


def paste(win: MainWindow) -> None:
    mime = QApplication.clipboard().mimeData()
    urls = [u.toString() if u.scheme().startswith("http") else u.toLocalFile() for u in mime.urls()]
    text = mime.text().strip() if mime.hasText() else ""
    if urls:
        load(win, urls)
    elif text.lower().startswith(("http://", "https://")) and len(text.split()) == 1:
        load(win, [text])
    elif text:
        add_text(win, text)


def remove_article(win: MainWindow, article_id: str) -> None:
    article = win.workspace.state.article(article_id)
    if article is not None:
        change(win, win.workspace.state.removing(article_id), f"Remove {article.title or article.path or article_id}")


def reload_article(win: MainWindow, article_id: str) -> None:
    """Read the article again from its file or address (in the background); its edits stay."""
    if win.job is not None:
        win.say("Still loading; wait or cancel first.")
        return
    snapshot = win.workspace.snapshot()
    article = win.workspace.state.article(article_id)

    def done(result: Ready) -> None:
        win.finish_job()
        after = result[0].state.article(article_id)
        current = win.workspace.state
        if after is None or article is None or current.article(article_id) is None:
            return
        target = result[0].state if current is snapshot.state else current.replacing(after)
        change(win, target, f"Reload {article.title or article_id}", result)

    def failed(message: str) -> None:
        win.finish_job()
        win.say(f"Reload failed: {message}")

    win.start_job(_prepared(win, lambda: reread(snapshot, article_id)), done, failed)


def set_article_field(win: MainWindow, article_id: str, field: str, typed: str | None) -> None:
    set_article_values(win, article_id, {field: typed})


def set_article_values(win: MainWindow, article_id: str, values: dict[str, str | None]) -> None:
    """Title, outlet, author, web address, publication date (read by the core's date reader) and language
    of one article, in one undo step."""
    try:
        read = {k: typed_date(v or "") if k == "published" else (v or "").strip() or None for k, v in values.items()}
        apply_edit(win, win.edits.set_article(article_id, **read), f"Set {', '.join(values)} of {article_id}")
    except EditError as exc:
        win.say(str(exc))


# ------------------------------------------------------------------------------------------ claims
def apply_edit(win: MainWindow, after: Edits, text: str) -> None:
    if after != win.edits:
        change(win, replace(win.workspace.state, edits=after), text)


def edit_claim(win: MainWindow, claim_id: str, field: str, typed: str) -> None:
    """An edit typed into the table: figures and dates are read by the core, a category chosen from the
    known ones; a source or subject is taken as typed."""
    claim = win.claim(claim_id)
    if claim is None:
        return
    try:
        values: dict[str, Any]
        if field == "value":
            values = parse_figure(typed)
        elif field == "as_of":
            values = {"as_of": typed_date(typed)}
        elif field == "category":
            values = {"category": typed_category(typed, categories(win))}
        else:
            values = {field: typed.strip() or None}
        apply_edit(win, win.edits.set_claim(claim_id, **values), f"Edit {field} of {claim.text}")
    except EditError as exc:
        win.say(str(exc))


def categories(win: MainWindow) -> dict[str, str]:
    return win.claims.categories.choices


def toggle_exclude(win: MainWindow) -> None:
    claim = win.selected_claim()
    if claim is not None:
        apply_edit(win, win.edits.set_claim(claim.id, excluded=not claim.excluded),
                   ("Include " if claim.excluded else "Exclude ") + claim.text)


def move_to_group(win: MainWindow, claim_ids: str | list[str], key: str | None, label: str | None = None) -> None:
    """Move one claim or several to a group: one undo step however many."""
    ids = [claim_ids] if isinstance(claim_ids, str) else list(claim_ids)
    after = win.edits
    for claim_id in ids:
        after = after.set_claim(claim_id, group=key)
    if key and label:
        after = after.name_group(key, label)
    claim = win.claim(ids[0]) if len(ids) == 1 else None
    what = (claim.text if claim else ids[0]) if len(ids) == 1 else f"{len(ids)} claims"
    apply_edit(win, after, f"Move {what} to {label or group_name(win, key)}")


def group_name(win: MainWindow, key: str | None) -> str:
    return next((g.label for g in win.analysis.groups if g.key == key), key or "no group")


def new_group(win: MainWindow) -> None:
    chosen = win.claims.selected_claims()
    if not chosen:
        return
    label, ok = QInputDialog.getText(win, "New group", f"Name of the new group for {len(chosen)} claim(s):")
    if ok and label.strip():
        move_to_group(win, [c.id for c in chosen], f"custom:{label.strip()}", label.strip())


def rename_group(win: MainWindow, key: str, label: str | None = None) -> None:
    """Name a group as the analyst calls it (asked for when ``label`` is None); one undo step."""
    if label is None:
        typed, ok = QInputDialog.getText(win, "Rename group", "New name:", text=group_name(win, key))
        if not ok:
            return
        label = typed
    if label.strip():
        apply_edit(win, win.edits.name_group(key, label.strip()), f"Rename {group_name(win, key)}")


def merge_groups(win: MainWindow, source: str, into: str) -> None:
    """Every claim of one group into another: one undo step."""
    group = next((g for g in win.analysis.groups if g.key == source), None)
    if group is None or source == into:
        return
    after = win.edits
    for claim_id in group.claims:
        after = after.set_claim(claim_id, group=into)
    apply_edit(win, after, f"Merge {group.label} into {group_name(win, into)}")


def add_claim_from_selection(win: MainWindow) -> None:
    article = win.article_text.article
    span = win.article_text.selection()
    if article is None or article.error or span is None:
        win.say("Select the words of the figure in the article first.")
        return
    try:
        claim = new_claim(article, *span)
        apply_edit(win, win.edits.add_claim(claim), f"Add claim {claim.text}")
    except EditError as exc:
        win.say(str(exc))


# ------------------------------------------------------------------------------------------ settings
def use_settings(win: MainWindow, settings: Settings, text: str = "Change settings") -> None:
    if settings != win.settings:
        win.store.setValue("settings", settings.as_dict())  # the analyst's preference for new projects
        change(win, replace(win.workspace.state, settings=settings), text)


def set_settings(win: MainWindow, **values: object) -> None:
    use_settings(win, Settings.from_dict({**win.settings.as_dict(), **values}),
                 "Set " + ", ".join(f"{k.replace('_', ' ')} to {v}" for k, v in values.items()))


def override_rate(win: MainWindow, code: str, day: str, value: str, note: str = "") -> None:
    try:
        use_settings(win, win.settings.with_rate_override(code, day, value, note), f"Rate of {code} on {day}")
    except ValueError as exc:
        win.say(str(exc))


def base_currency_dialog(win: MainWindow) -> None:
    codes = sorted(currency_codes())
    code, ok = QInputDialog.getItem(win, "Base currency", "Convert money to:", codes,
                                    codes.index(win.settings.base_currency), False)
    if ok:
        set_settings(win, base_currency=code)


def rate_override_dialog(win: MainWindow) -> None:
    text, ok = QInputDialog.getText(win, "Override an exchange rate",
                                    "Currency, date, units per US dollar and a note "
                                    "(e.g. RUB 2023-08-15 92.5 Bank of Russia official rate):")
    parts = text.split(maxsplit=3)
    if ok and len(parts) >= 3:
        override_rate(win, *parts)


# ------------------------------------------------------------------------------------------ projects
def confirm_discard(win: MainWindow, question: str) -> bool:
    """True when the unsaved work may go: there is none, the analyst saved it, or chose to discard it."""
    if win.undo_stack.isClean():
        return True
    answer = win.ask_save_changes(question)
    if answer == QMessageBox.StandardButton.Save:
        return save(win)
    return answer == QMessageBox.StandardButton.Discard


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
    ``then`` runs once it is shown (a large project is shown later: see ``_open``)."""
    if win.job is not None:
        win.say("Still loading; wait or cancel first.")
        return False
    if not confirm_discard(win, "Save the project before opening another?"):
        return False
    problem = _open(win, path, then)
    if problem and quiet:
        win.say(problem)
    elif problem:
        win.warn("Cannot open project", problem)
    return problem is None


def _open(win: MainWindow, path: str, then: Callable[[], None] | None = None,
          project: Project | None = None) -> str | None:
    """Open a project over the open one (the analyst agreed); what went wrong, in words, or None. A project
    whose articles cost more than ``ASYNC_FROM`` to extract is read and analysed on the thread pool, with
    the loader's progress and Cancel (``_open_in_background``); a small one at once (``project``: the file
    as already read, if it was)."""
    if extraction_cost(stored_size(path)) >= ASYNC_FROM:
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
    project stays until the new one is ready, and stays for good if the analyst cancels."""
    name, fallback, sort = Path(path).name, win.settings, win.model.sort_order

    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Ready | None:
        state = project_state(open_project(path), fallback)
        done = extract_all(Workspace(state).snapshot(), progress, cancelled)
        return None if done is None else (done[0], prepare(done[1], sort))

    def done(result: Ready | None) -> None:
        win.finish_job()
        if result is None:
            win.say(f"Opening {name} was cancelled; the project open before stays.")
            win.loadingFinished.emit()
            return
        win.reset(result[0].state, path, result)
        remember_recent(win, path)
        if then is not None:
            then()

    def failed(message: str) -> None:
        win.finish_job()
        win.say(f"{name} could not be opened: {message}")
        win.loadingFinished.emit()

    win.say(f"Opening {name}…")
    win.start_job(work, done, failed, verb=f"Opening {name}:")


def project_state(project: Project, fallback: Settings) -> State:
    """The state a project read from its file makes (its settings, else ``fallback``: the analyst's)."""
    settings = Settings.from_dict(project.settings) if project.settings else fallback
    return State(tuple(project.articles), project.edits, settings)


def adopt_project(win: MainWindow, path: str, project: Project) -> None:
    """Show a project already read (``core.project.open_project``) as the window's, with no undo history."""
    win.reset(project_state(project, win.settings), path)
    remember_recent(win, path)


def show_project(win: MainWindow, path: str, project: Project, then: Callable[[], None] | None = None) -> None:
    """Show the project ``crosscount --project`` read before the window opened, as File › Open does
    (``_open``): a large one read again and extracted on the thread pool with the loader's progress and
    Cancel (the window showed only "Updating…" meanwhile). ``then`` runs once it is shown."""
    _open(win, path, then, project)


def new_project(win: MainWindow) -> bool:
    if win.job is not None:
        win.say("Still loading; wait or cancel first.")
        return False
    if not confirm_discard(win, "Save the project before starting a new one?"):
        return False
    win.reset(State(settings=win.settings), None)
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


# ------------------------------------------------------------------------------------------ io
def open_dialog(win: MainWindow) -> None:
    files, _ = QFileDialog.getOpenFileNames(win, "Open articles or a project", str(Path.home()), FILE_FILTER)
    if files:
        load(win, files)


FILE_FILTER = "Articles and projects (*.txt *.md *.html *.htm *.pdf *.docx *.eml *.crosscount);;All files (*)"


def url_dialog(win: MainWindow) -> None:
    url, ok = QInputDialog.getText(win, "Add URL", "Address of the article (http or https):")
    if ok and url.strip():
        load(win, [url.strip()])


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


def start_analysis(win: MainWindow, snapshot: Snapshot, generation: int, then: Callable[[], None]) -> None:
    """Analyse a large project's new state on the thread pool; a result overtaken by a newer change is dropped."""
    def done(result: Ready) -> None:
        if generation == win.generation:
            win.workspace.merge(result[0])
            win.workspace.keep(result[0].state, result[1].analysis, result[1].by_article, result[1].grouping)
            win.show_analysis(result[1], in_steps=True, then=then)

    win.say("Updating…")
    worker.start(_prepared(win, lambda: (snapshot, snapshot.analyze())), done,
                 lambda message: win.say(f"Update failed: {message}"))


# ------------------------------------------------------------------------------------------ menus
def claim_menu(win: MainWindow, point: QPoint) -> None:
    """Exclude or include the selected claim, or move it to another group or a new one."""
    claim = win.selected_claim()
    if claim is None:
        return
    chosen = [c.id for c in win.claims.selected_claims()]
    menu = QMenu(win)
    menu.addAction("Exclude" if not claim.excluded else "Include", lambda: toggle_exclude(win))
    move = menu.addMenu("Move to group" if len(chosen) == 1 else f"Move {len(chosen)} claims to group")
    for g in win.analysis.groups:
        if len(chosen) > 1 or g.key != claim.group:
            move.addAction(g.label, lambda key=g.key: move_to_group(win, chosen, key))
    move.addSeparator()
    move.addAction("New group…", lambda: new_group(win))
    menu.exec(point)


def article_properties(win: MainWindow, article_id: str | None) -> None:
    article = next((a for a in win.analysis.articles if a.id == article_id), None)
    if article is None or article.error:
        return
    dialog = ArticleProperties(article, win)
    if dialog.exec() and dialog.values():
        set_article_values(win, article.id, dialog.values())


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
