"""Whose people a toll in outside reporting counts: the subject rules of the h-subject7 batch (a place spelt with its
Arabic article joined either way, a place with the larger one apposed after it, an army's own toll by its owner, the
refugees' origin whatever befell them, the place a blow struck, captives named only by their captor), and the
category words near them (wounds, captivity a count is freed from).

Each sentence here is written for the test (no published text); each row fails if its rule is taken out.
"""

from __future__ import annotations

import pytest

import claim_at
from crosscount.core.extract.places import article_variants
from crosscount.core.model import Claim


def claim(text: str, figure: str, published: str = "2025-11-12") -> Claim:
    """The row's claim (``claim_at.claim``), published on the table's day unless the row says another."""
    return claim_at.claim(text, figure, published)


SUBJECTS = [
    # article_variants: a side word or place spelt with its article hyphenated, lowercased or as "Al" for "El"
    ("Drone strikes on El-Geneina killed 14 people overnight.", "14", "Sudan · unspecified"),
    ("Seven civilians died when a shell hit a market in al-Fasher.", "Seven", "Sudan · civilians"),
    # place_takes_its_apposed_division: "Kani" alone is a city of Japan, "Kani Township, Sagaing Region" Myanmar's
    ("An airstrike killed six villagers in Kani Township, Sagaing Region.", "six", "Myanmar · civilians"),
    # … but a list of places keeps each its own
    ("Storms killed three people in Kani, Tokyo and Osaka.", "three", "Japan · unspecified"),
    # role_of_the_number_of: a toll owned by its role's noun
    ("A soldier died of his wounds, the IDF said, bringing the army's death toll in Gaza to 460.", "460",
     "Israel · military"),
    # identity_side: ", most of them refugees who fled X"
    ("The clinic in Adre treated 900 wounded people, most of them refugees who fled El Geneina.", "900",
     "Sudan · unspecified"),
    # refugees_of_their_origin, whatever befell them
    ("Measles has killed 17 refugees from Darfur in the Farchana camp.", "17", "Sudan · unspecified"),
    # the origin a few words after the count: "arrive each day from"
    ("UNHCR says 450 refugees arrive each day from Darfur.", "450", "Sudan · unspecified"),
    # struck_place_is_where: the place a blow struck, after the figure
    ("Nine people were killed in airstrikes on the Bekaa valley, the ministry said.", "Nine", "Lebanon · unspecified"),
    # captives_of_the_captor's_foe (sides.json _captives_of)
    ("Hamas handed over the remains of two hostages.", "two", "Israel · unspecified"),
    ("Islamic Jihad released three soldiers it had held.", "three", "Israel · military"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), SUBJECTS, ids=[t[:40] for t, *_ in SUBJECTS])
def test_subject_in_outside_reporting(text, figure, subject):
    assert claim(text, figure).subject == subject


CATEGORIES = [
    ("Fourteen sailors suffered concussions when the missile hit the ship.", "Fourteen", "wounded"),
    ("The swap returned 84 servicemen from Russian captivity.", "84", "captured"),
    ("The militia freed 12 aid workers it had held for a month.", "12", "captured"),
]


@pytest.mark.parametrize(("text", "figure", "category"), CATEGORIES, ids=[f"{f}:{c}" for _, f, c in CATEGORIES])
def test_category_near_outside_subjects(text, figure, category):
    assert claim(text, figure).category == category


@pytest.mark.parametrize(("name", "spelling"), [("El Fasher", "al-Fasher"), ("El Fasher", "Al Fasher"),
                                                ("An Nabatiyah", "An-Nabatiyah")])
def test_article_variants(name, spelling):
    assert spelling in article_variants(name)


def test_article_variants_of_a_plain_name():
    assert article_variants("Kharkiv") == ["Kharkiv"]
