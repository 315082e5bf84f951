"""The rules of the h-context6 batch: whose money a bare "$" or "Rs" is from the country the dateline, the paragraph
or the article names (and the claim says where it read it: ``Claim.unit_from``, a flag for a guess); a month-day
without a year that its clause tells as past stays in the past however near ahead it falls; and the people counted
in one list with things take the list's verb. One row a case, each a sentence of its own written for these tests."""

from __future__ import annotations

import pytest

import claim_at
from crosscount.core.export import claim_record
from crosscount.core.model import Claim


def claim(text: str, figure: str, published: str = "2025-05-01") -> Claim:
    """The row's claim (``claim_at.claim``), published on the table's day unless the row says another."""
    return claim_at.claim(text, figure, published)


CURRENCY = [
    # (text, figure, unit, unit_from, flagged as inferred)
    # the dateline's country by the sides' capitals (not places of the places table)
    ("CANBERRA — The navy will get $3.4 billion for new frigates.", "$3.4 billion", "AUD", "dateline", False),
    ("WELLINGTON — Councils will share $250 million for water pipes.", "$250 million", "NZD", "dateline", False),
    ("OTTAWA — The program costs $870 million a year.", "$870 million", "CAD", "dateline", False),
    ("CANBERRA (Reuters) - The fund holds $3.4 billion.", "$3.4 billion", "USD", "guess", True),  # a wire writes A$
    # the sentence's own country: read there, no flag
    ("The Reserve Bank of Australia said banks lent $41 billion in March.", "$41 billion", "AUD", "sentence", False),
    ("Sri Lanka's central bank printed Rs 90 billion.", "Rs 90 billion", "LKR", "sentence", False),
    ("The airline made a profit of $12 million in Texas.", "$12 million", "USD", "sentence", False),
    # Rs where only another sentence of the paragraph names the country: that country's, flagged
    ("Pakistan's cabinet met on Friday. It cleared Rs 60 billion for dams.", "Rs 60 billion", "PKR", "paragraph", True),
    ("Heavy rain hit Nepal's plains. The ministry released Rs 2 billion in aid.", "Rs 2 billion", "NPR", "paragraph",
     True),
    # a bare "$" where only another sentence of the paragraph names a dollar country: that one's, flagged
    ("The Reserve Bank of New Zealand cut rates. Mortgage debt stands at $370 billion.", "$370 billion", "NZD",
     "paragraph", True),
    ("Australia and Japan signed a pact.\n\nCanada's cabinet met. It set aside $4 billion.", "$4 billion", "CAD",
     "paragraph", True),
    # only another paragraph: the article's
    ("Sri Lankan tea exports slipped.\n\nAuction prices averaged Rs 1,150 a kilo.", "Rs 1,150", "LKR", "article", True),
    # two countries of the rupee named: no country chosen, the symbol's first currency, a guess
    ("India and Pakistan traded blame. The bill came to Rs 4 billion.", "Rs 4 billion", "INR", "guess", True),
    # a written currency is read from nowhere
    ("The bank lent A$2 billion and NZ$1 billion.", "A$2 billion", "AUD", None, False),
]


@pytest.mark.parametrize(("text", "figure", "unit", "unit_from", "flagged"), CURRENCY, ids=[c[0][:40] for c in CURRENCY])
def test_currency_from_the_text(text, figure, unit, unit_from, flagged):
    c = claim(text, figure)
    assert (c.unit, c.unit_from) == (unit, unit_from)
    assert any(f.startswith("currency inferred") for f in c.flags) is flagged, c.flags


def test_unit_from_is_in_the_json_and_the_export():
    c = claim("Nepal's budget is out. It allots Rs 300 billion to roads.", "Rs 300 billion")
    assert (c.as_dict()["unit"], c.as_dict()["unit_from"]) == ("NPR", "paragraph")
    assert claim_record(c)["unit_from"] == "paragraph"


AS_OF = [
    # (published, text, figure, as_of): a past event stays past, a future one goes forward, over the year's turn
    ("2025-01-05", "Turnout on Dec. 29 reached 61%.", "61%", "2024-12-29"),
    ("2025-12-20", "A summit on Jan. 10 will gather 30 leaders.", "30", "2026-01-10"),
    ("2025-12-20", "The landslide on Jan. 9 buried 14 homes.", "14", "2025-01-09"),
    ("2025-12-22", "Prices fell 3% on Jan. 4, traders said.", "3%", "2025-01-04"),
    ("2025-01-03", "In the auction on Feb. 12, 80 licences were sold.", "80", "2024-02-12"),
    ("2025-01-03", "The tender, due on Feb. 12, covers 80 licences.", "80", "2025-02-12"),
    ("2025-12-15", "Bids of $9 million are expected on Jan. 20.", "$9 million", "2026-01-20"),
    ("2025-12-15", "A proposed levy of 2% on Jan. 20 would fund the plan.", "2%", "2026-01-20"),
    ("2025-06-01", "The final is scheduled for March 12, with 64 teams.", "64", "2026-03-12"),
    ("2025-06-01", "On Sept. 16, the index dropped 2%.", "2%", "2024-09-16"),
    # a timetable's present: still to come, unless its clause tells a past
    ("2025-06-01", "The exhibition reopens on March 3 with 140 works.", "140", "2026-03-03"),
    ("2025-06-01", "The rule takes effect in February and covers 9 million workers.", "9 million", "2026-02"),
    ("2025-06-01", "Flights resume on Feb. 9, with 14 routes restored.", "14", "2026-02-09"),
    ("2025-06-01", "The museum reopened on March 3 with 140 works.", "140", "2025-03-03"),
    ("2025-01-02", "Stores were open on Dec. 26, and sales rose 6%.", "6%", "2024-12-26"),
]


@pytest.mark.parametrize(("published", "text", "figure", "as_of"), AS_OF, ids=[c[1][:40] for c in AS_OF])
def test_month_day_without_a_year(published, text, figure, as_of):
    assert claim(text, figure, published).as_of == as_of


CATEGORY = [
    # (text, figure, category): things take none, the people of their list the list's verb
    ("Kyiv said Moscow had lost 9 tanks, 31 armoured vehicles and 980 troops overnight.", "980", "casualties"),
    ("Kyiv said Moscow had lost 9 tanks, 31 armoured vehicles and 980 troops overnight.", "31", None),
    ("The rebels captured 20 pickup trucks and 45 government soldiers.", "45", "captured"),
    ("The rebels captured 20 pickup trucks and 45 government soldiers.", "20", None),
    ("The blast killed 4 workers and destroyed 16 trucks.", "16", None),
    ("The air force shot down 51 drones and 2 missiles.", "2", None),
    ("Russia lost 60 tanks and 2,500 men in the assault.", "2,500", "casualties"),
    ("The strike destroyed 12 tanks and 3 trucks, the army said.", "3", None),
]


@pytest.mark.parametrize(("text", "figure", "category"), CATEGORY, ids=[f"{c[0][:30]}-{c[1]}" for c in CATEGORY])
def test_things_list_verb(text, figure, category):
    assert claim(text, figure).category == category
