"""The source rules of the h-source9 batch (economy, budget, health-statistics and polling copy): a compiler's hyphened
participle, a document that names no speaker, a titled person of an anaphor's possessive, a poll right after the
figure, a plural possessive before the figures' noun, a lowercase body's published forecast or estimate, a headline's
decision in the present, chairmen and executives as speakers; one table of inputs per rule.

Each sentence here is written for the test (no published text, none of the batch's); each row fails if its rule is
taken out, and the rows marked "not" say what the rule must not reach.
"""

from __future__ import annotations

from claim_at import source_of
from claim_at import source_table as _check

# --- a compiler's hyphened participle is no part of its name (COMPILER_SUFFIXES, ``_compiler_of``) -------------------
COMPILER = [
    ("Iraq shipped 3.4 million barrels a day in May, Bloomberg-compiled data showed.", "3.4 million barrels",
     "Bloomberg"),
    ("Copper stocks fell 12% last week, according to LSEG-compiled figures.", "12%", "LSEG"),
    ("Venezuela's oil exports rose 9% in June, Reuters-calculated data showed.", "9%", "Reuters"),
    # not: a hyphened word of another kind keeps its name
    ("The Kremlin-backed Izvestia said 300 people were detained.", "300", "Kremlin-backed Izvestia"),
]


@_check(COMPILER)
def test_a_compilers_participle_is_no_part_of_its_name(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a document's word alone names no speaker (DOCUMENT_NOUNS, ``_names_only_a_document``) --------------------------
DOCUMENT = [
    ("Budget puts defence spending at 2.5% of GDP", "2.5%", None),
    ("Plan puts cost of new reactors at $31 billion", "$31 billion", None),
    # not: a body named by a document's word keeps its name
    ("The budget office estimates the shortfall at $1.9 trillion.", "$1.9 trillion", "budget office"),
]


@_check(DOCUMENT)
def test_a_documents_word_names_no_speaker(text: str, figure: str, source: str | None) -> None:
    assert source_of(text, figure) == source


# --- a titled person of an anaphor's possessive speaks in their own title (``_person_of_the_body_before``) -----------
TITLED_OF_ANAPHOR = [
    ("Bank Indonesia held its rate at 4.75%. Growth will reach 5.1% this year, the bank's governor told reporters.",
     "5.1%", "bank's governor"),
    ("The Riksbank cut its rate to 2%. The bank's deputy governor said inflation would ease to 1.8%.", "1.8%",
     "bank's deputy governor"),
    ("Volvo Cars cut 3,000 jobs. The company's chief executive said savings would reach $1.3 billion.",
     "$1.3 billion", "company's chief executive"),
    # not: one who stands for their body speaks as the body named before
    ("The Bank of Ghana kept its rate at 27%. The bank's spokesman said reserves stood at $9 billion.", "$9 billion",
     "Bank of Ghana"),
    # not: the bank itself is what its anaphor stands for
    ("Bank Indonesia held its rate at 4.75%. Growth will reach 5.1% this year, the bank said.", "5.1%",
     "Bank Indonesia"),
]


@_check(TITLED_OF_ANAPHOR)
def test_a_titled_person_of_an_anaphors_possessive_keeps_the_title(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a poll right after the figure gives it, nearer than a speaker before (``_POLL_AFTER_RE``, ``_poll_after``) -------
POLL_AFTER = [
    ("Retail sales rose 0.4% in May, the statistics office said, short of the 0.6% gain forecast in a Reuters poll.",
     "0.6%", "Reuters"),
    ("The government said turnout would top 60%, well above the 48% backing it in the latest Ipsos survey.", "48%",
     "Ipsos"),
    # not: the speaker's own figure before the poll
    ("Retail sales rose 0.4% in May, the statistics office said, short of the 0.6% gain forecast in a Reuters poll.",
     "0.4%", "statistics office"),
]


@_check(POLL_AFTER)
def test_a_poll_right_after_the_figure_gives_it(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a name's plural possessive before its figures' noun (``_SOURCE_AT_WORD``'s possessive object) -------------------
PLURAL_POSSESSIVE = [
    ("Siemens Healthineers' latest forecast put revenue growth at 6%.", "6%", "Siemens Healthineers"),
    ("Airbus Helicopters' latest forecast put deliveries at 350.", "350", "Airbus Helicopters"),
    # not: what the figure is of, with no figures' noun, says nothing of who gives it
    ("Siemens Healthineers' revenue rose 6% in the quarter.", "6%", None),
]


@_check(PLURAL_POSSESSIVE)
def test_a_names_plural_possessive_gives_its_own_figures(text: str, figure: str, source: str | None) -> None:
    assert source_of(text, figure) == source


# --- a lowercase body's published forecast or estimate (PUBLISHED_FIGURE_NOUNS in ``_FIGURES_SHOWED``) ----------------
PUBLISHED_FIGURES = [
    ("Output will shrink 0.3% this year, the finance ministry's latest forecast showed.", "0.3%", "finance ministry"),
    ("The statistics office's preliminary estimate puts growth at 1.1%.", "1.1%", "statistics office"),
    ("Exports will rise 4%, the economy ministry's revised projections show.", "4%", "economy ministry"),
]


@_check(PUBLISHED_FIGURES)
def test_a_bodys_published_forecast_or_estimate_is_its_word(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a headline's decision in the present (DECISION_VERBS) ----------------------------------------------------------
HEADLINE_DECISION = [
    ("Central bank cuts key rate to 7.5%, first move in a year", "7.5%", "Central bank"),
    ("Regulator sets price cap at £1,720", "£1,720", "Regulator"),
    # not: a present verb on no decided thing
    ("Central bank holds talks with 12 lenders", "12", None),
]


@_check(HEADLINE_DECISION)
def test_a_headlines_present_decision_is_the_deciders(text: str, figure: str, source: str | None) -> None:
    assert source_of(text, figure) == source


# --- chairmen and executives speak (SPEAKERS) -----------------------------------------------------------------------
TITLED_SPEAKERS = [
    ("Profit will double to $2 billion, the group's chairwoman said.", "$2 billion", "group's chairwoman"),
    ("Prices will stay near $70 a barrel, senior executives said on Tuesday.", "$70", "executives"),
]


@_check(TITLED_SPEAKERS)
def test_chairmen_and_executives_speak(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source
