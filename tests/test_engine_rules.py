"""The extraction rules one by one, each from a table of inputs (phrases written for these tests): what
comes back is the span, the value or range, the bound and the unit."""

from __future__ import annotations

import pytest

import crosscount

CASES = [
    # quotients and powers after a unit
    ("Gravity there pulls at 1.62 m/s2.", "1.62 m/s2", 1.62, 1.62, "exact", "meter / second ** 2"),
    ("The panel loses 3 W/min in the cold.", "3 W/min", 3, 3, "exact", "watt / minute"),
    ("The shaft is 2 m^3 in volume.", "2 m^3", 2, 2, "exact", "meter ** 3"),
    ("The pit covers 9 km squared.", "9 km squared", 9, 9, "exact", "kilometer ** 2"),
    # uncertainty
    ("The blast radius was 300 ± 20 m.", "300 ± 20 m", 280, 320, "range", "meter"),
    ("Sales rose 4.0 +/- 0.5 percent.", "4.0 +/- 0.5 percent", 3.5, 4.5, "range", "percent"),
    ("The error is plus or minus 2 percent.", "plus or minus 2 percent", -2, 2, "range", "percent"),
    # numbers
    ("About 7e6 people watched.", "About 7e6", 7e6, 7e6, "approximate", None),
    ("The count was 1.5x10^4 in May.", "1.5x10^4", 1.5e4, 1.5e4, "exact", None),
    ("It scored six point two five.", "six point two five", 6.25, 6.25, "exact", None),
    ("The odds are 4.1×10−7 per flight.", "4.1×10−7", 4.1e-7, 4.1e-7, "exact", None),  # exponent after "×10−"
    ("The trace was 3x10-4 of the sample.", "3x10-4", 3e-4, 3e-4, "exact", None),
    ("A 6.4-magnitude quake struck.", "6.4", 6.4, 6.4, "exact", None),  # a decimal fused by a hyphen counts
    ("Roughly 500-ish fans stayed.", "Roughly 500-ish", 500, 500, "approximate", None),  # ish_suffix
    ("They sent 70ish trucks.", "70ish", 70, 70, "approximate", None),
    ("Sales fell 12 percents.", "12 percents", 12, 12, "exact", "percent"),
    ("Lows of minus three point five degrees Celsius.", "minus three point five degrees Celsius", -3.5, -3.5, "exact",
     "degree_Celsius"),
    ("Growth was negative 0.3 percent.", "negative 0.3 percent", -0.3, -0.3, "exact", "percent"),
    ("The tally was 3,21,000 votes.", "3,21,000", 321000, 321000, "exact", None),
    # fractions
    ("Donors gave one and a half million dollars.", "one and a half million dollars", 1.5e6, 1.5e6, "exact", "USD"),
    ("It cost a quarter million euros.", "a quarter million euros", 2.5e5, 2.5e5, "exact", "EUR"),
    ("The city has 6 million and a half people.", "6 million and a half", 6.5e6, 6.5e6, "exact", None),
    ("The pipe is 1 1/2 inches wide.", "1 1/2 inches", 1.5, 1.5, "exact", "inch"),
    ("It sits a 3/4 mile away.", "3/4 mile", 0.75, 0.75, "exact", "mile"),
    ("The boxer is 5 ft 11 in tall.", "5 ft 11 in", 71, 71, "exact", "inch"),
    ("The guard is 6 ft 3 in in boots.", "6 ft 3 in", 75, 75, "exact", "inch"),  # after feet, "in" is inches
    ("The lock keeper stands 5ft 11in.", "5ft 11in", 71, 71, "exact", "inch"),  # fused, and not the sentence's stop
    ("Whisk ¼ cup of cream.", "¼ cup", 0.25, 0.25, "exact", "cup"),  # vulgar fractions
    ("The path is 2¾ miles long.", "2¾ miles", 2.75, 2.75, "exact", "mile"),
    ("The coin fell with odds of ⅙ each time.", "⅙", 1 / 6, 1 / 6, "exact", None),
    ("Turnout was exactly one fifth.", "one fifth", 20, 20, "exact", "percent"),  # bare_fraction
    ("Is two fifths enough?", "two fifths", 40, 40, "exact", "percent"),
    ("Only 3/8 of the seats were sold.", "3/8", 37.5, 37.5, "exact", "percent"),  # slash_share_of
    ("The gradient is one over four here.", "one over four", 25, 25, "exact", "percent"),
    ("The shelter is half a mile away.", "half a mile", 0.5, 0.5, "exact", "mile"),  # fraction_of_a_unit
    ("Expect a tenth of an inch of rain.", "a tenth of an inch", 0.1, 0.1, "exact", "inch"),
    ("Snow of between half an inch and one inch fell.", "between half an inch and one inch", 0.5, 1, "range", "inch"),
    ("A sixth of the budget went to roads.", "A sixth", 100 / 6, 100 / 6, "exact", "percent"),
    # money
    ("Entry is 8 € today.", "8 €", 8, 8, "exact", "EUR"),
    ("A stamp costs 85 cents.", "85 cents", 0.85, 0.85, "exact", "USD"),
    ("Fare: 2 dollars 25 cents.", "2 dollars 25 cents", 2.25, 2.25, "exact", "USD"),
    ("The bond raised 40 EUR million.", "40 EUR million", 4e7, 4e7, "exact", "EUR"),
    ("Value hit $1.5T in June.", "$1.5T", 1.5e12, 1.5e12, "exact", "USD"),
    ("Aid of 3.2 billion U.S. dollars arrived.", "3.2 billion U.S. dollars", 3.2e9, 3.2e9, "exact", "USD"),
    ("Revenue: 2 trillion 100 billion UAH.", "2 trillion 100 billion UAH", 2.1e12, 2.1e12, "exact", "UAH"),
    ("He was paid more than £4million.", "more than £4million", 4e6, None, "more_than", "GBP"),
    ("The result was ($7.1 million).", "($7.1 million)", -7.1e6, -7.1e6, "exact", "USD"),
    ("The ledger shows €-40.50 for May.", "€-40.50", -40.5, -40.5, "exact", "EUR"),  # sign_after_currency_symbol
    ("A pack of 4 dimes.", "4 dimes", 0.4, 0.4, "exact", "USD"),
    # press spellings of local currencies
    ("The ward got Sh20 million for water.", "Sh20 million", 2e7, 2e7, "exact", "KES"),
    ("Tickets cost KSh1,500 at the gate.", "KSh1,500", 1500, 1500, "exact", "KES"),
    ("Fuel rose to N950,000 a tanker.", "N950,000", 950000, 950000, "exact", "NGN"),
    ("Bread is N1,200, rice N9,000.", "N1,200", 1200, 1200, "exact", "NGN"),
    ("The state owes N3.4 billion in arrears.", "N3.4 billion", 3.4e9, 3.4e9, "exact", "NGN"),
    ("The bank lent 2.1 billion reais.", "2.1 billion reais", 2.1e9, 2.1e9, "exact", "BRL"),
    ("Rent is 40,000 Turkish liras now.", "40,000 Turkish liras", 4e4, 4e4, "exact", "TRY"),
    ("CALGARY — The city approved $12 million for transit.", "$12 million", 1.2e7, 1.2e7, "exact", "CAD"),
    ("Australian farmers won $30 million in drought aid.", "$30 million", 3e7, 3e7, "exact", "AUD"),
    ("Canada and the United States each gave $5 million.", "$5 million", 5e6, 5e6, "exact", "USD"),
    ("Taiwan ordered $2 billion of missiles.", "$2 billion", 2e9, 2e9, "exact", "USD"),
    ("Toronto firms raised US$40 million.", "US$40 million", 4e7, 4e7, "exact", "USD"),
    ("Lviv pays 30,000 hryvnias, Odesa 25,000 and Kharkiv 40,000.", "25,000", 25000, 25000, "exact", "UAH"),
    ("Lviv pays 30,000 hryvnias, Odesa 25,000 and Kharkiv 40,000.", "40,000", 40000, 40000, "exact", "UAH"),
    ("The fund paid $5 million, and 500 soldiers left.", "500", 500, 500, "exact", None),
    ("The army will call 8,000 reservists.", "8,000", 8000, 8000, "exact", None),
    ("Clinics handled 300 calls a day.", "300", 300, 300, "exact", None),
    ("Officials spent KSh 4 billion.", "KSh 4 billion", 4e9, 4e9, "exact", "KES"),
    # a code fused to a bare whole number is money where its sentence writes it before an amount's shape
    ("Bread rose to EGP1,250 from EGP980.", "EGP980", 980, 980, "exact", "EGP"),  # code_of_its_pair
    # the new shekel and the CFA francs as their countries' English press writes them
    ("The cabinet approved a NIS 7.2 billion package.", "NIS 7.2 billion", 7.2e9, 7.2e9, "exact", "ILS"),
    ("Reservists get NIS 1,200 extra.", "NIS 1,200", 1200, 1200, "exact", "ILS"),
    ("The plan costs 4 billion NIS over two years.", "4 billion NIS", 4e9, 4e9, "exact", "ILS"),
    ("In Niamey, a sack of rice sells for 25,000 CFA francs.", "25,000 CFA francs", 25000, 25000, "exact", "XOF"),
    ("Gabon's state paid 900 million CFA francs.", "900 million CFA francs", 9e8, 9e8, "exact", "XAF"),
    ("Lome's port handled FCFA 80 billion of goods.", "FCFA 80 billion", 8e10, 8e10, "exact", "XOF"),
    ("Yaounde will lend CFA 12 billion to Cameroon's farmers.", "CFA 12 billion", 1.2e10, 1.2e10, "exact", "XAF"),
    ("Donors pledged 3 billion Central African CFA francs.", "3 billion Central African CFA francs", 3e9, 3e9,
     "exact", "XAF"),  # a name of four words
    ("The mine paid 15 million Papua New Guinean kina.", "15 million Papua New Guinean kina", 1.5e7, 1.5e7, "exact",
     "PGK"),
    ("Sales were just shy of 5,000 units.", "just shy of 5,000", None, 5000, "less_than", None),
    ("Each got 62,000 as a bonus.", "62,000", 62000, 62000, "exact", None),  # "as" is no attosecond
    # bounds
    ("Attendance was well over 8,000 on Sunday.", "well over 8,000", 8000, None, "more_than", None),
    ("The poll found just under 40% in favour.", "just under 40%", None, 40, "less_than", "percent"),
    ("Deaths fell by about 4,000 to 61,500 last year.", "about 4,000", 4000, 4000, "approximate", None),
    ("Deaths fell by about 4,000 to 61,500 last year.", "61,500", 61500, 61500, "exact", None),
    ("Officials said 1912 homes were flooded.", "1912", 1912, 1912, "exact", None),
    ("A total of 1204 pupils have left.", "1204", 1204, 1204, "exact", None),
    ("The ECB cut by a quarter point in June.", "a quarter point", 0.25, 0.25, "exact", "percentage_point"),
    ("Yields rose half a percentage point.", "half a percentage point", 0.5, 0.5, "exact", "percentage_point"),
    ("Rates fell a quarter of a percentage point.", "a quarter of a percentage point", 0.25, 0.25, "exact",
     "percentage_point"),
    ("Markets price a half-point move.", "a half-point", 0.5, 0.5, "exact", "percentage_point"),
    ("Fees must be less than or equal to £90.", "less than or equal to £90", None, 90, "at_most", "GBP"),
    ("Loads equal to or less than 40 tonnes pass.", "equal to or less than 40 tonnes", None, 40, "at_most",
     "metric_ton"),
    ("Costs exceeded $9 million.", "exceeded $9 million", 9e6, None, "more_than", "USD"),
    ("Officials said 500 or fewer remained.", "500 or fewer", None, 500, "at_most", None),
    ("Officials said 2000 or fewer remained.", "2000 or fewer", None, 2000, "at_most", None),
    ("Values greater than 10 and smaller than 20 count.", "greater than 10 and smaller than 20", 10, 20, "range", None),
    ("Rooms sell starting from 3,000 rubles.", "starting from 3,000 rubles", 3000, None, "at_least", "RUB"),
    ("They hired 30 through 40 guards.", "30 through 40", 30, 40, "range", None),
    ("They were given between 5 and 8 mg of it.", "between 5 and 8 mg", 5, 8, "range", "milligram"),
    ("Pills of 10 and 20 mg are sold.", "10", 10, 10, "exact", "milligram"),  # unit_shared_by_list
    ("Cans of 330 and 500 ml are sold.", "330", 330, 330, "exact", "milliliter"),
    ("Highs ranged from 12 °C to 4 °C.", "from 12 °C to 4 °C", 4, 12, "range", "degree_Celsius"),  # falling_range
    ("Oats sold from $3 a bushel to $4 a bushel.", "from $3 a bushel to $4", 3, 4, "range", "USD"),
    ("The crate weighs about 80.5±0.5 pounds.", "about 80.5±0.5 pounds", 80, 81, "range", "pound"),
    ("Crowds of over 12.500 came, and 1.100.000 signed.", "over 12.500", 12500, None, "more_than", None),
    # withdrawn currencies: their qualified names, their codes, the press's abbreviations, a country's bare word
    ("It fetched 3 billion Dutch guilders.", "3 billion Dutch guilders", 3e9, 3e9, "exact", "NLG"),
    ("Grants of DEM 40 million were paid.", "DEM 40 million", 4e7, 4e7, "exact", "DEM"),
    ("It cost Bayer DM1.5 billion.", "DM1.5 billion", 1.5e9, 1.5e9, "exact", "DEM"),
    ("Renault lost FFr2bn.", "FFr2bn", 2e9, 2e9, "exact", "FRF"),
    ("The state spent IR£10 million.", "IR£10 million", 1e7, 1e7, "exact", "IEP"),
    ("A coffee cost 300 lire.", "300 lire", 300, 300, "exact", "ITL"),
    ("A ticket cost 90 drachmas.", "90 drachmas", 90, 90, "exact", "GRD"),
    ("Rent in France was 4,000 francs.", "4,000 francs", 4000, 4000, "exact", "FRF"),
    ("Rent in Geneva was 4,000 francs.", "4,000 francs", 4000, 4000, "exact", "CHF"),
    ("Zagreb spent 2 billion kunas.", "2 billion kunas", 2e9, 2e9, "exact", "HRK"),
    ("Miners get 3.125 BTC a block.", "3.125 BTC", 3.125, 3.125, "exact", "BTC"),
    ("The fare is nzd$15.", "nzd$15", 15, 15, "exact", "NZD"),
    # pounds of weight: a body's weight verb, a clause that weighs (not the clause beside it)
    ("He lost 30 pounds on the diet.", "30 pounds", 30, 30, "exact", "pound"),
    ("The firm lost 30 million pounds.", "30 million pounds", 3e7, 3e7, "exact", "GBP"),
    ("A tonne is about 2,205 pounds.", "about 2,205 pounds", 2205, 2205, "approximate", "pound"),
    ("It weighed 9 pounds and cost 90 pounds.", "90 pounds", 90, 90, "exact", "GBP"),
    ("He lost 5,000 pounds to the scam.", "5,000 pounds", 5000, 5000, "exact", "GBP"),  # more than a body weighs
    ("She lost 300 pounds ($380) in the fraud.", "300 pounds", 300, 300, "exact", "GBP"),  # converted in brackets
    ("He weighed 18 stone at his heaviest.", "18 stone", 18, 18, "exact", "stone"),
    # spellings and shapes of units
    ("Each pill holds 250 milligrammes.", "250 milligrammes", 250, 250, "exact", "milligram"),
    ("Buses run at 60 kmph.", "60 kmph", 60, 60, "exact", "kilometer_per_hour"),
    ("A 64-bit chip.", "64-bit", 64, 64, "exact", "bit"),
    ("The path is one mile long.", "one mile", 1, 1, "exact", "mile"),
    ("1m is equal to 10 dm.", "1m", 1, 1, "exact", "meter"),
    # a list's unit or currency on its last item; two bounds around a sum with a symbol
    ("Wells 5, 10 and 20 metres deep.", "5", 5, 5, "exact", "meter"),
    ("Fares of 2, 3 and 4 euros.", "2", 2, 2, "exact", "EUR"),
    ("Seats at 20, 30 and $40 sold out.", "20", 20, 20, "exact", "USD"),
    ("Pay of more than $500 but less than $900 a week.", "more than $500 but less than $900", 500, 900, "range", "USD"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "bound", "unit"), CASES, ids=[c[1] for c in CASES])
