"""Abbreviations that news style writes with a full stop inside a sentence, and paragraphs.

Wire copy abbreviates months before a day ("Oct. 14", "Sept. 3") and names states the AP way ("Tulsa,
Okla."), and South Asian copy writes "Rs." before an amount; a stop after them does not end the sentence,
or the date that follows is cut off from the figure it dates. (``figures.sentence_bounds`` asks
``kept_abbreviation_before`` after its own list of titles: "Mr.", "No.", "U.S.".)
"""

from __future__ import annotations

import bisect
import re

from .lexicon.en import AMOUNT_ABBREVIATIONS, MONTH_ABBREVIATIONS, OTHER_ABBREVIATIONS, STATE_ABBREVIATIONS

# Month abbreviations (AP never abbreviates March to July; "Mar."/"Apr." are other styles'): they keep the
# sentence going only before a day; a currency's ("Rs.") only before its amount.
_MONTHS = tuple(MONTH_ABBREVIATIONS)
KEPT_ABBREVIATIONS = frozenset((*_MONTHS, *AMOUNT_ABBREVIATIONS, *STATE_ABBREVIATIONS, *OTHER_ABBREVIATIONS))


_BEFORE_A_NUMBER = frozenset((*_MONTHS, *AMOUNT_ABBREVIATIONS))
_NUMBER_AFTER_RE = re.compile(r"\s+\d")


def kept_abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends one of ``KEPT_ABBREVIATIONS`` (a whole word: "Oct.", not
    "Doct."); a month's only before its day ("on Oct. 14", but "They met in Sept. The talks failed"), a
    currency's only before its amount ("Rs. 3,120 crore")."""
    start = stop
    while start > stop - 6 and start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    word = text[start:stop]
    if word not in KEPT_ABBREVIATIONS or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == ".")):
        return False
    return word not in _BEFORE_A_NUMBER or _NUMBER_AFTER_RE.match(text, stop + 1) is not None


PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the text's paragraphs (blocks between blank lines)."""
    return [0, *(m.end() for m in PARAGRAPH_BREAK_RE.finditer(text))]


def same_paragraph(starts: list[int], a: int, b: int) -> bool:
    """Whether offsets ``a`` and ``b`` lie in one paragraph of those starting at ``starts`` (ascending)."""
    return bisect.bisect_right(starts, a) == bisect.bisect_right(starts, b)
