"""Every claim can say which rules of the figure grammar made it (``Claim.rules``): kept through JSON and
the project file, so that "why was this read so?" has an answer wherever the claim goes."""

from __future__ import annotations

import json

import pytest

import crosscount
from crosscount.cli import main
from crosscount.core.edits import Edits
from crosscount.core.model import Article, Claim
from crosscount.core.project import open_project, save_project

BASE = dict(id="a1:0", article="a1", start=0, end=5, text="5 km", sentence="5 km.", kind="quantity",
            low=5.0, high=5.0, estimate=5.0, bound="exact", unit="kilometer")


def test_a_claim_made_by_hand_names_no_rule():
    assert Claim.of(**BASE).rules == ()
    assert Claim(**BASE).rules == ()


def test_the_rules_are_a_list_in_json():
    claim = Claim.of(**BASE, rules=("numeral", "unit_after_number"))
    assert json.loads(json.dumps(claim.as_dict()))["rules"] == ["numeral", "unit_after_number"]


def test_the_rules_come_back_from_a_project_file(tmp_path):
    claim = Claim.of(**BASE, rules=("numeral", "unit_after_number"))
    path = tmp_path / "p.crosscount"
    save_project(path, [Article(id="a1", text="5 km.")], Edits(), None, [claim])
    assert open_project(path).claims[0].rules == ("numeral", "unit_after_number")


@pytest.mark.parametrize(("text", "span", "rules"), [
    ("About 5,000 troops left.", "About 5,000", ("numeral", "hedge_prefix")),
    ("Doses of between 5 and 8 mg were given.", "between 5 and 8 mg",
     ("numeral", "unit_after_number", "range_between_and")),
    ("Prices rose 5 to 10% in May.", "5 to 10%", ("numeral", "percent_after_number", "range_to")),
    ("Highs ranged from 12 °C to 4 °C.", "from 12 °C to 4 °C", ("numeral", "unit_after_number", "falling_range")),
    ("Pills of 10 and 20 mg are sold.", "10", ("numeral", "unit_shared_by_list")),
    ("Gold fetched $2,000 an ounce.", "$2,000", ("numeral", "currency_before_number", "per_after_figure", "world_market_price")),
    ("Two thirds of voters agreed.", "Two thirds", ("fraction_in_words", "fraction_as_share")),
    ("Buy the 14\" pan.", "14\"", ("numeral", "inch_mark")),
    ("Organisers expected 300-ish guests.", "300-ish", ("numeral", "ish_suffix")),
    ("1 in 5 adults smoke.", "1 in 5", ("numeral", "ratio_of_two_numbers")),
    ("The blast radius was 300 ± 20 m.", "300 ± 20 m", ("numeral", "uncertainty_around_value")),
    ("The result was ($7.1 million).", "($7.1 million)", ("numeral", "currency_before_number", "accounting_negative")),
    ("Twelve boats sank.", "Twelve", ("number_in_words",)),
    ("She lost 12 pounds.", "12 pounds", ("numeral", "pound_of_a_body_weight")),
    ("A ton is 2,000 pounds.", "2,000 pounds", ("numeral", "pound_in_a_weighing_clause")),
    ("The bomb weighed 500 pounds.", "500 pounds", ("numeral", "pound_after_a_weighing_word")),
    ("A 16-bit chip.", "16-bit", ("numeral", "unit_fused_by_hyphen")),
    ("Wells 5 and 20 m deep.", "5", ("numeral", "unit_shared_by_list")),
])
def test_the_figure_grammar_names_the_rules_that_made_each_claim(text, span, rules):
    found = {c.text: c.rules for c in crosscount.extract(text)}
    assert found.get(span) == rules, found


def test_explain_prints_the_rules_beside_each_claim(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text("Trucks carried between 5 and 8 tonnes each.\n", encoding="utf-8")
    assert main(["extract", "--explain", str(path)]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if "'between 5 and 8 tonnes'" in ln)
    assert line.endswith("(rules: numeral, unit_after_number, range_between_and)"), line


def test_json_output_carries_the_rules(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text("About 5,000 troops left.\n", encoding="utf-8")
    assert main(["extract", "--format", "json", str(path)]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    assert [c["rules"] for c in claims if c["text"] == "About 5,000"] == [["numeral", "hedge_prefix"]]