def test_rule(text, span, low, high, bound, unit):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    c = found[span]
    assert (c.bound, c.unit) == (bound, unit)
    for got, want in ((c.low, low), (c.high, high)):
        assert got == pytest.approx(want) if want is not None else got is None


@pytest.mark.parametrize("text", [
    "ALL 5 SUSPECTS RELEASED", "TOP 10 FILMS", "Page 3 of 9", "The XB-300m prototype flew.", "open 24/7",
    "the 9/11 attacks", "two A/B tests", "Staff wore N95 masks.", "The N1 road was shut.", "Goals SDG16 and SDG17 lag.",
])
def test_not_a_figure_or_not_money(text):
    for c in crosscount.extract(text):
        assert c.kind not in ("money", "quantity"), c
    assert all(c.text not in ("3", "9", "300m", "24", "7") for c in crosscount.extract(text))


@pytest.mark.parametrize("text", ["Protests went on for a third day.", "It was a fifth week of talks.", "half the town",
                                  "They waited half a day.", "It was a tenth day of rain."])
def test_an_ordinal_before_a_period_is_no_part_of_it(text):
    assert crosscount.extract(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("Pupils need 60 marks to pass.", "60"),  # a bare "marks" is no currency, and never the Bosnian one
    ("He gained 5 million pounds in a year.", "5 million pounds"),  # a scale makes a body's weight verb's pounds money
    ("They raised 20, 35 and $50 million.", "20"),  # a list's symbol is never given to items without its scale
    ("The storm killed 12 and $50 million was lost.", "12"),  # two items: a symbol is not shared
    ("2m people live within 50 km of it.", "2m"),  # a noun after "m": millions, even in a clause of lengths
])
def test_a_rule_that_must_not_reach_too_far(text, span):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    assert found[span].unit in (None, "GBP"), found[span]
    assert found[span].unit is None or found[span].low == 5e6


