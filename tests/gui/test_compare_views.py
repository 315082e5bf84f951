"""The Compare and Timeline plots as widgets (gui/compare_plot.py, gui/timeline_plot.py), fed with the
core's rows: labels, legend, one item per claim, selection, hover, and saved charts that render right."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from crosscount.core.articles import from_text
from crosscount.core.estimate_rows import rows
from crosscount.core.pipeline import analyze_articles
from crosscount.gui.compare_plot import ComparePlot
from crosscount.gui.timeline_plot import TimelinePlot

BODIES = [
    ("March 3, 2023", "Mediazona said at least 50,000 Russian soldiers had been killed."),
    ("March 4, 2023", "Mediazona said at least 50,000 Russian soldiers had been killed."),
    ("March 9, 2023", "The UK Ministry of Defence said between 40,000 and 60,000 Russian soldiers had been killed."),
    ("June 1, 2023", "Ukraine's General Staff said 200,000 Russian soldiers had been killed by May."),
    ("Sept. 15, 2023", "Mediazona said at least 70,000 Russian soldiers had been killed."),
]


@pytest.fixture
def fed():
    arts = []
    for i, (day, body) in enumerate(BODIES, 1):
        a = from_text(f"Report {i}\nPublished: {day}\n\n{body}\n", f"a{i}")
        arts.append(a.__class__(**{**a.__dict__, "outlet": f"Outlet {i}"}))
    analysis = analyze_articles(arts)
    group = next(g for g in analysis.groups if g.label == "Killed — Russia · military")
    articles = {a.id: a for a in analysis.articles}
    return analysis, group, articles


def test_compare_rows_are_labelled_by_source_and_outlet_with_a_legend(qtbot, fed):
    analysis, group, articles = fed
    plot = ComparePlot()
    qtbot.addWidget(plot)
    plot.resize(1600, 500)
    found = rows(group, analysis.claims, articles, order="value")
    plot.show_rows(found, group.label, "count", articles)
    ticks = [label for _, label in plot.getPlotItem().getAxis("left")._tickLevels[0]]
    assert ticks == [r.label for r in found]
    plot.show()
    plot.resize(400, 500)  # a narrow plot cuts its labels rather than the bars
    qtbot.waitUntil(lambda: plot.width() == 400)
    narrow = [label for _, label in plot.getPlotItem().getAxis("left")._tickLevels[0]]
    assert all(len(t) <= 0.4 * 400 / 7 + 1 for t in narrow) and any(t.endswith("…") for t in narrow)
    assert not any(t.split(" ")[0] in articles for t in ticks)  # never an article id
    legend = [entry.text for entry in plot.legend.items]
    assert legend == ["UK Ministry of Defence", "Mediazona", "Ukraine's General Staff"]
    assert plot.minimumHeight() >= 28 * len(found)


def test_clicking_a_row_selects_its_claim_and_hover_tells_its_details(qtbot, fed):
    analysis, group, articles = fed
    plot = ComparePlot()
    qtbot.addWidget(plot)
    found = rows(group, analysis.claims, articles, order="value")
    plot.show_rows(found, group.label, "count", articles)
    plot.resize(900, 400)
    plot.show()
    qtbot.waitExposed(plot)
    vb = plot.getPlotItem().vb
    scene_pos = vb.mapViewToScene(pg_point(60_000.0, 2.0))
    assert plot.row_at(scene_pos) is found[2]
    plot._hovered(scene_pos)
    assert found[2].claim.sentence in plot.toolTip() and found[2].label in plot.toolTip()


def pg_point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_the_timeline_holds_one_spot_per_claim_and_filters_sources(qtbot, fed):
    analysis, group, articles = fed
    plot = TimelinePlot()
    qtbot.addWidget(plot)
    found = rows(group, analysis.claims, articles)
    plot.show_rows(found, group.label, "count", articles)
    assert plot.spots is not None and len(plot.spots.points()) == len(found) == 5
    assert plot.sources() == ["Mediazona", "UK Ministry of Defence", "Ukraine's General Staff"]
    plot.set_hidden_sources({"Mediazona"})
    assert len(plot.spots.points()) == 2
    with qtbot.waitSignal(plot.claimClicked) as clicked:
        plot.spots.sigClicked.emit(plot.spots, [plot.spots.points()[0]], None)
    assert clicked.args == [plot.spots.points()[0].data()]


@pytest.mark.parametrize("widget", [ComparePlot, TimelinePlot])
def test_saved_svg_renders_back_with_each_estimate_where_it_was_drawn(qtbot, fed, tmp_path, widget):
    """The saved SVG, rendered by Qt's own SVG renderer, has its estimates' colours where the SVG puts them."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    analysis, group, articles = fed
    plot = widget()
    qtbot.addWidget(plot)
    plot.show_rows(rows(group, analysis.claims, articles, order="value"), group.label, "count", articles, "Source: x")
    out = tmp_path / "chart.svg"
    plot.save(str(out))
    svg = out.read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    ns = "{http://www.w3.org/2000/svg}"
    checked = 0
    for g in ET.fromstring(svg).iter(f"{ns}g"):
        shape = g.find(f"{ns}circle")
        if shape is not None:
            x, y, colour = float(shape.get("cx")), float(shape.get("cy")), shape.get("fill")
        elif (rect := g.find(f"{ns}rect")) is not None and float(rect.get("width")) > 6:
            x = float(rect.get("x")) + float(rect.get("width")) / 2
            y = float(rect.get("y")) + float(rect.get("height")) / 2
            colour = rect.get("fill")
        else:
            continue
        pixel = image.pixelColor(round(x), round(y))
        assert pixel.name().lower() == colour.lower(), (x, y)
        checked += 1
    assert checked >= 3


