"""The claims table: one QAbstractTableModel over the core's Claim values, sorted and filtered by a proxy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.model import Claim, format_value
from ..core.unit_words import label

COLUMNS = ["Figure", "Value", "Unit", "Normalized", "Category", "Subject", "Source", "As of", "Article", "Flags"]
KIND_COLOURS = {"count": "#fde68a", "money": "#bbf7d0", "percent": "#bfdbfe", "quantity": "#fbcfe8"}
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


# Columns the analyst may edit in place, and the claim field each one edits ("value" is parsed by the core).
EDITABLE = {1: "value", 2: "unit", 4: "category", 5: "subject", 6: "source", 7: "as_of"}


class ClaimsModel(QAbstractTableModel):
    """Read-only view of claims; an edit in a cell is asked of the window (``editRequested``), which
    records it as an undoable core edit and hands back new claims."""

    editRequested = Signal(str, str, str)  # claim id, field, typed text

    def __init__(self) -> None:
        super().__init__()
        self.claims: list[Claim] = []
        self.titles: dict[str, str] = {}
        self._sort: tuple[int, bool] | None = None

    def set_claims(self, claims: list[Claim], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.claims = list(claims)
        self.titles = titles
        if self._sort is not None:
            self.claims.sort(key=self._sort_key(self._sort[0]), reverse=self._sort[1])
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, with one key per claim (list.sort), not by the proxy's O(n log n) calls to data():
        that keeps a header click on 20,000 claims well under the 100 ms the window allows itself."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.claims.sort(key=self._sort_key(column), reverse=self._sort[1])
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[Claim], Any]:
        if column in (1, 3):
            def numeric(c: Claim) -> float:
                low, high = (c.low, c.high) if column == 1 else c.value_range
                return float(low if low is not None else high if high is not None else 0)
            return numeric
        if column == 0:
            return lambda c: (c.article, c.start)
        if column == 8:
            return lambda c: (self.titles.get(c.article, c.article).lower(), c.start)
        field = {2: "unit", 4: "category", 5: "subject", 6: "source", 7: "as_of"}.get(column)
        if field is not None:
            return lambda c: ((getattr(c, field) or "").lower(), c.article, c.start)
        return lambda c: (self._display(c, column).lower(), c.article, c.start)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.claims)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        self.editRequested.emit(self.claims[index.row()].id, EDITABLE[index.column()], str(value))
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.EditRole:
            return self._display(self.claims[index.row()], index.column())
        c = self.claims[index.row()]
        col = index.column()
        if role == CLAIM_ROLE:
            return c
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._rate_note(c) if col == 3 and self._rate_note(c) else c.sentence
        if role == Qt.ItemDataRole.BackgroundRole and col == 0:
            return QBrush(QColor(KIND_COLOURS.get(c.kind, "#eeeeee")))
        if role == Qt.ItemDataRole.ForegroundRole and c.excluded:
            return QBrush(QColor("#999999"))
        if role == Qt.ItemDataRole.FontRole and c.edited:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _rate_note(c: Claim) -> str | None:
        """Which rate converted this figure: the analyst must always be able to see it."""
        rate = (c.normalized or {}).get("rate")
        if not rate:
            return (c.normalized or {}).get("error")
        when = "the publication date" if rate.get("basis") == "published" else (
            "the newest rate (the figure has no date)" if rate.get("basis") == "latest" else "the figure's date")
        text = (f"{rate['value']:,.4f} {rate['from']} per {rate['to']} on {rate['date']} ({rate['source']}), "
                f"converted at {when}")
        if rate.get("stale"):
            text += "; the date is after the rate data, so the newest rate was used"
        return text + (f"\nNote: {rate['note']}" if rate.get("note") else "")

    def _display(self, c: Claim, col: int) -> str:
        n = c.normalized or {}
        if col == 0:
            return c.text
        if col == 1:
            return format_value(c.low, c.high, c.bound)
        if col == 2:
            return label(c.unit) + (f" / {c.per}" if c.per else "")
        if col == 3:
            if n.get("error"):
                return n["error"]
            return format_value(n.get("low"), n.get("high"), c.bound) + (f" {label(n['unit'])}" if n.get("unit") else "")
        return [c.category, c.subject, c.source, c.as_of, self.titles.get(c.article, c.article),
                "; ".join(c.flags)][col - 4] or ""


class ClaimsFilter(QSortFilterProxyModel):
    """Free text over every column, plus the kind and group the analyst picked."""

    def __init__(self) -> None:
        super().__init__()
        self.kind: str | None = None
        self.category: str | None = None
        self.group: str | None = None
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_kind(self, kind: str | None) -> None:
        self._refilter(lambda: setattr(self, "kind", kind))

    def set_category(self, category: str | None) -> None:
        self._refilter(lambda: setattr(self, "category", category))

    def set_group(self, group: str | None) -> None:
        self._refilter(lambda: setattr(self, "group", group))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Qt 6.10 replaced invalidateFilter() with begin/endFilterChange(); use whichever exists."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (see ClaimsModel.sort); the proxy keeps its order."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ClaimsModel)
        c = model.claims[row]
        if self.kind and c.kind != self.kind:
            return False
        if self.category and c.category != self.category:
            return False
        if self.group and c.group != self.group:
            return False
        if not self.filterRegularExpression().pattern():
            return True  # no text typed: no need to ask every cell
        return super().filterAcceptsRow(row, parent)
