"""The Excel workbook: Comparison, Charts, Claims, Articles and Rates sheets.

A colleague must understand it without Crosscount: numbers are numbers with thousands separators, dates
are dates, each figure carries its source, sentence and link, and the rates used are listed. The charts
are the classic floating bar: a stacked bar whose first series (the low end) has no fill.

The workbook is streamed (openpyxl's write-only mode) so that 100,000 claims export in seconds; a cell
object is made only where a value needs a format, a style, a link, or typing as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .export import FORMULA_STARTS, claim_record, iso_to_date
from .model import Article
from .unit_words import label

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from .pipeline import Analysis, Settings

NUMBER = "#,##0.##"
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
MAX_CHARTS = 10
MAX_BARS = 60  # more bars than this make a chart no one can read; the table has them all


DATE = "yyyy-mm-dd"
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
LINK = Font(color="0563C1", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")


def cell(ws: WriteOnlyWorksheet, value: Any, number_format: str | None = None, font: Font | None = None,
         fill: PatternFill | None = None, wrap: bool = False, link: str | None = None) -> Any:
    """A value for ``ws.append``: plain where plain is safe, else a cell with its format or text type.

    Text that starts like a formula is typed as a string, so no spreadsheet ever evaluates it."""
    needs_cell = number_format or font or fill or wrap or link
    risky = isinstance(value, str) and value.startswith(FORMULA_STARTS)
    if not needs_cell and not risky:
        return value
    c = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        c.data_type = "s"
    if number_format and value is not None and not isinstance(value, str):
        c.number_format = number_format
    if font:
        c.font = font
    if fill:
        c.fill = fill
    if wrap:
        c.alignment = WRAP
    if link:
        c.hyperlink = link
    return c


def _start(ws: WriteOnlyWorksheet, names: list[str], widths: dict[int, int]) -> None:
    """Widths, frozen header and the header row (write-only sheets take these before any row)."""
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"  # printed, a sheet fits the page's width
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1"
    ws.append([cell(ws, n, font=BOLD, fill=HEADER_FILL) for n in names])


def _money_format(unit: str | None) -> str:
    return f'#,##0.## "{unit}"' if unit and len(unit) == 3 and unit.isupper() else NUMBER


COMPARISON_COLUMNS = ["Source", "Outlet", "Article", "Published", "As of", "Low", "High", "Estimate", "Bound",
                      "Unit", "Per", "Normalized low", "Normalized high", "Normalized unit", "Quote", "Link",
                      "Flags", "Edited"]


def _comparison(ws: WriteOnlyWorksheet, analysis: Analysis, articles: dict[str, Article]) -> None:
    """Group by group: a title row, then one row per figure with its provenance."""
    _start(ws, COMPARISON_COLUMNS, {1: 28, 2: 18, 3: 34, 4: 12, 5: 12, 6: 14, 7: 14, 8: 14, 9: 12, 10: 8, 11: 8,
                                    12: 16, 13: 16, 14: 10, 15: 70, 16: 30, 17: 30, 18: 8})
    by_id = {c.id: c for c in analysis.claims}
    rows = 1
    for group in analysis.groups:
        count = f"{len(group.claims)} figure" + ("" if len(group.claims) == 1 else "s")
        title = [cell(ws, f"{group.label} ({count})", font=TITLE, fill=GROUP_FILL)]
        ws.append(title + [cell(ws, None, fill=GROUP_FILL) for _ in COMPARISON_COLUMNS[1:]])
        for cid in group.claims:
            c = by_id[cid]
            a = articles.get(c.article)
            n = c.normalized or {}
            fmt = _money_format(c.unit) if c.kind == "money" else NUMBER
            nfmt = _money_format(n.get("unit")) if c.kind == "money" else NUMBER
            url = a.url if a and a.url and a.url.lower().startswith(("http://", "https://")) else None
            ws.append([
                cell(ws, c.source or ""), cell(ws, a.outlet if a else ""), cell(ws, a.title if a else ""),
                cell(ws, iso_to_date(a.published) if a else None, DATE), cell(ws, iso_to_date(c.as_of), DATE),
                cell(ws, c.low, fmt), cell(ws, c.high, fmt), cell(ws, c.estimate, fmt), c.bound, label(c.unit),
                c.per or "", cell(ws, n.get("low"), nfmt), cell(ws, n.get("high"), nfmt), label(n.get("unit")),
                cell(ws, c.sentence, wrap=True), cell(ws, url or "", font=LINK if url else None, link=url),
                cell(ws, "; ".join(c.flags)), "yes" if c.edited else "",
            ])
            rows += 1
        ws.append([])
        rows += 2
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COMPARISON_COLUMNS))}{max(rows, 1)}"


NUMERIC_FIELDS = frozenset({"low", "high", "estimate", "normalized_low", "normalized_high", "rate_value"})


def _claims(ws: WriteOnlyWorksheet, analysis: Analysis) -> None:
    records: Iterable[dict[str, Any]] = (claim_record(c) for c in analysis.claims)
    names = list(claim_record(analysis.claims[0])) if analysis.claims else ["id"]
    _start(ws, names, {i: 14 for i in range(1, len(names) + 1)} | {3: 26, len(names): 70})
    for rec in records:
        ws.append([cell(ws, v, NUMBER) if k in NUMERIC_FIELDS else
                   cell(ws, iso_to_date(v), DATE) if k == "as_of" else cell(ws, v) for k, v in rec.items()])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(analysis.claims) + 1}"


def _articles(ws: WriteOnlyWorksheet, analysis: Analysis) -> None:
    _start(ws, ["Id", "Title", "Outlet", "Published", "Date inferred", "Origin", "Claims", "Load error"],
           {1: 6, 2: 50, 3: 20, 4: 12, 5: 8, 6: 50, 7: 8, 8: 50})
    counts: dict[str, int] = {}
    for c in analysis.claims:
        counts[c.article] = counts.get(c.article, 0) + 1
    for a in analysis.articles:
        ws.append([a.id, cell(ws, a.title or ""), cell(ws, a.outlet or ""), cell(ws, iso_to_date(a.published), DATE),
                   "yes" if a.published_inferred else "", cell(ws, a.url or a.path or ""), counts.get(a.id, 0),
                   cell(ws, a.error or "")])
    ws.auto_filter.ref = f"A1:H{len(analysis.articles) + 1}"


def _rates(ws: WriteOnlyWorksheet, analysis: Analysis) -> None:
    _start(ws, ["From", "To", "Date", "Units of 'from' per 'to'", "Source", "Stale", "Overridden", "Note"],
           {1: 8, 2: 8, 3: 12, 4: 22, 5: 10, 6: 8, 7: 10, 8: 40})
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for c in analysis.claims:
        rate = (c.normalized or {}).get("rate")
        if rate:
            seen.setdefault((rate["from"], rate["to"], rate["date"]), rate)
    for rate in sorted(seen.values(), key=lambda x: (x["from"], x["date"])):
        ws.append([rate["from"], rate["to"], cell(ws, iso_to_date(rate["date"]), DATE),
                   cell(ws, rate["value"], "#,##0.0000"), rate["source"], "yes" if rate.get("stale") else "",
                   "yes" if "user" in rate["source"] else "", cell(ws, rate.get("note") or "")])
    ws.append([])
    ws.append(["Sources: ECB euro foreign exchange reference rates; NBP average rates (Source: NBP)."])


def _charts(charts: WriteOnlyWorksheet, data: WriteOnlyWorksheet, analysis: Analysis,
            articles: dict[str, Article]) -> None:
    """One floating-bar chart per large group: invisible low series stacked under the low–high span."""
    data.append(["Figure", "Low", "Span"])
    by_id = {c.id: c for c in analysis.claims}
    row = 2
    anchor_row = 1
    for group in analysis.groups[:MAX_CHARTS]:
        members = [by_id[i] for i in group.claims][:MAX_BARS]
        values = [v for c in members for v in c.value_range if v is not None]
        if not values:
            continue
        top = max(values)
        first = row
        for c in members:
            low, high = c.value_range
            lo = low if low is not None else 0.0
            hi = high if high is not None else top * 1.15  # an open upper end runs past the largest figure
            article = articles.get(c.article)
            who = c.source or (article.outlet or article.title or c.article if article else c.article)
            data.append([cell(data, f"{who[:40]} · {c.as_of or '?'}"), lo, max(hi - lo, top * 0.012)])
            row += 1
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = group.label
        chart.y_axis.title = label((members[0].normalized or {}).get("unit") or members[0].unit) or "count"
        chart.y_axis.numFmt = "#,##0"
        chart.y_axis.scaling.min = 0  # ranges are compared from zero, never from an auto-scaled cut
        chart.y_axis.scaling.max = top * 1.2
        chart.legend = None
        chart.add_data(Reference(data, min_col=2, max_col=3, min_row=first, max_row=row - 1), titles_from_data=False)
        chart.set_categories(Reference(data, min_col=1, min_row=first, max_row=row - 1))
        chart.series[0].graphicalProperties.noFill = True
        chart.series[0].graphicalProperties.line.noFill = True
        chart.series[1].graphicalProperties.solidFill = "2E6DB4"
        chart.height = 4 + 0.6 * len(members)
        chart.width = 17
        charts.add_chart(chart, f"A{anchor_row}")
        anchor_row += int(chart.height * 2) + 2
        data.append([])
        row += 1
    data.sheet_state = "hidden"


def write_workbook(analysis: Analysis, fh: IO[bytes], settings: Settings | None = None) -> None:
    wb = Workbook(write_only=True)
    articles = {a.id: a for a in analysis.articles}
    _comparison(wb.create_sheet("Comparison"), analysis, articles)
    charts = wb.create_sheet("Charts")
    _claims(wb.create_sheet("Claims"), analysis)
    _articles(wb.create_sheet("Articles"), analysis)
    _rates(wb.create_sheet("Rates"), analysis)
    _charts(charts, wb.create_sheet("Chart data"), analysis, articles)
    wb.save(fh)
