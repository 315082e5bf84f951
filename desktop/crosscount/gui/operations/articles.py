"""What the analyst does with articles: load files, folders and addresses, paste text, remove, reload,
and set an article's properties. What is given while the window's job runs waits for it, never lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from ...core import articles as loaders
from ...core.edits import EditError
from ...core.project import SUFFIX
from ...core.workspace import load_new, reread, typed_date
from ..dialogs import ArticleProperties
from ..prepared import prepare
from . import projects
from .analysis import Ready, announce_loaded, change, prepared
from .claims import apply_edit

if TYPE_CHECKING:
    from ..main_window import MainWindow

FILE_FILTER = "Articles and projects (*.txt *.md *.html *.htm *.pdf *.docx *.eml *.crosscount);;All files (*)"


def load(win: MainWindow, inputs: list[str]) -> None:
    """Files, folders, URLs and projects; a project opens (only the first), articles load in the background.
    A project that cannot be opened is said in the status bar: it never holds up the rest of a drop. While
    the window's job runs (articles loading, a project opening), the articles wait for it and are added to
    the project it leaves open; a project is not opened then."""
    projects_given = [i for i in inputs if i.lower().endswith(SUFFIX)]
    inputs = [i for i in inputs if not i.lower().endswith(SUFFIX)]
    busy = win.jobs.job is not None
    notes: list[str] = []
    if projects_given and busy:
        notes.append(f"{Path(projects_given[0]).name} was not opened: still {win.jobs.doing()}; wait or cancel first")
    elif projects_given and projects.confirm_discard(win, "Save the project before opening another?"):
        notes.extend(note for note in [projects.open_over(win, projects_given[0])] if note)
    if len(projects_given) > 1:
        notes.append(f"only one project opens at a time ({', '.join(Path(p).name for p in projects_given[1:])} not opened)")
    if inputs and win.jobs.job is not None:  # (a project opened now, in the background, is a job too)
        win.jobs.wait(lambda: load(win, inputs))
        names = ", ".join(Path(i).name for i in inputs[:3]) + (f" and {len(inputs) - 3} more" if len(inputs) > 3 else "")
        notes.append(f"{names} will be added when {win.jobs.doing()} is done")
    if notes:
        win.say("; ".join(notes))
    if not inputs or win.jobs.job is not None:
        return
    before = win.workspace.state
    snapshot = win.workspace.snapshot()
    skipped: list[str] = []  # the files of dropped folders that are not articles (filled by the worker)

    def done(result: Ready) -> None:
        after, _analysis = result
        new = after.state.articles[len(before.articles):]
        current = win.workspace.state
        win.jobs.finish()
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
               lambda: announce_loaded(win, notes))

    def failed(message: str) -> None:
        win.jobs.finish()
        win.show_pages()
        win.say(f"Loading failed: {message}")
        win.loadingFinished.emit()

    sort = win.model.sort_order

    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Ready:
        after, analysis = load_new(snapshot, inputs, progress, cancelled, skipped)
        return after, prepare(analysis, sort)

    win.show_pages(loading=True)
    win.jobs.start(work, done, failed)


def add_text(win: MainWindow, text: str, title: str | None = None) -> None:
    """Pasted or dropped text as an article (after the window's job, if one runs: it may replace the
    project, as opening one does)."""
    if win.jobs.job is not None:
        win.jobs.wait(lambda: add_text(win, text, title))
        win.say(f"The pasted text will be added when {win.jobs.doing()} is done")
        return
    article = loaders.from_text(text, article_id=f"a{win.workspace.next_id()}", title=title)
    change(win, win.workspace.state.adding([article]), f"Paste {article.title or 'text'}")


def drop(win: MainWindow, mime: QMimeData) -> None:
    """Files, folders or links dropped on the window, else the text dropped."""
    urls = mime.urls()
    if urls:
        load(win, [u.toLocalFile() if u.isLocalFile() else u.toString() for u in urls])
    elif mime.hasText():
        add_text(win, mime.text())


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
    if win.jobs.job is not None:
        win.say(f"Still {win.jobs.doing()}; wait or cancel first.")
        return
    snapshot = win.workspace.snapshot()
    article = win.workspace.state.article(article_id)
    name = (article.title or article_id) if article is not None else article_id

    def done(result: Ready) -> None:
        cancelled = win.jobs.job is not None and win.jobs.job.cancelled
        win.jobs.finish()
        if cancelled:
            win.say(f"Reloading {name} was cancelled; the article stays as it was.")
            return
        after = result[0].state.article(article_id)
        current = win.workspace.state
        if after is None or article is None or current.article(article_id) is None:
            return
        target = result[0].state if current is snapshot.state else current.replacing(after)
        change(win, target, f"Reload {name}", result)

    def failed(message: str) -> None:
        win.jobs.finish()
        win.say(f"Reload failed: {message}")

    win.jobs.start(prepared(win, lambda: reread(snapshot, article_id)), done, failed, verb="Reloading",
                   cancels="Stop reloading; the article stays as it was")


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


def article_properties(win: MainWindow, article_id: str | None) -> None:
    article = next((a for a in win.analysis.articles if a.id == article_id), None)
    if article is None or article.error:
        return
    dialog = ArticleProperties(article, win)
    if dialog.exec() and dialog.values():
        set_article_values(win, article.id, dialog.values())


def open_dialog(win: MainWindow) -> None:
    files, _ = QFileDialog.getOpenFileNames(win, "Open articles or a project", str(Path.home()), FILE_FILTER)
    if files:
        load(win, files)


def url_dialog(win: MainWindow) -> None:
    url, ok = QInputDialog.getText(win, "Add URL", "Address of the article (http or https):")
    if ok and url.strip():
        load(win, [url.strip()])