def test_png_is_saved_at_twice_the_screen_resolution(qtbot, fed, tmp_path):
    analysis, group, articles = fed
    plot = ComparePlot()
    qtbot.addWidget(plot)
    plot.show_rows(rows(group, analysis.claims, articles), group.label, "count", articles)
    out = tmp_path / "chart.png"
    plot.save(str(out))
    image = QImage(str(out))
    assert image.width() == 2 * 960


def test_the_selected_estimate_is_outlined_and_so_is_the_estimate_an_echo_repeats(qtbot, fed):
    import pyqtgraph as pg

    analysis, group, articles = fed
    plot = ComparePlot()
    qtbot.addWidget(plot)
    found = rows(group, analysis.claims, articles, order="value", independent_only=True)
    plot.show_rows(found, group.label, "count", articles)
    echo = next(c for c in analysis.claims if c.estimate_of)
    plot.select(echo.id)  # the echo is not drawn: the estimate it repeats is outlined
    bars = next(i for i in plot.getPlotItem().items if isinstance(i, pg.BarGraphItem))
    widths = [p.widthF() for p in bars._pens]
    drawn = [r for r in found if not r.point]
    assert [w > 2 for w in widths] == [r.claim.id == echo.estimate_of for r in drawn]


def test_a_legend_of_many_sources_names_the_first_and_counts_the_rest(qtbot):
    from crosscount.core.model import Claim, Group
    from crosscount.gui.plot_legend import MAX_LEGEND

    claims = [Claim(id=f"a1:{i}", article="a1", start=i, end=i + 1, text="x", sentence="x", kind="count", low=100.0 + i,
                    high=100.0 + i, estimate=None, bound="exact", source=f"Source {i}", as_of="2024-05")
              for i in range(MAX_LEGEND + 3)]
    group = Group(key="g", label="Many", category="killed", subject=None, kind="count", claims=tuple(c.id for c in claims))
    for plot in (ComparePlot(), TimelinePlot()):
        qtbot.addWidget(plot)
        plot.show_rows(rows(group, claims, {}), "Many", "count", {})
        names = [entry.text for entry in plot.legend.items]
        assert len(names) == MAX_LEGEND + 1 and names[-1] == "… and 3 more"


def test_the_legend_never_covers_a_bar_in_the_default_window_layout(qtbot, fed):
    """In the window as it opens (the Compare view beside the table), the legend lies outside the area
    the bars are drawn in, whatever the rows and however many sources."""
    from crosscount.gui import MainWindow

    analysis, group, articles = fed
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    plot = w.compare_plot
    found = rows(group, analysis.claims, articles, order="value")
    plot.show_rows(found, group.label, "count", articles)
    qtbot.waitUntil(lambda: plot.legend.items and plot.legend.sceneBoundingRect().height() > 0)
    area = plot.getPlotItem().vb.sceneBoundingRect()
    legend = plot.legend.sceneBoundingRect()
    assert legend.isValid() and not legend.intersects(area), (legend, area)
    assert len(plot.legend.entry_rects()) == len(plot.legend.items) == 3
    for rect in plot.legend.entry_rects():  # each entry painted inside the legend, none over the bars
        on_scene = plot.legend.mapRectToScene(rect)
        assert legend.contains(on_scene) and not on_scene.intersects(area), (on_scene, legend)
    bars = next(i for i in plot.getPlotItem().items if i.__class__.__name__ == "BarGraphItem")
    assert not bars.sceneBoundingRect().intersects(legend)
    rendered = plot.grab().toImage()  # and the entries are painted: the first swatch's colour is there
    first = plot.legend.mapRectToScene(plot.legend.entry_rects()[0])
    at = plot.mapFromScene(first.topLeft())
    swatch = rendered.pixelColor(at.x() + 5, at.y() + 10)
    assert swatch.name().lstrip("#").upper() == plot.legend.items[0].colour.upper()


