"""The rules found by the outside-text batch of issue 18 (local press money, bare degrees, false figures,
lists of measures), each from a table of phrases written for these tests, with the cases each must not
reach: what comes back is the span, the value or range, the bound, the unit and the rule."""

from __future__ import annotations

import pytest

import crosscount
from crosscount.core.extract.figures import explain

CASES = [
    # rand and peso written fused to the amount, where the amount has money's shape
    ("The utility lost R4.1 billion last year.", "R4.1 billion", 4.1e9, 4.1e9, "exact", "ZAR", "currency_before_number"),
    ("The metro owes R12.6bn in arrears.", "R12.6bn", 12.6e9, 12.6e9, "exact", "ZAR", "currency_before_number"),
    ("Diesel went to R21.75 at the pumps.", "R21.75", 21.75, 21.75, "exact", "ZAR", "currency_before_number"),
    ("Congress passed a P6.3-trillion budget.", "P6.3-trillion", 6.3e12, 6.3e12, "exact", "PHP", "currency_before_number"),
    ("Each worker got P2,000 in aid.", "P2,000", 2000, 2000, "exact", "PHP", "currency_before_number"),
    # amps
    ("The heater pulls 13 amps.", "13 amps", 13, 13, "exact", "ampere", "unit_after_number"),
    # a verb's own "up": no hedge; a ceiling's "up to" stays one
    ("Inflation ticked up to 3.2% in June.", "3.2%", 3.2, 3.2, "exact", "percent", "percent_after_number"),
    ("Fines of up to 5% of turnover apply.", "up to 5%", None, 5, "at_most", "percent", "percent_after_number"),
    # bare degrees: an angle where the clause turns, a temperature in weather text on the country's scale
    ("The crane rotated 45 degrees before it fell.", "45 degrees", 45, 45, "exact", "degree", "angle_in_degrees"),
    ("Brisbane temperatures hit 36 degrees on Monday.", "36 degrees", 36, 36, "exact", "degree_Celsius",
     "degrees_in_weather_text"),
    ("Highs of 104 degrees are forecast across the U.S. plains.", "104 degrees", 104, 104, "exact", "degree_Fahrenheit",
     "degrees_in_weather_text"),
    ("An overnight low of 2 degrees is forecast.", "2 degrees", 2, 2, "exact", None, "degrees_in_weather_text"),
    # a list's later bare items take the first one's unit, and its scale where they say none
    ("Snow lay 40cm deep at Thredbo, 25 at Perisher and 10 at Falls Creek.", "25", 25, 25, "exact", "centimeter",
     "unit_from_list"),
    ("Output was 3.1 million barrels in Basra, and 0.4 in Kirkuk.", "0.4", 4e5, 4e5, "exact", "oil_barrel", "scale_from_list"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "bound", "unit", "rule"), CASES, ids=[c[1] for c in CASES])
def test_rule(text, span, low, high, bound, unit, rule):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    c = found[span]
    assert (c.bound, c.unit) == (bound, unit)
    assert rule in c.rules, c.rules
    for got, want in ((c.low, low), (c.high, high)):
        assert got == pytest.approx(want) if want is not None else got is None


@pytest.mark.parametrize(("text", "number"), [
    ("Farmer Ann Doyle, 61, was hurt in the fire.", "61"),  # age_in_apposition
    ("The court read section 9(3) of the act.", "3"),  # subsection_number
    ("Leaders of the Group of 20 also met.", "20"),  # number_in_a_name
    ("Viewers of the Seven Network complained.", "Seven"),  # part_of_a_name
    ("Three weeks later, the bridge reopened.", "Three weeks"),  # time_relative_to_a_moment
])
def test_not_a_figure(text, number):
    assert number not in [c.text for c in crosscount.extract(text)]


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The R21 highway was closed and P2 pupils went home.", None, None),  # a letter and a bare integer: a name
    ("She holds two degrees from Oxford.", "two", None),  # a bare "degrees" in no turning or weather text: a count
    ("Police said 12, mostly students, were arrested.", "12", None),  # no name before the comma: a count
    ("On May 4, 12 people were hurt.", "12", None),
    ("The Council of 27 members voted.", "27", None),  # a counted noun after the name's number
    ("Seven people died.", "Seven", None),  # a sentence's first word is no name
    ("The storm lasted three days.", "three days", "day"),  # a span of time with no moment after it
    ("The road is 20 km long and 3 people died.", "3", None),  # a list item must end the item: a count stays
])
def test_a_rule_that_must_not_reach_too_far(text, span, unit):
    found = {c.text: c for c in crosscount.extract(text)}
    if span is None:
        assert all(c.kind != "money" for c in found.values()), found
        return
    assert span in found, sorted(found)
    assert found[span].unit == unit


