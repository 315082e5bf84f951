"""Reading the value of one number expression: "1,200", "3.5", "Eighty-four", "half a million".

Only values live here; deciding which numbers are claims, and their bounds and units, is claims.py's job.
"""

from __future__ import annotations

import re

from .patterns import fold

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9, "trillion": 1e12}
# Attached abbreviations of scales as the press writes them: 50k, $1.2m, €50bn, 3.5mn, $1MM, 2tn.
SUFFIX_SCALES = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "MM": 1e6, "b": 1e9, "B": 1e9,
                 "bn": 1e9, "tn": 1e12, "trn": 1e12, "T": 1e12}
# Letters that scale only a sum of money ("$2.174T"); after a bare number they are a unit ("5T": tonnes, teslas).
MONEY_ONLY_SUFFIXES = frozenset({"T"})

_WORD_SPLIT = re.compile(r"[\s-]+")
# What may group a numeral's thousands besides dots (as ``claims.SEED_RE`` reads them): removed with
# str.replace, a fifth of what a call into re costs for a numeral of a few characters.
_GROUP_SEPARATORS = (",", " ", "\u00a0", "\u202f")


def numeral_value(raw: str) -> float:
    """Value of a digit numeral with thousands commas, spaces or (two or more) dots: "40,000", "10 000",
    "1.000.000" → 40000.0, 10000.0, 1000000.0."""
    if raw.count(".") > 1:
        raw = raw.replace(".", "")
    for separator in _GROUP_SEPARATORS:
        if separator in raw:
            raw = raw.replace(separator, "")
    return float(raw)


def words_value(phrase: str) -> float | None:
    """Value of an English number phrase: "Eighty-four" → 84, "one hundred thousand" → 100000,
    "a dozen" → 12, "half a million" → 500000. None when the words do not form a number."""
    total = 0.0
    current = 0.0
    seen = False
    half = False
    for word in _WORD_SPLIT.split(fold(phrase).strip()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1.0
            continue
        if word == "half":
            half = True
            continue
        if word == "dozen":
            current = (current or 1.0) * 12
        elif word in SMALL:
            current += SMALL[word]
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    return value / 2 if half else value
