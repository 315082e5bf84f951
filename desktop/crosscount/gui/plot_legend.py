"""The legend of the Compare and Timeline plots: one item in the plot's own grid, under the value axis.

pyqtgraph's legend floats over the area the bars are drawn in (in the window's default layout it covered
their ends), and it makes a scatter item and a text item per entry: a dozen entries took 80 ms on every
change of group. This one sits in a row of its own under the axis, so it never covers a bar or a point,
and paints its entries itself, in as many columns as its width holds of the longest name.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import NamedTuple

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

MAX_LEGEND = 12  # sources named in a legend; more are summed up in one line (the hover names each)
ROW_PX = 20
SWATCH_PX = 12
GAP_PX = 28  # between a column's longest name and the next column's swatch


class Entry(NamedTuple):
    colour: str | None  # RRGGBB, or None for the "… and N more" line
    text: str


class PlotLegend(pg.GraphicsWidget):
    """``squares``: a filled square per entry (the Compare view's bars); else a line (the Timeline's)."""

    def __init__(self, plot: pg.PlotItem, squares: bool) -> None:
        super().__init__()
        self.squares = squares
        self.items: list[Entry] = []
        self.font = QFont()
        self.font.setPointSizeF(9)
        self._metrics = QFontMetricsF(self.font)
        self._column_px = 0.0
        plot.layout.addItem(self, 4, 0, 1, 3)  # the row under the value axis (3), the plot's whole width
        self.setPreferredHeight(0)

    def show_palette(self, palette: Mapping[str, str]) -> None:
        """An entry per colour key, the first ``MAX_LEGEND`` of them, then "… and N more"."""
        entries = [Entry(colour, key) for key, colour in list(palette.items())[:MAX_LEGEND]]
        if len(palette) > MAX_LEGEND:
            entries.append(Entry(None, f"… and {len(palette) - MAX_LEGEND} more"))
        self.items = entries
        self._column_px = SWATCH_PX + 8 + GAP_PX + max((self._metrics.horizontalAdvance(e.text) for e in entries),
                                                       default=0.0)
        self.fit(self.size().width())

    def columns(self, width: float) -> int:
        return max(1, int(width // self._column_px)) if self._column_px else 1

    def fit(self, width: float) -> int:
        """The lines the entries take at this width (the grid gives the legend that height)."""
        lines = math.ceil(len(self.items) / self.columns(width)) if self.items else 0
        self.setPreferredHeight(lines * ROW_PX + (6 if lines else 0))
        self.setMinimumHeight(lines * ROW_PX + (6 if lines else 0))
        self.update()
        return lines

    def entry_rects(self) -> list[QRectF]:
        """Where each entry is painted, in the legend's coordinates."""
        columns = self.columns(self.size().width())
        return [QRectF((i % columns) * self._column_px + 8, 3 + (i // columns) * ROW_PX, self._column_px - GAP_PX,
                       ROW_PX) for i in range(len(self.items))]

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.update()

    def paint(self, painter: QPainter, *args: object) -> None:
        painter.setFont(self.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for entry, rect in zip(self.items, self.entry_rects(), strict=True):
            middle = rect.top() + ROW_PX / 2
            if entry.colour is not None and self.squares:
                painter.fillRect(QRectF(rect.left(), middle - SWATCH_PX / 2, SWATCH_PX - 2, SWATCH_PX - 2),
                                 QColor(f"#{entry.colour}"))
            elif entry.colour is not None:
                painter.setPen(QPen(QColor(f"#{entry.colour}"), 1.5))
                painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.left() + SWATCH_PX, middle))
            painter.setPen(QColor("#444444"))
            painter.drawText(QRectF(rect.left() + SWATCH_PX + 8, rect.top(), rect.width(), ROW_PX),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, entry.text)