@pytest.mark.parametrize(("text", "unit"), [
    ("Singapore's Ministry of Health will spend $200 million on clinics.", "SGD"),  # the state's own budget
    ("The Hong Kong government set aside $9 billion for housing.", "HKD"),
    ("Singapore's GIC paid $2 billion for the stake.", "USD"),  # a fund of the state, not its government: USD stays
    ("Taiwan's government approved a $3 billion package.", "USD"),  # Taiwan's own dollar is written NT$
])
def test_a_government_names_its_own_dollar(text, unit):
    assert [c.unit for c in crosscount.extract(text) if c.kind == "money"] == [unit]


@pytest.mark.parametrize(("text", "span", "low", "unit"), [
    ("Diesel fell 80 kobo a litre.", "80 kobo", 0.8, "NGN"),  # the naira's hundredth
    ("Sugar rose 15 sen a kilo.", "15 sen", 0.15, "MYR"),  # the ringgit's hundredth
    ("The city will spend Fr. 45 million on trams.", "Fr. 45 million", 45e6, "CHF"),  # Swiss papers' franc
    ("In Brisbane, bus fares rise 20 cents.", "20 cents", 0.2, "AUD"),  # a bare cent is its sentence's dollar's
    ("Shares rose 20 cents.", "20 cents", 0.2, "USD"),  # and the US one where nothing says another
])
def test_minor_units_and_press_prefixes(text, span, low, unit):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    assert (found[span].low, found[span].unit) == (pytest.approx(low), unit)


@pytest.mark.parametrize(("text", "numbers"), [
    ("Ring 1300 555 018 for bookings.", []),  # a four-digit group before two more: a phone number
    ("Three aides of 12 Sen. offices left.", ["12"]),  # a title after a number is no "sen"
    ("Fr. Tomas said 40 families came.", ["40"]),  # a priest's title before no amount
])
def test_phone_numbers_and_titles(text, numbers):
    assert [c.text for c in crosscount.extract(text) if c.text[0].isdigit()] == numbers
    assert all(c.kind != "money" for c in crosscount.extract(text))


