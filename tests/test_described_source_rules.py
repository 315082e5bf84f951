"""The source rules of the h-source6 batch (descriptive sources, lowercase bodies, speakers who tell an outlet, a speaker
in a later sentence, doers that count nothing), one table of inputs per rule.

Each sentence here is written for the test (no published text, none of the batch's); each row fails if its rule is
taken out, and the rows marked "not" say what the rule must not reach.
"""

from __future__ import annotations

from claim_at import source_of
from claim_at import source_table as _check

# --- a speaker's own word before another's, and the lexicon's new words ------------------------------------------
# (SPEAKERS as modifiers in ``_SPEAKER_LEFT_RE`` and ``_DESCRIPTOR_LEFT_RE``; "prefectural", "municipal",
# "departmental" in SPEAKER_MODIFIERS, "municipality" in SPEAKERS, "chairman" in NAME_DESCRIPTORS)
SPEAKER_WORDS = [
    ("Eighty patients were moved, a hospital board spokeswoman told reporters.", "Eighty", "hospital board spokeswoman"),
    ("About 300 people were moved out, a county council officer told the BBC.", "About 300",
     "county council officer"),
    ("Snow cut power to 1,900 homes, prefectural officials told NHK.", "1,900", "prefectural officials"),
    ("The storm felled 240 trees, municipal officials said.", "240", "municipal officials"),
    ("The municipality said 75 families were given tents.", "75", "municipality"),
    ("The storm flattened 14 houses, district council chairwoman Grace Otieno said.", "14",
     "district council chairwoman Grace Otieno"),
    # not: the words of another clause before the speaker
    ("Police counted 40 cars, and army officials said 12 were burned.", "12", "army officials"),
]


@_check(SPEAKER_WORDS)
def test_a_speakers_modifiers_and_titles(text, figure, source):
    assert source_of(text, figure) == source


# --- the person of a body described in lowercase words, taken whole (``_person_of_a_described_body``) -------------
DESCRIBED_BODIES = [
    ("A spokeswoman for the provincial police said 19 people were detained.", "19",
     "spokeswoman for the provincial police"),
    ("An official at the regional health department said 230 patients were treated.", "230",
     "official at the regional health department"),
    ("Storm damage shut 6 schools, a representative of the village council said.", "6",
     "representative of the village council"),
    ("An officer at the regional police headquarters told AFP that 9 suspects were held.", "9",
     "officer at the regional police headquarters"),
    # not: a named body stands for itself, and a person named after the body is the person
    ("An official from the National Disaster Agency said 31 died.", "31", "National Disaster Agency"),
    ("A spokesman for the city council, Tom Reyes, said 52 homes were flooded.", "52", "Tom Reyes"),
]


@_check(DESCRIBED_BODIES)
def test_the_person_of_a_described_body_is_taken_with_it(text, figure, source):
    assert source_of(text, figure) == source


# --- a body's portfolio in lowercase words, and "according to" a body in a place ---------------------------------
PORTFOLIOS = [
    ("The ministry of home affairs said 44 people were arrested.", "44", "ministry of home affairs"),
    ("The department of social welfare said it had fed 5,000 families.", "5,000",
     "department of social welfare"),
    ("Of the 800 cases, 60 were fatal, the ministry of health and social welfare said.", "60",
     "ministry of health and social welfare"),
    ("According to the ministry of education, 120 schools were damaged.", "120", "ministry of education"),
    ("According to the emergency service in Kharkiv, 7 people were hurt.", "7", "emergency service in Kharkiv"),
    # not: "according to" a report by researchers at a body is the body's
    ("The toll was 30% higher, according to a study by researchers at the Karolinska Institute.", "30%",
     "Karolinska Institute"),
]


@_check(PORTFOLIOS)
def test_a_lowercase_portfolio_and_a_place_complement(text, figure, source):
    assert source_of(text, figure) == source


# --- "…, said the country's X", after a place that closes no appositive (``_with_said_by_after_a_place``) -------
SAID_THE_OWNERS = [
    ("Two people were killed in a strike near Tyre, said the country's civil defence.", "Two",
     "country's civil defence"),
    ("The quake damaged 400 buildings in Hatay, said the region's disaster agency.", "400", "region's disaster agency"),
    ("Some 90 people drowned off Lampedusa, said the navy.", "Some 90", "navy"),
]


@_check(SAID_THE_OWNERS)
def test_said_the_owner_s_body_after_a_place(text, figure, source):
    assert source_of(text, figure) == source


# --- a later sentence names who gave the figure (passive "by" a person of a body with the name; the figures' noun) -
LATER_SPEAKERS = [
    ("Shelling damaged 15 houses in Nikopol. This was reported by the head of the district council, Olena Marchenko.",
     "15", "Olena Marchenko"),
    ("A bus fell into a gorge, killing 23 people. The provincial police chief gave the figure to journalists.",
     "23", "provincial police chief"),
    ("Floodwater cut off 41 villages. The state disaster authority released the figures late on Sunday.",
     "41", "state disaster authority"),
    ("The blast injured 27 workers. The regional governor confirmed the toll on Monday.", "27", "regional governor"),
    # not: what the speaker says the toll will do is no taking-up of it
    ("The blast injured 27 workers. The regional governor warned the toll could rise.", "27", None),
]


@_check(LATER_SPEAKERS)
def test_a_later_sentence_names_the_figures_source(text, figure, source):
    assert source_of(text, figure) == source


