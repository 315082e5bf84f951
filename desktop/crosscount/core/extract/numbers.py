"""Reading the value of one number expression: "1,200", "3.5", "Eighty-four", "half a million".

Only values live here; deciding which numbers are claims, and their bounds and units, is figures.py's job.
"""

from __future__ import annotations

import re

from .lexicon.en import DENOMINATORS, DIGIT_WORDS, SCALES, SMALL
from .patterns import fold

_WORD_SPLIT = re.compile(r"[\s-]+")
# What may group a numeral's thousands besides dots (as ``figures.SEED_RE`` reads them): removed with
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
    tokens = [w for w in _WORD_SPLIT.split(fold(phrase).strip()) if w]
    i = 0
    while i < len(tokens):
        word = tokens[i]
        i += 1
        share = _share_at(tokens, i if word == "and" else i - 1)
        if share is not None and (word == "and" or not seen):
            # "two and a half", "five and three quarters" add a part; "a quarter (million)" opens with one
            current = current + share[0] if word == "and" else share[0]
            i = share[1]
            seen = True
            continue
        if word == "and":
            continue
        if word == "point" and seen:  # "nine point eight five": the digits after "point" are decimals
            digits = ""
            while i < len(tokens) and tokens[i] in DIGIT_WORDS:
                digits += str(DIGIT_WORDS[tokens[i]])
                i += 1
            if not digits:
                return None
            current += int(digits) / 10 ** len(digits)
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


def _share_at(tokens: list[str], i: int) -> tuple[float, int] | None:
    """A part of a whole written at ``tokens[i]`` ("a half", "one third", "three quarters"): (its value,
    the index after it), or None."""
    if i + 1 >= len(tokens) or tokens[i + 1] not in DENOMINATORS:
        return None
    numerator = 1.0 if tokens[i] in ("a", "an") else float(SMALL.get(tokens[i], 0))
    return (numerator / DENOMINATORS[tokens[i + 1]], i + 2) if numerator else None