# issue 18, outside text (h-speed batch): the local press's dollar, ranges that share their thousands, scale
# letters after a change of a count, days that share a month, the Tamil rupee sign, a year's halves
@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("SINGAPORE: Fares rise by 10 cents a ride.", "10 cents", 0.1, 0.1, "SGD"),  # dateline_names_the_local_dollar
    ("PERTH — The state will spend $3.2 billion on rail.", "$3.2 billion", 3.2e9, 3.2e9, "AUD"),
    ("SINGAPORE (Reuters) - The fund paid $2 billion.", "$2 billion", 2e9, 2e9, "USD"),  # a wire's dateline
    ("TAIPEI: The firm paid $2 billion.", "$2 billion", 2e9, 2e9, "USD"),  # its own press writes NT$
    # local_currency_by_dateline: a shared currency's word is the dateline's country's, a wire's dateline too
    ("ISLAMABAD (Reuters) - Petrol will cost Rs 272 a litre.", "Rs 272", 272, 272, "PKR"),
    ("COLOMBO, May 28: The levy is Rs 50 a kilo.", "Rs 50", 50, 50, "LKR"),
    ("Workers earn 10-15,000 rupees.", "10-15,000 rupees", 1e4, 1.5e4, "INR"),  # thousands_shared_by_a_dash
    ("Police said 5-6,000 people came.", "5-6,000", 5000, 6000, None),
    ("The flood hit 1-10,000 homes.", "1-10,000", 1, 1e4, None),  # the first end not of the closing one's order
    ("Visitor numbers rose 1.2m to a record 6.9m.", "1.2m", 1.2e6, 1.2e6, None),  # scale_letter_after_a_change
    ("The number of claimants fell 0.3m in May.", "0.3m", 3e5, 3e5, None),
    ("Membership grew 1.1m over the decade.", "1.1m", 1.1e6, 1.1e6, None),
    ("Sea levels rose 0.3m over the century.", "0.3m", 0.3, 0.3, "meter"),  # a level: metres
    ("The fine was TOP 500, the court said.", "TOP 500", 500, 500, "TOP"),  # the pa'anga where no noun is counted
    ("The tower rose 300m above the city.", "300m", 300, 300, "meter"),  # a word of space after it
    ("அரசு ரூ.500 வழங்கும்.", "ரூ.500", 500, 500, "INR"),  # the Tamil rupee sign, fused with its full stop
])
def test_outside_rules_of_the_speed_batch(text, span, low, high, unit):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    claim = found[span]
    assert (claim.low, claim.high, claim.unit) == (pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize(("text", "numbers"), [
    ("The hearings are set for January 23 and 25.", []),  # day_paired_with_a_date
    ("Trains will not run on 12 and 13 October.", []),
    ("Talks were held on Dec. 5, 6 and 7.", []),
    ("On May 4, 12 people were hurt.", ["12"]),  # a comma alone joins no day to the date
    ("Profit rose in the first half of the season.", []),  # part_of_a_period
    ("Half of the workers left.", ["Half"]),  # a share stays one
    ("The TOP 20 startups were named.", []),  # a code that is a word, before the noun its number counts
])
def test_days_and_halves_that_are_no_figure(text, numbers):
    assert [c.text for c in crosscount.extract(text)] == numbers

@pytest.mark.parametrize(("text", "span", "unit"), [
    # local_symbol_by_country: a symbol several countries' currencies share is the one of the country named
    ("Karachi's traders paid Rs450 for a kilo of sugar.", "Rs450", "PKR"),
    ("Colombo's port earned Rs 12 billion in fees, Sri Lanka's ports authority said.", "Rs 12 billion", "LKR"),
    ("Mumbai's civic body approved Rs 3,200 crore for roads in India.", "Rs 3,200 crore", "INR"),
    ("The fare rose to Rs 40.", "Rs 40", "INR"),  # no country named: the press's default
    ("In Tanzania, a litre of milk costs Sh2,000.", "Sh2,000", "TZS"),
    ("Kampala's council collected Sh9 billion in Uganda last year.", "Sh9 billion", "UGX"),
    ("Nairobi traders sold maize at Sh6,000 a bag.", "Sh6,000", "KES"),
    # a bare "$" beside a dollar country's name, as its own press writes it; Singapore's only with its
    # government or its people
    ("Jamaica's tourism earned $4.2 billion last year.", "$4.2 billion", "JMD"),
    ("The Government of Trinidad and Tobago approved $300 million for roads.", "$300 million", "TTD"),
    ("Singapore households will get $300 in rebates.", "$300", "SGD"),
    ("Singapore's Temasek paid $1 billion for the stake.", "$1 billion", "USD"),
])
def test_a_shared_symbol_is_the_named_country_s_money(text, span, unit):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    assert found[span].unit == unit


@pytest.mark.parametrize(("text", "span", "unit"), [
    # local_symbol_by_country for the letter symbols of SYMBOL_CURRENCIES: "K", "P", "kr"
    ("Zambia's treasury released K850 million for farmers.", "K850 million", "ZMW"),
    ("Malawi's budget sets aside K1.5 trillion for maize.", "K1.5 trillion", "MWK"),
    ("In Papua New Guinea, the tax raised K2.3 billion.", "K2.3 billion", "PGK"),
    ("Botswana's diamond sales earned P40 billion.", "P40 billion", "BWP"),
    ("In the Philippines, a kilo of rice sells for P52.50.", "P52.50", "PHP"),
    ("In Norway, a coffee costs 48 kr.", "48 kr", "NOK"),
    ("A tram ticket in Sweden costs 39 kr.", "39 kr", "SEK"),
    # local_currency_by_dateline: the local press's dateline names the country, also with its date after it
    ("KARACHI: Sugar rose to Rs 160 a kilo.", "Rs 160", "PKR"),
    ("KATHMANDU, Jan 4: Fares rose by Rs 5.", "Rs 5", "NPR"),
    ("LUSAKA – Maize meal rose to K1,250 a bag.", "K1,250", "ZMW"),
    ("MUMBAI: Onions rose to Rs 60.", "Rs 60", "INR"),
    # local_currency_of_the_sentence: a shared word's sub-unit takes the sentence's currency of that word
    ("Diesel rose by P2.10 a litre and kerosene by 85 centavos a litre.", "85 centavos", "PHP"),
    ("In Pakistan, petrol rose by 71 paisa a litre.", "71 paisa", "PKR"),
    ("Sugar fell 40 centavos.", "40 centavos", "MXN"),  # the peso's default, as "pesos" alone is
    # the hundredths news names by their own names
    ("Bus fares rose by 50 pesewas.", "50 pesewas", "GHS"),
    ("Bread went up by 90 ngwee.", "90 ngwee", "ZMW"),
    ("Cocoa futures rose 4.5 US cents.", "4.5 US cents", "USD"),
])
def test_a_letter_symbol_or_sub_unit_is_the_local_money(text, span, unit):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    assert found[span].unit == unit


@pytest.mark.parametrize(("text", "span", "unit", "inferred"), [
    # a shared symbol or word no sentence, dateline or sum around it places: its first code, flagged as a guess
    ("The fee rose to Rs 40.", "Rs 40", "INR", True),
    ("The levy raised K2.1 billion.", "K2.1 billion", "ZMW", True),
    ("A single ticket costs 42 kr.", "42 kr", "SEK", True),
    ("In Nepal, the fee rose to Rs 40.", "Rs 40", "NPR", False),
    ("Rice sold at P45.50 a kilo in Manila.", "P45.50", "PHP", False),
    ("The rand firmed to R18.20.", "R18.20", "ZAR", False),  # one country's symbol: no guess
    ("Recruits get 195,000 rubles.", "195,000 rubles", "RUB", False),  # a word: the one English news means
])
def test_a_guessed_local_currency_is_flagged(text, span, unit, inferred):
    found = {c.text: c for c in crosscount.extract(text)}
    assert found[span].unit == unit
    assert any(flag.startswith("currency inferred") for flag in found[span].flags) is inferred


@pytest.mark.parametrize(("text", "figures"), [
    # symbol_of_its_pair: a letter symbol before a bare number, vouched by the same symbol's amount before it
    # in its sentence or by the other end of its range
    ("Petrol sells at N1,030 a litre, up from N897 last week.", [("N1,030", "NGN"), ("N897", "NGN")]),
    ("Rents run between N2m and N3.5m a year.", [("between N2m and N3.5m", "NGN")]),
    ("Cooking oil rose by Tk 12 a litre to Tk 180.", [("Tk 12", "BDT"), ("Tk 180", "BDT")]),
    # ... never a road's or a class's number
    ("Traffic on the N2 and N3 was cut.", []),
    ("The school has 40 P1 and P2 pupils.", [("40", None)]),
    ("Sanral will spend R1.2bn upgrading the R21.", [("R1.2bn", "ZAR")]),
    # currency_of_the_paired_amount: a bare amount a pairing word joins to a sum shares its currency
    ("Bread rose from $1.10 to 1.40 this week.", [("$1.10", "USD"), ("1.40", "USD")]),
    ("The shilling weakened to Ksh 130.2 against the dollar from 129.6.", [("Ksh 130.2", "KES"), ("129.6", "KES")]),
    ("Beef sells for N7,500, against 6,000 in March.", [("N7,500", "NGN"), ("6,000", "NGN")]),
    ("Fees rose from $5 million to 7 million.", [("$5 million", "USD"), ("7 million", "USD")]),
    # ... never a count after it
    ("The firm paid $50 to 20 workers.", [("$50", "USD"), ("20", None)]),
])
def test_a_sum_lends_its_currency_to_its_pair(text, figures):
    assert [(c.text, c.unit) for c in crosscount.extract(text)] == figures


@pytest.mark.parametrize(("text", "figures"), [
    # a single-letter symbol before a rate ("P50 a day") is money, where a bare "P2" stays a name
    ("Workers get an extra P80 a day.", [("P80", 80, "PHP", "day")]),
    ("Pensioners get R150 a month more.", [("R150", 150, "ZAR", "month")]),
    # "bil" as Malaysian papers write the billion, fused and spaced
    ("The state spent RM4.5bil and RM1.1 bil on dams.", [("RM4.5bil", 4.5e9, "MYR", None), ("RM1.1 bil", 1.1e9, "MYR", None)]),
    # what a price is per: a share, a kilowatt-hour, a megawatt hour, a season
    ("The lender paid 35 cents per share.", [("35 cents", 0.35, "USD", "share")]),
    ("Power costs $0.12 per kilowatt-hour there.", [("$0.12", 0.12, "USD", "kilowatt_hour")]),
    ("Spot power fell to €80 per megawatt hour.", [("€80", 80, "EUR", "megawatt_hour")]),
    ("Pickers earn €9,000 per season.", [("€9,000", 9000, "EUR", "season")]),
    # rates_differ: two amounts with different rates are two figures, not a range
    ("Drivers earn $25 an hour or $900 a week.", [("$25", 25, "USD", "hour"), ("$900", 900, "USD", "week")]),
    ("The fee went from €40 a month to €400 a year.", [("€40", 40, "EUR", "month"), ("€400", 400, "EUR", "year")]),
    ("Prices ran from $5 per kilo to $8 per kilo.", [("from $5 per kilo to $8", None, "USD", "kilogram")]),  # one range
    # a part of a percentage point
    ("The bank raised its rate by 0.75 of a percentage point.", [("0.75 of a percentage point", 0.75, "percentage_point", None)]),
    # duration_in_possessive: the span keeps its unit
    ("She was given two years' probation.", [("two years", 2, "year", None)]),
])
def test_economy_figures_read_whole(text, figures):
    got = [(c.text, c.low if c.bound != "range" else None, c.unit, c.per) for c in crosscount.extract(text)]
    assert [(t, None if v is None else pytest.approx(v), u, p) for t, v, u, p in figures] == got


@pytest.mark.parametrize(("text", "number", "rule"), [
    ("Egypt's Vision 2030 calls for more schools.", "2030", "year_in_a_name"),
    ("A 2021 decree set the tariff.", "2021", "year_in_a_name"),
    ("The 16-30 Apprentice scheme opened on Monday.", "16-30", "age_band_in_a_name"),
    ("The summit runs on November 4-5 in Kigali.", "5", "part_of_a_date"),  # a day range after its month
    ("The rand fell to its weakest in more than three years.", "three", "comparison_frame_is_not_a_figure"),
    ("Exports posted their biggest rise for almost two decades.", "two", "comparison_frame_is_not_a_figure"),
])
def test_names_and_frames_of_comparison_are_no_figures(text, number, rule):
    claims, dropped = explain(text)
    assert claims == []
    assert (number, rule) in [(t, r) for _, _, t, r in dropped], dropped


@pytest.mark.parametrize(("text", "span"), [
    ("Police said 2000 people marched in 2023.", "2000"),  # a count after a verb, not a name's year
    ("He said Kenya 2000 troops would stay.", "2000"),  # after a place: a count
    ("The 5-10 people hurt were taken to hospital.", "5-10"),  # a band of people, not a name
    ("She swam it in under 13 minutes.", "under 13 minutes"),  # a time, no record's frame
])
def test_years_bands_and_frames_that_stay_figures(text, span):
    assert span in [c.text for c in crosscount.extract(text)]


@pytest.mark.parametrize(("text", "span", "low", "unit", "rule"), [
    # cents_fused: "¢" always, "c" fused to a decimal or before a rate, the dollar of the sentence
    ("Unleaded in Sydney fell to 183.4¢ a litre.", "183.4¢", 1.834, "AUD", "currency_after_number"),
    ("Diesel in Calgary fell 4.5c overnight.", "4.5c", 0.045, "CAD", "currency_after_number"),
    ("Wesfarmers will pay 15c a share, it said in Perth.", "15c", 0.15, "AUD", "currency_after_number"),
    # cents_of_the_sentence_currency: a bare "cent" beside the one other currency the sentence writes
    ("Steers made €5.20 a kilo at the marts, up 20 cent.", "20 cent", 0.2, "EUR", "cents_of_the_sentence_currency"),
])
def test_cents_written_short_and_whose(text, span, low, unit, rule):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    assert (found[span].low, found[span].unit) == (pytest.approx(low), unit)
    assert rule in found[span].rules


@pytest.mark.parametrize(("text", "number"), [
    ("Temperatures hit 30c in London.", "30"),  # a lone "30c" is no price
    ("Premium 98 octane unleaded costs more.", "98"),  # grade_before_its_noun
    ("The 95 RON petrol is cheaper.", "95"),  # a grade's code before a fuel word
    ("All new trucks must meet Euro 6 rules.", "6"),  # grade_of_a_standard
])
def test_grades_and_temperatures_are_no_price(text, number):
    assert not [c for c in crosscount.extract(text) if c.text.startswith(number)]


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("He paid 500 RON for the ticket in Bucharest.", "500 RON", "RON"),  # lei, with no fuel word after
    ("The fund holds euro 6 million in bonds.", "6 million", None),  # a sum, not a standard
])
def test_a_grade_rule_that_must_not_reach_too_far(text, span, unit):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found and found[span].unit == unit, sorted(found)


