"""Showing the project's state: every change is an undo step from one core ``State`` to the next, shown
from the analysis it can be made from, at once for a small project, on the thread pool with the progress
over its articles and Cancel for a large one (as opening one does), and after the window's job for a
change made while articles load."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ...core.pipeline import Analysis
from ...core.workspace import Snapshot, State, Workspace, extract_all
from .. import menus
from ..prepared import Prepared, prepare, prepare_update

if TYPE_CHECKING:
    from ..main_window import MainWindow

# The work (``Workspace.cost``: cached claims' worth, ~10 µs each) below which a change is analysed at once
# on the window's thread; from it on, off the thread, with progress and Cancel.
ASYNC_FROM = 5_000
Ready = tuple[Snapshot, Prepared]  # a state a worker already analysed, and its panels' data
UPDATING = "Updating"


def prepared(win: MainWindow, work: Callable[[], tuple[Snapshot, Analysis]]) -> Callable[..., Ready]:
    """A worker's job: ``work``, then what the panels need of its analysis (see prepared.py)."""
    sort = win.model.sort_order

    def job(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Ready:
        snapshot, analysis = work()
        return snapshot, prepare(analysis, sort)
    return job


def analysed(win: MainWindow, snapshot: Callable[[], Snapshot]) -> Callable[..., Ready | None]:
    """A worker's job that extracts and analyses the ``snapshot()`` it makes, reporting each article and
    stopping at Cancel (``workspace.extract_all``), then prepares the panels' data: opening a large project
    and analysing one again share it. None when cancelled."""
    sort = win.model.sort_order

    def job(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Ready | None:
        done = extract_all(snapshot(), progress, cancelled)
        return None if done is None else (done[0], prepare(done[1], sort))
    return job


class StateCommand(QUndoCommand):
    """One undoable change of the project: redo shows ``after``, undo shows ``before``."""

    def __init__(self, win: MainWindow, before: State, after: State, text: str, ready: Ready | None = None,
                 then: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self.win, self.before, self.after, self.ready, self.then = win, before, after, ready, then

    def redo(self) -> None:
        show_state(self.win, self.after, self.ready, self.then)
        self.ready = self.then = None  # the worker's analysis, and what waits for it, hold the first time only

    def undo(self) -> None:
        show_state(self.win, self.before)


def change(win: MainWindow, after: State, text: str, ready: Ready | None = None,
           then: Callable[[], None] | None = None) -> None:
    win.undo_stack.push(StateCommand(win, win.workspace.state, after, text, ready, then))
    win.say(text)  # a success replaces whatever error the status bar showed


def show_state(win: MainWindow, state: State, ready: Ready | None = None,
               then: Callable[[], None] | None = None) -> None:
    """Make ``state`` the project's and show its analysis: the worker's (``ready``) if it is of this very
    state, at once for a small project, or from the thread pool for a large one (``start_analysis``)."""
    back = _drop_update(win)
    win.workspace.set_state(state)
    win.generation += 1
    menus.tick_settings(win, state.settings)
    then = then or win.analysisShown.emit
    if ready is not None:
        win.workspace.merge(ready[0])
        if ready[0].state is state:
            win.workspace.keep(state, ready[1].analysis, ready[1].by_article, ready[1].grouping)
            win.show_analysis(ready[1], in_steps=True, then=then)
            return
    update = win.workspace.update(state)
    if update is not None:  # an edit: made from the analysis shown, and only what changed is redrawn
        win.show_analysis(prepare_update(win.prepared, update, win.model.sort_order), changed=update.claims)
        then()
    elif win.workspace.cost(state) < ASYNC_FROM:  # (the cost of the state shown, not of the last one)
        p = prepare(win.workspace.analyze(), win.model.sort_order)
        win.workspace.keep(state, p.analysis, p.by_article, p.grouping)
        win.show_analysis(p)
        then()
    elif win.jobs.job is not None:  # articles being read, a project opened: this state is shown after them
        win.say(f"The change will be shown when {win.jobs.doing()} is done")
        win.jobs.wait(lambda: show_current(win))
    else:
        start_analysis(win, win.workspace.snapshot(), win.generation, then,
                       win.undo_stack.index() if back is None else back)


def show_current(win: MainWindow) -> None:
    """Show the current state if the analysis shown is of another (a change made while a job ran)."""
    if win.jobs.job is not None:
        win.jobs.wait(lambda: show_current(win))
    elif win.workspace.shown() is not win.workspace.state:
        show_state(win, win.workspace.state)


def start_analysis(win: MainWindow, snapshot: Snapshot, generation: int, then: Callable[[], None],
                   back: int) -> None:
    """Analyse a large project's new state on the thread pool, with the progress over its articles and
    Cancel, as opening a project does (``analysed``). Cancel returns the undo history to ``back``, the step
    whose analysis is shown (the change is undone, and Redo makes it again); a result overtaken by a newer
    change is dropped. (``back`` is the stack's index as the change is pushed, undone or redone: the stack
    moves after it has shown the state.)"""
    def done(result: Ready | None) -> None:
        if generation != win.generation:  # overtaken: the newer change dropped this job
            return
        win.updating = None
        win.jobs.finish()
        if result is None and back != win.undo_stack.index():
            win.undo_stack.setIndex(back)
            win.say("Updating was cancelled; the change was undone (Redo makes it again).")
            return
        if result is None:  # (a change made while articles loaded, and shown after them)
            win.say("Updating was cancelled; the claims shown are of the project before the last change.")
            return
        win.workspace.merge(result[0])
        win.workspace.keep(result[0].state, result[1].analysis, result[1].by_article, result[1].grouping)
        win.say(f"Updated {len(result[1].analysis.claims):,} claims of {len(result[1].analysis.articles):,} articles")
        win.show_analysis(result[1], in_steps=True, then=then)

    def failed(message: str) -> None:
        if generation == win.generation:
            win.updating = None
            win.jobs.finish()
            win.say(f"Update failed: {message}")

    win.say("Updating…")
    job = win.jobs.start(analysed(win, lambda: snapshot), done, failed, verb=UPDATING,
                         cancels="Stop updating; the change is undone, and Redo makes it again")
    win.updating = (job, back)


def _drop_update(win: MainWindow) -> int | None:
    """Stop the analysis of an earlier state that a new one overtakes; the undo index its Cancel would have
    returned to (the step still shown), or None when no analysis was running."""
    if win.updating is None:
        return None
    job, back = win.updating
    win.updating = None
    job.cancel()
    if win.jobs.job is job:
        win.jobs.finish()
    return back


def reset(win: MainWindow, state: State, path: str | None, ready: Ready | None = None) -> None:
    """A project opened or a new one: no undo history, nothing unsaved (``ready``: its analysis, made
    by a worker)."""
    win.undo_stack.clear()
    win.workspace = Workspace(state)
    win.project_path = path
    show_state(win, state, ready)
    win.undo_stack.setClean()
    win.update_title()


def announce_loaded(win: MainWindow, notes: list[str] | None = None) -> None:
    """Say what the project holds now, after a load."""
    # Move what is alive now (articles, claims, caches) out of the collector's regular passes: a full pass
    # over a large project's objects holds the window for 100 ms and more. Frozen objects are still freed
    # by reference counting; they are only not re-scanned for cycles.
    gc.freeze()
    a = win.analysis
    failed = len(a.errors)
    win.say(f"{len(a.articles)} articles, {len(a.claims)} claims, {len(a.groups)} groups"
            + (f"; {failed} could not be read" if failed else "") + "".join(f"; {note}" for note in notes or []))
    win.analysisShown.emit()
    win.loadingFinished.emit()


def after_job(win: MainWindow) -> None:
    """What waited for the window's job (files dropped while a project opened, a change made while articles
    loaded), in the order asked; an action that finds a new job running waits again."""
    for action in win.jobs.take_waiting():
        action()
