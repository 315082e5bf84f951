"""Source rules of the 2026-12-04 round, written after the h19 batch was used as a development batch (its classes of
misses, never its sentences): a name's acronym of two words in brackets, an adverb between a speaker and its verb, a
headline's source after its last mark, the one quoted "as saying" with the modifiers of its speaker's word, a decision
"decided on Friday to" take, a "source" named before, and a budget a minister "will present" or "tabled".

Each sentence is written for the test; each row fails if its rule is taken out, and the rows marked "not" say what the
rule must not reach.
"""

from __future__ import annotations

from claim_at import source_of
from claim_at import source_table as _check

# --- a name's acronym in brackets, of one word or two (semantics._BRACKETED_ACRONYM) ---------------------------------
ACRONYMS = [
    ("Uganda has confirmed 212 cases, the Africa Centres for Disease Control and Prevention (Africa CDC) said.", "212",
     "Africa Centres for Disease Control and Prevention"),
    ("Zambia has logged 95 cases, the Zambia National Public Health Institute (ZNPHI) said.", "95",
     "Zambia National Public Health Institute"),
]


@_check(ACRONYMS)
def test_a_name_keeps_its_bracketed_acronym_out(text, figure, source):
    assert source_of(text, figure) == source


# --- an adverb between a speaker and its verb (lexicon SPEAKER_ADVERBS) -----------------------------------------------
ADVERBS = [
    ("The Bank of Ghana unexpectedly held its policy rate at 27%.", "27%", "Bank of Ghana"),
    ("The Reserve Bank of Malawi on Wednesday narrowly kept its rate at 26%.", "26%", "Reserve Bank of Malawi"),
    ("The Hungarian central bank reportedly cut its base rate to 6.25%.", "6.25%", "Hungarian central bank"),
]


@_check(ADVERBS)
def test_an_adverb_stands_between_a_speaker_and_its_verb(text, figure, source):
    assert source_of(text, figure) == source


# --- a headline's source after its last colon or dash (semantics._headline_source) -----------------------------------
HEADLINES = [
    ("Airstrike kills 11 at a school in Khan Younis: civil defence", "11", "civil defence"),
    ("Zambia's inflation slows to 12.2% in July - statistics agency", "12.2%", "statistics agency"),
    ("Pakistan's trade deficit widens to $2.4 billion — PBS", "$2.4 billion", "PBS"),
    ("Floods kill 17 in Kerala: State Disaster Management Authority", "17", "State Disaster Management Authority"),
    # not: a headline with no source after a mark
    ("Oil climbs to $82 as supply worries grow", "$82", None),
    # not: prose, ended by a full stop
    ("Prices rose by 4% in May: a worry for the central bank.", "4%", None),
]


@_check(HEADLINES)
def test_a_headline_names_its_source_after_its_last_mark(text, figure, source):
    assert source_of(text, figure) == source


# --- "quoted a health ministry spokesman as saying": the one quoted, with its speaker word's modifiers ----------------
QUOTED = [
    ('"We have counted 318 bodies," the channel quoted a civil defence spokesman as saying.', "318",
     "civil defence spokesman"),
    ('"About 2,000 homes are under water," AFP quoted a district disaster official as saying.', "About 2,000",
     "district disaster official"),
]


@_check(QUOTED)
def test_the_one_quoted_as_saying_keeps_its_modifiers(text, figure, source):
    assert source_of(text, figure) == source


# --- a decision with a day between its lead and "to" (lexicon DECISION_LEADS, DECISION_VERBS) -------------------------
DECISIONS = [
    ("The National Bank of Poland decided on Wednesday to lower its reference rate to 5%.", "5%", "National Bank of Poland"),
    ("The central bank decided Thursday to lift its key rate to 0.5%.", "0.5%", "central bank"),
    ("Parliament's budget committee is set to raise the fuel levy to 15%.", "15%", "Parliament's budget committee"),
]


@_check(DECISIONS)
def test_a_decider_dated_before_its_to_is_the_source(text, figure, source):
    assert source_of(text, figure) == source


# --- "the source" stands for the source named before it in the paragraph (lexicon ANAPHORS) ---------------------------
SOURCES = [
    ("Shelling killed nine people, a hospital source told Reuters. The source said 25 more were hurt.", "25",
     "hospital source"),
    ("A security source said 14 soldiers died. The source added that 20 were missing.", "20", "security source"),
]


@_check(SOURCES)
def test_the_source_stands_for_the_source_named_before(text, figure, source):
    assert source_of(text, figure) == source


# --- a budget a minister will present or tabled (lexicon DOER_VERBS) --------------------------------------------------
BUDGETS = [
    ("Finance Minister Enoch Godongwana will present a R2.4 trillion budget next week.", "R2.4 trillion",
     "Finance Minister Enoch Godongwana"),
    ("The finance minister tabled a Rs 17.6 trillion budget on Tuesday.", "Rs 17.6 trillion", "finance minister"),
]


@_check(BUDGETS)
def test_who_presents_a_budget_is_its_source(text, figure, source):
    assert source_of(text, figure) == source


# --- "militia" heads a name, and "the hospital" stands for the hospital named before (NAME_HEADS, ANAPHORS) ------------
BODIES = [
    ("Nine people died in the raid, according to the Houthi militia.", "Nine", "Houthi militia"),
    ("Al-Aqsa Martyrs hospital said it had received 19 bodies. Another 40 were wounded, the hospital said.", "40",
     "Al-Aqsa Martyrs hospital"),
    # not: a hospital named by no one before
    ("Another 40 were wounded, the hospital said.", "40", "hospital"),
]


@_check(BODIES)
def test_militias_and_hospitals_are_read_whole(text, figure, source):
    assert source_of(text, figure) == source