@pytest.mark.parametrize(("text", "unit", "flagged"), [
    # article_places_name_the_dollar: the one dollar country the text names elsewhere decides, and says it guessed
    ("Work starts in Queensland next year. The state will spend $1.2 billion on the road.", "AUD", True),
    ("Tickets cost $25 at the door.", "USD", True),  # no country anywhere: US dollars, flagged as a guess
    ("Ontario will spend $2.4 million, officials said.", "CAD", False),  # its own sentence names the place
    ("The mall opened in Toronto. In Sydney, a second costs $9 million.", "AUD", False),
    ("Calgary and Auckland bid. The games will cost $3 billion.", "USD", True),  # two dollar countries: no choice
])
def test_a_bare_dollar_read_from_beyond_its_sentence_is_flagged(text, unit, flagged):
    (claim,) = [c for c in crosscount.extract(text) if "$" in c.text]
    assert claim.unit == unit
    assert any(f.startswith("currency inferred") for f in claim.flags) is flagged, claim.flags


@pytest.mark.parametrize(("text", "span", "low", "unit"), [
    # metres_of_a_level: a lone "m" before a word of when, in a clause of a level, is metres
    ("The Wilsons River at Lismore peaked at 14.4m overnight.", "14.4m", 14.4, "meter"),
    ("The swell reached 6m yesterday.", "6m", 6, "meter"),
    ("Subscribers reached 14.4m overnight.", "14.4m", 14.4e6, None),  # no level named: millions
    ("Floodwaters displaced 1.2m people.", "1.2m", 1.2e6, None),  # a noun after it: millions
    # a measure in two parts joined by "and", the second less than one of the first
    ("He stands 5 feet and 2 inches tall.", "5 feet and 2 inches", 62, "inch"),
    ("The calf weighed 7 pounds and 4 ounces.", "7 pounds and 4 ounces", 116, "ounce"),
])
def test_metres_of_a_level_and_measures_in_two_parts(text, span, low, unit):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    assert (found[span].low, found[span].unit) == (pytest.approx(low), unit)


