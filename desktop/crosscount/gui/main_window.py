"""The main window: articles (left), highlighted text (centre), claims table and range plot (right).

It holds the analysis the core returned and the analyst's edits; every computation is a core call,
run on the thread pool when it can take long (loading and extracting).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
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
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
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
from ..core.compare import compare
from ..core.export import export
from ..core.model import Article, Claim, Group
from ..core.pipeline import Analysis, Settings, analyze_articles, load_inputs
from . import worker
from .claims_model import CLAIM_ROLE, KIND_COLOURS, ClaimsFilter, ClaimsModel
from .range_plot import RangePlot

FILE_FILTER = "Articles (*.txt *.md *.html *.htm *.pdf *.docx *.eml);;All files (*)"


class ExcludeCommand(QUndoCommand):
    """Exclude a claim from comparison (or bring it back): undoable, kept apart from extraction."""

    def __init__(self, window: MainWindow, claim_id: str, exclude: bool) -> None:
        super().__init__(("Exclude " if exclude else "Include ") + claim_id)
        self.window = window
        self.claim_id = claim_id
        self.exclude = exclude

    def redo(self) -> None:
        self.window.set_excluded(self.claim_id, self.exclude)

    def undo(self) -> None:
        self.window.set_excluded(self.claim_id, not self.exclude)


class MainWindow(QMainWindow):
    loadingFinished = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Crosscount")
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.analysis = Analysis([], [], [])
        self.excluded: set[str] = set()
        self.undo_stack = QUndoStack(self)
        self.job: worker.Job | None = None
        self._seen: set[str] = set()
        self._build()
        self._actions()
        self.resize(1400, 860)

    # ------------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.article_list = QListWidget(objectName="articleList")
        self.article_list.setAccessibleName("Articles")
        self.article_list.setWordWrap(True)
        self.article_list.currentRowChanged.connect(self._show_article)

        self.article_text = QTextEdit(objectName="articleText", readOnly=True)
        self.article_text.setAccessibleName("Article text")
        self.article_text.cursorPositionChanged.connect(self._text_clicked)

        self.model = ClaimsModel()
        self.proxy = ClaimsFilter()
        self.proxy.setSourceModel(self.model)
        self.claims_table = QTableView(objectName="claimsTable")
        self.claims_table.setAccessibleName("Claims")
        self.claims_table.setModel(self.proxy)
        self.claims_table.setSortingEnabled(True)
        self.claims_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claims_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.claims_table.horizontalHeader().setStretchLastSection(True)
        self.claims_table.verticalHeader().setVisible(False)
        self.claims_table.selectionModel().currentRowChanged.connect(self._claim_selected)

        self.filter_edit = QLineEdit(placeholderText="Filter claims…  (Ctrl+F)")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("All kinds", None)
        for kind in ("count", "money", "percent", "quantity"):
            self.kind_combo.addItem(kind.title(), kind)
        self.kind_combo.currentIndexChanged.connect(lambda: self.proxy.set_kind(self.kind_combo.currentData()))
        self.group_combo = QComboBox(objectName="groupCombo")
        self.group_combo.setAccessibleName("Comparison group")
        self.group_combo.currentIndexChanged.connect(self._group_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(QLabel("Group:"))
        filters.addWidget(self.group_combo, 2)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.claims_table)

        self.range_plot = RangePlot()
        self.range_plot.claimClicked.connect(self.select_claim)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(table_box)
        self.right.addWidget(self.range_plot)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.article_list)
        self.main_split.addWidget(self.article_text)
        self.main_split.addWidget(self.right)
        self.main_split.setSizes([260, 480, 660])
        self.right.setSizes([430, 390])
        self.setCentralWidget(self.main_split)

        self.progress = QProgressBar(maximumWidth=220, visible=False)
        self.cancel_button = QPushButton("Cancel", visible=False)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().showMessage("Drop articles, folders or links here, or press Ctrl+O.")
        state = QSettings("Crosscount", "Crosscount").value("splitter")
        if state is not None:
            self.main_split.restoreState(state)

    def _actions(self) -> None:
        menu = self.menuBar().addMenu("&File")
        for text, key, slot in (("&Open articles…", QKeySequence.StandardKey.Open, self.open_dialog),
                                ("&Paste text as article", QKeySequence.StandardKey.Paste, self.paste),
                                ("&Export comparison…", QKeySequence("Ctrl+E"), self.export_dialog),
                                ("&Quit", QKeySequence.StandardKey.Quit, self.close)):
            action = QAction(text, self, shortcut=key)
            action.triggered.connect(slot)
            menu.addAction(action)
        edit = self.menuBar().addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        exclude = QAction("E&xclude / include claim", self, shortcut=QKeySequence(Qt.Key.Key_Delete))
        exclude.triggered.connect(self.toggle_exclude_current)
        find = QAction("&Filter claims", self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self.filter_edit.setFocus)
        for action in (undo, redo, exclude, find):
            edit.addAction(action)

    # ------------------------------------------------------------------------------------------ loading
    def load(self, inputs: list[str]) -> None:
        """Load files, folders and URLs in the background; the window stays responsive."""
        if not inputs:
            return
        if self.job is not None:
            self.statusBar().showMessage("Still loading; wait or cancel first.")
            return
        existing = list(self.analysis.articles)
        first_id = len(existing) + 1
        seen = self._seen
        settings = self.settings

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            new = load_inputs(inputs, progress=progress, cancelled=cancelled, first_id=first_id, seen=seen)
            return analyze_articles(existing + new, settings, self._overrides())

        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.job = worker.start(work, self._loaded, self._load_failed, self._progress)

    def add_text(self, text: str, title: str | None = None) -> None:
        article = loaders.from_text(text, article_id=f"a{len(self.analysis.articles) + 1}", title=title)
        self._set_analysis(analyze_articles([*self.analysis.articles, article], self.settings, self._overrides()))

    def cancel_loading(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.statusBar().showMessage("Cancelling…")

    def _progress(self, n: int, total: int, label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(n)
        self.statusBar().showMessage(f"Loading {n} of {total}: {Path(label).name}")

    def _loaded(self, analysis: Analysis) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._set_analysis(analysis)
        failed = len(analysis.errors)
        self.statusBar().showMessage(
            f"{len(analysis.articles)} articles, {len(analysis.claims)} claims, {len(analysis.groups)} groups"
            + (f"; {failed} could not be read" if failed else ""))
        self.loadingFinished.emit()

    def _load_failed(self, message: str) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.statusBar().showMessage(f"Loading failed: {message}")
        self.loadingFinished.emit()

    # ------------------------------------------------------------------------------------------ state
    def _overrides(self) -> dict[str, str | None]:
        return {cid: None for cid in self.excluded}

    def _set_analysis(self, analysis: Analysis) -> None:
        claims = [c.evolve(excluded=True, edited=True) if c.id in self.excluded else c for c in analysis.claims]
        claims, groups = compare(claims, self._overrides())
        self.analysis = Analysis(analysis.articles, claims, groups)
        self._seen = {loaders.text_fingerprint(a.text) for a in analysis.articles if not a.error}
        titles = {a.id: a.title or a.id for a in analysis.articles}
        self.model.set_claims(claims, titles)
        self._fill_articles()
        self._fill_groups()
        self.claims_table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.claims_table.setColumnWidth(col, min(self.claims_table.columnWidth(col), 220))

    def _fill_articles(self) -> None:
        row = max(self.article_list.currentRow(), 0)
        self.article_list.blockSignals(True)
        self.article_list.clear()
        counts: dict[str, int] = {}
        for c in self.analysis.claims:
            counts[c.article] = counts.get(c.article, 0) + 1
        for a in self.analysis.articles:
            if a.error:
                item = QListWidgetItem(f"⚠ {a.title or a.path or a.url}\n{a.error}")
                item.setForeground(QColor("#b91c1c"))
            else:
                date = a.published + (" (inferred)" if a.published_inferred else "") if a.published else "no date"
                item = QListWidgetItem(f"{a.title or a.id}\n{a.outlet or '—'} · {date} · {counts.get(a.id, 0)} claims")
            item.setToolTip(a.path or a.url or "")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
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
        self.proxy.set_group(key)
        group = next((g for g in self.analysis.groups if g.key == key), None)
        by_id = {c.id: c for c in self.analysis.claims}
        members = [by_id[i] for i in group.claims] if group else []
        order = [a.id for a in self.analysis.articles]
        self.range_plot.show_claims(members, group.label if group else "Pick a group to compare", order)

    # ------------------------------------------------------------------------------------------ text
    def current_article(self) -> Article | None:
        row = self.article_list.currentRow()
        return self.analysis.articles[row] if 0 <= row < len(self.analysis.articles) else None

    def _show_article(self, row: int) -> None:
        article = self.current_article()
        self.article_text.blockSignals(True)
        self.article_text.setPlainText(article.text if article and not article.error else (article.error or "") if article else "")
        if article and not article.error:
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
        if article is None:
            return
        pos = self.article_text.textCursor().position()
        hit = next((c for c in self.analysis.claims if c.article == article.id and c.start <= pos <= c.end), None)
        if hit is not None:
            self.select_claim(hit.id, show_text=False)

    # ------------------------------------------------------------------------------------------ claims
    def select_claim(self, claim_id: str, show_text: bool = True) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CLAIM_ROLE).id == claim_id:
                self.claims_table.selectRow(row)
                self.claims_table.scrollTo(index)
                break
        if show_text:
            claim = next((c for c in self.analysis.claims if c.id == claim_id), None)
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
            self.undo_stack.push(ExcludeCommand(self, claim.id, claim.id not in self.excluded))

    def set_excluded(self, claim_id: str, exclude: bool) -> None:
        (self.excluded.add if exclude else self.excluded.discard)(claim_id)
        base = [c.evolve(excluded=False, edited=False) if c.id == claim_id and not exclude else c
                for c in self.analysis.claims]
        self._set_analysis(Analysis(self.analysis.articles, base, self.analysis.groups))

    # ------------------------------------------------------------------------------------------ io
    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", str(Path.home()), FILE_FILTER)
        self.load(files)

    def paste(self) -> None:
        from PySide6.QtWidgets import QApplication

        mime = QApplication.clipboard().mimeData()
        urls = [u.toString() if u.scheme().startswith("http") else u.toLocalFile() for u in mime.urls()]
        if urls:
            self.load(urls)
        elif mime.hasText() and mime.text().strip():
            self.add_text(mime.text())

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
            self.add_text(mime.text(), title=None)
        event.acceptProposedAction()

    def closeEvent(self, event):  # type: ignore[no-untyped-def]
        QSettings("Crosscount", "Crosscount").setValue("splitter", self.main_split.saveState())
        self.cancel_loading()
        super().closeEvent(event)
