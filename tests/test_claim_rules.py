"""Every claim can say which rules of the figure grammar made it (``Claim.rules``): kept through JSON and
the project file, so that "why was this read so?" has an answer wherever the claim goes."""

from __future__ import annotations

import json

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
