"""As-of dates by clause, sentence splitting around AP abbreviations, and dates that cannot be (issues 19, 20).

Each table row is written for the test and fails if its rule is taken out.
"""

from __future__ import annotations

from datetime import date

import pytest

import crosscount
from crosscount.core.extract.dates import find_dates, named_periods, parse_iso
from crosscount.core.extract.figures import sentence_bounds


def as_of(text: str, figure: str, published: str) -> tuple[str | None, str | None]:
    found = {c.text: c for c in crosscount.extract(text, published=published)}
    assert figure in found, sorted(found)
    return found[figure].as_of, found[figure].as_of_from


AS_OF = [
    # a running total is dated at the report, whatever date its period starts at
    ("The group said 500,000 people have been killed since fighting began in March 2011.", "500,000",
     "2025-01-10", ("2025-01-10", "published")),
    ("So far this year, 1.2 million cases have been reported.", "1.2 million", "2025-09-02", ("2025-09-02", "published")),
    ("To date, 38 countries have eliminated the disease.", "38", "2025-09-02", ("2025-09-02", "published")),
    ("At least 802 people have died since the monsoon began on June 26.", "At least 802", "2025-08-28",
     ("2025-08-28", "published")),
    # the year of a named plan or budget
    ("Its 2019 response plan received $1.9 billion.", "$1.9 billion", "2025-06-19", ("2019", "own clause")),
    ("The draft budget for 2026 sets spending at 13.5 trillion rubles.", "13.5 trillion rubles", "2025-09-25",
     ("2026", "own clause")),
    ("The 2026-27 budget allocates Rs 7.8 lakh crore.", "Rs 7.8 lakh crore", "2026-02-01", ("2026", "own clause")),
    # named relative periods
    ("Next year, the deficit is expected to narrow to 1.6% of GDP.", "1.6%", "2025-09-25", ("2026", "sentence")),
    ("GDP grew 1.2% in the first quarter.", "1.2%", "2025-05-01", ("2025-03", "own clause")),
    ("GDP grew 1.2% in the fourth quarter of 2024.", "1.2%", "2025-05-01", ("2024-12", "own clause")),
    # an event still to come resolves forward
    ("The leaders will meet at a summit to be held on March 12 to agree on 20 billion euros in aid.",
     "20 billion euros", "2025-03-01", ("2025-03-12", "own clause")),
    ("Its next meeting will be held on Sept. 16, when analysts expect a cut to 7.5 percent.", "7.5 percent",
     "2022-07-22", ("2022-09-16", "sentence")),
    # the date of the figure's own clause wins over the neighbouring clause's
    ("On March 3 the bank cut the rate to 9 percent, and on June 9 – to 8.5 percent.", "9 percent", "2025-07-01",
     ("2025-03-03", "own clause")),
    ("On March 3 the bank cut the rate to 9 percent, and on June 9 – to 8.5 percent.", "8.5 percent", "2025-07-01",
     ("2025-06-09", "own clause")),
    ("The bank cut the rate to 7.5 percent on Oct. 14.", "7.5 percent", "2025-11-01", ("2025-10-14", "own clause")),
    # a date elsewhere in the sentence, a strong cue first
    ("As of Sept. 18, the war had killed at least 5,916 civilians, the UN said.", "at least 5,916", "2024-10-22",
     ("2024-09-18", "sentence")),
    ("In the last week of 2023, about 500 drones were shot down.", "about 500", "2024-01-10", ("2023-12", "sentence")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), AS_OF, ids=[f"{t[:30]}:{f}" for t, f, *_ in AS_OF])
def test_as_of_by_clause(text, figure, published, want):
    assert as_of(text, figure, published) == want


SPLITS = [
    "The bank cut the rate on Oct. 14 to 7.5 percent.",
    "The meeting on Sept. 3 approved 40 projects.",
    "Officials in Tulsa, Okla. reported 12 deaths.",
    "The U.S. Army sent 300 troops.",
    "Resolution No. 5 passed with 60 votes.",
    "On Jan. 6 and Aug. 2 the bank raised the rate.",
]


@pytest.mark.parametrize("text", SPLITS)
def test_ap_abbreviations_stay_inside_the_sentence(text):
    assert sentence_bounds(text) == [0]


def test_a_stop_after_an_ordinary_word_still_ends_the_sentence():
    assert sentence_bounds("They met in Sept. The talks failed. Then 5 left.") == [0, 18, 36]


def test_named_periods_are_year_mentions():
    text = "its 2019 response plan, the 2026 budget and fiscal year 2025, but not 2019 soldiers"
    assert [(d.year, text[d.start: d.end]) for d in named_periods(text, 0, len(text))] == \
        [(2019, "2019"), (2026, "2026"), (2025, "2025")]


# --- dates that cannot be (issue 20, item 7) -------------------------------------------------------------
def test_a_reference_at_year_one_never_yields_year_zero():
    """The API refuses such a publication date (test_stream_api); the engine under it must hold too."""
    from crosscount.core.extract.figures import extract

    claims = extract("In August, 5 soldiers were killed. Yesterday 7 died. Last year 8 died.", published="0001-01-01")
    assert [c.as_of for c in claims] == ["0001-01-01"] * 3
    for c in claims:
        assert not c.as_of.startswith("0000")


@pytest.mark.parametrize("phrase", ["in August", "yesterday", "last year", "last month", "on Tuesday", "last week"])
def test_no_resolution_before_year_one(phrase):
    (d,) = find_dates(phrase)
    value = d.resolve(date(1, 1, 1))
    assert value is None or (parse_iso(value) is not None and not value.startswith("0000"))


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13-01", "0000-01-01", "2023-08-031", "2023-+1-01", "20230-1-1",
                                   "2023-8", "2023-08-03junk", "", "yesterday"])
def test_parse_iso_rejects_impossible_or_malformed_dates(value):
    assert parse_iso(value) is None


@pytest.mark.parametrize(("value", "want"), [("2023", date(2023, 1, 1)), ("2023-08", date(2023, 8, 1)),
                                             ("2023-08-03", date(2023, 8, 3)), ("2023-08-03T10:00:00Z", date(2023, 8, 3))])
def test_parse_iso_reads_every_precision(value, want):
    assert parse_iso(value) == want


def test_an_impossible_day_keeps_only_its_month():
    (d,) = find_dates("February 30, 2023")
    assert d.resolve(None) == "2023-02"


