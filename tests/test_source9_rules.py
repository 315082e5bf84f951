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


# --- an anaphor before the figure stands for the body its own sentence names after it (``_named_later_in_its_sentence``)
NAMED_LATER = [
    # (the name's verb too far from the sentence's end for a trailing speaker, ``_TRAILING_SAID_RE``)
    ("The fund's revised forecasts show growth of 2.4% in Egypt, the IMF said in a statement at the end of its"
     " mission to Cairo.", "2.4%", "IMF"),
    ("The agency's new estimates show 1.2 million people need shelter, the International Organization for Migration"
     " said in an appeal to donors for the coming winter.", "1.2 million", "International Organization for Migration"),
    # not: a name after the figure that the anaphor cannot stand for leaves it to the paragraph
    ("The Health Ministry said 40 clinics shut. The ministry's data show 9,000 patients were turned away, Reuters"
     " reported after a visit to the clinics of the northern region.", "9,000", "Health Ministry"),
]


@_check(NAMED_LATER)
def test_an_anaphor_stands_for_the_body_named_later_in_its_sentence(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a poll's client after "for" is no part of the pollster's name (POLL_NOUNS, ``_pollster_without_its_client``) -----
POLL_CLIENT = [
    ("A survey by Opinium for The Observer put Labour on 29%.", "29%", "Opinium"),
    ("A poll from Savanta for the Daily Telegraph found 41% backed the tax.", "41%", "Savanta"),
    # not: "for" inside a body's name
    ("A survey by the Centre for Cities found rents rose 9%.", "9%", "Centre for Cities"),
]


@_check(POLL_CLIENT)
def test_a_polls_client_is_no_part_of_the_pollster(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a body's periodic publication is its word (PUBLISHED_FIGURE_NOUNS, PUBLISHED_FIGURE_ADJECTIVES) -----------------
PUBLICATION = [
    ("Cholera cases rose to 2,100, the health ministry's weekly bulletin said.", "2,100", "health ministry"),
    ("The disaster agency's daily update said 36 roads were closed.", "36", "disaster agency"),
]


@_check(PUBLICATION)
def test_a_bodys_periodic_publication_is_its_word(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a forecaster's headline "sees" (ATTRIBUTION_VERBS; MEASUREMENT_VERBS at a place) --------------------------------
SEES = [
    ("OECD sees euro zone inflation at 2.1% next year", "2.1%", "OECD"),
    # not: a place that sees its weather measured there
    ("Ahmedabad sees a high of 44C as heatwave grips Gujarat", "44C", None),
]


@_check(SEES)
def test_a_forecasters_sees_is_its_word(text: str, figure: str, source: str | None) -> None:
    assert source_of(text, figure) == source


# --- a name whose "'s" is its own (NAMES_WITH_S, ``_without_possessive``) --------------------------------------------
NAMES_WITH_S_ROWS = [
    ("Italy's debt will peak at 138% of GDP, according to Moody's.", "138%", "Moody's"),
    ("Like-for-like sales rose 4.5%, Sainsbury's said.", "4.5%", "Sainsbury's"),
    # not: a possessive keeps being stripped
    ("Pakistan's reserves rose to $14 billion, according to the central bank's figures.", "$14 billion", "central bank"),
]


@_check(NAMES_WITH_S_ROWS)
def test_a_names_own_s_is_kept(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- the opening name of a sentence that goes on "and said" (``_opening_doer_that_said``) ------------------------------
AND_SAID = [
    ("S&P Global lowered France's rating to A+ and said the deficit would stay above 5% until 2027.", "above 5%",
     "S&P Global"),
    ("Fitch affirmed Italy's rating at BBB and said debt would peak at 138% of GDP in 2026.", "138%", "Fitch"),
    # not: what the name did before "and said" is no word of its own
    ("Russia launched 48 drones overnight and said the attack was a response to strikes on its refineries.", "48", None),
]


@_check(AND_SAID)
def test_the_opening_name_speaks_after_and_said(text: str, figure: str, source: str | None) -> None:
    assert source_of(text, figure) == source


# --- a publisher's index after its possessive (INDEX_NOUNS) ----------------------------------------------------------
INDEX = [
    ("Activity in China's services sector rose to 52.6, Caixin's purchasing managers' index showed.", "52.6", "Caixin"),
    ("Consumer confidence slipped to 94.2, the Conference Board's gauge showed.", "94.2", "Conference Board"),
    # not: an index with no verb that presents it is what the figure is of
    ("Germany's Ifo index rose to 88.4 in June.", "88.4", None),
]


@_check(INDEX)
def test_a_publishers_index_is_its_word(text: str, figure: str, source: str | None) -> None:
    assert source_of(text, figure) == source


# --- a company's executive and a fiscal body in their own words (NAME_DESCRIPTORS, SPEAKER_MODIFIERS) ----------------
EXECUTIVES = [
    ("Nvidia's chief executive Jensen Huang said data centre sales would reach $40 billion.", "$40 billion",
     "Nvidia's chief executive Jensen Huang"),
    ("Borrowing will top £100 billion, the country's fiscal council said.", "£100 billion", "country's fiscal council"),
]


@_check(EXECUTIVES)
def test_an_executives_title_and_a_fiscal_body(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a statistics office's release (ACCORDING_TO_HEADS, SPEAKERS, ANAPHORS) ----------------------------------------
RELEASE = [
    ("According to a release from the Census and Statistics Department, exports rose 11%.", "11%",
     "Census and Statistics Department"),
    ("Imports rose 6%, according to a release from Statistics Finland. Exports fell 2%, the release said.", "2%",
     "Statistics Finland"),
    # an article before the report's noun keeps "according to" on the report's owner
    ("According to a statement by the World Food Programme, 40% of families skip meals.", "40%",
     "World Food Programme"),
]


@_check(RELEASE)
def test_a_release_is_its_issuers_word(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a name with "+" and a headline's present lead to a decision (``_NAME``, DECISION_LEADS) ------------------------
PLUS_NAME = [
    ("OPEC+ agrees to raise output by 411,000 barrels a day", "411,000 barrels", "OPEC+"),
    ("Council votes to raise parking fees by 15%", "15%", "Council"),
]


@_check(PLUS_NAME)
def test_a_plus_name_and_a_present_lead_decide(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- "…, the report said" after the figure stands for the body named before (``_report_speaking_after``) -------------
REPORT_AFTER = [
    ("A survey by the Reserve Bank of Australia tracked small firms. Capital spending fell 12%, the survey found.",
     "12%", "Reserve Bank of Australia"),
    ("An analysis by the Grattan Institute looked at housing. Rents rose 8% in Perth, the analysis showed.", "8%",
     "Grattan Institute"),
    # not: a report alone is no speaker
    ("Rents rose 8% in Perth, the report said.", "8%", None),
]


@_check(REPORT_AFTER)
def test_a_report_speaking_after_the_figure_is_its_owners(text: str, figure: str, source: str | None) -> None:
    assert source_of(text, figure) == source
