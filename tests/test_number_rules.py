"""The number, bound, range and money rules of issue 18's third batch, one by one, each from a table of
inputs written for these tests (never taken from a peer's suite): the rule's name, the text, and what
comes back for the figure (span, low, high, bound, unit)."""

from __future__ import annotations

import pytest

import crosscount

CASES = [
    # values of number expressions
    ("share_before_scale", "Organisers expect half million visitors.", "half million", 5e5, 5e5, "exact", None),
    ("share_before_scale", "The line carried quarter million riders.", "quarter million", 2.5e5, 2.5e5, "exact", None),
    ("share_before_scale", "It cost three quarters billion dollars.", "three quarters billion dollars", 7.5e8, 7.5e8,
     "exact", "USD"),
    ("share_after_scale_word", "They filed one million and a half claims.", "one million and a half", 1.5e6, 1.5e6,
     "exact", None),
    ("share_after_scale_word", "It counted six million and two thirds.", "six million and two thirds", 6666666.67,
     6666666.67, "exact", None),
    ("scale_of_a_scale", "The plan costs three lakh crore.", "three lakh crore", 3e12, 3e12, "exact", None),
    ("scale_of_a_scale", "Banks lent two thousand million pounds.", "two thousand million pounds", 2e9, 2e9, "exact", "GBP"),
    ("nought_point", "Growth was nought point four per cent.", "nought point four per cent", 0.4, 0.4, "exact", "percent"),
    ("nought_point", "It read naught point five.", "naught point five", 0.5, 0.5, "exact", None),
    ("leading_point_decimal", "The Fed cut to .5 percent.", ".5 percent", 0.5, 0.5, "exact", "percent"),
    ("scale_abbreviation", "Gazprom paid 12 bln rubles.", "12 bln rubles", 1.2e10, 1.2e10, "exact", "RUB"),
    ("scale_abbreviation", "The bank has 4.5 mln clients.", "4.5 mln", 4.5e6, 4.5e6, "exact", None),
    ("scale_abbreviation", "Debt hit 2.1 trln rubles.", "2.1 trln rubles", 2.1e12, 2.1e12, "exact", "RUB"),
    ("capital_m_is_million", "The post got 3M views.", "3M", 3e6, 3e6, "exact", None),
    ("dozens_after_a_number", "Police held two dozens men.", "two dozens", 24, 24, "exact", None),
    ("plural_share_is_a_share", "The motion needs two thirds in favour.", "two thirds", 66.6667, 66.6667, "exact", "percent"),
    ("plural_share_is_a_share", "She owns five eighths now.", "five eighths", 62.5, 62.5, "exact", "percent"),
    ("fraction_words", "They lost a tenth of the herd.", "a tenth", 10, 10, "exact", "percent"),
    ("fraction_words", "Officials said one-seventh of the roads were shut.", "one-seventh", 100 / 7, 100 / 7, "exact",
     "percent"),
    ("power_of_a_numeral", "The grid held 10^6 cells.", "10^6", 1e6, 1e6, "exact", None),
    ("power_of_a_numeral", "The ratio was 2.5^-1 at the end.", "2.5^-1", 0.4, 0.4, "exact", None),
    ("narrow_space_groups", "The prize was 1\u202f250\u202f000.50 euros.", "1\u202f250\u202f000.50 euros", 1250000.5,
     1250000.5, "exact", "EUR"),
    ("plural_share_is_a_share", "The answer was twenty-three fifths.", "twenty-three fifths", 460, 460, "exact", "percent"),
    ("share_at_the_end_of_a_clause", "The ratio fell to one eighth.", "one eighth", 12.5, 12.5, "exact", "percent"),
    ("fraction_words", "Women hold one - fourth of the seats.", "one - fourth", 25, 25, "exact", "percent"),
    ("fraction_words", "It lasted a trillionth of a second.", "a trillionth", 1e-10, 1e-10, "exact", "percent"),
    ("one_over_n", "Support was one over three.", "one over three", 100 / 3, 100 / 3, "exact", "percent"),
    ("dozens_after_a_number", "Police held 3 dozen men.", "3 dozen", 36, 36, "exact", None),
    ("dozens_after_a_number", "He sent three hundred and two dozens.", "three hundred and two dozens", 324, 324, "exact",
     None),
    ("share_after_scale_word", "The tally was one billion and a half million.", "one billion and a half million", 1.0005e9,
     1.0005e9, "exact", None),
    ("fraction_words", "The share fell to one twenty-fifth.", "one twenty-fifth", 4, 4, "exact", "percent"),
    ("plural_share_is_a_share", "It holds three twenty-firsts.", "three twenty-firsts", 300 / 21, 300 / 21, "exact",
     "percent"),
    ("plural_share_is_a_share", "It was a hundred trillionths.", "a hundred trillionths", 1e-8, 1e-8, "exact", "percent"),
    ("bound_before_a_share", "More than half said yes.", "More than half", 50, None, "more_than", "percent"),
    ("one_over_n", "The answer is negative one over 20.", "negative one over 20", -5, -5, "exact", "percent"),
    ("dozens_after_a_number", "He sold 5 doz eggs.", "5 doz", 60, 60, "exact", None),
    ("scale_abbreviation", "It fetched 2mil SEK.", "2mil SEK", 2e6, 2e6, "exact", "SEK"),
    # bounds and ranges
    ("comparison_symbol", "Firms with >250 staff must report.", ">250", 250, None, "more_than", None),
    ("comparison_symbol", "Trials with ≤ 40 people were dropped.", "≤ 40", None, 40, "at_most", None),
    ("comparison_symbol", "Banks with assets ≥ €30 billion are covered.", "≥ €30 billion", 3e10, None, "at_least", "EUR"),
    ("comparison_symbol", "Keep x < = 100 at all times.", "< = 100", None, 100, "at_most", None),
    ("comparison_symbol", "Alert when it falls <-30 overnight.", "<-30", None, -30, "less_than", None),
    ("bound_after_and", "Pupils scoring 70% and above pass.", "70% and above", 70, None, "at_least", "percent"),
    ("bound_after_and", "Cities with 5,000 and more people qualify.", "5,000 and more", 5000, None, "at_least", None),
    ("bound_after_or", "Any score of 200 or greater counts.", "200 or greater", 200, None, "at_least", None),
    ("bound_verbs", "Losses could surpass 900.", "surpass 900", 900, None, "more_than", None),
    ("comparison_or_equal", "Keep it smaller or equal than 60.", "smaller or equal than 60", None, 60, "at_most", None),
    ("two_bounds_upper_first", "Units hold at most 12 and at least 8 men.", "at most 12 and at least 8", 8, 12, "range",
     None),
    ("two_bounds_upper_first", "Classes hold no more than 28 and no fewer than 12 pupils.",
     "no more than 28 and no fewer than 12", 12, 28, "range", None),
    ("falling_range", "Estimates ran from 900 down to 300.", "from 900 down to 300", 300, 900, "range", None),
    ("tilde_range", "Crowds of 15~20 thousand came.", "15~20 thousand", 15000, 20000, "range", None),
    ("age_is_not_a_time_frame", "Most were over 70 years old.", "over 70 years", 70, None, "more_than", "year"),
    # percents
    ("percent_words", "Prices rose 9 percents last year.", "9 percents", 9, 9, "exact", "percent"),
    ("percent_words", "The levy is 30 percentage of the fee.", "30 percentage", 30, 30, "exact", "percent"),
    # money
    ("code_fused_before_amount", "Sales were USD42.5 million.", "USD42.5 million", 4.25e7, 4.25e7, "exact", "USD"),
    ("code_fused_before_amount", "It raised EUR500m in bonds.", "EUR500m", 5e8, 5e8, "exact", "EUR"),
    ("million_code", "Orders were MSEK 2,146 in the quarter.", "MSEK 2,146", 2.146e9, 2.146e9, "exact", "SEK"),
    ("million_code", "The deal is worth 85 MEUR.", "85 MEUR", 8.5e7, 8.5e7, "exact", "EUR"),
    ("cents_after_the_main_unit", "The share closed at 14 dollars 75.", "14 dollars 75", 14.75, 14.75, "exact", "USD"),
    ("cents_after_the_main_unit", "The plan rises to 11 USD 90.", "11 USD 90", 11.9, 11.9, "exact", "USD"),
    ("cents_after_the_main_unit", "It cost thirteen dollars forty five.", "thirteen dollars forty five", 13.45, 13.45,
     "exact", "USD"),
    ("amount_as_an_adjective", "Each family got a 200-euro voucher.", "200-euro", 200, 200, "exact", "EUR"),
    ("amount_as_an_adjective", "The board paid a 12-cent dividend.", "12-cent", 0.12, 0.12, "exact", "USD"),
    ("press_currency_names", "Tickets cost RMB 25 each.", "RMB 25", 25, 25, "exact", "CNY"),
    ("press_currency_names", "The fine was 300 RMB.", "300 RMB", 300, 300, "exact", "CNY"),
    ("pence_fused", "Shares fell 4p to 212p.", "212p", 2.12, 2.12, "exact", "GBP"),
    ("lettered_dollar", "He took a c $ 300 million charge.", "c $ 300 million", 3e8, 3e8, "exact", "CAD"),
    ("lettered_dollar", "Exports rose to HK $ 10.05 billion.", "HK $ 10.05 billion", 1.005e10, 1.005e10, "exact", "HKD"),
    # issue 18, outside text (h-figures, second pass)
    ("per_mille", "His blood held 0.8 per mille of alcohol.", "0.8 per mille", 0.8, 0.8, "exact", "permille"),
    ("per_mille", "The birth rate was 9.2‰ last year.", "9.2‰", 9.2, 9.2, "exact", "permille"),
    ("per_mille", "Levels stood at 3 per mil in the lake.", "3 per mil", 3, 3, "exact", "permille"),
    ("percentage_points_after_sign", "Support slid 4 %-points in a month.", "4 %-points", 4, 4, "exact", "percentage_point"),
    ("percent_after_number", "Output grew 1.8 pc in May.", "1.8 pc", 1.8, 1.8, "exact", "percent"),
    ("percent_after_number", "It was a 75-basis-point hike.", "75-basis-point", 75, 75, "exact", "basis_point"),
    ("percent_after_number", "A 0.5 percentage-point rise.", "0.5 percentage-point", 0.5, 0.5, "exact", "percentage_point"),
    ("percent_after_number", "Yields rose 0.3 percent point.", "0.3 percent point", 0.3, 0.3, "exact", "percentage_point"),
    ("share_of_a_percent", "Wages fell by half a per cent.", "half a per cent", 0.5, 0.5, "exact", "percent"),
    ("percent_word_before_of", "Per cent of 45.", "Per cent of 45", 45, 45, "exact", "percent"),
    ("percent_word_before_of", "percents of thirty", "percents of thirty", 30, 30, "exact", "percent"),
    ("code_fused_before_amount", "The voucher is worth EUR25 a head.", "EUR25", 25, 25, "exact", "EUR"),
    ("code_fused_before_amount", "Lunch came to GBP14 each.", "GBP14", 14, 14, "exact", "GBP"),
    ("currency_symbol_after", "A ticket costs 35元 at the gate.", "35元", 35, 35, "exact", "CNY"),
    ("press_currency_names", "The dumplings are 8 kuai a plate.", "8 kuai", 8, 8, "exact", "CNY"),
    ("amount_in_two_parts", "Tea costs 4 kuai 5 mao now.", "4 kuai 5 mao", 4.5, 4.5, "exact", "CNY"),
    ("sub_unit", "Pupils pay 6 mao a ride.", "6 mao", 0.6, 0.6, "exact", "CNY"),
    ("cents_after_the_main_unit", "She paid 12 dollars 40 for the ticket.", "12 dollars 40", 12.4, 12.4, "exact", "USD"),
    ("hundredths_after_tenths", "Buns were two kuai and three mao four.", "two kuai and three mao four", 2.34, 2.34,
     "exact", "CNY"),
    ("press_symbols", "Sales hit Dh8.1 billion in May.", "Dh8.1 billion", 8.1e9, 8.1e9, "exact", "AED"),
    ("press_symbols", "The grant is Rp 450,000 a month.", "Rp 450,000", 4.5e5, 4.5e5, "exact", "IDR"),
    ("press_symbols", "The bridge costs Tk 3,200 crore.", "Tk 3,200 crore", 3.2e10, 3.2e10, "exact", "BDT"),
    ("press_symbols", "Petronas earned RM2.4 billion.", "RM2.4 billion", 2.4e9, 2.4e9, "exact", "MYR"),
    ("press_symbols", "The scheme costs Rs4,500 crore.", "Rs4,500 crore", 4.5e10, 4.5e10, "exact", "INR"),
    ("press_currency_names", "A pint was 6 quid in the pub.", "6 quid", 6, 6, "exact", "GBP"),
    ("press_symbols", "The fund holds SR 12 billion.", "SR 12 billion", 1.2e10, 1.2e10, "exact", "SAR"),
    ("press_symbols", "The stadium cost QR2.4bn.", "QR2.4bn", 2.4e9, 2.4e9, "exact", "QAR"),
    ("press_symbols", "Profit rose to BD8.2m.", "BD8.2m", 8.2e6, 8.2e6, "exact", "BHD"),
    ("press_symbols", "The plan costs KD 1.1 billion.", "KD 1.1 billion", 1.1e9, 1.1e9, "exact", "KWD"),
    ("press_symbols", "Muscat raised RO200mn.", "RO200mn", 2e8, 2e8, "exact", "OMR"),
    ("press_symbols", "Cairo set aside LE 40 billion.", "LE 40 billion", 4e10, 4e10, "exact", "EGP"),
    ("press_symbols", "Accra spent GH¢1.4 billion.", "GH¢1.4 billion", 1.4e9, 1.4e9, "exact", "GHS"),
    ("press_symbols", "Kampala's budget is Shs58 trillion.", "Shs58 trillion", 5.8e13, 5.8e13, "exact", "UGX"),
    ("press_symbols", "BHP earned $US13.4 billion.", "$US13.4 billion", 1.34e10, 1.34e10, "exact", "USD"),
    ("press_symbols", "Wellington borrowed $NZ500 million.", "$NZ500 million", 5e8, 5e8, "exact", "NZD"),
    ("press_symbols", "Dodoma spent TSh 900 billion.", "TSh 900 billion", 9e11, 9e11, "exact", "TZS"),
    ("press_currency_names", "Equinor paid 12 billion Norwegian crowns.", "12 billion Norwegian crowns", 1.2e10, 1.2e10,
     "exact", "NOK"),
    ("scale_abbreviation", "Exports reached 1.4 trn yen.", "1.4 trn yen", 1.4e12, 1.4e12, "exact", "JPY"),
    ("press_currency_names", "A taxi ride is 40 dirhams.", "40 dirhams", 40, 40, "exact", "AED"),
    ("press_currency_names", "In Morocco a taxi ride is 40 dirhams.", "40 dirhams", 40, 40, "exact", "MAD"),
    # h-figs5: the peers' suites
    ("or_equal_after_bound", "Grants go to towns of more than 5000 or equal.", "more than 5000 or equal", 5000, None,
     "at_least", None),
    ("or_equal_after_bound", "Bids of less than 90 or equal to it fail.", "less than 90 or equal to", None, 90, "at_most",
     None),
    ("unit_in_brackets", "Each crate weighed 40 (kg) on the dock.", "40 (kg)", 40, 40, "exact", "kilogram"),
    ("unit_in_brackets", "The cable runs 12 [km] under the bay.", "12 [km]", 12, 12, "exact", "kilometer"),
    ("unit_in_brackets", "Uploads are capped at 25 <MB> a file.", "25 <MB>", 25, 25, "exact", "megabyte"),
    ("compound_plural_denominator", "Its stake is now two hundred forty-sevenths.", "two hundred forty-sevenths",
     20000 / 47, 20000 / 47, "exact", "percent"),
    ("compound_plural_denominator", "The ratio came to five thirty thirds.", "five thirty thirds", 500 / 33, 500 / 33,
     "exact", "percent"),
    ("compound_plural_denominator", "The ratio came to two hundred and forty sevenths.", "two hundred and forty sevenths",
     24000 / 7, 24000 / 7, "exact", "percent"),
    ("lower_case_code", "Hosting starts at 20 usd a month.", "20 usd", 20, 20, "exact", "USD"),
    ("lower_case_code", "He paid eur 40 for the seat.", "eur 40", 40, 40, "exact", "EUR"),
    ("lower_case_code", "The flat sold for half million gbp.", "half million gbp", 5e5, 5e5, "exact", "GBP"),
    ("rest_after_hundred", "The hall seats 4 hundred and 75 people.", "4 hundred and 75", 475, 475, "exact", None),
    ("rest_after_hundred", "Tickets cost 2 hundred and 50 yuan.", "2 hundred and 50 yuan", 250, 250, "exact", "CNY"),
    ("compound_plural_denominator", "The coalition holds eleven twenty-fifths of the seats.", "eleven twenty-fifths", 44,
     44, "exact", "percent"),
    ("compound_plural_denominator", "The ratio came to sixty sevenths.", "sixty sevenths", 6000 / 7, 6000 / 7, "exact",
     "percent"),
]


