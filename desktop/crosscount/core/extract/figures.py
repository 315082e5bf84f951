"""Finding every numeric claim in a text: its exact span, value or range, bound, unit and what it is per.

How it stays fast: one pass over the text (``scan``) finds where a number, a date or what must never be
a figure (``MASK_RE``: times, phone numbers) may start, and tries each pattern there only; web addresses
are found from their "@" and "http". All else is decided by anchored patterns on the few dozen
characters around each number, so the cost grows with the number of figures, not with the number of
words. Nothing here imports pint or Babel: the vocabularies they give are read once from resources (see
currencies.py and unit_words.py).

Semantic fields (category, subject, source, a per read from the noun phrase) come from semantics.describe;
as_of from ``as_of.sentence_as_of``.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import cache
from typing import Final

from ..model import Claim
from . import currencies, slavic
from .as_of import paragraph_as_of, sentences_as_of
from .dates import DATE_PREFIXES, DATE_RE, date_mentions, infer_reference, parse_iso
from .language import paragraph_languages
from .lexicon.en import (
    AFTER_A_PAIRED_AMOUNT,
    AND_BOUNDS,
    ANGLE_WORDS,
    BODY_WEIGHT_LIMIT,
    BODY_WEIGHT_VERBS,
    CATEGORY_VERBS,
    CHANGE_HEDGES,
    CHANGE_VERBS,
    CLOCK_LIKE_SYMBOLS,
    COMPARED_SUM_WORDS,
    COMPARISON_SYMBOLS,
    DENOMINATORS,
    DIGIT_WORDS,
    DIMENSION_ADJECTIVES,
    DOZEN_WORDS,
    FAHRENHEIT_COUNTRIES,
    FALLING_RANGE_WORDS,
    FEW,
    FOOT_IDIOM_WORDS,
    FUEL_WORDS,
    GRADE_CODES,
    GRADE_NOUNS,
    GRADED_STANDARDS,
    HALVES_INTO_QUARTERS,
    HEDGES,
    HYPHENATED_UNITS,
    IDENTIFIER_WORDS,
    INCLUSIVE_OF_STRICT,
    LENGTH_WORDS,
    LEVEL_WORDS,
    MONEY_ONLY_SUFFIXES,
    MONTHS,
    OR_BOUNDS,
    ORDINAL_UNITS,
    PAIRING_WORDS,
    PEOPLE,
    PER_ADVERBS,
    PER_PERSON_MODIFIERS,
    PER_WORDS,
    PERIOD_ADJECTIVES,
    PERIOD_DENOMINATORS,
    POWER_WORDS,
    QUARTER_ENDS,
    RANGE_DASHES,
    RANGE_END_HEDGES,
    RANGE_WORDS,
    RANK_ADJECTIVES,
    RATE_PERIODS,
    RATE_SYMBOLS,
    RELATIVE_TIME_WORDS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SEASON_ENDS,
    SHORT_PERIODS,
    SIGN_WORDS,
    SMALL,
    SPEECH_WORDS,
    STREET_KINDS,
    SUFFIX_SCALES,
    TIME_AFTER_A_PERIOD,
    TIME_UNITS,
    TITLE_ABBREVIATIONS,
    UNCERTAINTY_MARKS,
    UNITS_BEFORE_OF,
    UP_VERBS,
    VAGUE_SCALES,
    VULGAR_FRACTIONS,
    WEATHER_SERVICES,
    WEATHER_WORDS,
    WEEKDAYS,
    WEIGHED_NOUNS,
    WEIGHED_UNITS,
    WEIGHT_WORDS,
    WHEN_AFTER_A_LEVEL,
    WORDS_AFTER_ARTICLE,
    WORDS_BEFORE_A_FIGURE,
    WORDS_BEFORE_A_NAME,
    WORLD_PRICED_PER,
)
from .numbers import numeral_value, words_value
from .patterns import (
    NOT_ASCII_WORD,
    fold,
    gate,
    last_words,
    may_contain,
    may_end_in,
    may_open_with,
    phrases,
    prefix_trie,
    spellings,
    trie,
    whole_words,
    word_start_scan,
)
from .places import dateline, place_mentions
from .places import places as place_table
from .semantics import Span, dateline_side, describe, side_mentions
from .sentences import kept_abbreviation_before, paragraph_starts
from .unit_words import COMPOUND_UNITS, lexicon, prefixed_unit, surface_forms

# ---------------------------------------------------------------------------------------------- patterns

_NUM_WORDS = sorted([*SMALL, *SCALES, *DOZEN_WORDS], key=len, reverse=True)
# The word lists below are written as tries (``patterns.trie``): an alternation of forty words, longest
# first, made re enter every branch under IGNORECASE at each number word; the trie reads a letter once and
# still offers the longer word first, so it matches exactly what the alternation did.
_W = "(?:" + trie(_NUM_WORDS) + ")"
_SCALE_WORDS = [*SCALES, *SCALE_ABBREVIATIONS, *sorted(DOZEN_WORDS, key=len, reverse=True)]  # "15 bln rubles", "3 dozen"
_SCALE_WORD = r"(?:hundred\s+thousand|lakh\s+crore|" + "|".join(_SCALE_WORDS) + ")"  # "1.5 lakh crore": 1.5e12
_SCALE_VALUES = {**SCALES, **SCALE_ABBREVIATIONS, **dict.fromkeys(DOZEN_WORDS, 12.0)}
_ZERO_WORDS = [w for w, v in DIGIT_WORDS.items() if v == 0 and w not in SMALL]  # "nought", "naught": only before "point"
# the numerators of a share written in words ("a third", "five eighths")
_NUMERATORS = "|".join(["an?", *sorted((w for w, v in SMALL.items() if 0 < v < 10), key=len, reverse=True)])

_SEED_WORDS = [*_NUM_WORDS, "tens", "hundreds", "thousands", "millions", "billions", "scores", "several",
               *DENOMINATORS, *_ZERO_WORDS]


_SEED_FIRST = "".join(sorted({w[0] for w in [*_SEED_WORDS, "a"]}))  # one class turns away "in", "was", "it", …
# (an article is written out for each case: re skips a branch that opens with a literal at one look)
_ARTICLE_GATE = "|".join(rf"{a}[nN]?[\s-]+(?:{trie(sorted({w[:4] for w in WORDS_AFTER_ARTICLE}), ignore_case=True)})" for a in "aA")
_VULGAR = "".join(VULGAR_FRACTIONS)
_SEED_GATE = (rf"(?=[.\d{_VULGAR}{_SEED_FIRST}{_SEED_FIRST.upper()}])(?=[\d{_VULGAR}]|\.\d|{trie([w[:5] for w in _SEED_WORDS], ignore_case=True)}"
              rf"|{_ARTICLE_GATE})")
# "scores of people", but not "test scores of pupils" or "the scores of both teams"
_QUANTIFIER_SCORES = "".join(rf"(?<!{w}\s)" for w in ("the", "his", "her", "its", "their", "our", "test", "exam",
                                                      "credit", "poll", "approval", "average", "high", "low"))
_QUANTIFIER_SCORES += r"scores(?=\s+of\b)"
BY_BEFORE_RE = re.compile(rf"(?i:\bby\s+(?:(?:{phrases(CHANGE_HEDGES)})\s+)?)$")
_FRACTIONS = trie(list(DENOMINATORS))
# compound denominators: "twenty-fifth", "twenty-firsts" (tens, a hyphen, the ordinal of a unit)
_COMPOUND_ORDINAL = (rf"(?:{'|'.join(w for w, v in SMALL.items() if v >= 20)})-(?:{'|'.join(ORDINAL_UNITS)})")
# compound_plural_denominator: after a number in words, tens and a unit's plural ordinal are one denominator,
# hyphenated or not ("one hundred thirty-fifths" 100/35, "three twenty firsts" 3/21, "twenty twenty fifths" 20/25):
# no number of firsts is a share, and "thirty-fifths" is never thirty, then fifths. The chain of the numerator's
# words stops before them (_NOT_A_COMPOUND_DENOMINATOR), but not after "and", which binds the tens to the numerator
# ("one hundred and thirty fifths": 130/5); a number whose only word is the tens keeps its reading ("twenty fifths": 20/5).
_TENS = "|".join(w for w, v in SMALL.items() if v >= 20)
_COMPOUND_PLURAL_ORDINAL = rf"(?:{_TENS})(?:\s?-\s?|\s+)(?:{'|'.join(ORDINAL_UNITS)})s"
_NOT_A_COMPOUND_DENOMINATOR = rf"(?!{_COMPOUND_PLURAL_ORDINAL}\b)"
# plural denominators after any number in words ("twenty-three fifths", "three hundred and two thirds"): a share
_PLURAL_FRACTIONS = trie([d for d in DENOMINATORS if d.endswith("s") and d not in PERIOD_DENOMINATORS])
# "a quarter million", "two and a half million": the scales a share of one may come before
_SCALES_AFTER_SHARE = rf"(?:{'|'.join(w for w, v in SCALES.items() if v >= 1e3)})\b"
# A bare decimal (".5") never starts at the full stop of a fused press symbol ("ரூ.500" is 500 rupees, read
# after the symbol by ``scan``): one look-behind for each such symbol's letters, derived from the table.
_NOT_AFTER_A_DOTTED_SYMBOL = "".join(f"(?<!{re.escape(s[:-1])})" for s in sorted(currencies.FUSED_PRESS_SYMBOLS)
                                     if s.endswith("."))
SEED_RE = re.compile(
    rf"""
    (?<!\w){_SEED_GATE}(?:
    (?P<slash>(?<![\w/.,])(?:(?P<whole>\d{{1,3}})[ \u00a0]{{1,2}})?(?P<sn>\d{{1,2}})/(?P<sd>\d{{1,2}})(?![\d/]))  # "1/4", "2 1/2"
  | (?P<num>(?<![\w.,])(?P<numeral>(?:\d{{1,3}}(?:(?:,\d\d)+,\d{{3}}(?![\d,])|(?:,\d{{3}})+|(?:[\u00a0\u202f]\d{{3}})+(?!\d)|(?:[ ]\d{{3}})+(?!\d|[,.]\d)|(?:\.\d{{3}}){{2,}}(?![\d.]))|\d+)(?:\.\d+)?|{_NOT_AFTER_A_DOTTED_SYMBOL}\.\d+)(?![\d])(?P<vf>[{_VULGAR}])?  # "1½": a whole and a vulgar fraction
        (?P<exp>[eE][-+−]?\d{{1,3}}(?!\w|\.\d)|\s?[x×]\s?10(?:\^[-+−]?\d{{1,3}}|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[-−]\d{{1,2}})(?!\w|\.\d)|\^[-+−]?\d{{1,3}}(?!\w|\.\d))?  # "4e14", "2.5x10^6", "1.3×10−6", "10^6"
        (?:(?P<suffix>{'|'.join(sorted(SUFFIX_SCALES, key=len, reverse=True))})(?![A-Za-z\d]))?
        (?:[\s-]?{gate(_SCALE_WORDS)}(?P<scale>(?i:{_SCALE_WORD}))\b
           (?P<part>(?i:\s+and\s+(?:{_NUMERATORS})[\s-](?:{_FRACTIONS})\b))?)?)  # "3 million and a half"
  | (?P<vulgar>(?<![\w/.,])[{_VULGAR}])  # "½ tsp", "a ⅓ cup"
  | (?P<vague>(?<![\w-])(?i:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)|thousands|millions|billions|hundreds|dozens|{_QUANTIFIER_SCORES})\b)
  | (?P<few>(?<![\w-])(?i:(?P<fewword>several|a\s+few|a\s+couple\s+of|a\s+handful\s+of)\s+(?P<fewscale>hundred|thousand|million|billion|dozen))\b)
  | (?P<half>(?<![\w-])(?i:half\s+an?\s+(?:million|billion|thousand|dozen))\b)
  | (?P<frac>(?<![\w-])(?i:(?P<fwords>(?:an?\s+(?=(?:hundred|thousand|million|billion)\b))?{_W}(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+(?!(?:{_NUMERATORS})(?:\s?-\s?|\s+)(?:{_FRACTIONS})\b)|[\s-]+{_NOT_A_COMPOUND_DENOMINATOR}){_W})*)(?:\s?-\s?|\s+)(?P<fplural>{_PLURAL_FRACTIONS}|{_COMPOUND_PLURAL_ORDINAL})\b(?!\s+{_SCALES_AFTER_SHARE})
        |(?P<fnum>{_NUMERATORS})(?:\s?-\s?|\s+)(?P<fden>{_FRACTIONS}|{_COMPOUND_ORDINAL})\b(?!\s+{_SCALES_AFTER_SHARE})|half(?!\s+{_SCALES_AFTER_SHARE}))
        (?:(?=\s+of\b)|(?P<fbare>))(?:\s+of\s+an?\s+(?P<fscale>(?i:million|billion|thousand)))?)
  | (?P<words>(?<![\w-])(?i:(?:(?:(?:{_NUMERATORS})[\s-]+)?(?:{_FRACTIONS})\s+(?={_SCALES_AFTER_SHARE})  # "quarter million"
           |an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:{_W}|(?:{'|'.join(_ZERO_WORDS)})(?=\s+point\b))
        (?:\s+and\s+(?:{_NUMERATORS})[\s-](?:{_FRACTIONS})\b
          |\s+point(?:\s+(?:{'|'.join(DIGIT_WORDS)})\b)+  # "nine point eight five"
          |(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+|[\s-]+){_W})*)\b)
    )""",
    re.VERBOSE,
)

# Where a number or a date may start: right after a character that is not part of a word, at a digit or at
# the first letters of a number word or a date. Numbers, dates and masks share this one pass over the text
# (``scan``). Its gate is one trie of both kinds of first letters, not the two patterns' gates one after the
# other: re then reads the first letters of each word once (a fifth of the pass's time).
_START_PREFIXES = {v for w in _SEED_WORDS for v in spellings(w[:5])} | DATE_PREFIXES
NUMBER_OR_DATE_START_RE = re.compile(
    rf"{NOT_ASCII_WORD}(?=[.\d{_VULGAR}{''.join(sorted({p[0] for p in _START_PREFIXES} | set('aA')))}])"
    rf"(?={prefix_trie(_START_PREFIXES)}|{_ARTICLE_GATE}|[\d{_VULGAR}]|\.\d)")

URL_RE = re.compile(r"(?:https?://|www\.)\S+")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def _url_spans(text: str) -> list[tuple[int, int]]:
    """``URL_RE.finditer(text)``'s spans, the pattern tried only where "http" or "www." starts: searched
    over the whole text, re tries its alternatives at every character (a web address in an article cost
    as much as extracting a tenth of it)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        http, www = text.find("http", pos), text.find("www.", pos)
        at = min(http, www) if http != -1 and www != -1 else max(http, www)
        if at == -1:
            return spans
        if (m := URL_RE.match(text, at)) is not None:
            spans.append(m.span())
            pos = m.end()
        else:
            pos = at + 1


def address_spans(text: str) -> list[tuple[int, int]]:
    """Web and e-mail addresses, whose digits are never figures.

    An e-mail address is matched only from the start of the run of address characters before each "@":
    ``EMAIL_RE`` searched over the whole text tries every position and backs off character by character
    from each, which cost more than all the rest of the text's extraction."""
    spans = _url_spans(text)
    at, floor = text.find("@"), 0  # an address starts where the one before it ended, as in a search
    while at != -1:
        start = at
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        if (m := EMAIL_RE.match(text, start)) is not None:
            spans.append(m.span())
            floor = m.end()
        at = text.find("@", at + 1)
    return spans


# What is never a figure: phone numbers, times, decades, "#5". Each starts with a digit at the start of a
# word (after "+", "(", "'" or "#" for the marked ones), so the pattern is tried only where the shared scan
# (``scan``) finds a number may start, never at every character. A mask starts at its first digit: the
# mark before it holds no number to hide. The marked forms are tried first ("+44 20 7946 0958" is one
# international number, not a national one).
MASK_RE = re.compile(
    r"""
    (?<!\w)(?<!\d[.,])(?=\d)(?:                                         # (never inside a decimal: "2.1 pm" is a length)
        (?<=[+'\#])(?:                                               # after a mark
            (?<=\+)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b    #   international phone numbers
          | (?<=')\d0s\b                                                #   '90s
          | (?<=\#)\d+)                                               #   "#5"
      | (?=0|\d{1,3}+(?:[.:)]|[\s.-]\d|\s*+(?:[aApP]\.?[mM]|[oO]['’]))|\d{3}0s|\d{4}[ -]\d{3}[ -]\d)(?:  # what may follow the first
                                                                    # digits: most numbers ("5,000", "12 men") stop here
          (?<!\d\s)0[1-9]\d{1,3}(?:[\s-]\d{3,4}){1,2}\b                 # national phone numbers: 0800 123 4567
        | \d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b                             # 202-555-0100, (202) 555 0100
        | \d{4}[ -]\d{3}[ -]\d{3,4}\b                                   # 1800 020 080 (no thousands group has four digits)
        | \d\d?[:.][0-5]\d(?::\d{2})?\s*(?i:[ap]\.?m\.?)(?!\w)          # times with am/pm (not "2.82 pm": no such minute)
        | \d\d?:\d{2}(?::\d{2})?\b                                      # 24-hour times
        | \d\d?\s*(?i:[ap]\.m\.|[ap]m\b)                                 # "5 p.m."
        | \d\d?\s*(?i:o['’]clock)                                        # "6 o'clock"
        | (?:1[89]|20)\d0s\b)                                         # decades
    )""",
    re.VERBOSE,
)


# An amount a rate follows ("50 a day", "10 per litre"): a letter symbol before it is money, as a name has none.
_AMOUNT_BEFORE_A_RATE = (r"\d+(?:\.\d+)?[ \t]+(?i:a|an|per|each)[ \t]+(?i:"
                         + "|".join(sorted((w for w in PER_WORDS if w.isalpha()), key=len, reverse=True)) + r")\b")


def _fused_symbol_re() -> re.Pattern[str]:
    """A press symbol of letters fused to the amount after it ("Sh10,000", "N1.2 trillion"): the letters
    that need an amount's shape (see ``currencies.SYMBOLS_NEEDING_AN_AMOUNT``) only before
    thousands groups, a scale word ("P529.6-billion", "R5.7bn"), a decimal and a scale letter ("BD12.5m"),
    a price's two decimals ("R23.50", "P0.35") or a rate after the amount ("P50 a day", "R560 a month": a
    name has none). Derived from the tables, never kept by hand."""
    free = [s for s in currencies.FUSED_PRESS_SYMBOLS if s not in currencies.SYMBOLS_NEEDING_AN_AMOUNT]
    shaped = sorted(currencies.SYMBOLS_NEEDING_AN_AMOUNT)
    long_suffixes = sorted((x for x in SUFFIX_SCALES if len(x) > 1), key=len, reverse=True)  # "R5.7bn", not "R5m"
    all_suffixes = sorted(SUFFIX_SCALES, key=len, reverse=True)
    return re.compile(rf"(?<![A-Za-z\d])(?:(?P<free>{'|'.join(map(re.escape, sorted(free, key=len, reverse=True)))})(?=\d)"
                      rf"|(?P<shaped>{'|'.join(map(re.escape, shaped))})(?=\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|(?:0|[1-9]\d*)\.\d\d(?![\d,]|\.\d)"
                      rf"|{_AMOUNT_BEFORE_A_RATE}"
                      rf"|\d+(?:\.\d+)?(?:[\s-]?(?i:{_SCALE_WORD})\b|(?:{'|'.join(long_suffixes)})(?![A-Za-z\d]))"
                      rf"|\d+\.\d+(?:{'|'.join(all_suffixes)})(?![A-Za-z\d])))")  # "BD12.5m": a decimal before any scale letter


FUSED_SYMBOL_RE = _fused_symbol_re()
_FUSED_SYMBOL_REACH = max(map(len, currencies.FUSED_PRESS_SYMBOLS))
# Each fused symbol's shortest written ending ("Sh" also ends "KSh"): where one ends right before a digit, a
# fused amount may start.
_FUSED_SYMBOL_ENDS = tuple(sym for sym in currencies.FUSED_PRESS_SYMBOLS
                           if not any(o != sym and sym.endswith(o) for o in currencies.FUSED_PRESS_SYMBOLS))
# The digits right after a character that such an ending, or a fused code's capital, ends with (the class derived
# from the table): one pass that skips from digit to digit in C, where a literal pattern for each ending read the
# whole text once each (27 passes, 4% of the news mix's extraction).
_AFTER_A_FUSED_END_RE = re.compile(
    rf"\d(?<=[{''.join(re.escape(c) for c in sorted({sym[-1] for sym in _FUSED_SYMBOL_ENDS}))}A-Z]\d)")


def _is_three_capitals(word: str) -> bool:
    """Whether ``word`` is three ASCII capitals, as a fused code is written ("USD" of "USD115.5")."""
    return len(word) == 3 and word.isascii() and word.isalpha() and word.isupper()


def fused_code_before(text: str, start: int) -> str | None:
    """code_fused_before_amount: the ISO code written fused to the amount at ``start`` ("USD115.5",
    "EUR750m", "GBP4.20"), or None: only before an amount's shape (decimals, thousands groups, a scale), as
    codes fused to a bare integer are names ("COP28", "AMD64"), but those of the most traded currencies
    (``currencies.CODES_FUSED_TO_A_WHOLE_NUMBER``: "USD115", "EUR48"); never a code that is also a word ("TOP10")."""
    code = text[max(0, start - 3): start]
    if code not in currencies.written_codes() or code in currencies.CODES_THAT_ARE_WORDS:
        return None
    if start > 3 and text[start - 4].isalnum():
        return None
    if code not in currencies.CODES_FUSED_TO_A_WHOLE_NUMBER and _AMOUNT_SHAPE_RE.match(text, start) is None \
            and not _shaped_amount_before(text, start - 3, code):
        return None  # (code_of_its_pair: "at SDG2,850, against about SDG570 before the war"; "SDG16", a goal, is none)
    return code


# Where a letter symbol that needs an amount's shape stands before a bare number ("up from N897", "between N700
# and N900", "to Tk 175"), the words that may come before it: a change's or a pair's, never an article ("the N2").
_PAIRED_SYMBOL_BEFORE_RE = re.compile(
    rf"(?<![\w.])(?:from|to|than|against|versus|vs|at|by|and|or|between)[ \t]+({'|'.join(map(re.escape, sorted(currencies.SYMBOLS_NEEDING_AN_AMOUNT, key=len, reverse=True)))})[ \t]?$")
_PAIRED_SYMBOL_REACH = 160  # how far back in its sentence the amount a bare one pairs with may be
_AMOUNT_SHAPE_RE = re.compile(rf"\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d+\.\d+|\d+(?:\.\d+)?(?:\s?(?i:{_SCALE_WORD})\b"
                              rf"|(?:{'|'.join(sorted(SUFFIX_SCALES, key=len, reverse=True))})(?![A-Za-z\d]))")
# "MSEK", "MEUR", "MUSD": millions of the code, as Nordic interim reports write them
_LETTERED_DOLLAR_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,3})[ \t]?$")  # the letters before a "$" (see lettered_dollar)
_MILLION_CODE_BEFORE_RE = re.compile(r"(?<![A-Za-z])M([A-Z]{3})\s?$")


_AMOUNT_BEFORE_A_RATE_RE = re.compile(_AMOUNT_BEFORE_A_RATE)


def _shaped_amount(text: str, at: int) -> bool:
    """Whether the number at ``at`` has an amount's shape (thousands groups, decimals, a scale) or a rate after it."""
    return _AMOUNT_SHAPE_RE.match(text, at) is not None or _AMOUNT_BEFORE_A_RATE_RE.match(text, at) is not None


@cache
def _symbol_before_a_digit_re(symbol: str) -> re.Pattern[str]:
    """``symbol`` written before an amount, fused or spaced ("N1,030", "Tk 10")."""
    return re.compile(rf"(?<![A-Za-z\d]){re.escape(symbol)}[ \t]?(?=\d)")


@cache
def _pair_after_re(symbol: str) -> re.Pattern[str]:
    """A bare number, then a range's or a pair's word and ``symbol`` again ("700 and N", "2m to N"): up to where
    the other amount starts."""
    return re.compile(rf"\d[\d,.]*(?:[A-Za-z]{{1,2}}(?![A-Za-z]))?[ \t]*(?:-|–|[ \t](?:and|to|or)[ \t])[ \t]*{re.escape(symbol)}[ \t]?(?=\d)")


def _is_million_code(word: str) -> bool:
    return len(word) == 4 and word[0] == "M" and word[1:] in currencies.codes()


