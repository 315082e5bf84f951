"""The main window: articles (left), highlighted text (centre), claims table and range plot (right).

It holds what was loaded, the analyst's edits (a core ``Edits`` value) and the analysis the core made of
them; every computation is a core call. Loading and extracting run on the thread pool; an edit only
normalizes and groups again, with extraction cached.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import articles as loaders
from ..core.currencies import codes as currency_codes
from ..core.edits import EditError, Edits, new_claim, parse_figure
from ..core.export import export
from ..core.model import Article, Claim, Group
from ..core.normalize import NormalizeCache
from ..core.pipeline import (
    Analysis,
    ExtractionCache,
    Settings,
    analyze_articles,
    load_and_extract,
    next_article_number,
)
from ..core.project import SUFFIX, ProjectError, open_project, save_project
from ..core.semantics import CATEGORY_LABELS
from . import worker
from .claims_model import CLAIM_ROLE, KIND_COLOURS, ClaimsFilter, ClaimsModel
from .range_plot import RangePlot

FILE_FILTER = "Articles and projects (*.txt *.md *.html *.htm *.pdf *.docx *.eml *.crosscount);;All files (*)"
AUTOSAVE_MS = 30_000
MAX_PLOT_BARS = 60
ASYNC_FROM = 5_000  # claims: below this an edit is analysed at once; above it, off the window's thread
MAX_RECENT = 8


class EditCommand(QUndoCommand):
    """One undoable change of the analyst's edits: redo sets ``after``, undo sets ``before``."""

    def __init__(self, window: MainWindow, before: Edits, after: Edits, text: str) -> None:
        super().__init__(text)
        self.window = window
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.window.set_edits(self.after)

    def undo(self) -> None:
        self.window.set_edits(self.before)