def test_a_second_part_of_a_whole_one_is_its_own_figure():
    assert [c.text for c in crosscount.extract("It rose 3 feet and 20 inches more.")] == ["3 feet", "20 inches"]


@pytest.mark.parametrize(("text", "span", "per"), [
    # rate_shared_by_a_change: a price's change and its level are per the same thing where one says it
    ("Diesel in Calgary climbed 8 cents a litre overnight to 151.9 cents.", "151.9 cents", "litre"),
    ("Steers made €5.20 per kilo at the marts this week, up 20 cent.", "20 cent", "kilogram"),
    ("Wages rose $2 to $25 an hour in Ontario.", "$2", "hour"),
])
def test_a_change_and_its_level_share_their_rate(text, span, per):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    assert found[span].per == per
    assert "rate_shared_by_a_change" in found[span].rules


def test_a_sum_is_no_change_of_a_price():
    found = {c.text: c for c in crosscount.extract("It paid $5 a share, up $2 billion in total.")}
    assert found["$2 billion"].per is None


@pytest.mark.parametrize(("text", "spans"), [
    # change_then_level: each end with its own scale, the second more than twice the first
    ("Profit jumped $1.2bn to $5.6bn in the year.", ["$1.2bn", "$5.6bn"]),
    ("Viewers jumped 3.5m to 12.1m.", ["3.5m", "12.1m"]),
    # a range of a change: close ends, or a first end that shares the second's scale
    ("Costs rose $1bn to $2bn.", ["$1bn to $2bn"]),
    ("Costs rose $1 to $2 billion.", ["$1 to $2 billion"]),
])
def test_a_change_and_the_level_it_reached_are_two_figures(text, spans):
    assert [c.text for c in crosscount.extract(text)] == spans


