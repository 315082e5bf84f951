"""The Compare view's plot: a group's estimates, one row each, as the core's ``estimate_rows`` orders and
labels them (pyqtgraph). The window only draws: a bar from low to high in its source's colour, open ends
lighter with an arrow to the axis' edge, a diamond for a point figure, the value written beside it, a
legend of sources, the selected estimate outlined, and the details on hover.

Rows keep their height (``ROW_PX``) however many there are: the plot shows the rows that fit its height
(its vertical range is those rows), and its scroll bar (``scroll_bar``, beside the rows in a margin the plot
leaves at its right edge), the wheel, or the keys (Page Up, Page Down, Home, End, the arrows) move them;
Ctrl with the wheel zooms the values. ``position`` says which rows are in view ("Rows 1–4 of 52"). The frame (the value axis' range, the legend, the row labels) is made
from every row, so it stays put as the rows scroll; the items are made for the rows in view only, and only
their labels are laid out and painted, whatever the size of the group.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QLabel, QScrollBar, QWidget

from ..core.chart_svg import range_chart
from ..core.estimate_rows import Row, details, legend, lighter, short_number
from ..core.model import Article
from .chart_files import save_chart
from .plot_legend import ROW_PX as LEGEND_ROW_PX
from .plot_legend import PlotLegend

ROW_PX = 28
FRAME_PX = 110  # title and the value axis
MIN_ROWS = 3  # the plot is never shorter than this many rows
WHEEL_ROWS = 3  # rows a notch of the wheel scrolls
LABEL_SHARE = 0.4  # of the plot's width the labels may take; the rest of a longer label is cut, with an
CHAR_PX = 7  # ellipsis (the tooltip has it whole), at about this many pixels a character
AXIS_TEXT, AXIS_LINE = "#222222", "#555555"  # dark on the white plot, whatever the desktop's theme


class ValueAxis(pg.AxisItem):
    """Values as analysts write them: 50k, 1.2M (a log axis shows the powers of ten so)."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        if self.logMode:
            return [short_number(10.0 ** v) for v in values]
        return [short_number(v * scale) for v in values]


class ValueLabels(pg.GraphicsObject):
    """Each row's value label, beside the row's end, in one item that paints only the rows in view: a
    thousand TextItems took 350 ms to make and a thousand scene items to move on every pan."""

    def __init__(self, ends: Sequence[float], texts: Sequence[str], first: int = 0) -> None:
        super().__init__()
        self.ends, self.texts, self.first = list(ends), list(texts), first  # the rows from ``first`` on
        self.font = QFont()
        self.font.setPointSizeF(9)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        if not self.ends:
            return QRectF()
        return QRectF(min(self.ends), self.first - 1.0, max(self.ends) - min(self.ends) + 1e-9, len(self.ends) + 1.0)

    def paint(self, painter: QPainter, *args: object) -> None:
        to_device = painter.transform()
        painter.resetTransform()  # text in pixels, whatever the axes' scale
        painter.setFont(self.font)
        painter.setPen(QColor("#111111"))
        visible = QRectF(painter.viewport())
        for row, (end, text) in enumerate(zip(self.ends, self.texts, strict=True), self.first):
            at = to_device.map(QPointF(end, row))
            if visible.top() - 20 <= at.y() <= visible.bottom() + 20:
                painter.drawText(at + QPointF(9, 4), text)


