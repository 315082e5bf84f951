"""The claims table: one QAbstractTableModel over the core's Claim values.

The model itself holds the rows the analyst's choices of group, kind and category leave (each group's
claims are listed once per analysis, so switching groups takes that list, not a test of every claim);
a proxy only filters by the text typed, in Qt's own C++ filter, and hands sorting to the model.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
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

from ..core.extract.unit_words import label
from ..core.model import Claim, format_value

COLUMNS = ["Figure", "Value", "Unit", "Normalized", "Category", "Subject", "Source", "As of", "Article", "Flags",
           "Note"]
KIND_COLOURS = {"count": "#fde68a", "money": "#bbf7d0", "percent": "#bfdbfe", "quantity": "#fbcfe8"}
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


# Columns the analyst may edit in place, and the claim field each one edits ("value" is parsed by the core).
EDITABLE = {1: "value", 2: "unit", 4: "category", 5: "subject", 6: "source", 7: "as_of", 10: "note"}


def display(c: Claim, col: int, titles: dict[str, str]) -> str:
    """A cell's text."""
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
    return [c.category, c.subject, c.source, c.as_of, titles.get(c.article, c.article),
            "; ".join(c.flags), c.note][col - 4] or ""


def sort_key(column: int, titles: dict[str, str]) -> Callable[[Claim], Any]:
    """The key that orders claims by a column (one call per claim: list.sort). Claims of equal cells are
    ordered by article and place, so that one order holds however the claims came (an edit re-sorts the
    table from the order before it, a load from the analysis's)."""
    if column in (1, 3):
        def numeric(c: Claim) -> tuple[float, str, int]:
            low, high = (c.low, c.high) if column == 1 else c.value_range
            return float(low if low is not None else high if high is not None else 0), c.article, c.start
        return numeric
    if column == 0:
        return lambda c: (c.article, c.start)
    if column == 8:
        return lambda c: (titles.get(c.article, c.article).lower(), c.start)
    field = {2: "unit", 4: "category", 5: "subject", 6: "source", 7: "as_of", 10: "note"}.get(column)
    if field is not None:
        return lambda c: ((getattr(c, field) or "").lower(), c.article, c.start)
    return lambda c: (display(c, column, titles).lower(), c.article, c.start)


@dataclass(frozen=True)
class Arranged:
    """All claims in the table's order and each group's claims in that order: showing a group is taking its
    list, never sorting or testing every claim. Pure Python, so a worker thread arranges a large project."""

    claims: list[Claim]
    by_group: dict[str | None, list[Claim]]
    titles: dict[str, str]
    sort: tuple[int, bool] | None
    rows: dict[str, int] = field(default_factory=dict)  # claim id → its place in ``claims`` (filled when needed)
    # a token the arrangements whose claims are in the very same places share (a token, not the arrangement
    # before: a chain of those would keep every edit's lists alive)
    order: object = field(default_factory=object)

    def row(self, claim_id: str) -> int | None:
        return self.indexed().get(claim_id)

    def indexed(self) -> dict[str, int]:
        """Each claim's row (the index made when first asked for)."""
        if not self.rows:
            self.rows.update({c.id: i for i, c in enumerate(self.claims)})
        return self.rows


def arrange(claims: list[Claim], titles: dict[str, str], sort: tuple[int, bool] | None) -> Arranged:
    ordered = sorted(claims, key=sort_key(sort[0], titles), reverse=sort[1]) if sort else list(claims)
    by_group: dict[str | None, list[Claim]] = {}
    for c in ordered:
        by_group.setdefault(c.group, []).append(c)
    return Arranged(ordered, by_group, titles, sort, {c.id: i for i, c in enumerate(ordered)})


def rearrange(before: Arranged, claims: list[Claim], changed: Mapping[str, Claim | None],
              groups: Collection[str], titles: dict[str, str]) -> Arranged:
    """``before`` after an edit changed the claims in ``changed`` (None: gone) and the ``groups`` they left or
    joined: the table's order is kept, or, if a changed claim now sorts elsewhere, sorted again from it
    (nearly in order: linear time); only the lists of those groups change, each changed claim taken out
    of its group's list and put into its group's list now at its row (a binary search each: a group
    has up to 15,000 claims, and an edit changes a few)."""
    sort = before.sort
    if titles != before.titles or len(claims) != len(before.claims) or not all(changed.values()):
        return arrange(claims, titles, sort)  # (claims added or gone)
    same: Arranged | None = before
    if sort is None:
        ordered = claims
        if any(_place(claims, cid, before) is None for cid in changed):
            same = None
    else:
        key = sort_key(sort[0], titles)
        ordered = list(before.claims)
        for cid, new in changed.items():
            at = before.row(cid)
            if at is None:
                return arrange(claims, titles, sort)
            if new is not None:  # (always: gone claims were arranged anew above)
                same = same if key(new) == key(ordered[at]) else None
                ordered[at] = new
        if same is None:
            ordered.sort(key=key, reverse=sort[1])
    by_group = {k: v for k, v in before.by_group.items() if k not in groups}
    if same is not None:  # every claim in its row as before: each group's list is in the rows' order
        lists = {k: list(before.by_group.get(k, ())) for k in groups}
        row = before.indexed().__getitem__

        def place(c: Claim) -> int:
            return row(c.id)

        for cid, new in changed.items():
            at = row(cid)
            was = before.claims[at]
            if (rows := lists.get(was.group)) is not None:
                i = bisect_left(rows, at, key=place)
                if i < len(rows) and rows[i].id == cid:
                    del rows[i]
            if new is not None and (rows := lists.get(new.group)) is not None:
                insort(rows, new, key=place)
        by_group.update((k, rows) for k, rows in lists.items() if rows)
    else:
        for c in ordered:
            if c.group in groups:
                by_group.setdefault(c.group, []).append(c)
    return Arranged(ordered, by_group, titles, sort, before.rows if same else {}, before.order if same else object())


