"""Abbreviations that news style writes with a full stop inside a sentence, and paragraphs.

Wire copy abbreviates months before a day ("Oct. 14", "Sept. 3") and names states the AP way ("Tulsa,
Okla."); a stop after them does not end the sentence, or the date that follows is cut off from the
figure it dates. (``claims.sentence_bounds`` asks ``kept_abbreviation_before`` after its own list of
titles: "Mr.", "No.", "U.S.".)
"""

from __future__ import annotations

import re

# AP month abbreviations (March, April, May, June, July are never abbreviated; "Mar."/"Apr." other styles);
# they keep the sentence going only before a day.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# AP state abbreviations (two-letter postal codes with a stop, "N.Y.", are caught as initials).
_STATES = ("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
           "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt",
           "Wash", "Wis", "Wyo")
# Ranks, titles and company forms beyond the titles ``claims`` keeps.
_OTHER = ("Adm", "Capt", "Maj", "Cpl", "Pvt", "Rev", "Prof", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Nos")
KEPT_ABBREVIATIONS = frozenset((*_MONTHS, *_STATES, *_OTHER))


_MONTH_SET = frozenset(_MONTHS)
_DAY_AFTER_RE = re.compile(r"\s+\d")


def kept_abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends one of ``KEPT_ABBREVIATIONS`` (a whole word: "Oct.", not
    "Doct."); a month's only before its day ("on Oct. 14", but "They met in Sept. The talks failed")."""
    start = stop
    while start > stop - 6 and start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    word = text[start:stop]
    if word not in KEPT_ABBREVIATIONS or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == ".")):
        return False
    return word not in _MONTH_SET or _DAY_AFTER_RE.match(text, stop + 1) is not None


PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the text's paragraphs (blocks between blank lines)."""
    return [0, *(m.end() for m in PARAGRAPH_BREAK_RE.finditer(text))]
