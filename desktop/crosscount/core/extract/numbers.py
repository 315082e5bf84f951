"""Reading the value of one number expression: "1,200", "3.5", "Eighty-four", "half a million".

Only values live here; deciding which numbers are claims, and their bounds and units, is figures.py's job.
"""

from __future__ import annotations

import re

from .lexicon.en import DENOMINATORS, DIGIT_WORDS, DOZEN_WORDS, SCALES, SMALL
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
    "a dozen" → 12, "half a million" → 500000. None when the words do not form a number.

    The rules, each named where it acts: a share before a scale ("quarter million", "three quarters
    billion") is that share of it; a share after a scale word ("one million and a half") is a share of that
    scale; a scale right after a scale multiplies it ("three lakh crore", "two thousand million"); "nought"
    opens a decimal ("nought point three"); "dozens" after a number counts dozens ("two dozens")."""
    total = 0.0
    current = 0.0
    seen = False
    half = False
    last_scale = 0.0  # the scale word just read (0 once another word follows): its share or its scale may come next
    before_and = 0.0  # what ``current`` held at the last "and": "dozens" count dozens of what follows it ("three hundred and two dozens")
    chunk = 0.0  # what that scale word added to the total
    tokens = [w for w in _WORD_SPLIT.split(fold(phrase).strip()) if w]
    i = 0
    while i < len(tokens):
        word = tokens[i]
        i += 1
        share = _share_at(tokens, i if word == "and" else i - 1)
        if share is not None and (word == "and" or not seen):
            scale_after = share[1] < len(tokens) and tokens[share[1]] in SCALES
            if word == "and" and last_scale and not current and not scale_after:
                # share_after_scale_word: "one million and a half" (but "one billion and a half million" adds a half million)
                total += share[0] * last_scale
            else:  # "two and a half", "five and three quarters" add a part; "a quarter (million)" opens with one
                current = current + share[0] if word == "and" else share[0]
            i = share[1]
            seen = True
            last_scale = 0.0
            continue
        if word == "and":
            before_and = current
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
        scale = SCALES.get(word, 0.0) if word != "hundred" else 0.0
        if word in DENOMINATORS and not seen:  # share_before_scale: "quarter million" is a quarter of it
            current = 1.0 / DENOMINATORS[word]
        elif word in DOZEN_WORDS:
            current = before_and + ((current - before_and) or 1.0) * 12
        elif word in SMALL:
            current += SMALL[word]
        elif word in DIGIT_WORDS and i < len(tokens) and tokens[i] == "point":  # nought_point: "nought point three"
            current += DIGIT_WORDS[word]
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif scale and last_scale and not current and scale > last_scale:  # scale_of_a_scale: "three lakh crore"
            total += chunk * (scale - 1.0)
            chunk *= scale
        elif scale:
            chunk = (current or 1.0) * scale
            total += chunk
            current = 0.0
        else:
            return None
        last_scale = scale
        if scale:
            before_and = 0.0
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
