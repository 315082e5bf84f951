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
from ..core.unit_words import label

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
        self.log = False
        self._title = ""
        self._order: list[str] = []
        self.scene().sigMouseClicked.connect(self._clicked)
        self.scene().sigMouseMoved.connect(self._hovered)

    def set_log(self, on: bool) -> None:
        """Log scale for groups whose figures span orders of magnitude (open ends still reach the edge)."""
        self.log = on
        self.show_claims(self.claims, self._title, self._order)

    def save(self, path: str) -> bool:
        """The plot as PNG or SVG (by extension). SVG is rendered by Qt's QSvgGenerator: pyqtgraph's own
        SVG exporter fails on the paths current Qt writes (pyqtgraph issue #3485)."""
        if not path.lower().endswith(".svg"):
            return bool(self.grab().save(path))
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(self.size())
        generator.setViewBox(self.rect())
        generator.setTitle(self._title)
        painter = QPainter(generator)
        try:
            self.render(painter)
        finally:
            painter.end()
        return True

    def show_claims(self, claims: list[Claim], title: str, article_order: list[str]) -> None:
        self.clear()
        self.claims = claims
        self._title = title
        self._order = article_order
        plot = self.getPlotItem()
        plot.setLogMode(x=False, y=False)
        plot.setTitle(title, color="#222", size="11pt")
        if not claims:
            return
        lows = [c.value_range[0] for c in claims]
        highs = [c.value_range[1] for c in claims]
        known = [v for v in lows + highs if v is not None]
        top = max([0.0, *known]) if known else 1.0
        bottom = min([0.0, *known])  # ranges are compared from zero, and from the lowest negative figure
        span = (top - bottom) or 1.0
        edge = top + 0.25 * span
        positive = [v for v in known if v > 0]
        floor = min(positive) / 10 if positive else 1.0
        x0 = np.array([lo if lo is not None else (floor if self.log else bottom) for lo in lows])
        x1 = np.array([hi if hi is not None else edge for hi in highs])
        if self.log:  # bars are drawn in log10 space; the axis shows the powers of ten
            x0, x1, edge = np.log10(np.maximum(x0, floor)), np.log10(np.maximum(x1, floor)), float(np.log10(edge))
        y = np.arange(len(claims), dtype=float)
        colours = [PALETTE[article_order.index(c.article) % len(PALETTE)] if c.article in article_order else PALETTE[0]
                   for c in claims]
        width = np.maximum(x1 - x0, (edge if self.log else span) * 0.006)
        bars = pg.BarGraphItem(x0=x0, y=y, width=width, height=0.55, brushes=colours, pens=colours)
        self.addItem(bars)
        for i in range(len(claims)):
            if highs[i] is None:  # open upper end: an arrow at the edge, pointing on
                self.addItem(pg.ArrowItem(pos=(edge, y[i]), angle=180, headLen=16, brush="#111", pen="#111"))
            if lows[i] is None:
                self.addItem(pg.ArrowItem(pos=(x0[i], y[i]), angle=0, headLen=16, brush="#111", pen="#111"))
        estimates = [(x0[i], i) for i, c in enumerate(claims) if c.bound in ("exact", "approximate")]
        if estimates:
            self.addItem(pg.ScatterPlotItem(x=[e[0] for e in estimates], y=[e[1] for e in estimates], symbol="d",
                                            size=10, brush="#111", pen="#fff"))
        ticks = [(float(i), f"{c.source or c.article} · {c.as_of or '?'}") for i, c in enumerate(claims)]
        axis = plot.getAxis("left")
        axis.setTicks([ticks])
        axis.setWidth(min(260, 12 + 7 * max(len(t[1]) for t in ticks)))
        unit = (claims[0].normalized or {}).get("unit") or claims[0].unit
        plot.setLabel("bottom", label(unit) or "count")
        plot.setYRange(-0.7, len(claims) - 0.3)
        plot.setXRange(float(x0.min()) if self.log else bottom, edge, padding=0.02)
        if self.log:
            powers = range(int(np.floor(x0.min())), int(np.ceil(edge)) + 1)
            plot.getAxis("bottom").setTicks([[(float(p), f"{10 ** p:,.0f}") for p in powers]])
        else:
            plot.getAxis("bottom").setTicks(None)

    def _claim_at(self, scene_pos: object) -> Claim | None:
        if not self.getPlotItem().sceneBoundingRect().contains(scene_pos):
            return None
        point = self.getPlotItem().vb.mapSceneToView(scene_pos)
        i = int(round(point.y()))
        return self.claims[i] if 0 <= i < len(self.claims) else None

    def _hovered(self, scene_pos: object) -> None:
        claim = self._claim_at(scene_pos)
        self.setToolTip(f"{claim.text}\n\n{claim.sentence}" if claim else "")

    def _clicked(self, event: object) -> None:
        claim = self._claim_at(event.scenePos())  # type: ignore[attr-defined]
        if claim is not None:
            self.claimClicked.emit(claim.id)