@pytest.mark.parametrize("text", ["He has one foot in the grave.", "She kept one foot on the brake.",
                                  "It took one hour.", "A mile away, a fire burned."])
def test_one_before_a_unit_that_names_no_measure(text):
    assert crosscount.extract(text) == []


def test_a_list_without_spaces_is_its_items():
    assert [(c.text, c.low, c.rules) for c in crosscount.extract("Marks of 7,8,9 were given.")] == [
        (n, float(n), ("comma_list_without_spaces",)) for n in ("7", "8", "9")]
    assert [c.low for c in crosscount.extract("It counted 1,234,567 votes.")] == [1234567]
    assert crosscount.extract("See page 12,13,14 of the report.") == []  # the items of a list its first is no figure of


def test_a_part_of_a_unit():
    assert [(c.text, c.low, c.unit) for c in crosscount.extract("The camp lies one-half miles east.")] == [
        ("one-half miles", 0.5, "mile")]


def test_many_dollar_figures_in_one_sentence_read_its_places_once():
    """A sentence's sides and the dollar of its bare "$" are read once, not once a figure (linear cost:
    the claims of a run-on sentence come out the same however long it is)."""
    from crosscount import extract

    claims = extract("In Toronto, prices rose: " + "$5 and 20, " * 300 + "officials said.")
    assert len(claims) == 600 and {c.unit for c in claims if c.text == "$5"} == {"CAD"}


