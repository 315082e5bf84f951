"""Whose people a toll counts where the text names them only by a place, a people or a role word: the subject rules
of the h-subject6 batch (soldiers killed at home, a border that names no victim, a people's camp, the place an attack
hit, a disaster that did the harm, civilians at prayer or a funeral, a noun of one's own in a list, the English
names of regions ISO writes in the local language), and the category words of accidents and border crossings near
them.

Each sentence here is written for the test (no published text); each row fails if its rule is taken out.
"""

from __future__ import annotations

import pytest

import claim_at
from crosscount.core.model import Claim


def claim(text: str, figure: str, published: str = "2025-11-03") -> Claim:
    """The row's claim (``claim_at.claim``), published on the table's day unless the row says another."""
    return claim_at.claim(text, figure, published)


SUBJECTS = [
    # civilians at prayer, at a funeral, at a market (CIVILIAN_WORDS)
    ("Gunmen opened fire on a church in Ondo state, killing 22 worshipers.", "22", "Nigeria · civilians"),
    ("A suicide bomber blew himself up among mourners in Peshawar, killing 14 mourners.", "14", "Pakistan · civilians"),
    ("Shells fell on a market in Ituri, killing nine shoppers.", "nine", "Congo · civilians"),
    # a_border_names_no_victim: the neighbour whose border it was is not whose soldiers they were
    ("Chad's army said jihadists attacked a post near the Nigerian border. Nine soldiers were killed, it said.",
     "Nine", "Chad · military"),
    # soldiers_fall_at_home: soldiers of no army named, killed where no other side is named, are the place's
    ("Gunmen ambushed a convoy in Sindh's Kashmore district, killing five soldiers.", "five", "Pakistan · military"),
    ("Insurgents attacked a checkpoint in Borno state, and 11 soldiers were killed.", "11", "Nigeria · military"),
    # … but not where another side is named, or the dateline is of another side
    ("Five soldiers were killed in southern Lebanon, bringing to 40 the number of Israeli troops killed there.",
     "Five", "Unspecified · military"),
    ("TEL AVIV, Israel (AP) — Two soldiers were killed in southern Lebanon.", "Two", "Israel · military"),
    # soldiers_of_the_army_hit: an army's truck, base or convoy names whose soldiers died in it
    ("A roadside bomb struck a Pakistani army convoy in the tribal belt, killing four soldiers.", "four",
     "Pakistan · military"),
    ("Rebels overran a Malian military base, killing 30 soldiers.", "30", "Mali · military"),
    # own_noun_keeps_its_role: a list's figure with a noun of its own takes its own role, and the list's side
    ("A bus crashed in Kenya's Nakuru county, killing 12 passengers, and 30 people were hurt.", "30",
     "Kenya · unspecified"),
    ("A bus crashed in Kenya's Nakuru county, killing 12 passengers and injuring 30 others.", "30",
     "Kenya · civilians"),
    # foreigners_of_the_people_named: refugees in a people's camp are that people's, not their host's
    ("Floods swept through an Afghan settlement in Khyber Pakhtunkhwa, killing eight refugees.", "eight",
     "Afghanistan · unspecified"),
    ("Shelling hit a Sudanese refugee camp in Chad, killing four refugees.", "four", "Sudan · unspecified"),
    ("A dinghy carrying Afghan migrants capsized off the Turkish coast, drowning 11.", "11", "Afghanistan · unspecified"),
    ("A dinghy carrying migrants capsized off Tunisia, drowning 11.", "11", None),  # foreigners take no side from there
    # the place an attack's verb hit (TARGET_VERBS) is the one harmed, not the doer
    ("Russian missiles hit Chernihiv, killing seven residents.", "seven", "Ukraine · civilians"),
    ("Israeli jets bombed eastern Lebanon, killing 11 people.", "11", "Lebanon · unspecified"),
    # disaster_does_the_harm: a place a storm lashed did not do the killing
    ("A cyclone lashed Madagascar's Sava region, killing nine people.", "nine", "Madagascar · unspecified"),
    ("Gunmen killed nine soldiers at a post in Mali's Mopti region, the army said.", "nine", "Mali · military"),
    # militiamen are fighters: their role is military
    ("The army said it had killed 25 Fano militiamen near Gondar.", "25", "Ethiopia · military"),
    # … or, where the sentence names no place, the place its paragraph named before it
    ("Insurgents overran an outpost near Jowhar in Middle Shabelle. Eleven soldiers were killed, an officer said.",
     "Eleven", "Somalia · military"),
    # the English names of regions ISO 3166-2 writes in the local language (SUBDIVISION_EXONYMS)
    ("Landslides in Central Java buried 20 homes and killed 16 people.", "16", "Indonesia · unspecified"),
    ("Floods in Tibet's Nyingchi prefecture killed five herders.", "five", "China · unspecified"),
    ("Cholera has killed 13 people in Hodeidah this month.", "13", "Yemen · unspecified"),
    # a dateline that names its agency first (the South Asian press: "AFP, KATHMANDU:")
    ("AFP, KATHMANDU: A bus plunged into the Trishuli river, killing 14 people, police said.", "14",
     "Nepal · unspecified"),
    # a disaster's verbs make a place ("flooded parts of Dhaka")
    ("Monsoon rains flooded parts of Dhaka, where six people drowned.", "six", "Bangladesh · unspecified"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), SUBJECTS, ids=[t[:40] for t, *_ in SUBJECTS])
def test_subject_from_a_place_a_people_or_a_role(text, figure, subject):
    assert claim(text, figure).subject == subject


CATEGORIES = [
    ("Eleven people were electrocuted when a power cable fell on a crowd in Lahore.", "Eleven", "killed"),
    ("Seven villagers were swept away when the river burst its banks.", "Seven", "killed"),
    # a status noun's own verb right after it is the predicate: the refugees died
    ("Nine refugees died when their tent caught fire.", "Nine", "killed"),
    ("Twelve asylum seekers drowned off Lesbos.", "Twelve", "killed"),
    ("A ferry overturned in the lake, drowning 26.", "26", "killed"),
    ("The UNHCR said 3,000 South Sudanese crossed the border in a single week.", "3,000", "displaced"),
]


@pytest.mark.parametrize(("text", "figure", "category"), CATEGORIES, ids=[f"{f}:{c}" for _, f, c in CATEGORIES])
def test_category_of_accidents_and_crossings(text, figure, category):
    assert claim(text, figure).category == category
