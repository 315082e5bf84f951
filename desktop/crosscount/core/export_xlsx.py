"""The Excel workbook: Comparison, Claims, Articles and Rates sheets, and a native range chart per group.

A colleague must understand it without Crosscount: numbers are numbers with thousands separators, dates
are dates, each figure carries its source, sentence and link, and the rates used are listed. The chart
is the classic floating bar: a stacked bar whose first series (the low end) has no fill.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .export import claim_record, iso_to_date
from .model import Article, Claim

if TYPE_CHECKING:
    from .pipeline import Analysis, Settings

NUMBER = "#,##0.##"
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
MAX_CHARTS = 10


def put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> None:
    """Write one cell; strings are always typed as text so that none can become a formula."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"
    else:
        cell.value = value
    if number_format and isinstance(value, (int, float)):
        cell.number_format = number_format


def _header(ws: Worksheet, row: int, names: list[str]) -> None:
    for i, name in enumerate(names, 1):
        put(ws, row, i, name)
        ws.cell(row=row, column=i).font = Font(bold=True)
        ws.cell(row=row, column=i).fill = HEADER_FILL


def _widths(ws: Worksheet, widths: dict[int, int]) -> None:
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def _money_format(unit: str | None) -> str:
    return f'#,##0.## "{unit}"' if unit and len(unit) == 3 and unit.isupper() else NUMBER


COMPARISON_COLUMNS = ["Source", "Outlet", "Article", "Published", "As of", "Low", "High", "Estimate", "Bound",
                      "Unit", "Per", "Normalized low", "Normalized high", "Normalized unit", "Quote", "Link",
                      "Flags", "Edited"]


def _comparison(ws: Worksheet, analysis: Analysis, articles: dict[str, Article]) -> list[tuple[str, int, int]]:
    """Group by group; returns (label, first row, last row) of each group's claims for the charts."""
    _header(ws, 1, COMPARISON_COLUMNS)
    ws.freeze_panes = "A2"
    by_id = {c.id: c for c in analysis.claims}
    row = 2
    spans = []
    for group in analysis.groups:
        put(ws, row, 1, f"{group.label} ({len(group.claims)} figures)")
        ws.cell(row=row, column=1).font = Font(bold=True, size=12)
        for col in range(1, len(COMPARISON_COLUMNS) + 1):
            ws.cell(row=row, column=col).fill = GROUP_FILL
        row += 1
        first = row
        for cid in group.claims:
            c = by_id[cid]
            a = articles.get(c.article)
            n = c.normalized or {}
            fmt = _money_format(c.unit) if c.kind == "money" else NUMBER
            nfmt = _money_format(n.get("unit")) if c.kind == "money" else NUMBER
            values: list[tuple[Any, str | None]] = [
                (c.source or "", None), (a.outlet if a else "", None), (a.title if a else "", None),
                (iso_to_date(a.published) if a else None, "yyyy-mm-dd"), (iso_to_date(c.as_of), "yyyy-mm-dd"),
                (c.low, fmt), (c.high, fmt), (c.estimate, fmt), (c.bound, None), (c.unit or "", None),
                (c.per or "", None), (n.get("low"), nfmt), (n.get("high"), nfmt), (n.get("unit") or "", None),
                (c.sentence, None), (a.url if a and a.url else "", None), ("; ".join(c.flags), None),
                ("yes" if c.edited else "", None),
            ]
            for col, (value, number_format) in enumerate(values, 1):
                put(ws, row, col, value, number_format)
                if number_format == "yyyy-mm-dd" and not isinstance(value, str):
                    ws.cell(row=row, column=col).number_format = number_format
            ws.cell(row=row, column=15).alignment = Alignment(wrap_text=True, vertical="top")
            if a and a.url and a.url.lower().startswith(("http://", "https://")):
                ws.cell(row=row, column=16).hyperlink = a.url
                ws.cell(row=row, column=16).font = Font(color="0563C1", underline="single")
            row += 1
        spans.append((group.label, first, row - 1))
        row += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COMPARISON_COLUMNS))}{max(row - 1, 1)}"
    _widths(ws, {1: 28, 2: 18, 3: 34, 4: 12, 5: 12, 6: 14, 7: 14, 8: 14, 9: 12, 10: 8, 11: 8, 12: 16, 13: 16,
                 14: 10, 15: 70, 16: 30, 17: 30, 18: 8})
    return spans


def _claims(ws: Worksheet, claims: list[Claim]) -> None:
    records = [claim_record(c) for c in claims]
    names = list(records[0]) if records else ["id"]
    _header(ws, 1, names)
    ws.freeze_panes = "A2"
    numeric = {"low", "high", "estimate", "normalized_low", "normalized_high", "rate_value"}
    for r, rec in enumerate(records, 2):
        for col, key in enumerate(names, 1):
            value = rec[key]
            if key == "as_of":
                value = iso_to_date(value)
            put(ws, r, col, value, NUMBER if key in numeric else None)
            if key == "as_of" and not isinstance(value, str) and value is not None:
                ws.cell(row=r, column=col).number_format = "yyyy-mm-dd"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(records) + 1}"
    _widths(ws, {i: 14 for i in range(1, len(names) + 1)} | {3: 26, len(names): 70})


