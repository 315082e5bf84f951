"""The claims panel (top right): text, kind, category and group filters over the claims table.

Group, kind and category choose the model's rows (see ClaimsModel.set_view); the text typed filters in
the proxy. The group and category filters offer what the project has, each with its count of claims; a
choice whose last claim an edit took leaves the list (and a filter on it shows all again). A category is
edited by choosing from a list (the core's categories and those in the project), so a typo never makes a
group of its own.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.extract.semantics import CATEGORY_LABELS
from ..core.model import Claim, Group
from .claims_model import CLAIM_ROLE, Arranged, ClaimsFilter, ClaimsModel

CATEGORY_COLUMN = 4
MAX_COLUMN_WIDTH = 220
SIZED_FROM_ROWS = 25  # columns are sized from the first rows' contents (each row is read in Python)


class CategoryDelegate(QStyledItemDelegate):
    """Edits the category column with a fixed list of the known categories (``choices``: key → label)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.choices: dict[str, str] = dict(CATEGORY_LABELS)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(False)
        combo.addItem("(none)", "")
        for key, label in self.choices.items():
            combo.addItem(label, key)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        claim = index.data(CLAIM_ROLE)
        editor.setCurrentIndex(max(editor.findData(claim.category or "") if claim else 0, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _offer(combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
    """Fill a filter's choices (text, key), again only if they changed, keeping the one chosen if it is still
    offered (else the first, "All"); quietly: the caller shows the rows the choice now leaves."""
    if items == [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]:
        return
    with QSignalBlocker(combo):
        current = combo.currentData()
        combo.clear()
        for text, key in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)


class ClaimsPanel(QWidget):
    groupChanged = Signal(object)  # the group key shown (None: all claims)
    claimSelected = Signal(object)  # the Claim now current, or None
    menuRequested = Signal(QPoint)

    def __init__(self) -> None:
        super().__init__()
        self.model = ClaimsModel()
        self.proxy = ClaimsFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="claimsTable")
        self.table.setAccessibleName("Claims")
        self.table.setToolTip("Every figure found; double-click a cell to correct it, right-click for more")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # move several at once
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SIZED_FROM_ROWS)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.categories = CategoryDelegate(self.table)
        self.table.setItemDelegateForColumn(CATEGORY_COLUMN, self.categories)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.claimSelected.emit(self.selected()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda point: self.menuRequested.emit(self.table.viewport().mapToGlobal(point)))

        self.filter_edit = QLineEdit(placeholderText="Filter claims…  (Ctrl+F)")
        self.filter_edit.setAccessibleName("Filter claims")
        self.filter_edit.setToolTip("Show only claims whose cells contain these words")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind_combo = QComboBox(toolTip="Show only figures of one kind")
        self.kind_combo.setAccessibleName("Kind of figure")
        self.kind_combo.addItem("All kinds", None)
        for kind in ("count", "money", "percent", "quantity"):
            self.kind_combo.addItem(kind.title(), kind)
        self.kind_combo.currentIndexChanged.connect(lambda: self.model.set_view(kind=self.kind_combo.currentData()))
        self.category_combo = QComboBox(objectName="categoryCombo", toolTip="Show only figures of one category")
        self.category_combo.setAccessibleName("Category")
        self.category_combo.addItem("All categories", None)
        self.category_combo.currentIndexChanged.connect(
            lambda: self.model.set_view(category=self.category_combo.currentData()))
        self.group_combo = QComboBox(objectName="groupCombo", toolTip="Claims that can be compared, group by group")
        self.group_combo.setAccessibleName("Comparison group")
        self.group_combo.currentIndexChanged.connect(self._group_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(QLabel("Group:"))
        filters.addWidget(self.group_combo, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def show_claims(self, arranged: Arranged, groups: list[Group], categories: dict[str, str],
                    in_use: dict[str, int], changed: Collection[str] | None = None) -> None:
        """New claims and groups; the group shown and the selected claim stay when they still exist.
        ``categories``: those an analyst may choose in an edit (key → label); ``in_use``: the claims of
        each category the project has, for the filter. ``changed``: the ids of the only claims that
        changed (after an edit: only their rows are redrawn). (The window then shows the group's
        comparison, in a step of its own.)"""
        selected = self.selected()
        self.categories.choices = categories
        _offer(self.group_combo, [("All claims", None), *((f"{g.label} ({len(g.claims)})", g.key) for g in groups)])
        _offer(self.category_combo, [("All categories", None), *(
            (f"{categories.get(key, key)} ({n:,})", key) for key, n in sorted(in_use.items(), key=lambda kv: -kv[1]))])
        chosen = self.group_combo.currentData(), self.category_combo.currentData()
        if chosen != (self.model.group, self.model.category):
            changed = None  # a choice fell back to "All": other rows, the table is filled again
        with QSignalBlocker(self.table.selectionModel()):
            self.model.group, self.model.category = chosen
            filled = self.model.set_arranged(arranged, changed)
        if selected is not None and filled:
            self.select(selected.id, quiet=True)

    def size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), MAX_COLUMN_WIDTH))

    def select_group(self, key: str | None) -> None:
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(key), 0))

    def _group_changed(self) -> None:
        self.model.set_view(group=self.group_combo.currentData())
        self.groupChanged.emit(self.group_combo.currentData())

    def selected(self) -> Claim | None:
        index = self.table.currentIndex()
        return index.data(CLAIM_ROLE) if index.isValid() else None

    def selected_claims(self) -> list[Claim]:
        """Every selected row's claim (the current one first), for moving several to a group at once."""
        current = self.selected()
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        chosen = [c for r in rows if (c := self.proxy.index(r, 0).data(CLAIM_ROLE)) is not None]
        if current is not None and current not in chosen:
            chosen.insert(0, current)
        return chosen

    def select(self, claim_id: str, quiet: bool = False) -> bool:
        """Make this claim the current row (``quiet``: without announcing it); False if it is not shown."""
        row = self.model.row_of(claim_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        if quiet:
            with QSignalBlocker(self.table.selectionModel()):
                self.table.selectRow(index.row())
        else:
            self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True
