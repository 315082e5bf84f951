"""The one claim a rule table's row is about: shared by the rule tables (tests/test_*_rules.py)."""

from __future__ import annotations

import crosscount
from crosscount.core.model import Claim


def claim(text: str, figure: str, published: str) -> Claim:
    """The claim whose text is ``figure`` in ``text`` published on ``published``; the row fails, naming what was
    found instead, where there is none."""
    found = {c.text: c for c in crosscount.extract(text, published=published)}
    assert figure in found, (figure, sorted(found))
    return found[figure]
