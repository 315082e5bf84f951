"""Units come from pint's own registry (stored in resources/data/unit_lexicon.json), with care for the
symbols and names that read as words after a number."""

from __future__ import annotations

import pytest

import crosscount
from crosscount.core.extract import unit_words
from crosscount.core.units import registry


def test_stored_lexicon_matches_pint():
    assert unit_words.lexicon() == unit_words.build_lexicon(), (
        "resources/data/unit_lexicon.json is stale: run python -m crosscount.core.extract.unit_words")


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The chip runs at 2.6 GHz.", "2.6 GHz", "gigahertz"),
    ("The dump held 700 GB of files.", "700 GB", "gigabyte"),
    ("The line carries 110 kV.", "110 kV", "kilovolt"),
    ("Staff absorbed 4 mSv over the year.", "4 mSv", "millisievert"),
    ("The beam reached 6.8 TeV.", "6.8 TeV", "teraelectron_volt"),
    ("The barometer read 1,013 hPa.", "1,013 hPa", "hectopascal"),
    ("Each dose holds 40 micrograms of the drug.", "40 micrograms", "microgram"),
    ("The archive is 3 terabytes.", "3 terabytes", "terabyte"),
    ("A band gap of 1.1 eV was measured.", "1.1 eV", "electron_volt"),
    ("Winds of 40 knots hit the coast.", "40 knots", "knot"),
])
def test_a_unit_pint_knows_is_read_by_its_name_symbol_or_prefix(text, span, unit):
    found = [(c.text, c.unit) for c in crosscount.extract(text)]
    assert (span, unit) in found
    registry().Unit(unit)  # a name pint parses


@pytest.mark.parametrize("text", [
    "He finished 5th at the games.",  # "th" is pint's therm
    "Read pages 10 pp onwards.",
    "The 5 St Mary's pupils left.",
    "The firm has 10 VA clinics.",
    "Two revolutions shook the region.",
    "Rescuers found 3 particles of hope and 5 Henry Street flats.",
    "The plan won a 10-point lead among 20 grades of students.",
])
def test_words_that_pint_also_names_are_not_units_after_a_number(text):
    assert all(c.kind != "quantity" for c in crosscount.extract(text))
