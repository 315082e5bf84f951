"""The SVG charts (core/chart_svg.py): valid XML whatever the text, every bar on its label's line, the
title, unit and source line drawn; tests/gui/test_chart_render.py renders them back with Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from crosscount.core.articles import from_text
from crosscount.core.chart_svg import range_chart, source_line, timeline_chart
from crosscount.core.estimate_rows import rows
from crosscount.core.pipeline import analyze_articles
from crosscount.core.xml_text import xml_safe

NS = "{http://www.w3.org/2000/svg}"
BODIES = [
    ("March 3, 2023", "Outlet <One> & Co", "Mediazona said at least 50,000 Russian soldiers had been killed."),
    ("March 9, 2023", "Outlet \x01Two", "The UK Ministry of Defence said between 40,000 and 60,000 Russian soldiers "
                                        "had been killed."),
    ("June 1, 2023", "Outlet Three", "Ukraine's General Staff said 200,000 Russian soldiers had been killed by May."),
    ("Sept. 15, 2023", "Outlet Four", "Officials said fewer than 90,000 Russian soldiers had been killed."),
]


@pytest.fixture(scope="module")
def group_rows():
    arts = []
    for i, (day, outlet, body) in enumerate(BODIES, 1):
        a = from_text(f"Report {i}\nPublished: {day}\n\n{body}\n", f"a{i}")
        arts.append(a.__class__(**{**a.__dict__, "outlet": outlet}))
    analysis = analyze_articles(arts)
    group = next(g for g in analysis.groups if g.label == "Killed — Russia · military")
    return rows(group, analysis.claims, {a.id: a for a in analysis.articles}, order="value"), analysis


def _estimates(svg: str):
    root = ET.fromstring(svg)
    return root, root.findall(f".//{NS}g[@class='estimate']")


def test_every_bar_sits_on_its_labels_line(group_rows):
    found, analysis = group_rows
    svg = range_chart(found, "Killed — Russia · military", "count", source_line(["Outlet Three"], "0.1.0"))
    root, groups = _estimates(svg)
    assert [g.get("data-claim") for g in groups] == [r.claim.id for r in found]
    labels = {t.text: float(t.get("y")) for t in root.iter(f"{NS}text")}
    for r, g in zip(found, groups, strict=True):
        shape = g.find(f"{NS}rect") if g.find(f"{NS}rect") is not None else g.find(f"{NS}path")
        if shape.tag == f"{NS}rect":
            centre = float(shape.get("y")) + float(shape.get("height")) / 2
        else:
            ys = [float(v) for v in re.findall(r",(-?[\d.]+)", shape.get("d"))]
            centre = (min(ys) + max(ys)) / 2
        assert labels[xml_safe(r.label)] - 4 == pytest.approx(centre, abs=0.5)


def test_the_chart_names_its_title_unit_and_sources(group_rows):
    found, _ = group_rows
    svg = range_chart(found, "Killed — Russia · military", "count", source_line(["B", "A", ""], "9.9"))
    texts = [t.text for t in ET.fromstring(svg).iter(f"{NS}text")]
    assert texts[0] == "Killed — Russia · military"
    assert "count" in texts and "Source: A, B; compiled with Crosscount 9.9" in texts


def test_open_ends_have_arrows_and_points_are_markers(group_rows):
    found, _ = group_rows
    root, groups = _estimates(range_chart(found, "t", "count", "s"))
    by_label = {r.value_label: g for r, g in zip(found, groups, strict=True)}
    assert by_label["200k"].find(f"{NS}rect") is None  # a diamond, not a sliver of a bar
    assert by_label["≥ 50k"].findall(f"{NS}path"), "an arrow at the open end"
    assert by_label["< 90k"].findall(f"{NS}path")


def test_hostile_text_stays_valid_xml(group_rows):
    found, _ = group_rows
    svg = range_chart(found, "<script>alert(1)</script> & \x00", "k\ud800m", "Source: <b>")
    root = ET.fromstring(svg)  # parses: escaped, and what XML cannot carry dropped
    assert not root.findall(f".//{NS}script")


def test_the_timeline_has_one_estimate_per_dated_row(group_rows):
    found, _ = group_rows
    root, groups = _estimates(timeline_chart(found, "t", "count", "s"))
    assert len(groups) == len([r for r in found if r.when]) == 4
    assert all(g.find(f"{NS}circle") is not None for g in groups)
