"""What a figure counts, whose people it counts and per what: the category, subject and per rules of issue 19's
later batches (today's wars' sides, the armed groups that fight at home, refugees' hosts and origins, the rescued
and the sick, a period adjective before a count's noun).

Each sentence here is written for the test (no published text); each row fails if its rule is taken out.
"""

from __future__ import annotations

import pytest

import claim_at
from crosscount.core.model import Claim


def claim(text: str, figure: str, published: str = "2025-11-03") -> Claim:
    """The row's claim (``claim_at.claim``), published on the table's day unless the row says another."""
    return claim_at.claim(text, figure, published)


# --- the category: what the words that govern a figure count -----------------------------------------------
CATEGORIES = [
    # the toll's own words: killings, lynching, martyrdom
    ("Monitors documented 412 killings in the capital in March.", "412", "killed"),
    ("At least nine men accused of theft were lynched by a crowd.", "At least nine", "killed"),
    ("The movement announced the martyrdom of 35 of its members.", "35", "killed"),
    ("Militants took 60 farmers in two raids, and 14 kidnappings were reported in the town.", "14", "captured"),
    # left without a roof: displaced; "lives" as a verb is no toll
    ("The cyclone left 65,000 people without shelter in Sofala.", "65,000", "displaced"),
    ("About 30% of the country's people lives below the poverty line.", "About 30%", None),
    # where captives are held, and how they were taken: in captivity, in prisons, taken captive
    ("Kyiv says 1,600 of its citizens remain in Russian captivity.", "1,600", "captured"),
    ("The government holds 3,000 opposition supporters in its prisons.", "3,000", "captured"),
    ("The rebels said 45 government soldiers had been taken captive.", "45", "captured"),
    ("The rebels hold 40 hostages, some of them thought to be dead.", "40", "captured"),  # a part's predicate
    # forced from where they lived: deported, expelled, sheltering in camps
    ("The authorities deported 4,200 migrants in the first week.", "4,200", "displaced"),
    ("Police said 9,000 families were moved out of the flood zone overnight.", "9,000", "displaced"),
    ("Volunteers recovered the remains of 28 people from the river bank.", "28", "killed"),
    ("About 18,000 people are sheltering in school buildings and camps.", "About 18,000", "displaced"),
    # a count of things, or a share, counts no one, whatever casualty word its sentence holds
    ("The strike set three fuel tanks ablaze but caused no casualties.", "three", None),
    ("Rebels overran 14 villages and killed 60 people.", "14", None),
    ("The medics said 11 of their ambulances were hit and 4 paramedics died.", "11", None),
    ("Searchers found 30 unmarked graves where the missing were last seen.", "30", None),
    ("About 60% of the district's residents have been displaced.", "About 60%", None),
    ("Nine hospital workers were killed in the strike.", "Nine", "killed"),
    # a casualty word that gave the figure before its category does not govern one with a predicate of its own
    ("Officials said 40 people lost their lives in the storm and 9,000 were affected.", "9,000", None),
    ("The blast left 12 people dead, police said; 300 workers had signed in.", "300", None),
    # a share in apposition: the figure's predicate stands after it
    ("About 400,000 people, or 60% of the province, have been displaced.", "About 400,000", "displaced"),
    # taken to hospital: the wounded
    ("Two people died and 14 were rushed to hospital after the blast.", "14", "wounded"),
    # the casualty verb nearest the figure governs it, not an earlier one within its reach
    ("A strike on a shelter for displaced families killed 19, medics said.", "19", "killed"),
    # a part named after the clauses between it and its whole is of the whole's category
    ("Flooding has killed 212 people since June, the disaster agency said, including 40 on Monday.", "40", "killed"),
    # the rescued and the sick are no casualties, and a casualty word further on does not govern them
    ("Divers rescued 23 people from the sunken boat, while 8 are still missing.", "23", None),
    ("About 900 children were hospitalised with measles in the province.", "About 900", None),
    ("Deaths from the outbreak rose to 41, and 3,100 people were hospitalised.", "3,100", None),  # an illness's sentence
    ("The blast killed 12 people, and 60 others were hospitalised.", "60", "wounded"),  # care after harm: the wounded
    # the follow-on words of a toll: a part "of them fatal", those still searched for, the bodies of captives
    ("Police logged 95 crashes on the highway, 12 of them fatal.", "12", "killed"),
    ("Divers recovered four bodies and are searching for 9 others.", "9", "missing"),
    ("The militia handed over the bodies of three captives.", "three", "killed"),
    # displacement by what was left, where they are now, and where they went
    ("About 3,500 families had to leave their homes when the dam burst.", "About 3,500", "displaced"),
    ("Some 1,400 people spent the night in evacuation centres.", "Some 1,400", "displaced"),
    ("Nearly 9,000 Malians crossed into Mauritania in March.", "Nearly 9,000", "displaced"),
    ("The agency counted 5,000 new arrivals at the border post.", "5,000", "displaced"),
    # a toll's earlier level after "from" counts what the toll does, a date or "up" between them
    ("The death toll rose to 212 on Sunday from 180 on Saturday.", "180", "killed"),
    # a host's count of a people by its name is of the displaced (hosted_people); never a people's troops or tourists
    ("Turkey has received about 3.1 million Syrians since 2011, officials said.", "about 3.1 million", "displaced"),
    ("Moldova hosts some 120,000 Ukrainians.", "some 120,000", "displaced"),
    ("The base received 400 American troops.", "400", None),
    # a scale's reading counts no one, and the toll before it governs the figure after it (scale_reading_counts_no_one)
    ("The toll from Sunday's magnitude 6.8 quake has risen to 1,037, officials said.", "6.8", None),
    ("The toll from Sunday's magnitude 6.8 quake has risen to 1,037, officials said.", "1,037", "killed"),
    ("A 5.9-magnitude tremor killed 14 villagers.", "5.9", None),
    # counts of places, structures and disease cases count no casualty (THING_NOUNS)
    ("Measles deaths were recorded in 14 provinces, with 212 children killed by the disease.", "14", None),
    ("Health workers logged 3,400 suspected cases, including 61 deaths.", "3,400", None),
    ("Health workers logged 3,400 suspected cases, including 61 deaths.", "61", "killed"),
    ("The storm killed 45 people after three dams collapsed.", "three", None),
    ("The storm killed 45 people across 12 districts.", "45", "killed"),  # a number ends the thing's modifiers
]


