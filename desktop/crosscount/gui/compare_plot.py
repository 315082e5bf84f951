"""The Compare view's plot: a group's estimates, one row each, as the core's ``estimate_rows`` orders and
labels them (pyqtgraph). The window only draws: a bar from low to high in its source's colour, open ends
lighter with an arrow to the axis' edge, a diamond for a point figure, the value written beside it, a
legend of sources, the selected estimate outlined, and the details on hover. Rows keep their height
(``ROW_PX``) however many there are: the panel scrolls a tall plot rather than squeeze its labels.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from ..core.chart_svg import range_chart
from ..core.estimate_rows import Row, details, legend, lighter, short_number
from ..core.model import Article
from .chart_files import save_chart

ROW_PX = 28
FRAME_PX = 110  # title, legend and the value axis
LABEL_SHARE = 0.4  # of the plot's width the labels may take; the rest of a longer label is cut, with an
CHAR_PX = 7  # ellipsis (the tooltip has it whole), at about this many pixels a character


MAX_LEGEND = 12  # sources named in a legend; more are summed up in one line (the hover names each)
LEGEND_SWATCH_PX = 40  # a legend entry's swatch and the space around it
LEGEND_ROW_PX = 20


class OutsideLegend(pg.LegendItem):
    """The legend in the plot's own grid, under the value axis: outside the area the bars are drawn in, so
    that it never covers one (pyqtgraph's default floats over that area). The grid gives it its place;
    it has as many columns as the plot's width holds."""

    def __init__(self, plot: pg.PlotItem, columns: int) -> None:
        super().__init__(labelTextSize="9pt", frame=False, colCount=columns)
        plot.layout.addItem(self, 4, 0, 1, 3)  # the row under the value axis (3), the plot's whole width

    def updateSize(self) -> None:  # noqa: N802 - pyqtgraph's name
        self.layout.invalidate()
        self.updateGeometry()  # (pyqtgraph's own moves it to the scene's corner, over the plot)

    def lines(self) -> int:
        return math.ceil(len(self.items) / self.columnCount)


def columns_for(width: float, names: Iterable[str]) -> int:
    """As many columns as the width holds of the longest name (at ``CHAR_PX`` a character, and its swatch)."""
    longest = max((len(n) for n in list(names)[: MAX_LEGEND + 1]), default=0)
    return max(1, int(width // (LEGEND_SWATCH_PX + CHAR_PX * longest)))


def outside_legend(plot: pg.PlotItem, old: OutsideLegend | None, palette: Mapping[str, str],
                   swatch: Callable[[str], pg.GraphicsObject], width: float) -> OutsideLegend:
    """A legend of ``palette`` under the plot, in place of ``old`` (a legend's grid is not laid out anew once
    filled, so each drawing makes its own)."""
    if old is not None:
        plot.layout.removeItem(old)
        old.scene().removeItem(old) if old.scene() is not None else None
    legend = OutsideLegend(plot, columns_for(width, palette))
    add_legend(legend, palette, swatch)
    return legend


def add_legend(item: pg.LegendItem, palette: Mapping[str, str], swatch: Callable[[str], pg.GraphicsObject]) -> None:
    """A legend entry per colour key, the first ``MAX_LEGEND`` of them, then "… and N more"."""
    for key, colour in list(palette.items())[:MAX_LEGEND]:
        item.addItem(swatch(colour), key)
    if len(palette) > MAX_LEGEND:
        item.addItem(pg.ScatterPlotItem(pen=None, brush=None), f"… and {len(palette) - MAX_LEGEND} more")


class ValueAxis(pg.AxisItem):
    """Values as analysts write them: 50k, 1.2M (a log axis shows the powers of ten so)."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        if self.logMode:
            return [short_number(10.0 ** v) for v in values]
        return [short_number(v * scale) for v in values]


class ValueLabels(pg.GraphicsObject):
    """Each row's value label, beside the row's end, in one item that paints only the rows in view: a
    thousand TextItems took 350 ms to make and a thousand scene items to move on every pan."""

    def __init__(self, ends: Sequence[float], texts: Sequence[str]) -> None:
        super().__init__()
        self.ends, self.texts = list(ends), list(texts)
        self.font = QFont()
        self.font.setPointSizeF(9)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        if not self.ends:
            return QRectF()
        return QRectF(min(self.ends), -1.0, max(self.ends) - min(self.ends) + 1e-9, len(self.ends) + 1.0)

    def paint(self, painter: QPainter, *args: object) -> None:
        to_device = painter.transform()
        painter.resetTransform()  # text in pixels, whatever the axes' scale
        painter.setFont(self.font)
        painter.setPen(QColor("#111111"))
        visible = QRectF(painter.viewport())
        for row, (end, text) in enumerate(zip(self.ends, self.texts, strict=True)):
            at = to_device.map(QPointF(end, row))
            if visible.top() - 20 <= at.y() <= visible.bottom() + 20:
                painter.drawText(at + QPointF(9, 4), text)


class ComparePlot(pg.PlotWidget):
    claimClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w", axisItems={"bottom": ValueAxis("bottom")})
        self.setObjectName("comparePlot")
        self.setAccessibleName("Comparison of estimates")
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=False, alpha=0.2)
        plot.setMenuEnabled(False)
        plot.getViewBox().setMouseEnabled(x=True, y=False)
        plot.getViewBox().invertY(True)  # the first row on top, as the table reads
        self.rows: list[Row] = []
        self.articles: Mapping[str, Article] = {}
        self.log = False
        self.selected: str | None = None
        self._title = ""
        self._unit = ""
        self._sources = ""
        self.legend = OutsideLegend(plot, 1)
        self._palette: dict[str, str] = {}
        self._swatches: dict[str, pg.ScatterPlotItem] = {}
        self._legend_for: tuple[int, tuple[tuple[str, str], ...]] = (self.legend.columnCount, ())
        self.scene().sigMouseClicked.connect(self._clicked)
        self.scene().sigMouseMoved.connect(self._hovered)

    # ------------------------------------------------------------------------------------------ data

    def show_rows(self, rows: Sequence[Row], title: str, unit: str, articles: Mapping[str, Article],
                  sources: str = "") -> None:
        """Draw these rows (already ordered by the core); ``sources`` is the line a saved chart ends with."""
        self.rows, self.articles = list(rows), articles
        self._title, self._unit, self._sources = title, unit, sources
        self._draw()

    def set_log(self, on: bool) -> None:
        """A log scale, for groups whose figures span orders of magnitude."""
        self.log = on
        self._draw()

    def select(self, claim_id: str | None) -> None:
        """Outline the estimate of this claim (or of the estimate it echoes); drawn again only when the
        outline moves."""
        if claim_id != self.selected:
            self.selected = claim_id
            self._draw()

    def save(self, path: str, dpi: float | None = None) -> None:
        """The chart for publication, as SVG or PNG by the extension (see chart_files)."""
        svg = range_chart(self.rows, self._title, self._unit, self._sources, log=self.log)
        save_chart(svg, path) if dpi is None else save_chart(svg, path, dpi)

    # ------------------------------------------------------------------------------------------ drawing

    def _draw(self) -> None:
        plot = self.getPlotItem()
        plot.clear()
        self._palette = {}
        plot.setTitle(self._title, color="#222", size="11pt")
        plot.setLabel("bottom", self._unit)
        rows = self.rows
        if not rows:
            plot.getAxis("left").setTicks([[]])
            self._fit_legend()
            return
        known = [v for r in rows for v in (r.low, r.high) if v is not None]
        positive = [v for v in known if v > 0]
        log = self.log and bool(positive)
        top = max(known, default=1.0)
        floor = min(positive) / 2 if positive else 1.0
        bottom = math.log10(floor) if log else min(0.0, *known)
        edge = math.log10(top * 1.3) if log else top + 0.18 * ((top - bottom) or 1.0)

        def x(v: float | None, open_end: float) -> float:
            if v is None:
                return open_end
            return math.log10(max(v, floor)) if log else v

        palette = legend(rows)
        fills = {key: pg.mkBrush(f"#{colour}") for key, colour in palette.items()}  # shared: one symbol each
        plain, outlined = pg.mkPen("#fff"), pg.mkPen("#111", width=2.5)
        self._palette = palette
        bars = [(i, r) for i, r in enumerate(rows) if not r.point]
        if bars:
            x0 = np.array([x(r.low, bottom) for _, r in bars])
            x1 = np.array([x(r.high, edge) for _, r in bars])
            width = np.maximum(x1 - x0, (edge - bottom) * 0.004)
            brushes = [f"#{palette[r.colour_key]}" if r.low is not None and r.high is not None
                       else f"#{lighter(palette[r.colour_key])}" for _, r in bars]
            pens = [pg.mkPen("#111", width=2.5) if self._is_selected(r) else pg.mkPen(f"#{palette[r.colour_key]}")
                    for _, r in bars]
            self.addItem(pg.BarGraphItem(x0=x0, y=[float(i) for i, _ in bars], width=width, height=0.55,
                                         brushes=brushes, pens=pens))
            arrows = [(end, i, "t2", r) for (i, r), end in zip(bars, x1, strict=True) if r.high is None]
            arrows += [(start, i, "t3", r) for (i, r), start in zip(bars, x0, strict=True) if r.low is None]
            if arrows:  # open ends: one item of arrow heads, pointing on past the axis' edge or to zero
                self.addItem(pg.ScatterPlotItem(
                    x=[a[0] for a in arrows], y=[float(a[1]) for a in arrows], symbol=[a[2] for a in arrows], size=13,
                    brush=[fills[a[3].colour_key] for a in arrows], pen=None))
        points = [(i, r) for i, r in enumerate(rows) if r.point]
        if points:
            self.addItem(pg.ScatterPlotItem(
                x=[x(r.low, bottom) for _, r in points], y=[float(i) for i, _ in points], symbol="d", size=16,
                brush=[fills[r.colour_key] for _, r in points],
                pen=[outlined if self._is_selected(r) else plain for _, r in points]))
        self.addItem(ValueLabels(  # the value, written where the figure ends
            [x(r.high if r.high is not None else r.low, edge) if r.high is not None or r.point else edge for r in rows],
            [r.value_label + (f"  ×{r.reports}" if r.reports > 1 else "") for r in rows]))
        self._label_rows()
        self._fit_legend()
        plot.setYRange(-0.7, len(rows) - 0.3, padding=0)
        plot.setXRange(bottom, edge + (edge - bottom) * 0.2, padding=0.01)  # room for the value labels
        plot.getAxis("bottom").setLogMode(log)

    def _label_rows(self) -> None:
        """Each row's label on the left axis, cut to the share of the width labels may take."""
        most = max(16, int(LABEL_SHARE * self.width() / CHAR_PX))
        ticks = [(float(i), r.label if len(r.label) <= most else r.label[: most - 1].rstrip() + "…")
                 for i, r in enumerate(self.rows)]
        axis = self.getPlotItem().getAxis("left")
        axis.setTicks([ticks])
        axis.setWidth(16 + CHAR_PX * max((len(t[1]) for t in ticks), default=0))

    def _fit_legend(self) -> None:
        """The legend, in as many columns as the width holds, and the height the rows and the legend need."""
        made_for = (columns_for(self.width(), self._palette), tuple(self._palette.items()))
        if made_for != self._legend_for:
            self._legend_for = made_for
            self.legend = outside_legend(self.getPlotItem(), self.legend, self._palette, self._swatch, self.width())
        self.setMinimumHeight(FRAME_PX + ROW_PX * max(len(self.rows), 3) + LEGEND_ROW_PX * self.legend.lines())

    def _swatch(self, colour: str) -> pg.GraphicsObject:
        """A legend's square of this colour, made once (a legend only paints from it; making a scatter item
        takes milliseconds, a dozen of them a tenth of a second)."""
        if colour not in self._swatches:
            self._swatches[colour] = pg.ScatterPlotItem(symbol="s", size=10, brush=f"#{colour}", pen=None)
        return self._swatches[colour]

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        if getattr(self, "rows", None):  # (Qt resizes the widget once before __init__ has set its rows)
            self._label_rows()
            self._fit_legend()

    def _is_selected(self, row: Row) -> bool:
        return self.selected is not None and self.selected in (row.claim.id, *row.claim.reports)

    # ------------------------------------------------------------------------------------------ mouse

    def row_at(self, scene_pos: object) -> Row | None:
        if not self.getPlotItem().sceneBoundingRect().contains(scene_pos):
            return None
        i = int(round(self.getPlotItem().vb.mapSceneToView(scene_pos).y()))
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _hovered(self, scene_pos: object) -> None:
        row = self.row_at(scene_pos)
        self.setToolTip(details(row, self.articles.get(row.claim.article)) if row else "")

    def _clicked(self, event: object) -> None:
        row = self.row_at(event.scenePos())  # type: ignore[attr-defined]
        if row is not None:
            self.claimClicked.emit(row.claim.id)