def _articles(ws: Worksheet, analysis: Analysis) -> None:
    _header(ws, 1, ["Id", "Title", "Outlet", "Published", "Date inferred", "Origin", "Claims", "Load error"])
    ws.freeze_panes = "A2"
    counts: dict[str, int] = {}
    for c in analysis.claims:
        counts[c.article] = counts.get(c.article, 0) + 1
    for r, a in enumerate(analysis.articles, 2):
        values = [a.id, a.title or "", a.outlet or "", iso_to_date(a.published), "yes" if a.published_inferred else "",
                  a.url or a.path or "", counts.get(a.id, 0), a.error or ""]
        for col, v in enumerate(values, 1):
            put(ws, r, col, v)
            if col == 4 and v is not None and not isinstance(v, str):
                ws.cell(row=r, column=col).number_format = "yyyy-mm-dd"
    ws.auto_filter.ref = f"A1:H{len(analysis.articles) + 1}"
    _widths(ws, {1: 6, 2: 50, 3: 20, 4: 12, 5: 8, 6: 50, 7: 8, 8: 50})


def _rates(ws: Worksheet, analysis: Analysis) -> None:
    _header(ws, 1, ["From", "To", "Date", "Units of 'from' per 'to'", "Source", "Stale", "Overridden"])
    ws.freeze_panes = "A2"
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for c in analysis.claims:
        rate = (c.normalized or {}).get("rate")
        if rate:
            seen.setdefault((rate["from"], rate["to"], rate["date"]), rate)
    for r, rate in enumerate(sorted(seen.values(), key=lambda x: (x["from"], x["date"])), 2):
        values = [rate["from"], rate["to"], iso_to_date(rate["date"]), rate["value"], rate["source"],
                  "yes" if rate.get("stale") else "", "yes" if "user" in rate["source"] else ""]
        for col, v in enumerate(values, 1):
            put(ws, r, col, v, "#,##0.0000" if col == 4 else None)
            if col == 3 and not isinstance(v, str):
                ws.cell(row=r, column=col).number_format = "yyyy-mm-dd"
    put(ws, len(seen) + 3, 1, "Sources: ECB euro foreign exchange reference rates; NBP average rates (Source: NBP).")
    _widths(ws, {1: 8, 2: 8, 3: 12, 4: 22, 5: 10, 6: 8, 7: 10})


def _charts(wb: Workbook, analysis: Analysis) -> None:
    """One floating-bar chart per large group: invisible low series stacked under the low–high span."""
    data = wb.create_sheet("Chart data")
    _header(data, 1, ["Figure", "Low", "Span"])
    by_id = {c.id: c for c in analysis.claims}
    charts_ws = wb.create_sheet("Charts", 1)
    row = 2
    anchor_row = 1
    for group in analysis.groups[:MAX_CHARTS]:
        members = [by_id[i] for i in group.claims]
        values = [v for c in members for v in c.value_range if v is not None]
        if len(members) < 1 or not values:
            continue
        top = max(values)
        first = row
        for c in members:
            low, high = c.value_range
            lo = low if low is not None else 0.0
            hi = high if high is not None else top * 1.15  # an open upper end runs past the largest figure
            put(data, row, 1, f"{c.source or c.article} · {c.as_of or '?'}")
            put(data, row, 2, lo, NUMBER)
            put(data, row, 3, max(hi - lo, top * 0.004), NUMBER)
            row += 1
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = group.label
        chart.y_axis.title = (members[0].normalized or {}).get("unit") or members[0].unit or "count"
        chart.y_axis.numFmt = "#,##0"
        chart.legend = None
        chart.add_data(Reference(data, min_col=2, max_col=3, min_row=first, max_row=row - 1), titles_from_data=False)
        chart.set_categories(Reference(data, min_col=1, min_row=first, max_row=row - 1))
        chart.series[0].graphicalProperties.noFill = True
        chart.series[0].graphicalProperties.line.noFill = True
        chart.series[1].graphicalProperties.solidFill = "2E6DB4"
        chart.height = 4 + 0.6 * len(members)
        chart.width = 22
        charts_ws.add_chart(chart, f"A{anchor_row}")
        anchor_row += int(chart.height * 2) + 2
        row += 1
    data.sheet_state = "hidden"


def write_workbook(analysis: Analysis, fh: IO[bytes], settings: Settings | None = None) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Comparison"
    articles = {a.id: a for a in analysis.articles}
    _comparison(ws, analysis, articles)
    _claims(wb.create_sheet("Claims"), analysis.claims)
    _articles(wb.create_sheet("Articles"), analysis)
    _rates(wb.create_sheet("Rates"), analysis)
    _charts(wb, analysis)
    wb.save(fh)
