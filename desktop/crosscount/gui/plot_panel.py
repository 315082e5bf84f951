"""The plot panel (bottom right): the range plot of the group shown, a log-scale switch and Save plot."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..core.model import Claim, Group
from .range_plot import RangePlot

MAX_PLOT_BARS = 60  # more bars than this cannot be read; the table lists them all


class PlotPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.range_plot = RangePlot()
        self.range_plot.setToolTip("Each bar is one claim's range; click a bar to select the claim")
        self.log_scale = QCheckBox("Log scale", toolTip="For figures that span orders of magnitude")
        self.log_scale.toggled.connect(self.range_plot.set_log)
        save = QPushButton("Save plot…", toolTip="Save the plot as a PNG image or an SVG drawing")
        save.clicked.connect(self.save_dialog)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.log_scale)
        bar.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.range_plot)
        layout.addLayout(bar)

    def show_group(self, group: Group | None, largest: Group | None, by_id: dict[str, Claim],
                   order: list[str]) -> None:
        """Plot ``group``; with all claims in the table, the largest group."""
        title = group.label if group else ""
        if group is None and largest is not None:
            group, title = largest, f"{largest.label} (largest group)"
        ids = group.claims if group else ()
        if len(ids) > MAX_PLOT_BARS:
            title += f" — first {MAX_PLOT_BARS} of {len(ids):,}"
        members = [by_id[i] for i in ids[:MAX_PLOT_BARS] if i in by_id]
        self.range_plot.show_claims(members, title or "No comparable figures yet", order)

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save plot", "comparison.png",
                                              "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            self.range_plot.save(path)
