"""The source rules of the h-source8 batch (war, disaster and government statements: quotations of several sentences,
'wrote on Telegram', bodies 'in X' after a compass word, a possessive name before a body's word, acronyms an anaphor
stands for, rank abbreviations), one table of inputs per rule.

Each sentence here is written for the test (no published text, none of the batch's); each row fails if its rule is
taken out, and the rows marked "not" say what the rule must not reach.
"""

from __future__ import annotations

from claim_at import source_of
from claim_at import source_table as _check

# --- a quotation of several sentences is its speaker's, named after its closing mark (``_quote_speaker``) ----------
QUOTED = [
    ("Shelling hit the town at noon. “Four people were killed. Medics are treating the wounded,” Governor Vadym "
     "Filashkin wrote on Telegram.", "Four", "Governor Vadym Filashkin"),
    ('The governor spoke at dawn: "Eleven homes burned down. Nobody was hurt," Oleh Kiper said.', "Eleven", "Oleh Kiper"),
    ('"The river rose overnight. By morning 300 families had left. More rain is due," the district administration said.',
     "300", "district administration"),
    # a pronoun after the close: the last source named before the quotation
    ('Mayor Ihor Terekhov gave an update. "Since midnight 14 people have been hurt. We are still counting," he said.',
     "14", "Mayor Ihor Terekhov"),
    # an anaphor after the close: the body named before
    ('The Red Cross said it was sending teams. "Our volunteers reached 900 households. Many more need help," the '
     "organisation said.", "900", "Red Cross"),
    # a doer inside the quotation gives way to its speaker (``_all_doers``)
    ('"Rescuers pulled 23 bodies from the mud. The search goes on," said Amina Yusuf, a spokeswoman for the state agency.',
     "23", "Amina Yusuf"),
    # not: a quotation closed with no speaker after it
    ('"Five homes burned." The fire spread through the valley overnight.', "Five", None),
    # not: a quotation that opens after the figure's sentence
    ('The ministry said 40 schools were shut. "Classes will resume soon," a teacher said.', "40", "ministry"),
]


@_check(QUOTED)
def test_a_quotation_is_its_speakers(text, figure, source):
    assert source_of(text, figure) == source


# --- a pronoun that writes speaks as one that says (PRONOUN_SPEECH_VERBS: "wrote", "writes") ----------------------
PRONOUN_WROTE = [
    ('Police said the crowd had gone home. "We arrested 12 people," he wrote on X.', "12", "Police"),
    ("Governor Serhiy Lysak posted an update. Four houses were damaged in Nikopol, he writes.", "Four",
     "Governor Serhiy Lysak"),
]


@_check(PRONOUN_WROTE)
def test_a_pronoun_that_writes(text, figure, source):
    assert source_of(text, figure) == source


# --- a body's place after a compass word ('in eastern Libya', ``_SPEAKER_COMPLEMENT`` with ``places.COMPASS``) ----
COMPASS_PLACES = [
    ("Officials in northern Syria said 16 people were killed.", "16", "Officials in northern Syria"),
    ("Authorities in south-eastern Turkey said 2,100 buildings were damaged.", "2,100",
     "Authorities in south-eastern Turkey"),
    ("Aid agencies in central Mali said 8,000 people had fled.", "8,000", "Aid agencies in central Mali"),
]


@_check(COMPASS_PLACES)
def test_a_bodys_place_after_a_compass_word(text, figure, source):
    assert source_of(text, figure) == source


# --- after "the", a possessive in lowercase and a name with "of"/"for" in it before a body's word -------------------
# (``_SPEAKER_LEFT_RE``'s branch after "the")
POSSESSIVE_BODIES = [
    ("The village's relief committee said 600 tents were handed out.", "600", "village's relief committee"),
    ("The Food and Agriculture Organization's office in Somalia said 1.1 million people faced famine.", "1.1 million",
     "Food and Agriculture Organization's office in Somalia"),
    ("The International Committee of the Red Cross's office in Sudan said 75 detainees were visited.", "75",
     "International Committee of the Red Cross's office in Sudan"),
]


@_check(POSSESSIVE_BODIES)
def test_a_possessive_before_a_bodys_word(text, figure, source):
    assert source_of(text, figure) == source


# --- an acronym that opens the sentence is what a generic anaphor after it stands for (``_acronym_for``) -------------
ACRONYM_OPENINGS = [
    ("IOM counted more than 2,400 deaths on the route last year, the agency said.", "more than 2,400", "IOM"),
    ("UNICEF vaccinated 40,000 children in the camps, the organisation said.", "40,000", "UNICEF"),
    # not: a side's acronym, which is no body
    ("US troops killed 12 fighters in the raid, the group said.", "12", "group"),
]


@_check(ACRONYM_OPENINGS)
def test_an_opening_acronym_for_an_anaphor(text, figure, source):
    assert source_of(text, figure) == source


# --- a rank's abbreviation keeps the sentence and the title (OTHER_ABBREVIATIONS: "Brig.") --------------------------
RANKS = [
    ("Brig. Gen. Patrick Ryder told reporters that 30 sorties were flown.", "30", "Brig. Gen. Patrick Ryder"),
    ("Army spokesman Brig. Gen. Ahmed Sharif said 19 soldiers were wounded.", "19",
     "Army spokesman Brig. Gen. Ahmed Sharif"),
]


@_check(RANKS)
def test_a_ranks_abbreviation(text, figure, source):
    assert source_of(text, figure) == source


# --- a speaker's account opened with no figure goes on into the next sentence's figures (``_source_around``) -------
FIGURE_FREE_ACCOUNTS = [
    ("Governor Vitaliy Kim said the missiles struck before dawn. Two people were killed and nine wounded in Mykolaiv.",
     "Two", "Governor Vitaliy Kim"),
    ("The civil defence agency said the fire spread from a generator. About 40 tents burned down.", "About 40",
     "civil defence agency"),
    # not: a sentence that opens on another doer of its own
    ("The mayor said the sirens sounded late. Russia launched 60 drones at the city.", "60", None),
    # not: a figure-free sentence with no speaker in it
    ("The storm reached the coast at dawn. About 300 homes lost power.", "About 300", None),
]


@_check(FIGURE_FREE_ACCOUNTS)
def test_a_figure_free_account_goes_on(text, figure, source):
    assert source_of(text, figure) == source


# --- "quoted the head of the X, NAME, as saying": the person named (``_SOURCE_AT_WORD``'s "qn") ---------------------
QUOTED_PERSONS = [
    ("The agency quoted the director of the provincial hospital, Ali Rezaei, as saying that 31 patients were moved.",
     "31", "Ali Rezaei"),
    ("Local media quoted a spokesman for the fire service, Juan Ortega, as saying 18 crews were on site.", "18",
     "Juan Ortega"),
]


@_check(QUOTED_PERSONS)
def test_quoted_a_person_of_a_body(text, figure, source):
    assert source_of(text, figure) == source


# --- a worker speaks alone ("workers?" in SPEAKERS) -------------------------------------------------------------------
WORKERS = [
    ("An aid worker in Goma told the BBC that 70 families had arrived overnight.", "70", "aid worker in Goma"),
    ("A rescue worker, who asked not to be named, said 12 bodies were found.", "12", "rescue worker"),
]


@_check(WORKERS)
def test_a_worker_speaks(text, figure, source):
    assert source_of(text, figure) == source