# --- doers that count nothing: a plural noun before an auxiliary, "carried out", a toll-raising result clause -----
NO_DOERS = [
    ("Storms in Brazil's Santa Catarina and Parana states have left 12 people dead.", "12", None),
    ("The junta has carried out raids on 30 villages.", "30", None),
    ("Divers recovered more bodies from the lake, bringing the toll to 38.", "38", None),
    ("Police evacuated the square before the bomb went off, injuring 17 people.", "17", None),
    # not: what the doer's own work reached is still its count, and a doer's object is its figure
    ("The Red Cross delivered 300 tonnes of food, reaching 45,000 people.", "45,000", "Red Cross"),
    ("Rescue teams pulled 6 survivors from the debris.", "6", "Rescue teams"),
    ("The ministry reports 14 new cases.", "14", "ministry"),
]


@_check(NO_DOERS)
def test_a_doer_is_a_source_only_of_what_it_did(text, figure, source):
    assert source_of(text, figure) == source


# --- the second batch's rules: a possessive after "according to", hyphened affiliations, lowercase places, "city
# hall", the title "official", the person named after "The head of the X,", "said a spokesman for the X" -------------
SECOND_BATCH = [
    ("Some 4,000 homes were flooded, according to the city's water authority.", "Some 4,000", "city's water authority"),
    ("The state-owned broadcaster said 11 miners were trapped.", "11", "state-owned broadcaster"),
    ("Doctors at the main hospital told reporters that 48 patients had burns.", "48", "Doctors at the main hospital"),
    ("Town hall said 230 people had been given shelter.", "230", "Town hall"),
    ("The provincial control room said 17 houses had collapsed.", "17", "provincial control room"),
    ("At least 8 people were arrested, senior police official Imran Shah told reporters.", "At least 8",
     "police official Imran Shah"),  # (a rank is no part of it, RANK_ADJECTIVES)
    ("The head of the regional health office, Maria Lopes, said 95 cases were confirmed.", "95", "Maria Lopes"),
    ("A shell hit a bus near Kherson, killing six people, said a spokeswoman for the regional prosecutor's office.",
     "six", "spokeswoman for the regional prosecutor's office"),
    # not: an appositive that is no result clause still stands between a speaker and the verb
    ("The charity, speaking for 40 groups, said it needed $2 million.", "$2 million", "charity"),
]


@_check(SECOND_BATCH)
def test_the_second_batch_s_source_rules(text, figure, source):
    assert source_of(text, figure) == source


# --- what a later sentence or a trailing speaker takes up: "The information was confirmed by …", "… confirmed the
# deaths", "Officials from the agency" for the agency named before, a finder's count that a speaker after gives -----
TAKEN_UP = [
    ("A ferry sank off Sulawesi and 14 people drowned. The information was confirmed by the harbour police.", "14",
     "harbour police"),
    ("Four miners died in the collapse. The mine's operator confirmed the deaths on Sunday.", "Four",
     "mine's operator"),
    ("The national relief agency said 18 people died. Officials from the agency said 60 homes were destroyed.", "60",
     "national relief agency"),
    ("Search teams found 12 bodies in the river, the district police said.", "12", "district police"),
    # not: a study's finding stays its own where no one else speaks
    ("A survey found 42% of families skipped meals.", "42%", "survey"),
]


@_check(TAKEN_UP)
def test_what_a_later_or_trailing_speaker_takes_up(text, figure, source):
    assert source_of(text, figure) == source


# --- the third batch's rules: the part of a body that speaks for it (BODY_PARTS), "the prefecture", "state
# television"; a statement's word is no part of the source ------------------------------------------------------
THIRD_BATCH = [
    ("Nine people were hurt, the press office of the city police said.", "Nine", "press office of the city police"),
    ("The information service of the regional administration said 70 homes lost power.", "70",
     "information service of the regional administration"),
    ("A spokesman for the prefecture said 5 hikers were rescued.", "5", "spokesman for the prefecture"),
    ("State television said 33 people were detained.", "33", "State television"),
    # not: a statement's word
    ("A statement from the district police said 21 people were arrested.", "21", "district police"),
]


@_check(THIRD_BATCH)
def test_the_third_batch_s_source_rules(text, figure, source):
    assert source_of(text, figure) == source


# --- one speaker of a kind, as a wire names them before "told" ("a resident told AFP", "a doctor at the hospital
# told Reuters", "the police chief said"; SPEAKERS' singulars and "chief") ---------------------------------------
ONE_SPEAKER = [
    ("Nine fishermen drowned, a survivor told AFP, asking not to be named.", "Nine", "survivor"),
    ("A medic at the field hospital told Reuters that 19 wounded had arrived.", "19", "medic at the field hospital"),
    ("Speaking on local radio, the fire chief said 3 firefighters were hurt.", "3", "fire chief"),
    ("Navy officers said 40 sailors were rescued.", "40", "Navy officers"),
    # not: a chief's title before a name that is its own ("chief economist X" is read as a title, NAME_DESCRIPTORS)
    ("Growth will slow to 1.1%, chief economist Ana Ruiz said.", "1.1%", "chief economist Ana Ruiz"),
]


@_check(ONE_SPEAKER)
def test_one_speaker_of_a_kind(text, figure, source):
    assert source_of(text, figure) == source


# --- "according to preliminary information from X" (ACCORDING_TO_HEADS), "the hospital said", "the press secretary",
# a lowercase place before the name it is of ("Authorities in the northern province of Balkh said") -----------------
MORE_HEADS = [
    ("Thirty homes burned, according to preliminary information from the regional fire service.", "Thirty",
     "regional fire service"),
    ("Two died at the scene. Another 14 were injured, the district hospital said.", "14", "district hospital"),
    ("Sixty people were detained, the governor's press secretary told reporters.", "Sixty", "governor's press secretary"),
    ("Officials in the eastern district of Kunar said 26 people died.", "26", "Officials in the eastern district of Kunar"),
]


@_check(MORE_HEADS)
def test_more_heads_of_a_speaker(text, figure, source):
    assert source_of(text, figure) == source
