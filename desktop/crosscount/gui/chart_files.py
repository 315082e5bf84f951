"""Saving a plot for publication: the SVG the core draws (core/chart_svg), and a PNG rendered from it
at twice the screen's resolution or a chosen DPI, so that both show the same chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SCREEN_DPI = 96.0


def save_chart(svg: str, path: str, dpi: float = 2 * SCREEN_DPI) -> None:
    """Write ``svg`` to ``path`` as SVG, or as PNG at ``dpi`` (by the extension); OSError says why not."""
    target = Path(path)
    if target.suffix.lower() == ".svg":
        target.write_text(svg, encoding="utf-8")
        return
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize() * (dpi / SCREEN_DPI)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        renderer.render(painter)
    finally:
        painter.end()
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")