def _scale_seed(seed: _Seed, factor: float) -> None:
    seed.low, seed.high, seed.raw_value = seed.low * factor, seed.high * factor, seed.raw_value * factor
    seed.has_scale = True


def fused_symbol_before(text: str, start: int) -> re.Match[str] | None:
    """The fused press symbol that ends right at ``start`` ("Sh" of "Sh10,000"), or None."""
    for at in range(max(0, start - _FUSED_SYMBOL_REACH), start):
        fused = FUSED_SYMBOL_RE.match(text, at)
        if fused is not None and fused.end() == start:
            return fused
    return None


def paired_symbol_before(text: str, start: int) -> tuple[int, str] | None:
    """symbol_of_its_pair: a letter symbol that needs an amount's shape, before a bare number ``start`` after a
    change's or a pair's word, where the same symbol writes an amount of that shape (or before a rate) as its
    pair: the amount just before it in its sentence ("N1,030 per litre, up from N897") or the other end of its
    range ("between N700 and N900 per kilogramme", "N2m and N3.5m"). A road or a class keeps no money ("the
    N2 and N3", "P1 and P2 pupils"): (where the symbol starts, its code), or None."""
    m = _PAIRED_SYMBOL_BEFORE_RE.search(text, max(0, start - 14), start)
    if m is None:
        return None
    symbol = m.group(1)
    code = currencies.FUSED_PRESS_SYMBOLS.get(symbol) or currencies.table()["symbols"].get(symbol)
    after = _pair_after_re(symbol).match(text, start)
    if _shaped_amount_before(text, m.start(), symbol) or (after is not None and _shaped_amount(text, after.end())):
        return m.start(1), str(code)
    return None


def _shaped_amount_before(text: str, at: int, symbol: str) -> bool:
    """Whether the sentence before ``at`` writes ``symbol`` before an amount of an amount's shape (``_shaped_amount``),
    within ``_PAIRED_SYMBOL_REACH``: the pair that makes a bare amount after the same symbol money (symbol_of_its_pair,
    code_of_its_pair)."""
    window = text[max(0, at - _PAIRED_SYMBOL_REACH): at]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1:]  # its own sentence
    offset = at - len(window)
    return any(_shaped_amount(text, offset + m.end()) for m in _symbol_before_a_digit_re(symbol).finditer(window))


@cache
def _seed_after_symbol() -> re.Pattern[str]:
    """``SEED_RE`` without the look-behinds that keep a number from starting inside a word: the numeral after
    a fused symbol (its groups are SEED_RE's, so a match reads the same). Compiled at the first fused symbol,
    not at import: compiling a copy of SEED_RE took a sixth of the import's time, and most texts have none."""
    return re.compile(SEED_RE.pattern.replace(r"(?<!\w)", "", 1).replace(r"(?P<num>(?<![\w.,])", "(?P<num>", 1),
                      SEED_RE.flags)


def scan(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]:
    """``SEED_RE.finditer(text)``, ``DATE_RE.finditer(text)`` and ``MASK_RE.finditer(text)``, each pattern
    tried only where ``NUMBER_OR_DATE_START_RE`` says a number or a date may start (every mask starts
    with a digit, so with a number), and the numbers also right after a fused press symbol ("Sh10,000"),
    where no word boundary stands."""
    numbers, dates, masks = word_start_scan(NUMBER_OR_DATE_START_RE, [SEED_RE, DATE_RE, MASK_RE], text)
    # where a fused symbol's ending, or three capitals of a code (checked in ``fused_code_before``), stand right
    # before a digit
    ends = [d.start() for d in _AFTER_A_FUSED_END_RE.finditer(text)
            if text.endswith(_FUSED_SYMBOL_ENDS, 0, d.start())
            or (_is_three_capitals(text[max(0, d.start() - 3): d.start()]) and fused_code_before(text, d.start()))]
    fused = [m for end in ends if (fused_symbol_before(text, end) is not None or fused_code_before(text, end)
                                   or paired_symbol_before(text, end))
             and (m := _seed_after_symbol().match(text, end)) is not None and m.lastgroup == "num"]
    if not fused:
        return numbers, dates, masks
    merged: list[re.Match[str]] = []
    covered = -1  # the end of the last fused number: a number starting inside it is part of it ("billion")
    for n in sorted([*fused, *numbers], key=lambda n: (n.start(), n.re is SEED_RE)):
        if n.re is not SEED_RE:
            merged.append(n)
            covered = n.end()
        elif n.start() >= covered:
            merged.append(n)
    return merged, dates, masks


# "climbed past 50,000" is a bound, "its past 3 elections" is not
_DETERMINER_BEFORE_RE = re.compile(r"(?i:\b(?:the|its|his|her|their|our|my|your|this|that|these|those|a|an)\s+past)$")
# how far back a hedge can reach, and in how many words by its last word ("than": 5, 4, 2), longest first:
# derived from the list, never kept by hand
_HEDGE_LENGTHS: dict[str, tuple[int, ...]] = {
    last: tuple(sorted({len(h.split()) for h in HEDGES if h.split()[-1] == last}, reverse=True))
    for last in {h.split()[-1] for h in HEDGES}}
_HEDGE_REACH = max(len(h) for h in HEDGES) + 8  # (room for wider spacing and an opening mark)
# a comparison symbol at the end of the text before a figure, never part of an arrow ("->", "=>", "<<")
_COMPARISON_BEFORE_RE = re.compile(
    rf"(?<![-=<>])({'|'.join(map(re.escape, sorted(COMPARISON_SYMBOLS, key=len, reverse=True)))})$")
_COMPARISON_LAST = frozenset(symbol[-1] for symbol in COMPARISON_SYMBOLS)
# where each hedge starts, at the end of the text before a figure, however its words are spaced
_HEDGE_AT_END_RE = {h: re.compile(phrases([h]) + "$", re.IGNORECASE) for h in HEDGES}
_OPENING_MARKS = "([\"“‘'"  # a hedge may open a bracket or a quote: "(about 5,000"
RANGE_START_RE = re.compile(r"(?<![\w-])(?i:(?P<w>between|from))\s+$")
_RANGE_START_WORDS = last_words(["between", "from"])


_LOWER_BOUNDS = ("at_least", "more_than")
_UPPER_BOUNDS = ("at_most", "less_than")
# A change ("fell by about 30,000") followed by "to" and a figure this many times larger is the level
# it reached, not the top of a range of the change ("cut by 10 to 15 percent").
_LEVEL_OVER_CHANGE = 10.0
# Where each end writes its own scale ("jumped $1.2bn to $5.6bn", "rose 3.5m to 12.1m"), a level more than this many
# times the change will do: a range of a change writes its scale once ("rose $1 to $2 billion") or is that close.
_LEVEL_OVER_SCALED_CHANGE = 2.0


def _change_then_level(change: _Seed, level: _Seed) -> bool:
    """change_then_level: whether, after a verb of change, two numbers joined by "to" are the change and the
    level it reached rather than a range: the second more than ``_LEVEL_OVER_CHANGE`` times the first ("fell 12p
    to 320p"), or more than ``_LEVEL_OVER_SCALED_CHANGE`` times where each writes its own scale ("jumped $1.2bn
    to $5.6bn"). A first end without the second's scale shares it ("rose $1 to $2 billion" is a range)."""
    first = change.high
    if not change.has_scale and level.has_scale and level.raw_value and change.raw_value <= level.raw_value:
        first = change.high * level.low / level.raw_value
    if change.has_scale and level.has_scale:
        return level.low > _LEVEL_OVER_SCALED_CHANGE * first
    return level.low > _LEVEL_OVER_CHANGE * first


def range_start(text: str, start: int) -> re.Match[str] | None:
    """"between" or "from" right before ``start``, where a range opens."""
    if not may_end_in(text[max(0, start - 10): start], _RANGE_START_WORDS):
        return None
    return RANGE_START_RE.search(text, max(0, start - 10), start)

_CHANGE_VERBS = rf"(?:{'|'.join(CHANGE_VERBS)})"
# change_then_level: "fell 12p to 320p", "rose $2 to $30": a change verb right before a figure, then "to"
# and one more than ``_LEVEL_OVER_CHANGE`` times larger, is the change and the level it reached
CHANGE_VERB_RIGHT_BEFORE_RE = re.compile(rf"(?i:\b{_CHANGE_VERBS}[ \t]+)$")
_CHANGE_VERB_RE = re.compile(rf"(?i:\b{_CHANGE_VERBS}\b)")
CHANGE_BEFORE_RE = re.compile(
    rf"(?i:\b{_CHANGE_VERBS}\b[^.;]{{0,40}}$)"
)
# "from 100,000 to as many as 200,000": a hedge on the closing end of a range belongs to the range
RANGE_END_HEDGE_RE = re.compile(rf"(?i:{phrases(RANGE_END_HEDGES)})\s+")
RATIO_RE = re.compile(r"\s+in\s+(?:every\s+)?|\s+out\s+of\s+(?:every\s+)?")
_OVER_RE = re.compile(r"\s+over\s+")
_PLURAL_AFTER_RE = re.compile(r"[ \t]+[a-z]+s\b")
# a plain number and the plural noun it counts ("20 startups"): after a code that is a word, the word's number
_COUNTED_AFTER_NUMBER_RE = re.compile(r"\d[\d,.]*[ \t]+[a-z]+s\b")
_DEGREE_SCALE_AFTER_RE = re.compile(r"°[ \t]+on[ \t]+the[ \t]+(?i:(celsius|fahrenheit|centigrade))[ \t]+scale\b")
_SPREAD_BEFORE_RE = re.compile(r"\d[\d.,]*[ \t]*(?:±|\+/-|\+/−)[ \t]*$")
_IN_AFTER_RE = re.compile(r"[ \t]?in\b(?:\.(?=[ \t]+[a-z]))?")  # after feet, fused too ("6ft 2in"); its stop only
# where the sentence goes on ("6 ft 2 in. tall"), never the sentence's own full stop
# percent_word_before_of: "Per cent of 210", "percents of twenty" opening a sentence, a heading or a form's entry,
# the word written before its number (nothing else before it in its sentence)
_PERCENT_WORD_BEFORE_RE = re.compile(r"(?:(?<=[.!?:;\n(])|(?<![\s\S]))[ \t\"“]*(?i:percents?|per[ \t]?cents?)[ \t]+of[ \t]+$")
_PERCENT_WORD_REACH = len("per cent of ") + 6
# The rule that reads each kind of number as written (``Claim.rules`` opens with it).
_SEED_RULES = {"num": "numeral", "words": "number_in_words", "vague": "vague_quantity", "few": "a_few_of_a_scale",
               "half": "half_a_scale", "frac": "fraction_in_words", "frac_count": "fraction_of_a_scale",
               "slash": "fraction_with_slash"}
_TO_RE = re.compile(r"[ \t]+to[ \t]+")  # between where a change went from and where to
_LIST_SEP_RE = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")  # between the items of a list
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;:!?)]|,\s|$)")
_EITHER_BEFORE_RE = re.compile(r"(?i:\beither\s+)$")
# a bound right before a share makes it one without "of": "more than half said", "nearly a third voted"
_BOUND_BEFORE_SHARE_RE = re.compile(r"(?i:\b(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|over|under)\s+)$")
CONNECTOR_RE = re.compile(rf"^(?:-?\s*(?P<w>{phrases(RANGE_WORDS)})\s+|\s?(?P<d>[{RANGE_DASHES}])\s?)")  # "8- to 16-metre"
CONNECTOR_REACH = max(map(len, RANGE_WORDS)) + 3  # the window the connector is read in: " through "
# (bound_after_and: "60% and above", never "12 and more were missing", "5 and over the years", "5 and over 10")
_AND_BOUND_STOPS = ("than", "the", "a", "an", "its", "their", "his", "her", "this", "that", "were", "are", "was", "is", "have",
                    "has", "had", "will", "would")
_AND_BOUND_STOP = rf"(?![ \t]*[\d$€£]|[ \t]+(?:{'|'.join(_AND_BOUND_STOPS)})\b)"
SUFFIX_BOUND_RE = re.compile(rf"^(?:(?P<plus>-plus\b|-odd\b|\+(?![\d\w]))|(?P<ish>-?ish)\b|\s+or\s+(?P<or>{'|'.join(OR_BOUNDS)})\b"
                             rf"|[ \t]+and[ \t]+(?P<and>{'|'.join(AND_BOUNDS)})\b{_AND_BOUND_STOP})")
# "or equal (to)" after a strict bound's number ("more than 5000 or equal to"), never before another number
# ("more than 5 or equal to 6": two figures)
_OR_EQUAL_AFTER_RE = re.compile(r"[ \t]+or[ \t]+equal\b(?![ \t]+to[ \t]*[\d$€£])(?:[ \t]+to\b)?")
# the window it is read in (" or fewer ", " and more were ")
SUFFIX_BOUND_REACH = len(" and ") + max(map(len, [*OR_BOUNDS, *AND_BOUNDS])) + max(map(len, _AND_BOUND_STOPS)) + 3
# (the characters each of these patterns may open with, white space aside: gates for ``may_open_with``)
CONNECTOR_FIRSTS = "".join(sorted({w[0] for w in RANGE_WORDS})) + RANGE_DASHES
SUFFIX_BOUND_FIRSTS = "-+oia"
PERCENT_FIRSTS = "%‰pPbBo-"  # ("o": "0.25 of a percentage point")
PER_FIRSTS = "-/aApPeEmMwWdDyYhH"
# A part of a point after a share word: "a quarter point", "half a percentage point", "a quarter of a
# percentage point", "a half-point cut": a change of rate in percentage points, not a share of 25 percent.
POINTS_AFTER_SHARE_RE = re.compile(r"(?:\s+of)?(?:\s+an?)?[\s-]+(?i:percentage[\s-]+points?|points?)\b")
# share_of_a_percent: "half a per cent", "a quarter of a percent": a part of one percent, not a share of 50
PERCENT_AFTER_SHARE_RE = re.compile(r"(?:\s+of)?\s+an?[\s-]+(?i:per\s?cent|percent)\b")
PERCENT_RE = re.compile(
    r"^(?:(?P<points>[\s-](?i:(?:of\s+an?\s+)?percentage[\s-]+points?|per\s?cent(?:age)?[\s-]points?|pp)\b|\s?%-points?\b)"  # "a 0.25-percentage-point cut", "0.25 of a percentage point"
    r"|(?P<bp>[\s-](?i:basis[\s-]+points?)\b|\s?bps?\b)"  # "a 50-basis-point rise"
    r"|(?P<mille>\s?‰|\s(?i:per[\s-]?mill?e?)\b)"  # per_mille: "0.5 per mille", "1.9‰" (blood alcohol, birth rates)
    r"|\s?%|\s?(?i:per\s?cents?|pct)\b|-(?i:percent)\b|\s?pc\b|\s(?i:percentage)\b)"  # "30pc", "2.3 pc" in British
    # and Irish papers (never "3 pcs"); "15 percents", "30 percentage" as non-native copy writes them
)
PER_RE = re.compile(
    r"^(?:-an?-(?P<hyph>month|year|day|week|share)\b|\s*(?:(?i:a|an|per|each|every)\s+|\s?/\s?)(?P<per>[A-Za-z]+(?:[\s-]hours?)?)\b(?!-[A-Za-z])"
    rf"(?!\s+(?:{'|'.join(TIME_AFTER_A_PERIOD)}|since(?!\s+[A-Z\d])))"  # ("a day since April" is a rate from April on)
    rf"|\s+(?P<adv>(?i:{'|'.join(PER_ADVERBS)}))\b)"
)
# per_unit_of_a_good: "$78.40 per barrel of crude", "$8.60 per kilogram of milk solids": "per" and a unit of
# PER_WORDS before "of" and the good (PER_RE takes no "of" after its word: "a quarter of", "a third of")
PER_UNIT_OF_RE = re.compile(r"[ \t]*(?i:per)[ \t]+(?P<per>[A-Za-z]+(?:[ \t-]hours?)?)[ \t]+of\b")  # ("per kilowatt-hour of")
# "11,000 deaths a week", "200 people per day": the counted noun between the figure and its period
# ("1,000 soldiers daily", "more than 1,000 drones weekly": an adverb of PER_ADVERBS after the noun too; never a
# share, "300 families, a quarter of them from Gaza")
_RATE_PERIOD_AFTER = rf"(?:(?:a|an|per|each|every)\s+(?P<per>(?i:{'|'.join(RATE_PERIODS)}))|(?P<adv>(?i:{'|'.join(PER_ADVERBS)})))\b(?!\s+of\b)"
PER_AFTER_NOUN_RE = re.compile(rf"\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|men|women|children)\s+{_RATE_PERIOD_AFTER}")
# "55 bcm of gas a year", "$2bn of aid per month", "38 bcm of gas annually", "70 kg of food per person": what the
# amount is of, then its period or the person it is per (PER_WORDS that say "person")
_PER_PERSON_WORDS = "|".join(w for w, p in PER_WORDS.items() if p == "person")
PER_AFTER_OF_RE = re.compile(
    rf"\s+of\s+(?:[a-z]+\s+){{1,2}}(?:{_RATE_PERIOD_AFTER}|per\s+(?P<person>(?i:{_PER_PERSON_WORDS}))\b)")
# "A ton of wheat costs $230", "a litre of petrol now sells for 55 rubles": a price per the unit named first
PRICE_PER_BEFORE_RE = re.compile(
    r"(?i:\b(?=[aoep])(?:a|an|one|each|per)\s+(?P<unit>kilo(?:gram(?:me)?)?|kg|litre|liter|gallon|barrel|ton(?:ne)?|loaf|"
    r"dozen|pound|bag|bottle|pack(?:et)?|cup|square\s+metre|square\s+meter|night|ticket|dose|share|unit)"
    r"\s+of\s+(?:[\w'’-]+\s+){1,4}(?:now\s+|still\s+|currently\s+)?(?:costs?|costing|sells?\s+for|sold\s+for|"
    r"(?:is|was)\s+(?:priced\s+at|selling\s+for)|fetch(?:es|ed)?|trades?\s+at|traded\s+at)\s+)$"
)
PRICE_VERB_STEMS = ("cost", "sell", "sold", "priced", "fetch", "trade")  # one of them is in every price above
# "four times the average wage", "three times as many": a multiplier, not a figure
TIMES_AFTER_RE = re.compile(r"\s+times\s+(?:the|as|more|higher|larger|greater|bigger|less|lower|smaller|fewer|what|that|its|their)\b")
MAX_AGE = 120
AGE_BEFORE_RE = re.compile(
    rf"(?i:\b{gate([*PEOPLE, 'age', 'as'])}(?:(?:{'|'.join(PEOPLE)})\s+(?:aged\s+)?(?:under|over|above|below|older\s+than|younger\s+than)|"
    r"aged(?:\s+between)?|ages(?:\s+of)?|age|as\s+(?:young|old)\s+as)\s+)$"  # "some as young as three"
)
AGE_LAST_WORDS = last_words(["under", "over", "above", "below", "than", "aged", "between", "ages", "of", "age", "as"])  # of AGE_BEFORE_RE
# What a word before the figure's noun makes it a rate of: a period ("a monthly stipend of"), a person ("per capita
# income rose to"); the noun phrase (two words at most), then "of" or a verb of the level ("rose to", "stood at")
_RATE_MODIFIERS: dict[str, str] = {**PERIOD_ADJECTIVES, **{" ".join(w.replace("-", " ").split()): p
                                                          for w, p in PER_PERSON_MODIFIERS.items()}}
_PER_ADJECTIVES = tuple(sorted({w.split()[-1] for w in _RATE_MODIFIERS}))  # (a cheap first look for PER_BEFORE_RE)
_PERIOD_ADJECTIVE_WORDS = tuple(PERIOD_ADJECTIVES)
_RATE_MODIFIER_ALTERNATIVES = sorted({w.replace(" ", r"[\s-]+") for w in _RATE_MODIFIERS}, key=len, reverse=True)
PER_BEFORE_RE = re.compile(
    rf"(?i:\b{gate(_RATE_MODIFIER_ALTERNATIVES)}(?P<adv>{'|'.join(_RATE_MODIFIER_ALTERNATIVES)})\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:of\s+|(?:rose|fell|grew|climbed|increased|reached|stood\s+at|was|is)\s+(?:to\s+)?)?)$")
# rate_of_the_compared: the words between a sum at a rate and a sum compared with it (COMPARED_SUM_WORDS)
_COMPARED_SUM_RE = re.compile(  # (a year between them is no figure: "£3,400 in 2024, up from £3,150 in 2023")
    r"(?:[^.;:?!\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d)){0,60}?[\s,](?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in COMPARED_SUM_WORDS) + r")\s+")
IDENT_BEFORE_RE = re.compile(
    rf"(?:[A-Za-z]-?|(?<![\w]){gate(IDENTIFIER_WORDS)}(?i:{'|'.join(map(re.escape, IDENTIFIER_WORDS))})\s+|(?<![\w])No\s+)$"
)
_IDENT_LAST_WORDS = last_words(IDENTIFIER_WORDS)
# A grade after the number: "98 octane", "95 RON petrol" (GRADE_NOUNS; GRADE_CODES before FUEL_WORDS)
GRADE_AFTER_RE = re.compile(
    rf"[ \t]*(?:(?i:{'|'.join(map(re.escape, GRADE_NOUNS))})|(?:{'|'.join(map(re.escape, GRADE_CODES))})[ \t]+"
    rf"(?i:{'|'.join(map(re.escape, FUEL_WORDS))}))\b")
GRADED_STANDARD_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, GRADED_STANDARDS))})[ \t]+$")  # "Euro 6"


def names_an_identifier(before: str) -> bool:
    """Whether ``before`` ends in a word that names the number after it ("Article ", "Su-", "No ")."""
    last = before.removesuffix("\n")  # (re's "$" also matches before a final newline)
    if not (last.endswith("-") or last[-1:].isalpha() or may_end_in(before, _IDENT_LAST_WORDS)):
        return False
    return IDENT_BEFORE_RE.search(before, _last_word_start(before)) is not None
