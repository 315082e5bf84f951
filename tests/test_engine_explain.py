"""``figures.explain``: every number that is not a claim comes back with the rule that turned it away."""

from __future__ import annotations

import pytest

from crosscount.core.extract.figures import explain


@pytest.mark.parametrize(("text", "number", "rule"), [
    ("The F-16 jets flew home.", "16", "identifier_before_number"),
    ("Fighting went on over four years.", "four", "time_frame_is_not_a_figure"),
    ("See page 2 of 4 for details.", "2 of 4", "total_of_an_identifier"),
    ("A 24-hour ceasefire began.", "24", "number_fused_with_a_period"),
    ("Rents rose to four times the average wage.", "four", "multiplier_times"),
    ("Men under 50 were called up.", "50", "age_of_those_counted"),
    ("The 1998 report was lost.", "1998", "year_is_not_a_figure"),
    ("The talks failed in May 1998, he said.", "1998", "part_of_a_date"),
    ("We met at 5 p.m. on the bridge.", "5", "part_of_a_time_phone_or_address"),
    ("The 2014-2022 period was calm.", "2014-2022", "year_span_is_a_period"),
    ("Ring 0800 for help.", "0800", "leading_zero_code"),
    ("It was a third time lucky.", "a third", "not_a_figure_phrase"),
    ("If you see smoke, call 999 at once.", "999", "phone_number"),
    ("Patients can ring 111 for advice.", "111", "phone_number"),
    ("Her mother made a 911 call that night.", "911", "phone_number"),
    ("He dialled 999 twice from the car.", "999", "identifier_before_number"),
    ("He trained as a band 6 midwife.", "6", "identifier_before_number"),
    ("The shop at 87 Mill Road has closed.", "87", "street_address"),
    ("The reading was 1e308 ± 1e308.", "1e308 ± 1e308", "value_past_a_float"),
])
def test_a_number_that_is_not_a_claim_says_which_rule_dropped_it(text, number, rule):
    claims, dropped = explain(text)
    assert number not in [c.text for c in claims]
    assert (number, rule) in [(d[2], d[3]) for d in dropped], dropped


def test_explain_gives_the_claims_extract_gives():
    claims, dropped = explain("About 5,000 soldiers died in 2019, and 12 of the F-16s were lost.")
    assert [c.text for c in claims] == ["About 5,000", "12"]
    assert all(text == "About 5,000 soldiers died in 2019, and 12 of the F-16s were lost."[s:e] for s, e, text, _ in dropped)


def test_a_number_in_scientific_notation_may_end_its_sentence():
    claims, _ = explain("Researchers counted 2.5e8.")
    assert [(c.text, c.low) for c in claims] == [("2.5e8", 2.5e8)]
