"""The Excel workbook: Comparison, Charts, Claims, Articles and Rates sheets.

A colleague must understand it without Crosscount: numbers are numbers with thousands separators, dates
are dates, each figure carries its source, sentence and link, and the rates used are listed. The charts
are the classic floating bar: a stacked bar whose first series (the low end) has no fill.

openpyxl makes the workbook (styles, sheet properties, charts); the rows go through ``xlsx_rows`` so that
100,000 claims export in seconds, and every text there is a string cell that is never evaluated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from openpyxl.chart import BarChart, Reference, ScatterChart, Series
from openpyxl.chart.data_source import NumDataSource, NumRef
from openpyxl.chart.error_bar import ErrorBars
from openpyxl.chart.marker import DataPoint
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .compare import CASUALTY_CATEGORIES
from .estimate_rows import BOUND_WORDS, Row, legend, lighter, row_label, rows, unit_label
from .export import claim_record, iso_to_date
from .extract.unit_words import label
from .model import Article, Claim
from .xlsx_rows import Book, Sheet
from .xml_text import xml_safe

if TYPE_CHECKING:
    from .pipeline import Analysis, Settings

NUMBER = "#,##0.##"
DATE = "yyyy-mm-dd"
RATE = "#,##0.0000"
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
LINK = Font(color="0563C1", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")  # a row of figures reads along the first line of its quote
LINE_POINTS = 15  # one line of 11-point Calibri
QUOTE_CHARS_PER_LINE = 72  # of proportional text in a column 70 characters wide
MAX_CHARTS = 10
MAX_BARS = 60  # more bars than this make a chart no one can read; the table has them all


def _start(book: Book, title: str, names: list[str], widths: dict[int, int]) -> Sheet:
    """A sheet with its widths, frozen and printed header row, and the header row itself."""
    sheet = book.sheet(title)
    ws = sheet.ws
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"  # printed, a sheet fits the page's width
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1"
    sheet.append(names, [book.style(font=BOLD, fill=HEADER_FILL)] * len(names))
    return sheet


def _wrapped_height(text: str) -> float | None:
    """Points for a quote wrapped in the 70-character Quote column: spreadsheets do not all fit rows
    to wrapped text when they open a file (LibreOffice headless does not), so the row says it."""
    lines = -(-len(text) // QUOTE_CHARS_PER_LINE)
    return LINE_POINTS * lines if lines > 1 else None


def _filter(sheet: Sheet, columns: int) -> None:
    """An autofilter over the header and every row written so far."""
    sheet.ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(sheet.rows, 1)}"


def _money_format(unit: str | None) -> str:
    return f'#,##0.## "{unit}"' if unit and len(unit) == 3 and unit.isupper() else NUMBER


def _http(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


COMPARISON_COLUMNS = ["Source", "Outlet", "Article", "Published", "As of", "Low", "High", "Estimate", "Bound",
                      "Unit", "Per", "Normalized low", "Normalized high", "Normalized unit", "Quote", "Link",
                      "Flags", "Edited", "Reports", "Repeats", "Note"]
LINK_COLUMN = COMPARISON_COLUMNS.index("Link")


def _comparison(book: Book, analysis: Analysis, articles: dict[str, Article]) -> None:
    """Group by group: a title row, then one row per figure with its provenance."""
    sheet = _start(book, "Comparison", COMPARISON_COLUMNS,
                   {1: 28, 2: 18, 3: 34, 4: 12, 5: 12, 6: 14, 7: 14, 8: 14, 9: 12, 10: 8, 11: 8, 12: 16, 13: 16,
                    14: 10, 15: 70, 16: 30, 17: 30, 18: 8, 19: 8, 20: 40, 21: 40})
    by_id = {c.id: c for c in analysis.claims}
    title_styles = [book.style(font=TITLE, fill=GROUP_FILL)] + [book.style(fill=GROUP_FILL)] * (len(COMPARISON_COLUMNS) - 1)
    top, date, number = book.style(alignment=TOP), book.style(DATE, alignment=TOP), book.style(NUMBER, alignment=TOP)
    wrap, link = book.style(alignment=WRAP), book.style(font=LINK, alignment=TOP)
    money: dict[str | None, int] = {}  # currency -> its format's style id

    def money_style(unit: str | None) -> int:
        if unit not in money:
            money[unit] = book.style(_money_format(unit), alignment=TOP)
        return money[unit]

    for group in analysis.groups:
        count = f"{len(group.claims)} figure" + ("" if len(group.claims) == 1 else "s")
        sheet.append([f"{group.label} ({count})"] + [None] * (len(COMPARISON_COLUMNS) - 1), title_styles)
        for cid in group.claims:
            c = by_id[cid]
            a = articles.get(c.article)
            n = c.normalized or {}
            fmt, nfmt = (money_style(c.unit), money_style(n.get("unit"))) if c.kind == "money" else (number, number)
            url = _http(a.url if a else None)
            linked = url is not None and sheet.can_link  # past Excel's limit the address stays as text
            sheet.append([
                c.source, a.outlet if a else None, a.title if a else None, iso_to_date(a.published) if a else None,
                iso_to_date(c.as_of), c.low, c.high, c.estimate, BOUND_WORDS.get(c.bound, c.bound), label(c.unit), c.per,
                n.get("low"),
                n.get("high"), label(n.get("unit")), c.sentence, url, "; ".join(c.flags), "yes" if c.edited else "",
                len(c.reports) or None, _repeats(c, by_id, articles), c.note,
            ], [top, top, top, date, date, fmt, fmt, fmt, top, top, top, nfmt, nfmt, top, wrap, link if linked else top,
                top, top, top, top, wrap],
                height=_wrapped_height(c.sentence))
            if url is not None and linked:
                sheet.link(LINK_COLUMN, url)
        sheet.append([])
    _filter(sheet, len(COMPARISON_COLUMNS))


def _repeats(c: Claim, by_id: dict[str, Claim], articles: dict[str, Article]) -> str | None:
    """For an echo, whose estimate it repeats, as its row says it ("Mediazona — BBC, 2024-07-05")."""
    first = by_id.get(c.estimate_of) if c.estimate_of else None
    return row_label(first, articles.get(first.article)) if first else None


NUMERIC_FIELDS = frozenset({"low", "high", "estimate", "normalized_low", "normalized_high", "rate_value"})


def _claims(book: Book, analysis: Analysis) -> None:
    """Every claim, every field (the ``extract`` CSV's columns)."""
    names = list(claim_record(analysis.claims[0])) if analysis.claims else ["id"]
    sheet = _start(book, "Claims", names, {i: 14 for i in range(1, len(names) + 1)} | {3: 26, len(names): 70})
    number, date = book.style(NUMBER), book.style(DATE)
    styles = [number if k in NUMERIC_FIELDS else date if k == "as_of" else 0 for k in names]
    shown: dict[str, Callable[[Any], Any]] = {  # what a reader of the sheet reads: words, not codes
        "as_of": iso_to_date, "bound": lambda b: BOUND_WORDS.get(b, b),
        "group": {g.key: g.label for g in analysis.groups}.get}
    columns = [(names.index(k), f) for k, f in shown.items() if k in names]
    for c in analysis.claims:
        values = list(claim_record(c).values())
        for i, f in columns:
            values[i] = f(values[i]) if values[i] is not None else None
        sheet.append(values, styles)
    _filter(sheet, len(names))


def _articles(book: Book, analysis: Analysis) -> None:
    sheet = _start(book, "Articles", ["Id", "Title", "Outlet", "Published", "Date inferred", "Origin", "Claims",
                                      "Load error"], {1: 6, 2: 50, 3: 20, 4: 12, 5: 8, 6: 50, 7: 8, 8: 50})
    counts: dict[str, int] = {}
    for c in analysis.claims:
        counts[c.article] = counts.get(c.article, 0) + 1
    date = book.style(DATE)
    for a in analysis.articles:
        sheet.append([a.id, a.title, a.outlet, iso_to_date(a.published), "yes" if a.published_inferred else "",
                      a.url or a.path, counts.get(a.id, 0), a.error], [0, 0, 0, date])
    _filter(sheet, 8)


def _rates(book: Book, analysis: Analysis) -> None:
    sheet = _start(book, "Rates", ["From", "To", "Date", "Units of 'from' per 'to'", "Source", "Stale", "Overridden",
                                   "Note"], {1: 8, 2: 8, 3: 12, 4: 22, 5: 10, 6: 8, 7: 10, 8: 40})
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for c in analysis.claims:
        rate = (c.normalized or {}).get("rate")
        if rate:
            seen.setdefault((rate["from"], rate["to"], rate["date"]), rate)
    styles = [0, 0, book.style(DATE), book.style(RATE)]
    for rate in sorted(seen.values(), key=lambda x: (x["from"], x["date"])):
        sheet.append([rate["from"], rate["to"], iso_to_date(rate["date"]), rate["value"], rate["source"],
                      "yes" if rate.get("stale") else "", "yes" if "user" in rate["source"] else "",
                      rate.get("note")], styles)
    sheet.append([])
    sheet.append(["Sources: ECB euro foreign exchange reference rates; NBP average rates (Source: NBP)."])


def _bars(members: list[Row], top: float) -> list[tuple[float, float, float]]:
    """(invisible base, solid span, lighter open end) per row: a known range is solid; an open end runs
    lighter to the axis' end (a bar from zero for "at most", past the largest figure for "at least")."""
    out = []
    for r in members:
        low, high = r.low, r.high
        if low is None and high is None:
            out.append((0.0, 0.0, 0.0))
        elif high is None:  # at least / more than: known from low, open upwards
            assert low is not None
            out.append((low, top * 0.012, max(top * 1.15 - low, 0.0)))
        elif low is None:  # at most / less than: open downwards to zero
            out.append((0.0, 0.0, high))
        else:
            out.append((low, max(high - low, top * 0.012), 0.0))
    return out


def _charts(charts: Sheet, data: Sheet, analysis: Analysis, articles: dict[str, Article]) -> None:
    """One floating-bar chart per large group: an invisible base stacked under the known span (one
    colour per source) and a lighter open end, each bar labelled with whose figure it is and its value."""
    data.append(["Figure", "Low", "Span", "Open end"])
    by_id = {c.id: c for c in analysis.claims}
    anchor_row = 1
    for group in analysis.groups[:MAX_CHARTS]:
        members = rows(group, by_id, articles, order="value", independent_only=True)[:MAX_BARS]
        values = [v for r in members for v in (r.low, r.high) if v is not None]
        if not values or min(values) < 0:
            continue  # a floating bar stands on an invisible bar from zero: negative figures stay in the table
        top = max(values)
        first = data.rows + 1
        for r, bar in zip(members, _bars(members, top), strict=True):
            echo = f" ×{r.reports}" if r.reports > 1 else ""
            data.append([f"{r.label}: {r.value_label}{echo}", *bar])
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = xml_safe(group.label)  # openpyxl refuses what XML cannot carry; the cells drop it too
        chart.y_axis.title = xml_safe(unit_label(members))
        chart.y_axis.numFmt = "#,##0"
        chart.y_axis.scaling.min = 0  # ranges are compared from zero, never from an auto-scaled cut
        chart.y_axis.scaling.max = top * 1.2
        chart.x_axis.scaling.orientation = "maxMin"  # the smallest figure on top, as the table reads
        chart.legend = None
        chart.add_data(Reference(data.ws, min_col=2, max_col=4, min_row=first, max_row=data.rows),
                       titles_from_data=False)
        chart.set_categories(Reference(data.ws, min_col=1, min_row=first, max_row=data.rows))
        base, span, open_end = chart.series
        base.graphicalProperties.noFill = True
        base.graphicalProperties.line.noFill = True
        palette = legend(members)
        for i, r in enumerate(members):
            point = DataPoint(idx=i)
            point.graphicalProperties.solidFill = palette[r.colour_key]
            span.dPt.append(point)
            faint = DataPoint(idx=i)
            faint.graphicalProperties.solidFill = lighter(palette[r.colour_key])
            faint.graphicalProperties.line.prstDash = "dash"
            faint.graphicalProperties.line.solidFill = palette[r.colour_key]
            open_end.dPt.append(faint)
        chart.height = 4 + 0.9 * len(members)  # cm: room for each bar's two-line label
        chart.width = 22
        charts.ws.add_chart(chart, f"A{anchor_row}")
        anchor_row += int(chart.height * 2) + 2
        data.append([])
    data.ws.sheet_state = "hidden"


def _timelines(book: Book, sheet: Sheet, analysis: Analysis, articles: dict[str, Article]) -> None:
    """Per casualty group, how the estimates moved: a scatter of as-of date against value, one series
    (one colour, a line through its successive estimates) per source. The data sits beside the chart."""
    date_style, number = book.style(DATE), book.style(NUMBER)
    by_id = {c.id: c for c in analysis.claims}
    anchor_row = 1
    for group in [g for g in analysis.groups if g.category in CASUALTY_CATEGORIES][:MAX_CHARTS]:
        dated = [r for r in rows(group, by_id, articles, independent_only=True) if r.when]
        if len(dated) < 2:
            continue
        top = max(v for r in dated for v in (r.low, r.high) if v is not None)
        chart = ScatterChart()
        chart.title = xml_safe(f"{group.label}: estimates over time")
        chart.style = 13
        chart.scatterStyle = "lineMarker"
        chart.x_axis.title = "as of"
        chart.x_axis.number_format = "yyyy-mm"
        chart.y_axis.title = xml_safe(unit_label(dated))
        chart.y_axis.numFmt = "#,##0"
        chart.y_axis.scaling.min = 0
        palette = legend(dated)
        for key in palette:
            mine = [r for r in dated if r.colour_key == key]
            first = sheet.rows + 1
            for r in mine:
                middle = r.middle
                below = middle - r.low if r.low is not None else middle  # an open lower end runs to zero
                above = r.high - middle if r.high is not None else top * 1.15 - middle  # an open upper end up
                sheet.append([xml_safe(key), r.when, middle, r.value_label, r.label, below, above],
                             [0, date_style, number, 0, 0, number, number])
            xs = Reference(sheet.ws, min_col=2, min_row=first, max_row=sheet.rows)
            ys = Reference(sheet.ws, min_col=3, min_row=first, max_row=sheet.rows)
            series = Series(ys, xs, title=xml_safe(key)[:80])
            series.errBars = ErrorBars(errDir="y", errBarType="both", errValType="cust", noEndCap=False,
                                       minus=_cells(sheet, 6, first), plus=_cells(sheet, 7, first))
            series.marker.symbol = "circle"
            series.marker.size = 7
            series.marker.graphicalProperties.solidFill = palette[key]
            series.graphicalProperties.line.solidFill = palette[key]
            series.graphicalProperties.line.width = 19050  # 1.5 pt
            chart.series.append(series)
        chart.height, chart.width = 9, 22
        sheet.ws.add_chart(chart, f"G{anchor_row}")
        anchor_row += 20
        sheet.append([])


def _cells(sheet: Sheet, column: int, first: int) -> NumDataSource:
    """The figures of one column from ``first`` to the last row written, as a chart's data source."""
    ref = Reference(sheet.ws, min_col=column, min_row=first, max_row=sheet.rows)
    return NumDataSource(numRef=NumRef(f=str(ref)))


def write_workbook(analysis: Analysis, fh: IO[bytes], settings: Settings | None = None) -> None:
    book = Book()
    articles = {a.id: a for a in analysis.articles}
    _comparison(book, analysis, articles)
    charts = book.sheet("Charts")
    charts.ws.page_setup.orientation = "landscape"  # a chart is wider than a portrait page
    charts.ws.sheet_properties.pageSetUpPr.fitToPage = True
    charts.ws.page_setup.fitToWidth, charts.ws.page_setup.fitToHeight = 1, 0
    _claims(book, analysis)
    _articles(book, analysis)
    _rates(book, analysis)
    _charts(charts, book.sheet("Chart data"), analysis, articles)
    _timelines(book, _start(book, "Timeline", ["Source", "As of", "Value", "Figure", "Estimate", "Below", "Above"],
                      {1: 28, 2: 12, 3: 14, 4: 12, 5: 50, 6: 12, 7: 12}), analysis, articles)
    book.save(fh)
