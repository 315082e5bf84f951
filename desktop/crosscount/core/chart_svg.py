"""Charts worth publishing: a group's estimates as an SVG range chart or timeline, drawn from the rows
``estimate_rows`` decides, with a title, the axis' unit and a line naming the sources.

Why not the window's own rendering: Qt's SVG generator, and pyqtgraph's exporter, place a plot's items
by transforms that other renderers read differently (bars away from their labels), and a screen grab
has the screen's resolution. Written here, every bar, marker and label is placed in the document's own
coordinates, so the SVG renders the same everywhere and a PNG at any resolution is rendered from it.
Qt-free, so the command line and the tests use it as the window does.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .estimate_rows import Row, legend, lighter, short_number
from .xml_text import xml_escaped

WIDTH = 960
ROW = 26  # pixels a row of the range chart takes
TOP = 78  # title, subtitle and legend
BOTTOM = 64  # axis, its unit and the source line
RIGHT = 90  # value labels after the longest bar
FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
CHAR_PX = 6.6  # of 11 px text, for laying out labels
MAX_LABEL_PX = 470.0  # the rest of a longer label is cut, with an ellipsis


@dataclass(frozen=True)
class Axis:
    """A value axis from ``low`` to ``high`` (linear, or log10 with ``log``) onto pixels ``x0``–``x1``."""

    low: float
    high: float
    x0: float
    x1: float
    log: bool = False

    def __call__(self, value: float) -> float:
        a, b, v = (self.low, self.high, value) if not self.log else (
            math.log10(self.low), math.log10(self.high), math.log10(max(value, self.low)))
        return self.x0 + (v - a) / ((b - a) or 1.0) * (self.x1 - self.x0)

    def ticks(self) -> list[float]:
        """Round values across the axis: 1, 2, 5 × 10ⁿ apart (powers of ten on a log axis)."""
        if self.log:
            return [10.0 ** p for p in range(math.ceil(math.log10(self.low)), math.floor(math.log10(self.high)) + 1)]
        raw = (self.high - self.low) / 6 or 1.0
        power = 10 ** math.floor(math.log10(raw))
        step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
        first = math.ceil(self.low / step) * step
        return [first + i * step for i in range(int((self.high - first) / step) + 1)]


def _text(x: float, y: float, text: str, size: int = 11, anchor: str = "start", weight: str = "normal",
          fill: str = "#222") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size}" text-anchor="{anchor}" '
            f'font-weight="{weight}" fill="{fill}">{xml_escaped(text)}</text>')


def _frame(title: str, height: float, legend: dict[str, str], source_line: str) -> list[str]:
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
             f'viewBox="0 0 {WIDTH} {height:.0f}">', f'<rect width="{WIDTH}" height="{height:.0f}" fill="#ffffff"/>',
             _text(16, 26, title, size=16, weight="bold")]
    x, y = 16.0, 50.0
    for key, colour in legend.items():
        width = 22 + CHAR_PX * len(key)
        if x + width > WIDTH - 16:
            x, y = 16.0, y + 16
        parts.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="12" height="12" fill="#{colour}"/>')
        parts.append(_text(x + 16, y + 1, key))
        x += width + 12
    parts.append(_text(16, height - 12, source_line, size=10, fill="#555"))
    return parts


def source_line(outlets: Sequence[str], version: str) -> str:
    """"Source: BBC, Reuters; compiled with Crosscount 0.1.0"."""
    named = sorted({o for o in outlets if o})
    return f"Source: {', '.join(named) if named else 'the articles loaded'}; compiled with Crosscount {version}"


def range_chart(rows: Sequence[Row], title: str, unit: str, sources: str, log: bool = False) -> str:
    """The group's estimates, one row each: a bar from low to high (open ends lighter, with an arrow to
    the axis' end), a diamond for a point figure, its label on the left and its value on the right."""
    palette = legend(rows)
    label_px = min(MAX_LABEL_PX, 12 + CHAR_PX * max((len(r.label) for r in rows), default=10))
    fits = int((label_px - 12) / CHAR_PX)
    known = [v for r in rows for v in (r.low, r.high) if v is not None]
    top = max(known, default=1.0)
    bottom = min([0.0, *known]) if not log else min((v for v in known if v > 0), default=1.0) / 2
    edge = top * 1.15 if top > 0 else 1.0
    axis = Axis(bottom, edge, 16 + label_px, WIDTH - RIGHT, log=log and bottom > 0)
    top_y = TOP + (16 * ((len(palette) * 90) // WIDTH))
    height = top_y + ROW * len(rows) + BOTTOM
    parts = _frame(title, height, palette, sources)
    for tick in axis.ticks():
        x = axis(tick)
        parts.append(f'<line x1="{x:.1f}" y1="{top_y - 4}" x2="{x:.1f}" y2="{top_y + ROW * len(rows)}" '
                     'stroke="#e3e3e3" stroke-width="1"/>')
        parts.append(_text(x, top_y + ROW * len(rows) + 16, short_number(tick), size=10, anchor="middle", fill="#555"))
    parts.append(_text((axis.x0 + axis.x1) / 2, top_y + ROW * len(rows) + 32, unit, size=11, anchor="middle"))
    for i, r in enumerate(rows):
        y = top_y + ROW * i + ROW / 2
        colour = palette[r.colour_key]
        shown = r.label if len(r.label) <= fits else r.label[: fits - 1].rstrip() + "…"
        parts.append(_text(axis.x0 - 8, y + 4, shown, anchor="end"))
        parts.append(f'<g class="estimate" data-claim="{xml_escaped(r.claim.id)}">')
        if r.point:
            assert r.low is not None
            x = axis(r.low)
            parts.append(f'<path d="M{x:.1f},{y - 7:.1f} L{x + 7:.1f},{y:.1f} L{x:.1f},{y + 7:.1f} '
                         f'L{x - 7:.1f},{y:.1f} Z" fill="#{colour}" stroke="#ffffff" stroke-width="1"/>')
            end = x + 8
        else:
            x0 = axis(r.low) if r.low is not None else axis.x0
            x1 = axis(r.high) if r.high is not None else axis.x1
            fill = colour if r.low is not None and r.high is not None else lighter(colour)
            parts.append(f'<rect x="{x0:.1f}" y="{y - 7:.1f}" width="{max(x1 - x0, 2):.1f}" height="14" '
                         f'fill="#{fill}" stroke="#{colour}" stroke-width="1"/>')
            if r.high is None:
                parts.append(f'<path d="M{x1:.1f},{y - 8:.1f} L{x1 + 9:.1f},{y:.1f} L{x1:.1f},{y + 8:.1f} Z" '
                             f'fill="#{colour}"/>')
                if r.low is not None:
                    parts.append(f'<rect x="{x0 - 1.5:.1f}" y="{y - 7:.1f}" width="3" height="14" fill="#{colour}"/>')
            if r.low is None:
                parts.append(f'<path d="M{x0:.1f},{y - 8:.1f} L{x0 - 9:.1f},{y:.1f} L{x0:.1f},{y + 8:.1f} Z" '
                             f'fill="#{colour}"/>')
            end = x1 + (12 if r.high is None else 4)
        echo = f"  ×{r.reports}" if r.reports > 1 else ""
        parts.append(_text(end + 2, y + 4, r.value_label + echo, weight="bold"))
        parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts)


def timeline_chart(rows: Sequence[Row], title: str, unit: str, sources: str) -> str:
    """Estimates over time: x the as-of date, y the value; each estimate a vertical bar over its range
    (open ends to the axis' end) with a marker at its middle, each source one colour with a step line
    through its successive estimates."""
    dated = sorted((r for r in rows if r.when), key=lambda r: r.when or date.min)
    palette = legend(dated)
    height = 460.0
    top_y = TOP + 16 * ((len(palette) * 90) // WIDTH)
    parts = _frame(title, height, palette, sources)
    if not dated:
        parts.append(_text(WIDTH / 2, height / 2, "No dated estimates in this group", anchor="middle"))
        parts.append("</svg>")
        return "\n".join(parts)
    known = [v for r in dated for v in (r.low, r.high) if v is not None]
    ceiling = max(known) * 1.15 or 1.0
    y_axis = Axis(0.0, ceiling, height - BOTTOM, top_y)
    first, last = dated[0].when, dated[-1].when
    assert first is not None and last is not None
    span_days = max((last - first).days, 30)
    left, right = 90.0, WIDTH - 40.0

    def x_of(day: date) -> float:
        return left + ((day - first).days + span_days * 0.05) / (span_days * 1.1) * (right - left)

    for tick in y_axis.ticks():
        y = y_axis(tick)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#e3e3e3" stroke-width="1"/>')
        parts.append(_text(left - 6, y + 4, short_number(tick), size=10, anchor="end", fill="#555"))
    parts.append(_text(16, top_y - 8, unit, size=11))
    step = max(1, math.ceil(span_days / 30.4 / 8))  # months between date ticks: eight or fewer
    month = first.year * 12 + first.month  # the first of the month after the first estimate
    while (day := date(month // 12, month % 12 + 1, 1)) <= last:
        if (month % 12) % step == 0:
            parts.append(_text(x_of(day), height - BOTTOM + 16, f"{day.year}-{day.month:02d}", size=10,
                               anchor="middle", fill="#555"))
        month += 1
    for key, colour in palette.items():
        mine = [r for r in dated if r.colour_key == key]
        points = [(x_of(r.when), y_axis(r.middle)) for r in mine if r.when]
        if len(points) > 1:  # a step line: each estimate holds until the source's next one
            path = f"M{points[0][0]:.1f},{points[0][1]:.1f}" + "".join(
                f" H{x:.1f} V{y:.1f}" for x, y in points[1:])
            parts.append(f'<path d="{path}" fill="none" stroke="#{colour}" stroke-width="1.5" opacity="0.7"/>')
        for r, (x, y) in zip(mine, points, strict=True):
            lo = y_axis(r.low) if r.low is not None else y_axis(0.0)
            hi = y_axis(r.high) if r.high is not None else y_axis(ceiling)
            parts.append(f'<g class="estimate" data-claim="{xml_escaped(r.claim.id)}">')
            if r.low is not None and r.high is not None:
                parts.append(f'<line x1="{x:.1f}" y1="{lo:.1f}" x2="{x:.1f}" y2="{hi:.1f}" stroke="#{colour}" '
                             'stroke-width="3"/>')
            else:  # an open end: a lighter dashed line to the axis' end, and an arrow there
                fixed = lo if r.low is not None else hi
                tip, back = (hi, hi + 9) if r.high is None else (lo, lo - 9)
                parts.append(f'<line x1="{x:.1f}" y1="{fixed:.1f}" x2="{x:.1f}" y2="{tip:.1f}" '
                             f'stroke="#{lighter(colour)}" stroke-width="3" stroke-dasharray="5,3"/>')
                parts.append(f'<path d="M{x - 5:.1f},{back:.1f} L{x:.1f},{tip:.1f} L{x + 5:.1f},{back:.1f} Z" '
                             f'fill="#{colour}"/>')
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#{colour}" stroke="#ffffff" stroke-width="1"/>')
            parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts)
