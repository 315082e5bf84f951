"""`crosscount extract --explain`: every claim with where its fields were read, every number turned away
with the rule that did it."""

from __future__ import annotations

from crosscount.cli import main


def test_explain_names_the_rule_for_each_number_that_is_no_claim(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text("Report\nPublished: March 4, 2024\n\nIn 2023, the ministry said 1,200 soldiers were killed; "
                    "a 45-year-old officer was among them, according to page 12 of the report.\n", encoding="utf-8")
    assert main(["extract", "--explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 claims:" in out and "'1,200': 1,200" in out and "source ministry (from own clause)" in out
    assert "'2023': year_is_not_a_figure" in out or "'2023': part_of_a_date" in out
    assert "'12': identifier_before_number" in out
    assert "not claims" in out


def test_explain_reports_an_unreadable_input_and_goes_on(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Officials said 5,000 soldiers were killed.\n", encoding="utf-8")
    assert main(["extract", "--explain", str(tmp_path / "missing.txt"), str(good)]) == 1
    captured = capsys.readouterr()
    assert "There is no file" in captured.err and "'5,000': 5,000" in captured.out
