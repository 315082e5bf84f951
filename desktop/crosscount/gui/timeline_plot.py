"""The Timeline view: how a group's estimates moved, and what each source has said (pyqtgraph).

x is the as-of date, y the value; each estimate is a vertical bar over its range (open ends dashed,
to the axis' edge) with a marker at its middle, one spot per claim; each source has one colour and a
step line through its successive estimates (each holds until the source's next). Rows come from the
core's ``estimate_rows`` as in the Compare view; hover, click, log scale and a source filter as there.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ..core.chart_svg import timeline_chart
from ..core.estimate_rows import Row, details, legend, lighter
from ..core.model import Article
from .chart_files import save_chart
from .compare_plot import ValueAxis
from .plot_legend import PlotLegend


def _stamp(row: Row) -> float:
    assert row.when is not None
    return datetime.combine(row.when, time(12), tzinfo=UTC).timestamp()


class TimelinePlot(pg.PlotWidget):
    claimClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w",
                         axisItems={"bottom": pg.DateAxisItem(orientation="bottom"), "left": ValueAxis("left")})
        self.setObjectName("timelinePlot")
        self.setAccessibleName("Estimates over time")
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setMenuEnabled(False)
        self.rows: list[Row] = []
        self.articles: Mapping[str, Article] = {}
        self.hidden: set[str] = set()
        self.log = False
        self.selected: str | None = None
        self.spots: pg.ScatterPlotItem | None = None
        self._title = ""
        self._unit = ""
        self._sources = ""
        self.legend = PlotLegend(plot, squares=False)  # under the time axis: never over a point
        self.scene().sigMouseMoved.connect(self._hovered)

    def show_rows(self, rows: Sequence[Row], title: str, unit: str, articles: Mapping[str, Article],
                  sources: str = "") -> None:
        self.rows = [r for r in rows if r.when is not None]
        self.articles = articles
        self._title, self._unit, self._sources = title, unit, sources
        self._draw()

    def sources(self) -> list[str]:
        """Every source of the rows shown, in the order of their colours."""
        return list(legend(self.rows))

    def set_hidden_sources(self, hidden: Collection[str]) -> None:
        """The source filter: these sources' estimates are not drawn."""
        self.hidden = set(hidden)
        self._draw()

    def set_log(self, on: bool) -> None:
        self.log = on
        self._draw()

    def select(self, claim_id: str | None) -> None:
        if claim_id != self.selected:
            self.selected = claim_id
            self._draw()

    def save(self, path: str, dpi: float | None = None) -> None:
        svg = timeline_chart(self.visible_rows(), self._title, self._unit, self._sources)
        save_chart(svg, path) if dpi is None else save_chart(svg, path, dpi)

    def visible_rows(self) -> list[Row]:
        return [r for r in self.rows if r.colour_key not in self.hidden]

    def _draw(self) -> None:
        plot = self.getPlotItem()
        plot.clear()
        plot.setTitle(self._title, color="#222", size="11pt")
        plot.setLabel("left", self._unit)
        rows = self.visible_rows()
        self.spots = None
        if not rows:
            self.legend.show_palette({})
            return
        palette = legend(self.rows)  # a source keeps its colour when others are hidden
        known = [v for r in rows for v in (r.low, r.high) if v is not None]
        positive = [v for v in known if v > 0]
        log = self.log and bool(positive)
        floor = min(positive) / 2 if positive else 1.0
        ceiling = max(known, default=1.0) * 1.15

        def y(v: float | None, open_end: float) -> float:
            value = open_end if v is None else v
            return math.log10(max(value, floor)) if log else value

        stamps = {r.claim.id: _stamp(r) for r in rows}
        by_key: dict[str, list[Row]] = {}
        for r in rows:
            by_key.setdefault(r.colour_key, []).append(r)
        self.legend.show_palette({key: palette[key] for key in by_key})
        for key, mine in by_key.items():
            colour = f"#{palette[key]}"
            xs = [stamps[r.claim.id] for r in mine]
            ys = [y(r.middle, 0.0) for r in mine]
            # a step line: each estimate holds until the source's next (curves, not PlotDataItems, which
            # each carry a scatter item of their own: a third of the drawing's time)
            steps_x = [v for a, b in zip(xs, xs[1:], strict=False) for v in (a, b)] or xs
            steps_y = [v for v in ys[:-1] for _ in (0, 1)] or ys
            self.addItem(pg.PlotCurveItem(steps_x + xs[-1:], steps_y + ys[-1:], pen=pg.mkPen(colour, width=1.5)))
            closed = [r for r in mine if r.low is not None and r.high is not None and not r.point]
            if closed:
                self.addItem(pg.PlotCurveItem(
                    [v for r in closed for v in (stamps[r.claim.id], stamps[r.claim.id])],
                    [v for r in closed for v in (y(r.low, 0.0), y(r.high, ceiling))],
                    connect="pairs", pen=pg.mkPen(colour, width=3)))
            opened = [r for r in mine if r.low is None or r.high is None]
            if opened:
                self.addItem(pg.PlotCurveItem(
                    [v for r in opened for v in (stamps[r.claim.id], stamps[r.claim.id])],
                    [v for r in opened for v in (y(r.low, 0.0 if not log else floor), y(r.high, ceiling))],
                    connect="pairs", pen=pg.mkPen(f"#{lighter(palette[key])}", width=3, style=Qt.PenStyle.DashLine)))
                # and an arrow head where it runs on: up to the axis' top, or down to zero
                self.addItem(pg.ScatterPlotItem(
                    x=[stamps[r.claim.id] for r in opened],
                    y=[y(ceiling, 0.0) if r.high is None else y(0.0 if not log else floor, 0.0) for r in opened],
                    symbol=["t1" if r.high is None else "t" for r in opened], size=12, brush=colour, pen=None))
        brushes = {key: pg.mkBrush(f"#{colour}") for key, colour in palette.items()}  # shared: one symbol each
        plain, outlined = pg.mkPen("#fff"), pg.mkPen("#111", width=2.5)
        self.spots = pg.ScatterPlotItem(
            x=[stamps[r.claim.id] for r in rows], y=[y(r.middle, 0.0) for r in rows], data=[r.claim.id for r in rows],
            symbol="o", size=11, brush=[brushes[r.colour_key] for r in rows],
            pen=[outlined if self._is_selected(r) else plain for r in rows])
        self.spots.sigClicked.connect(self._clicked)
        self.addItem(self.spots)
        plot.getAxis("left").setLogMode(log)
        plot.setYRange(y(0.0 if not log else floor, 0.0), y(ceiling, 0.0), padding=0.02)

    def _is_selected(self, row: Row) -> bool:
        return self.selected is not None and self.selected in (row.claim.id, *row.claim.reports)

    def row_at(self, scene_pos: object) -> Row | None:
        """The estimate whose marker is under the mouse (within a marker's size)."""
        if self.spots is None:
            return None
        found = self.spots.pointsAt(self.getPlotItem().vb.mapSceneToView(scene_pos))
        if len(found) == 0:
            return None
        claim_id = found[0].data()
        return next((r for r in self.rows if r.claim.id == claim_id), None)

    def _hovered(self, scene_pos: object) -> None:
        row = self.row_at(scene_pos)
        self.setToolTip(details(row, self.articles.get(row.claim.article)) if row else "")

    def _clicked(self, _item: object, points: Sequence[object], *_: object) -> None:
        if len(points):
            self.claimClicked.emit(points[0].data())  # type: ignore[attr-defined]