@pytest.mark.parametrize(("text", "figure", "category"), CATEGORIES, ids=[f"{f}:{c}" for _, f, c in CATEGORIES])
def test_category_from_the_governing_words(text, figure, category):
    assert claim(text, figure).category == category


# --- the subject: whose people a figure counts ------------------------------------------------------------
SUBJECTS = [
    # the sides of today's wars, by the words their reporting names them with
    ("Philippine marines said 3 of their men were killed in the ambush.", "3", "Philippines · military"),
    ("Fighting in Cite Soleil has driven 5,000 residents from their homes.", "5,000", "Haiti · civilians"),
    ("Shelling in Tawila killed 11 people, the camp's coordinators said.", "11", "Sudan · unspecified"),
    # an armed group that fights at home harms its own country's people (but a soldier it kills may be a neighbour's)
    ("RSF fighters killed at least 40 villagers in a raid on Sunday.", "at least 40", "Sudan · civilians"),
    ("ELN guerrillas kidnapped 6 villagers last month, the mayor said.", "6", "Colombia · civilians"),
    ("Boko Haram fighters killed 9 soldiers in an attack on a base.", "9", "Unspecified · military"),
    # a state that does the harm names no side of those it harms (the armed groups above aside)
    ("Syrian government jets killed 16 people in a market.", "16", None),
    # a figure with no noun of its own after "and" shares the noun of the one before, however far
    ("Kyiv said 61 Ukrainian soldiers were killed in the battle for the Kursk salient, and 140 wounded.", "140",
     "Ukraine · military"),
    # and a part named after the clauses between it and its whole is of the whole's subject
    ("Russia has lost 820,000 troops, Ukraine's military said, including 1,100 in the past day.", "1,100",
     "Russia · military"),
    # a side that owns a disaster is where it struck, not a doer
    ("Morocco's earthquake killed nearly 3,000 people in the Atlas mountains.", "nearly 3,000", "Morocco · unspecified"),
    # a new clause is no part of the harm before it, nor of a list's shared noun
    ("The army said it killed 20 militants in the hills; 3 Pakistani soldiers were wounded.", "3",
     "Pakistan · military"),
    ("Troops killed 30 insurgents near Quetta, while 2 soldiers died, the ISPR said.", "2", "Pakistan · military"),
    # refugees are of the country they fled, not of the one that hosts them
    ("Kenya now hosts about 800,000 refugees, most of them Somalis.", "about 800,000", "Somalia · unspecified"),
    ("Egypt has received 1.2 million refugees from Sudan since the war began.", "1.2 million", "Sudan · unspecified"),
    ("Ethiopia is home to 1 million refugees.", "1 million", None),  # the host only: no origin named
    ("About 6,000 people fled Myanmar in a week, Thai officials said.", "About 6,000", "Myanmar · unspecified"),
    # a role named before a figure with no noun of its own is what it counts, unless its words did the harm
    ("Army artillery hit the market, killing 14 and wounding 40.", "40", None),
    # the agent of a passive did it: its role is not the counted people's
    ("Eight people were killed by soldiers at the checkpoint.", "Eight", None),
    ("Some 2,000 farmers were displaced by fighting in the hills.", "Some 2,000", None),
    # the sides of migration's reporting
    ("Border agents stopped 2,300 Hondurans and 1,900 Guatemalans in May.", "1,900", "Guatemala · unspecified"),
    # a count of people after a toll in its sentence is of the toll's side
    ("Measles has killed 80 people in Kasai, and 5,100 children are in treatment.", "5,100", "Congo · civilians"),
    # where the counted people are, after the verbs of their clause
    ("Some 300,000 people remain stranded inside Khartoum, the agency said.", "Some 300,000", "Sudan · unspecified"),
    ("About 700 new dengue cases were confirmed in Dhaka on Tuesday.", "About 700", "Bangladesh · unspecified"),
    # a place named as the harm's target, before it
    ("Shelling of Dnipro overnight injured 8 people.", "8", "Ukraine · unspecified"),
    # where captives are held is not whose they are
    ("The group said 30 hostages are still held in Mali.", "30", None),
    # nor is their captor: they are of the side it took them from (sides.json _captives_of), never the captor's
    ("Hamas released 20 hostages on Monday.", "20", "Israel · unspecified"),
    ("Kidnappers in Nigeria freed 30 hostages.", "30", "Nigeria · unspecified"),  # (a place of the captor's is theirs)
    # side_of_the_dateline: a toll no nearer words give a side is of the dateline's country, or of its place's
    ("DNIPRO, Ukraine, March 7 (Reuters) - A missile hit a clinic in the city centre, killing 5 people.", "5",
     "Ukraine · unspecified"),
    ("PESHAWAR: Gunmen ambushed a convoy, killing 6 soldiers, officials said.", "6", "Pakistan · military"),
    ("NAIROBI, Kenya (AP) — Floods killed 30 people, officials said.", "30", "Kenya · unspecified"),
    # (but not where the text names a place of another side: the reporter files from Cairo about Darfur)
    ("CAIRO (AP) — Paramilitary fighters killed 30 people, activists said. Most of the dead were in Darfur.", "30", None),
    # side_of_a_fronted_place: the place a sentence opens with is where its toll happened
    ("In the occupied West Bank, settlers have wounded 9 people this week.", "9", "Palestine · unspecified"),
    ("Across Sudan's Darfur region, raids have displaced 4,000 people since May.", "4,000", "Sudan · unspecified"),
    # a speaker's clause after a toll names who speaks, not the role of those it counts
    ("TEL AVIV, Israel (AP) — A rocket hit a house, killing 3 people, paramedics said.", "3", "Israel · unspecified"),
    # disaster_does_the_harm: a speaker whose clause says a disaster killed is of the country it struck
    ("Nepal's government said the floods had killed 112 people.", "112", "Nepal · unspecified"),
    # refugees_named_before: a count of the displaced is of the refugees' people an earlier sentence names, not their host
    ("Sudanese refugees continue to arrive in eastern Chad. The agency says 600,000 refugees have crossed the border.", "600,000",
     "Sudan · unspecified"),
    # role_of_the_number_of: the noun of the number a figure gives, far before it; soldiers_fall_on_no_side: not of
    # the side where they fell
    ("The army said four reservists were killed in southern Lebanon, bringing the number of soldiers who have died "
     "in the ground operation there to 47.", "47", "Unspecified · military"),
    ("A blast in Kabul killed two, bringing the number of civilians killed this month to 40.", "40",
     "Afghanistan · civilians"),
    # a side named as a place ("around", "near" …) before the harm is where it was done, not who did it
    ("The fighting around Goma has killed 700 people.", "700", "Congo · unspecified"),
    # a storm's verb makes its object a place; a part named after the counted ("including children") gives no role
    ("Torrential rain lashed central Texas overnight. The floods killed 24 people, including children at a camp.",
     "24", "United States · unspecified"),
    # a toll takes no side from a count of things before it (their owner is not the harmed)
    ("Air defences downed 40 Ukrainian drones overnight. Debris injured 2 people.", "2", None),
]


@pytest.mark.parametrize(("text", "figure", "subject"), SUBJECTS, ids=[t[:40] for t, *_ in SUBJECTS])
def test_subject_of_the_counted_people(text, figure, subject):
    assert claim(text, figure).subject == subject


# --- per: the period of a count's noun phrase -------------------------------------------------------------
PERS = [
    ("The annual death toll on the roads stands at about 1,200.", "about 1,200", "year"),
    ("The weekly number of crossings fell to 3,000 in June.", "3,000", "week"),
    ("The annual survey found the number had reached 3,000.", "3,000", None),  # the survey is annual, not the count
    ("Some 20,000 babies die of the disorder annually in Europe.", "Some 20,000", "year"),  # an adverb of a period
    ("Drones hit 30 homes in daily attacks on the town.", "30", None),  # "daily" before a noun: no rate
]


@pytest.mark.parametrize(("text", "figure", "per"), PERS, ids=[f"{f}:{p}" for _, f, p in PERS])
def test_per_from_a_period_adjective_before_a_counts_noun(text, figure, per):
    assert claim(text, figure).per == per