YEAR_PREP_RE = re.compile(
    r"(?i:\b(?:in|since|by|of|from|until|till|to|before|after|during|early|late|mid|year|years|the|its|this|"
    r"that|spring|summer|autumn|fall|winter|between|and|through|circa|around|'s|since|election|budget|census|fy|"
    + "|".join(SHORT_PERIODS) + r")[\s-]+$)"  # (and a quarter's or a half's: "Q3 2024 profit", "H1 2025")
)
FUNCTION_AFTER_RE = re.compile(
    r"^[\s,]*(?:(?i:was|is|were|are|and|or|to|when|saw|has|had|have|will|would|after|before|the|a|an|in|on|"
    r"at|for|of|with|as|by|it|which|that|but|alone|onwards|election|elections|census|budget|season|"
    r"olympics|campaign|invasion|war|report|survey|study|figures?|data|levels?)\b|[^\w\s]|$)"
)
# A weighing word right before a figure (its hedge aside): its "pounds" are a weight ("the bomb weighed about 500 pounds").
WEIGHING_BEFORE_RE = re.compile(r"(?i:\bweigh(?:s|ed|ing|t|ts)?(?:\s+(?:of|in\s+at|at))?\s+)$")
# a body's weight verb right before a count ("lost 25 pounds"), and a sentence that weighs ("heavier", "a ton")
BODY_WEIGHT_BEFORE_RE = re.compile(rf"(?i:\b(?:{phrases(BODY_WEIGHT_VERBS)})\s+)$")
_BODY_WEIGHT_REACH = max(map(len, BODY_WEIGHT_VERBS)) + 4
_BRACKET_RE = re.compile(r"\s*\(\s*(?:(?:about|around|nearly|some|roughly)\s+)?(?:[A-Z]{1,2}(?=\$))?")  # "($2,500)", "(about US$2,500)"
CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2014]|\s(?:and|but|while|whereas)\s")
WEIGHT_WORD_RE = re.compile(whole_words(WEIGHT_WORDS))
ANGLE_WORD_RE = re.compile(whole_words(ANGLE_WORDS))
WEATHER_WORD_RE = re.compile(whole_words(WEATHER_WORDS))
WEATHER_SERVICE_RE = re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, WEATHER_SERVICES), key=len, reverse=True))})\b")
_DEGREE_WORDS = frozenset({"degree", "degrees"})
LENGTH_WORD_RE = re.compile(whole_words(LENGTH_WORDS))
_LENGTH_OR_LEVEL_RE = re.compile(whole_words(LENGTH_WORDS | LEVEL_WORDS))
# a casualty verb right before a number ("killed 40"): the number is a toll, not a year or an age
CASUALTY_BEFORE_RE = re.compile(rf"(?i:\b(?:{'|'.join([*CATEGORY_VERBS, 'lost'])})\s+)$")
# a record's frame: a superlative or "first", then "in", "for" or "since" ("the lowest in", "its first cut since")
COMPARISON_FRAME_BEFORE_RE = re.compile(r"(?i:\b(?:[a-z]+est|first|low|high)(?:\s+[a-z]+)?\s+(?:in|for|since)\s+)$")
TIME_FRAME_BEFORE_RE = re.compile(
    r"(?i:\b(?:over|in|within|during|after|for|past|last|next|first|coming|previous|every|each|the)\s+(?:the\s+)?)$"
)
CASUALTY_AFTER_RE = re.compile(
    r"^(?:\s+[A-Za-z-]+){0,3}?\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?"
    r"(?:killed|dead|died|dies|wounded|injured|missing|captured|hurt)\b"
)
_NAME_GOES_ON_RE = re.compile(r"-?\w")  # "five C-130s": the "C" of a name, not degrees Celsius
_SIGN_REACH = max(map(len, SIGN_WORDS)) + 1  # how far back a sign is looked for: "negative "
_SIGN_WORD_ENDINGS = tuple(w + " " for w in SIGN_WORDS)
SIGN_BEFORE_RE = re.compile(rf"(?:(?:^|(?<=[\s(\[<>=≤≥]))[-−]|(?<![\w-])(?i:{'|'.join(SIGN_WORDS)})\s+)$")
_UNCERTAINTY = phrases(UNCERTAINTY_MARKS)
_UNCERTAINTY_BEFORE_RE = re.compile(rf"(?:{_UNCERTAINTY})\s*$", re.IGNORECASE)
_UNCERTAINTY_REACH = max(map(len, UNCERTAINTY_MARKS)) + 3
_COPULAS = frozenset({"is", "was", "are", "were", "equals", "equal", "makes"})
# A lone "m" is metres before a word of space ("2m deep", "300m above") and before a clause's preposition or
# its end ("rose 1.5m in a week"), except in a clause that changes a count (``scale_letter_after_a_change``)
_SPATIAL_AFTER = DIMENSION_ADJECTIVES | frozenset("away above below under sprint deep-water".split())
_METRE_AFTER = _SPATIAL_AFTER | frozenset("from to in on at of over".split())
# "in" after a number is inches where a size or the end of a clause follows ("2 in thick", "8 in."), never
# the preposition it is everywhere else ("5 in 2019", "2 in 10 adults")
_INCH_AFTER_RE = re.compile(rf"in(?:\.|(?=\s*(?:[,;:)]|$|(?:{'|'.join(sorted(DIMENSION_ADJECTIVES))})\b)))")


@cache
def _currency_prefix() -> re.Pattern[str]:
    """Symbols and codes that stand right before a number ("$", "US$", "€", "USD "). Each list is a trie:
    searched over the characters before a number, an alternation of 154 codes and 63 symbols was tried
    at each of them (26,000 instructions a look-up; a space in a symbol stands for any white space)."""
    t = currencies.table()
    symbols = trie(list(t["symbols"])).replace(r"\ ", r"\s+")
    codes = trie(sorted([*currencies.written_codes(), *currencies.LOWER_CASE_CODES]))
    return re.compile(rf"(?:(?<![A-Za-z])(?P<sym>{symbols})|\b(?P<code>{codes}))\s?$")


@cache
def _prefix_last_chars() -> frozenset[str]:
    """Characters a currency symbol or code can end with ("$", "€", "D" of "USD", …)."""
    t = currencies.table()
    return frozenset(f[-1] for f in [*t["symbols"], *currencies.written_codes(), *currencies.LOWER_CASE_CODES])


@cache
def _currency_first_words() -> frozenset[str]:
    """The first word of every currency name or sub-unit: most words after a number open none, and need no look-ups."""
    return frozenset(name.split(" ")[0] for name in [*currencies.table()["names"], *_sub_units()])


@cache
def _dollar_sub_units() -> frozenset[str]:
    """The sub-units a bare dollar's "$" shares, as written ("cents", "dimes", the "c" of "4.5c"): the ones read
    as US dollars."""
    return frozenset(word for word, (code, _) in [*_sub_units().items(), *currencies.FUSED_SUB_UNITS.items()] if code == "USD")


@cache
def _sub_units() -> dict[str, tuple[str, float]]:
    """{"cents": ("USD", 0.01), …}: the hundredth parts, read as their main unit."""
    return {word: (str(code), float(factor)) for word, (code, factor) in currencies.table()["sub_units"].items()}


@cache
def _symbols_after() -> tuple[str, ...]:
    """Currency symbols without Latin letters or digits ("€", "$", "₴", "元", "лв."), longest first: the ones
    text may write after a figure ("10 €", "25 $", "100元"), where a Latin letter symbol ("Fr") would be a word."""
    symbols = [s for s in currencies.table()["symbols"] if not any(ch.isascii() and ch.isalnum() for ch in s)]
    return tuple(sorted(symbols, key=len, reverse=True))


@cache
def _symbol_first_chars() -> frozenset[str]:
    return frozenset(symbol[0] for symbol in _symbols_after())


_US_QUALIFIER_RE = re.compile(r"U\.S\.(?=\s)")


@cache
def _sign_symbols() -> frozenset[str]:
    """The one-character currency symbols ("$", "€", "£"): a sign may stand between one and its amount."""
    return frozenset(sym for sym in currencies.table()["symbols"] if len(sym) == 1 and not sym.isalnum())


@cache
def _unit_first_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first word of every unit word form (lowercase) and of every unit symbol."""
    words, symbols = surface_forms()
    return frozenset(w.split(" ")[0] for w in words), frozenset(s.split(" ")[0] for s in symbols)


# The words right after a number, read as tokens: currency names and units are then found by
# dictionary look-ups on one to three tokens instead of trying hundreds of regex alternatives. A token is
# taken whole (possessive quantifiers): what follows it is optional, so giving back characters could never
# make a match that taking them all did not, and re need not keep the positions to give back (a quarter
# faster). The class lists the ASCII word characters before \w, which re tests with a Unicode look-up.
_TOKEN = r"((?:[^\W\d_]|°|¢)[0-9A-Za-z_\w°²³/'’]*+(?:-[^\W\d_]++)*+)"
# Up to four tokens in one match: the first right after the number or after a hyphen, the rest after spaces.
_TOKENS_RE = re.compile(rf"([ \t]*+|-){_TOKEN}(?:([ \t]++){_TOKEN}(?:([ \t]++){_TOKEN}(?:([ \t]++){_TOKEN})?)?)?")


def _tokens_after(text: str, pos: int) -> list[tuple[str, int, int, str]]:
    """Up to four (separator, start, end, token) after ``pos``; later tokens need a space before."""
    m = _TOKENS_RE.match(text, pos)
    if m is None:
        return []
    out: list[tuple[str, int, int, str]] = []
    groups = m.groups()  # (one call for all, not four a token: each call on a match costs ~300 instructions)
    for sep in (0, 2, 4, 6):
        token = groups[sep + 1]
        if token is None:
            break
        start = m.start(sep + 2)
        out.append((groups[sep], start, start + len(token), token))
    return out


# Every sentence break starts at one of a few characters, so the pattern opens with that character set
# and Python's re skips everything else without trying the alternatives (three times faster than
# alternatives that each start differently). What follows it depends on which character it was:
SENTENCE_BREAK_RE = re.compile(
    r"[.!?:\"”\n](?:"
    r"(?P<stop>(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9]))"  # "… killed. The" (after . ! ?)
    r"|(?<=\n)[ \t]*\n\s*"  # a blank line: a new paragraph
    r"|(?<=[.!?:\"”])[ \t]*\n\s*"  # a line that ends in a stop, a colon or a closing quote
    r"|(?P<line>(?<=\n)(?=[ \t]*[A-Z\"“])))"  # a headline: a line of words, then a capitalized line
)
ABBREVIATION_BEFORE_RE = re.compile(rf"(?:\b(?:{'|'.join(TITLE_ABBREVIATIONS)})|\b[A-Z]\.[A-Z])$")
_ABBREVIATION_ENDINGS = last_words(TITLE_ABBREVIATIONS)


def abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("Mr.", "U.S.")."""
    window = text[max(0, stop - 6): stop]
    last = window.removesuffix("\n")  # (re's "$" also matches before a final newline: "U.S\n")
    if not (last[-2:-1] == "." or may_end_in(window, _ABBREVIATION_ENDINGS, then="")):
        return False
    return ABBREVIATION_BEFORE_RE.search(text, max(0, stop - 6), stop) is not None

# ---------------------------------------------------------------------------------------------- assembly


# The values of one pass are plain classes, not dataclasses: mypyc compiles their __init__ to C, where a
# dataclass's generated __init__ stays interpreted Python (0.07 µs against 1.4 µs a value; seeds, figures,
# dates and spans together took 7% of extraction's time).
class _Seed:
    """A number as written, before what stands around it is read (mutable: a sign or a suffix may change it)."""

    def __init__(self, start: int, end: int, low: float, high: float, kind: str, suffix: str | None = None,
                 has_scale: bool = False, raw_value: float = 0.0) -> None:
        self.start = start
        self.end = end
        self.low = low
        self.high = high
        self.kind = kind  # "num" | "words" | "vague" | "few" | "half" | "frac" | "frac_count"
        self.suffix = suffix
        self.has_scale = has_scale
        self.raw_value = raw_value
        self.in_main_unit = False  # a sub-unit's value ("34 cents") already read as its main unit
        self.sub_unit = 1.0  # the part of the main unit it was written in ("5 mao": 0.1)
        self.spread_start = -1  # where "±" or "plus or minus" before the number starts, if one does
        self.rule: str | None = None  # how it was written, where its kind does not say ("comma_list_without_spaces")
        self.head = -1  # where the list it is an item of starts, if it is a later item of one ("5,10,15")


class _Figure:
    """A figure with its bound, kind and unit: what becomes a claim."""

    def __init__(self, start: int, end: int, low: float | None, high: float | None, bound: str, kind: str,
                 unit: str | None, per: str | None, estimate: float | None, rules: tuple[str, ...] = ()) -> None:
        self.start: Final = start
        self.end: Final = end
        self.low: Final = low
        self.high: Final = high
        self.bound: Final = bound
        self.kind: Final = kind
        self.unit: Final = unit
        self.per: Final = per
        self.estimate: Final = estimate
        self.rules: Final = rules  # the rules that made it, in the order they applied (``Claim.rules``)


def _seed_from_match(m: re.Match[str]) -> _Seed | None:
    g = m.lastgroup
    start, end = m.span()
    if g == "num":  # most seeds: their groups in one call on the match (each call costs ~300 instructions)
        numeral, suffix, scale_word, part, exp, vulgar = m.group("numeral", "suffix", "scale", "part", "exp", "vf")
        written = numeral_value(numeral) + (VULGAR_FRACTIONS[vulgar] if vulgar else 0.0)
        if exp and exp[0] == "^":  # power_of_a_numeral: "10^6", "2.5^-1"
            powered = _power(written, exp)
            if powered is None:
                return None
            written = powered
        elif exp:  # (written out again, not multiplied: 2.48e-5 exactly, not 2.4800000000000003e-05)
            written = float(f"{written!r}e{_exponent(exp)}")
        total = written
        if scale_word:  # each word scales: "hundred thousand", "lakh crore"
            factor = math.prod(_SCALE_VALUES.get(word, 1.0) for word in fold(scale_word).split())
            total *= factor
            if part:  # "3 million and a half": half a million more
                total += (words_value("zero " + part) or 0.0) * factor
        elif suffix:
            total *= SUFFIX_SCALES[suffix]
        if not math.isfinite(total):
            return None  # 310 digits and more: past what a float holds, so no figure (never low=inf)
        return _Seed(start, end, total, total, "num", suffix=suffix, has_scale=bool(scale_word or suffix), raw_value=written)
    if g == "vulgar":
        part = VULGAR_FRACTIONS[m.group(0)]
        return _Seed(start, end, part, part, "num", raw_value=part)
    if g == "slash":
        numerator, denominator = int(m.group("sn")), int(m.group("sd"))
        if not 0 < numerator < denominator:
            return None  # "24/7", "9/9": not a part of a whole
        mixed = int(m.group("whole") or 0) + numerator / denominator
        return _Seed(start, end, mixed, mixed, "slash", raw_value=mixed)
    text = m.group(0)
    if g == "vague":
        words = fold(text).split()
        scale = VAGUE_SCALES[words[-1]]
        if words[0] == "dozens" and len(words) == 1:
            return _Seed(start, end, 24.0, 100.0, "vague")
        if words[0] == "scores":  # "scores of people": two score or more, into the hundreds
            return _Seed(start, end, 40.0, 200.0, "vague")
        factor = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}.get(words[0], 1.0) if len(words) > 1 else 1.0
        return _Seed(start, end, factor * scale, factor * scale * 10, "vague")
    if g == "few":
        lo, hi = FEW[" ".join(fold(m.group("fewword")).split())]
        scale = 12.0 if fold(m.group("fewscale")) == "dozen" else SCALES[fold(m.group("fewscale"))]
        return _Seed(start, end, lo * scale, hi * scale, "few")
    if g == "frac":
        if fold(m.group("frac")) == "half" and _ORDINAL_BEFORE_HALF_RE.search(m.string, max(0, start - 12), start):
            return None  # part_of_a_period: "the first half of the season", "the second half": a period, no share
        fden = m.group("fden")
        if fden and fden[0].isupper() and fold(m.group("fnum")) in ("a", "an"):
            return None  # an article and a capitalised ordinal name something: "a Fourth of July parade", "a Third Way"
        if m.group("fbare") is not None and not m.group("fwords") and not _bare_share(m) \
                and not _BOUND_BEFORE_SHARE_RE.search(m.string, max(0, start - 16), start) \
                and not BY_BEFORE_RE.search(m.string, max(0, start - 25), start) \
                and not _unit_word_after(m.string, end) and not POINTS_AFTER_SHARE_RE.match(m.string, end) \
                and not PERCENT_AFTER_SHARE_RE.match(m.string, end):
            return None  # "a third time", "half the town"; but "fell by almost a third" is a share, "one-half miles" a length
        if m.group("fwords"):  # plural_share_is_a_share, of any number: "twenty-three fifths"
            numerator_words = words_value(m.group("fwords"))
            if numerator_words is None:
                return None
            share = numerator_words / _denominator(m.group("fplural"))
        else:
            numerator = 1 if fold(m.group("fnum") or "a") in ("a", "an") else SMALL[fold(m.group("fnum"))]
            share = numerator / _denominator(m.group("fden") or "half")
        if m.group("fscale"):  # "a quarter of a million": a count
            count = share * SCALES[fold(m.group("fscale"))]
            return _Seed(start, end, count, count, "frac_count", has_scale=True, raw_value=count)
        seed = _Seed(start, end, share * 100, share * 100, "frac")  # "two-thirds of respondents": a share
        if m.group("fplural") and fold(m.group("fplural")) not in DENOMINATORS:
            seed.rule = "compound_plural_denominator"  # "three twenty firsts"
        return seed
    # "half" or "words"
    value = words_value(text)
    if value is None:
        return None
    tokens = fold(text).replace("-", " ").split()
    ends_in_scale = len(tokens) > 1 and tokens[-1] in SCALES and tokens[-1] != "hundred"
    before_scale = (words_value(" ".join(tokens[:-1])) or value) if ends_in_scale else value
    return _Seed(start, end, value, value, "half" if g == "half" else "words", has_scale=ends_in_scale,
                 raw_value=before_scale)


def _rest_after_hundred(text: str, seed: _Seed, nxt: _Seed) -> bool:
    """rest_after_hundred: a whole numeral of hundreds written with the word ("3 hundred"), then "and" and a bare
    whole numeral under a hundred, are one number as English says it ("3 hundred and 21": 321, as "three hundred
    and twenty-one" is); a larger scale's "and" may join a list ("5 million and 20 more")."""
    return seed.kind == "num" and nxt.kind == "num" and seed.has_scale and not nxt.has_scale \
        and seed.raw_value.is_integer() and seed.low == seed.raw_value * 100 \
        and fold(text[seed.start: seed.end]).endswith("hundred") \
        and nxt.low.is_integer() and 0 < nxt.low < 100


# A list of three or more whole numbers written without spaces ("5,10,15"), that no grouping of thousands reads
_COMMA_LIST_RE = re.compile(r"\d{1,4}(?:,\d{1,4}){2,}(?![\w,]|\.\d)")


def _comma_list_items(text: str, first: _Seed) -> list[_Seed]:
    """comma_list_without_spaces: the items after the first of a list written without spaces ("scored
    5,10,15": 5, 10 and 15), where the pattern of a number stopped at the first comma; none otherwise (a
    decimal comma, "1,5", is one number the text does not say how to read)."""
    run = _COMMA_LIST_RE.match(text, first.start)
    if run is None or run.start() != first.start:
        return []
    items: list[_Seed] = []
    pos = first.end + 1
    for part in run.group(0).split(",")[1:]:
        value = float(part)
        item = _Seed(pos, pos + len(part), value, value, "num", raw_value=value)
        item.head = first.start
        items.append(item)
        pos += len(part) + 1
    for seed in (first, *items):
        seed.rule = "comma_list_without_spaces"
    return items


# Thousands grouped as India groups them ("2,15,400", "12,34,567"): or a list written without spaces ("5,10,150")
_INDIAN_GROUPED_RE = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")
_LIST_RULES = ("comma_list_without_spaces", "measures_listed_without_spaces")
# what says a text is Indian, where "1,50,000 tonnes" is 150,000 (see ``listed_measures``)
_INDIAN_MONEY_RE = re.compile(r"\b(?:[Ll]akhs?|[Cc]rores?|Rs\.?|[Rr]upees?|INR)(?![A-Za-z])|₹")


def _denominator(written: str) -> float:
    """The value of a denominator: "thirds" 3, "hundredth" 100, "twenty-fifth" 25, "twenty-firsts" and
    "twenty firsts" 21."""
    word = fold(written)
    if word in DENOMINATORS:
        return DENOMINATORS[word]
    tens, unit = word.replace("-", " ").split()
    return float(SMALL[tens] + ORDINAL_UNITS[unit.removesuffix("s")])


def _power(base: float, exp: str) -> float | None:
    """``base`` to the power written after a caret ("^6", "^-1", "^+23"), or None past what a float holds."""
    try:
        return float(base ** int(exp[1:].replace("−", "-")))
    except (OverflowError, ZeroDivisionError):
        return None


# what may follow the hundredths of "12 dollars 40": the end of the clause, or a word that opens the next part of it
_CENTS_END_RE = re.compile(r"[ \t]*(?:[.,;:!?)]|$|(?:from|in|on|at|a|per|each|and|or|but|for|now|today|this|last|next)\b)")
_OLD_AFTER_RE = re.compile(r"[ \t-]+old\b")
_WORD_AFTER_RE = re.compile(r"\s+([A-Za-z-]+)")
_SEASONS_COUNTED = frozenset(f"{season}s" for season in SEASON_ENDS)  # "three winters"
_SCALE_AFTER_RE = re.compile(rf"[ \t]+((?i:{'|'.join(w for w in SCALES if w != 'hundred')}))\b")
_ASIDE_AFTER_RE = re.compile(r"\s*\([^()]{1,40}\)|\)")  # "(about $480)" after a figure, or the ")" closing it


def _rate_after(text: str, pos: int) -> re.Match[str] | None:
    """The period right after a range's closing number at ``pos``, or after the one word (its unit) there:
    "$260 per tonne", "1,200 rubles a month"."""
    word = _ONE_WORD_AFTER_RE.match(text, pos)
    return _per_at(text, pos) or (_per_at(text, word.end()) if word is not None else None)


def _same_rate(first: re.Match[str], second: re.Match[str] | None) -> bool:
    """Whether two matches of ``PER_RE`` say the same period ("a week" and "per week")."""
    def said(m: re.Match[str]) -> str:
        return " ".join(fold(m.group("hyph") or m.group("per") or m.group("adv") or "").split()).rstrip("s")
    return second is not None and said(first) == said(second)


_ONE_WORD_AFTER_RE = re.compile(r"[ \t]+[A-Za-z]+")
_POSSESSIVE_END_RE = re.compile(r"(?<=s)['’]$|['’]s$")  # "months'", "year's"


def _per_word(word: str) -> str | None:
    """What a word after "per", "a" or "each" says a figure is per (PER_WORDS, singular or plural), or None."""
    return PER_WORDS.get(word) or PER_WORDS.get(word.rstrip("s"))


def _period_after(m: re.Match[str]) -> str:
    """The period a match of ``_RATE_PERIOD_AFTER`` says: its word after "a"/"per"/"each", or its adverb's."""
    return fold(m.group("per")) if m.group("per") else PER_ADVERBS[fold(m.group("adv"))]


def _per_at(text: str, pos: int) -> re.Match[str] | None:
    """``PER_RE`` on the 24 characters from ``pos`` (a period right after a figure: "a month", "/day")."""
    window = text[pos: pos + 24]
    return PER_RE.match(window) if may_open_with(window, PER_FIRSTS) else None
_LIST_MARKER_END_RE = re.compile(r"\s*[.)]\s")  # "1. ", "2) "
# A number rung: after a verb of calling with only a function word or a mark after it ("call 999 and",
# not "call 100 witnesses"; any number dialled is one: see IDENTIFIER_WORDS), or an emergency call named by
# its number ("a 911 call", "the 999 operator").
PHONE_VERB_BEFORE_RE = re.compile(r"(?i:\b(?:call|calls|calling|called|ring|rings|ringing|rang)\s+)$")
_ARTICLE_END_RE = re.compile(r"(?i:\b(?:a|an|the)\s+)$")
_PHONE_NOUN_AFTER_RE = re.compile(r"[ \t]+(?i:call|operator|dispatcher|emergency\s+line)\b")
_STREET_AFTER_RE = re.compile(rf"[ \t]+(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{'|'.join(STREET_KINDS)})\b")
# "a total of 1850 homes": after "of", a year-shaped numeral before a plural noun and its verb is a count
_PLURAL_NOUN_VERB_AFTER_RE = re.compile(r"[ \t]+[a-z]{3,}s[ \t]+(?:were|are|have|had|died|remain|remained)\b")
_OF_BEFORE_RE = re.compile(r"(?i:\bof\s+)$")
_NAME_COMMA_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][a-z’'-]+),[ \t]$")  # "Hewitt, " before an age
_DATE_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)  # "June 5, 2024", "Tuesday, 5 March"
_NAMED_OF_BEFORE_RE = re.compile(r"(?:\bthe|\bThe)[ \t]+[A-Z][a-z]+[ \t]+of[ \t]+$")  # "the Group of 77"
_COUNTED_NOUN_AFTER_RE = re.compile(r"[ \t]+(?!(?:has|was|is|as|this|its|his|was|plus)\b)[a-z]+s\b")
_CAPITALISED_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]")
# number_in_a_proper_name: a capitalised word right before a plain numeral ("Rescue 1122", "Interstate 5")
_NAME_WORD_BEFORE_RE = re.compile(r"(?<![\w'’.&-])([A-Z][a-z]+|[A-Z]{2,5}|[A-Z]&[A-Z])[ \t]$")  # "Route", "FTSE", "S&P"
_DETERMINER_RIGHT_BEFORE_RE = re.compile(r"(?<![\w'’-])(?i:a|an|the|its|their|this|that)[ \t]$")
_SINGULAR_NOUN_AFTER_RE = re.compile(r"[ \t]+[a-z][a-z-]*[a-rt-z](?![\w'’-])")  # "a 2023 law" (no plural "s")
_NOT_NAME_WORDS = WORDS_BEFORE_A_FIGURE | frozenset(w for h in HEDGES for w in h.split()) | _DATE_NAMES
_NAME_VERBS = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "had",
                         "told", "said", "went", "ran", "took", "gave", "saw", "got", "made", "left", "began", "became",
                         "fell", "rose", "hit", "cut", "led", "won", "lost", "met", "sent", "set", "paid", "sold", "held",
                         "kept", "put", "flew", "grew", "drew", "struck", "slid", "shed", "sank", "swung", "spent"})