def _place(claims: list[Claim], claim_id: str, near: Arranged) -> int | None:
    """Where ``claim_id`` is in ``claims``, looked for first where it was in ``near``."""
    at = near.row(claim_id)
    return at if at is not None and at < len(claims) and claims[at].id == claim_id else None


class ClaimsModel(QAbstractTableModel):
    """Read-only view of claims; an edit in a cell is asked of the window (``editRequested``), which
    records it as an undoable core edit and hands back new claims."""

    editRequested = Signal(str, str, str)  # claim id, field, typed text

    def __init__(self) -> None:
        super().__init__()
        self.claims: list[Claim] = []  # the rows shown, in order
        self.titles: dict[str, str] = {}
        self.kind: str | None = None
        self.category: str | None = None
        self.group: str | None = None
        self._all: list[Claim] = []
        self._by_group: dict[str | None, list[Claim]] = {}
        self._arranged: Arranged | None = None
        self._sort: tuple[int, bool] | None = None

    def set_claims(self, claims: list[Claim], titles: dict[str, str]) -> None:
        self.set_arranged(arrange(claims, titles, self._sort))

    def set_arranged(self, arranged: Arranged, changed: Collection[str] | None = None) -> bool:
        """Show claims arranged (maybe on a worker thread) for this model's sort order. ``changed``: the ids
        of the only claims that changed (an edit); when the rows shown are still the same claims in the same
        order, only their rows are redrawn (and the selection stays), else the table is filled again.
        True when it was filled again."""
        if arranged.sort != self._sort:  # the analyst sorted the table meanwhile
            arranged = arrange(arranged.claims, arranged.titles, self._sort)
        before, shown = self.claims, self._arranged
        if changed is not None:
            self._take(arranged)
            if self._same_rows(before, shown, arranged):
                last = self.columnCount() - 1
                rows = arranged if self.claims is arranged.claims else None
                for cid in changed:
                    row = rows.row(cid) if rows is not None else self.row_of(cid)
                    if row is not None:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                return False
            self.claims = before  # (what the view still shows, until the reset below)
        self.beginResetModel()
        self._take(arranged)
        self.endResetModel()
        return True

    def _take(self, arranged: Arranged) -> None:
        self.titles, self._all, self._by_group = arranged.titles, arranged.claims, arranged.by_group
        self._arranged = arranged
        self._select()

    def _same_rows(self, before: list[Claim], shown: Arranged | None, arranged: Arranged) -> bool:
        """Whether the rows now selected are the claims of ``before``, in the same order."""
        if self.claims is arranged.claims and shown is not None and arranged.order is shown.order:
            return True  # every claim, each in its place as before
        if self.group and not (self.kind or self.category) and shown is not None and \
                shown.by_group.get(self.group) is self.claims:
            return True  # a group the change left as it was
        return len(before) == len(self.claims) and all(a.id == b.id for a, b in zip(before, self.claims, strict=True))

    @property
    def sort_order(self) -> tuple[int, bool] | None:
        return self._sort

    def set_view(self, **choices: str | None) -> None:
        """Show only claims of this ``group``, ``kind`` and ``category`` (None: any)."""
        if any(getattr(self, name) != value for name, value in choices.items()):
            self.beginResetModel()
            for name, value in choices.items():
                setattr(self, name, value)
            self._select()
            self.endResetModel()

    def _select(self) -> None:
        rows = self._by_group.get(self.group, []) if self.group else self._all
        if self.kind or self.category:
            rows = [c for c in rows if (not self.kind or c.kind == self.kind)
                    and (not self.category or c.category == self.category)]
        self.claims = rows

    def row_of(self, claim_id: str) -> int | None:
        return next((row for row, c in enumerate(self.claims) if c.id == claim_id), None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, with one key per claim (list.sort), not by the proxy's O(n log n) calls to data();
        the selected row stays with its claim."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        before = self.persistentIndexList()
        ids = [self.claims[i.row()].id for i in before]
        self._take(arrange(self._all, self.titles, self._sort))
        rows = {c.id: r for r, c in enumerate(self.claims)}
        for old, claim_id in zip(before, ids, strict=True):  # the selection stays with its claim
            if claim_id in rows:
                self.changePersistentIndex(old, self.index(rows[claim_id], old.column()))
        self.layoutChanged.emit()

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
            return display(self.claims[index.row()], index.column(), self.titles)
        c = self.claims[index.row()]
        col = index.column()
        if role == CLAIM_ROLE:
            return c
        if role == Qt.ItemDataRole.DisplayRole:
            return display(c, col, self.titles)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.rate_note(c) if col == 3 and self.rate_note(c) else c.sentence
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
    def rate_note(c: Claim) -> str | None:
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

class ClaimsFilter(QSortFilterProxyModel):
    """Free text over every column (Qt's filter, in C++); sorting is the model's own."""

    def __init__(self) -> None:
        super().__init__()
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (see ClaimsModel.sort); the proxy keeps its order."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