@pytest.mark.parametrize(("text", "span", "per"), [
    # per_unit_of_a_good: "per" and a unit before "of" and the good it prices
    ("Brent rose to $78.40 per barrel of crude.", "$78.40", "barrel"),
    ("The co-op paid €7.10 per kilogram of milk solids.", "€7.10", "kilogram"),
    ("Fees rose to £9,250 per year of study.", "£9,250", "year"),
    ("Homes pay 7.9 hryvnias per kilowatt-hour of electricity.", "7.9 hryvnias", "kilowatt_hour"),  # a unit of two words
    ("Plants paid €84 per megawatt hour of gas.", "€84", "megawatt_hour"),
])
def test_a_price_per_unit_of_a_good(text, span, per):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    assert found[span].per == per


@pytest.mark.parametrize(("text", "span", "per"), [
    # PER_WORDS: a minute and a millisecond are what a rate may be per, as a second is
    ("Fire crews pumped 4,000 litres per minute from the quarry.", "4,000 litres", "minute"),
    ("The pulse travels 20 metres per millisecond.", "20 metres", "millisecond"),
    ("The score was 3 a minute into the match.", "3", None),
])
def test_a_rate_per_minute(text, span, per):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    assert found[span].per == per


@pytest.mark.parametrize(("text", "speakers"), [
    # count_of_its_own_speakers: a number that opens the speaker the attribution reader found counts who speaks
    ("Two independent Russian news outlets said on Friday that 50,000 soldiers had been identified.", "Two"),
    ("Three senior officials told Reuters that 400 troops had been sent.", "Three"),
    ("Two Western officials estimated that 70,000 soldiers had died.", "Two"),
    ("Four monitoring groups reported 120 strikes.", "Four"),
    ("Two people familiar with the plans said the bank would cut 300 jobs.", "Two"),  # (h-source5: _ANONYMOUS)
])
def test_a_count_of_the_speakers_is_no_figure(text, speakers):
    claims, dropped = explain(text, published="2025-01-01")
    assert [rule for _, _, number, rule in dropped if number == speakers] == ["count_of_its_own_speakers"]
    assert speakers not in [c.text for c in claims]
    assert all(c.source and c.source.startswith(speakers) for c in claims)  # the speakers still own the figures


@pytest.mark.parametrize(("text", "speakers", "source"), [
    # counts_its_speaker_after: the speaker named right after the count, without it, who speaks there ("Two people
    # familiar with the plans said" keeps its count in the speaker's name: count_of_its_own_speakers)
    ("The fund will shrink by €12 billion, three EU diplomats said.", "three", "EU diplomats"),
    ("Prices will rise 5%, four Western officials told Reuters.", "four", "Western officials"),
    ("Two senior Pakistani security officials said five militants were killed.", "Two", "Pakistani security officials"),  # a rank
])
def test_a_count_before_its_speaker_is_no_figure(text, speakers, source):
    claims, dropped = explain(text, published="2025-01-01")
    assert [rule for _, _, number, rule in dropped if number == speakers] == ["count_of_its_own_speakers"]
    assert [c.source for c in claims] == [source]


@pytest.mark.parametrize(("text", "figure"), [
    ("Two soldiers were killed, officials said.", "Two"),  # the figure is the toll; the speaker comes after it
    ("Officials said two soldiers were killed.", "two"),
])
def test_a_count_that_is_not_its_speaker_stays(text, figure):
    assert figure in [c.text for c in crosscount.extract(text, published="2025-01-01")]