def test_a_qualified_name_several_currencies_share_is_flagged_where_no_country_says_whose():
    """shared_qualified_name: "CFA francs" are West or Central Africa's by the country the text names; where it names
    none, the West African franc is a guess, and the claim says so."""
    (claim,) = crosscount.extract("Each trader was fined 200,000 CFA francs.")
    assert claim.unit == "XOF"
    assert any("currency inferred" in flag for flag in claim.flags)
    (named,) = crosscount.extract("In Chad, each trader was fined 200,000 CFA francs.")
    assert named.unit == "XAF" and not named.flags
    (whole,) = crosscount.extract("Each trader was fined 200,000 West African CFA francs.")
    assert whole.unit == "XOF" and not whole.flags  # the name says whose


@pytest.mark.parametrize(("text", "units"), [
    ("The cap was lowered from $60 to $47.60 a barrel.", ["USD", "USD"]),  # a change: two figures, no range
    ("Wages were raised from 180,000 to 210,000 rubles.", ["RUB", "RUB"]),  # unit_shared_by_change
    ("The bank will lower its rate from 7 to 6.5 percent.", ["percent", "percent"]),
    ("Output rose from 900 to 1.2 million barrels.", [None, "oil_barrel"]),  # only the level has the scale
    ("Fares range from 300 to 450 rubles.", ["RUB"]),  # no change verb: one range
])
def test_where_a_change_went_from_and_to(text, units):
    assert [c.unit for c in crosscount.extract(text)] == units


@pytest.mark.parametrize(("text", "unit"), [
    ("SYDNEY — Brent crude climbed to $81 a barrel.", "USD"),  # world_market_price, over the dateline's dollar
    ("Canada's miners sold gold at $2,350 an ounce.", "USD"),  # over the sentence's country
    ("Toronto landlords asked $2,350 a month.", "CAD"),  # a local price keeps the local dollar
])
def test_a_bare_dollar_at_the_world_markets_rate_is_the_us_dollar(text, unit):
    (claim,) = crosscount.extract(text)
    assert claim.unit == unit


@pytest.mark.parametrize(("text", "age"), [
    ("Rescuers found 40 children, some as young as two.", "two"),
    ("The victims were as old as 92, the coroner said.", "92"),
])
def test_an_age_after_as_young_or_as_old_as_is_no_figure(text, age):
    assert age not in [c.text for c in crosscount.extract(text)]
