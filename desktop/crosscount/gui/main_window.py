"""The main window: it lays out the panels and wires them; what each action does is in ``operations``.

Articles (left), the article's text (centre), the claims table, the selected claim's details and the
range plot (right). The project is the core ``Workspace``; every change of it is an undo step.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QStackedWidget

from ..core.compare import default_group
from ..core.edits import Edits
from ..core.model import Article, Claim, Group
from ..core.pipeline import Analysis, Settings
from ..core.project import SUFFIX
from ..core.workspace import State, Workspace
from . import operations as op
from . import worker
from .article_list import ArticleList
from .article_view import ArticleView
from .claims_panel import ClaimsPanel
from .detail_pane import DetailPane
from .job_bar import JobBar
from .menus import build_menus, drop_zone
from .plot_panel import PlotPanel
from .prepared import Prepared, prepare

AUTOSAVE_MS = 30_000


class MainWindow(QMainWindow):
    loadingFinished = Signal()
    analysisShown = Signal()  # after every analysis the window shows (tests and benchmarks wait on it)

    def __init__(self, settings: Settings | None = None, store: QSettings | None = None) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.store = store or QSettings("Crosscount", "Crosscount")
        stored = self.store.value("settings")
        self.workspace = Workspace(State(settings=settings or Settings.from_dict(stored if isinstance(stored, dict) else {})))
        self.analysis = Analysis([], [], [])
        self.prepared = prepare(self.analysis, None)
        self.by_article: dict[str, list[Claim]] = {}
        self.by_id: dict[str, Claim] = {}
        self.articles_by_id: dict[str, Article] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.update_title)
        self.project_path: str | None = None
        self.updating: tuple[worker.Job, int] | None = None  # the analysis running, and where Cancel goes back to
        self.autosave_job: worker.Job | None = None  # the recovery file being written (see op.save_recovery)
        self.generation = 0  # the newest analysis asked for; older results arriving late are dropped
        self._build()
        self.recent_menu = build_menus(self)
        op.fill_recent(self)
        self.autosave = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(lambda: op.save_recovery(self))
        self.autosave.start()
        self.resize(1400, 860)
        self.update_title()
        gc.freeze()  # what start-up built lives as long as the window (see announce_loaded)

    # ------------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.article_list = ArticleList()
        self.article_list.currentArticleChanged.connect(self._show_article)
        self.article_list.removeRequested.connect(lambda a: op.remove_article(self, a))
        self.article_list.reloadRequested.connect(lambda a: op.reload_article(self, a))
        self.article_list.propertiesRequested.connect(lambda a: op.article_properties(self, a))
        self.article_text = ArticleView()
        self.article_text.claimClicked.connect(self.select_claim)
        self.article_text.addClaimRequested.connect(lambda: op.add_claim_from_selection(self))
        self.claims = ClaimsPanel()
        self.claims.model.editRequested.connect(lambda cid, field, typed: op.edit_claim(self, cid, field, typed))
        self.claims.claimSelected.connect(self._claim_selected)
        self.claims.groupChanged.connect(self._plot_group)
        self.claims.menuRequested.connect(lambda point: op.claim_menu(self, point))
        self.detail = DetailPane()
        self.plot = PlotPanel(self.store)
        self.plot.claimClicked.connect(self.select_claim)
        self.plot.groups.groupChosen.connect(self.select_group)
        self.plot.groups.renameRequested.connect(lambda key: op.rename_group(self, key))
        self.plot.groups.mergeRequested.connect(lambda source, into: op.merge_groups(self, source, into))
        self.plot.fullWindowToggled.connect(self.set_full_window)
        # the widgets tests and benchmarks drive by name
        self.model, self.proxy, self.claims_table = self.claims.model, self.claims.proxy, self.claims.table
        self.filter_edit, self.kind_combo = self.claims.filter_edit, self.claims.kind_combo
        self.category_combo, self.group_combo = self.claims.category_combo, self.claims.group_combo
        self.compare_plot, self.timeline_plot = self.plot.compare_plot, self.plot.timeline_plot
        self.log_scale = self.plot.log_scale

        self.right = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.claims, self.detail, self.plot):
            self.right.addWidget(widget)
        self.right.setSizes([300, 230, 330])
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.article_list, self.article_text, self.right):
            self.main_split.addWidget(widget)
        self.main_split.setSizes([260, 480, 660])
        for splitter, key in ((self.main_split, "split/main"), (self.right, "split/right")):
            state = self.store.value(key)
            if state is not None:
                splitter.restoreState(state)
        self.pages = QStackedWidget()
        self.pages.addWidget(drop_zone(lambda: op.load(self, [str(resources.files("crosscount.resources") / "samples")])))
        self.pages.addWidget(self.main_split)
        self.setCentralWidget(self.pages)

        self.jobs = JobBar(self.statusBar(), self.say, lambda: op.after_job(self))
        self.progress, self.cancel_button = self.jobs.progress, self.jobs.cancel_button

    # ------------------------------------------------------------------------------------------ state
    @property
    def edits(self) -> Edits:
        return self.workspace.state.edits

    @property
    def settings(self) -> Settings:
        return self.workspace.state.settings

    def show_analysis(self, shown: Analysis | Prepared, in_steps: bool = False,
                      then: Callable[[], None] | None = None, changed: Collection[str] | None = None) -> None:
        """Show an analysis, keeping the current article and selected claim. ``in_steps``: each panel in its
        own turn of the event loop, so that thousands of claims never freeze the window. ``changed``: the
        ids of the only claims that changed (an edit), whose rows alone are redrawn."""
        p = shown if isinstance(shown, Prepared) else prepare(shown, self.model.sort_order)
        self.prepared = p
        self.analysis, self.by_id, self.by_article = p.analysis, p.by_id, p.by_article
        self.articles_by_id = {a.id: a for a in p.analysis.articles}
        current = self.article_list.current_id()
        # the panels first shown (after the drop zone), then filled: each panel is painted after its own step,
        # not all of them at once at the end
        steps = [self.show_pages,
                 lambda: self.claims.show_claims(p.arranged, p.analysis.groups, p.categories, p.in_use, changed),
                 lambda: self._plot_group(self.claims.group_combo.currentData()),
                 lambda: self.article_list.show_articles(p.analysis.articles, p.labels, current),
                 lambda: self._show_detail(self.selected_claim())]
        if in_steps:
            steps.append(self.claims.size_columns)
        if then is not None:
            steps.append(then)
        if not in_steps:
            for step in steps:
                step()
            return

        def run(remaining: list[Callable[[], None]]) -> None:
            remaining[0]()
            if remaining[1:]:
                QTimer.singleShot(0, self, lambda: run(remaining[1:]))  # (dropped with the window)

        QTimer.singleShot(0, self, lambda: run(steps))

    def show_pages(self, loading: bool = False) -> None:
        """The panels when there are articles, and while the first load (so that they are laid out and
        painted while the worker reads, not in the same turn as thousands of articles arrive); else the
        drop zone."""
        self.pages.setCurrentIndex(1 if loading or self.analysis.articles else 0)

    def _show_article(self, article_id: str) -> None:
        self.article_text.show_article(self.articles_by_id.get(article_id), self.by_article.get(article_id, []))
        claim = self.selected_claim()
        if claim is not None and claim.article == article_id:
            self.article_text.reveal(claim)

    def _plot_group(self, key: str | None) -> None:
        """Compare the group chosen, or with all claims in the table the one a comparison opens on."""
        group = next((g for g in self.analysis.groups if g.key == key), None) or self.default_group()
        self.plot.show_groups(self.analysis.groups, group)
        self.plot.show_group(group, self.by_id, self.articles_by_id)
        claim = self.selected_claim()
        self.plot.select(claim.id if claim else None)

    def set_full_window(self, on: bool) -> None:
        """The comparison alone in the window, or back beside the articles and the table."""
        for widget in (self.article_list, self.article_text, self.claims, self.detail):
            widget.setVisible(not on)

    def _claim_selected(self, claim: Claim | None) -> None:
        self.plot.select(claim.id if claim else None)
        if claim is not None:
            self.article_list.select_article(claim.article)
            if self.article_text.article is not None and self.article_text.article.id == claim.article:
                self.article_text.reveal(claim)
        self._show_detail(claim)

    def _show_detail(self, claim: Claim | None) -> None:
        self.detail.show_claim_of(claim, self.workspace, self.by_id, self.articles_by_id)

    # ------------------------------------------------------------------------------------------ queries
    def claim(self, claim_id: str) -> Claim | None:
        return self.by_id.get(claim_id)

    def selected_claim(self) -> Claim | None:
        return self.claims.selected()

    def select_claim(self, claim_id: str) -> None:
        self.claims.select(claim_id)

    def select_group(self, key: str | None) -> None:
        self.claims.select_group(key)

    def default_group(self) -> Group | None:
        """The group a comparison opens on: the largest of casualty figures, else the largest."""
        return default_group(self.analysis.groups)

    def current_article(self) -> Article | None:
        return self.article_text.article

    # ------------------------------------------------------------------------------------------ wiring
    def say(self, message: str) -> None:
        self.statusBar().showMessage(message)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def ask_save_changes(self, question: str = "Save the project before closing?") -> QMessageBox.StandardButton:
        """Save, Discard or Cancel, when unsaved work would be lost (tests answer it without a dialog)."""
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(self, "Unsaved changes", question, buttons.Save | buttons.Discard | buttons.Cancel)

    # ------------------------------------------------------------------------------------------ projects
    def update_title(self, *_clean: bool) -> None:
        name = Path(self.project_path).name if self.project_path else "Untitled"
        self.setWindowTitle(f"{name}[*] — Crosscount")
        self.setWindowModified(not self.undo_stack.isClean())

    def recovery_path(self) -> str:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder / f"recovery{SUFFIX}")

    # ------------------------------------------------------------------------------------------ events
    def dragEnterEvent(self, event):  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dragMoveEvent(self, event):  # type: ignore[no-untyped-def]
        event.acceptProposedAction()

    def dropEvent(self, event):  # type: ignore[no-untyped-def]
        op.drop(self, event.mimeData())
        event.acceptProposedAction()

    def closeEvent(self, event):  # type: ignore[no-untyped-def]
        if not op.close_project(self):
            event.ignore()
            return
        self.store.setValue("split/main", self.main_split.saveState())
        self.store.setValue("split/right", self.right.saveState())
        super().closeEvent(event)