@pytest.mark.parametrize(("rule", "text", "span", "low", "high", "bound", "unit"), CASES,
                         ids=[f"{c[0]}: {c[2]}" for c in CASES])
def test_rule(rule, text, span, low, high, bound, unit):
    found = {c.text: c for c in crosscount.extract(text)}
    assert span in found, sorted(found)
    c = found[span]
    assert (c.bound, c.unit) == (bound, unit)
    for got, want in ((c.low, low), (c.high, high)):
        assert got == pytest.approx(want, rel=1e-6) if want is not None else got is None


# What the rules above must leave alone: each text with the figures it holds, and nothing else.
UNCHANGED = [
    ("The talks came to naught.", []),
    ("The stream is in 1080p and 720p.", []),
    ("TOP10 lists and ALL5 suites are names.", []),
    ("Protests went on for a third day.", []),
    ("GDP shrank for three quarters in a row.", []),
    ("Gunmen killed 12 and more were missing.", [("12", 12, 12, "exact", None)]),
    ("The bag weighs about a 5-pound load.", [("5-pound", 5, 5, "exact", "pound")]),
    ("Expect 20 to 10 injuries.", [("20", 20, 20, "exact", None), ("10", 10, 10, "exact", None)]),
    ("The rate fell from 50 down to 20.", [("50", 50, 50, "exact", None), ("20", 20, 20, "exact", None)]),
    ("He paid 5 dollars 20 times.", [("5 dollars", 5, 5, "exact", "USD"), ("20", 20, 20, "exact", None)]),
    ("The arrow -> 5 points right.", [("5", 5, 5, "exact", None)]),
    ("A Fourth of July parade passed.", []),
    ("The twenty-first century began on a twenty-fifth anniversary.", []),
    ("Either 10 or 12 boats sank.", [("10", 10, 10, "exact", None), ("12", 12, 12, "exact", None)]),
    ("Write 5.00 or 5,00.", [("5.00", 5, 5, "exact", None), ("5", 5, 5, "exact", None)]),
    ("Expect 5 or 6 injuries.", [("5 or 6", 5, 6, "range", None)]),
    ("Rates rose for three quarters.", []),
    ("It was the hundredth day.", []),
    ("The COP28 summit used AMD64 chips.", []),
    ("CAD3 drawings and RM1 forms were filed.", []),
    ("The SR71 jet and QR5 codes and BD2 forms.", []),
    ("Drivers took SR 99 north.", [("99", 99, 99, "exact", None)]),
    ("He wrote LE 1 on the board.", [("1", 1, 1, "exact", None)]),
    ("He sold 3 pcs of cake.", [("3", 3, 3, "exact", None)]),
    # measures_listed_without_spaces and the unit a run without spaces shares, and what they leave alone
    ("Wells at 4,12,150 metres.", [("4", 4, 4, "exact", "meter"), ("12", 12, 12, "exact", "meter"),
                                   ("150 metres", 150, 150, "exact", "meter")]),
    ("Tents for 2,4,6 people.", [("2", 2, 2, "exact", None), ("4", 4, 4, "exact", None), ("6", 6, 6, "exact", None)]),
    ("Bags of 5,10,20 kg.", [("5", 5, 5, "exact", "kilogram"), ("10", 10, 10, "exact", "kilogram"),
                             ("20 kg", 20, 20, "exact", "kilogram")]),
    ("The silo holds 2,50,000 kg.", [("2,50,000 kg", 2.5e5, 2.5e5, "exact", "kilogram")]),
    ("Mills ground 12,34,567 tonnes for Rs 90 crore.", [("12,34,567 tonnes", 1234567, 1234567, "exact", "metric_ton"),
                                                        ("Rs 90 crore", 9e8, 9e8, "exact", "INR")]),
    ("Census staff counted 3,45,120 homes.", [("3,45,120", 345120, 345120, "exact", None)]),
    ("Crowds filled half the square.", []),
    # number_in_a_proper_name, and what it leaves alone
    ("Crews from Rescue 1122 reached the site.", []),
    ("Rescue 1122 said the roof fell.", []),
    ("Traffic on Interstate 95 slowed.", []),
    ("The Nasdaq 100 closed higher.", []),
    ("Voyager 1 left the solar system.", []),
    ("The FTSE 100 slipped 0.4%.", [("0.4%", 0.4, 0.4, "exact", "percent")]),
    ("Futures on the S&P 500 rose.", []),
    ("The US sent 40 HIMARS.", [("40", 40, 40, "exact", None)]),
    ("Pays 1 million rubles, Kursk 500 and Tatarstan 300.", [("1 million rubles", 1e6, 1e6, "exact", "RUB"),
                                                             ("500", 5e8, 5e8, "exact", "RUB"), ("300", 3e8, 3e8, "exact", "RUB")]),
    ("In Kherson 12 people died.", [("12", 12, 12, "exact", None)]),
    ("The US gave Ukraine 31 tanks.", [("31", 31, 31, "exact", None)]),
    ("He met Putin 3 times.", [("3", 3, 3, "exact", None)]),
    ("In Sindh 492 deaths were recorded.", [("492", 492, 492, "exact", None)]),
    ("Flood Kills 40 In Sindh", [("40", 40, 40, "exact", None)]),
    ("Expect 20 to 10 injuries.", [("20", 20, 20, "exact", None), ("10", 10, 10, "exact", None)]),
    ("Some 40 died.", [("Some 40", 40, 40, "approximate", None)]),
    ("Only 12 remain.", [("12", 12, 12, "exact", None)]),
    ("Teams in Lahore found 1,200 bodies.", [("1,200", 1200, 1200, "exact", None)]),
    ("What percent of 10 is 2?", [("10", 10, 10, "exact", None), ("2", 2, 2, "exact", None)]),
    ("They own 5 percent of 10 firms.", [("5 percent", 5, 5, "exact", "percent"), ("10", 10, 10, "exact", None)]),
    ("They fined 1 over 3 years.", [("1", 1, 1, "exact", None)]),
    ("He paid a $5 bill, and it's $5.", [("$5", 5, 5, "exact", "USD"), ("$5", 5, 5, "exact", "USD")]),
    ("Adults pay $15 and 50 for children.", [("$15", 15, 15, "exact", "USD"), ("50", 50, 50, "exact", None)]),
    # seasons_are_a_time_frame: "over the past three winters", "three winters ago" (a count of seasons sold stays)
    ("The grid lost 9 GW over the past three winters.", [("9 GW", 9, 9, "exact", "gigawatt")]),
    ("Two summers ago 40 homes flooded.", [("40", 40, 40, "exact", None)]),
    ("The club sold 3 seasons of passes.", [("3", 3, 3, "exact", None)]),
    # unit_in_brackets and or_equal_after_bound leave alone a lettered item, a name's abbreviation, a second number
    ("The panel heard 20 (b) claims.", [("20", 20, 20, "exact", None)]),
    ("Smith scored 7 (Pt) in the vote.", [("7", 7, 7, "exact", None)]),
    ("They filed 5 cad drawings and 3 try scores.", [("5", 5, 5, "exact", None), ("3", 3, 3, "exact", None)]),
    # rest_after_hundred leaves alone a larger scale's list, a part over a hundred, a decimal
    ("It pledged 5 million and 20 more came.", [("5 million", 5e6, 5e6, "exact", None), ("20", 20, 20, "exact", None)]),
    ("He fined 3 hundred and 120 more.", [("3 hundred", 300, 300, "exact", None), ("120", 120, 120, "exact", None)]),
    ("It had 3 hundred and 21.5 seats.", [("3 hundred", 300, 300, "exact", None), ("21.5", 21.5, 21.5, "exact", None)]),
    ("Bids of more than 5 or equal to 6 fail.", [("more than 5", 5, None, "more_than", None), ("6", 6, 6, "exact", None)]),
]