@dataclass(frozen=True)
class _Scale:
    """The value axis of the rows drawn: linear or log (values below ``floor`` drawn at it), from ``bottom``
    to ``edge`` (where open ends stop)."""

    log: bool
    floor: float
    bottom: float
    edge: float

    def x(self, v: float | None, open_end: float) -> float:
        if v is None:
            return open_end
        return math.log10(max(v, self.floor)) if self.log else v


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
        for name in ("left", "bottom"):
            plot.getAxis(name).setTextPen(AXIS_TEXT)
            plot.getAxis(name).setPen(AXIS_LINE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # (the keys scroll the rows)
        self.rows: list[Row] = []
        self.articles: Mapping[str, Article] = {}
        self.log = False
        self.selected: str | None = None
        self._title = ""
        self._unit = ""
        self._sources = ""
        self._scale = _Scale(False, 1.0, 0.0, 1.0)
        self._palette: dict[str, str] = {}
        self._window = (0, 0)  # the rows drawn: from, to (not included)
        self._drawn: list[pg.GraphicsObject] = []  # their items
        self.legend = PlotLegend(plot, squares=True)
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical, self, objectName="compareScroll", visible=False,
                                     toolTip="The estimates that do not fit; the wheel over the plot scrolls them too")
        self.scroll_bar.valueChanged.connect(lambda _first: self._show_window())
        self.position = QLabel(self, objectName="comparePosition", visible=False,
                               toolTip="The rows in view; scroll with the bar, the wheel or Page Up and Page Down")
        self.position.setStyleSheet(f"color: {AXIS_TEXT}; background: transparent;")
        plot.getViewBox().sigResized.connect(lambda _box: self._show_window())
        self.scene().sigMouseClicked.connect(self._clicked)
        self.scene().sigMouseMoved.connect(self._hovered)
        self._draw()  # empty, until the window shows a group

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
        """Outline the estimate of this claim (or of the estimate it echoes), scrolled into view; drawn again
        only when the outline moves."""
        if claim_id != self.selected:
            self.selected = claim_id
            self._draw_rows()
            row = next((i for i, r in enumerate(self.rows) if self._is_selected(r)), None)
            first, fit = self.scroll_bar.value(), self.rows_in_view()
            if row is not None and not first <= row < first + fit:
                self.scroll_bar.setValue(row - fit // 2)

    def scroll_to_top(self) -> None:
        self.scroll_bar.setValue(0)

    def save(self, path: str, dpi: float | None = None) -> None:
        """The chart for publication, as SVG or PNG by the extension (see chart_files)."""
        svg = range_chart(self.rows, self._title, self._unit, self._sources, log=self.log)
        save_chart(svg, path) if dpi is None else save_chart(svg, path, dpi)

    # ------------------------------------------------------------------------------------------ drawing

    def _draw(self) -> None:
        """The frame from every row (title, the value axis' range, legend, row labels), then the rows in view."""
        plot = self.getPlotItem()
        plot.clear()
        self._drawn, self._window = [], (0, 0)
        plot.setTitle(self._title, color="#222", size="11pt")
        plot.setLabel("bottom", self._unit)
        rows = self.rows
        plot.getAxis("bottom").setStyle(showValues=bool(rows))  # (no values on the axis of an empty plot)
        if not rows:
            plot.getAxis("left").setTicks([[]])
            self.legend.show_palette({})
            self._fit_legend()
            return
        known = [v for r in rows for v in (r.low, r.high) if v is not None]
        positive = [v for v in known if v > 0]
        log = self.log and bool(positive)
        top = max(known, default=1.0)
        floor = min(positive) / 2 if positive else 1.0
        bottom = math.log10(floor) if log else min(0.0, *known)
        edge = math.log10(top * 1.3) if log else top + 0.18 * ((top - bottom) or 1.0)
        self._scale = _Scale(log, floor, bottom, edge)
        self._palette = legend(rows)
        self.legend.show_palette(self._palette)
        self._label_rows()
        self._fit_legend()  # (which draws the rows that fit)
        plot.setXRange(bottom, edge + (edge - bottom) * 0.2, padding=0.01)  # room for the value labels
        plot.getAxis("bottom").setLogMode(log)

    def _draw_rows(self) -> None:
        """The items of the rows in view (``_window``), in place of those drawn before: a bar from low to high
        (open ends lighter, with an arrow), a diamond for a point figure, the value where the figure ends."""
        plot = self.getPlotItem()
        for item in self._drawn:
            plot.removeItem(item)
        self._drawn = []
        first, last = self._window
        if first >= last:
            return
        scale, palette = self._scale, self._palette
        shown = list(enumerate(self.rows[first:last], first))
        fills = {key: pg.mkBrush(f"#{colour}") for key, colour in palette.items()}  # shared: one symbol each
        plain, outlined = pg.mkPen("#fff"), pg.mkPen("#111", width=2.5)
        bars = [(i, r) for i, r in shown if not r.point]
        if bars:
            x0 = np.array([scale.x(r.low, scale.bottom) for _, r in bars])
            x1 = np.array([scale.x(r.high, scale.edge) for _, r in bars])
            width = np.maximum(x1 - x0, (scale.edge - scale.bottom) * 0.004)
            brushes = [f"#{palette[r.colour_key]}" if r.low is not None and r.high is not None
                       else f"#{lighter(palette[r.colour_key])}" for _, r in bars]
            edges = {key: pg.mkPen(f"#{colour}") for key, colour in palette.items()}
            pens = [outlined if self._is_selected(r) else edges[r.colour_key] for _, r in bars]
            self._drawn.append(pg.BarGraphItem(x0=x0, y=[float(i) for i, _ in bars], width=width, height=0.55,
                                               brushes=brushes, pens=pens))
            arrows = [(end, i, "t2", r) for (i, r), end in zip(bars, x1, strict=True) if r.high is None]
            arrows += [(start, i, "t3", r) for (i, r), start in zip(bars, x0, strict=True) if r.low is None]
            if arrows:  # open ends: one item of arrow heads, pointing on past the axis' edge or to zero
                self._drawn.append(pg.ScatterPlotItem(
                    x=[a[0] for a in arrows], y=[float(a[1]) for a in arrows], symbol=[a[2] for a in arrows], size=13,
                    brush=[fills[a[3].colour_key] for a in arrows], pen=None))
        points = [(i, r) for i, r in shown if r.point]
        if points:
            self._drawn.append(pg.ScatterPlotItem(
                x=[scale.x(r.low, scale.bottom) for _, r in points], y=[float(i) for i, _ in points], symbol="d",
                size=16, brush=[fills[r.colour_key] for _, r in points],
                pen=[outlined if self._is_selected(r) else plain for _, r in points]))
        self._drawn.append(ValueLabels(  # the value, written where the figure ends
            [scale.x(r.high if r.high is not None else r.low, scale.edge) if r.high is not None or r.point
             else scale.edge for _, r in shown],
            [r.value_label + (f"  ×{r.reports}" if r.reports > 1 else "") for _, r in shown], first))
        for item in self._drawn:
            plot.addItem(item)

    def _label_rows(self) -> None:
        """Each row's label on the left axis, cut to the share of the width labels may take."""
        most = max(16, int(LABEL_SHARE * self.width() / CHAR_PX))
        ticks = [(float(i), r.label if len(r.label) <= most else r.label[: most - 1].rstrip() + "…")
                 for i, r in enumerate(self.rows)]
        axis = self.getPlotItem().getAxis("left")
        axis.setTicks([ticks])
        axis.setWidth(16 + CHAR_PX * max((len(t[1]) for t in ticks), default=0))

    def _fit_legend(self) -> None:
        """The legend's lines (as many columns as the width holds), then the rows that fit under them."""
        self._legend_lines = self.legend.fit(self.width())
        self.setMinimumHeight(FRAME_PX + ROW_PX * MIN_ROWS + LEGEND_ROW_PX * self._legend_lines)
        self._show_window()

    def rows_in_view(self) -> int:
        """How many rows fit the plot's area at ``ROW_PX`` each (before its first layout: the widget's height
        less the title, the value axis and the legend)."""
        area = self.getPlotItem().vb.height()
        if area <= 0:
            area = self.height() - FRAME_PX - LEGEND_ROW_PX * getattr(self, "_legend_lines", 0)
        return max(MIN_ROWS, int(area // ROW_PX))

    def _show_window(self) -> None:
        """The vertical range: every row when all fit (spread over the height), else the ``rows_in_view``
        from the scroll bar's first row on."""
        n, fit = len(self.rows), self.rows_in_view()
        with QSignalBlocker(self.scroll_bar):
            self.scroll_bar.setRange(0, max(0, n - fit))
            self.scroll_bar.setPageStep(fit)
        if self.scroll_bar.isVisibleTo(self) != (n > fit):
            self.scroll_bar.setVisible(n > fit)
            right = self.scroll_bar.sizeHint().width() if n > fit else 0
            self.getPlotItem().layout.setContentsMargins(1, 1, 1 + right, 1)  # the bar's margin
        self.position.setVisible(n > fit)
        if not n:  # (nothing to show: the axes keep their range)
            self._window = (0, 0)
            return
        first, last = (0, n) if n <= fit else (self.scroll_bar.value(), self.scroll_bar.value() + fit)
        self.getPlotItem().setYRange(first - 0.7, last - 0.3, padding=0)
        if (first, min(last, n)) != self._window:
            self._window = (first, min(last, n))
            self._draw_rows()
        self.position.setText(f"Rows {first + 1}–{min(last, n)} of {n}")
        self._place_controls()

    def _place_controls(self) -> None:
        """The scroll bar beside the rows (not the title or the legend), at the plot's right edge; the rows'
        position under the row labels, left of the value axis."""
        area = self.mapFromScene(self.getPlotItem().vb.sceneBoundingRect()).boundingRect()
        width = self.scroll_bar.sizeHint().width()
        if area.height() > 0:
            self.scroll_bar.setGeometry(self.width() - width, area.top(), width, area.height())
        else:  # (before the first layout)
            self.scroll_bar.setGeometry(self.width() - width, 0, width, self.height())
        self.position.adjustSize()
        self.position.move(4, max(0, area.bottom() + 6))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        """The wheel scrolls the rows when some are out of view; with Ctrl held (or all in view) it zooms
        the values, as pyqtgraph does."""
        if self.scroll_bar.isVisible() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            self.scroll_bar.setValue(self.scroll_bar.value() - round(notches * WHEEL_ROWS))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Page Up and Page Down a screenful of rows, Home and End to the first and last, the arrows a row."""
        bar, key = self.scroll_bar, event.key()
        moves = {Qt.Key.Key_PageDown: bar.value() + bar.pageStep(), Qt.Key.Key_PageUp: bar.value() - bar.pageStep(),
                 Qt.Key.Key_Down: bar.value() + 1, Qt.Key.Key_Up: bar.value() - 1,
                 Qt.Key.Key_Home: bar.minimum(), Qt.Key.Key_End: bar.maximum()}
        if bar.isVisible() and key in moves:
            bar.setValue(moves[Qt.Key(key)])
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        if not hasattr(self, "scroll_bar") or self.getPlotItem() is None:
            return  # (Qt resizes the widget once before __init__ has made it, and once as it closes)
        self._place_controls()
        if self.rows:
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