def _group_of(n: int):
    from crosscount.core.model import Claim, Group

    claims = [Claim(id=f"a{i}:0", article=f"a{i}", start=0, end=1, text="x", sentence="x", kind="count",
                    low=1_000.0 + 10 * i, high=1_000.0 + 10 * i, estimate=None, bound="exact", category="killed",
                    source=f"Source {i % 5}", as_of=f"2024-{1 + i % 12:02d}") for i in range(n)]
    group = Group(key="g", label="Killed", category="killed", subject=None, kind="count",
                  claims=tuple(c.id for c in claims))
    return rows(group, claims, {}, order="value")


def _labels_laid_out(plot: ComparePlot) -> list[str]:
    """The row labels the left axis lays out to paint (pyqtgraph's own drawing specs)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # (the axis takes the view's range when the scene is next painted)
    plot.grab()
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    specs = plot.getPlotItem().getAxis("left").generateDrawSpecs(painter)
    painter.end()
    return [text for *_rect, text in specs[2]]


def _rows_drawn(plot: ComparePlot) -> list[int]:
    """The rows that have a bar or a diamond in the plot, and the rows whose value is written."""
    import pyqtgraph as pg

    from crosscount.gui.compare_plot import ValueLabels

    items = plot.getPlotItem().items
    shapes = sorted(int(y) for i in items if isinstance(i, pg.BarGraphItem) for y in i.opts["y"])
    shapes += [int(p.pos().y()) for i in items if isinstance(i, pg.ScatterPlotItem) and i.opts["symbol"] == "d"
               for p in i.points()]
    values = [i for i in items if isinstance(i, ValueLabels)]
    assert len(values) == 1
    written = list(range(values[0].first, values[0].first + len(values[0].texts)))
    assert sorted(shapes) == written
    return written


def _shown(qtbot, n: int):
    """A Compare plot of 900 × 500 pixels showing a group of ``n`` claims, its layout settled."""
    found = _group_of(n)
    plot = ComparePlot()
    qtbot.addWidget(plot)
    plot.resize(900, 500)
    plot.show()
    qtbot.waitExposed(plot)
    plot.show_rows(found, "Killed", "count", {})
    qtbot.wait(20)  # the plot's layout (title, legend) settles
    return plot, found


def test_a_large_group_draws_the_rows_that_fit_and_scrolls_to_the_others(qtbot):
    """Rows keep their height: the plot shows those that fit, lays out only their labels, and its scroll
    bar, the wheel and a selection move the others into view."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    from crosscount.gui.compare_plot import ROW_PX

    plot, found = _shown(qtbot, 200)
    fit = plot.rows_in_view()
    assert fit == int(plot.getPlotItem().vb.height() // ROW_PX)
    assert 5 <= fit < 500 // ROW_PX and plot.scroll_bar.isVisible() and plot.scroll_bar.maximum() == 200 - fit
    assert plot.getPlotItem().vb.viewRange()[1] == pytest.approx([-0.7, fit - 0.3])
    labels = _labels_laid_out(plot)
    assert labels == [r.label for r in found[:fit]]  # the first rows' labels only, not 200
    assert _rows_drawn(plot) == list(range(fit))  # and only their bars and values
    assert plot.scroll_bar.geometry().right() == plot.width() - 1  # at the plot's right edge
    bar = plot.scroll_bar.geometry().toRectF()
    item = plot.getPlotItem()
    for drawn in (item.vb, item.getAxis("bottom"), plot.legend):  # the bar covers none of the plot
        assert not drawn.sceneBoundingRect().intersects(bar), drawn

    plot.scroll_bar.setValue(120)
    assert plot.getPlotItem().vb.viewRange()[1] == pytest.approx([119.3, 120 + fit - 0.3])
    assert _labels_laid_out(plot) == [r.label for r in found[120:120 + fit]]
    assert _rows_drawn(plot) == list(range(120, 120 + fit))
    vb = plot.getPlotItem().vb
    assert plot.row_at(vb.mapViewToScene(QPointF(1_500.0, 121.0))) is found[121]

    down = QWheelEvent(QPointF(400, 200), QPointF(400, 200), QPoint(0, 0), QPoint(0, -120),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    plot.wheelEvent(down)
    assert plot.scroll_bar.value() == 123

    plot.select(found[10].claim.id)  # a claim selected elsewhere is scrolled into view
    assert plot.scroll_bar.value() <= 10 < plot.scroll_bar.value() + fit


def test_a_small_group_spreads_its_rows_over_the_plot_without_a_scroll_bar(qtbot):
    plot, found = _shown(qtbot, 4)
    assert not plot.scroll_bar.isVisible()
    assert plot.getPlotItem().vb.viewRange()[1] == pytest.approx([-0.7, 3.7])
    assert _labels_laid_out(plot) == [r.label for r in found]
    assert _rows_drawn(plot) == [0, 1, 2, 3]


def test_a_group_of_52_in_the_window_says_which_rows_it_shows_and_scrolls_by_bar_wheel_and_keys(qtbot):
    """In the window as it opens the Compare view has room for a few rows: it says which of how many it
    shows, its scroll bar lies beside the rows, the wheel scrolls, Ctrl+wheel zooms the values, and the
    keys page through them."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    from crosscount.gui import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show_pages(loading=True)
    w.show()
    qtbot.waitExposed(w)
    plot = w.compare_plot
    found = _group_of(52)
    plot.show_rows(found, "Killed", "count", {})
    qtbot.wait(20)
    fit = plot.rows_in_view()
    assert fit < 52 and plot.scroll_bar.isVisible()
    assert plot.position.isVisible() and plot.position.text() == f"Rows 1–{fit} of 52"
    rows_area = plot.mapFromScene(plot.getPlotItem().vb.sceneBoundingRect()).boundingRect()
    bar = plot.scroll_bar.geometry()
    assert abs(bar.top() - rows_area.top()) <= 2 and abs(bar.bottom() - rows_area.bottom()) <= 2  # beside the rows

    over = QPointF(rows_area.center())  # over the rows

    def wheel(modifiers):
        return QWheelEvent(over, plot.mapToGlobal(over), QPoint(0, 0), QPoint(0, -120),
                           Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)

    plot.wheelEvent(wheel(Qt.KeyboardModifier.NoModifier))
    assert plot.scroll_bar.value() == 3 and plot.position.text() == f"Rows 4–{3 + fit} of 52"
    values = plot.getPlotItem().vb.viewRange()[0]
    plot.wheelEvent(wheel(Qt.KeyboardModifier.ControlModifier))  # zooms the values, scrolls nothing
    assert plot.scroll_bar.value() == 3 and plot.getPlotItem().vb.viewRange()[0] != pytest.approx(values)

    plot.setFocus()
    qtbot.keyClick(plot, Qt.Key.Key_End)
    assert plot.scroll_bar.value() == 52 - fit and plot.position.text() == f"Rows {53 - fit}–52 of 52"
    qtbot.keyClick(plot, Qt.Key.Key_Home)
    assert plot.scroll_bar.value() == 0
    qtbot.keyClick(plot, Qt.Key.Key_PageDown)
    assert plot.scroll_bar.value() == fit
    qtbot.keyClick(plot, Qt.Key.Key_PageUp)
    assert plot.scroll_bar.value() == 0


def test_the_compare_axes_are_written_dark_on_the_light_plot(qtbot, fed):
    analysis, group, articles = fed
    plot = ComparePlot()
    qtbot.addWidget(plot)
    plot.show_rows(rows(group, analysis.claims, articles), group.label, "count", articles)
    for name in ("left", "bottom"):
        text = plot.getPlotItem().getAxis(name).textPen().color()
        assert text.lightness() < 80, (name, text.name())


def test_a_fitting_group_says_nothing_of_rows(qtbot):
    plot, _found = _shown(qtbot, 4)
    assert not plot.position.isVisible()


def test_each_entry_of_the_groups_list_has_a_tooltip_with_its_whole_name(qtbot, fed):
    """The list is narrow and cuts long names: the tooltip names the group whole, with its counts."""
    from crosscount.gui.plot_panel import GroupsList

    analysis, group, _articles = fed
    groups = GroupsList()
    qtbot.addWidget(groups)
    groups.show_groups(analysis.groups, group.key)
    for i, g in enumerate(analysis.groups):
        tip = groups.item(i).toolTip()
        assert tip.startswith(g.label) and f"{len(g.claims)} claim" in tip, tip