MORE_AS_OF = [
    # an event's day in the possessive dates the event, not the count reported the day after
    ("The death toll in Tuesday's stampede rose to 121, an official said on Wednesday.", "121", "2024-07-03",
     ("2024-07-03", "sentence")),
    ("Inflation will slow to 8.4% by the end of the year.", "8.4%", "2025-01-23", ("2025-12", "own clause")),
    # a date passes from one figure to the next across "to"
    ("Remittances fell 11% in 2024 to 144 billion riyals.", "144 billion riyals", "2025-03-10", ("2024", "own clause")),
    ("The Centre proposed a defence budget of 7.85 lakh crore rupees for 2026-27.", "7.85 lakh crore rupees", "2026-02-01",
     ("2026", "own clause")),
    # a date in a relative clause that tells the event dates the event, not its toll (event_clause_date)
    ("The toll from the storm which battered the coast late on Friday has climbed to 57, officials said on Sunday.", "57",
     "2025-10-14", ("2025-10-12", "sentence")),
    ("The floods that swept the valley on Monday left 31 people dead.", "31", "2025-07-17", ("2025-07-17", "published")),
    # a sentence that takes up the one before's source keeps its own day where it says the figure stands now
    ("The blockade imposed in early August has stranded 200 trucks, traders say. A litre of diesel now sells for up to "
     "1,900 francs in the capital.", "up to 1,900 francs", "2025-09-10", ("2025-09-10", "published")),
    # a coordinate clause in the perfect is a total so far, dated at the report, not at the clause before's date
    ("The agency needs $90 million this year, but has received only 31% of it.", "31%", "2025-10-02",
     ("2025-10-02", "published")),
    ("Four people were killed on Friday, while 12 others were wounded.", "12", "2025-10-06", ("2025-10-03", "sentence")),
    # a conversion in brackets is the same sum: the date after it is the sum's too (conversion_in_brackets)
    ("Kyiv will spend 2.8 trillion hryvnias ($67 billion) on defence next year, the minister said on Monday.",
     "2.8 trillion hryvnias", "2025-09-17", ("2026", "own clause")),
    # the date of an elliptical conjunct ("and 14 wounded on Tuesday", no verb of its own) is the whole list's
    ("Nine soldiers were killed and 21 wounded on Sunday, the army said.", "Nine", "2025-03-05", ("2025-03-02", "own clause")),
    ("Nine people died and 21 were hurt on Sunday.", "Nine", "2025-03-05", ("2025-03-05", "published")),  # a verb of its own
    # a month a measure takes effect from, in the months after the report, is the coming one (effect_starts_ahead)
    ("The decree cuts the fuel subsidy to 40 cents a litre from October.", "40 cents", "2025-08-20", ("2025-10", "own clause")),
    ("The tariff of 12% applies from February.", "12%", "2025-08-20", ("2025-02", "own clause")),  # long since
    ("Imports fell 6% from October.", "6%", "2025-08-20", ("2024-10", "own clause")),  # told as past
    # a change and its level share the level's date, whatever few words of the change stand before "to"
    ("Arms sales rose 4.2% in real terms to $632 billion in 2023, the institute said on Monday.", "4.2%", "2024-12-02",
     ("2023", "own clause")),
    ("Arms sales rose 4.2% and fell to $632 billion in 2023.", "4.2%", "2024-12-02", ("2024-12-02", "published")),
    # a calendar year's opening months with nothing after them end on their last month; never the months of something else
    ("Tax revenue for the first ten months came to 28.4 trillion rubles.", "28.4 trillion rubles", "2025-11-20",
     ("2025-10", "own clause")),
    ("Sales in the first 11 months grew 6.5%.", "6.5%", "2026-01-08", ("2025-11", "own clause")),
    ("In the first five months of the war, 9,000 soldiers died.", "9,000", "2022-09-01", ("2022-09-01", "published")),
    ("In the first four months after the flood, 12,000 people left.", "12,000", "2024-09-01", ("2024-09-01", "published")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), MORE_AS_OF,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in MORE_AS_OF])
def test_more_as_of(text, figure, published, want):
    assert as_of(text, figure, published) == want


def test_between_dates_a_figure_at_the_periods_end():
    text = "At least 650 people were killed between July 16 and August 11, the UN said."
    assert as_of(text, "At least 650", "2024-08-21") == ("2024-08-11", "own clause")


