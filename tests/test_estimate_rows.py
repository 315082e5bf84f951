"""The rows of a comparison (core/estimate_rows.py) and the workbook charts drawn from them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from crosscount.core.articles import from_text
from crosscount.core.estimate_rows import PALETTE, colours, rows, short_number, value_label
from crosscount.core.export import export
from crosscount.core.pipeline import analyze_articles

ARTICLES = [
    ("Mediazona count", "Published: March 3, 2023", "Mediazona said at least 50,000 Russian soldiers had been killed."),
    ("Wire copy", "Published: March 9, 2023", "The UK Ministry of Defence said between 40,000 and 60,000 Russian "
                                             "soldiers had been killed."),
    ("Kyiv briefing", "Published: June 1, 2023", "Ukraine's General Staff said 200,000 Russian soldiers had been "
                                                 "killed by May."),
    ("Later count", "Published: Sept. 15, 2023", "Mediazona said at least 70,000 Russian soldiers had been killed."),
    ("Echo", "Published: March 4, 2023", "Mediazona said at least 50,000 Russian soldiers had been killed."),
]


@pytest.fixture
def analysis():
    arts = []
    for i, (title, dateline, body) in enumerate(ARTICLES, 1):
        a = from_text(f"{title}\n{dateline}\n\n{body}\n", f"a{i}")
        arts.append(a.__class__(**{**a.__dict__, "outlet": f"Outlet {i}"}))
    return analyze_articles(arts)


def killed(analysis):
    return next(g for g in analysis.groups if g.label == "Killed — Russia · military")


@pytest.mark.parametrize("value, text", [(50_000, "50k"), (1_250_000, "1.25M"), (47, "47"), (0.5, "0.5"),
                                         (2.5e9, "2.5bn"), (3e12, "3tn"), (999, "999")])
def test_short_numbers(value, text):
    assert short_number(value) == text


@pytest.mark.parametrize("low, high, bound, text", [
    (40_000, 60_000, "range", "40–60k"), (50_000, None, "at_least", "≥ 50k"), (47_000, 47_000, "approximate", "~47k"),
    (None, 1e6, "less_than", "< 1M"), (900, 1_200, "range", "900–1.2k"), (5, 5, "exact", "5")])
def test_value_labels(low, high, bound, text):
    assert value_label(low, high, bound) == text


def test_rows_are_labelled_by_source_and_outlet_never_an_article_id(analysis):
    articles = {a.id: a for a in analysis.articles}
    labels = [r.label for r in rows(killed(analysis), analysis.claims, articles)]
    assert labels and not any(label.startswith("a") and label[1:2].isdigit() for label in labels)
    assert "Mediazona — Outlet 1, 2023-03-03" in labels


def test_rows_follow_the_chosen_order_and_leave_echoes_out_on_request(analysis):
    articles = {a.id: a for a in analysis.articles}
    by_date = rows(killed(analysis), analysis.claims, articles, order="as_of")
    assert [r.when for r in by_date] == sorted(r.when for r in by_date)
    by_value = rows(killed(analysis), analysis.claims, articles, order="value", independent_only=True)
    assert [r.value_label for r in by_value] == ["40–60k", "≥ 50k", "≥ 70k", "200k"]
    assert next(r for r in by_value if r.value_label == "≥ 50k").reports == 2
    assert by_value[-1].point and by_value[1].high is None


def test_colours_are_one_per_key_in_order_and_cycle():
    keys = [f"k{i}" for i in range(len(PALETTE) + 2)]
    got = colours(["k0", *keys, "k1"])
    assert got["k0"] == PALETTE[0] and got["k1"] == PALETTE[1] and got[keys[-1]] == PALETTE[1]


def test_the_workbook_colours_bars_by_source_marks_open_ends_and_has_a_timeline(analysis, tmp_path: Path):
    out = tmp_path / "out.xlsx"
    export(analysis, out)
    book = openpyxl.load_workbook(out)
    chart = book["Charts"]._charts[0]
    base, span, open_end = chart.series
    fills = [str(p.graphicalProperties.solidFill.srgbClr) for p in span.dPt]
    assert len(set(fills)) == 3  # Mediazona, the UK Ministry of Defence, the General Staff
    data = book["Chart data"]
    labelled = {data.cell(r, 1).value: (data.cell(r, 3).value, data.cell(r, 4).value) for r in range(2, data.max_row + 1)
                if data.cell(r, 1).value}
    at_least = next(v for k, v in labelled.items() if "≥ 70k" in k)
    assert at_least[1] > 0, "an open upper end is drawn to the axis"
    assert any("×2" in k for k in labelled), "an estimate two outlets repeat is one bar that says so"
    comparison = book["Comparison"]
    header = [c.value for c in comparison[1]]
    bounds = {comparison.cell(r, header.index("Bound") + 1).value for r in range(2, comparison.max_row + 1)}
    assert "at least" in bounds and "at_least" not in bounds
    claims = book["Claims"]
    header = [c.value for c in claims[1]]
    groups = {claims.cell(r, header.index("group") + 1).value for r in range(2, claims.max_row + 1)}
    assert "Killed — Russia · military" in groups and not any("|" in (g or "") for g in groups)
    timeline = book["Timeline"]
    assert timeline._charts, "a timeline chart for the casualty group"
    series = timeline._charts[0].series
    assert len(series) == 3
    dates = [timeline.cell(r, 2).value for r in range(2, timeline.max_row + 1) if timeline.cell(r, 2).value]
    assert min(dates).date() >= date(2023, 3, 1)
