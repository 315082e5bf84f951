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
    ("Demand grows by 1.1 mb/d next year.", "1.1 mb/d", "megaoil_barrel"),  # oil markets' millions of barrels a day
    ("Pipeline flows fell to 42 mcm/d.", "42 mcm/d", "hectometer ** 3"),  # gas in millions of cubic metres
    ("The storm's central pressure fell to 944 mb.", "944 mb", "millibar"),  # a storm's pressure
    ("The low deepened to 975 millibars.", "975 millibars", "millibar"),
    ("The plant will make 4.5 mtpa of LNG.", "4.5 mtpa", "megametric_ton"),  # millions of tonnes a year
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


# News spellings pint lacks or reads otherwise, each a named rule or entry of the lexicon's unit section
@pytest.mark.parametrize(("text", "span", "unit", "per"), [
    ("The field pumps 90,000 bpd now.", "90,000 bpd", "oil_barrel", "day"),  # rate_symbol
    ("The mill handles 1,200 tpd of cane.", "1,200 tpd", "short_ton", "day"),
    ("Plans start at 100 Mbps.", "100 Mbps", "megabit / second", None),
    ("The backbone runs at 400 Gbps.", "400 Gbps", "gigabit / second", None),
    ("The sensor sends 9.6 kbps.", "9.6 kbps", "kilobit / second", None),
    ("The chip stores 512 Mb of data.", "512 Mb", "megabit", None),
    ("The crater formed 35 Ma ago.", "35 Ma", "megayear", None),
    ("The crust is 3.8 Ga old.", "3.8 Ga", "gigayear", None),
    ("The probe is 4.2 light-years out.", "4.2 light-years", "light_year", None),
    ("The magnet runs at 1.9 K in the tunnel.", "1.9 K", "kelvin", None),
    ("Pour in 250 mL of stock.", "250 mL", "milliliter", None),
    ("Add 3 tbsp of sugar.", "3 tbsp", "tablespoon", None),
    ("Fold in 2 cups of oats.", "2 cups", "cup", None),  # unit_before_of
    ("The truck makes 410 bhp.", "410 bhp", "horsepower", None),
    ("Torque peaks at 350 Nm.", "350 Nm", "newton * meter", None),
    ("A 60-mph limit applies.", "60-mph", "mile_per_hour", None),  # a symbol fused by a hyphen
    ("Gas leaks at 3e5 s-1 there.", "3e5 s-1", "1 / second", None),  # inverse_unit
    ("The run logged 20 fb−1 of data.", "20 fb−1", "1 / femtobarn", None),
    ("The flux was 7 m⁻² in the hall.", "7 m⁻²", "1 / meter ** 2", None),
    ("The foam weighs 30 kg/m³ dry.", "30 kg/m³", "kilogram / meter ** 3", None),  # quotient_unit
    ("Sunlight gives 1,000 W/m^2 at noon.", "1,000 W/m^2", "watt / meter ** 2", None),
    ("The gap is 3.5 pm across.", "3.5 pm", "picometer", None),  # length_not_clock_time
    ("The pulse covered 1.255 am of path.", "1.255 am", "attometer", None),
    ("Buy the 14\" pan.", "14\"", "inch", None),  # inch_mark
    ("A 7″ tablet went on sale.", "7″", "inch", None),
    ("Water boils at 212° on the Fahrenheit scale.", "212°", "degree_Fahrenheit", None),  # degree_scale_named_after
    ("He caught a 40 pound salmon.", "40 pound", "pound", None),  # pound_before_a_weighed_noun
])
def test_a_news_spelling_of_a_unit(text, span, unit, per):
    found = {c.text: (c.unit, c.per) for c in crosscount.extract(text)}
    assert found.get(span) == (unit, per), found
    registry().Unit(unit)


@pytest.mark.parametrize("text", [
    "We met at 5 pm on Friday.",
    "The bus left at 2.30 pm.",
    "The club won 3 cups in a row.",
    "It was shown as a 3-D film.",
    "He handed over a 20 pound note.",
    'She said "we counted 40" and left.',
    'He shouted "6" twice.',
])
def test_a_spelling_that_is_no_unit_here(text):
    assert all(c.kind != "quantity" for c in crosscount.extract(text)), crosscount.extract(text)


@pytest.mark.parametrize("token", ["kcm", "mkm", "ckm", "µkg"])
def test_one_prefix_only(token):
    """A prefix before a symbol that already has one is no unit (SI allows one): never a "kilocentimetre"."""
    assert unit_words.prefixed_unit(token) is None


# the per rules: a period after the counted noun or the good as an adverb (PER_ADVERBS), "a/each/every quarter"
# (RATE_PERIODS), "per person" after the good, a rate from a date on ("a day since April"), and a sum compared across
# a year at the first's rate (rate_of_the_compared)
@pytest.mark.parametrize(("text", "span", "per"), [
    ("The army says it is losing about 500 men daily on the eastern front.", "about 500", "day"),
    ("Russia launches more than 1,000 drones weekly.", "more than 1,000", "week"),
    ("The pipeline can carry about 38 billion cubic metres of gas annually.", "about 38 billion cubic metres", "year"),
    ("Households threw away about 70 kg of food per person in 2024.", "about 70 kg", "person"),
    ("The fund pays out $2 million each quarter.", "$2 million", "quarter"),
    ("The company pays £1,000 a quarter in rent.", "£1,000", "quarter"),
    ("Output rose by 2.9 million barrels a day since April.", "2.9 million barrels", "day"),
    ("Health spending per person was £3,400 in 2024, up from £3,150 in 2023.", "£3,150", "person"),
    ("Childcare costs €200 per child a month.", "€200", "month"),  # the period after a per-thing it does not know
    ("The weekly State pension will increase by €10 to €299.30 in January.", "€299.30", "week"),  # the level of a change
    # and none where the words say a time, not a rate
    ("Revenue was $2 million a quarter earlier.", "$2 million", None),
    ("Output was 5 million barrels a year since the war began.", "5 million barrels", None),
    ("The annual rate was 5% in June.", "5%", None),
    ("Some 300 families a quarter of whom are from Gaza arrived.", "Some 300", None),  # a share, not a period
    ("The fund lost 5 donors a quarter of a century ago.", "5", None),
    # a period after the figure's noun phrase (semantics.per_of_phrase), any of RATE_PERIODS
    ("About 400 migrants are turned back each quarter, the agency said.", "About 400", "quarter"),
    ("Around 30 buses leave every hour.", "Around 30", "hour"),
])
def test_a_rate_after_the_noun_or_a_quarter(text, span, per):
    found = {c.text: c.per for c in crosscount.extract(text)}
    assert span in found and found[span] == per, found
