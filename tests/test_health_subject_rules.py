"""Whose people a health, outbreak or disaster figure counts, and what it counts: the subject and category rules of
h-subject8's batch (counts of cases, patients and the evacuated that no casualty word governs, lives a disaster
claimed, a casualty word denied, an apposed count of the same people, a list that keeps its role).

Each sentence here is written for the test (no published text); each row fails if its rule is taken out.
"""

from __future__ import annotations

import pytest

import claim_at
from crosscount.core.model import Claim


def claim(text: str, figure: str, published: str = "2025-11-20") -> Claim:
    """The row's claim (``claim_at.claim``), published on the table's day unless the row says another."""
    return claim_at.claim(text, figure, published)


# --- the subject: a count of people with no casualty word takes its side the way a toll does ---------------------
SUBJECTS = [
    # people_counted_without_a_toll: a fronted place, a place after, the dateline, a list's side, the number of them
    ("In Malawi, 212 new suspected cholera cases were reported in the week.", "212", "Malawi · unspecified"),
    ("About 9,400 cases of acute watery diarrhoea have been recorded across Yemen since April.", "About 9,400",
     "Yemen · unspecified"),
    ("HARARE, Zimbabwe (Reuters) - Officials said 31 cholera cases had been confirmed in Chitungwiza.", "31",
     "Zimbabwe · unspecified"),
    ("Measles has killed 40 people in Kunar, Afghanistan, and infected more than 900 others.", "more than 900",
     "Afghanistan · unspecified"),
    ("Dengue has killed 9 people in Dhaka this week and sickened 2,100 others.", "2,100", "Bangladesh · unspecified"),
    ("Nepal's dengue season has begun early. The toll has risen to 12 and the number of cases to 4,410.", "4,410",
     "Nepal · unspecified"),
    ("In Peru, 640 dengue patients were in hospital on Monday.", "640", "Peru · civilians"),
    ("Riot police fired water cannon at hundreds of protesters in Belgrade, Serbia.", "hundreds", "Serbia · unspecified"),
    # shot dead, gunned down: the verb takes the figure as its object, so the forces before it are the doers
    ("Security forces shot dead 11 people near the parliament in Kathmandu, Nepal.", "11", "Nepal · unspecified"),
    ("Gunmen gunned down six farmers in Nigeria's Plateau State.", "six", "Nigeria · unspecified"),
    # speaker_of_a_place: a state's or a province's body speaks for its country
    ("Kerala health officials said 61 people had died of leptospirosis this year.", "61", "India · unspecified"),
    ("Florida health officials said 14 dengue cases had been confirmed in Miami-Dade.", "14", "United States · unspecified"),
    # a child is a civilian, as children are
    ("A landslide in Kenya's Rift Valley killed one child and injured four people.", "one", "Kenya · civilians"),
    # list_keeps_its_role: the list's people, not the rescuers the sentence names before it
    ("Rescuers dug through the night in Turkey, and officials said 60 people were killed and 210 hospitalised.", "210",
     "Turkey · unspecified"),
    # an apposed count of the same people takes the apposed figure's side where its own names none
    ("About 3,100 families, or 12,800 individuals, are in evacuation centers in Mindanao.", "About 3,100",
     "Philippines · unspecified"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), SUBJECTS, ids=[t[:40] for t, *_ in SUBJECTS])
def test_subject_of_health_and_disaster_counts(text, figure, subject):
    assert claim(text, figure).subject == subject


# --- no side where a count of people with no toll names none: not the nationality of a body that works anywhere, nor a
# role with no side
NO_SUBJECT = [
    ("A Swiss charity said it had vaccinated 2,000 children.", "2,000"),
    ("The clinic said 350 patients had been seen in the week.", "350"),
]


@pytest.mark.parametrize(("text", "figure"), NO_SUBJECT, ids=[f for _, f in NO_SUBJECT])
def test_no_side_is_invented_for_a_count_of_people(text, figure):
    assert claim(text, figure).subject is None


# --- the category ------------------------------------------------------------------------------------------------
CATEGORIES = [
    # lives_taken: "lives" after a verb that took them is the dead, whatever place follows
    ("The heatwave has claimed at least 41 lives in Bihar, officials said.", "at least 41", "killed"),
    ("The floods have cost more than 1,200 lives in the region.", "more than 1,200", "killed"),
    # negated_casualty_word: a denied death governs no figure after it
    ("The district reported 88 measles cases and no deaths, against 102 a month earlier.", "102", None),
    # to flee their homes: the displaced
    ("The cyclone forced about 70,000 people to flee their homes in Mozambique.", "about 70,000", "displaced"),
    # an apposed count of the same people takes the category of the figure after it
    ("About 3,100 families, or 12,800 individuals, are in evacuation centers in Mindanao.", "About 3,100", "displaced"),
]


@pytest.mark.parametrize(("text", "figure", "category"), CATEGORIES, ids=[f"{f}:{c}" for _, f, c in CATEGORIES])
def test_category_of_health_and_disaster_counts(text, figure, category):
    assert claim(text, figure).category == category