_WORD_BEFORE_NAME_RE = re.compile(r"(?:^|(?<=[^\w'’-]))([\w'’-]+)[ \t]+$")
_SENTENCE_OPENS_BEFORE_RE = re.compile(r"(?:^|[.!?:;\n\"“‘(]\s*|^\s*)$")  # nothing before the number in its sentence
_NO_BEFORE_RE = re.compile(r"(?i:\bno\s+)$")  # "no one"
_FOOT_IDIOM_RE = re.compile(rf"\s+(?i:foot)\s+(?:{'|'.join(FOOT_IDIOM_WORDS)})\b")  # "one foot in the grave"


_EXPONENT_RE = re.compile(r"(?:[eE]|\s?[x×]\s?10\^?)(?P<power>[-+−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_MASKED = "masked"  # a number inside a date, a time, a phone number or an address (see ``mask_rule``)
_POWER_WORD_FIRSTS = frozenset(c for w in POWER_WORDS for c in (w[0], w[0].upper()))
_POWER_AFTER_RE = re.compile(r"\^([23])(?!\d)|[ \t]+((?i:squared|cubed))\b")
# a negative power fused to a unit: "s-1", "fb−1", "m⁻²" (never a range: a range's dash stands between numbers)
_NEGATIVE_POWER_RE = re.compile(r"(?:[-−]|⁻)([123¹²³])(?!\w|[.,]\d)")
_NEGATIVE_POWER_FIRSTS = frozenset("-−⁻")


def _range_rule(text: str, end: int, start: int, opener: re.Match[str] | None) -> str:
    """The name of the range rule that joined two numbers: "range_between_and", "range_from_to",
    "range_to", "range_or", "range_dash"."""
    between = fold(text[end: start])
    word = next((w for w in RANGE_WORDS if f" {w} " in f" {between} "), "dash")
    return f"range_{fold(opener.group('w'))}_{word}" if opener else f"range_{word}"


def _bare_share(m: re.Match[str]) -> bool:
    """Whether a fraction with no "of" after it is still a share (rules "plural_share_is_a_share" and
    "bare_fraction"): a plural denominator, which no ordinal is ("two thirds", "five eighths"), unless it also
    names a period ("three quarters in a row"; "three halves" still is one); or one that ends its clause
    ("is exactly one sixth.", "one eighth."). "a third" and quarters stay out ("a third time", "in one quarter")."""
    written, denominator = fold(m.group("fnum") or ""), fold(m.group("fden") or "")
    if not denominator:
        return False
    plural = denominator.endswith("s")
    if plural and denominator not in PERIOD_DENOMINATORS:
        return True
    ends_clause = _CLAUSE_END_RE.match(m.string, m.end()) is not None
    if ends_clause and written in ("a", "an", "one") and denominator not in PERIOD_DENOMINATORS:
        return True
    if written in ("", "a") or denominator.startswith("quarter"):
        return False
    return plural or ends_clause


def _unit_word_after(text: str, end: int) -> bool:
    """Whether a unit is the word right after ``end`` ("one-half miles", "a half-mile oval"), or after an
    article ("half an inch")."""
    tokens = _tokens_after(text, end)
    if len(tokens) > 1 and fold(tokens[0][3]) in ("a", "an"):
        tokens = tokens[1:]
    unit = _single_unit(tokens[0][3]) if tokens and tokens[0][0] in (" ", "-") else None
    return unit is not None and unit not in TIME_UNITS  # "a third day" is an ordinal


def _single_unit(written: str, in_quotient: bool = False) -> str | None:
    """The pint name of one unit as written ("km", "kilometres", "MB"), or None. In a quotient ("W/min",
    "m/s2") a one-letter symbol is a unit too: the slash leaves it no other reading."""
    words, symbols = surface_forms()
    found = words.get(fold(written)) or symbols.get(written) or prefixed_unit(written)
    if found is None and in_quotient:
        found = lexicon()["base_symbols"].get(written)
    return None if found is None else str(found)


# unit_in_brackets: a unit symbol of two or more letters in brackets right after a number, as tables and
# forms write a measure ("20 (kg)", "20 [kg]", "12 {km}", "5 <MB>"); a letter alone ("5 (a)", "Section 20 (b)")
# marks an item of a list (see _bracketed_unit for which symbols count)
_BRACKETED_UNIT_RE = re.compile(r"[ \t]?(?:\((?P<p>[^\W\d_]{2,5})\)|\[(?P<s>[^\W\d_]{2,5})\]|\{(?P<c>[^\W\d_]{2,5})\}"
                                r"|<(?P<a>[^\W\d_]{2,5})>)")
def _bracketed_unit(written: str) -> str | None:
    """The pint unit of a symbol in brackets after a number (rule "unit_in_brackets"): one the units table
    records ("kg", "Pa"), or a prefixed one not written as a name is ("MB", "km"; never "Pt", "Mt": a prefix
    on a capital's word reads every abbreviated name as a unit)."""
    found = surface_forms()[1].get(written)
    if found is None and not (written[0].isupper() and written[1:].islower()):
        found = prefixed_unit(written)
    return None if found is None else str(found)


_CAPS_AFTER_RE = re.compile(r"[\d.,]+\s+[A-Z]{2,}\b")  # a number, then a word in capitals: a headline
_OF_RE = re.compile(r"\s+of\s+")
_OF_AFTER_RE = re.compile(r"[ \t]+of\b")
_DECIMALS_BEFORE_RE = re.compile(r"\d\.(\d+)$")
_INCH_MARKS = frozenset('"″')
_QUOTE_NOT_MARK_RE = re.compile(r'(?<!\d)"')
_QUOTE_REACH = 300  # how far back on its line an opening quote is looked for (a quotation runs a sentence or two)
_DOT_GROUP_RE = re.compile(r"\d{1,3}\.\d{3}")
_DOT_THOUSANDS_RE = re.compile(r"\d\.\d{3}\.\d{3}(?!\d)")
_AND_RE = re.compile(r",?\s+(?:and|but)\s+")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")


def _exponent(written: str) -> int:
    """The power of ten of "e14", "e-3", "x10^6", "×10⁻⁵"."""
    m = _EXPONENT_RE.fullmatch(written)
    return int(m.group("power").translate(_SUPERSCRIPT_DIGITS)) if m else 0


def _digit_before(text: str, pos: int) -> bool:
    """Whether the last character before ``pos``, white space aside, is a digit ("5 -10": the dash closes a
    range). It steps back over the white space only, never copies the text before ``pos``: the copy made
    each signed number cost the length of the text before it."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i].isdigit()


def _is_four_digits(raw: str) -> bool:
    return len(raw) == 4 and raw.isdecimal()


# Between a price's change and the level it reached, or a level and the change to it: words only, then "to" or
# ", up"/", down" ("climbed 8 cents a litre overnight to 151.9 cents", "€5.20 per kilo for steers this week, up 20 cent").
_CHANGE_AND_LEVEL_BETWEEN_RE = re.compile(
    r"[ \t]+(?:[A-Za-z'’]+(?:[ \t]+|(?=,))){0,10}?(?:to|,[ \t]+(?:up|down)(?:[ \t]+by)?)[ \t]+")


def _within_a_change_of(a: float | None, b: float | None) -> bool:
    """Whether two prices are within a thousand times each other, as a change and its level, or two sums compared,
    are ("8 cents" and "151.9 cents"; not "$5 a share" and "$2 billion")."""
    return a is not None and b is not None and a > 0 and b > 0 and max(a, b) / min(a, b) < 1000


# Between two items of a parallel list: a comma or "and", then one to three words naming the next item, one
# of them capitalised ("Kursk", "region B"); after the bare item, only the list's punctuation or its end.
_LIST_ITEM_BETWEEN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=[a-z\s]*[A-Z])(?:[A-Za-z][\w'’.-]*[ \t]+){1,3}")
# between a sum and the bare amount it pairs with: a comma, up to three lower-case words, a pairing word
_PAIRED_AMOUNT_BETWEEN_RE = re.compile(rf",?[ \t]+(?:[a-z]+[ \t]+){{0,3}}?(?:{phrases(PAIRING_WORDS)})[ \t]+")
_PAIRED_AMOUNT_END_RE = re.compile(rf"[ \t]*(?:[,.;:)]|$|(?:{phrases(AFTER_A_PAIRED_AMOUNT)})\b)")
_LIST_ITEM_END_RE = re.compile(r"\s*(?:[,.;:)]|and\b|or\b|$)")
# " at Coffs Harbour", " deep at Thredbo", " for cocoa": an item's place (after the adjective of its
# measure) or the one thing it measures
_PLACE_OF_ITEM = (rf"(?:(?:[ \t]+(?:{'|'.join(sorted(DIMENSION_ADJECTIVES))}))?[ \t]+(?:at|in|on|for)[ \t]+(?:the[ \t]+)?"
                  r"(?:[A-Z][\w'’.-]*[ \t]*){1,3}?|[ \t]+(?:of|for)[ \t]+[a-z]+)")
# between two items of a list of measures: the first one's place, then a word and its preposition ("maize at")
_PLACED_LIST_BETWEEN_RE = re.compile(rf"(?:{_PLACE_OF_ITEM}[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
                                     rf"|{_PLACE_OF_ITEM}?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
                                     r"(?:[a-z][\w'’-]*[ \t]+){1,2}(?:at|to|with)[ \t]+)")
_PLACED_ITEM_END_RE = re.compile(rf"{_PLACE_OF_ITEM}?\s*(?:[,.;:)]|and\b|or\b|$)")
_PLAIN_NUMERAL_RE = re.compile(r"\d+(?:\.\d+)?")
# a day that shares a date's month: joined to it ("January 23 and 25", "12 and 13 October")
_DAY_LINK_RE = re.compile(r"[ \t]+(?:and|or|&)[ \t]+|,[ \t]*(?:(?:and|or)[ \t]+)?")
_DAY_END_RE = re.compile(r"(?<![\d,])\d{1,2}(?:st|nd|rd|th)?$")
# the ordinals of a year's parts ("first", "second", "final") before "half" (part_of_a_period)
_ORDINAL_BEFORE_HALF_RE = re.compile(rf"(?i:\b(?:{'|'.join(sorted({*QUARTER_ENDS, *HALVES_INTO_QUARTERS}))})[\s-])$")
_LEADING_NUMERAL_RE = re.compile(r"\D*?(\d[\d,]*(?:\.\d+)?)")
# a "$" that no letters qualify ("US$", "C$", "A$" say whose dollar they are)
_BARE_DOLLAR_SIGN_RE = re.compile(r"(?<![A-Za-z])\$")


def _year_shape_counts(text: str, start: int, end: int) -> bool:
    """Whether the year-shaped numeral from ``start`` to ``end`` counts the plural noun after it, as its
    verb shows ("1766 deaths were reported", "a total of 1850 homes were damaged"); after a preposition of
    time it stays a year ("in 1990 prices were lower")."""
    if _PLURAL_NOUN_VERB_AFTER_RE.match(text, end) is None:
        return False
    return _OF_BEFORE_RE.search(text, max(0, start - 5), start) is not None \
        or not YEAR_PREP_RE.search(text, max(0, start - 20), start)


def _joined_by_dash(text: str, a: _Seed, b: _Seed) -> bool:
    return text[a.end: b.start].strip() in ("-", "–")


_GROUPED_NUMERAL_RE = re.compile(r"(\d{1,3})((?:,\d{3})+)(?![\d.,])")


def thousands_shared_by_a_dash(text: str, low: _Seed, high: _Seed) -> float:
    """The factor by which a dash range's first end, a bare integer, takes the closing end's thousands
    groups ("10-15,000 rupees" is 10,000 to 15,000; "5-6,000" is 5,000 to 6,000): the first end is below
    the closing end's leading group and of its order (more than a tenth of it), as a writer leaves the
    shared zeros unsaid; "1-10,000" stays 1 to 10,000. 1.0 where the shape is not that."""
    if low.kind != "num" or high.kind != "num" or low.has_scale or not _joined_by_dash(text, low, high) \
            or _PLAIN_NUMERAL_RE.fullmatch(text, low.start, low.end) is None or not low.low.is_integer():
        return 1.0
    grouped = _GROUPED_NUMERAL_RE.fullmatch(text, high.start, high.end)
    if grouped is None:
        return 1.0
    factor = 1000.0 ** (len(grouped.group(2)) // 4)
    lead = high.low / factor
    return factor if lead / 10 < low.low < lead else 1.0


def _is_year_span(text: str, a: _Seed, b: _Seed) -> bool:
    return all(
        s.kind == "num" and not s.has_scale and 1000 <= s.low <= 2100 and _is_four_digits(text[s.start: s.end])
        for s in (a, b)
    )


def _drop_ambiguous_suffix(seed: _Seed, text: str, measuring: bool, counting: bool = False, levelled: bool = False) -> None:
    """A lone "m" after a number without money is metres unless a noun follows ("2m people"; a capital "M" is
    never metres: "10M views"), and before a copula in a clause that measures a length (``measuring``: "1m
    is equal to 10 dm"), and before a word of when in a clause of a length or a level (``levelled``: "the river
    peaked at 14.4m overnight": metres_of_a_level); in a clause that changes a count (``counting``: "Passenger
    numbers fell 0.2m in the quarter") it stays millions unless a word of space follows; a lone "B" before a
    name is part of it ("221B Baker Street"), not billions; a "T" without money is a unit ("5T"), not trillions."""
    if seed.suffix not in ("m", "b", "B") and seed.suffix not in MONEY_ONLY_SUFFIXES:
        return
    after = _WORD_AFTER_RE.match(text, seed.end, seed.end + 30)
    if seed.suffix in MONEY_ONLY_SUFFIXES:
        ambiguous = True
    elif seed.suffix in ("b", "B"):
        ambiguous = after is not None and after.group(1)[:1].isupper()
    else:
        word = fold(after.group(1)) if after is not None else None
        ambiguous = (word is None or word in _METRE_AFTER or (measuring and word in _COPULAS)
                     or (levelled and word in WHEN_AFTER_A_LEVEL)) \
            and not (counting and word not in _SPATIAL_AFTER)
    if ambiguous:
        seed.end -= len(seed.suffix)
        seed.low = seed.high = seed.raw_value
        seed.suffix = None
        seed.has_scale = False


def _last_word_start(before: str) -> int:
    """Where the last word of ``before`` starts (trailing spaces aside): an end-anchored search for a word
    before a figure need not try the positions before it, each of which costs as much as a match."""
    end = len(before.rstrip())
    return max(before.rfind(" ", 0, end), before.rfind("\n", 0, end), before.rfind("\t", 0, end)) + 1


class _Extractor:
    """One pass over one text. Holds the text and its masks; produces figures in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.numbers, dates, never = scan(text)
        self.dates = date_mentions(dates, text)
        masks = [(d.start, d.end) for d in self.dates
                 if not (_is_four_digits(text[d.start: d.end]) and _year_shape_counts(text, d.start, d.end))]
        masks += [m.span() for m in never]
        masks += address_spans(text)
        # as one ordered list of disjoint spans, so that the mask a number falls in is the last one that
        # starts before it (a date inside a web address must not hide the address around it)
        merged: list[tuple[int, int]] = []
        for s, e in sorted(masks):
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self.mask_starts = [s for s, _ in merged]
        self.masks = merged
        self.cur_prefix = _currency_prefix()
        self._dot_thousands: bool | None = None
        self._indian: bool | None = None
        self.unit_rule: str | None = None  # the rule that read the unit of the number ``tail`` read last
        self.date_starts = [d.start for d in self.dates]
        self.dropped: list[tuple[int, int, str]] = []  # (start, end, rule): numbers that are no figure
        self._sentence_starts: list[int] | None = None  # read only where a pound asks whether its sentence weighs
        self._clause_breaks: dict[int, list[int]] = {}
        self._shared: dict[int, tuple[str, str | None] | None] = {}  # seed index → the unit its list shares
        self._sentence_words: dict[tuple[int, str], bool] = {}  # (sentence, word list) → whether it holds one
        self._clause_words: dict[tuple[int, int, str], bool] = {}  # (clause, word list) → whether it holds one

    def accounting_negative(self, fig: _Figure, previous_end: int) -> _Figure:
        """A sum of money alone in brackets ("a result of ($12.5 million)") is a loss, as accounts write it;
        a bracket right after another figure of the sentence is a conversion ("220,000 tenge ($480)")."""
        text = self.text
        if fig.kind != "money" or text[fig.start - 1: fig.start] != "(" or text[fig.end: fig.end + 1] != ")":
            return fig
        if fig.low is None or fig.high is None or fig.low < 0:
            return fig
        between = text[previous_end: fig.start - 1]
        if previous_end and not any(stop in between for stop in ".!?\n"):
            return fig
        estimate = -fig.estimate if fig.estimate is not None else None
        return _Figure(fig.start - 1, fig.end + 1, -fig.high, -fig.low, fig.bound, fig.kind, fig.unit, fig.per, estimate,
                       (*fig.rules, "accounting_negative"))

    def indian_text(self) -> bool:
        """Whether the text writes India's money or scales (rupees, "Rs", "₹", lakhs, crores), so that it
        groups thousands as India does (searched once, and only for a numeral grouped so)."""
        if self._indian is None:
            self._indian = _INDIAN_MONEY_RE.search(self.text) is not None
        return self._indian

    def dot_thousands(self) -> bool:
        """Whether the text groups thousands with dots ("1.200.000"), so that "14.500" is 14,500 (searched
        once, and only when a number that a dot may group is found)."""
        if self._dot_thousands is None:
            self._dot_thousands = _DOT_THOUSANDS_RE.search(self.text) is not None
        return self._dot_thousands

    def mask_rule(self, start: int, end: int) -> str:
        """Why a masked number is no figure: it is part of a date, or of a time, a phone number or an address."""
        i = bisect.bisect_right(self.date_starts, start) - 1
        for d in self.dates[max(0, i): i + 2]:
            if d.start < end and start < d.end:
                return "part_of_a_date"
        return "part_of_a_time_phone_or_address"

    def masked(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.mask_starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.masks):
                s, e = self.masks[j]
                if s < end and start < e:
                    return True
        return False

    def apply_sign(self, seed: _Seed) -> None:
        """A negative figure takes its sign into its span and value, unless the dash closes a range."""
        before = self.text[max(0, seed.start - _SIGN_REACH): seed.start]
        mark = before.rstrip()[-1:]
        if mark not in ("-", "−", "±") and not fold(before).endswith(_SIGN_WORD_ENDINGS):
            return  # most numbers: no sign, and no search
        spread = _UNCERTAINTY_BEFORE_RE.search(self.text, max(0, seed.start - _UNCERTAINTY_REACH), seed.start)
        if spread is not None:
            seed.spread_start = spread.start()  # an uncertainty, not a sign: see ``uncertainty``
            return
        sign = SIGN_BEFORE_RE.search(self.text, max(0, seed.start - _SIGN_REACH - 1), seed.start)
        if sign is None and self.text[seed.start - 1] in "-−" and self.text[seed.start - 2: seed.start - 1] in _sign_symbols():
            seed.start -= 1  # "$-99.99": the sign after the currency symbol (rule "sign_after_currency_symbol")
            seed.low, seed.high, seed.raw_value = -seed.high, -seed.low, -seed.raw_value
            return
        if sign is None or _digit_before(self.text, sign.start()):
            return
        seed.start = sign.start()
        seed.low, seed.high, seed.raw_value = -seed.high, -seed.low, -seed.raw_value

    # -- the pieces around one number ------------------------------------------------------------
    def prefix_currency(self, start: int) -> tuple[int, str | None]:
        if start and self.text[start - 1].isalpha():  # only a fused press symbol or code: "Sh10,000", "USD115.5"
            fused = fused_symbol_before(self.text, start)
            if fused is not None:
                return fused.start(), currencies.FUSED_PRESS_SYMBOLS[fused.group(0)]
            code = fused_code_before(self.text, start)
            return (start - 3, code) if code else paired_symbol_before(self.text, start) or (start, None)
        before = self.text[max(0, start - 2): start].rstrip()
        if not before or before[-1] not in _prefix_last_chars():
            return start, None  # most numbers: no symbol or code can end right before them
        m = self.cur_prefix.search(self.text, max(0, start - 8), start)
        if not m:
            dollar = self.text.rfind("$", max(0, start - 2), start)  # a "$" fused to letters: "nzd$15", "usd$ 15"
            if dollar != -1 and (lettered := self.lettered_dollar(dollar)) is not None:
                return lettered
            million = _MILLION_CODE_BEFORE_RE.search(self.text, max(0, start - 8), start)  # million_code: "MSEK 1,341"
            return (million.start(), million.group(1)) if million and _is_million_code(million.group(0).rstrip()) \
                else (start, None)
        if m.group("sym"):
            if m.group("sym") == "$" and (lettered := self.lettered_dollar(m.start())) is not None:
                return lettered
            symbol = " ".join(m.group("sym").split())  # "US  $"
            if symbol in currencies.SYMBOLS_NEEDING_AN_AMOUNT and _AMOUNT_SHAPE_RE.match(self.text, start) is None \
                    and _AMOUNT_BEFORE_A_RATE_RE.match(self.text, start) is None:
                return paired_symbol_before(self.text, start) or (start, None)  # "SR 99" (a state route), "Tk 3": a name
            return m.start(), currencies.table()["symbols"][symbol]
        code = currencies.LOWER_CASE_CODES.get(m.group("code"), m.group("code"))  # lower_case_code: "usd 20"
        if code in currencies.CODES_THAT_ARE_WORDS and (_CAPS_AFTER_RE.match(self.text, start)
                                                       or not self.text[: m.start()].rstrip(" \t")[-1:].isalnum()
                                                       or _COUNTED_AFTER_NUMBER_RE.match(self.text, start)):
            return start, None  # "ALL 5 SUSPECTS RELEASED", "TOP 10 films", "the TOP 20 startups": the word, not the code
        return m.start(), code

    def percent_word_before(self, start: int, end: int) -> int | None:
        """percent_word_before_of: where "per cent of" starts when it opens the sentence of the number at
        ``start`` and that number closes its clause ("Per cent of 210.", "percents of twenty"): the word written
        before its number, as a heading or a form's entry has it; None elsewhere ("the percent of 18 to 24 year
        olds", "what percent of 10 is 2")."""
        if not self.text.endswith("of ", 0, start) or _CLAUSE_END_RE.match(self.text, end) is None:
            return None  # most numbers: no "of" before them
        m = _PERCENT_WORD_BEFORE_RE.search(self.text, max(0, start - _PERCENT_WORD_REACH), start)
        return None if m is None else m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\"“"))

    def lettered_dollar(self, dollar: int) -> tuple[int, str] | None:
        """lettered_dollar: whose dollar the letters before a spaced or lower-case "$" say ("C $ 300 million",
        "hk $ 10.05 billion", "nzd$15"): (where they start, the code), or None. A lone lower-case letter other
        than "c" is a word ("a $5 bill", "it's $5"), and so is a code that is a word, not in capitals ("top $30")."""
        m = _LETTERED_DOLLAR_RE.search(self.text, max(0, dollar - 5), dollar)
        if m is None or (len(m.group(1)) == 1 and m.group(1) not in ("C", "c", "A", "S")):
            return None
        letters = m.group(1).upper()
        if letters in currencies.CODES_THAT_ARE_WORDS and not m.group(1).isupper():
            return None  # "losses could top $30 billion", "all $5 bills": the word, not the code
        code = currencies.table()["symbols"].get(letters + "$") or (letters if letters in currencies.codes() else None)
        return (m.start(), str(code)) if code else None

    def suffix_currency(self, start: int, end: int, allow_of: bool,
                        tokens: list[tuple[str, int, int, str]]) -> tuple[int, str | None]:
        """A currency code or name right after the number (from ``start`` to ``end``): "5,000 USD",
        "450,000 rubles", "millions of euros"."""
        if not tokens:
            return end, None
        if tokens[0][0] == "-":
            return self.currency_adjective(end, tokens[0])
        first_sep, _, first_end, first = tokens[0]
        if len(first_sep) <= 1 and first.isupper() and (first in currencies.written_codes() or _is_million_code(first)):
            return first_end, first[-3:]  # "5,000 USD"; million_code: "120 MEUR"
        if len(first_sep) <= 1 and first in currencies.LOWER_CASE_CODES:
            self.unit_rule = "lower_case_code"
            return first_end, currencies.LOWER_CASE_CODES[first]  # "20 usd"
        if not first_sep:
            fused = currencies.FUSED_SUB_UNITS.get(first)  # pence_fused: "320p"; cents_fused: "183.4¢"
            if fused is None or self.text[start: end] in currencies.VIDEO_LINE_COUNTS:
                return end, None
            if first in currencies.FUSED_SUB_UNITS_OF_A_PRICE and "." not in self.text[start: end] \
                    and _per_at(self.text, first_end) is None:
                return end, None  # "189.9c a litre", "4.5c", "15c a share"; not a lone "30c"
            return first_end, fused[0]
        if first == "U" and (qualified := _US_QUALIFIER_RE.match(self.text, tokens[0][1])):
            # "28.2 billion U.S. dollars": the dots split the qualifier into tokens of its own
            return self.suffix_currency(start, end, allow_of, [(" ", qualified.end(), qualified.end(), "US"),
                                                               *_tokens_after(self.text, qualified.end())[:2]])
        skip = 1 if fold(first) == "of" else 0
        if skip and not allow_of:
            return end, None
        if len(tokens) <= skip or fold(tokens[skip][3]).replace("’", "'") not in _currency_first_words():
            return end, None
        if tokens[skip][3] in TITLE_ABBREVIATIONS:
            return end, None  # a title, not a currency: "30 Sen. aides" (the ringgit's "sen" is lowercase)
        names = currencies.table()["names"]
        for n in range(len(tokens) - skip, 0, -1):  # the longest name first ("500,000 West African CFA francs")
            chosen = tokens[skip: skip + n]
            phrase = fold(" ".join(t[3] for t in chosen)).replace("’", "'")
            if phrase in _sub_units():
                return chosen[-1][2], str(_sub_units()[phrase][0])
            if phrase in names:
                stop = chosen[-1][2]
                if phrase in ("pound", "pounds") and (weight := self.pound_weight_rule(start, end, stop, phrase)) is not None:
                    self.unit_rule = weight
                    return end, None  # "500 pounds of explosives", "the bomb weighed 500 pounds", "a 50 pound bag": a weight
                return stop, str(names[phrase])
        return end, None

    def currency_adjective(self, end: int, token: tuple[str, int, int, str]) -> tuple[int, str | None]:
        """amount_as_an_adjective: a currency's name fused by a hyphen ("a 500-euro voucher", "a 15-cent-a-share
        dividend", "a one-yen bid"), never "pound" (a "5-pound bag" is a weight): (its end, the code)."""
        head = token[3].split("-")[0]
        word = fold(head)
        code = _sub_units()[word][0] if word in _sub_units() else currencies.table()["names"].get(word)
        if code is None or word in ("pound", "pounds") or word.endswith("s"):
            return end, None
        return token[1] + len(head), str(code)

    def symbol_after(self, end: int) -> tuple[int, str, str | None] | None:
        """A currency symbol written after the figure ("10 €", "25 $"), not the one opening the next figure."""
        text = self.text
        at = end + 1 if text[end: end + 1] == " " else end
        if at >= len(text) or text[at] not in _symbol_first_chars():
            return None  # most figures: a letter, a space, a stop or the end follows
        for symbol in _symbols_after():
            if text.startswith(symbol, at):
                after = text[at + len(symbol): at + len(symbol) + 2].lstrip()
                if after[:1].isdigit():
                    return None  # "5 $10": the symbol opens the next figure
                return at + len(symbol), "money", str(currencies.table()["symbols"][symbol])
        return None

    def scale_after_code(self, seed: _Seed, end: int) -> int:
        """A scale word after a currency code ("75 USD million", "2 EUR bn") scales the figure; the new end."""
        if seed.has_scale or self.text[end: end + 1] not in (" ", "\t"):
            return end
        m = _SCALE_AFTER_RE.match(self.text, end)
        if m is None:
            return end
        seed.low, seed.high = seed.low * SCALES[fold(m.group(1))], seed.high * SCALES[fold(m.group(1))]
        seed.has_scale = True
        return m.end()

    def weighed_noun_after(self, end: int) -> bool:
        """Whether a noun of something weighed follows ``end`` ("a twenty pound bag", "a 10 pound turkey"):
        the pound before it is a weight, not sterling (rule "pound_before_a_weighed_noun")."""
        word = _WORD_AFTER_RE.match(self.text, end, end + 20)
        return word is not None and fold(word.group(1)) in WEIGHED_NOUNS

    def pound_weight_rule(self, start: int, end: int, stop: int, phrase: str) -> str | None:
        """The rule that makes the pound after the number from ``start`` to ``end`` (the pound ending at
        ``stop``) a weight, not sterling, or None. A sum in another currency in brackets after it says it is
        money, as wire copy converts it ("fined 2,000 pounds ($2,500)")."""
        if self.text.startswith(" of", stop):
            return "pound_before_of"  # "500 pounds of explosives"
        if self.weighed_before(start):
            return "pound_after_a_weighing_word"  # "the bomb weighed 500 pounds"
        if phrase == "pound" and self.weighed_noun_after(stop):
            return "pound_before_a_weighed_noun"  # "a 50 pound bag"
        if (bracket := _BRACKET_RE.match(self.text, stop)) is not None \
                and self.text[bracket.end(): bracket.end() + 1] in _symbol_first_chars():
            return None
        if self.body_weight_before(start, end):
            return "pound_of_a_body_weight"  # "lost 25 pounds"
        if self.clause_has(start, WEIGHT_WORD_RE, "weight"):
            return "pound_in_a_weighing_clause"  # "a metric ton is 2,204.62 pounds"
        return None

    def body_weight_before(self, start: int, end: int) -> bool:
        """pound_of_a_body_weight: a verb of a body's weight right before a count that a body could lose or
        gain ("lost 25 pounds", "gained about 15 pounds"; not "lost 25 million pounds", "lost 2,000 pounds
        to the scam")."""
        written = self.text[start: end]
        value = numeral_value(written) if written[:1].isdigit() and written.replace(",", "").replace(".", "").isdigit() \
            else words_value(written)
        if value is None or value >= BODY_WEIGHT_LIMIT:
            return False
        at = self.hedge_before(start)[0]
        return BODY_WEIGHT_BEFORE_RE.search(self.text, max(0, at - _BODY_WEIGHT_REACH), at) is not None

    def clause_has(self, start: int, words: re.Pattern[str], name: str) -> bool:
        """Whether the clause around ``start`` holds one of ``words`` (``name`` says which list): a clause
        ends at a stop, a comma, a bracket or an "and"/"but", so that "weighed 500 pounds and cost 30,000
        pounds" keeps its price. Each sentence's clause breaks are found once, and each clause is read once
        for each list."""
        if self._sentence_starts is None:
            self._sentence_starts = sentence_bounds(self.text)
        s, e = _sentence_at(self.text, self._sentence_starts, start)
        if s not in self._clause_breaks:
            self._clause_breaks[s] = [s, *(m.start() for m in CLAUSE_BREAK_RE.finditer(self.text, s, e)), e]
        breaks = self._clause_breaks[s]
        k = bisect.bisect_right(breaks, start)
        key = (breaks[k - 1], breaks[min(k, len(breaks) - 1)], name)
        if key not in self._clause_words:
            self._clause_words[key] = words.search(self.text, key[0], key[1]) is not None
        return self._clause_words[key]

    def changes_a_count(self, start: int) -> bool:
        """scale_letter_after_a_change: whether the clause around ``start`` changes a quantity that is no
        length or level ("Passenger numbers rose 1.5m", not "Sea levels rose 0.3m"), where a lone "m" is the
        scale letter of millions."""
        return self.clause_has(start, _CHANGE_VERB_RE, "change") and not self.names_a_length_or_level(start)

    def names_a_length_or_level(self, start: int) -> bool:
        """Whether the clause around ``start`` names a length or a level (LENGTH_WORDS, LEVEL_WORDS: "the river")."""
        return self.clause_has(start, _LENGTH_OR_LEVEL_RE, "length or level")

    def sentence_has(self, start: int, words: re.Pattern[str], name: str) -> bool:
        """Whether the sentence around ``start`` holds one of ``words`` (``name`` says which list); each
        sentence is read once for each list."""
        if self._sentence_starts is None:
            self._sentence_starts = sentence_bounds(self.text)
        s, e = _sentence_at(self.text, self._sentence_starts, start)
        if (s, name) not in self._sentence_words:
            self._sentence_words[(s, name)] = words.search(self.text, s, e) is not None
        return self._sentence_words[(s, name)]

    def bare_degrees(self, start: int) -> str | None:
        """The rule that reads a bare "degrees" after the number at ``start`` as a unit: angle_in_degrees
        where its clause turns or slopes (ANGLE_WORDS), degrees_in_weather_text where its sentence is about
        the weather (WEATHER_WORDS; the scale is the country's, chosen in ``_claims``); else None, and
        "two degrees from Oxford" stays a count."""
        if self.clause_has(start, ANGLE_WORD_RE, "angle"):
            return "angle_in_degrees"
        if self.sentence_has(start, WEATHER_WORD_RE, "weather"):
            return "degrees_in_weather_text"
        return None

    def weighed_before(self, start: int) -> bool:
        """Whether a weighing word stands right before the figure at ``start``, its hedge aside."""
        spread = _SPREAD_BEFORE_RE.search(self.text, max(0, start - 30), start)  # "weighs 2,000.45±0.01 pounds"
        at = self.hedge_before(spread.start() if spread else start)[0]
        return WEIGHING_BEFORE_RE.search(self.text, max(0, at - 20), at) is not None

    def unit_after(self, end: int, tokens: list[tuple[str, int, int, str]]) -> tuple[int, str | None, bool]:
        """(new end, pint unit name, written fused with a hyphen): "80 km", "a 20-mile line", "155mm", with
        a power or a quotient written after it ("4 km^3", "4 km cubed", "9.8 m/s2", "20 J/m^2")."""
        if self.text[end: end + 1] in _INCH_MARKS and (mark := self.inch_mark(end)) is not None:
            self.unit_rule = "inch_mark"
            return mark, "inch", False
        stop, unit, hyphenated = self.one_unit_after(end, tokens)
        if unit is None and tokens and tokens[0][0] != "-" and "/" in tokens[0][3]:
            stop, unit = self.quotient(tokens[0])
            self.unit_rule = "quotient_unit" if unit else None
        if tokens and tokens[0][0] != "-" and self.text[tokens[0][2]: tokens[0][2] + 1] in _NEGATIVE_POWER_FIRSTS:
            inverse = self.inverse_unit(tokens[0], unit)
            if inverse is not None:
                self.unit_rule = "inverse_unit"
                return inverse[0], inverse[1], False
        if unit is None and len(tokens) > 1 and tokens[0][3][:1] in _POWER_WORD_FIRSTS \
                and (power_word := POWER_WORDS.get(fold(tokens[0][3]))) is not None:
            # "12 cubic miles", "40 square yards": a power written before any unit
            if tokens[1][0] == " " and (base := _single_unit(tokens[1][3])) is not None:
                self.unit_rule = "power_word_before_unit"
                return tokens[1][2], f"{base} ** {power_word}", tokens[0][0] == "-"
        if unit is not None and self.text[stop: stop + 1] in ("^", " ", "\t") and (power := _POWER_AFTER_RE.match(self.text, stop)):
            n = power.group(1) or {"squared": "2", "cubed": "3"}[fold(power.group(2))]
            self.unit_rule = "power_after_unit"
            return power.end(), f"{unit} ** {n}", hyphenated
        return stop, unit, hyphenated

    def inverse_unit(self, token: tuple[str, int, int, str], unit: str | None) -> tuple[int, str] | None:
        """A unit with a negative power fused after it ("4e14 s-1", "5 fb−1", "3 m⁻²"): (its end,
        "1 / second") (rule "inverse_unit"). A one-letter symbol is a unit here: the power leaves it no
        other reading."""
        power = _NEGATIVE_POWER_RE.match(self.text, token[2])
        if power is None or (unit is not None and unit != _single_unit(token[3])):
            return None
        base = unit or (_single_unit(token[3], True) if len(token[3]) > 1 or token[3].islower() else None)
        if base is None:  # ("an A-1 rating": a capital letter and a dash are a grade)
            return None
        n = power.group(1).translate(_SUPERSCRIPT_DIGITS)
        return power.end(), f"1 / {base}" if n == "1" else f"1 / {base} ** {n}"

    def unit_after_article(self, tokens: list[tuple[str, int, int, str]]) -> tuple[int, str] | None:
        """After a fraction, a unit behind "a", "an", "of a" or "of an" ("half an inch", "a quarter of a
        mile"): (its end, the unit), or None. A period is left out ("half a day" is no figure here)."""
        k = 0
        while k < min(2, len(tokens) - 1) and fold(tokens[k][3]) in ("of", "a", "an"):
            k += 1
        if k == 0 or fold(tokens[k - 1][3]) == "of":
            return None
        stop, unit, _ = self.unit_after(tokens[k - 1][2], tokens[k: k + 3])
        return None if unit is None or unit in TIME_UNITS else (stop, unit)

    def inch_mark(self, end: int) -> int | None:
        """Where an inch mark right after a number ends ("a 10\" pan", "Wrench 8\"", "9″"), or None when the
        straight quote closes a quotation opened earlier on its line (rule "inch_mark")."""
        text = self.text
        if text[end] == "″":
            return end + 1
        if text[end + 1: end + 2].isalnum():
            return None  # 'said "5"x' : a quote or a dimension string, not a mark before a word
        first = end
        while first > max(0, end - 40) and (text[first - 1].isdigit() or text[first - 1] in ".,"):
            first -= 1
        if text[first - 1: first] == '"':
            return None  # '"6"': the number is quoted
        lo = max(0, end - _QUOTE_REACH)
        line = text.rfind("\n", lo, end)
        quotes = _QUOTE_NOT_MARK_RE.findall(text, line + 1 if line >= 0 else lo, end)  # (other inch marks aside)
        return end + 1 if len(quotes) % 2 == 0 else None

    def quotient(self, token: tuple[str, int, int, str]) -> tuple[int, str | None]:
        """"km/s2", "W/min", "l/km", "g/cm³", "J/m^2": (its end, "kilometer / second ** 2") when both parts
        are units (rule "quotient_unit")."""
        top, _, bottom = token[3].partition("/")
        power = bottom[len(bottom.rstrip("0123456789²³")):]
        base = bottom[: len(bottom) - len(power)]
        power = power.translate(_SUPERSCRIPT_DIGITS)
        powered = bool(power) or self.text.startswith("^", token[2])
        if len(top) == len(base) == 1 and not (top + base).islower() and not powered:
            return token[1], None  # "A/B", "P/E": letters, not units ("m/s" is, and "J/m^2" with its power)
        upper, lower = _single_unit(top, True), _single_unit(base, True)
        if upper is None or lower is None or power not in ("", "2", "3"):
            return token[1], None
        return token[2], f"{upper} / {lower}" + (f" ** {power}" if power else "")

    def one_unit_after(self, end: int, tokens: list[tuple[str, int, int, str]]) -> tuple[int, str | None, bool]:
        """``unit_after`` without a power or a quotient."""
        if not tokens or len(tokens[0][0]) > 1:
            return end, None, False
        words, symbols = surface_forms()
        sep = tokens[0][0]
        unit_starts, symbol_starts = _unit_first_words()
        opens = fold(tokens[0][3]) in unit_starts or tokens[0][3] in symbol_starts
        for n in (3, 2, 1) if opens else ():
            if len(tokens) < n:
                continue
            phrase = " ".join(t[3] for t in tokens[:n])
            if (unit := words.get(fold(phrase))) is not None:
                return tokens[n - 1][2], unit, sep == "-"
            if phrase in symbols and (sep != "-" or len(phrase) > 1) and not _NAME_GOES_ON_RE.match(self.text, tokens[n - 1][2]):
                return tokens[n - 1][2], symbols[phrase], sep == "-"  # "40 mph", "a 40-mph gust" (not "3-D")
        first = tokens[0][3]
        if first == "in" and sep == " " and (inch := _INCH_AFTER_RE.match(self.text, tokens[0][1])):
            return inch.end(), "inch", False
        if (unit := prefixed_unit(first)) is not None and (first[:1].islower() or first.isupper() or sep != "-") \
                and not _NAME_GOES_ON_RE.match(self.text, tokens[0][2]):
            return tokens[0][2], unit, sep == "-"  # "450 MB", "3.2 GHz", "2.4 petabytes", "20 mSv"
        if first == "°" and (scale := _DEGREE_SCALE_AFTER_RE.match(self.text, tokens[0][1])) is not None:
            self.unit_rule = "degree_scale_named_after"  # "−273.15° on the Celsius scale"
            return tokens[0][2], "degree_Fahrenheit" if fold(scale.group(1)) == "fahrenheit" else "degree_Celsius", False
        if first in CLOCK_LIKE_SYMBOLS and sep == " " and (decimals := _DECIMALS_BEFORE_RE.search(self.text, max(0, end - 12), end)) \
                and (len(decimals.group(1)) != 2 or decimals.group(1) >= "60"):
            self.unit_rule = "length_not_clock_time"
            return tokens[0][2], CLOCK_LIKE_SYMBOLS[first], False  # "2.1 pm", "2.123 am": no clock has those minutes (rule "length_not_clock_time")
        if (before_of := UNITS_BEFORE_OF.get(fold(first))) is not None and _OF_AFTER_RE.match(self.text, tokens[0][2]):
            self.unit_rule = "unit_before_of"
            return tokens[0][2], before_of, sep == "-"  # "1½ cups of flour" (rule "unit_before_of"); "won 3 cups" is no measure
        head = tokens[0][3].split("-")[0]  # "a 20-mile-long line"
        if head != tokens[0][3] and (unit := words.get(fold(head))) is not None:
            return tokens[0][1] + len(head), unit, sep == "-"
        if (possessive := _POSSESSIVE_END_RE.search(first)) is not None:  # duration_in_possessive: "six months' jail"
            bare = first[: possessive.start()]
            if (unit := words.get(fold(bare))) is not None and unit in TIME_UNITS:
                self.unit_rule = "duration_in_possessive"
                return tokens[0][1] + len(bare), unit, False
        if (unit := WEIGHED_UNITS.get(fold(first))) is not None and self.clause_has(end, WEIGHT_WORD_RE, "weight"):
            self.unit_rule = "unit_in_a_weighing_clause"  # "weighed about 70 stone"
            return tokens[0][2], unit, sep == "-"
        if sep == "-" and (unit := HYPHENATED_UNITS.get(fold(head))) is not None:
            self.unit_rule = "unit_fused_by_hyphen"  # "the 16-bit 8088 chip"
            return tokens[0][1] + len(head), unit, True
        return end, None, False

    def comparison_frame_before(self, start: int) -> bool:
        """comparison_frame_is_not_a_figure: whether a comparison's frame stands before the hedge before
        ``start`` ("the lowest in more than two years", "its first rise in over a decade"): the span the record
        is measured over, which the corpus never labels; "in under 13 minutes" stays a time."""
        at, bound = self.hedge_before(start)
        return bound is not None and COMPARISON_FRAME_BEFORE_RE.search(self.text, max(0, at - 40), at) is not None

    def hedge_before(self, start: int) -> tuple[int, str | None]:
        """A hedge right before the figure ("upwards of", "about", "~"): (where it starts, the bound)."""
        lo = max(0, start - _HEDGE_REACH)
        window = self.text[lo:start]
        stripped = window.rstrip()
        if stripped.endswith("~"):
            return lo + len(stripped) - 1, "approximate"
        if stripped[-1:] in _COMPARISON_LAST and (symbol := _COMPARISON_BEFORE_RE.search(stripped)) is not None:
            return lo + symbol.start(), COMPARISON_SYMBOLS[symbol.group(1)]  # comparison_symbol: ">50", "≤ 100"
        if not window or not window[-1].isspace():
            return start, None
        words = stripped.split()
        last = fold(words[-1]) if words else ""
        lengths = _HEDGE_LENGTHS.get(last) or _HEDGE_LENGTHS.get(last.lstrip(_OPENING_MARKS))
        if lengths is None:
            return start, None  # most words before a number end no hedge
        for n in lengths:
            if len(words) < n:
                continue
            phrase = fold(" ".join(words[-n:])).lstrip(_OPENING_MARKS)
            if phrase == "up to" and len(words) > n and fold(words[-n - 1]) in UP_VERBS:
                return start, None  # up_of_a_verb: "edged up to 4.1%" went to 4.1%
            if phrase in HEDGES and not (phrase == "past" and _DETERMINER_BEFORE_RE.search(stripped)):
                exact = _HEDGE_AT_END_RE[phrase].search(stripped)
                pos = lo + (exact.start() if exact else len(stripped) - len(phrase))
                if pos > 0 and (self.text[pos - 1].isalnum() or self.text[pos - 1] == "-"):
                    continue
                return pos, HEDGES[phrase]
        return start, None

    # -- one figure --------------------------------------------------------------------------------
    def last_unit_rule(self) -> str | None:
        """The rule that read the unit of the number ``tail`` read last. (Read through a call: after
        ``self.unit_rule = None`` the compiled code would take the attribute to stay None across ``tail``.)"""
        return self.unit_rule

    def tail(self, seed: _Seed) -> tuple[int, str, str | None]:
        """What follows a number: currency, percent or unit. Returns (end, kind, unit)."""
        end = seed.end
        if seed.kind == "frac":
            points = POINTS_AFTER_SHARE_RE.match(self.text, end)
            if points is not None and not seed.in_main_unit:  # "a quarter point", "half a percentage point"
                seed.low = seed.high = seed.raw_value = seed.low / 100
                seed.in_main_unit = True
                self.unit_rule = "share_in_points"
                return points.end(), "percent", "percentage_point"
            part = PERCENT_AFTER_SHARE_RE.match(self.text, end)
            if part is not None and not seed.in_main_unit:  # "half a per cent"
                seed.low = seed.high = seed.raw_value = seed.low / 100
                seed.in_main_unit = True
                self.unit_rule = "share_of_a_percent"
                return part.end(), "percent", "percent"
            tokens = _tokens_after(self.text, end)
            stop, unit, _ = self.unit_after(end, tokens[:3])
            if unit is None and (of_unit := self.unit_after_article(tokens)) is not None:
                stop, unit = of_unit  # "half an inch", "three-quarters of an inch" (rule "fraction_of_a_unit")
            if unit is not None and not seed.in_main_unit:  # "one-half miles": a part of the unit, not a share
                seed.low = seed.high = seed.raw_value = seed.low / 100
                seed.in_main_unit = True
                self.unit_rule = "part_of_a_unit"
                return stop, "quantity", unit
            if seed.in_main_unit:
                return stop, "quantity", unit
            self.unit_rule = "fraction_as_share"
            return end, "percent", "percent"
        tokens = _tokens_after(self.text, end)
        end2, code = self.suffix_currency(seed.start, end, seed.kind in ("vague", "few"), tokens)
        if code:
            written = fold(self.text[tokens[0][1]: end2]) if tokens else ""
            sub_unit = _sub_units().get(written) or currencies.FUSED_SUB_UNITS.get(written)
            if sub_unit is not None and not seed.in_main_unit:  # "34 cents", "320p": 0.34 USD, 3.20 GBP
                factor = sub_unit[1]
                seed.low, seed.high, seed.raw_value = seed.low * factor, seed.high * factor, seed.raw_value * factor
                seed.in_main_unit = True
                seed.sub_unit = factor
            elif tokens and _is_million_code(tokens[0][3]) and not seed.has_scale:
                _scale_seed(seed, 1e6)  # million_code: "120 MEUR" is 120 million euros
            self.unit_rule = self.unit_rule or "currency_after_number"  # (or "lower_case_code", said by suffix_currency)
            return self.scale_after_code(seed, end2), "money", code
        symbol = self.symbol_after(end)
        if symbol is not None:
            self.unit_rule = "currency_symbol_after"
            return symbol
        window = self.text[end: end + 28]  # (" of a percentage point": 22)
        m = PERCENT_RE.match(window) if may_open_with(window, PERCENT_FIRSTS) else None
        if m:  # a change in percentage (or basis) points is not a share, and says so in its unit
            share = "percentage_point" if m.group("points") else "basis_point" if m.group("bp") \
                else "permille" if m.group("mille") else "percent"
            self.unit_rule = "percent_after_number"
            return end + m.end(), "percent", share
        end2, unit, hyphenated = self.unit_after(end, tokens[:3])
        if unit:
            if unit in TIME_UNITS and (hyphenated or self.text.startswith("-old", end2)):
                return end, "modifier", None  # "a 24-hour ceasefire", "a 25-year-old man"
            self.unit_rule = self.unit_rule or "unit_after_number"
            return end2, "quantity", unit
        if self.text[end: end + 2].lstrip(" \t")[:1] in "([{<" and (bracketed := _BRACKETED_UNIT_RE.match(self.text, end)) \
                and (unit := _bracketed_unit(next(g for g in bracketed.groups() if g))) is not None:
            self.unit_rule = "unit_in_brackets"  # "The weight is 20 (kg)"
            return bracketed.end(), "quantity", unit
        if tokens and fold(tokens[0][3]) in _DEGREE_WORDS and (degrees := self.bare_degrees(seed.start)) is not None:
            self.unit_rule = degrees
            return tokens[0][2], "quantity", "degree" if degrees == "angle_in_degrees" else "degree_Celsius"
        return end, "count", None

    def figures(self) -> list[_Figure]:
        seeds: list[_Seed] = []
        for m in self.numbers:
            if self.masked(*m.span()):
                self.dropped.append((m.start(), m.end(), _MASKED))  # (which mask: found by ``explain`` only)
                continue
            seed = _seed_from_match(m)
            if seed is None:
                self.dropped.append((m.start(), m.end(), "not_a_figure_phrase"))  # "a third time", "half the town"
            if seed is not None and m.lastgroup == "num" and "." in (numeral := m.group("numeral")) \
                    and _DOT_GROUP_RE.fullmatch(numeral) and self.dot_thousands():
                # "over 14.500" where the text groups thousands with dots ("1.200.000"): 14,500
                seed.low, seed.high, seed.raw_value = seed.low * 1000, seed.high * 1000, seed.raw_value * 1000
            if seed is not None:
                if seed.kind in ("num", "words", "frac"):
                    self.apply_sign(seed)
                seeds.append(seed)
                if m.lastgroup == "num" and self.text.startswith(",", seed.end) and seed.end == m.end():
                    seeds += _comma_list_items(self.text, seed)
                elif m.lastgroup == "num" and "," in numeral and _INDIAN_GROUPED_RE.fullmatch(numeral) \
                        and not seed.has_scale and seed.end == m.end():
                    seeds += self.listed_measures(seed)
        out: list[_Figure] = []
        turned_away: set[int] = set()  # the starts of the numbers that made no figure
        i = 0
        while i < len(seeds):
            if out and seeds[i].start < out[-1].end:
                i += 1  # a number inside the figure before it ("75 USD million") is part of it
                continue
            if seeds[i].head in turned_away:  # "Page 12,13,14": the items of a list whose first is no figure
                self.dropped.append((seeds[i].start, seeds[i].end, "item_of_a_list_turned_away"))
                turned_away.add(seeds[i].start)
                i += 1
                continue
            fig, used = self.figure_at(seeds, i)
            if fig is None:
                turned_away.add(seeds[i].start)
            if fig is not None and not all(math.isfinite(v) for v in (fig.low, fig.high, fig.estimate) if v is not None):
                # value_past_a_float: two ends each a float's largest ("1e308 ± 1e308") overflow when joined
                self.dropped.append((fig.start, fig.end, "value_past_a_float"))
                fig = None
            if fig is not None:
                fig = self.list_currency(fig, out[-1] if out else None)
                if out:  # (a change and its level first: "climbed 8 cents a litre overnight to 151.9 cents")
                    out[-1], fig = self.rate_of_a_change(out[-1], fig)
                    fig = self.rate_of_the_compared(fig, out[-1])
                    if (earlier := self.rate_of_the_compared(out[-1], fig, forward=True)) is not out[-1]:
                        out[-1] = earlier  # "rose to $600 from $450 a month": the rate after the second is the first's too
                out.append(self.accounting_negative(fig, out[-1].end if out else 0))
            i += used
        return out

    def listed_measures(self, seed: _Seed) -> list[_Seed]:
        """measures_listed_without_spaces: a numeral grouped as Indian thousands ("5,10,150") before a unit of
        measure is a list of measures, its last item's unit shared ("depths of 5,10,150 metres"), since the
        Indian grouping counts people and money ("2,15,400 applications", "12,34,567 rupees"): the items
        after the first (which ``seed`` becomes), or none where no measure follows, where an item would open
        with a zero ("1,50,000 kg") or where the text counts in rupees, lakhs or crores."""
        parts = self.text[seed.start: seed.end].split(",")
        if any(part.startswith("0") for part in parts[1:]) or self.indian_text():
            return []  # "1,50,000 kg": no list item opens with a zero; a text of rupees and crores groups so
        _, kind, _ = self.tail(seed)
        self.unit_rule = None
        if kind != "quantity":
            return []
        first = float(parts[0])
        seed.end, seed.low, seed.high, seed.raw_value = seed.start + len(parts[0]), first, first, first
        seed.rule = "measures_listed_without_spaces"
        items: list[_Seed] = []
        pos = seed.end + 1
        for part in parts[1:]:
            value = float(part)
            item = _Seed(pos, pos + len(part), value, value, "num", raw_value=value)
            item.head, item.rule = seed.start, seed.rule
            items.append(item)
            pos += len(part) + 1
        return items

    def list_currency(self, fig: _Figure, previous: _Figure | None) -> _Figure:
        """A bare figure in a list after a sum of money or a measure takes its currency or unit, and its scale
        where it is written without one: "Belgorod pays 1 million rubles, Kursk 500,000 and Tatarstan 1.05
        million" (only a name or two between them), "120mm at Coffs Harbour, 95 at Grafton", "wheat at 2.5
        million tonnes, maize at 1.8" (a place or a word and its preposition between them); nothing after
        the bare figure but its place and the list's punctuation, so "…, and 500 soldiers" stays a count.
        currency_of_the_paired_amount: so does a bare figure a pairing word joins to the sum before it ("from
        $1.10 to 1.40 this week", "to Ksh 129.5 against the dollar from 128.9"; PAIRING_WORDS), where only a
        time, a place or the clause's end follows it (AFTER_A_PAIRED_AMOUNT)."""
        if fig.kind != "count" or previous is None or previous.kind not in ("money", "quantity"):
            return fig
        text = self.text
        named = _LIST_ITEM_BETWEEN_RE.fullmatch(text, previous.end, fig.start) is not None \
            and _LIST_ITEM_END_RE.match(text, fig.end) is not None
        placed = not named and _PLACED_LIST_BETWEEN_RE.fullmatch(text, previous.end, fig.start) is not None \
            and _PLACED_ITEM_END_RE.match(text, fig.end) is not None
        paired = not named and not placed and previous.kind == "money" \
            and _PAIRED_AMOUNT_BETWEEN_RE.fullmatch(text, previous.end, fig.start) is not None \
            and _PAIRED_AMOUNT_END_RE.match(text, fig.end) is not None
        if not named and not placed and not paired:
            return fig
        rules: tuple[str, ...] = (*fig.rules, "currency_of_the_paired_amount" if paired
                                  else "currency_from_list" if previous.kind == "money" else "unit_from_list")
        factor = self.list_scale(previous, fig)
        if factor != 1.0:
            rules = (*rules, "scale_from_list")
        low: float | None = None if fig.low is None else fig.low * factor
        high: float | None = None if fig.high is None else fig.high * factor
        estimate: float | None = None if fig.estimate is None else fig.estimate * factor
        return _Figure(fig.start, fig.end, low, high, fig.bound, previous.kind, previous.unit, previous.per, estimate, rules)

    def rate_of_a_change(self, previous: _Figure, fig: _Figure) -> tuple[_Figure, _Figure]:
        """rate_shared_by_a_change: a price's change and the level it reached, or a level and the change to it,
        in the same currency, are per the same thing where only one of them says it ("climbed 8 cents a litre
        overnight to 151.9 cents", "€5.20 per kilo, up 20 cent"): (previous, fig), the one without its rate given it."""
        if fig.kind != "money" or previous.kind != "money" or (fig.per is None) == (previous.per is None) \
                or not (fig.unit == previous.unit or _bare_cents(self.text, fig) or _bare_cents(self.text, previous)) \
                or not _within_a_change_of(previous.high, fig.high) \
                or _CHANGE_AND_LEVEL_BETWEEN_RE.fullmatch(self.text, previous.end, fig.start) is None:
            return previous, fig  # (a bare "cents" is any currency's until the sentence says whose: see _claims)
        without = fig if fig.per is None else previous
        shared = _Figure(without.start, without.end, without.low, without.high, without.bound, without.kind,
                         without.unit, previous.per or fig.per, without.estimate, (*without.rules, "rate_shared_by_a_change"))
        return (previous, shared) if without is fig else (shared, fig)

    def rate_of_the_compared(self, fig: _Figure, other: _Figure | None, forward: bool = False) -> _Figure:
        """rate_of_the_compared: a sum with no rate of its own that the sentence compares with the sum before it, of
        the same unit, is at that sum's rate ("spends £3,260 per head on health, compared with £3,010 in England";
        "rose to €1,300 a month from €1,200"); with ``forward``, ``other`` is the sum after ``fig``, whose rate written
        after it is the first's too ("rose to $600 from $450 a month"). ``fig`` itself where the rule does not hold."""
        if fig.per is not None or other is None or other.per is None or fig.kind != other.kind \
                or fig.kind not in ("money", "quantity") or fig.unit != other.unit \
                or (forward and "per_after_figure" not in other.rules) or not _within_a_change_of(fig.high, other.high):
            return fig  # (two sums compared are of one order: "a profit of A$10.25 billion … dividend to A$2.60 a share" are not)
        first, second = (fig, other) if forward else (other, fig)
        if not _COMPARED_SUM_RE.fullmatch(self.text, first.end, second.start):
            return fig
        return _Figure(fig.start, fig.end, fig.low, fig.high, fig.bound, fig.kind, fig.unit, other.per, fig.estimate,
                       (*fig.rules, "rate_of_the_compared"))

    def list_scale(self, previous: _Figure, fig: _Figure) -> float:
        """scale_from_list: the scale word of a list's first item that a later item written as a bare
        numeral below a thousand leaves unsaid ("2.5 million tonnes, maize at 1.8" is 1.8 million), read
        as the first item's value over its written numeral; 1.0 where either says its own scale."""
        written = _PLAIN_NUMERAL_RE.fullmatch(self.text, fig.start, fig.end)
        lead = _LEADING_NUMERAL_RE.match(self.text, previous.start, previous.end)
        if written is None or fig.low is None or fig.low >= 1000 or lead is None or previous.low is None:
            return 1.0
        first = float(lead.group(1).replace(",", ""))
        if first == 0:
            return 1.0
        ratio: float = previous.low / first
        return next((scale for scale in (1e3, 1e6, 1e9, 1e12) if abs(ratio - scale) <= 1e-6 * scale), 1.0)

    def figure_at(self, seeds: list[_Seed], i: int) -> tuple[_Figure | None, int]:
        text = self.text
        seed = seeds[i]
        start, currency = self.prefix_currency(seed.start)
        if currency is None:
            _drop_ambiguous_suffix(seed, text, seed.suffix == "m" and self.clause_has(seed.start, LENGTH_WORD_RE, "length"),
                                   seed.suffix == "m" and self.changes_a_count(seed.start),
                                   seed.suffix == "m" and self.names_a_length_or_level(seed.start))
        elif text.startswith("M" + currency, start) and not seed.has_scale:
            _scale_seed(seed, 1e6)  # million_code: "MSEK 1,341" is 1,341 million kronor
        self.unit_rule = None
        end, kind, unit = self.tail(seed)
        unit_rule = self.last_unit_rule()
        rules = [seed.rule or _SEED_RULES.get(seed.kind, "numeral"), *([unit_rule] if unit_rule else ())]
        if kind == "count" and (word_start := self.percent_word_before(seed.start, end)) is not None:
            start, kind, unit = word_start, "percent", "percent"
            rules.append("percent_word_before_of")
        if kind == "modifier":
            return self.drop(seeds, i, 1, "number_fused_with_a_period")  # "a 24-hour ceasefire", "a 25-year-old"
        if seed.kind == "slash" and kind != "quantity" and seed.low < 1:
            if not _OF_AFTER_RE.match(text, seed.end):
                return self.drop(seeds, i, 1, "slash_part_without_unit")  # a figure only with its unit ("a 1/4 mile")
            seed.low = seed.high = seed.low * 100  # "about 1/40 of the wavelength": a share
            kind, unit = "percent", "percent"
            rules.append("slash_share_of")
        if kind == "quantity" and unit in TIME_UNITS and not _OLD_AFTER_RE.match(text, end):  # age_is_not_a_time_frame: "over 60 years old"
            if TIME_FRAME_BEFORE_RE.search(text, max(0, seed.start - 20), seed.start):
                return self.drop(seeds, i, 1, "time_frame_is_not_a_figure")  # "over four years", "in the past 24 hours"
            if self.comparison_frame_before(start):
                return self.drop(seeds, i, 1, "comparison_frame_is_not_a_figure")  # "the lowest in more than two years"
        if currency:
            rules.append("currency_before_number")
            if text[start: seed.start].strip() in currencies.LOWER_CASE_CODES:
                rules.append("lower_case_code")  # "usd 20"
            if text[start: seed.start].strip() in currencies.SYMBOLS_NEEDING_AN_AMOUNT and not _shaped_amount(text, seed.start):
                rules.append("symbol_of_its_pair")  # "up from N897": only its pair says it is money
        if currency and kind != "money":
            end, kind, unit = seed.end, "money", currency
        elif currency and kind == "money" and currency != unit and text[start:seed.start].strip() != "$":
            # a specific symbol ("€", "US$") outweighs the currency word after the number; a bare "$",
            # shared by many dollars, defers to it ("$5 CAD")
            unit = currency
        low: float | None = seed.low
        high: float | None = seed.high
        bound = "range" if seed.kind in ("vague", "few") else "exact"
        used = 1

        ratio = self.ratio(seeds, i, kind)
        if ratio is not None:
            j, share = ratio
            low = high = share
            rules.append("ratio_of_two_numbers")
            kind, unit, end, used = "percent", "percent", seeds[j].end, j - i + 1
        elif (parts := self.compound(seeds, i, end, kind, unit)) is not None:
            rest = kind == "count" and _rest_after_hundred(text, seed, seeds[i + 1])  # (the branch of compound it took)
            end, kind, unit, total, used = parts
            low = high = total
            rules.append("rest_after_hundred" if rest else "amount_in_two_parts")
            if used == 3:
                rules.append("hundredths_after_tenths")
        elif (spread := self.uncertainty(seeds, i, end, kind, unit)) is not None:
            end, kind, unit, low, high, used = spread
            bound = "range"
            rules.append("uncertainty_around_value")
        elif seed.spread_start >= 0:  # "plus or minus 3 percentage points": a range around zero
            start, low, high, bound = seed.spread_start, -seed.high, seed.high, "range"
        # a second number joined by "to", "and", "or", "-": one range
        partner = self.range_partner(seeds, i, end if kind != "count" else seed.end, start) if used == 1 else None
        range_word_start = None
        if partner is not None:
            j, p_start, p_currency, falling = partner
            other = seeds[j]
            if currency is None and p_currency is None:
                _drop_ambiguous_suffix(other, text, other.suffix == "m" and self.clause_has(other.start, LENGTH_WORD_RE, "length"),
                                       other.suffix == "m" and self.changes_a_count(other.start),
                                       other.suffix == "m" and self.names_a_length_or_level(other.start))
            self.unit_rule = None
            p_end, p_kind, p_unit = self.tail(other)
            partner_unit_rule = self.last_unit_rule()
            if p_currency and p_kind != "money":
                p_end, p_kind, p_unit = other.end, "money", p_currency
            first_low = seed.low
            if not seed.has_scale and other.has_scale and other.raw_value and seed.raw_value <= other.raw_value:
                factor = other.low / other.raw_value
                first_low = seed.low * factor
            elif (thousands := thousands_shared_by_a_dash(text, seed, other)) != 1.0:
                first_low = seed.low * thousands
                rules.append("thousands_shared_by_a_dash")
            # the unit may be written once, on the closing end ("5 to 10%") or with a symbol before ("$5-10"),
            # but "fell 4.5% to 212" is a change and a price, not a range
            compatible = (kind == "count" or (p_kind == "count" and kind != "percent")
                          or (kind == p_kind and unit == p_unit))
            if _is_year_span(text, seed, other) and kind == p_kind == "count":
                return self.drop(seeds, i, 2, "year_span_is_a_period")  # "2014-2022"
            if kind == p_kind == "count" and first_low >= other.high and _joined_by_dash(text, seed, other):
                return self.drop(seeds, i, 2, "score_or_odds")  # "a 13-2 vote", "the 3-1 win", "a 50-50 chance"
            if kind == p_kind == "count" and self.age_band_in_a_name(seed, other, start):
                return self.drop(seeds, i, 2, "age_band_in_a_name")  # "the 18-24 Youth Jobs programme"
            # falling_range: "from 3,000 down to 800", "ranged from -18 °C to -34 °C" (each end with its unit) are
            # written from the high end
            falling = falling or (kind == p_kind != "count" and unit == p_unit and first_low > other.high
                                  and range_start(text, start) is not None)
            lowest, highest = (other.low, first_low) if falling else (first_low, other.high)
            # (equal ends joined by "or" are one figure written twice: "5.00 or 5,00")
            if compatible and (lowest < highest or lowest == highest and text[seed.end: other.start].strip() != "or") \
                    and p_kind != "modifier":
                low, high = lowest, highest
                if p_kind != "count":
                    if kind == "count" and partner_unit_rule:
                        rules.append(partner_unit_rule)  # "5 to 10%", "between 5 and 8 mg": the unit on the closing end
                    kind, unit = p_kind, p_unit
                end = max(p_end, other.end) if p_kind != "count" else other.end
                if kind == "money" and currency is None:
                    currency = unit
                bound = "range"
                used = j - i + 1
                range_word_start = range_start(text, start)
                rules.append("falling_range" if falling else _range_rule(text, seed.end, other.start, range_word_start))

        if used == 1 and kind == "count" and partner is None and (shared := self.unit_shared_by_list(seeds, i)) is not None:
            kind, unit = shared  # "45 and 50 mg": the unit written once, on the last
            rules.append("unit_shared_by_list")
        elif used == 1 and kind == "count" and partner is None and (shared := self.unit_shared_by_change(seeds, i, start)):
            kind, unit = shared  # "raised from 180,000 to 210,000 rubles": where the change went from, in its unit
            rules.append("unit_shared_by_change")
        if used == 1 and (reason := self.not_a_figure(seed, start, end, kind, currency, unit)) is not None:
            if i + 1 < len(seeds) and _OF_RE.fullmatch(text, seed.end, seeds[i + 1].start) \
                    and names_an_identifier(text[max(0, seed.start - 16): seed.start]):
                return self.drop(seeds, i, 2, "total_of_an_identifier")  # "Page 2 of 4"
            return self.drop(seeds, i, 1, reason)
        if kind == "count" and may_open_with(text[end: end + 8], "t") and TIMES_AFTER_RE.match(text, end):
            return self.drop(seeds, i, used, "multiplier_times")  # "four times the average wage"
        if kind == "count" and max(v for v in (low, high) if v is not None) <= MAX_AGE \
                and may_end_in(text[max(0, start - 40): start], AGE_LAST_WORDS) \
                and AGE_BEFORE_RE.search(text, max(0, start - 40), start):
            return self.drop(seeds, i, used, "age_of_those_counted")  # "men under 50", "children aged 5 to 12"

        if range_word_start is not None:
            start = range_word_start.start()
        hedge_start, hedge = self.hedge_before(start)
        m = self.bound_after(end)
        if m:
            # "-plus", "+": at least; "-ish": about (rule "ish_suffix"); "or more", "or fewer"; "and above"
            hedge = "at_least" if m.group("plus") else "approximate" if m.group("ish") \
                else OR_BOUNDS[fold(m.group("or"))] if m.group("or") else AND_BOUNDS[fold(m.group("and"))]
            end += m.end()
            rules.append("ish_suffix" if m.group("ish") else "bound_after_number")
        elif hedge:
            rules.append("hedge_prefix")
            if hedge in INCLUSIVE_OF_STRICT and self.text.startswith(" or", end) \
                    and (equal := _OR_EQUAL_AFTER_RE.match(self.text, end)) is not None:
                # or_equal_after_bound: "more than 5000 or equal to" is at least 5000
                hedge, end = INCLUSIVE_OF_STRICT[hedge], equal.end()
                rules.append("or_equal_after_bound")
        estimate: float | None = None
        if hedge in _LOWER_BOUNDS + _UPPER_BOUNDS and bound != "range" and used == 1 \
                and (closing := self.closing_bound(seeds, i, end, kind, unit, hedge in _UPPER_BOUNDS)) is not None:
            # "greater than 100 and smaller than 300", "at most 40 and at least 25": one range, both ends bounded
            end, other_end, used = closing
            if hedge in _UPPER_BOUNDS:
                low, high = other_end, high
            else:
                high = other_end
            start, bound, hedge = min(hedge_start, start), "range", None
            rules.append("range_of_two_bounds")
        if hedge and bound != "range":
            start = hedge_start if hedge_start < start else start
            bound = hedge
            if hedge in ("at_least", "more_than"):
                high = None
            elif hedge in ("at_most", "less_than"):
                low = None
            else:
                estimate = low
        elif hedge and bound == "range" and hedge_start < start:
            start = hedge_start
        elif bound == "exact":
            estimate = low
        per = self.per_of(start, end, kind)
        if per is not None:
            rules.append("per_after_figure")
        return _Figure(start, end, low, high, bound, kind, unit if kind != "count" else None, per, estimate,
                       tuple(rules)), used

    def unit_shared_by_list(self, seeds: list[_Seed], i: int) -> tuple[str, str | None] | None:
        """The unit or currency a bare number takes from the last item of the list it opens, when commas and
        a closing "and" alone join them ("given 45 and 50 mg", "depths of 5, 10 and 150 metres", "fares of
        2, 2.50 and 3 euros"; "5 or 10 mg" is a range): (kind, unit), or None (rule "unit_shared_by_list").
        A symbol before the last item is shared by a list of three or more ("20, 35 and $50"), never by a
        pair ("killed 12 and $50 million"). Each list is read once, for all its items."""
        if i in self._shared:
            return self._shared[i]
        if seeds[i].rule in _LIST_RULES:
            return self.unit_shared_by_run(seeds, i)
        j, commas, closed, code = i, 0, False, None
        while j + 1 < len(seeds) and not closed:
            seed, nxt = seeds[j], seeds[j + 1]
            if nxt.start - seed.end > 12 or nxt.kind not in ("num", "words") or seeds[i].kind != nxt.kind:
                break
            sep = _LIST_SEP_RE.match(self.text, seed.end, nxt.start)
            if sep is None:
                break
            closed = "and" in sep.group(0)
            if sep.end() != nxt.start:  # a symbol before the item: only the last one's is shared
                item_start, code = self.prefix_currency(nxt.start)
                if code is None or item_start != sep.end() or not closed:
                    break  # "$20, $35 and $50": each item says its own
            commas += not closed
            j += 1
        shared: tuple[str, str | None] | None = None
        if closed and not (seeds[j].has_scale and not any(seeds[k].has_scale for k in range(i, j))):
            # (never to items without the last one's scale: "raised 20, 35 and $50 million" leaves 20 a count)
            if code is not None:
                shared = ("money", code) if commas else None
            else:
                _, n_kind, n_unit = self.tail(seeds[j])
                if n_kind in ("quantity", "percent", "money") and n_unit not in TIME_UNITS:
                    shared = (n_kind, n_unit)
        for k in range(i, max(j, i + 1)):
            self._shared[k] = shared
        return shared

    def unit_shared_by_change(self, seeds: list[_Seed], i: int, start: int) -> tuple[str, str | None] | None:
        """The unit or currency a bare number takes from the level a change reached, written once on it: "raised
        from 180,000 to 210,000 rubles", "cut from 7 to 6.5 percent" (after a change verb, "from A to B" is two
        figures, ``range_partner``): (kind, unit), or None. Never where only the level has a scale ("rose from 900
        to 1.2 million" leaves 900 a count, what it counts unsaid)."""
        if i + 1 >= len(seeds) or seeds[i + 1].has_scale and not seeds[i].has_scale \
                or not _TO_RE.fullmatch(self.text, seeds[i].end, seeds[i + 1].start):
            return None
        opener = range_start(self.text, start)
        if opener is None or fold(opener.group("w")) != "from" \
                or not CHANGE_BEFORE_RE.search(self.text, max(0, opener.start() - 45), opener.start()):
            return None
        _, kind, unit = self.tail(seeds[i + 1])
        return (kind, unit) if kind in ("quantity", "percent", "money") and unit not in TIME_UNITS else None

    def unit_shared_by_run(self, seeds: list[_Seed], i: int) -> tuple[str, str | None] | None:
        """unit_shared_by_list for a list written without spaces ("5,10,15 metres", "5,10,150 metres"): the
        unit of its last item, shared by the items before it (a period aside, as in a list with spaces)."""
        head = seeds[i].head if seeds[i].head >= 0 else seeds[i].start
        j = i
        while j + 1 < len(seeds) and seeds[j + 1].head == head:
            j += 1
        _, kind, unit = self.tail(seeds[j])
        shared = (kind, unit) if kind in ("quantity", "percent", "money") and unit not in TIME_UNITS else None
        for k in range(i, j + 1):
            self._shared[k] = shared
        return shared

    def closing_bound(self, seeds: list[_Seed], i: int, end: int, kind: str, unit: str | None, upper_first: bool = False
                      ) -> tuple[int, float, int] | None:
        """After a lower bound, "and" and an upper bound of the same kind (or the upper one first, when
        ``upper_first``: two_bounds_upper_first): (end, the other end, seeds used)."""
        joined = _AND_RE.match(self.text, end) if i + 1 < len(seeds) else None
        if joined is None:
            return None
        nxt = seeds[i + 1]
        item_start, code = self.prefix_currency(nxt.start)  # "more than $50,000 but less than $100,000"
        at, other = self.hedge_before(item_start)
        if other not in (_LOWER_BOUNDS if upper_first else _UPPER_BOUNDS) or at != joined.end():
            return None
        n_end, n_kind, n_unit = (nxt.end, "money", code) if code is not None else self.tail(nxt)
        lowest, highest = (nxt.low, seeds[i].high) if upper_first else (seeds[i].low, nxt.high)
        if (n_kind, n_unit) != (kind, unit) and n_kind != "count" or highest < lowest:
            return None
        return max(n_end, nxt.end), nxt.low if upper_first else nxt.high, 2

    def drop(self, seeds: list[_Seed], i: int, used: int, rule: str) -> tuple[None, int]:
        """No figure from seeds ``i`` to ``i + used``: recorded with the rule that dropped them (``explain``)."""
        self.dropped.append((seeds[i].start, seeds[i + used - 1].end, rule))
        return None, used

    def ratio(self, seeds: list[_Seed], i: int, kind: str) -> tuple[int, float] | None:
        """"1 in 5 Ukrainians", "one in three": a share, read as a percentage."""
        if kind != "count" or i + 1 >= len(seeds) or seeds[i].kind not in ("num", "words"):
            return None
        nxt = seeds[i + 1]
        if nxt.kind not in ("num", "words") or not 0 < abs(seeds[i].low) < nxt.low <= 1000 or nxt.has_scale:
            return None
        # a ratio ("3 in 10", "one out of five"), or one_over_n: "one over three" in words (never "one over three
        # rounds"), "1 over 3." closing its clause (never "1 over 3 years")
        over = _OVER_RE.fullmatch(self.text, seeds[i].end, nxt.start) is not None
        if not (seeds[i].low > 0 and RATIO_RE.fullmatch(self.text, seeds[i].end, nxt.start)) and not (
                over and seeds[i].kind == nxt.kind == "words" and not _PLURAL_AFTER_RE.match(self.text, nxt.end)) \
                and not (over and abs(seeds[i].low) == 1 and _CLAUSE_END_RE.match(self.text, nxt.end)):
            return None
        return i + 1, seeds[i].low / nxt.low * 100

    def compound(self, seeds: list[_Seed], i: int, end: int, kind: str, unit: str | None
                 ) -> tuple[int, str, str | None, float, int] | None:
        """One amount written in two parts, the larger first: "3 dollars 50 cents", "thirteen dollars and
        forty-five cents", "2 trillion 225 billion UAH". (end, kind, unit, the sum) or None."""
        if i + 1 >= len(seeds):
            return None
        seed, nxt = seeds[i], seeds[i + 1]
        if nxt.start - end > 5 or nxt.kind not in ("num", "words"):
            return None  # most figures: the next number is further on
        gap = self.text[end: nxt.start]
        if gap.strip() not in ("", "and"):
            return None
        if kind == "money":
            if seed.in_main_unit:
                return None
            n_end, n_kind, n_unit = self.tail(nxt)
            if n_kind == "money" and n_unit == unit and nxt.in_main_unit:
                # the main unit, then a part of it ("3 dollars 50 cents", "3 kuai 5 mao"), and the tenths' own
                # hundredths after them where a bare digit closes the amount ("one kuai and five mao five")
                third = self.hundredths_after_tenths(seeds, i + 2, n_end, nxt)
                if third is not None:
                    return third.end, kind, unit, seed.low + nxt.low + third.low * nxt.sub_unit / 10, 3
                return n_end, kind, unit, seed.low + nxt.low, 2
            if n_kind == "count" and self.cents_after(seed, end, nxt):
                return max(n_end, nxt.end), kind, unit, seed.low + nxt.low / 100, 2
            return None
        if kind == "quantity" and gap and gap[:1].isspace():
            n_end, n_kind, n_unit = self.tail(nxt)
            if n_kind == "count" and unit == "foot" and (inch := _IN_AFTER_RE.match(self.text, nxt.end)) is not None:
                n_end, n_kind, n_unit = inch.end(), "quantity", "inch"  # "6 ft 10 in in socks": after feet, "in" is inches
            factor = COMPOUND_UNITS.get((unit or "", n_unit or ""))
            # "5 ft 9 in": 69 inches; "5 feet and 2 inches" too, where the second part is less than one of the first
            if n_kind == "quantity" and factor is not None and (not gap.strip() or nxt.low < factor):
                return n_end, n_kind, n_unit, seed.low * factor + nxt.low, 2
            return None
        if kind == "count" and gap.strip() == "and" and _rest_after_hundred(self.text, seed, nxt):
            n_end, n_kind, n_unit = self.tail(nxt)  # "3 hundred and 21 yuan": 321 yuan
            return (n_end, n_kind, n_unit, seed.low + nxt.low, 2) if n_kind in ("count", "money", "quantity") else None
        if kind != "count" or gap.strip() or not (seed.has_scale and nxt.has_scale and seed.raw_value and nxt.raw_value):
            return None
        if not nxt.low / nxt.raw_value < seed.low / seed.raw_value or nxt.raw_value >= 1000:
            return None  # "2 trillion 225 billion": a smaller scale, fewer than a thousand of it
        n_end, n_kind, n_unit = self.tail(nxt)
        if n_kind in ("count", "money", "quantity"):
            return n_end, n_kind, n_unit, seed.low + nxt.low, 2
        return None

    def hundredths_after_tenths(self, seeds: list[_Seed], k: int, end: int, tenths: _Seed) -> _Seed | None:
        """hundredths_after_tenths: after an amount in tenths of its main unit ("five mao"), a bare digit right
        after it that closes the clause is the next part down, left unsaid as "cents" is in "12 dollars 40"
        ("one kuai and five mao five": 1.55 yuan); None otherwise."""
        if tenths.sub_unit != 0.1 or k >= len(seeds):
            return None
        third = seeds[k]
        if third.start - end > 2 or self.text[end: third.start].strip() or third.kind not in ("num", "words") \
                or third.has_scale or not (third.low.is_integer() and 0 < third.low < 10):
            return None
        return third if _CENTS_END_RE.match(self.text, third.end) is not None else None

    def cents_after(self, seed: _Seed, end: int, nxt: _Seed) -> bool:
        """cents_after_the_main_unit: "12 dollars 40", "17 USD 25", "thirteen dollars forty five": a whole
        amount, its unit written after it, then a bare number of hundredths (two digits, or words under a
        hundred) that closes the clause; never "5 dollars 20 times" or "$15 and 50 for children"."""
        text = self.text
        if seed.has_scale or not seed.low.is_integer() or not text[seed.end: end].strip():
            return False
        if not (nxt.low.is_integer() and 0 < nxt.low < 100) or nxt.has_scale \
                or (nxt.kind == "num" and not (nxt.end - nxt.start == 2 and text[nxt.start: nxt.end].isdigit())):
            return False
        if text[end: nxt.start].strip() and range_start(text, self.prefix_currency(seed.start)[0]) is not None:
            return False  # "between 5 dollars and 10": a range
        return _CENTS_END_RE.match(text, nxt.end) is not None

    def uncertainty(self, seeds: list[_Seed], i: int, end: int, kind: str, unit: str | None
                    ) -> tuple[int, str, str | None, float, float, int] | None:
        """"240 ± 15 metres", "1.1 +/- 0.1 °C": (end, kind, unit, low, high, seeds used) or None. The unit
        may be written once, after either number."""
        if i + 1 >= len(seeds) or seeds[i + 1].spread_start < 0:
            return None
        seed, nxt = seeds[i], seeds[i + 1]
        if self.text[end: nxt.spread_start].strip() and self.text[seed.end: nxt.spread_start].strip():
            return None  # the "±" belongs to a figure of its own
        n_end, n_kind, n_unit = self.tail(nxt)
        if n_kind == "count":
            n_kind, n_unit, n_end = kind, unit, max(n_end, nxt.end)
        elif kind != "count" and (kind, unit) != (n_kind, n_unit):
            return None
        return n_end, n_kind, n_unit, seed.low - nxt.high, seed.high + nxt.high, 2

    def range_partner(self, seeds: list[_Seed], i: int, end: int, start: int) -> tuple[int, int, str | None, bool] | None:
        """(index of the seed that closes a range opened at seed i, its start, its currency, whether the range
        is written from its high end: "from 3,000 down to 800") or None."""
        if i + 1 >= len(seeds) or seeds[i].kind in ("vague", "few"):
            return None
        text = self.text
        per = _per_at(text, end)  # "from $210 per tonne to $260": the connector after the first end's per
        for tail_end in dict.fromkeys((end, seeds[i].end, end + per.end() if per is not None else end)):
            window = text[tail_end: tail_end + CONNECTOR_REACH]
            m = CONNECTOR_RE.match(window) if may_open_with(window, CONNECTOR_FIRSTS) else None
            if not m:
                continue
            nxt = seeds[i + 1]
            after = tail_end + m.end()
            word = " ".join(fold(m.group("w") or "").split())
            hedged = RANGE_END_HEDGE_RE.match(text, after)
            if hedged and word in ("to", "and"):
                after = hedged.end()
            p_start, p_currency = self.prefix_currency(nxt.start)
            if p_start != after or nxt.kind in ("vague", "few"):
                continue
            opener = range_start(text, start)
            opened = fold(opener.group("w")) if opener else ""
            if word == "and" and opened != "between":
                return None
            if word == "or" and _EITHER_BEFORE_RE.search(text, max(0, start - 8), start):
                return None  # either_or: "either 10 bln or 10 tln" names two figures, not a range
            falling = word in FALLING_RANGE_WORDS
            if falling and opened != "from":
                return None  # "fell 5 down to 3": only "from 3,000 down to 800" is a range
            if opened == "from" and opener and CHANGE_BEFORE_RE.search(text, max(0, opener.start() - 45), opener.start()):
                return None
            if word == "to" and (tail_end != seeds[i].end or seeds[i].has_scale or nxt.low > _LEVEL_OVER_CHANGE * seeds[i].high) \
                    and self.change_by_before(start):
                return None  # "rose by 18% to 2,345", "fell by about 30,000 to 7.54 million": a change, then the level
            if word == "to" and CHANGE_VERB_RIGHT_BEFORE_RE.search(text, max(0, start - 12), start) \
                    and _change_then_level(seeds[i], nxt):
                return None  # change_then_level: "fell 12p to 320p"; "jumped $1.2bn to $5.6bn", each end with its scale
            if m.group("d") and (seeds[i].kind == "words") != (nxt.kind == "words"):
                return None
            if per is not None and tail_end == end + per.end() and not _same_rate(per, _rate_after(text, nxt.end)):
                return None  # rates_differ: "R30 an hour or R1,200 a week", "N500 a day to 3,000 riders": two figures
            return i + 1, p_start, p_currency, falling
        return None

    def bound_after(self, end: int) -> re.Match[str] | None:
        """A bound written after the figure that ends at ``end``: "-plus", "+", "or more", "or fewer"."""
        window = self.text[end: end + SUFFIX_BOUND_REACH]
        return SUFFIX_BOUND_RE.match(window) if may_open_with(window, SUFFIX_BOUND_FIRSTS) else None

    def change_by_before(self, start: int) -> bool:
        """Whether "by" after a change verb stands right before ``start`` ("fell by nearly", "rose by")."""
        by = BY_BEFORE_RE.search(self.text, max(0, start - 25), start)
        return by is not None and CHANGE_BEFORE_RE.search(self.text, max(0, by.start() - 45), by.start()) is not None

    def not_a_figure(self, seed: _Seed, start: int, end: int, kind: str, currency: str | None,
                     unit: str | None = None) -> str | None:
        """The name of the rule that tells this number is not a figure, or None for a figure."""
        text = self.text
        before = text[max(0, seed.start - 16): seed.start]
        if kind == "quantity" and unit in TIME_UNITS and self.hedge_before(start)[1] is None \
                and (word := _WORD_AFTER_RE.match(text, end, end + 12)) is not None and fold(word.group(1)) in RELATIVE_TIME_WORDS:
            return "time_relative_to_a_moment"  # "two years earlier", "three days later": when, not how much
        if kind == "count" and (word := _WORD_AFTER_RE.match(text, end, end + 12)) is not None \
                and fold(word.group(1)) in _SEASONS_COUNTED \
                and (TIME_FRAME_BEFORE_RE.search(text, max(0, seed.start - 20), seed.start)
                     or ((when := _WORD_AFTER_RE.match(text, word.end(), word.end() + 12)) is not None
                         and fold(when.group(1)) in RELATIVE_TIME_WORDS)):
            return "seasons_are_a_time_frame"  # "over the past three winters", "three winters ago", as with months
        if seed.kind == "num":
            raw_digits = text[seed.start: seed.end]
            if kind in ("count", "money") and raw_digits.isdigit() and GRADE_AFTER_RE.match(text, seed.end):
                return "grade_before_its_noun"  # "98 octane unleaded", "95 RON petrol": a grade, not a figure
            if kind == "count" and raw_digits.isdigit() and not seed.has_scale and GRADED_STANDARD_BEFORE_RE.search(before):
                return "grade_of_a_standard"  # "Euro 6 emission rules"; never "euro 6 million"
            if kind == "count" and raw_digits.isdigit() and seed.low <= MAX_AGE and text.startswith(", ", end) \
                    and (name := _NAME_COMMA_BEFORE_RE.search(text, max(0, seed.start - 40), seed.start)) is not None and fold(name.group(1)) not in _DATE_NAMES:
                return "age_in_apposition"  # "Daniel Hewitt, 43, was charged": the person's age, not a figure
            if kind == "count" and text[seed.start - 1: seed.start] == "(" and seed.start > 1 and text[seed.start - 2].isdigit() \
                    and text.startswith(")", end):
                return "subsection_number"  # "section 14(2)"
            if kind == "count" and _NAMED_OF_BEFORE_RE.search(before) and not _COUNTED_NOUN_AFTER_RE.match(text, end):
                return "number_in_a_name"  # "the Group of 77 also met"; but "the Council of 27 members"
            if (kind == "count" or (before.endswith("-") and before[-2:-1].isalpha())) and names_an_identifier(before):
                return "identifier_before_number"  # Su-34, F-16, COVID-19, Article 5, page 12
            if kind == "count" and before[-1:] == " " and before[-2:-1].isalpha() and self.in_a_proper_name(seed, start, end):
                return "number_in_a_proper_name"  # "Rescue 1122 said", "Interstate 5 was closed", "on Route 66"
            nxt = text[end: end + 1]
            decimal_modifier = nxt == "-" and "." in text[seed.start: end]  # "a 7.8-magnitude quake", "6.0-sigma"
            if nxt.isalpha() or (nxt == "-" and text[end + 1: end + 2].isalpha() and kind == "count" and not decimal_modifier):
                after = fold(text[end: end + 7])
                if not (after.startswith(("-plus", "-odd", "-strong")) or (after.startswith(("-ish", "ish")) and self.bound_after(end))):
                    return "fused_with_letters"  # 4th, 3D, 5G, "one-time"; but "a 2,400-strong brigade" is a count
            if nxt == "." and text[end + 1: end + 2].isdigit():
                return "version_number"  # version numbers 1.2.3
            if (nxt == "/" and text[end + 1: end + 2].isdigit()) or (before.endswith(("/", "+")) and before[-2:-1].isalnum()):
                return "slash_date_or_code"  # 9/11, 24/7, the 2023/24 season, P5+1
            if text[seed.start] == "0" and text[seed.start + 1: seed.start + 2].isdigit():
                return "leading_zero_code"  # a code or a phone number: "0800", "007"
            raw = text[seed.start: seed.end]
            if kind == "count" and not seed.has_scale and _is_four_digits(raw) and 1000 <= seed.low <= 2100:
                if self.hedge_before(seed.start)[1] is None and not self.bound_after(end):
                    if not _year_shape_counts(text, seed.start, end) and (YEAR_PREP_RE.search(text, max(0, seed.start - 20), seed.start)
                                        or FUNCTION_AFTER_RE.match(text[end: end + 20])):
                        return "year_is_not_a_figure"  # a year; but "a total of 1850 homes were" counts homes
                    if self.year_in_a_name(seed.start, end):
                        return "year_in_a_name"  # "Vision 2030", "a 2023 law", "the 2025 budget"
            if kind == "count" and raw.isdigit() and (
                    (PHONE_VERB_BEFORE_RE.search(before) and FUNCTION_AFTER_RE.match(text[end: end + 20]))
                    or (_ARTICLE_END_RE.search(before) and _PHONE_NOUN_AFTER_RE.match(text, end))):
                return "phone_number"  # "call 999 and ask", "dialled 911 shortly", "a 911 call"; not "call 100 witnesses"
            if kind == "count" and raw.isdigit() and _STREET_AFTER_RE.match(text, end):
                return "street_address"  # "1420 Oak Street", "221 Baker Street"
            if kind == "count" and _LIST_MARKER_END_RE.match(text, end, end + 3) and (seed.start == 0 or text[seed.start - 1] == "\n"):
                return "list_marker"  # a list marker "1. "
            if kind == "count" and start == seed.start and raw.isdigit() and len(raw) <= 2 and 1 <= seed.low <= 31 \
                    and self.day_beside_a_date(seed):
                return "day_paired_with_a_date"  # "January 23 and 25", "on 12 and 13 October": days, not figures
        elif seed.kind == "words":
            if kind == "count" and text[end: end + 1] == "-" and text[end + 1: end + 2].isalpha() \
                    and not fold(text[end: end + 7]).startswith("-strong"):
                return "word_number_modifier"  # one-time, two-day
            if seed.low == 1 and kind in ("count", "quantity"):
                lowered = fold(text[seed.start: seed.end])
                if lowered in ("one", "a", "an") and not (lowered == "one" and kind == "quantity" and unit not in TIME_UNITS
                                                         and not (unit == "foot" and _FOOT_IDIOM_RE.match(text, seed.end))):
                    # (but "one mile", "one kilometre long": a measure, where "a mile" names the unit)
                    has_hedge = self.hedge_before(start)[1] is not None
                    casualty = CASUALTY_AFTER_RE.match(text[end: end + 50]) or CASUALTY_BEFORE_RE.search(
                        text, max(0, seed.start - 20), seed.start)
                    if not has_hedge and (not casualty or kind == "quantity" or _NO_BEFORE_RE.search(before)):
                        return "one_is_not_a_count"  # "one of", "no one", "one another", "one day"
            if text[seed.start].isupper() and seed.start > 1 and text[seed.start - 2].isalpha() and text[seed.start - 2].isupper():
                return "part_of_a_name"  # part of a name: "Formula One", "Air Force One"
            if text[seed.start].isupper() and _CAPITALISED_AFTER_RE.match(text, end) and not _SENTENCE_OPENS_BEFORE_RE.search(before):
                return "part_of_a_name"  # inside a sentence, before a capitalised word: "the Nine Network", "Seven West Media"
        return None

    def day_beside_a_date(self, seed: _Seed) -> bool:
        """Whether the number is a day joined by "and", "or" or a comma to a date that ends with its day
        ("January 23 and 25", "Feb. 14, 15 and 16") or opens with it ("12 and 13 October"), or to such a day
        before it: the month written once for both."""
        text = self.text
        k = bisect.bisect_left(self.date_starts, seed.start)
        if k and (d := self.dates[k - 1]).day is not None and _DAY_END_RE.search(text, d.start, d.end) \
                and self._day_link(d.end, seed.start, seed.end):
            return True
        if k < len(self.dates) and (d := self.dates[k]).day is not None and text[d.start: d.start + 1].isdigit() \
                and self._day_link(seed.end, d.start, d.start):
            return True
        return bool(self.dropped) and self.dropped[-1][2] == "day_paired_with_a_date" \
            and self._day_link(self.dropped[-1][1], seed.start, seed.end)  # "Dec. 5, 6 and 7"

    def _day_link(self, start: int, end: int, day_end: int) -> bool:
        """Whether ``text[start:end]`` joins two days: "and", "or", or a comma where the day after it (ending at
        ``day_end``) has one more after it ("Dec. 5, 6 and 7"; not "On May 4, 12 people")."""
        link = _DAY_LINK_RE.fullmatch(self.text, start, end)
        if link is None:
            return False
        if link.group(0).strip() != ",":
            return True
        more = _DAY_LINK_RE.match(self.text, day_end)
        return more is not None and self.text[more.end(): more.end() + 1].isdigit()

    def age_band_in_a_name(self, low: _Seed, high: _Seed, start: int) -> bool:
        """age_band_in_a_name: whether two plain ages joined by a dash between a determiner and a singular noun
        or a capitalised word name a programme or a group by its ages ("the 18-24 Youth Jobs programme", "the
        15-35 youth fund"; not "the 5-10 people", "the 18-24 months")."""
        text = self.text
        if not (_joined_by_dash(text, low, high) and low.high < high.low <= MAX_AGE
                and text[low.start: low.end].isdigit() and text[high.start: high.end].isdigit()):
            return False
        if _DETERMINER_RIGHT_BEFORE_RE.search(text, max(0, start - 8), start) is None:
            return False
        after = _WORD_AFTER_RE.match(text, high.end, high.end + 30)
        if after is None or text[high.end: after.start(1)].strip(" \t") or fold(after.group(1)) in PEOPLE:
            return False
        word = after.group(1)
        return word[:1].isupper() or _SINGULAR_NOUN_AFTER_RE.match(text, high.end) is not None

    def year_in_a_name(self, start: int, end: int) -> bool:
        """year_in_a_name: whether the year-shaped numeral from ``start`` to ``end`` names a plan or a law by its
        year: after a capitalised word inside its sentence that is no place ("Saudi Arabia's Vision 2030", "Kenya
        Vision 2030 envisages", "Agenda 2063") or between a determiner and a singular noun ("a 2023 law", "the 2025 budget";
        not "the 2000 soldiers")."""
        text = self.text
        name = _NAME_WORD_BEFORE_RE.search(text, max(0, start - 24), start)
        if name is not None and fold(name.group(1)) not in _NOT_NAME_WORDS \
                and not (name.start() == 0 or _SENTENCE_OPENS_BEFORE_RE.search(text[max(0, name.start() - 3): name.start()])) \
                and name.group(1) not in place_table() and not side_mentions(text, name.start(), name.end()):
            return True  # (not after a place: "Ukraine 2000 tanks were lost" counts tanks)
        return _DETERMINER_RIGHT_BEFORE_RE.search(text, max(0, start - 8), start) is not None \
            and _SINGULAR_NOUN_AFTER_RE.match(text, end) is not None

    def in_a_proper_name(self, seed: _Seed, start: int, end: int) -> bool:
        """number_in_a_proper_name: whether a plain numeral ("1122", "5"; not "1,200", "3.5" or "2 million")
        is part of the name it follows: a capitalised word or an acronym ("FTSE 100", "S&P 500") that is no
        function word or hedge ("Some 40", "Only 12"), and either opens its sentence as the subject of a verb after the number ("Rescue 1122 said",
        "Route 66 runs"; not the instruction "Expect 20 to 10 injuries") or follows a preposition or a
        determiner (WORDS_BEFORE_A_NAME: "on Interstate 5", "The Nasdaq 100"), never a verb ("gave Ukraine
        300 missiles"), a comma or a list's "and" ("Kursk 500 and Tatarstan 300" are places and their
        figures) or another capitalised word ("Flood Kills 40", a headline; "World War 2" is lost with it);
        and no word after it says it counts ("In Kherson 12 people died", "in Sindh 492 deaths") or is
        Title-case (a headline again: "Rescued 40 People")."""
        text = self.text
        if seed.has_scale or seed.suffix or not text[seed.start: seed.end].isdigit() or start != seed.start:
            return False
        name = _NAME_WORD_BEFORE_RE.search(text, max(0, seed.start - 24), seed.start)
        if name is None or fold(name.group(1)) in _NOT_NAME_WORDS:
            return False
        at = name.start()
        opens = at == 0 or _SENTENCE_OPENS_BEFORE_RE.search(text[max(0, at - 3): at]) is not None
        counted_place = False  # "in Sindh 492 deaths": a place and a count
        if not opens:
            previous = _WORD_BEFORE_NAME_RE.search(text, max(0, at - 16), at)
            word = fold(previous.group(1)) if previous is not None else ""
            if word not in WORDS_BEFORE_A_NAME:
                return False  # after a verb, a comma, a list's "and" or a capitalised word
            counted_place = word in ("in", "at")
        if self.hedge_before(seed.start)[1] is not None or self.bound_after(end):
            return False
        after = _WORD_AFTER_RE.match(text, end, end + 30)
        if after is not None and not text[end: after.start(1)].strip(" \t"):
            word = after.group(1)
            if word[:1].isupper() and not word.isupper() or fold(word) in PEOPLE:
                return False
            if opens and not (word.endswith(("s", "ed")) or word in _COPULAS or word in _NAME_VERBS):
                return False
            if counted_place and word.endswith("s") and word.islower() and word not in _COPULAS:
                return False
        return CASUALTY_AFTER_RE.match(text[end: end + 50]) is None

    def per_of(self, start: int, end: int, kind: str) -> str | None:
        if kind == "quantity":
            for symbol, per in RATE_SYMBOLS.items():
                if self.text.endswith(symbol, start, end):
                    return per  # "650,000 bpd": barrels a day (the rate symbol says its period)
        m = _per_at(self.text, end)
        if m is None and may_open_with(self.text[end: end + 8], "()") and (aside := _ASIDE_AFTER_RE.match(self.text, end)):
            # "220,000 tenge ($480) per month": the period after a bracketed conversion is both figures'
            m = _per_at(self.text, aside.end())
            if m is not None and m.group("hyph"):
                m = None  # "-a-month" is fused to the word before it, not to a bracket
        if m:
            if m.group("hyph"):  # "a $2,000-a-month salary"
                return m.group("hyph")
            if m.group("adv"):
                return PER_ADVERBS[fold(m.group("adv"))]
            word = _per_word(" ".join(fold(m.group("per")).split()))  # ("per megawatt hour")
            if word is None and (then := _per_at(self.text, end + m.end())) is not None and then.group("per"):
                return _per_word(fold(then.group("per")))  # "€200 per child a month": the period after a per-thing
            if word is not None:
                return word
        if kind in ("money", "quantity") and (m := PER_UNIT_OF_RE.match(self.text, end, end + 30)) \
                and (of_good := _per_word(" ".join(fold(m.group("per")).split()))) is not None:
            return of_good
        if kind == "count" and (m := PER_AFTER_NOUN_RE.match(self.text, end)):
            return _period_after(m)
        if kind in ("money", "quantity") and (m := PER_AFTER_OF_RE.match(self.text, end)):
            return "person" if m.group("person") else _period_after(m)
        # ("annual inflation was 2.4%": a share that changed over a year is no rate per year)
        if kind != "percent" and may_contain(self.text[max(0, start - 40): start], _PER_ADJECTIVES) \
                and (m := PER_BEFORE_RE.search(self.text, max(0, start - 40), start)):
            per = _RATE_MODIFIERS[" ".join(fold(m.group("adv")).replace("-", " ").split())]
            if per != "person" or not may_contain(self.text[max(0, m.start() - 30): m.start()], _PERIOD_ADJECTIVE_WORDS):
                return per  # (a period before a person's rate is the rate a payment is read at: "a monthly income per
                # person of $1,500" is per month)
        if kind == "money" and may_contain(self.text[max(0, start - 80): start], PRICE_VERB_STEMS) \
                and (m := PRICE_PER_BEFORE_RE.search(self.text, max(0, start - 80), start)):
            unit = " ".join(fold(m.group("unit")).split())
            return PER_WORDS.get(unit) or unit
        return None