@pytest.mark.parametrize("text", ["Insured losses could top $30 billion.", "He paid all $5 bills."])
def test_a_code_that_is_a_word_in_lower_case_is_no_dollars_code(text):
    """lettered_dollar: "top" and "all" before a "$" are words (TOP and ALL are codes only in capitals)."""
    assert [c.unit for c in crosscount.extract(text)] == ["USD"]


@pytest.mark.parametrize(("text", "want"), UNCHANGED, ids=[u[0] for u in UNCHANGED])
def test_left_alone(text, want):
    got = [(c.text, c.low, c.high, c.bound, c.unit) for c in crosscount.extract(text)]
    assert got == want


def test_change_then_level():
    """change_then_level: a change verb right before the figure, then "to" and a figure over ten times larger."""
    got = [(c.text, c.low, c.unit) for c in crosscount.extract("Shares fell 4p to 212p; the bond rose $2 to $30.")]
    assert got == [("4p", 0.04, "GBP"), ("212p", 2.12, "GBP"), ("$2", 2, "USD"), ("$30", 30, "USD")]
    assert [(c.text, c.bound) for c in crosscount.extract("Prices rose 5 to 10 percent.")] == [("5 to 10 percent", "range")]
    got = [(c.text, c.low) for c in crosscount.extract("The miner gained 12p to 470p, the grocer adding 3p to 95p.")]
    assert got == [("12p", 0.12), ("470p", 4.7), ("3p", 0.03), ("95p", pytest.approx(0.95))]
