"""Hypothesis properties of extraction: never raises, spans are exact, low <= high."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import crosscount

NEWSY = st.lists(
    st.sampled_from(["between", "40,000", "to", "60,000", "$", "5300", "dollars", "upwards of", "about", "-", "–",
                     "rubles", "%", "km", "tens of thousands", "killed", "in", "February", "2023", "one", "F-16",
                     "€50bn", "half a million", "or", "and", "~", "+", "(", ")", ",", ".", "\n", "per month"]),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), NEWSY))
def test_never_raises_and_spans_are_exact(text):
    for c in crosscount.extract(text):
        assert text[c.start:c.end] == c.text
        assert c.start < c.end
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
        assert c.bound in ("exact", "approximate", "range", "at_least", "more_than", "at_most", "less_than")


GLUED = st.lists(st.sampled_from(["a ", "A", "an", "5", "12,000", "ten", "Two", "twenty-one", "-", "_", "x", " ",
                                  "\n", "é", "ninety", "hundreds", "of", "thousands", "half", "3.5bn", ".", ","]),
                 max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), NEWSY, GLUED))
def test_seed_scan_finds_exactly_what_the_seed_pattern_finds(text):
    from crosscount.core.claims import SEED_RE, seed_matches

    assert [m.span() for m in seed_matches(text)] == [m.span() for m in SEED_RE.finditer(text)]