# ---------------------------------------------------------------------------------------------- sentences


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the text's sentences (headlines and paragraphs end a sentence too)."""
    starts = [0]
    for m in SENTENCE_BREAK_RE.finditer(text):
        kind = m.lastgroup  # "stop", "line", or None: a paragraph, or a line that ends in a stop
        stop, end = m.span()
        if kind == "stop":
            # (after a word of four letters or more, no abbreviation can end: the look-up is skipped)
            if text[stop] == "." and not (stop >= 4 and text[stop - 4: stop].isalpha()) \
                    and abbreviation_before(text, stop):
                continue
            if text[stop] == "." and not (stop >= 6 and text[stop - 6: stop].isalpha()) \
                    and kept_abbreviation_before(text, stop):
                continue  # "Oct. 14", "Tulsa, Okla."
        elif kind == "line" and not _ends_in_word(text, stop):
            continue
        starts.append(end)
    return starts


def _ends_in_word(text: str, pos: int) -> bool:
    """Whether the line that ends at ``pos`` ends in a word, a number or "?" (a headline, not a list item's ",")."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and ((text[i].isascii() and text[i].isalnum()) or text[i] == "?")


def _sentence_at(text: str, starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    s = starts[i]
    e = starts[i + 1] if i + 1 < len(starts) else len(text)
    return s, e


# ---------------------------------------------------------------------------------------------- API


def explain(text: str, published: str | None = None, lang: str | None = None
            ) -> tuple[list[Claim], list[tuple[int, int, str, str]]]:
    """What ``extract`` finds, and every number it turned away: (claims, [(start, end, text, rule)]),
    the rule named as in the code ("year_is_not_a_figure", "identifier_before_number",
    "time_frame_is_not_a_figure", …). For an analyst asking why a number is not a claim."""
    english, slavic_parts = _by_language(text, lang)
    ex = _Extractor(english)
    claims = _claims(ex, ex.figures(), english, published, "a1")
    dropped = [(s, e, english[s:e], ex.mask_rule(s, e) if rule == _MASKED else rule) for s, e, rule in sorted(dict.fromkeys(ex.dropped))]
    for code, spans in slavic_parts.items():
        claims += slavic.extract(text, code, published, "a1", spans)
        dropped += [(s, e, text[s:e], rule) for s, e, rule in slavic.explain(text, code, spans)]
    return sorted(claims, key=lambda c: c.start), sorted(dropped)


def extract(text: str, published: str | None = None, article_id: str = "a1", lang: str | None = None) -> list[Claim]:
    """Every numeric claim in ``text``, in order of appearance, with what it counts and whose it is.

    ``published`` (ISO date) resolves dates written without a year and is the fallback ``as_of``; without
    it, the latest date the text mentions is used as the reference. ``lang`` is the article's language as
    the analyst set it ("en", "ru", "uk"); None detects each paragraph's (``language.paragraph_languages``)."""
    english, slavic_parts = _by_language(text, lang)
    ex = _Extractor(english)
    claims = _claims(ex, ex.figures(), english, published, article_id)
    if not slavic_parts:
        return claims
    for code, spans in slavic_parts.items():
        claims += slavic.extract(text, code, published, article_id, spans)
    return sorted(claims, key=lambda c: c.start)


