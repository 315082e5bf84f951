"""The comparison panel: the group's estimates as the Compare view and the Timeline, with the groups list.

What is drawn comes from the core (``estimate_rows.rows``: order, labels, colours; ``compare``: groups and
echoes); the panel only holds the analyst's choices — order by as-of date or value, colour by source or
outlet, independent estimates only, log scale, the timeline's source filter — and remembers them in the
window's settings store. "Full window" gives the panel the whole window (the window hides the others).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.chart_svg import source_line
from ..core.estimate_rows import COLOUR_BY, ORDERS, Row, rows, unit_label
from ..core.model import Article, Claim, Group
from .compare_plot import ComparePlot
from .timeline_plot import TimelinePlot

ORDER_NAMES = {"as_of": "As-of date", "value": "Value"}
# A group larger than this is drawn from its first claims, and says so: a plot of thousands of rows is read
# by no one (the table lists them all), and drawing it would hold the window for seconds.
MAX_ROWS = 300
COLOUR_NAMES = {"source": "Source", "outlet": "Outlet"}


class GroupsList(QListWidget):
    """Every group with its count of claims and of independent estimates; a context menu renames a
    group or merges it into another (the window does both, as undoable edits)."""

    groupChosen = Signal(str)
    renameRequested = Signal(str)
    mergeRequested = Signal(str, str)  # from, into

    def __init__(self) -> None:
        super().__init__(objectName="groupsList", toolTip="Every comparison group; right-click to rename or merge")
        self.setAccessibleName("Comparison groups")
        self.groups: list[Group] = []
        self.itemClicked.connect(lambda item: self.groupChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def show_groups(self, groups: Sequence[Group], current: str | None) -> None:
        """List the groups (again only if a group changed: an edit leaves most as they were)."""
        if list(groups) == self.groups:
            item = next((self.item(i) for i in range(self.count())
                         if self.item(i).data(Qt.ItemDataRole.UserRole) == current), None)
            if item is not None and item is not self.currentItem():
                self.setCurrentItem(item)
            return
        self.groups = list(groups)
        self.clear()
        for g in groups:
            echoes = "" if g.estimates in (0, len(g.claims)) else f", {g.estimates} independent"
            item = QListWidgetItem(f"{g.label}  ({len(g.claims)}{echoes})")
            item.setData(Qt.ItemDataRole.UserRole, g.key)
            n, independent = len(g.claims), g.estimates or len(g.claims)
            item.setToolTip(f"{g.label}\n{n} claim{'s' if n != 1 else ''}, {independent} independent "
                            f"estimate{'s' if independent != 1 else ''}; right-click to rename or merge")
            self.addItem(item)
            if g.key == current:
                self.setCurrentItem(item)

    def _menu(self, point: object) -> None:
        item = self.itemAt(point)  # type: ignore[arg-type]
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        menu.addAction("Rename…", lambda: self.renameRequested.emit(key))
        merge = menu.addMenu("Merge into")
        for g in self.groups:
            if g.key != key:
                merge.addAction(g.label, lambda into=g.key: self.mergeRequested.emit(key, into))
        menu.exec(self.mapToGlobal(point))  # type: ignore[arg-type]


class PlotPanel(QWidget):
    claimClicked = Signal(str)
    fullWindowToggled = Signal(bool)

    def __init__(self, store: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.group: Group | None = None
        self.claims: Mapping[str, Claim] = {}
        self.articles: Mapping[str, Article] = {}
        self.rows: list[Row] = []
        self.title = ""
        self.drawn: set[QWidget] = set()  # the views drawn with the rows as they are
        self.groups = GroupsList()
        self.compare_plot = ComparePlot()
        self.compare_plot.setToolTip("One row per estimate; click one to select its claim")
        self.timeline_plot = TimelinePlot()
        self.timeline_plot.setToolTip("Each source's estimates over time; click a point to select its claim")
        for plot in (self.compare_plot, self.timeline_plot):
            plot.claimClicked.connect(self.claimClicked)
        self.tabs = QTabWidget(objectName="comparisonTabs", usesScrollButtons=False)  # two tabs always fit
        self.tabs.addTab(self.compare_plot, "Compare")  # it scrolls its rows itself
        self.tabs.addTab(self.timeline_plot, "Timeline")
        self.tabs.currentChanged.connect(lambda _index: self._draw_shown())

        self.order = self._combo("compareOrder", ORDER_NAMES, "order", "Sort the estimates by their date or value")
        self.colour_by = self._combo("compareColour", COLOUR_NAMES, "colour_by", "One colour per source, or per outlet")
        self.independent = QCheckBox("Independent estimates only", objectName="independentOnly",
                                     toolTip="Show one row for an estimate that several outlets repeat")
        self.independent.setChecked(self._stored("independent", "false") == "true")
        self.log_scale = QCheckBox("Log scale", toolTip="For figures that span orders of magnitude")
        self.sources = QToolButton(text="Sources", objectName="sourceFilter",
                                   toolTip="Choose the sources the timeline shows",
                                   popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sources.setMenu(QMenu(self.sources))
        save = QPushButton("Save chart…", toolTip="Save the chart with its title and sources as PNG (2×) or SVG")
        save.clicked.connect(self.save_dialog)
        self.full_window = QPushButton("Full window", checkable=True, objectName="fullWindow",
                                       toolTip="Give the comparison the whole window (again to go back)")
        self.full_window.toggled.connect(self.fullWindowToggled)
        for control in (self.order, self.colour_by):
            control.currentIndexChanged.connect(self._choices_changed)
        self.independent.toggled.connect(self._choices_changed)
        self.log_scale.toggled.connect(lambda on: (self.compare_plot.set_log(on), self.timeline_plot.set_log(on)))

        bar = QHBoxLayout()
        for widget in (QLabel("Order"), self.order, QLabel("Colour"), self.colour_by, self.independent,
                       self.log_scale, self.sources):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(save)
        bar.addWidget(self.full_window)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.groups)
        split.addWidget(self.tabs)
        split.setSizes([220, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # ------------------------------------------------------------------------------------------ choices
    def _stored(self, key: str, default: str) -> str:
        value = self.store.value(f"compare/{key}") if self.store is not None else None
        return str(value) if value is not None else default

    def _combo(self, name: str, choices: Mapping[str, str], key: str, tip: str) -> QComboBox:
        box = QComboBox(objectName=name, toolTip=tip)
        for value, text in choices.items():
            box.addItem(text, value)
        box.setCurrentIndex(max(box.findData(self._stored(key, next(iter(choices)))), 0))
        return box

    def _choices_changed(self) -> None:
        if self.store is not None:
            self.store.setValue("compare/order", self.order.currentData())
            self.store.setValue("compare/colour_by", self.colour_by.currentData())
            self.store.setValue("compare/independent", "true" if self.independent.isChecked() else "false")
        self._draw()

    # ------------------------------------------------------------------------------------------ data
    def show_groups(self, groups: Sequence[Group], shown: Group | None) -> None:
        self.groups.show_groups(groups, shown.key if shown else None)

    def show_group(self, group: Group | None, claims: Mapping[str, Claim], articles: Mapping[str, Article]) -> None:
        """Draw ``group`` (None: nothing comparable yet) with the analysis's claims (by id) and articles; not
        again when it is drawn with these very claims and articles (an edit elsewhere)."""
        same = group == self.group and group is not None and all(
            (c := claims.get(i)) is self.claims.get(i) and c is not None
            and articles.get(c.article) is self.articles.get(c.article) for i in group.claims[:MAX_ROWS])
        if (group and group.key) != (self.group and self.group.key):
            self.compare_plot.scroll_to_top()  # another group opens on its first rows
        self.group, self.claims, self.articles = group, claims, articles
        if not same:
            self._draw()

    def _draw(self) -> None:
        """The rows of the group as chosen, then the view that is shown (the other when it is shown)."""
        group = self.group
        order, colour_by = self.order.currentData(), self.colour_by.currentData()
        assert order in ORDERS and colour_by in COLOUR_BY
        self.title = group.label if group else "No comparable figures yet"
        if group is not None and len(group.claims) > MAX_ROWS:
            self.title += f" — the first {MAX_ROWS:,} of {len(group.claims):,} claims"
            group = replace(group, claims=group.claims[:MAX_ROWS])
        self.rows = rows(group, self.claims, self.articles, order=order, colour_by=colour_by,
                         independent_only=self.independent.isChecked()) if group else []
        self.drawn: set[QWidget] = set()
        self._draw_shown()

    def _draw_shown(self) -> None:
        shown = self.timeline_plot if self.tabs.currentWidget() is self.timeline_plot else self.compare_plot
        if shown in self.drawn:
            return
        self.drawn.add(shown)
        unit = unit_label(self.rows)
        read = {r.claim.article for r in self.rows}
        sources = source_line([a.outlet or "" for aid in read if (a := self.articles.get(aid))], __version__)
        if shown is self.compare_plot:
            self.compare_plot.show_rows(self.rows, self.title, unit, self.articles, sources)
        else:
            self.timeline_plot.show_rows(self.rows, f"{self.title}: estimates over time", unit, self.articles, sources)
            self._fill_sources()

    def _fill_sources(self) -> None:
        menu = self.sources.menu()
        menu.clear()
        for source in self.timeline_plot.sources():
            action = QAction(source, menu, checkable=True, checked=source not in self.timeline_plot.hidden)
            action.toggled.connect(lambda on, s=source: self._toggle_source(s, on))
            menu.addAction(action)
        self.sources.setEnabled(bool(menu.actions()))

    def _toggle_source(self, source: str, on: bool) -> None:
        hidden = set(self.timeline_plot.hidden)
        hidden.discard(source) if on else hidden.add(source)
        self.timeline_plot.set_hidden_sources(hidden)

    def select(self, claim_id: str | None) -> None:
        """Outline the selected claim's estimate in both views."""
        for plot in (self.compare_plot, self.timeline_plot):
            plot.select(claim_id)

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save chart", "comparison.png",
                                              "PNG image, 2× (*.png);;SVG drawing (*.svg)")
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        """The chart of the view shown (Compare or Timeline) as PNG or SVG, by the extension."""
        self._draw_shown()
        plot = self.timeline_plot if self.tabs.currentWidget() is self.timeline_plot else self.compare_plot
        plot.save(path)
