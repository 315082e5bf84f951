"""The one claim a rule table's row is about, and its source: shared by the rule tables (tests/test_*_rules.py)."""

from __future__ import annotations

import pytest

import crosscount
from crosscount.core.model import Claim


def claim(text: str, figure: str, published: str) -> Claim:
    """The claim whose text is ``figure`` in ``text`` published on ``published``; the row fails, naming what was
    found instead, where there is none."""
    found = {c.text: c for c in crosscount.extract(text, published=published)}
    assert figure in found, (figure, sorted(found))
    return found[figure]


def source_of(text: str, figure: str, published: str = "2025-05-01") -> str | None:
    """The source of the claim ``claim`` finds (the source rule tables' one look-up)."""
    return claim(text, figure, published).source


def source_table(table: list[tuple[str, str, str | None]]):  # type: ignore[no-untyped-def]
    """A source rule table's rows as the test's parameters (text, figure, source), each named by its opening words."""
    return pytest.mark.parametrize(("text", "figure", "source"), table, ids=[f"{t[:40]}|{f}" for t, f, _ in table])
