"""The source rules of the h-source7 batch (an outlet's or a monitor's anaphor, a hyphened place before a lowercase
speaker, a statement's issuer, a passive's state before "by", a title before a name, names with a slash, occupational
plurals that speak), one table of inputs per rule.

Each sentence here is written for the test (no published text, none of the batch's); each row fails if its rule is
taken out, and the rows marked "not" say what the rule must not reach.
"""

from __future__ import annotations

from claim_at import source_of
from claim_at import source_table as _check

# --- an outlet's word for the bare name an earlier sentence opens with (MEDIA_ANAPHORS in ``_opening_body``) --------
MEDIA_ANAPHOR = [
    ("Novaya Gazeta Europe has tallied the obituaries. The outlet said 9,400 of the dead were volunteers.", "9,400",
     "Novaya Gazeta Europe"),
    ("The Kyiv Post reviewed court files. The newspaper reported 640 cases of desertion in May.", "640", "Kyiv Post"),
    ("Hromadske analysed the rail timetables. The broadcaster said 35 trains were cancelled.", "35", "Hromadske"),
    # the first of two outlets a singular word stands for (``_first_of_joined``), and a doer's "identified" (DOER_VERBS)
    ("Meduza and Verstka have identified 2,300 officers among the dead. The outlet said 150 were colonels.", "150",
     "Meduza"),
    ("Meduza and Verstka have identified 2,300 officers among the dead. The outlet said 150 were colonels.", "2,300",
     "Meduza and Verstka"),
    # not: a name with "of" keeps its "and" (the ministry's word is no outlet's either)
    ("The Ministry of Labour and Social Policy said 90 mines shut. The ministry said 4,000 jobs went.", "4,000",
     "Ministry of Labour and Social Policy"),
    # not: a side that opens the paragraph is no outlet
    ("Ukraine has opened new shelters. The outlet said 210 families moved in.", "210", "outlet"),
]


@_check(MEDIA_ANAPHOR)
def test_an_outlets_word_stands_for_the_name_its_paragraph_opens_with(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a hyphened place before a speaker's lowercase words is kept (``_names_after``) ----------------------------------
BASED_SPEAKER = [
    ("Beirut-based health officials said 31 people were hurt.", "31", "Beirut-based health officials"),
    ("A Lagos-based think tank estimated the subsidy at 4% of output.", "4%", "Lagos-based think tank"),
    # not: before a name, where it sits is no part of it
    ("The Paris-based International Energy Agency said demand would grow 2%.", "2%", "International Energy Agency"),
]


@_check(BASED_SPEAKER)
def test_a_hyphened_place_is_kept_before_lowercase_words_only(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a statement stands for its issuer (ISSUED_WORDS) ----------------------------------------------------------------
STATEMENT = [
    ("The Ethiopian Red Cross Society said 44 people had drowned. A statement said 19 were still missing.", "19",
     "Ethiopian Red Cross Society"),
    ("The Somali National Army issued a statement putting the number of fighters killed at 27.", "27",
     "Somali National Army"),
]


@_check(STATEMENT)
def test_a_statement_is_its_issuers(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a passive's state between its verb and "by" (PASSIVE_STATES) ----------------------------------------------------
PASSIVE_STATE = [
    ("Three miners were confirmed dead by the regional rescue service.", "Three", "regional rescue service"),
    ("Five crew members were reported missing by the Philippine Coast Guard.", "Five", "Philippine Coast Guard"),
]


@_check(PASSIVE_STATE)
def test_a_passive_with_a_state_names_its_source_after_by(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a title before a name, its modifier opening the sentence (NAME_DESCRIPTORS, ``_DESCRIPTOR_LEFT_RE``) ------------
TITLES = [
    ("Opposition leader Raila Odinga said 60 fighters had surrendered.", "60", "Opposition leader Raila Odinga"),
    ("Opposition lawmaker Ana Petrova said 14% of the budget went unspent.", "14%",
     "Opposition lawmaker Ana Petrova"),
    ("The ruling party's legislator Joseph Mensah said 400 schools lacked teachers.", "400",
     "legislator Joseph Mensah"),
]


@_check(TITLES)
def test_a_title_before_a_name_is_kept(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a name with a slash between its words is taken whole (``_NAME``) ------------------------------------------------
SLASH_NAMES = [
    ("The Sudan People's Liberation Movement/North said 23 civilians were killed.", "23",
     "Sudan People's Liberation Movement/North"),
    ("The latest Reuters/Ipsos poll showed 41% of voters approved.", "41%", "Reuters/Ipsos"),
]


@_check(SLASH_NAMES)
def test_a_slash_joins_a_names_words(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- plural speakers named by their trade (SPEAKERS) -----------------------------------------------------------------
TRADES = [
    ("Fuel now costs 30% more than in January, drivers say.", "30%", "drivers"),
    ("Bankers say about $2 billion has left the country since March.", "about $2 billion", "Bankers"),
    ("Shopkeepers said bread prices had doubled to 800 naira.", "800 naira", "Shopkeepers"),
    ("A herder told Radio Tamazuj that 450 goats were taken in the raid.", "450", "herder"),
    ("Pro-war Telegram channels said 26 marines were killed near the bridge.", "26", "Pro-war Telegram channels"),
]


@_check(TRADES)
def test_speakers_named_by_their_trade(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source