def _by_language(text: str, lang: str | None) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The text the English rules read (the other languages' paragraphs blanked out, so that every offset
    stays the article's), and the paragraphs of each other language."""
    parts = paragraph_languages(text, lang)
    if len(parts) == 1 and parts[0][2] == "en":
        return text, {}  # Latin script: the English rules only, as before
    others: dict[str, list[tuple[int, int]]] = {}
    pieces: list[str] = []
    at = 0
    for start, end, code in parts:
        if code != "en":
            others.setdefault(code, []).append((start, end))
            pieces += [text[at:start], " " * (end - start)]
            at = end
    pieces.append(text[at:])
    return "".join(pieces), others


def _currency_word_written(span: str) -> str:
    """The currency name a money figure's ``span`` ends in, its longest as the tables key it: "cfa francs" in
    "500,000 CFA francs" (a shared one, shared_qualified_name), "west african cfa francs" (one currency's), else its
    last word ("pounds")."""
    words = fold(span).split()
    table = currencies.table()
    for n in range(len(words) - 1, 1, -1):  # (the first word is the number's)
        if (name := " ".join(words[-n:])) in table["names"] or name in table["local"]:
            return name
    return words[-1]


def country_mentions(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The countries ``text[start:end]`` names, in order: by the sides' names and demonyms ("Pakistani"), by its
    places ("in Dar es Salaam", "Lahore's") and by the countries and places of the local-currency table ("the
    Government of Trinidad and Tobago", "Melbourne")."""
    found = side_mentions(text, start, end) + place_mentions(text, start, end)
    found += [(s + start, e + start, country) for s, e, country in currencies.country_names(text[start: end])]
    return sorted(found)


def weather_scale(text: str, start: int, end: int, sides: list[tuple[int, int, str]]) -> str | None:
    """The scale of a bare "degrees" in a sentence about the weather (``text[start:end]``): Fahrenheit where
    the countries it names (``sides``, its weather service, or a place of the local-dollar table) keep that
    scale (FAHRENHEIT_COUNTRIES), Celsius where they are others; None where it names no country, so that
    no scale is guessed (the claim keeps the rule degrees_in_weather_text, which says a temperature)."""
    countries = [side for _, _, side in sides]
    countries += [WEATHER_SERVICES[m.group(0)] for m in WEATHER_SERVICE_RE.finditer(text, start, end)]
    countries += currencies.places_named(text[start: end])
    if not countries:
        return None
    return "degree_Fahrenheit" if any(c in FAHRENHEIT_COUNTRIES for c in countries) else "degree_Celsius"


def _claims(ex: _Extractor, figures: list[_Figure], text: str, published: str | None, article_id: str) -> list[Claim]:
    """The claims of the figures ``ex`` found in ``text``, with their sentences, dates and semantics."""
    if not figures:
        return []
    reference = parse_iso(published) or infer_reference(ex.dates)
    fallback = published or (reference.isoformat() if reference else None)
    starts = sentence_bounds(text)
    placed = []
    sentences: dict[int, str] = {}  # a sentence's text, cut once however many figures it holds
    for f in figures:
        s, e = _sentence_at(text, starts, f.start)
        if s not in sentences:
            sentences[s] = text[s:e].strip()
        placed.append((f, s, e, sentences[s]))
    paragraphs = paragraph_starts(text)
    described = describe(text, [Span(f.start, f.end, f.kind, s, e) for f, s, e, _ in placed], starts, paragraphs)
    by_sentence: list[tuple[int, int, list[tuple[int, int]]]] = []  # each sentence's (start, end, its figures)
    for f, s, e, _ in placed:
        if not by_sentence or by_sentence[-1][0] != s:
            by_sentence.append((s, e, []))
        by_sentence[-1][2].append((f.start, f.end))
    # (as_of, as_of_from) of each figure, sentence by sentence
    dated = sentences_as_of(text, paragraphs, ex.dates, by_sentence, reference)
    dated = paragraph_as_of(text, starts, paragraphs, ex.dates, [(f.start, s) for f, s, *_ in placed], dated,
                            [d.source_from == "paragraph" for d in described], reference)
    claims: list[Claim] = []
    table = currencies.table()
    # the sides each sentence names, and the dollar its bare "$" means, read once a sentence (a sentence of
    # 4,000 "$" figures read itself 4,000 times)
    mentions: dict[int, list[tuple[int, int, str]]] = {}
    places: dict[int, list[tuple[int, int, str]]] = {}  # the countries each sentence names by sides and places
    local_sides: dict[tuple[int, str], tuple[list[int], list[int], list[tuple[int, int, str]]]] = {}
    dollars: dict[int, str | None] = {}

    def sides_of(s: int, e: int) -> list[tuple[int, int, str]]:  # (read once a sentence: ``setdefault`` read it each time)
        if s not in mentions:
            mentions[s] = side_mentions(text, s, e)
        return mentions[s]

    # the countries the whole text names, read once at the first need: a sentence's, a paragraph's and the article's are
    # its slices (a text whose bare "$" no sentence decides was read three times over, sentence, paragraph and whole)
    in_text: list[tuple[int, int, str]] = []
    in_text_starts: list[int] = []

    def countries_in(start: int, end: int) -> list[tuple[int, int, str]]:
        if not in_text_starts:
            in_text.extend(country_mentions(text, 0, len(text)))
            in_text_starts.extend(m[0] for m in in_text)
            in_text_starts.append(len(text) + 1)  # (read: a text that names none is not read again)
        lo = bisect.bisect_left(in_text_starts, start)
        hi = bisect.bisect_left(in_text_starts, end, lo)
        return [m for m in in_text[lo:hi] if m[1] <= end]

    def countries_of(s: int, e: int) -> list[tuple[int, int, str]]:
        if s not in places:
            places[s] = countries_in(s, e)
        return places[s]
    guessed: dict[int, str] = {}  # the flag of each sentence whose bare "$" only the whole text or nothing decided
    dollar_from: dict[int, str] = {}  # where each sentence's bare "$" was read (Claim.unit_from)

    def countries_named(start: int, end: int) -> list[str]:
        return [country for _, _, country in countries_in(start, end)]
    opening = dateline(text, paragraphs)  # the text's dateline ("ISLAMABAD:", "SINGAPORE (Reuters) -")
    dateline_country: dict[int, str | None] = {}  # the country it names, looked up once a text
    written_money: dict[int, set[str]] = {}  # the currencies of each sentence's sums so far
    scales: dict[int, str | None] = {}  # the temperature scale of each sentence's bare "degrees"
    # the currencies each sentence writes by their own symbol, code or name (a bare "cents" may be theirs)
    written_currencies: dict[int, set[str]] = {}
    for f, s, _, _ in placed:
        if f.kind == "money" and f.unit and not _bare_dollar(text, f):
            written_currencies.setdefault(s, set()).add(f.unit)
    for (f, s, e, sentence), d, (as_of, as_of_from) in zip(placed, described, dated, strict=True):
        if f.kind == "count" and d.source and (text.startswith(d.source, f.start) or counts_its_speaker_after(text, f.end, d.source)):
            # count_of_its_own_speakers: the number opens the very speaker the attribution reader found ("Two
            # independent Russian news outlets said", "Three senior officials told"), or the speaker named right after it
            # and speaking ("two people familiar with the plans said"): who speaks, not a figure
            ex.dropped.append((f.start, f.end, "count_of_its_own_speakers"))
            continue
        unit = f.unit
        rules = f.rules
        flags: tuple[str, ...] = ()
        unit_from: str | None = None
        # "30,000 pounds" in Khartoum, "Rs10" in Lahore: only where the bare word or the shared symbol chose the
        # currency, never over a symbol of one country
        written = _currency_word_written(text[f.start: f.end]) if f.kind == "money" else ""
        sub_unit_of = _shared_sub_unit(written, f.unit) if f.kind == "money" else None  # "60 centavos": "pesos"
        symbol_of = currencies.shared_symbol_word(text[f.start: f.end], f.unit) if f.kind == "money" else None
        shared = written if written in table["local"] and f.unit == table["names"].get(written) \
            and not _symbol_before_its_number(text, f) else sub_unit_of or symbol_of
        if shared:
            if (s, shared) not in local_sides:  # the countries of the sentence that have a currency of that name
                # (the sides' names first; the places only where those name no such country: read once a sentence)
                own = [(start, end, side) for start, end, side in sides_of(s, e)
                       if currencies.local_code(shared, [side]) is not None] \
                    or [(start, end, side) for start, end, side in countries_of(s, e)
                        if currencies.local_code(shared, [side]) is not None]
                local_sides[(s, shared)] = ([start for start, _, _ in own], [end for _, end, _ in own], own)
            starts_of, ends_of, own = local_sides[(s, shared)]
            # the side nearest it: the last one before it, else the first after it (found by bisection: a
            # sentence of many "pounds" and many places is read once, not once a figure)
            k = bisect.bisect_right(ends_of, f.start)
            after = bisect.bisect_left(starts_of, f.end)
            side = own[k - 1][2] if k else own[after][2] if after < len(own) else None
            code = currencies.local_code(shared, [side]) if side is not None else None
            unit_from = "sentence" if code is not None else None
            if code is None:  # local_currency_by_dateline: "ISLAMABAD: ... Rs 4.26 per litre"
                if -1 not in dateline_country:
                    dateline_country[-1] = dateline_side(opening)
                code = currencies.local_code(shared, [dateline_country[-1] or ""])
                rules, unit_from = ((*rules, "local_currency_by_dateline"), "dateline") if code is not None else (rules, None)
            options = set(currencies.local_table(shared).values())
            if code is None and sub_unit_of:  # local_currency_of_the_sentence: "up by P1.20 a litre, ... by 60 centavos"
                found = options & written_money.get(s, set())
                code = next(iter(found)) if len(found) == 1 else None
                rules, unit_from = ((*rules, "local_currency_of_the_sentence"), "sentence") if code is not None else (rules, None)
            symbol_guess = len(options) > 1 and bool(symbol_of or shared in currencies.SYMBOL_CURRENCIES or " " in shared)
            if code is None and symbol_guess:
                # local_symbol_by_the_text: the one country of that symbol (or qualified name) the paragraph names, else
                # the one the whole text names ("Sri Lanka's Cabinet met. It approved Rs 45 billion"): a guess the claim flags
                for where, (start, end) in (("paragraph", _paragraph_of(paragraphs, s, len(text))), ("article", (0, len(text)))):
                    if (code := currencies.named_local_code(shared, countries_named(start, end))) is not None:
                        rules, unit_from = (*rules, "local_symbol_by_the_text"), where
                        flags = (f"currency inferred: {text[f.start: f.end]} read as {code}, the {shared} of the country "
                                 f"the {where} names",)
                        break
            if code is None and symbol_guess:
                # a symbol ("Rs 500", "42 kr") or a qualified name ("CFA francs") where nothing names a country: its
                # first currency, a guess (a bare word, "rubles", is the one PREFERRED_FOR_BARE_WORD chose for English news)
                flags = (f"currency inferred: {text[f.start: f.end]} read as {unit}, the text names no country "
                         f"whose {shared} it may be",)
                unit_from = "guess"
            unit = code or unit
        elif _bare_cents(text, f) and s in written_currencies \
                and (code := currencies.cent_code(written_currencies[s])) is not None:
            unit, rules, unit_from = code, (*rules, "cents_of_the_sentence_currency"), "sentence"  # "€5.20 per kilo, up 20 cent"
        elif _bare_dollar(text, f) and f.per in WORLD_PRICED_PER:
            rules = (*rules, "world_market_price")  # "SYDNEY — Brent rose to $80 a barrel": the markets' US dollars
        elif _bare_dollar(text, f):
            # (a bare "cents" is the dollar's of the sentence: "fell 4 cents a litre in Sydney")
            if s not in dollars:
                about = list(dict.fromkeys(side for _, _, side in sides_of(s, e)))
                if not about:  # (the places only where no side is named: "in Jamaica's capital", "Lahore's")
                    about = [side for _, _, side in countries_of(s, e)]
                dollars[s] = None if "United States" in about else currencies.dollar_sign_code(text[s: e], about)
                dollar_from[s] = "sentence"
                if dollars[s] is None and "United States" not in about:
                    if -1 not in dollars:  # the text's dateline, read once a text
                        if -1 not in dateline_country:
                            dateline_country[-1] = dateline_side(opening)
                        dollars[-1] = currencies.dateline_dollar(opening, dateline_country[-1], place_table())
                    dollars[s] = dollars[-1]  # "SINGAPORE: Fares will rise by 10 cents"
                    dollar_from[s] = "dateline"
                if dollars[s] is None and "United States" not in about:
                    # paragraph_places_name_the_dollar: the one dollar country its paragraph names in another sentence
                    # ("The Reserve Bank of Australia met. Banks lent $41 billion"), else the whole text's
                    # (article_places_name_the_dollar): a guess the claim flags
                    para = _paragraph_of(paragraphs, s, len(text))
                    if (code := currencies.article_dollar(countries_named(*para))) is not None:
                        where = "paragraph"
                    else:
                        if -2 not in dollars:  # the countries the whole text names, read once a text
                            dollars[-2] = currencies.article_dollar(countries_named(0, len(text)))
                        code, where = dollars[-2], "article" if dollars[-2] else "guess"
                    guessed[s] = f"currency inferred: a bare $ read as {code or 'USD'}, " + (
                        f"the dollar of the country the {where} names" if code else "the article names no dollar country")
                    dollars[s] = code
                    dollar_from[s] = where
            unit = dollars[s] or unit  # "$2.4 million", Ontario officials said
            unit_from = dollar_from[s]
            flags = (guessed[s],) if s in guessed else ()
        elif "degrees_in_weather_text" in f.rules:
            if s not in scales:
                scales[s] = weather_scale(text, s, e, sides_of(s, e))
            unit = scales[s]
        if f.kind == "money" and unit:
            written_money.setdefault(s, set()).add(unit)
        claims.append(
            Claim.of(
                id=f"{article_id}:{f.start}",
                article=article_id,
                start=f.start,
                end=f.end,
                text=text[f.start: f.end],
                sentence=sentence,
                kind=f.kind,
                low=f.low,
                high=f.high,
                estimate=f.estimate,
                bound=f.bound,
                unit=unit,
                unit_from=unit_from,
                per=f.per or d.per,
                category=d.category,
                subject=d.subject,
                subject_from=d.subject_from,
                source=d.source,
                source_from=d.source_from,
                as_of=as_of or fallback,
                as_of_from=as_of_from if as_of else ("published" if fallback else None),
                rules=rules,
                flags=flags,
                lang="en",
            )
        )
    return claims



# A count's speaker named right after it speaks there: its verb after it
_RANK_AFTER_COUNT_RE = re.compile(rf"(?:{'|'.join(RANK_ADJECTIVES)})\s+")
_SPEAKS_AFTER_RE = re.compile(rf"(?:,[^,.;]{{3,100}},)?\s+(?:{'|'.join(SPEECH_WORDS)})\b")


def counts_its_speaker_after(text: str, end: int, source: str) -> bool:
    """Whether the count ending at ``end`` counts the speaker named right after it (``source``, found without its
    count or its rank) and speaking there: "Two people familiar with the plans said …", "three EU diplomats said",
    "Two senior officials said" (not "Ten firefighters were injured, firefighters said", nor "…, said three Western
    diplomats", which the corpus counts)."""
    at = end + 1
    if (rank := _RANK_AFTER_COUNT_RE.match(text, at)) is not None and not text.startswith(source, at):
        at = rank.end()  # "Two senior officials said": a rank the speaker's name leaves out
    return text.startswith(source, at) and _SPEAKS_AFTER_RE.match(text, at + len(source)) is not None


def _paragraph_of(paragraphs: list[int], at: int, end: int) -> tuple[int, int]:
    """The (start, end) of the paragraph that holds ``at`` (``paragraphs``: their starts, ascending; ``end``: the text's)."""
    k = bisect.bisect_right(paragraphs, at) - 1
    return (paragraphs[k], paragraphs[k + 1] if k + 1 < len(paragraphs) else end) if k >= 0 else (0, end)


def _bare_dollar(text: str, f: _Figure) -> bool:
    """Whether the figure's currency is written as a bare "$" or a dollar's sub-unit alone ("cents", "4.5c"),
    which every dollar country shares: the sentence, the dateline or the text decide whose."""
    return f.unit == "USD" and _BARE_DOLLAR_SIGN_RE.search(text, f.start, f.end) is not None or _bare_cents(text, f)


def _bare_cents(text: str, f: _Figure) -> bool:
    """Whether the figure is money written as a dollar's sub-unit alone ("20 cent", "4.5c"), which any currency
    with cents may own until its sentence says whose."""
    return f.unit == "USD" and fold(text[f.start: f.end].rsplit(None, 1)[-1]).lstrip("0123456789.,") in _dollar_sub_units()


def _symbol_before_its_number(text: str, f: _Figure) -> bool:
    """Whether a symbol or a code stands before the figure's number ("US$5300 dollars"): it says whose money,
    not the word after it."""
    digit = next((i for i in range(f.start, f.end) if text[i].isdigit()), f.start)
    return _currency_prefix().search(text, f.start, digit) is not None


def _shared_sub_unit(written: str, code: str | None) -> str | None:
    """The shared word ("rupees") whose local currency a sub-unit of it ("paisa") is, where the figure's
    currency ``code`` is still the one its name alone gives; else None."""
    word = currencies.SHARED_SUB_UNITS.get(written)
    return word if word is not None and _sub_units().get(written, (None,))[0] == code else None