class MainWindow(QMainWindow):
    loadingFinished = Signal()
    analysisShown = Signal()  # after every analysis the window shows (tests and benchmarks wait on it)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.store = QSettings("Crosscount", "Crosscount")
        self.settings = settings or Settings.from_dict(self._stored_settings())
        self.loaded: list[Article] = []  # as read, before the analyst's corrections
        self.edits = Edits()
        self.cache: ExtractionCache = {}
        self.normalized: NormalizeCache = {}  # emptied when settings change
        self.analysis = Analysis([], [], [])
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.project_path: str | None = None
        self.job: worker.Job | None = None
        self._generation = 0  # the newest analysis asked for; older results arriving late are dropped
        self._shown_labels: list[tuple[str, str, bool]] | None = None  # the article list as last drawn
        self._build()
        self._actions()
        self.autosave = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_recovery)
        self.autosave.start()
        self.resize(1400, 860)
        self._update_title()
        self._settle_memory()  # what start-up built lives as long as the window

    # ------------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.article_list = QListWidget(objectName="articleList")
        self.article_list.setAccessibleName("Articles")
        self.article_list.setWordWrap(True)
        self.article_list.setSpacing(2)
        self.article_list.currentRowChanged.connect(self._show_article)
        self.article_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article_list.customContextMenuRequested.connect(self._article_menu)

        self.article_text = QTextEdit(objectName="articleText", readOnly=True)
        self.article_text.setAccessibleName("Article text")
        self.article_text.cursorPositionChanged.connect(self._text_clicked)
        self.article_text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article_text.customContextMenuRequested.connect(self._text_menu)

        self.model = ClaimsModel()
        self.model.editRequested.connect(self.edit_claim_from_text)
        self.proxy = ClaimsFilter()
        self.proxy.setSourceModel(self.model)
        self.claims_table = QTableView(objectName="claimsTable")
        self.claims_table.setAccessibleName("Claims")
        self.claims_table.setModel(self.proxy)
        self.claims_table.setSortingEnabled(True)
        self.claims_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claims_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.claims_table.horizontalHeader().setResizeContentsPrecision(60)  # size columns from 60 rows
        self.claims_table.horizontalHeader().setStretchLastSection(True)
        self.claims_table.verticalHeader().setVisible(False)
        self.claims_table.selectionModel().currentRowChanged.connect(self._claim_selected)
        self.claims_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.claims_table.customContextMenuRequested.connect(self._claim_menu)

        self.filter_edit = QLineEdit(placeholderText="Filter claims…  (Ctrl+F)")
        self.filter_edit.setAccessibleName("Filter claims")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Kind of figure")
        self.kind_combo.addItem("All kinds", None)
        for kind in ("count", "money", "percent", "quantity"):
            self.kind_combo.addItem(kind.title(), kind)
        self.kind_combo.currentIndexChanged.connect(lambda: self.proxy.set_kind(self.kind_combo.currentData()))
        self.category_combo = QComboBox(objectName="categoryCombo")
        self.category_combo.setAccessibleName("Category")
        self.category_combo.addItem("All categories", None)
        for key, label in CATEGORY_LABELS.items():
            self.category_combo.addItem(label, key)
        self.category_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_category(self.category_combo.currentData()))
        self.group_combo = QComboBox(objectName="groupCombo")
        self.group_combo.setAccessibleName("Comparison group")
        self.group_combo.currentIndexChanged.connect(self._group_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(QLabel("Group:"))
        filters.addWidget(self.group_combo, 2)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.claims_table)

        self.range_plot = RangePlot()
        self.range_plot.claimClicked.connect(self.select_claim)
        self.log_scale = QCheckBox("Log scale")
        self.log_scale.toggled.connect(self.range_plot.set_log)
        save_plot = QPushButton("Save plot…")
        save_plot.clicked.connect(self.save_plot_dialog)
        plot_bar = QHBoxLayout()
        plot_bar.addStretch(1)
        plot_bar.addWidget(self.log_scale)
        plot_bar.addWidget(save_plot)
        plot_box = QWidget()
        plot_layout = QVBoxLayout(plot_box)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.addWidget(self.range_plot)
        plot_layout.addLayout(plot_bar)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(table_box)
        self.right.addWidget(plot_box)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.article_list)
        self.main_split.addWidget(self.article_text)
        self.main_split.addWidget(self.right)
        self.main_split.setSizes([260, 480, 660])
        self.right.setSizes([430, 390])
        self.setCentralWidget(self.main_split)
        for splitter, key in ((self.main_split, "split/main"), (self.right, "split/right")):
            state = self.store.value(key)
            if state is not None:
                splitter.restoreState(state)

        self.progress = QProgressBar(maximumWidth=220, visible=False)
        self.cancel_button = QPushButton("Cancel", visible=False)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().showMessage("Drop articles, folders or links here, or press Ctrl+O.")

    def _action(self, menu: QMenu, text: str, slot: object, key: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key) if isinstance(key, str) else key)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _actions(self) -> None:
        file = self.menuBar().addMenu("&File")
        self._action(file, "&Open articles or project…", self.open_dialog, QKeySequence.StandardKey.Open)
        self._action(file, "Add &URL…", self.url_dialog, "Ctrl+L")
        self._action(file, "&Paste text as article", self.paste, QKeySequence.StandardKey.Paste)
        self.recent_menu = file.addMenu("Recent projects")
        self._fill_recent()
        file.addSeparator()
        self._action(file, "&Save project", self.save, QKeySequence.StandardKey.Save)
        self._action(file, "Save project &as…", self.save_as, "Ctrl+Shift+S")
        self._action(file, "&Export comparison…", self.export_dialog, "Ctrl+E")
        file.addSeparator()
        self._action(file, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._action(edit, "E&xclude / include claim", self.toggle_exclude_current, QKeySequence(Qt.Key.Key_Delete))
        self._action(edit, "&Add claim from selection", self.add_claim_from_selection, "Ctrl+Shift+A")
        self._action(edit, "Move claim to &new group…", self.new_group_dialog, "Ctrl+G")
        self._action(edit, "&Filter claims", self.filter_edit.setFocus, QKeySequence.StandardKey.Find)

        settings = self.menuBar().addMenu("&Settings")
        self._action(settings, "&Base currency…", self.base_currency_dialog)
        self.imperial = QAction("&Imperial units", self, checkable=True, checked=self.settings.unit_system == "imperial")
        self.imperial.toggled.connect(lambda on: self.set_settings(unit_system="imperial" if on else "metric"))
        settings.addAction(self.imperial)
        self.at_publication = QAction("Convert money at the &publication date", self, checkable=True,
                                      checked=self.settings.rate_date == "published")
        self.at_publication.toggled.connect(lambda on: self.set_settings(rate_date="published" if on else "as_of"))
        settings.addAction(self.at_publication)
        self._action(settings, "&Override an exchange rate…", self.rate_override_dialog)

    # ------------------------------------------------------------------------------------------ loading
    def load(self, inputs: list[str]) -> None:
        """Load files, folders, URLs and projects; articles load in the background."""
        projects = [i for i in inputs if i.lower().endswith(SUFFIX)]
        inputs = [i for i in inputs if not i.lower().endswith(SUFFIX)]
        for path in projects[:1]:
            self.open_project_file(path)
        if not inputs:
            return
        if self.job is not None:
            self.statusBar().showMessage("Still loading; wait or cancel first.")
            return
        first_id = next_article_number(self.loaded)
        seen = {loaders.text_fingerprint(a.text) for a in self.loaded if not a.error}
        loaded, settings, edits, cache = list(self.loaded), self.settings, self.edits, dict(self.cache)
        normalized: NormalizeCache = dict(self.normalized)

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            loaded_now = load_and_extract(inputs, progress=progress, cancelled=cancelled, first_id=first_id, seen=seen)
            new = [a for a, _ in loaded_now]
            cache.update({(a.id, a.published): claims for a, claims in loaded_now})
            # normalizing and grouping thousands of claims also stays off the window's thread
            analysis = analyze_articles(loaded + new, settings, edits, cache, normalized)
            return new, cache, normalized, analysis, (settings, edits)

        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.job = worker.start(work, self._loaded, self._load_failed, self._progress)

    def add_text(self, text: str, title: str | None = None) -> None:
        article = loaders.from_text(text, article_id=f"a{next_article_number(self.loaded)}", title=title)
        self.loaded.append(article)
        self.refresh()

    def cancel_loading(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.statusBar().showMessage("Cancelling…")

    def _progress(self, n: int, total: int, label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(n)
        self.statusBar().showMessage(f"Loading {n} of {total}: {Path(label).name}")

    def _finish_job(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _loaded(self, result: tuple[list[Article], ExtractionCache, NormalizeCache, Analysis,
                                    tuple[Settings, Edits]]) -> None:
        new, cache, normalized, analysis, used = result
        self.loaded.extend(new)
        self.cache.update(cache)
        if used[0] == self.settings:
            self.normalized.update(normalized)
        if used != (self.settings, self.edits):  # the analyst changed something while loading
            analysis = analyze_articles(self.loaded, self.settings, self.edits, self.cache, self.normalized)
        self.show_analysis(analysis, in_steps=True, then=self._announce_loaded)

    @staticmethod
    def _settle_memory() -> None:
        """Move what is alive now (articles, claims, caches) out of the garbage collector's regular passes.

        A full pass over the hundreds of thousands of objects of a large project holds the interpreter
        for 100 ms and more, and the window with it; frozen objects are still freed when nothing refers
        to them (reference counting), they are only not re-scanned for cycles."""
        gc.freeze()

    def _announce_loaded(self) -> None:
        self._settle_memory()
        self._finish_job()
        failed = len(self.analysis.errors)
        self.statusBar().showMessage(
            f"{len(self.analysis.articles)} articles, {len(self.analysis.claims)} claims, "
            f"{len(self.analysis.groups)} groups" + (f"; {failed} could not be read" if failed else ""))
        self.loadingFinished.emit()

    def _load_failed(self, message: str) -> None:
        self._finish_job()
        self.statusBar().showMessage(f"Loading failed: {message}")
        self.loadingFinished.emit()

    # ------------------------------------------------------------------------------------------ state
    def refresh(self) -> None:
        """Analyse again (extraction is cached) and show the result: at once for a small project, on the
        thread pool for a large one, where normalizing and grouping take a few hundred milliseconds."""
        self._generation += 1
        if len(self.analysis.claims) < ASYNC_FROM:
            self.show_analysis(analyze_articles(self.loaded, self.settings, self.edits, self.cache, self.normalized))
            self.analysisShown.emit()
            return
        generation = self._generation
        loaded, settings, edits, cache = list(self.loaded), self.settings, self.edits, dict(self.cache)
        normalized: NormalizeCache = dict(self.normalized)

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return analyze_articles(loaded, settings, edits, cache, normalized), normalized, settings

        def done(result: tuple[Analysis, NormalizeCache, Settings]) -> None:
            analysis, memo, used = result
            if generation != self._generation:
                return  # a newer edit is already being analysed
            if used == self.settings:
                self.normalized.update(memo)
            self.show_analysis(analysis, in_steps=True, then=self.analysisShown.emit)

        self.statusBar().showMessage("Updating…")
        worker.start(work, done, lambda message: self.statusBar().showMessage(f"Update failed: {message}"))

    def show_analysis(self, analysis: Analysis, in_steps: bool = False, then: Callable[[], None] | None = None) -> None:
        """Show an analysis. ``in_steps``: table, article list, then groups and plot, each in its own turn of
        the event loop, so that thousands of claims never freeze the window; ``then`` runs after the last."""
        self.analysis = analysis
        titles = {a.id: a.title or a.id for a in analysis.articles}
        self.model.set_claims(analysis.claims, titles)
        steps = [self._fill_articles, self._fill_groups, self._size_columns]
        if not in_steps:
            for step in steps:
                step()
            if then is not None:
                then()
            return

        def run(remaining: list[Callable[[], None]]) -> None:
            remaining[0]()
            if remaining[1:]:
                QTimer.singleShot(0, lambda: run(remaining[1:]))
            elif then is not None:
                then()

        QTimer.singleShot(0, lambda: run(steps))

    def _size_columns(self) -> None:
        self.claims_table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.claims_table.setColumnWidth(col, min(self.claims_table.columnWidth(col), 220))

    def set_edits(self, edits: Edits) -> None:
        self.edits = edits
        self.refresh()

    def apply_edit(self, after: Edits, text: str) -> None:
        if after != self.edits:
            self.undo_stack.push(EditCommand(self, self.edits, after, text))

    def set_settings(self, **values: object) -> None:
        self.use_settings(Settings.from_dict({**self.settings.as_dict(), **values}))

    def use_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.normalized.clear()
        self.store.setValue("settings", settings.as_dict())
        self.refresh()

    def _stored_settings(self) -> dict[str, object]:
        stored = self.store.value("settings")
        return stored if isinstance(stored, dict) else {}

    def _article_labels(self) -> list[tuple[str, str, bool]]:
        counts: dict[str, int] = {}
        for c in self.analysis.claims:
            counts[c.article] = counts.get(c.article, 0) + 1
        labels = []
        for a in self.analysis.articles:
            if a.error:
                labels.append((a.id, f"⚠ {a.title or a.path or a.url}\n{a.error}", True))
            else:
                date = a.published + (" (inferred)" if a.published_inferred else "") if a.published else "no date"
                labels.append((a.id, f"{a.title or a.id}\n{a.outlet or '—'} · {date} · {counts.get(a.id, 0)} claims", False))
        return labels

    def _fill_articles(self) -> None:
        row = max(self.article_list.currentRow(), 0)
        labels = self._article_labels()
        if labels != self._shown_labels:  # an edit of a claim rarely changes the list
            self._shown_labels = labels
            paths = {a.id: a.path or a.url or "" for a in self.analysis.articles}
            self.article_list.blockSignals(True)
            self.article_list.clear()
            for article_id, text, failed in labels:
                item = QListWidgetItem(text)
                if failed:
                    item.setForeground(QColor("#b91c1c"))
                item.setToolTip(paths[article_id])
                item.setData(Qt.ItemDataRole.UserRole, article_id)
                self.article_list.addItem(item)
            self.article_list.blockSignals(False)
        if self.analysis.articles:
            self.article_list.setCurrentRow(min(row, len(self.analysis.articles) - 1))
            self._show_article(self.article_list.currentRow())

    def _fill_groups(self) -> None:
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem("All claims", None)
        for g in self.analysis.groups:
            self.group_combo.addItem(f"{g.label} ({len(g.claims)})", g.key)
        keys = [g.key for g in self.analysis.groups]
        self.group_combo.setCurrentIndex(keys.index(current) + 1 if current in keys else 0)
        self.group_combo.blockSignals(False)
        self._group_changed()

    def select_group(self, key: str | None) -> None:
        index = self.group_combo.findData(key)
        self.group_combo.setCurrentIndex(max(index, 0))

    def largest_group(self) -> Group | None:
        return self.analysis.groups[0] if self.analysis.groups else None

    def _group_changed(self) -> None:
        key = self.group_combo.currentData()
        if key != self.proxy.group:
            self.proxy.set_group(key)
        group = next((g for g in self.analysis.groups if g.key == key), None)
        title = group.label if group else ""
        if group is None and self.analysis.groups:  # all claims in the table: plot the largest group
            group = self.analysis.groups[0]
            title = f"{group.label} (largest group)"
        by_id = {c.id: c for c in self.analysis.claims}
        members = [by_id[i] for i in group.claims] if group else []
        if len(members) > MAX_PLOT_BARS:  # more bars than this cannot be read; the table lists them all
            title += f" — first {MAX_PLOT_BARS} of {len(members):,}"
            members = members[:MAX_PLOT_BARS]
        order = [a.id for a in self.analysis.articles]
        self.range_plot.show_claims(members, title or "No comparable figures yet", order)

    # ------------------------------------------------------------------------------------------ text
    def current_article(self) -> Article | None:
        row = self.article_list.currentRow()
        return self.analysis.articles[row] if 0 <= row < len(self.analysis.articles) else None

    def _show_article(self, row: int) -> None:
        article = self.current_article()
        self.article_text.blockSignals(True)
        if article is None:
            self.article_text.clear()
        elif article.error:
            self.article_text.setPlainText(article.error)
        else:
            self.article_text.setPlainText(article.text)
            cursor = QTextCursor(self.article_text.document())
            for c in self.analysis.claims:
                if c.article != article.id:
                    continue
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(KIND_COLOURS.get(c.kind, "#eeeeee") if not c.excluded else "#e5e7eb"))
                fmt.setToolTip(f"{c.kind}: {c.text}")
                cursor.setPosition(c.start)
                cursor.setPosition(c.end, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)
        self.article_text.blockSignals(False)

    def _text_clicked(self) -> None:
        article = self.current_article()
        cursor = self.article_text.textCursor()
        if article is None or cursor.hasSelection():
            return
        pos = cursor.position()
        hit = next((c for c in self.analysis.claims if c.article == article.id and c.start <= pos <= c.end), None)
        if hit is not None:
            self.select_claim(hit.id, show_text=False)

    def _text_menu(self, point: QPoint) -> None:
        menu = self.article_text.createStandardContextMenu()
        add = menu.addAction("Add claim from selection")
        add.setEnabled(self.article_text.textCursor().hasSelection())
        add.triggered.connect(self.add_claim_from_selection)
        menu.exec(self.article_text.mapToGlobal(point))

    # ------------------------------------------------------------------------------------------ claims
    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.analysis.claims if c.id == claim_id), None)

    def select_claim(self, claim_id: str, show_text: bool = True) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CLAIM_ROLE).id == claim_id:
                self.claims_table.selectRow(row)
                self.claims_table.scrollTo(index)
                break
        if show_text:
            claim = self.claim(claim_id)
            if claim is not None:
                self._reveal(claim)

    def _reveal(self, claim: Claim) -> None:
        ids = [a.id for a in self.analysis.articles]
        if claim.article in ids and self.article_list.currentRow() != ids.index(claim.article):
            self.article_list.setCurrentRow(ids.index(claim.article))
        self.article_text.blockSignals(True)
        cursor = self.article_text.textCursor()
        cursor.setPosition(claim.start)
        cursor.setPosition(claim.end, QTextCursor.MoveMode.KeepAnchor)
        self.article_text.setTextCursor(cursor)
        self.article_text.ensureCursorVisible()
        self.article_text.blockSignals(False)

    def _claim_selected(self, current: object, _previous: object) -> None:
        claim = self.selected_claim()
        if claim is not None:
            self._reveal(claim)
            self.statusBar().showMessage(claim.sentence[:200])

    def selected_claim(self) -> Claim | None:
        index = self.claims_table.currentIndex()
        return index.data(CLAIM_ROLE) if index.isValid() else None

    def toggle_exclude_current(self) -> None:
        claim = self.selected_claim()
        if claim is not None:
            self.apply_edit(self.edits.set_claim(claim.id, excluded=not claim.excluded),
                            ("Include " if claim.excluded else "Exclude ") + claim.text)

    def edit_claim_from_text(self, claim_id: str, field: str, typed: str) -> None:
        """An edit typed into the table: the figure is read by the core; other fields are taken as typed."""
        claim = self.claim(claim_id)
        if claim is None:
            return
        try:
            values = parse_figure(typed) if field == "value" else {field: typed.strip() or None}
            self.apply_edit(self.edits.set_claim(claim_id, **values), f"Edit {field} of {claim.text}")
        except EditError as exc:
            self.statusBar().showMessage(str(exc))

    def move_to_group(self, claim_id: str, key: str | None, label: str | None = None) -> None:
        after = self.edits.set_claim(claim_id, group=key)
        if key and label:
            after = after.name_group(key, label)
        claim = self.claim(claim_id)
        self.apply_edit(after, f"Move {claim.text if claim else claim_id} to {label or key}")

    def new_group_dialog(self) -> None:
        claim = self.selected_claim()
        if claim is None:
            return
        label, ok = QInputDialog.getText(self, "New group", "Name of the new group:")
        if ok and label.strip():
            self.move_to_group(claim.id, f"custom:{label.strip()}", label.strip())

    def _claim_menu(self, point: QPoint) -> None:
        claim = self.selected_claim()
        if claim is None:
            return
        menu = QMenu(self)
        menu.addAction("Exclude" if not claim.excluded else "Include", self.toggle_exclude_current)
        move = menu.addMenu("Move to group")
        for g in self.analysis.groups:
            if g.key != claim.group:
                move.addAction(g.label, lambda key=g.key: self.move_to_group(claim.id, key))
        move.addSeparator()
        move.addAction("New group…", self.new_group_dialog)
        menu.exec(self.claims_table.viewport().mapToGlobal(point))

    def add_claim_from_selection(self) -> None:
        article = self.current_article()
        cursor = self.article_text.textCursor()
        if article is None or article.error or not cursor.hasSelection():
            self.statusBar().showMessage("Select the words of the figure in the article first.")
            return
        try:
            claim = new_claim(article, cursor.selectionStart(), cursor.selectionEnd())
        except EditError as exc:
            self.statusBar().showMessage(str(exc))
            return
        self.apply_edit(self.edits.add_claim(claim), f"Add claim {claim.text}")

    # ------------------------------------------------------------------------------------------ articles
    def set_article_field(self, article_id: str, field: str, value: str | None) -> None:
        try:
            after = self.edits.set_article(article_id, **{field: value or None})
        except EditError as exc:
            self.statusBar().showMessage(str(exc))
            return
        self.apply_edit(after, f"Set {field} of {article_id}")

    def _article_menu(self, point: QPoint) -> None:
        article = self.current_article()
        if article is None:
            return
        menu = QMenu(self)
        for field, label in (("published", "Set publication date…"), ("outlet", "Set outlet…"), ("title", "Set title…")):
            menu.addAction(label, lambda f=field, t=label: self._ask_article_field(article, f, t))
        menu.exec(self.article_list.mapToGlobal(point))

    def _ask_article_field(self, article: Article, field: str, title: str) -> None:
        value, ok = QInputDialog.getText(self, title.rstrip("…"), title.rstrip("…"), text=getattr(article, field) or "")
        if ok:
            self.set_article_field(article.id, field, value.strip())

    # ------------------------------------------------------------------------------------------ settings
    def base_currency_dialog(self) -> None:
        codes = sorted(currency_codes())
        code, ok = QInputDialog.getItem(self, "Base currency", "Convert money to:", codes,
                                        codes.index(self.settings.base_currency), False)
        if ok:
            self.set_settings(base_currency=code)

    def rate_override_dialog(self) -> None:
        text, ok = QInputDialog.getText(self, "Override an exchange rate",
                                        "Currency, date, units per US dollar and a note "
                                        "(e.g. RUB 2023-08-15 92.5 Bank of Russia official rate):")
        parts = text.split(maxsplit=3)
        if ok and len(parts) >= 3:
            self.override_rate(*parts)

    def override_rate(self, code: str, day: str, value: str, note: str = "") -> None:
        try:
            self.use_settings(self.settings.with_rate_override(code, day, value, note))
        except ValueError as exc:
            self.statusBar().showMessage(str(exc))

    # ------------------------------------------------------------------------------------------ projects
    def _update_title(self) -> None:
        name = Path(self.project_path).name if self.project_path else "Untitled"
        self.setWindowTitle(f"{name}{'' if self.undo_stack.isClean() else ' •'} — Crosscount")

    def save(self) -> bool:
        if self.project_path is None:
            return self.save_as()
        return self.save_project_file(self.project_path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, "Save project", str(Path.home() / f"comparison{SUFFIX}"),
                                              f"Crosscount project (*{SUFFIX})")
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self.save_project_file(path)

    def save_project_file(self, path: str) -> bool:
        try:
            save_project(path, self.loaded, self.edits, self.settings.as_dict(), list(self.analysis.claims))
        except (ProjectError, OSError) as exc:
            QMessageBox.warning(self, "Save failed", f"The project could not be saved to {path}:\n{exc}")
            return False
        self.project_path = path
        self.undo_stack.setClean()
        self._remember_recent(path)
        Path(self.recovery_path()).unlink(missing_ok=True)
        self.statusBar().showMessage(f"Saved {path}")
        self._update_title()
        return True

    def open_project_file(self, path: str) -> bool:
        try:
            project = open_project(path)
        except ProjectError as exc:
            QMessageBox.warning(self, "Cannot open project", f"{path}:\n{exc}")
            return False
        self.loaded = list(project.articles)
        self.edits = project.edits
        self.cache = {}
        if project.settings:
            self.settings = Settings.from_dict(project.settings)
        self.normalized.clear()
        self.undo_stack.clear()
        self.project_path = path
        self._remember_recent(path)
        self.refresh()
        self._update_title()
        return True

    def recovery_path(self) -> str:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder / f"recovery{SUFFIX}")

    def save_recovery(self) -> None:
        """Autosave: unsaved work goes to a recovery file, which a clean save or quit removes."""
        if self.undo_stack.isClean() and self.project_path is not None or not self.loaded:
            return
        try:
            save_project(self.recovery_path(), self.loaded, self.edits, self.settings.as_dict())
        except (ProjectError, OSError) as exc:
            self.statusBar().showMessage(f"Autosave failed: {exc}")

    def restore_recovery(self) -> bool:
        path = self.recovery_path()
        if not Path(path).exists() or not self.open_project_file(path):
            return False
        self.project_path = None
        self.undo_stack.resetClean()
        self._update_title()
        return True

    def _remember_recent(self, path: str) -> None:
        recent = [p for p in (self.store.value("recent") or []) if p != path and not p.endswith(f"recovery{SUFFIX}")]
        if not path.endswith(f"recovery{SUFFIX}"):
            recent.insert(0, path)
        self.store.setValue("recent", recent[:MAX_RECENT])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.store.value("recent") or []:
            self.recent_menu.addAction(path, lambda p=path: self.open_project_file(p))
        self.recent_menu.setEnabled(bool(self.store.value("recent")))

    # ------------------------------------------------------------------------------------------ io
    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles or a project", str(Path.home()), FILE_FILTER)
        self.load(files)

    def url_dialog(self) -> None:
        url, ok = QInputDialog.getText(self, "Add URL", "Address of the article (http or https):")
        if ok and url.strip():
            self.load([url.strip()])

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        urls = [u.toString() if u.scheme().startswith("http") else u.toLocalFile() for u in mime.urls()]
        if urls:
            self.load(urls)
        elif mime.hasText() and mime.text().strip():
            text = mime.text().strip()
            if text.lower().startswith(("http://", "https://")) and len(text.split()) == 1:
                self.load([text])
            else:
                self.add_text(text)

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export comparison", str(Path.home() / "comparison.xlsx"),
                                              "Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        try:
            export(self.analysis, path, self.settings)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, "Export failed", f"Could not write {path}:\n{exc}")
            return
        self.statusBar().showMessage(f"Exported {len(self.analysis.claims)} claims to {path}")

    def save_plot_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save plot", str(Path.home() / "comparison.png"),
                                              "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            self.range_plot.save(path)

    # ------------------------------------------------------------------------------------------ drops
    def dragEnterEvent(self, event):  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dragMoveEvent(self, event):  # type: ignore[no-untyped-def]
        event.acceptProposedAction()

    def dropEvent(self, event):  # type: ignore[no-untyped-def]
        mime = event.mimeData()
        urls: list[QUrl] = mime.urls()
        if urls:
            self.load([u.toLocalFile() if u.isLocalFile() else u.toString() for u in urls])
        elif mime.hasText():
            self.add_text(mime.text())
        event.acceptProposedAction()

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel, when closing with unsaved edits (tests answer it without a dialog)."""
        return QMessageBox.question(
            self, "Unsaved changes", "Save the project before closing?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)

    def closeEvent(self, event):  # type: ignore[no-untyped-def]
        if not self.undo_stack.isClean() and self.loaded:
            answer = self.ask_save_changes()
            if answer == QMessageBox.StandardButton.Cancel or (answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        self.store.setValue("split/main", self.main_split.saveState())
        self.store.setValue("split/right", self.right.saveState())
        Path(self.recovery_path()).unlink(missing_ok=True)
        self.cancel_loading()
        super().closeEvent(event)