# --- h-attrib batch A: dates the paragraph gives ---------------------------------------------------------
PARAGRAPH_DATES = [
    # a figure-free sentence right after, on the figures' own words, says when they stood
    ("The ministry said 4,200 soldiers had died. The figures cover the period to May 31, 2023.", "4,200",
     "2025-02-01", ("2023-05-31", "paragraph")),
    ("About 600,000 people have gone back to their villages, the agency said. The data run to early April.",
     "About 600,000", "2025-04-20", ("2025-04", "paragraph")),
    ("The city says 31,000 homes were damaged. The numbers refer to the end of March.", "31,000", "2025-04-20",
     ("2025-03", "paragraph")),
    ("Troops at the front are paid 120,000 hryvnias a month. The rates took effect on Jan. 1.",
     "120,000 hryvnias", "2025-03-14", ("2025-01-01", "paragraph")),
    ("The fund approved a disbursement of $900 million. The board met on Dec. 19.", "$900 million", "2025-01-05",
     ("2024-12-19", "paragraph")),
    ("Some 4,000 migrants crossed the border, the guards said. The crossings took place in October and November 2023.",
     "Some 4,000", "2025-03-01", ("2023-11", "paragraph")),
    # a date that narrows the period the figure's own sentence gave
    ("Aid groups have reached 2 million people this year. The figures are as of March 31.", "2 million",
     "2025-06-01", ("2025-03-31", "paragraph")),
    # a sentence that goes on with the one before (its source read there) takes the one date of that sentence
    ("The statistics office said prices rose 3.1% in March. The office said rents rose 5.4%.", "5.4%", "2025-04-20",
     ("2025-03", "paragraph")),
    # "since <date>, when …": the date of what the "when" clause tells, not the start of a running total
    ("The ministry has not updated its toll since May 2023, when it acknowledged 3,100 deaths.", "3,100",
     "2025-02-01", ("2023-05", "sentence")),
    # the opening months or half of a year, and a fiscal year written without "year"
    ("Police recorded 1,410 thefts in the first six months of 2024.", "1,410", "2025-02-01", ("2024-06", "own clause")),
    ("Exports rose 8% in the first half of the year, the ministry said.", "8%", "2025-09-01", ("2025-06", "own clause")),
    ("The navy spent $3 billion in fiscal 2024.", "$3 billion", "2025-02-01", ("2024", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), PARAGRAPH_DATES, ids=[r[1] for r in PARAGRAPH_DATES])
def test_dates_the_paragraph_gives(text, figure, published, want):
    assert as_of(text, figure, published) == want


def test_a_sentence_after_that_is_not_about_the_figures_dates_nothing():
    # a new subject, another paragraph, a date that is already the figure's own, a sentence with figures of its own
    assert as_of("The ministry said 4,200 soldiers had died. Talks resumed on May 31.", "4,200", "2025-07-01") \
        == ("2025-07-01", "published")
    assert as_of("The ministry said 4,200 soldiers had died.\n\nThe figures cover the period to May 31.", "4,200",
                 "2025-07-01") == ("2025-07-01", "published")
    assert as_of("The ministry said 4,200 soldiers had died in April. The figures cover the period to May 31.",
                 "4,200", "2025-07-01") == ("2025-04", "own clause")
    assert as_of("Prices rose 3.1% in March, the office said. The office said rents rose 5.4% in 2024.", "5.4%",
                 "2025-04-20") == ("2024", "own clause")


BATCH_B_DATES = [
    # a survey's dates, in the sentence after
    ("Support reached 66%, the pollster said. The survey was conducted between Nov. 7 and Nov. 13.", "66%",
     "2025-11-20", ("2025-11-13", "paragraph")),
    # a running total of this year so far is dated at the report
    ("Wildfires have burned 6.4 million hectares this year, officials said.", "6.4 million hectares", "2025-07-18",
     ("2025-07-18", "published")),
    # "the January-March quarter": its last month
    ("The economy grew 7.4% in the January-March quarter.", "7.4%", "2025-05-30", ("2025-03", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), BATCH_B_DATES, ids=[r[1] for r in BATCH_B_DATES])
def test_batch_b_dates(text, figure, published, want):
    assert as_of(text, figure, published) == want


def test_this_year_without_a_running_total_is_the_year():
    assert as_of("The economy will grow 3% this year.", "3%", "2025-07-18") == ("2025", "own clause")


# --- h-asof batch A: a statistic's period, and a figure compared with an earlier one ----------------------
EARLIER_PERIOD = [
    # the figure right before the phrase is dated that far back from the date the sentence gives the one before it
    ("Profit rose to $412 million in the first half, from $349 million a year earlier.", "$349 million", "2025-08-06",
     ("2024-06", "own clause")),
    ("Unemployment stood at 6.3% in June, against 6.5% a year ago.", "6.5%", "2025-08-01", ("2024-06", "own clause")),
    ("Output averaged 9.2 million barrels a day in February, down from 9.4 million the month before.", "9.4 million",
     "2025-03-05", ("2025-01", "own clause")),
    ("The economy grew 2.8% last year, after 2.9% the year before.", "2.9%", "2025-01-30", ("2023", "own clause")),
    ("The firm sold 1.1 million cars in the first quarter, down from 1.2 million in the same period last year.",
     "1.2 million", "2025-05-08", ("2024-03", "own clause")),
    ("The index stood at 102 on June 5, against 97 a year earlier.", "97", "2025-06-20", ("2024-06-05", "own clause")),
    # with no other date in the sentence: the report's month, that far back
    ("Rents averaged $2,100, against $1,950 a year ago.", "$1,950", "2025-07-03", ("2024-07", "own clause")),
    # the phrase never dates a figure it does not follow, nor one that a word of comparison keeps from it
    ("Profit rose to $412 million in the first half, from $349 million a year earlier.", "$412 million", "2025-08-06",
     ("2025-06", "own clause")),
    ("Average hourly earnings rose 3.7% from a year ago.", "3.7%", "2025-07-03", ("2025-07-03", "published")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), EARLIER_PERIOD, ids=[f"{t[:30]}:{f}" for t, f, *_ in EARLIER_PERIOD])
def test_a_figure_compared_with_an_earlier_period(text, figure, published, want):
    assert as_of(text, figure, published) == want


PERIOD_WORDS = [
    # "for May", "for 2024 as a whole": the statistic's period
    ("Retail sales rose 1.6% for May.", "1.6%", "2025-06-30", ("2025-05", "own clause")),
    ("For 2024 as a whole, operating profit fell 12%.", "12%", "2025-02-20", ("2024", "sentence")),
    # the year a level closed at
    ("Inflation finished 2014 at an annual rate of 4.6%.", "4.6%", "2015-01-15", ("2014", "own clause")),
    # a year's part without "of the year", the opening months of a year, the final quarter
    ("Net profit rose 18% in the first half.", "18%", "2025-08-06", ("2025-06", "own clause")),
    ("Exports reached $90 billion in the first 11 months of 2025.", "$90 billion", "2025-12-10", ("2025-11", "own clause")),
    ("Wages grew 5.9% in the final quarter of 2024.", "5.9%", "2025-02-18", ("2024-12", "own clause")),
    # the rise and the level after "to" share the level's period
    ("Net profit rose 18% to $412 million in the first half.", "18%", "2025-08-06", ("2025-06", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), PERIOD_WORDS, ids=[f"{t[:30]}:{f}" for t, f, *_ in PERIOD_WORDS])
def test_a_statistics_period(text, figure, published, want):
    assert as_of(text, figure, published) == want


def test_a_part_of_something_else_is_no_period():
    # "the first half of the match": no date of the calendar's
    assert as_of("He scored 2 goals in the first half of the match.", "2", "2025-08-06") == ("2025-08-06", "published")


def test_a_fiscal_years_opening_months_run_to_the_report():
    # fiscal_months_to_date: a fiscal year starts where the text does not say, so "the first 11 months of fiscal year
    # 2025" are the months to the report (the month before it), never the calendar's eleventh month nor the year alone
    text = "The deficit totaled $2.0 trillion in the first 11 months of fiscal year 2025."
    assert as_of(text, "$2.0 trillion", "2025-09-08") == ("2025-08", "own clause")
    text = "Exports rose 4.1% in the first nine months of the fiscal year."
    assert as_of(text, "4.1%", "2025-01-20") == ("2024-12", "own clause")


# --- h-asof batch C: what a figure is measured against, and a quarter named by its last month -------------
COMPARED = [
    # a date after "than in" is the comparison's, and the figure takes the date of the one before it
    ("Passenger numbers hit 8.1 million in June, 4% more than in June 2024.", "4%", "2025-07-10", ("2025-06", "own clause")),
    ("Tax receipts were $48 billion in April, 12% more than in April last year.", "12%", "2025-05-02",
     ("2025-04", "own clause")),
    # "than expected" compares with no date: the date after it is the figure's
    ("Prices rose 0.4% more than expected in June.", "0.4%", "2025-07-10", ("2025-06", "own clause")),
    # an earlier period wins over the date passed on across "from"
    ("Credit growth slowed to 9.1% in October from 9.6% in the previous month.", "9.6%", "2025-12-01",
     ("2025-09", "own clause")),
    # "the June quarter": the quarter that ends in June
    ("Inflation was 2.1% over the year to the June quarter.", "2.1%", "2025-07-30", ("2025-06", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), COMPARED, ids=[f"{t[:30]}:{f}" for t, f, *_ in COMPARED])
def test_what_a_figure_is_measured_against(text, figure, published, want):
    assert as_of(text, figure, published) == want


# --- h-asof batch D: a period named by its months, a fiscal year named by its first year ------------------
def test_a_period_named_by_its_months_ends_with_its_last():
    assert as_of("Operating profit for the April-September period came to ¥410 billion.", "¥410 billion",
                 "2025-11-12") == ("2025-09", "own clause")


def test_a_financial_year_written_first_is_its_first_year():
    assert as_of("In the 2024-25 financial year, the state borrowed £152 billion.", "£152 billion", "2025-04-01") \
        == ("2024", "sentence")


# --- h-asof batch E: the day figures were told is not the day they were counted ---------------------------
def test_the_day_of_the_telling_dates_a_figure_only_where_nothing_else_does():
    text = "The ministry reported on Friday that 1,870 dengue cases had been recorded in July."
    assert as_of(text, "1,870", "2025-08-29") == ("2025-07", "own clause")
    assert as_of("The ministry reported on Friday that 1,870 dengue cases had been recorded.", "1,870", "2025-08-29") \
        == ("2025-08-29", "own clause")


# --- h-asof batch F (economy copy): the period a paragraph names, short and fiscal periods --------------------
PARAGRAPH_PERIOD = [
    # the period named once dates the paragraph's later sentences that date nothing, marked "paragraph"
    ("Revenue rose 7% in the third quarter. Operating profit climbed 11% to €640 million.", "€640 million",
     "2025-10-30", ("2025-09", "paragraph")),
    ("In 2024, exports totalled $40 billion. Imports were $52 billion.", "$52 billion", "2026-01-15",
     ("2024", "paragraph")),
    # a day too: the event's later figures
    ("Russian strikes on Sunday killed four people in Zaporizhzhia. Another 17 were wounded.", "17", "2025-09-15",
     ("2025-09-14", "paragraph")),
    ("Net sales for the six months ended Sept. 30 rose 5%. Operating income fell 12%.", "12%", "2025-11-24",
     ("2025-09-30", "paragraph")),
    # a plan's figure in the present is the plan's period
    ("The budget for 2025-26 sets outlays at Rs 50 lakh crore. The deficit target is 4.4% of GDP.", "4.4%",
     "2025-02-01", ("2025", "paragraph")),
    # and a figure there compared with a year earlier steps back from it
    ("Sales rose 4% in the July-September quarter. The margin narrowed to 4.8% from 6.2% a year earlier.", "6.2%",
     "2025-10-30", ("2024-09", "paragraph")),
    # a figure measured against a month after "than in" takes the paragraph's period
    ("The jobless rate held at 4.1% in March. Figures out on Thursday showed 32,200 more people were employed "
     "than in February.", "32,200", "2025-04-17", ("2025-03", "paragraph")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), PARAGRAPH_PERIOD, ids=[r[1] for r in PARAGRAPH_PERIOD])
def test_the_period_a_paragraph_names_dates_its_later_figures(text, figure, published, want):
    assert as_of(text, figure, published) == want


@pytest.mark.parametrize(("text", "figure"), [
    # a figure in the present of being stands at the report
    ("Shares fell 4% on Tuesday. Inflation is 3.5%.", "3.5%"),
    ("Ticket sales reached 82,000 on Wednesday. The stadium holds 90,000.", "90,000"),
    # a running total, a perfect tense and a figure said to stand now are the report's
    ("Exports rose 6% in 2024. The war has killed 10,000 people.", "10,000"),
    ("Exports rose 6% in 2024. Some 2,000 firms have closed since the war began.", "Some 2,000"),
    ("Inflation was 3.1% in March. The key rate now stands at 16%.", "16%"),
    ("In 2024, 12,000 civilians were killed. Some 3.7 million people are displaced.", "Some 3.7 million"),
    # a rolling period ends at the report
    ("In 2024, Russia lost 430,000 troops. It lost 1,500 soldiers in the past day.", "1,500"),
    # nothing carries from one paragraph to the next
    ("Revenue rose 7% in the third quarter.\n\nThe company employs 41,000 people.", "41,000"),
])
def test_what_the_paragraph_period_never_dates(text, figure):
    assert as_of(text, figure, "2025-10-30") == ("2025-10-30", "published")


SHORT_AND_FISCAL = [
    # a month span without a noun after it, and written short
    ("Tourist arrivals in January-September reached 8.2 million.", "8.2 million", "2025-10-30", ("2025-09", "own clause")),
    ("India's fiscal deficit for April-September stood at Rs 5.7 lakh crore.", "Rs 5.7 lakh crore", "2025-10-30",
     ("2025-09", "own clause")),
    ("Exports in Jan-Sep rose 4%.", "4%", "2025-10-30", ("2025-09", "own clause")),
    # "FY2025/26" is its first year; "FY26" the year it names; a fiscal quarter ("Q3 FY26") no calendar quarter
    ("The finance minister unveiled a budget of Rs 9 trillion for FY2025/26.", "Rs 9 trillion", "2025-06-10",
     ("2025", "own clause")),
    ("FY26 revenue rose 4%.", "4%", "2025-06-10", ("2026", "own clause")),
    ("Q3 FY26 profit rose 4%.", "4%", "2025-11-10", ("2025-11-10", "published")),
    ("The treasurer expects the deficit to narrow to A$21 billion in 2026-27.", "A$21 billion", "2025-06-10",
     ("2026", "own clause")),
    # quarters and halves written short, the first three quarters, end-September and end-2024
    ("Q3 revenue rose 5% to $2.1 billion.", "$2.1 billion", "2025-10-30", ("2025-09", "own clause")),
    ("Revenue in Q2 2024 was $3 billion.", "$3 billion", "2025-10-30", ("2024-06", "own clause")),
    ("H1 profit fell 4%.", "4%", "2025-10-30", ("2025-06", "own clause")),
    ("H2 2024 profit fell 4%.", "4%", "2025-10-30", ("2024-12", "own clause")),
    ("The plant will make 2 million tonnes of green H2.", "2 million tonnes", "2025-10-30", ("2025-10-30", "published")),
    ("In the first three quarters, GDP grew 5.2%.", "5.2%", "2025-10-30", ("2025-09", "sentence")),
    ("The fund had assets of $40 billion at end-September.", "$40 billion", "2025-10-30", ("2025-09", "own clause")),
    ("Debt stood at 61% of GDP at end-2024.", "61%", "2025-10-30", ("2024-12", "own clause")),
    # a quarter earlier, and a quarter named by its ordinal alone
    ("Margins widened to 21% from 19% in the previous quarter.", "19%", "2025-10-30", ("2025-07", "own clause")),
    ("Revenue in the second quarter was €4.4 billion, against €4.1 billion in the first.", "€4.1 billion", "2025-08-01",
     ("2025-03", "own clause")),
    # a year's possessive dates the figure; a forecast's full year is the report's, a forecaster's month lies ahead
    ("Next year's budget will set aside $2.1 billion for housing.", "$2.1 billion", "2025-06-10", ("2026", "own clause")),
    ("The insurer raised its full-year profit forecast to £1.9 billion.", "£1.9 billion", "2025-11-13",
     ("2025", "own clause")),
    ("Full-year profit rose 8% to $3 billion.", "$3 billion", "2026-02-20", ("2026-02-20", "published")),
    ("The bank expects inflation to fall to 4% in March.", "4%", "2025-10-30", ("2026-03", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), SHORT_AND_FISCAL, ids=[f"{t[:30]}:{f}" for t, f, *_ in SHORT_AND_FISCAL])
def test_short_and_fiscal_periods(text, figure, published, want):
    assert as_of(text, figure, published) == want


def test_a_currency_abbreviation_before_its_amount_ends_no_sentence():
    assert sentence_bounds("The state collected Rs. 2,340 crore in May.") == [0]
    assert len(sentence_bounds("The fee was Rs. The rest is unpaid.")) == 2
    assert as_of("The state collected Rs. 2,340 crore in GST in May.", "Rs. 2,340 crore", "2025-06-20") \
        == ("2025-05", "own clause")


@pytest.mark.parametrize(("text", "figure", "published", "want"), [
    # a day without a year in the weeks after the report is the coming one; farther, the last one
    ("Investors see a 95% chance of a cut at the Oct. 29 meeting.", "95%", "2025-10-06", ("2025-10-29", "own clause")),
    ("The fee rises to $5 on Jan. 5.", "$5", "2025-12-20", ("2026-01-05", "own clause")),
    ("The bank cut rates to 3% on Dec. 1.", "3%", "2025-08-20", ("2024-12-01", "own clause")),
    # "having gained … this year" is a running total of the year so far
    ("Gold rose 1% on Monday, having gained 48% this year.", "48%", "2025-10-06", ("2025-10-06", "published")),
])
def test_a_yearless_day_ahead_and_a_participles_running_total(text, figure, published, want):
    assert as_of(text, figure, published) == want


def test_the_year_of_a_short_period_is_no_figure():
    assert [c.text for c in crosscount.extract("Q3 2024 profit fell 4%.", published="2025-10-30")] == ["4%"]
    assert [c.text for c in crosscount.extract("H2 2024 sales rose 3%.", published="2025-10-30")] == ["3%"]


# --- asof3 batch F: seasons, a fiscal year's months, a decade's end, a month before a noun, a change clause -------
PERIODS_F = [
    # season: "last" the latest ended before the report's month, "this" the coming one, "over the" the one begun last
    ("Last winter the utility cut off 12,000 homes.", "12,000", "2025-10-14", ("2025-02", "own clause")),
    ("Last summer the park drew 80,000 visitors.", "80,000", "2025-07-01", ("2024-08", "own clause")),
    ("The reservoir lost 9% of its water over the winter.", "9%", "2025-03-10", ("2025-02", "own clause")),
    ("Bills could rise 6% this winter.", "6%", "2025-10-14", ("2026-02", "own clause")),
    ("Sales fell 4% last fall.", "4%", "2025-03-01", ("2024-11", "own clause")),
    ("Prices fall 4% in the spring.", "4%", "2025-07-01", ("2025-05", "own clause")),  # a season after "in"
    ("Rents rose 6% this past winter.", "6%", "2025-04-17", ("2025-02", "own clause")),
    ("Britain won 65 medals in the Summer Olympics.", "65", "2025-04-17", ("2025-04-17", "published")),
    # a period's end after "ending", and a sports campaign named by its years
    ("Profit rose 12% in the year ending March.", "12%", "2025-05-17", ("2025-03", "own clause")),
    ("Attendance averaged 38,000 during the 2024-25 campaign.", "38,000", "2025-06-17", ("2024", "own clause")),
    # the end of the decade: its round year, as plans write it
    ("Solar output should triple to 90 GW by the end of the decade.", "90 GW", "2025-06-03", ("2030", "own clause")),
    # month_before_a_noun: "at its December meeting"; "the March of" is no month of a noun
    ("The board lifted the rate to 5% at its December meeting.", "5%", "2025-01-20", ("2024-12", "own clause")),
    ("The March of Dimes raised $5 million.", "$5 million", "2025-01-20", ("2025-01-20", "published")),
    ("A cut to 4% is expected at its March meeting.", "4%", "2025-01-20", ("2025-03", "own clause")),
    ("Clubs spent £90m in the January window.", "£90m", "2025-02-03", ("2025-01", "own clause")),
    # model_name: a short period after a maker's name is a car; date_names_a_product: "a May 2024 model"
    ("The Audi Q3 costs €38,000.", "€38,000", "2025-10-08", ("2025-10-08", "published")),
    ("Sales of the BMW X3 and Kia Q4 rose 8%.", "8%", "2025-10-08", ("2025-10-08", "published")),
    ("During Q3 sales rose 4%.", "4%", "2025-10-08", ("2025-09", "own clause")),
    ("Apple's Q3 revenue rose 6%.", "6%", "2025-10-08", ("2025-09", "own clause")),
    ("He paid $400 for a May 2024 model.", "$400", "2025-10-08", ("2025-10-08", "published")),
    ("He paid $400 in May 2024.", "$400", "2025-10-08", ("2024-05", "own clause")),
    # change_of_the_level: the change clause after a level's own date takes that date
    ("Imports hit $9.1 billion in May, up 12% from a year earlier.", "12%", "2025-06-15", ("2025-05", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), PERIODS_F, ids=[f"{t[:30]}:{f}" for t, f, *_ in PERIODS_F])
def test_batch_f_periods(text, figure, published, want):
    assert as_of(text, figure, published) == want


# --- asof5: a toll told later, a holiday's name, a period from X to Y, a coordinate clause --------------------------
TOLD_LATER = [
    # date_names_an_event: the event's date is not its toll's; the day of the telling (else the report) dates it
    ("The toll from Sunday night's strike rose to 31, officials said on Tuesday.", "31", "2025-03-19",
     ("2025-03-18", "sentence")),
    ("The toll from last week's fighting has risen to 2,900, the UN said on Tuesday.", "2,900", "2025-02-05",
     ("2025-02-04", "sentence")),
    ("The toll from the May 25 drone attack rose to 12, officials said on Thursday.", "12", "2025-05-30",
     ("2025-05-29", "sentence")),
    ("The toll from the Palm Sunday missile strike rose to 35, officials said on Monday.", "35", "2025-04-16",
     ("2025-04-14", "sentence")),
    ("The toll from the Aug. 24 strike on a supermarket had risen to six, the governor said.", "six", "2024-08-28",
     ("2024-08-28", "published")),
    ("The March 28 quake injured 4,521 people, state media said Wednesday.", "4,521", "2025-04-02",
     ("2025-04-02", "sentence")),
    ("Of the 253 hostages seized in Hamas's Oct. 7 attack, 130 are still held, the army said on Monday.", "253",
     "2024-03-12", ("2024-03-11", "sentence")),
    # but a day or month of no event still dates the figure
    ("Shelling killed 4 people on Sunday in Kharkiv.", "4", "2025-03-19", ("2025-03-16", "own clause")),
    ("The board lifted the rate to 5% at its December meeting.", "5%", "2025-01-20", ("2024-12", "own clause")),
    # names_a_holiday: "the Fourth of July" is no July
    ("At least 20 people were killed over the Fourth of July holiday, police said on Wednesday.", "At least 20",
     "2023-07-06", ("2023-07-05", "sentence")),
    # a period from one date to another is dated at its end
    ("Russia fired 500 missiles at Ukraine from Dec. 29 to Jan. 2, the commander said.", "500", "2024-01-03",
     ("2024-01-02", "own clause")),
    ("From 1 January to 7 July, some 28,000 people reached Italy by sea.", "some 28,000", "2024-07-12",
     ("2024-07-07", "sentence")),
    # opens_a_span: two days that bound one period, and a span with no "from" before it
    ("The ministry said on Sunday that 40 people had been killed on Friday and Saturday.", "40", "2024-11-04",
     ("2024-11-02", "own clause")),
    ("Sales rose 3% in 2023 and 2024.", "3%", "2025-07-10", ("2024", "own clause")),
    ("Strikes killed 12 people in Rafah on Friday night and Saturday morning.", "12", "2024-03-12",
     ("2024-03-09", "own clause")),
    # "from" with no end after it is when a change takes effect, not a period's start
    ("Tariffs will rise to 25% from March 1.", "25%", "2025-02-10", ("2025-03-01", "own clause")),
    # an event named with a holiday's word, and one named by a plural noun
    ("The toll from the Easter Sunday bombings has risen to 359, police said.", "359", "2019-04-24",
     ("2019-04-24", "published")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), TOLD_LATER, ids=[f"{t[:30]}:{f}" for t, f, *_ in TOLD_LATER])
def test_a_toll_told_later_and_a_period_from_one_date_to_another(text, figure, published, want):
    assert as_of(text, figure, published) == want


COORDINATE = [
    # coordinate_clause: a clause opened by "and"/"while" that dates nothing goes on at the clause before's date
    ("An airstrike killed 50 people on Tuesday, while 150 others were wounded.", "150", "2023-11-02",
     ("2023-10-31", "sentence")),
    ("Hezbollah fired 135 rockets at Haifa on Tuesday, and two people were hurt.", "two", "2024-10-09",
     ("2024-10-08", "sentence")),
    ("The bomb killed six people on Sunday, police said, and 22 were wounded.", "22", "2025-11-11",
     ("2025-11-09", "sentence")),
    # its own date wins, and a clause that is not coordinate takes nothing from the one before
    ("An airstrike killed 50 people on Tuesday, while 150 were wounded on Wednesday.", "150", "2023-11-02",
     ("2023-11-01", "own clause")),
    ("Strikes killed 50 people on Tuesday, the ministry said, adding 150 had been wounded.", "150", "2023-11-02",
     ("2023-11-02", "published")),
    # a date that opens a coordinate clause is its own, and reaches no figure of the clauses before
    ("On Saturday, drones hit Odesa, killing two people, and on Sunday five died in Kharkiv.", "two", "2025-03-03",
     ("2025-03-01", "sentence")),
    ("On Saturday, drones hit Odesa, killing two people, and on Sunday five died in Kharkiv.", "five", "2025-03-03",
     ("2025-03-02", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), COORDINATE, ids=[f"{t[:30]}:{f}" for t, f, *_ in COORDINATE])
def test_a_coordinate_clause_takes_the_date_of_the_clause_before(text, figure, published, want):
    assert as_of(text, figure, published) == want


ECONOMY_CLAUSES = [
    # a fiscal year after "by": its first year
    ("Borrowing will fall to £74 billion by 2029-30, the OBR said.", "£74 billion", "2025-03-27", ("2029", "own clause")),
    # "but" opens a clause: a date after it belongs to its own clause's figure, not to the figure before it
    ("The OBR halved its growth forecast for this year to 1% but raised it for 2026 to 1.9%.", "1%", "2025-03-27",
     ("2025", "own clause")),
    ("The OBR halved its growth forecast for this year to 1% but raised it for 2026 to 1.9%.", "1.9%", "2025-03-27",
     ("2026", "own clause")),
    # "and" before an auxiliary opens a clause; its date, in a clause without a figure, reaches no other clause's figure
    ("The factory turns out about 2,000 cars a week and will add a third shift in the fourth quarter.", "about 2,000",
     "2025-08-20", ("2025-08-20", "published")),
    # a period's name with its year after it
    ("Budget 2026 provides €9.4 billion for capital investment.", "€9.4 billion", "2025-10-08", ("2026", "own clause")),
    # shares_the_period_before: a figure its sentence dates nowhere goes on in the period of the one before in its clause
    ("Exports rose 5% in June and imports climbed 3%.", "3%", "2025-08-15", ("2025-06", "sentence")),
    ("The company expects sales to grow about 8% in 2026 and margins to widen to 25%.", "25%", "2025-11-20",
     ("2026", "sentence")),
    ("Employment rose 5% in 2019 and now stands at 3%.", "3%", "2025-11-20", ("2025-11-20", "published")),
    # running_total_of_the_report: a figure right before its running total's start is dated at the sentence's day
    ("OPEC+ agreed on Sunday to keep output steady in the first quarter of 2026 after raising its targets by about "
     "2.9 million barrels a day since April.", "about 2.9 million barrels", "2025-12-04", ("2025-11-30", "sentence")),
    ("The fund has paid out $40 million since March.", "$40 million", "2025-12-04", ("2025-12-04", "published")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), ECONOMY_CLAUSES,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in ECONOMY_CLAUSES])
def test_a_fiscal_end_a_clause_after_but_or_an_auxiliary_and_a_running_total_of_the_report(text, figure, published, want):
    assert as_of(text, figure, published) == want


ASOF7_RULES = [
    # last_weekday: "last Friday" is before the report's day, a week back in a story of a Friday ("on Friday" is the day)
    ("The index closed 3% lower last Friday.", "3%", "2025-11-14", ("2025-11-07", "own clause")),
    ("The index closed 3% lower last Friday.", "3%", "2025-11-17", ("2025-11-14", "own clause")),
    ("The index closed 3% lower on Friday.", "3%", "2025-11-14", ("2025-11-14", "own clause")),
    # outside_the_periods: a date inside a named period's words is the period's ("at the end of last year": its December)
    ("Arrears had reached £2.4 billion at the end of last year.", "£2.4 billion", "2025-06-04", ("2024-12", "own clause")),
    ("Vacancies should drop to 700,000 by the end of this year.", "700,000", "2025-06-04", ("2025-12", "own clause")),
    # fiscal_year_of_the_report: "this financial year", "the current fiscal year", "next fiscal year" step from the report's
    ("Welfare spending will reach £310 billion this financial year.", "£310 billion", "2025-10-02", ("2025", "own clause")),
    ("Revenue is forecast at 4.1 trillion rupees in the current fiscal year.", "4.1 trillion rupees", "2025-10-02",
     ("2025", "own clause")),
    ("The deficit is projected to narrow to 3.8% next fiscal year.", "3.8%", "2025-10-02", ("2026", "own clause")),
    ("Tax receipts fell 2% in the previous financial year.", "2%", "2025-10-02", ("2024", "own clause")),
    # (a fiscal year's opening months are still the months to the report)
    ("Exports rose 6% in the first five months of the current fiscal year.", "6%", "2025-09-03", ("2025-08", "own clause")),
    # fiscal_year_from_its_first_day: "the fiscal year beginning April 1" is the fiscal year, named by its first year
    ("The ministry was allotted 620 billion rupees for the fiscal year beginning April 1.", "620 billion rupees",
     "2026-02-01", ("2026", "own clause")),
    ("Councils will get £69 billion in the financial year starting in April.", "£69 billion", "2025-12-17",
     ("2026", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), ASOF7_RULES,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in ASOF7_RULES])
def test_last_weekday_named_periods_words_and_fiscal_years(text, figure, published, want):
    assert as_of(text, figure, published) == want


DATELINE_DAYS = [
    # dateline_day: a dateline's day is the day weekdays count back from, over a later publication date
    ("KHARTOUM, Nov 7 (Reuters) - Paramilitary shelling killed 15 people in El Fasher on Sunday, medics said.", "15",
     "2025-11-10", ("2025-11-02", "own clause")),
    ("CAIRO, Nov 7 (Reuters) - The central bank said on Thursday that inflation slowed to 12.5% in October.", "12.5%",
     "2025-11-10", ("2025-10", "own clause")),
    # (a dateline on the publication day changes nothing; nor does a day that is no dateline's)
    ("KHARTOUM, Nov 10 (Reuters) - Paramilitary shelling killed 15 people in El Fasher on Sunday, medics said.", "15",
     "2025-11-10", ("2025-11-09", "own clause")),
    ("Talks began on Nov 7 - and on Sunday 15 people were killed in El Fasher.", "15", "2025-11-10",
     ("2025-11-09", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), DATELINE_DAYS,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in DATELINE_DAYS])
def test_a_datelines_day_is_the_reference(text, figure, published, want):
    assert as_of(text, figure, published) == want


ASOF7_PARAGRAPH_RULES = [
    # dated_by_the_sentence_before: a sentence that opens on a pronoun or a report's noun and tells a past count takes the
    # date of the figure-free sentence before it
    ("The survey was carried out in October 2024. It found 38% of renters behind on bills.", "38%", "2025-03-12",
     ("2024-10", "paragraph")),
    ("The regional office issued its weekly update on Tuesday. The update listed 41 new measles cases.", "41",
     "2025-03-14", ("2025-03-11", "paragraph")),
    # (never a running total, nor a sentence that opens on something else, nor a count told in the present)
    ("The war began in February 2022. It has killed 12,000 civilians.", "12,000", "2025-03-14", ("2025-03-14", "published")),
    ("The survey was carried out in October 2024. Renters owed £2 billion.", "£2 billion", "2025-03-12",
     ("2025-03-12", "published")),
    ("The company was founded in 1998. It employs 4,000 people.", "4,000", "2025-03-12", ("2025-03-12", "published")),
    # narrowed_by_a_strong_date: a figure's own period that holds the date after "as of" or "by" takes that date
    ("As at 31 March, the council had spent 61% of its budget for this year.", "61%", "2025-05-20",
     ("2025-03-31", "own clause")),
    ("By the end of May, donors had paid 18% of the appeal for 2025.", "18%", "2025-06-20", ("2025-05", "own clause")),
    # (a date it does not hold stays the figure's)
    ("As of June 30, the fund had paid out $2 billion in 2024.", "$2 billion", "2025-07-20", ("2024", "own clause")),
    # days_before: a clause that opens "a day after" a figure is the day before the date of the figure before it
    ("Shelling killed four people in Kherson on Tuesday, a day after nine died in Zaporizhzhia.", "nine", "2025-03-14",
     ("2025-03-10", "sentence")),
    # (not where nothing before it is dated by a day)
    ("A day after the vote, 12 people were arrested.", "12", "2025-03-05", ("2025-03-05", "published")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), ASOF7_PARAGRAPH_RULES,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in ASOF7_PARAGRAPH_RULES])
def test_the_sentence_before_a_strong_date_inside_a_period_and_the_day_before(text, figure, published, want):
    assert as_of(text, figure, published) == want


ASOF7_PERIOD_WORDS = [
    # a past perfect's "this year" is a running total, dated at the telling
    ("The health ministry said on Monday that 340 people had died of dengue this year.", "340", "2025-09-10",
     ("2025-09-08", "sentence")),
    # counted_back: "N days/weeks/months/years ago", never after a word of comparison
    ("Three days ago, the agency put the number of missing at 45.", "45", "2025-09-10", ("2025-09-07", "sentence")),
    ("A week ago, the agency put the number of missing at 45.", "45", "2025-09-10", ("2025-09", "sentence")),
    ("Six months ago, only 12% of the district had power.", "12%", "2025-09-10", ("2025-03", "sentence")),
    ("Two years ago, the camp held 80,000 people.", "80,000", "2025-09-10", ("2023-09", "sentence")),
    ("Unemployment is 2% higher than a year ago.", "2%", "2025-09-10", ("2025-09-10", "published")),
    # quarter_of_the_report: "last quarter", "this quarter", "next quarter" (not "the last quarter of 2024")
    ("Deliveries rose 6% last quarter.", "6%", "2025-05-07", ("2025-03", "own clause")),
    ("Deliveries should rise 9% next quarter.", "9%", "2025-05-07", ("2025-09", "own clause")),
    ("Deliveries rose 6% in the last quarter of 2024.", "6%", "2025-05-07", ("2024-12", "own clause")),
    ("Deliveries rose 6% from last quarter.", "6%", "2025-05-07", ("2025-05-07", "published")),
    # a quarter or a half "of last year", "of this year"
    ("Deliveries fell 4% in the third quarter of last year.", "4%", "2025-05-07", ("2024-09", "own clause")),
    ("Deliveries should climb 5% in the fourth quarter of this year.", "5%", "2025-02-07", ("2025-12", "own clause")),
    ("Margins narrowed to 9% in the second half of last year.", "9%", "2025-05-07", ("2024-12", "own clause")),
    # year_end: "by year-end", "an end-year target" is the year's last month
    ("The central bank sees inflation at 4% by year-end.", "4%", "2025-05-07", ("2025-12", "own clause")),
    ("Net debt was 2.1 times earnings at the year-ended March 31.", "2.1", "2025-05-07", ("2025-03-31", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), ASOF7_PERIOD_WORDS,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in ASOF7_PERIOD_WORDS])
def test_a_past_perfects_year_times_counted_back_quarters_of_the_report_and_year_end(text, figure, published, want):
    assert as_of(text, figure, published) == want


ASOF7_EARLIER = [
    # a day's earlier period after a figure: "from 41 the previous day"
    ("The number of patients rose to 230 on Thursday from 190 the previous day.", "190", "2025-05-09",
     ("2025-05-07", "own clause")),
    ("Arrivals fell to 800 on May 3, down from 1,150 a week earlier.", "1,150", "2025-05-09", ("2025-04-26", "own clause")),
    # earlier_period_opens_the_sentence: the paragraph's period that far back
    ("Exports reached $31 billion in March. A year earlier they were $27 billion.", "$27 billion", "2025-05-09",
     ("2024-03", "paragraph")),
    ("Core inflation was 2.7% in the first quarter. In the previous quarter, it was 2.9%.", "2.9%", "2025-05-09",
     ("2024-12", "paragraph")),
    # (where the paragraph named no period, the report's month that far back)
    ("A year earlier, exports were $27 billion.", "$27 billion", "2025-05-09", ("2024-05", "sentence")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), ASOF7_EARLIER,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in ASOF7_EARLIER])
def test_a_days_earlier_period_and_a_sentence_that_opens_on_an_earlier_period(text, figure, published, want):
    assert as_of(text, figure, published) == want


ASOF7_THIRD = [
    # a past perfect's "this winter" is a running total too, dated at the telling
    ("Officials said on Monday that 41 people had died in avalanches this winter.", "41", "2026-01-14",
     ("2026-01-12", "own clause")),
    # widest: a period inside a longer one is the longer one's ("the first quarter of next year")
    ("In the second quarter of next year, the mine will ship 2 million tonnes.", "2 million tonnes", "2025-12-03",
     ("2026-06", "sentence")),
    # dated_by_the_sentence_before: "Its findings", "The results" are a report's nouns
    ("The audit ran in July. Its findings showed 14% of claims were paid late.", "14%", "2025-12-03",
     ("2025-07", "paragraph")),
    # fiscal_year_from_its_first_day: "starting next April"
    ("The council has budgeted £45 million for the financial year starting next April.", "£45 million", "2025-12-03",
     ("2026", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), ASOF7_THIRD,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in ASOF7_THIRD])
def test_a_seasons_running_total_the_widest_period_a_reports_findings_and_next_april(text, figure, published, want):
    assert as_of(text, figure, published) == want


ASOF8 = [
    # weekend: a weekend is dated at its Sunday (the latest on or before the report; a Saturday's report its own day)
    ("Floods over the weekend drowned 14 people, officials said on Tuesday.", "14", "2025-06-10",
     ("2025-06-08", "own clause")),
    ("Last weekend, 300 migrants crossed the Channel.", "300", "2025-06-15", ("2025-06-08", "sentence")),
    ("At the weekend, 3,000 people marched in Belgrade.", "3,000", "2025-06-14", ("2025-06-14", "sentence")),
    ("Organisers expect 50,000 fans at the stadium this weekend.", "50,000", "2025-06-11", ("2025-06-15", "own clause")),
    # (its determiner is no event's: "Over the weekend, strikes killed …")
    ("Over the weekend, strikes killed 12 people in Kharkiv.", "12", "2025-06-10", ("2025-06-08", "sentence")),
    # (a perfect's "this weekend" is a running total, at the report)
    ("Floods have killed 40 people this weekend.", "40", "2025-06-09", ("2025-06-09", "published")),
    ("The weekend edition sold 40,000 copies.", "40,000", "2025-06-10", ("2025-06-10", "published")),
    # day_range_at_its_end: a poll's fieldwork days are dated at the last
    ("A YouGov survey conducted June 2-4 found 38% support for the plan.", "38%", "2025-06-10",
     ("2025-06-04", "own clause")),
    # scene_set_by_the_sentence_before: a figure-free sentence that opens on its date dates the past count after it
    ("Late on Friday, a gas explosion tore through a market in Makhachkala. Officials said 13 people died.", "13",
     "2025-06-10", ("2025-06-06", "paragraph")),
    ("On Saturday night, a ferry capsized off Zanzibar. Police said 19 passengers drowned.", "19", "2025-06-10",
     ("2025-06-07", "paragraph")),
    # (never a running total after it)
    ("On Sunday, the war entered its fourth year. Officials said 10,000 people have been killed.", "10,000",
     "2025-06-10", ("2025-06-10", "published")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), ASOF8, ids=[f"{t[:30]}:{f}" for t, f, *_ in ASOF8])
def test_a_weekend_a_day_range_and_a_scene_set_by_the_sentence_before(text, figure, published, want):
    assert as_of(text, figure, published) == want


ASOF8_SECOND = [
    # origin_aside: an aside on how the thing began dates no figure (a perfect after it is a running total)
    ("The vaccination drive, launched in May, has reached 2.4 million children.", "2.4 million", "2025-09-10",
     ("2025-09-10", "published")),
    ("The epidemic, first reported in Kasai in early September, has killed 42 people.", "42", "2025-10-20",
     ("2025-10-20", "published")),
    ("The strike, which began in June, has cost the carmaker $1.2 billion.", "$1.2 billion", "2025-09-10",
     ("2025-09-10", "published")),
    # (never an aside on when the figure was measured)
    ("Unemployment, measured in March, was 5.1%.", "5.1%", "2025-06-10", ("2025-03", "sentence")),
    # a day range "between June 6 and 8" is two days of the month, its first opening the span
    ("A Savanta poll conducted between June 6 and 8 put Labour on 30%.", "30%", "2025-06-12",
     ("2025-06-08", "own clause")),
    # (never a figure after a day with no "between" or "from" before it)
    ("Output rose from 4 million on March 3 to 5 million.", "5 million", "2026-03-10", ("2026-03-03", "own clause")),
    # fieldwork_before: a sentence on when a poll's fieldwork took place dates the findings after it
    ("Interviews took place on 3-4 June. YouGov found that 52% of adults backed the plan.", "52%", "2025-06-12",
     ("2025-06-04", "paragraph")),
    # (never a sentence that tells no finding)
    ("Interviews took place on 3-4 June. Renters owed £2 billion.", "£2 billion", "2025-06-12",
     ("2025-06-12", "published")),
    # a calendar year is a named period's year
    ("For the 2027 calendar year, the fund projects growth of 1.4%.", "1.4%", "2025-06-10", ("2027", "sentence")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), ASOF8_SECOND,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in ASOF8_SECOND])
def test_an_origin_aside_a_day_range_between_two_days_fieldwork_and_a_calendar_year(text, figure, published, want):
    assert as_of(text, figure, published) == want


def test_a_leading_day_range_before_its_month_is_no_figure():
    """"10-11 February" is one date, its last day: its first day is no figure."""
    found = [c.text for c in crosscount.extract("Fieldwork took place on 10-11 February. It found 61% backed the plan.",
                                                published="2026-02-12")]
    assert found == ["61%"]


ASOF8_THIRD = [
    # in_the_period: "earlier in the month" is the report's month, as "earlier this month" is
    ("Earlier in the month, the agency counted 5,000 people in the camps.", "5,000", "2025-11-14", ("2025-11", "sentence")),
    # next_of_the_period_before: a bare "next" after "this year" is next year
    ("Exports are seen rising 2% this year and 3% next.", "3%", "2026-01-23", ("2027", "own clause")),
    # (never a "next" with nothing named before it)
    ("Prices rose 2%, the next biggest rise after fuel.", "2%", "2026-01-23", ("2026-01-23", "published")),
    # forecast_period_over_its_day: a forecast's period dates it, not the day it was made
    ("The bank raised its growth forecast for 2027 to 1.6% on Tuesday.", "1.6%", "2026-01-23", ("2027", "own clause")),
    # (a day after a figure that is no forecast's stays its own)
    ("The bank cut its key rate for the third time in 2025 to 4% on Tuesday.", "4%", "2025-11-14",
     ("2025-11-11", "own clause")),
    # purpose_shares_the_date: a sum asked for to help people in a year is of that year
    ("The agency appealed on Monday for $1.4 billion to help 6 million people in 2026.", "$1.4 billion", "2025-12-12",
     ("2026", "own clause")),
    # a crop year is a named period's year
    ("In the 2025-26 crop year, cocoa output fell 10% to 1.6 million tonnes.", "10%", "2026-01-23", ("2025", "sentence")),
    # "from 9 to 11 May" is two days of May, its first opening the span (and no figure)
    ("Fieldwork ran from 9 to 11 May. It found 41% backed the plan.", "41%", "2025-05-16", ("2025-05-11", "paragraph")),
    # origin_aside: an aside on how a thing ended dates it still
    ("The outbreak, declared over in March, had infected 1,300 people.", "1,300", "2025-04-11", ("2025-03", "sentence")),
    # "put" is a past form: "It put support at 22%" takes the date of the poll's sentence before it
    ("The poll was taken on Monday and Tuesday. It put support for the party at 22%.", "22%", "2025-05-16",
     ("2025-05-13", "paragraph")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), ASOF8_THIRD,
                         ids=[f"{t[:30]}:{f}" for t, f, *_ in ASOF8_THIRD])
def test_in_the_period_a_bare_next_a_forecasts_period_a_purpose_and_a_fieldwork_range(text, figure, published, want):
    assert as_of(text, figure, published) == want


FUNDED_NOW = [
    # funded_now: a share an appeal is funded now stands at the report, whatever year names the appeal
    ("The 2026 response plan for Haiti, launched in February, is only 9% funded.", "9%", "2026-05-04",
     ("2026-05-04", "published")),
    # (the day it was told, where the sentence gives one)
    ("OCHA said on Tuesday the appeal is just 20% funded.", "20%", "2025-06-05", ("2025-06-03", "sentence")),
    # (a past share stays its plan's year)
    ("The 2024 plan was 40% funded.", "40%", "2025-06-05", ("2024", "own clause")),
]


@pytest.mark.parametrize(("text", "figure", "published", "want"), FUNDED_NOW, ids=[f"{t[:30]}:{f}" for t, f, *_ in FUNDED_NOW])
def test_a_share_funded_now_is_the_reports(text, figure, published, want):
    assert as_of(text, figure, published) == want
