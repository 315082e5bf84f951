"""The comparison plot: each claim of a group is a horizontal bar from low to high (pyqtgraph).

Fed with plain arrays (DESIGN.md: keep the plot a small widget). Open ends run to the edge of the view
with an arrow; a marker shows the point estimate; clicking a bar emits ``claimClicked``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..core.model import Claim

PALETTE = ["#2e6db4", "#d9822b", "#3a9b57", "#c2413b", "#7b5ea7", "#8c6d31", "#d45a9a", "#5f6b7a"]


class RangePlot(pg.PlotWidget):
    claimClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("rangePlot")
        self.setAccessibleName("Comparison of ranges")
        self.getPlotItem().showGrid(x=True, y=False, alpha=0.2)
        self.getPlotItem().setMenuEnabled(False)
        self.claims: list[Claim] = []
        self.scene().sigMouseClicked.connect(self._clicked)

    def show_claims(self, claims: list[Claim], title: str, article_order: list[str]) -> None:
        self.clear()
        self.claims = claims
        plot = self.getPlotItem()
        plot.setTitle(title, color="#222", size="11pt")
        if not claims:
            return
        lows = [c.value_range[0] for c in claims]
        highs = [c.value_range[1] for c in claims]
        known = [v for v in lows + highs if v is not None]
        top = max(known) if known else 1.0
        edge = top * 1.25
        x0 = np.array([lo if lo is not None else 0.0 for lo in lows])
        x1 = np.array([hi if hi is not None else edge for hi in highs])
        y = np.arange(len(claims), dtype=float)
        colours = [PALETTE[article_order.index(c.article) % len(PALETTE)] if c.article in article_order else PALETTE[0]
                   for c in claims]
        width = np.maximum(x1 - x0, top * 0.006)
        bars = pg.BarGraphItem(x0=x0, y=y, width=width, height=0.55, brushes=colours, pens=colours)
        self.addItem(bars)
        for i in range(len(claims)):
            if highs[i] is None:
                self.addItem(pg.ArrowItem(pos=(edge, y[i]), angle=180, headLen=12, brush=colours[i], pen=colours[i]))
            if lows[i] is None:
                self.addItem(pg.ArrowItem(pos=(0, y[i]), angle=0, headLen=12, brush=colours[i], pen=colours[i]))
        estimates = [(c.value_range[0], i) for i, c in enumerate(claims) if c.bound in ("exact", "approximate")]
        if estimates:
            self.addItem(pg.ScatterPlotItem(x=[e[0] for e in estimates], y=[e[1] for e in estimates], symbol="d",
                                            size=10, brush="#111", pen="#fff"))
        ticks = [(float(i), f"{c.source or c.article} · {c.as_of or '?'}") for i, c in enumerate(claims)]
        axis = plot.getAxis("left")
        axis.setTicks([ticks])
        axis.setWidth(min(260, 12 + 7 * max(len(t[1]) for t in ticks)))
        unit = (claims[0].normalized or {}).get("unit") or claims[0].unit or "count"
        plot.setLabel("bottom", unit)
        plot.setYRange(-0.7, len(claims) - 0.3)
        plot.setXRange(0, edge, padding=0.02)

    def _clicked(self, event: object) -> None:
        pos = event.scenePos()  # type: ignore[attr-defined]
        if not self.getPlotItem().sceneBoundingRect().contains(pos):
            return
        point = self.getPlotItem().vb.mapSceneToView(pos)
        i = int(round(point.y()))
        if 0 <= i < len(self.claims):
            self.claimClicked.emit(self.claims[i].id)
