"""The source rules of the h-source10 batch (the regional English-language press and field reports: a numbered
emergency service's name, a camp's or a village's leaders who speak for it, a national Red Cross taken up as "the
society", a body's bulletin after "as per"; and of its second batch: figures "shared by" a body, an officer's post
before the name, the first half of a body's name joined by "and" before a title), one table of inputs per rule.

Each sentence here is written for the test (no published text, none of the batch's); each row fails if its rule is
taken out, and the rows marked "not" say what the rule must not reach.
"""

from __future__ import annotations

from claim_at import source_of
from claim_at import source_table as _check

# --- a capitalised word and its number right before a plural speaker (``_numbered_name_before``) --------------------
NUMBERED_NAME = [
    ("Rescue 1122 officials said 14 people were pulled from the canal.", "14", "Rescue 1122 officials"),
    ("Rescue 1122 teams recovered 9 bodies from the debris in Mardan.", "9", "Rescue 1122 teams"),
    # not: a year after a preposition or a month is when, not a name's number
    ("In 2024 officials said 300 homes were lost.", "300", "officials"),
    ("In March 2023 police said 41 shops were looted.", "41", "police"),
    # not: before a singular head the number is left to be read as the speaker's count (figures.py)
    ("Rescue 1122 spokesman said 7 people were hurt.", "7", "spokesman"),
]


@_check(NUMBERED_NAME)
def test_a_numbered_name_opens_a_plural_speaker(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a camp's sheikh, a village's elders (SPEAKERS) -----------------------------------------------------------------
LEADERS = [
    ("A sheikh in Kalma told reporters that 19 people died of cholera.", "19", "sheikh in Kalma"),
    ("Village elders said 26 cattle herders were killed in the raid.", "26", "Village elders"),
    ("Camp sheikhs said 400 families had arrived from Tawila.", "400", "Camp sheikhs"),
]


@_check(LEADERS)
def test_a_camps_or_a_villages_leaders_speak_for_it(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- "the society" for a national Red Cross or Red Crescent (ANAPHORS, ANAPHOR_NAME_WORDS) ---------------------------
SOCIETY = [
    ("The Uganda Red Cross said the clinics were full. The society said 3,100 patients were seen.", "3,100", "Uganda Red Cross"),
    ("The Sudanese Red Crescent said burials went on all night. The society said 57 bodies were buried.", "57", "Sudanese Red Crescent"),
    ("The Royal Geographical Society published the survey. The society said 12% of glaciers had gone.", "12%",
     "Royal Geographical Society"),
    # not: a body of another kind is no society
    ("The World Bank approved the loan. The society said 20 schools would be built.", "20", "society"),
]


@_check(SOCIETY)
def test_the_society_stands_for_a_red_cross(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- a bulletin after "according to" or "as per", named by its issuer's words (SPEAKERS) -----------------------------
BULLETIN = [
    ("As per the district health bulletin, 318 patients were admitted.", "318", "district health bulletin"),
    ("According to the evening bulletin, 52 flights were cancelled.", "52", "evening bulletin"),
    ("The state health bulletin said 2,700 samples were tested.", "2,700", "state health bulletin"),
    # not: a bulletin from a body is the body's
    ("According to a bulletin from the health department, 318 patients were admitted.", "318", "health department"),
]


@_check(BULLETIN)
def test_a_bulletin_is_named_by_its_issuers_words(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- "shared by" after the figures' noun names their releaser (``_RELEASED_BY``) -------------------------------------
SHARED_BY = [
    ("As per figures shared by the district administration, 58 houses collapsed.", "58", "district administration"),
    ("According to data shared by the Sindh Irrigation Department, 14 breaches were plugged.", "14",
     "Sindh Irrigation Department"),
]


@_check(SHARED_BY)
def test_figures_shared_by_a_body_are_its(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


# --- an officer's post before the name (NAME_DESCRIPTORS), and a body's name joined by "and" before the title --------
OFFICER_TITLES = [
    ("Police duty officer Kamal Uddin said 6 people were rescued.", "6", "Police duty officer Kamal Uddin"),
    ("District police officer Saleem Khattak said 31 suspects were held.", "31", "District police officer Saleem Khattak"),
    ("Fire Service and Civil Defence media officer Shahjahan Sikder said 17 units were sent.", "17",
     "Fire Service and Civil Defence media officer Shahjahan Sikder"),
    # not: a lone officer with no name keeps the speaker's words
    ("A duty officer said 6 people were rescued.", "6", "duty officer"),
]


@_check(OFFICER_TITLES)
def test_an_officers_post_and_a_joined_body_name_stay_with_the_name(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source
