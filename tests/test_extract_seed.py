"""The seed article: the figures issue 2 and 3 name must come out exactly."""

from __future__ import annotations

import crosscount


def by_text(claims):
    return {c.text: c for c in claims}


def test_seed_payment_in_dollars_is_one_claim(sample_text):
    c = by_text(crosscount.extract(sample_text))["$5300 dollars"]
    assert (c.kind, c.low, c.high, c.bound, c.unit) == ("money", 5300, 5300, "exact", "USD")
    assert c.source == "Reuters"


def test_seed_rubles(sample_text):
    c = by_text(crosscount.extract(sample_text))["450,000 rubles"]
    assert (c.kind, c.low, c.unit) == ("money", 450000, "RUB")


def test_seed_upwards_of_is_a_lower_bound_as_of_april(sample_text):
    c = by_text(crosscount.extract(sample_text))["upwards of 50,000"]
    assert (c.low, c.high, c.bound, c.as_of) == (50000, None, "at_least", "2023-04")
    assert (c.category, c.subject, c.source) == ("killed", "Russia · military", "The Associated Press")


def test_seed_between_to_is_a_range_as_of_february(sample_text):
    c = by_text(crosscount.extract(sample_text))["between 40,000 to 60,000"]
    assert (c.low, c.high, c.bound, c.as_of, c.as_of_from) == (40000, 60000, "range", "2023-02", "own clause")
    assert (c.category, c.subject, c.source) == ("killed", "Russia · military", "UK Ministry of Defence")


def test_every_span_is_the_text_it_names(sample_text):
    for c in crosscount.extract(sample_text):
        assert sample_text[c.start:c.end] == c.text
        assert c.text in c.sentence
