"""The analyst's edits and the project file, in the core (the window tests drive the same through Qt)."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from crosscount.core import project as project_store
from crosscount.core.articles import from_text
from crosscount.core.edits import EditError, Edits, new_claim, parse_figure
from crosscount.core.export import export
from crosscount.core.pipeline import Settings, analyze_articles
from crosscount.core.project import ProjectError, open_project, save_project

TEXT = ("Report\nPublished: March 3, 2024\n\nIn February, officials said 300 soldiers were killed. "
        "In August 2023, recruits got 195,000 rubles.\n")


def by_text(analysis, text):
    return next(c for c in analysis.claims if c.text == text)


def test_edits_survive_extracting_again():
    article = from_text(TEXT, "a1")
    edits = Edits().set_claim("a1:" + str(TEXT.index("300")), category="wounded", low=250.0, high=250.0)
    first = analyze_articles([article], edits=edits)
    assert (by_text(first, "300").category, by_text(first, "300").low) == ("wounded", 250.0)
    moved = edits.set_article("a1", published="2025-01-10")  # a new date extracts the article again
    again = analyze_articles([article], edits=moved)
    claim = by_text(again, "300")
    assert (claim.category, claim.low, claim.as_of) == ("wounded", 250.0, "2024-02")


def test_typed_figures_and_bad_edits():
    assert parse_figure("≥ 50,000") == {"kind": "count", "low": 50000, "high": None, "estimate": None,
                                         "bound": "at_least", "unit": None}
    assert parse_figure("40,000–60,000")["bound"] == "range"
    assert parse_figure("about $2m")["unit"] == "USD"
    with pytest.raises(EditError, match="is not a figure"):
        parse_figure("many")
    with pytest.raises(EditError, match="cannot be edited"):
        Edits().set_claim("a1:1", text="hacked")
    with pytest.raises(EditError, match="is not a bound"):
        Edits().set_claim("a1:1", bound="lots")


def test_an_added_claim_reads_its_value_from_the_selection():
    article = from_text(TEXT, "a1")
    start = TEXT.index("195,000 rubles")
    claim = new_claim(article, start, start + len("195,000 rubles"))
    assert (claim.kind, claim.low, claim.unit, claim.edited) == ("money", 195000, "RUB", True)
    analysis = analyze_articles([article], edits=Edits().add_claim(claim))
    assert claim.id in {c.id for c in analysis.claims}


def test_money_at_the_publication_date_when_the_analyst_says_so():
    article = from_text(TEXT, "a1")
    at_figure = by_text(analyze_articles([article]), "195,000 rubles").normalized["rate"]
    at_article = by_text(analyze_articles([article], Settings(rate_date="published")), "195,000 rubles").normalized["rate"]
    assert (at_figure["basis"], at_figure["date"][:7]) == ("as_of", "2023-08")
    assert (at_article["basis"], at_article["date"][:7]) == ("published", "2024-02")


def test_an_override_with_its_note_reaches_the_rates_sheet(tmp_path):
    article = from_text(TEXT, "a1")
    asked = by_text(analyze_articles([article]), "195,000 rubles").normalized["rate"]["asked"]
    settings = Settings.from_dict({"rate_overrides": [["RUB", asked, 90.0, "Bank of Russia official rate"]]})
    analysis = analyze_articles([article], settings)
    export(analysis, tmp_path / "r.xlsx")
    rates = openpyxl.load_workbook(tmp_path / "r.xlsx")["Rates"]
    row = [c.value for c in rates[2]]
    assert row[0] == "RUB" and row[3] == 90.0 and row[6] == "yes" and row[7] == "Bank of Russia official rate"


def test_project_round_trip(tmp_path):
    article = from_text(TEXT, "a1")
    edits = Edits().set_claim("a1:" + str(TEXT.index("300")), excluded=True).name_group("custom:x", "X")
    settings = Settings(base_currency="EUR", rate_date="published")
    path = tmp_path / "p.crosscount"
    save_project(path, [article], edits, settings.as_dict(), analyze_articles([article]).claims)
    opened = open_project(path)
    assert opened.articles == [article]
    assert opened.edits == edits
    assert Settings.from_dict(opened.settings) == settings
    assert {c.text for c in opened.claims} >= {"300", "195,000 rubles"}


def test_projects_from_a_newer_version_or_other_files_are_refused(tmp_path):
    newer = tmp_path / "newer.crosscount"
    save_project(newer, [], Edits())
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {project_store.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(ProjectError, match="newer Crosscount"):
        open_project(newer)
    other = tmp_path / "other.crosscount"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ProjectError, match="not a Crosscount project"):
        open_project(other)


def test_a_failed_save_leaves_the_previous_project(tmp_path, monkeypatch):
    path = tmp_path / "p.crosscount"
    article = from_text(TEXT, "a1")
    save_project(path, [article], Edits())
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(project_store.os, "replace", crash)
    with pytest.raises(ProjectError, match="disk full"):
        save_project(path, [article], Edits().set_claim("a1:1", category="x"))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.crosscount"]


def test_dates_in_edits_are_checked_in_the_core():
    with pytest.raises(EditError, match="'soon' is not a date"):
        Edits().set_article("a1", published="soon")
    with pytest.raises(EditError, match="'March' is not a date"):
        Edits().set_claim("a1:1", as_of="March")
    assert Edits().set_claim("a1:1", as_of="2023-03").claims["a1:1"]["as_of"] == "2023-03"


def test_rate_overrides_are_checked_in_the_core():
    settings = Settings().with_rate_override("rub", "2023-08-15", "92.5", "official rate")
    assert settings.rate_overrides == {("RUB", "2023-08-15"): 92.5}
    assert settings.rate_notes == {("RUB", "2023-08-15"): "official rate"}
    for args, message in ((("XYZ", "2023-08-15", "1"), "not a currency code"),
                          (("RUB", "August", "1"), "not a date"),
                          (("RUB", "2023-08-15", "lots"), "not a number"),
                          (("RUB", "2023-08-15", "-3"), "positive")):
        with pytest.raises(ValueError, match=message):
            Settings().with_rate_override(*args)


def test_an_analysts_note_is_kept_in_the_project_and_exported(tmp_path):
    article = from_text(TEXT, "a1")
    claim = by_text(analyze_articles([article]), "300")
    edits = Edits().set_claim(claim.id, note="Ask the ministry: the figure excludes the missing.")
    path = tmp_path / "p.crosscount"
    save_project(path, [article], edits)
    reopened = open_project(path)
    analysis = analyze_articles(reopened.articles, edits=reopened.edits)
    assert by_text(analysis, "300").note == "Ask the ministry: the figure excludes the missing."
    out = tmp_path / "out.xlsx"
    export(analysis, out)
    sheet = openpyxl.load_workbook(out)["Comparison"]
    header = [c.value for c in sheet[1]]
    notes = [sheet.cell(r, header.index("Note") + 1).value for r in range(2, sheet.max_row + 1)]
    assert "Ask the ministry: the figure excludes the missing." in notes
