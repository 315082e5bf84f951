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

from . import currencies
from .as_of import sentence_as_of
from .dates import DATE_PREFIXES, DATE_RE, date_mentions, infer_reference, parse_iso
from .model import Claim
from .numbers import SCALES, SMALL, SUFFIX_SCALES, numeral_value, words_value
from .patterns import (
    NOT_ASCII_WORD,
    fold,
    gate,
    last_words,
    may_contain,
    may_end_in,
    may_open_with,
    prefix_trie,
    spellings,
    trie,
    word_start_scan,
)
from .semantics import Span, describe, sides_in
from .sentences import kept_abbreviation_before, paragraph_starts
from .unit_words import PER_ADVERBS, PER_WORDS, surface_forms

# ---------------------------------------------------------------------------------------------- patterns

_NUM_WORDS = sorted([*SMALL, *SCALES, "dozen"], key=len, reverse=True)
_W = "(?:" + "|".join(_NUM_WORDS) + ")"
_SCALE_WORDS = ["hundred", "thousand", "lakh", "million", "crore", "billion", "trillion"]
_SCALE_WORD = r"(?:hundred\s+thousand|lakh\s+crore|" + "|".join(_SCALE_WORDS) + ")"  # "1.5 lakh crore": 1.5e12

_SEED_WORDS = [*_NUM_WORDS, "tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "several", "half",
               "third", "quarter", "fifth"]


# Every number expression starts with a digit, the first five letters of a number word, or an article
# before one ("a dozen", "a few", "a third"): checking that first rejects "the", "force", "military" and
# "election" at once, before any alternative is tried.
_ARTICLE_BEFORE = ["few", "couple", "handful", "halves", "half", "thirds", "quarter", "fifth", "hundred", "thousand",
                   "million", "billion", "dozen"]
_SEED_FIRST = "".join(sorted({w[0] for w in [*_SEED_WORDS, "a"]}))  # one class turns away "in", "was", "it", …
# (an article is written out for each case: re skips a branch that opens with a literal at one look)
_ARTICLE_GATE = "|".join(rf"{a}[nN]?[\s-]+(?:{trie([w[:2] for w in _ARTICLE_BEFORE], ignore_case=True)})" for a in "aA")
_SEED_GATE = (rf"(?=[\d{_SEED_FIRST}{_SEED_FIRST.upper()}])(?=\d|{trie([w[:5] for w in _SEED_WORDS], ignore_case=True)}"
              rf"|{_ARTICLE_GATE})")
# "scores of people", but not "test scores of pupils" or "the scores of both teams"
_QUANTIFIER_SCORES = "".join(rf"(?<!{w}\s)" for w in ("the", "his", "her", "its", "their", "our", "test", "exam",
                                                      "credit", "poll", "approval", "average", "high", "low"))
_QUANTIFIER_SCORES += r"scores(?=\s+of\b)"
BY_BEFORE_RE = re.compile(r"(?i:\bby\s+(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|less\s+than|up\s+to)\s+)?)$")
_FRACTION_DENOMINATORS = {"half": 2.0, "halves": 2.0, "third": 3.0, "thirds": 3.0, "quarter": 4.0, "quarters": 4.0,
                          "fifth": 5.0, "fifths": 5.0}
SEED_RE = re.compile(
    rf"""
    (?<!\w){_SEED_GATE}(?:
    (?P<num>(?<![\w.,])(?P<numeral>(?:\d{{1,3}}(?:(?:,\d{{3}})+|(?:[ \u00a0\u202f]\d{{3}})+(?!\d|[,.]\d)|(?:\.\d{{3}}){{2,}}(?![\d.]))|\d+)(?:\.\d+)?)(?![\d])
        (?:(?P<suffix>mn|MM|bn|trn|tn|k|K|m|M|b|B)(?![A-Za-z\d]))?
        (?:[\s-]{gate(_SCALE_WORDS)}(?P<scale>(?i:{_SCALE_WORD}))\b)?)
  | (?P<vague>(?<![\w-])(?i:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)|thousands|millions|billions|hundreds|dozens|{_QUANTIFIER_SCORES})\b)
  | (?P<few>(?<![\w-])(?i:(?P<fewword>several|a\s+few|a\s+couple\s+of|a\s+handful\s+of)\s+(?P<fewscale>hundred|thousand|million|billion|dozen))\b)
  | (?P<half>(?<![\w-])(?i:half\s+an?\s+(?:million|billion|thousand|dozen))\b)
  | (?P<frac>(?<![\w-])(?i:(?P<fnum>a|one|two|three|four)[\s-](?P<fden>halves|half|thirds?|quarters?|fifths?)|half)
        (?:(?=\s+of\b)|(?P<fbare>))(?:\s+of\s+an?\s+(?P<fscale>(?i:million|billion|thousand)))?)
  | (?P<words>(?<![\w-])(?i:(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?{_W}(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+|[\s-]+){_W})*)\b)
    )""",
    re.VERBOSE,
)

# Where a number or a date may start: right after a character that is not part of a word, at a digit or at
# the first letters of a number word or a date. Numbers, dates and masks share this one pass over the text
# (``scan``). Its gate is one trie of both kinds of first letters, not the two patterns' gates one after the
# other: re then reads the first letters of each word once (a fifth of the pass's time).
_START_PREFIXES = {v for w in _SEED_WORDS for v in spellings(w[:5])} | DATE_PREFIXES
NUMBER_OR_DATE_START_RE = re.compile(
    rf"{NOT_ASCII_WORD}(?=[\d{''.join(sorted({p[0] for p in _START_PREFIXES} | set('aA')))}])"
    rf"(?={prefix_trie(_START_PREFIXES)}|{_ARTICLE_GATE}|\d)")

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
    (?<!\w)(?=\d)(?:
        (?<=[+'\#])(?:                                               # after a mark
            (?<=\+)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b    #   international phone numbers
          | (?<=')\d0s\b                                                #   '90s
          | (?<=\#)\d+)                                               #   "#5"
      | (?=0|\d{1,3}+(?:[.:)]|[\s.-]\d|\s*+(?:[aApP]\.?[mM]|[oO]['’]))|\d{3}0s)(?:  # what may follow the first
                                                                    # digits: most numbers ("5,000", "12 men") stop here
          (?<!\d\s)0[1-9]\d{1,3}(?:[\s-]\d{3,4}){1,2}\b                 # national phone numbers: 0800 123 4567
        | \d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b                             # 202-555-0100, (202) 555 0100
        | \d\d?[:.]\d{2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)(?!\w)             # times with am/pm
        | \d\d?:\d{2}(?::\d{2})?\b                                      # 24-hour times
        | \d\d?\s*(?i:[ap]\.m\.|[ap]m\b)                                 # "5 p.m."
        | \d\d?\s*(?i:o['’]clock)                                        # "6 o'clock"
        | (?:1[89]|20)\d0s\b)                                         # decades
    )""",
    re.VERBOSE,
)


def scan(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]:
    """``SEED_RE.finditer(text)``, ``DATE_RE.finditer(text)`` and ``MASK_RE.finditer(text)``, each pattern
    tried only where ``NUMBER_OR_DATE_START_RE`` says a number or a date may start (every mask starts
    with a digit, so with a number)."""
    numbers, dates, masks = word_start_scan(NUMBER_OR_DATE_START_RE, [SEED_RE, DATE_RE, MASK_RE], text)
    return numbers, dates, masks


_HEDGES: dict[str, str] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "upwards of": "at_least", "upward of": "at_least",
    "more than": "more_than", "over": "more_than", "in excess of": "more_than", "above": "more_than",
    "exceeding": "more_than", "north of": "more_than", "greater than": "more_than", "past": "more_than",
    "up to": "at_most", "as many as": "at_most", "as much as": "at_most", "at most": "at_most",
    "no more than": "at_most", "a maximum of": "at_most", "nearly": "at_most", "almost": "at_most",
    "approaching": "at_most", "as high as": "at_most", "as low as": "at_least", "as few as": "at_least",
    "as little as": "at_least", "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than", "about": "approximate", "around": "approximate", "roughly": "approximate",
    "some": "approximate", "an estimated": "approximate", "estimated": "approximate",
    "approximately": "approximate", "close to": "approximate", "circa": "approximate",
    "approx.": "approximate", "an approximate": "approximate", "nearly about": "approximate",
}
# "climbed past 50,000" is a bound, "its past 3 elections" is not
_DETERMINER_BEFORE_RE = re.compile(r"(?i:\b(?:the|its|his|her|their|our|my|your|this|that|these|those|a|an)\s+past)$")
_HEDGE_LAST_WORDS = frozenset(h.split()[-1] for h in _HEDGES)
# where each hedge starts, at the end of the text before a figure, however its words are spaced
_HEDGE_AT_END_RE = {h: re.compile(r"\s+".join(map(re.escape, h.split())) + "$", re.IGNORECASE) for h in _HEDGES}
_OPENING_MARKS = "([\"“‘'"  # a hedge may open a bracket or a quote: "(about 5,000"
RANGE_START_RE = re.compile(r"(?<![\w-])(?i:(?P<w>between|from))\s+$")
_RANGE_START_WORDS = last_words(["between", "from"])


def range_start(text: str, start: int) -> re.Match[str] | None:
    """"between" or "from" right before ``start``, where a range opens."""
    if not may_end_in(text[max(0, start - 10): start], _RANGE_START_WORDS):
        return None
    return RANGE_START_RE.search(text, max(0, start - 10), start)

CHANGE_BEFORE_RE = re.compile(
    r"(?i:\b(?:rose|risen|rises|rising|increased?|increases|increasing|grew|grown|grows|fell|fallen|falls|"
    r"dropped|drops|declined?|declines|jumped|climbed|doubled|tripled|cut|reduced|raised|revised|changed|"
    r"went|shrank|soared|surged|slumped|plunged|moved|shifted|expanded|widened|narrowed|up|down)\b[^.;]{0,40}$)"
)
# "from 100,000 to as many as 200,000": a hedge on the closing end of a range belongs to the range
RANGE_END_HEDGE_RE = re.compile(r"(?i:as\s+(?:many|much|high)\s+as|about|around|roughly|nearly|almost|some|approximately)\s+")
RATIO_RE = re.compile(r"\s+in\s+(?:every\s+)?|\s+out\s+of\s+(?:every\s+)?")
CONNECTOR_RE = re.compile(r"^(?:\s*(?P<w>to|and|or)\s+|\s?(?P<d>[-–—])\s?)")
SUFFIX_BOUND_RE = re.compile(r"^(?:(?P<plus>-plus\b|-odd\b|\+(?![\d\w]))|\s+or\s+(?P<or>more|so|fewer|less|above|over)\b)")
# (the characters each of these patterns may open with, white space aside: gates for ``may_open_with``)
CONNECTOR_FIRSTS = "tao-–—"
SUFFIX_BOUND_FIRSTS = "-+o"
PERCENT_FIRSTS = "%pPbB-"
PER_FIRSTS = "-/aApPeEmMwWdDyYhH"
PERCENT_RE = re.compile(
    r"^(?:(?P<points>\s(?i:percentage\s+points?|pp)\b)|(?P<bp>\s(?i:basis[\s-]+points?)\b|\s?bps?\b)"
    r"|\s?%|\s?(?i:per\s?cent|pct)\b|-(?i:percent)\b|pc\b)"  # "30pc" in British papers (fused, so not "3 pcs")
)
PER_RE = re.compile(
    r"^(?:-an?-(?P<hyph>month|year|day|week)\b|\s*(?:(?i:a|an|per|each|every)\s+|\s?/\s?)(?P<per>[A-Za-z]+)\b(?!\s+(?:earlier|ago|later|before|after|of|into|since))|\s+(?P<adv>(?i:monthly|weekly|daily|yearly|annually|hourly))\b)"
)
# "11,000 deaths a week", "200 people per day": the counted noun between the figure and its period
PER_AFTER_NOUN_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|men|women|children)\s+(?:a|an|per|each|every)\s+(?P<per>(?i:day|week|month|year|hour))\b")
# "55 bcm of gas a year", "$2bn of aid per month": what the amount is of, then its period
PER_AFTER_OF_RE = re.compile(r"\s+of\s+(?:[a-z]+\s+){1,2}(?:a|an|per|each|every)\s+(?P<per>(?i:day|week|month|year|hour))\b")
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
_PEOPLE = ("men", "women", "people", "persons", "children", "kids", "boys", "girls", "adults", "males", "females", "those",
           "anyone", "residents", "citizens", "conscripts", "recruits", "volunteers")
AGE_BEFORE_RE = re.compile(
    rf"(?i:\b{gate([*_PEOPLE, 'age'])}(?:(?:{'|'.join(_PEOPLE)})\s+(?:aged\s+)?(?:under|over|above|below|older\s+than|younger\s+than)|"
    r"aged(?:\s+between)?|ages(?:\s+of)?|age)\s+)$"
)
AGE_LAST_WORDS = last_words(["under", "over", "above", "below", "than", "aged", "between", "ages", "of", "age"])  # of AGE_BEFORE_RE
_PER_ADJECTIVES = ("monthly", "weekly", "daily", "yearly", "annual", "hourly")
PER_BEFORE_RE = re.compile(rf"(?i:\b{gate(_PER_ADJECTIVES)}(?P<adv>{'|'.join(_PER_ADJECTIVES)})\s+(?:[\w-]+\s+){{0,2}}(?:of\s+)?)$")
# Words that name the number after them: "Article 5", "page 12", "Leopard 2", "Boeing 737"
_IDENT_WORDS = ("article", "section", "chapter", "page", "pages", "p.", "pp.", "no.", "nos.", "number", "resolution",
                "rule", "table", "figure", "fig.", "protocol", "amendment", "paragraph", "para", "para.", "clause", "item",
                "flight", "route", "highway", "platform", "gate", "room", "level", "phase", "grade", "season", "episode",
                "vol.", "volume", "verse", "channel", "model", "version", "v.", "windows", "iphone", "apollo", "cop", "pier",
                "terminal", "district", "block", "lot", "box", "unit", "code", "id", "ref", "ref.", "tel", "tel.", "ext", "ext.",
                "category", "class", "type", "tier", "stage", "series", "mark", "mk", "mk.", "max", "leopard", "challenger",
                "boeing", "airbus", "galaxy", "pixel", "playstation", "xbox", "bus", "train", "line", "track", "lane", "exit",
                "junction", "ward", "precinct", "zone", "sector", "camp", "checkpoint", "square", "street", "avenue",
                "dial", "text", "hotline", "helpline")
IDENT_BEFORE_RE = re.compile(
    rf"(?:[A-Za-z]-?|(?<![\w]){gate(_IDENT_WORDS)}(?i:{'|'.join(map(re.escape, _IDENT_WORDS))})\s+|(?<![\w])No\s+)$"
)
_IDENT_LAST_WORDS = last_words(_IDENT_WORDS)


def names_an_identifier(before: str) -> bool:
    """Whether ``before`` ends in a word that names the number after it ("Article ", "Su-", "No ")."""
    last = before.removesuffix("\n")  # (re's "$" also matches before a final newline)
    if not (last.endswith("-") or last[-1:].isalpha() or may_end_in(before, _IDENT_LAST_WORDS)):
        return False
    return IDENT_BEFORE_RE.search(before, _last_word_start(before)) is not None
YEAR_PREP_RE = re.compile(
    r"(?i:\b(?:in|since|by|of|from|until|till|to|before|after|during|early|late|mid|year|years|the|its|this|"
    r"that|spring|summer|autumn|fall|winter|between|and|through|circa|around|'s|since|election|budget|census)"
    r"[\s-]+$)"
)
FUNCTION_AFTER_RE = re.compile(
    r"^[\s,]*(?:(?i:was|is|were|are|and|or|to|when|saw|has|had|have|will|would|after|before|the|a|an|in|on|"
    r"at|for|of|with|as|by|it|which|that|but|alone|onwards|election|elections|census|budget|season|"
    r"olympics|campaign|invasion|war|report|survey|study|figures?|data|levels?)\b|[^\w\s]|$)"
)
# A weighing word right before a figure (its hedge aside): its "pounds" are a weight ("the bomb weighed about 500 pounds").
WEIGHING_BEFORE_RE = re.compile(r"(?i:\bweigh(?:s|ed|ing|t|ts)?(?:\s+(?:of|in\s+at|at))?\s+)$")
CASUALTY_BEFORE_RE = re.compile(r"(?i:\b(?:killed|killing|kills|wounded|wounding|injured|injuring|captured|lost)\s+)$")
TIME_FRAME_BEFORE_RE = re.compile(
    r"(?i:\b(?:over|in|within|during|after|for|past|last|next|first|coming|previous|every|each|the)\s+(?:the\s+)?)$"
)
CASUALTY_AFTER_RE = re.compile(
    r"^(?:\s+[A-Za-z-]+){0,3}?\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?"
    r"(?:killed|dead|died|dies|wounded|injured|missing|captured|hurt)\b"
)
_NAME_GOES_ON_RE = re.compile(r"-?\w")  # "five C-130s": the "C" of a name, not degrees Celsius
# A sign written before a figure: "-15C", "(-2.1%)", "minus 20 degrees"; never the dash of "5-10" or "5 -10".
SIGN_BEFORE_RE = re.compile(r"(?:(?:^|(?<=[\s(\[]))[-−]|(?<![\w-])(?i:minus)\s+)$")
_METRE_AFTER = frozenset("high long wide deep tall away above below from to in on at of under over sprint "
                         "deep-water".split())
# "a one-time payment", "the 24-hour ceasefire": a number fused with a word is a modifier, not a figure,
# unless the word is a unit of length, area, volume or mass ("a 20-mile line").
_TIME_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year", "decade", "century"})
_VAGUE_SCALE = {"dozens": 12.0, "scores": 20.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_FEW = {"several": (3.0, 9.0), "a few": (2.0, 5.0), "a couple of": (2.0, 3.0), "a handful of": (2.0, 6.0)}


@cache
def _currency_prefix() -> re.Pattern[str]:
    """Symbols and codes that stand right before a number ("$", "US$", "€", "USD "). Each list is a trie:
    searched over the characters before a number, an alternation of 154 codes and 63 symbols was tried
    at each of them (26,000 instructions a look-up; a space in a symbol stands for any white space)."""
    t = currencies.table()
    symbols = trie(list(t["symbols"])).replace(r"\ ", r"\s+")
    codes = trie(list(t["codes"]))
    return re.compile(rf"(?:(?<![A-Za-z])(?P<sym>{symbols})|\b(?P<code>{codes}))\s?$")


@cache
def _prefix_last_chars() -> frozenset[str]:
    """Characters a currency symbol or code can end with ("$", "€", "D" of "USD", …)."""
    t = currencies.table()
    return frozenset(f[-1] for f in [*t["symbols"], *t["codes"]])


@cache
def _currency_first_words() -> frozenset[str]:
    """The first word of every currency name: most words after a number open none, and need no look-ups."""
    return frozenset(name.split(" ")[0] for name in currencies.table()["names"])


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
_TOKEN = r"((?:[^\W\d_]|°)[0-9A-Za-z_\w°²³/'’]*+(?:-[^\W\d_]++)*+)"
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
# A full stop after these is not the end of a sentence ("Mr. Putin", "the U.S. Army").
_ABBREVIATIONS = ("Mr", "Ms", "Mrs", "Dr", "St", "No", "Gen", "Lt", "Col", "Sgt", "Gov", "Sen", "Rep", "vs")
ABBREVIATION_BEFORE_RE = re.compile(rf"(?:\b(?:{'|'.join(_ABBREVIATIONS)})|\b[A-Z]\.[A-Z])$")
_ABBREVIATION_ENDINGS = last_words(_ABBREVIATIONS)


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


class _Figure:
    """A figure with its bound, kind and unit: what becomes a claim."""

    def __init__(self, start: int, end: int, low: float | None, high: float | None, bound: str, kind: str,
                 unit: str | None, per: str | None, estimate: float | None) -> None:
        self.start: Final = start
        self.end: Final = end
        self.low: Final = low
        self.high: Final = high
        self.bound: Final = bound
        self.kind: Final = kind
        self.unit: Final = unit
        self.per: Final = per
        self.estimate: Final = estimate


def _seed_from_match(m: re.Match[str]) -> _Seed | None:
    g = m.lastgroup
    start, end = m.span()
    if g == "num":  # most seeds: their groups in one call on the match (each call costs ~300 instructions)
        numeral, suffix, scale_word = m.group("numeral", "suffix", "scale")
        written = numeral_value(numeral)
        total = written
        if scale_word:  # each word scales: "hundred thousand", "lakh crore"
            total *= math.prod(SCALES.get(word, 1.0) for word in fold(scale_word).split())
        elif suffix:
            total *= SUFFIX_SCALES[suffix]
        return _Seed(start, end, total, total, "num", suffix=suffix, has_scale=bool(scale_word or suffix), raw_value=written)
    text = m.group(0)
    if g == "vague":
        words = fold(text).split()
        scale = _VAGUE_SCALE[words[-1]]
        if words[0] == "dozens" and len(words) == 1:
            return _Seed(start, end, 24.0, 100.0, "vague")
        if words[0] == "scores":  # "scores of people": two score or more, into the hundreds
            return _Seed(start, end, 40.0, 200.0, "vague")
        factor = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}.get(words[0], 1.0) if len(words) > 1 else 1.0
        return _Seed(start, end, factor * scale, factor * scale * 10, "vague")
    if g == "few":
        lo, hi = _FEW[" ".join(fold(m.group("fewword")).split())]
        scale = 12.0 if fold(m.group("fewscale")) == "dozen" else SCALES[fold(m.group("fewscale"))]
        return _Seed(start, end, lo * scale, hi * scale, "few")
    if g == "frac":
        if m.group("fbare") is not None and not BY_BEFORE_RE.search(m.string, max(0, start - 25), start):
            return None  # "a third time", "half the town"; but "fell by almost a third" is a share
        numerator = 1 if fold(m.group("fnum") or "a") == "a" else SMALL[fold(m.group("fnum"))]
        share = numerator / _FRACTION_DENOMINATORS[fold(m.group("fden") or "half")]
        if m.group("fscale"):  # "a quarter of a million": a count
            count = share * SCALES[fold(m.group("fscale"))]
            return _Seed(start, end, count, count, "frac_count", has_scale=True, raw_value=count)
        return _Seed(start, end, share * 100, share * 100, "frac")  # "two-thirds of respondents": a share
    # "half" or "words"
    value = words_value(text)
    if value is None:
        return None
    tokens = fold(text).replace("-", " ").split()
    ends_in_scale = len(tokens) > 1 and tokens[-1] in SCALES and tokens[-1] != "hundred"
    before_scale = (words_value(" ".join(tokens[:-1])) or value) if ends_in_scale else value
    return _Seed(start, end, value, value, "half" if g == "half" else "words", has_scale=ends_in_scale,
                 raw_value=before_scale)


_WORD_AFTER_RE = re.compile(r"\s+([A-Za-z-]+)")
_ASIDE_AFTER_RE = re.compile(r"\s*\([^()]{1,40}\)|\)")  # "(about $480)" after a figure, or the ")" closing it


def _per_at(text: str, pos: int) -> re.Match[str] | None:
    """``PER_RE`` on the 24 characters from ``pos`` (a period right after a figure: "a month", "/day")."""
    window = text[pos: pos + 24]
    return PER_RE.match(window) if may_open_with(window, PER_FIRSTS) else None
_LIST_MARKER_END_RE = re.compile(r"\s*[.)]\s")  # "1. ", "2) "
_NO_BEFORE_RE = re.compile(r"(?i:\bno\s+)$")  # "no one"


def _is_four_digits(raw: str) -> bool:
    return len(raw) == 4 and raw.isdecimal()


def _joined_by_dash(text: str, a: _Seed, b: _Seed) -> bool:
    return text[a.end: b.start].strip() in ("-", "–")


def _is_year_span(text: str, a: _Seed, b: _Seed) -> bool:
    return all(
        s.kind == "num" and not s.has_scale and 1000 <= s.low <= 2100 and _is_four_digits(text[s.start: s.end])
        for s in (a, b)
    )


def _drop_ambiguous_suffix(seed: _Seed, text: str) -> None:
    """A lone "m" after a number without money is metres unless a noun follows ("2m people"); a lone "B"
    before a name is part of it ("221B Baker Street"), not billions."""
    if seed.suffix not in ("m", "M", "b", "B"):
        return
    after = _WORD_AFTER_RE.match(text, seed.end, seed.end + 30)
    if seed.suffix in ("b", "B"):
        ambiguous = after is not None and after.group(1)[:1].isupper()
    else:
        ambiguous = after is None or fold(after.group(1)) in _METRE_AFTER
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
        masks = [(d.start, d.end) for d in self.dates]
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
        before = self.text[max(0, seed.start - 6): seed.start]
        if before[-1:] not in ("-", "−") and fold(before) != "minus ":
            return  # most numbers: no sign, and no search
        sign = SIGN_BEFORE_RE.search(self.text, max(0, seed.start - 7), seed.start)
        if sign is None or self.text[: sign.start()].rstrip()[-1:].isdigit():
            return
        seed.start = sign.start()
        seed.low, seed.high, seed.raw_value = -seed.high, -seed.low, -seed.raw_value

    # -- the pieces around one number ------------------------------------------------------------
    def prefix_currency(self, start: int) -> tuple[int, str | None]:
        before = self.text[max(0, start - 2): start].rstrip()
        if not before or before[-1] not in _prefix_last_chars():
            return start, None  # most numbers: no symbol or code can end right before them
        m = self.cur_prefix.search(self.text, max(0, start - 8), start)
        if not m:
            return start, None
        if m.group("sym"):
            return m.start(), currencies.table()["symbols"][" ".join(m.group("sym").split())]  # "US  $"
        return m.start(), m.group("code")

    def suffix_currency(self, start: int, end: int, allow_of: bool,
                        tokens: list[tuple[str, int, int, str]]) -> tuple[int, str | None]:
        """A currency code or name right after the number (from ``start`` to ``end``): "5,000 USD",
        "450,000 rubles", "millions of euros"."""
        if not tokens or tokens[0][0] == "-":
            return end, None
        first_sep, _, first_end, first = tokens[0]
        if len(first_sep) <= 1 and first.isupper() and first in currencies.codes():
            return first_end, first
        if not first_sep:
            return end, None
        skip = 1 if fold(first) == "of" else 0
        if skip and not allow_of:
            return end, None
        if len(tokens) <= skip or fold(tokens[skip][3]).replace("’", "'") not in _currency_first_words():
            return end, None
        names = currencies.table()["names"]
        for n in (3, 2, 1):
            chosen = tokens[skip: skip + n]
            if len(chosen) < n:
                continue
            phrase = fold(" ".join(t[3] for t in chosen)).replace("’", "'")
            if phrase in names:
                stop = chosen[-1][2]
                if phrase in ("pound", "pounds") and (self.text.startswith(" of", stop) or self.weighed_before(start)):
                    return end, None  # "500 pounds of explosives", "the bomb weighed 500 pounds": a weight
                return stop, str(names[phrase])
        return end, None

    def weighed_before(self, start: int) -> bool:
        """Whether a weighing word stands right before the figure at ``start``, its hedge aside."""
        at = self.hedge_before(start)[0]
        return WEIGHING_BEFORE_RE.search(self.text, max(0, at - 20), at) is not None

    def unit_after(self, end: int, tokens: list[tuple[str, int, int, str]]) -> tuple[int, str | None, bool]:
        """(new end, pint unit name, written fused with a hyphen): "80 km", "a 20-mile line", "155mm"."""
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
            if phrase in symbols and sep != "-" and not _NAME_GOES_ON_RE.match(self.text, tokens[n - 1][2]):
                return tokens[n - 1][2], symbols[phrase], False
        head = tokens[0][3].split("-")[0]  # "a 20-mile-long line"
        if head != tokens[0][3] and (unit := words.get(fold(head))) is not None:
            return tokens[0][1] + len(head), unit, sep == "-"
        return end, None, False

    def hedge_before(self, start: int) -> tuple[int, str | None]:
        """A hedge right before the figure ("upwards of", "about", "~"): (where it starts, the bound)."""
        lo = max(0, start - 30)
        window = self.text[lo:start]
        stripped = window.rstrip()
        if stripped.endswith("~"):
            return lo + len(stripped) - 1, "approximate"
        if not window or not window[-1].isspace():
            return start, None
        words = stripped.split()
        last = fold(words[-1]) if words else ""
        if last not in _HEDGE_LAST_WORDS and last.lstrip(_OPENING_MARKS) not in _HEDGE_LAST_WORDS:
            return start, None  # most words before a number end no hedge
        for n in (3, 2, 1):
            if len(words) < n:
                continue
            phrase = fold(" ".join(words[-n:])).lstrip(_OPENING_MARKS)
            if phrase in _HEDGES and not (phrase == "past" and _DETERMINER_BEFORE_RE.search(stripped)):
                exact = _HEDGE_AT_END_RE[phrase].search(stripped)
                pos = lo + (exact.start() if exact else len(stripped) - len(phrase))
                if pos > 0 and (self.text[pos - 1].isalnum() or self.text[pos - 1] == "-"):
                    continue
                return pos, _HEDGES[phrase]
        return start, None

    # -- one figure --------------------------------------------------------------------------------
    def tail(self, seed: _Seed) -> tuple[int, str, str | None]:
        """What follows a number: currency, percent or unit. Returns (end, kind, unit)."""
        end = seed.end
        if seed.kind == "frac":
            return end, "percent", "percent"
        tokens = _tokens_after(self.text, end)
        end2, code = self.suffix_currency(seed.start, end, seed.kind in ("vague", "few"), tokens)
        if code:
            return end2, "money", code
        window = self.text[end: end + 20]
        m = PERCENT_RE.match(window) if may_open_with(window, PERCENT_FIRSTS) else None
        if m:  # a change in percentage (or basis) points is not a share, and says so in its unit
            share = "percentage_point" if m.group("points") else "basis_point" if m.group("bp") else "percent"
            return end + m.end(), "percent", share
        end2, unit, hyphenated = self.unit_after(end, tokens[:3])
        if unit:
            if unit in _TIME_UNITS and (hyphenated or self.text.startswith("-old", end2)):
                return end, "modifier", None  # "a 24-hour ceasefire", "a 25-year-old man"
            return end2, "quantity", unit
        return end, "count", None

    def figures(self) -> list[_Figure]:
        seeds: list[_Seed] = []
        for m in self.numbers:
            if self.masked(*m.span()):
                continue
            seed = _seed_from_match(m)
            if seed is not None:
                if seed.kind in ("num", "words"):
                    self.apply_sign(seed)
                seeds.append(seed)
        out: list[_Figure] = []
        i = 0
        while i < len(seeds):
            fig, used = self.figure_at(seeds, i)
            if fig is not None:
                out.append(fig)
            i += used
        return out

    def figure_at(self, seeds: list[_Seed], i: int) -> tuple[_Figure | None, int]:
        text = self.text
        seed = seeds[i]
        start, currency = self.prefix_currency(seed.start)
        if currency is None:
            _drop_ambiguous_suffix(seed, text)
        end, kind, unit = self.tail(seed)
        if kind == "modifier":
            return None, 1
        if kind == "quantity" and unit in _TIME_UNITS and TIME_FRAME_BEFORE_RE.search(text, max(0, seed.start - 20), seed.start):
            return None, 1  # "over four years", "in the past 24 hours": a time frame, not a figure
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
            kind, unit, end, used = "percent", "percent", seeds[j].end, j - i + 1
        # a second number joined by "to", "and", "or", "-": one range
        partner = self.range_partner(seeds, i, end if kind != "count" else seed.end, start) if used == 1 else None
        range_word_start = None
        if partner is not None:
            j, p_start, p_currency = partner
            other = seeds[j]
            if currency is None and p_currency is None:
                _drop_ambiguous_suffix(other, text)
            p_end, p_kind, p_unit = self.tail(other)
            if p_currency and p_kind != "money":
                p_end, p_kind, p_unit = other.end, "money", p_currency
            first_low = seed.low
            if not seed.has_scale and other.has_scale and other.raw_value and seed.raw_value <= other.raw_value:
                factor = other.low / other.raw_value
                first_low = seed.low * factor
            # the unit may be written once, on the closing end ("5 to 10%") or with a symbol before ("$5-10"),
            # but "fell 4.5% to 212" is a change and a price, not a range
            compatible = (kind == "count" or (p_kind == "count" and kind != "percent")
                          or (kind == p_kind and unit == p_unit))
            if _is_year_span(text, seed, other) and kind == p_kind == "count":
                return None, 2  # "2014-2022" is a period, not a range of figures
            if kind == p_kind == "count" and first_low >= other.high and _joined_by_dash(text, seed, other):
                return None, 2  # "a 13-2 vote", "the 3-1 win", "a 50-50 chance": a score or odds, not figures
            if compatible and first_low <= other.high and p_kind != "modifier":
                low, high = first_low, other.high
                if p_kind != "count":
                    kind, unit = p_kind, p_unit
                end = max(p_end, other.end) if p_kind != "count" else other.end
                if kind == "money" and currency is None:
                    currency = unit
                bound = "range"
                used = j - i + 1
                range_word_start = range_start(text, start)

        if used == 1 and not self.is_figure(seed, start, end, kind, currency):
            return None, 1
        if kind == "count" and may_open_with(text[end: end + 8], "t") and TIMES_AFTER_RE.match(text, end):
            return None, used
        if kind == "count" and max(v for v in (low, high) if v is not None) <= MAX_AGE \
                and may_end_in(text[max(0, start - 40): start], AGE_LAST_WORDS) \
                and AGE_BEFORE_RE.search(text, max(0, start - 40), start):
            return None, used  # "men under 50", "children aged 5 to 12": who is counted, not a count

        if range_word_start is not None:
            start = range_word_start.start()
        hedge_start, hedge = self.hedge_before(start)
        window = text[end: end + 12]
        m = SUFFIX_BOUND_RE.match(window) if may_open_with(window, SUFFIX_BOUND_FIRSTS) else None
        if m:
            hedge = "at_least" if m.group("plus") or m.group("or") in ("more", "above", "over") else (
                "approximate" if m.group("or") == "so" else "at_most")
            end += m.end()
        estimate: float | None = None
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
        return _Figure(start, end, low, high, bound, kind, unit if kind != "count" else None, per, estimate), used

    def ratio(self, seeds: list[_Seed], i: int, kind: str) -> tuple[int, float] | None:
        """"1 in 5 Ukrainians", "one in three": a share, read as a percentage."""
        if kind != "count" or i + 1 >= len(seeds) or seeds[i].kind not in ("num", "words"):
            return None
        nxt = seeds[i + 1]
        if nxt.kind not in ("num", "words") or not 0 < seeds[i].low < nxt.low <= 1000 or nxt.has_scale:
            return None
        if not RATIO_RE.fullmatch(self.text, seeds[i].end, nxt.start):
            return None
        return i + 1, seeds[i].low / nxt.low * 100

    def range_partner(self, seeds: list[_Seed], i: int, end: int, start: int) -> tuple[int, int, str | None] | None:
        """(index of the seed that closes a range opened at seed i, its start, its currency) or None."""
        if i + 1 >= len(seeds) or seeds[i].kind in ("vague", "few"):
            return None
        text = self.text
        for tail_end in dict.fromkeys((end, seeds[i].end)):
            window = text[tail_end: tail_end + 8]
            m = CONNECTOR_RE.match(window) if may_open_with(window, CONNECTOR_FIRSTS) else None
            if not m:
                continue
            nxt = seeds[i + 1]
            after = tail_end + m.end()
            word = fold(m.group("w") or "")
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
            if opened == "from" and opener and CHANGE_BEFORE_RE.search(text, max(0, opener.start() - 45), opener.start()):
                return None
            if word == "to" and (tail_end != seeds[i].end or seeds[i].has_scale) and self.change_by_before(start):
                return None  # "rose by 18% to 2,345": a change with a unit or scale of its own, then the level
            if m.group("d") and (seeds[i].kind == "words") != (nxt.kind == "words"):
                return None
            return i + 1, p_start, p_currency
        return None

    def change_by_before(self, start: int) -> bool:
        """Whether "by" after a change verb stands right before ``start`` ("fell by nearly", "rose by")."""
        by = BY_BEFORE_RE.search(self.text, max(0, start - 25), start)
        return by is not None and CHANGE_BEFORE_RE.search(self.text, max(0, by.start() - 45), by.start()) is not None

    def is_figure(self, seed: _Seed, start: int, end: int, kind: str, currency: str | None) -> bool:
        """The rules that tell a figure from a number that is not one (DESIGN.md: "Not claims")."""
        text = self.text
        before = text[max(0, seed.start - 16): seed.start]
        if seed.kind == "num":
            if kind == "count" and names_an_identifier(before):
                return False  # Su-34, F-16, COVID-19, Article 5, page 12
            nxt = text[end: end + 1]
            if nxt.isalpha() or (nxt == "-" and text[end + 1: end + 2].isalpha() and kind == "count"):
                if not fold(text[end: end + 7]).startswith(("-plus", "-odd", "-strong")):
                    return False  # 4th, 3D, 5G, "one-time"; but "a 2,400-strong brigade" is a count
            if nxt == "." and text[end + 1: end + 2].isdigit():
                return False  # version numbers 1.2.3
            if (nxt == "/" and text[end + 1: end + 2].isdigit()) or (before.endswith(("/", "+")) and before[-2:-1].isalnum()):
                return False  # 9/11, 24/7, the 2023/24 season, P5+1
            if text[seed.start] == "0" and text[seed.start + 1: seed.start + 2].isdigit():
                return False  # a code or a phone number: "0800", "007"
            raw = text[seed.start: seed.end]
            if kind == "count" and not seed.has_scale and _is_four_digits(raw) and 1000 <= seed.low <= 2100:
                if self.hedge_before(seed.start)[1] is None and not (may_open_with(text[end: end + 8], SUFFIX_BOUND_FIRSTS) and SUFFIX_BOUND_RE.match(text[end: end + 8])):
                    if YEAR_PREP_RE.search(text, max(0, seed.start - 20), seed.start) or FUNCTION_AFTER_RE.match(text[end: end + 20]):
                        return False  # a year
            if kind == "count" and _LIST_MARKER_END_RE.match(text, end, end + 3) and (seed.start == 0 or text[seed.start - 1] == "\n"):
                return False  # a list marker "1. "
        elif seed.kind == "words":
            if kind == "count" and text[end: end + 1] == "-" and text[end + 1: end + 2].isalpha() \
                    and not fold(text[end: end + 7]).startswith("-strong"):
                return False  # one-time, two-day
            if seed.low == 1 and kind in ("count", "quantity"):
                lowered = fold(text[seed.start: seed.end])
                if lowered in ("one", "a", "an"):
                    has_hedge = self.hedge_before(start)[1] is not None
                    casualty = CASUALTY_AFTER_RE.match(text[end: end + 50]) or CASUALTY_BEFORE_RE.search(
                        text, max(0, seed.start - 20), seed.start)
                    if not has_hedge and (not casualty or kind == "quantity" or _NO_BEFORE_RE.search(before)):
                        return False  # "one of", "no one", "one another", "one day"
            if text[seed.start].isupper() and seed.start > 1 and text[seed.start - 2].isalpha() and text[seed.start - 2].isupper():
                return False  # part of a name: "Formula One", "Air Force One"
        return True

    def per_of(self, start: int, end: int, kind: str) -> str | None:
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
            word = fold(m.group("per"))
            return PER_WORDS.get(word) or PER_WORDS.get(word.rstrip("s"))
        if kind == "count" and (m := PER_AFTER_NOUN_RE.match(self.text, end)):
            return fold(m.group("per"))
        if kind in ("money", "quantity") and (m := PER_AFTER_OF_RE.match(self.text, end)):
            return fold(m.group("per"))
        if may_contain(self.text[max(0, start - 40): start], _PER_ADJECTIVES) \
                and (m := PER_BEFORE_RE.search(self.text, max(0, start - 40), start)):
            return PER_ADVERBS[fold(m.group("adv"))]
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


def extract(text: str, published: str | None = None, article_id: str = "a1") -> list[Claim]:
    """Every numeric claim in ``text``, in order of appearance, with what it counts and whose it is.

    ``published`` (ISO date) resolves dates written without a year and is the fallback ``as_of``; without
    it, the latest date the text mentions is used as the reference."""
    ex = _Extractor(text)
    figures = ex.figures()
    if not figures:
        return []
    reference = parse_iso(published) or infer_reference(ex.dates)
    fallback = published or (reference.isoformat() if reference else None)
    starts = sentence_bounds(text)
    mention_starts = [d.start for d in ex.dates]
    placed = []
    sentences: dict[int, str] = {}  # a sentence's text, cut once however many figures it holds
    for f in figures:
        s, e = _sentence_at(text, starts, f.start)
        if s not in sentences:
            sentences[s] = text[s:e].strip()
        placed.append((f, s, e, sentences[s]))
    described = describe(text, [Span(f.start, f.end, f.kind, s, e) for f, s, e, _ in placed], starts, paragraph_starts(text))
    dated: list[tuple[str | None, str | None]] = []  # (as_of, as_of_from) of each figure, sentence by sentence
    i = 0
    while i < len(placed):
        s, e = placed[i][1], placed[i][2]
        j = i
        while j < len(placed) and placed[j][1] == s:
            j += 1
        in_sentence = ex.dates[bisect.bisect_left(mention_starts, s): bisect.bisect_left(mention_starts, e)]
        dated += sentence_as_of(in_sentence, text, s, e, [(f.start, f.end) for f, *_ in placed[i:j]], reference)
        i = j
    claims: list[Claim] = []
    table = currencies.table()
    for (f, s, e, sentence), d, (as_of, as_of_from) in zip(placed, described, dated, strict=True):
        unit = f.unit
        # "30,000 pounds" in Khartoum; only where the bare word chose the currency, never over a symbol
        written = fold(text[f.start: f.end].rsplit(None, 1)[-1]) if f.kind == "money" else ""
        if written in table["local"] and f.unit == table["names"].get(written):
            nearest = [*reversed(sides_in(text[s: f.start])), *sides_in(text[f.end: e])]
            unit = currencies.local_code(written, nearest) or unit
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
                per=f.per or d.per,
                category=d.category,
                subject=d.subject,
                source=d.source,
                source_from=d.source_from,
                as_of=as_of or fallback,
                as_of_from=as_of_from if as_of else ("published" if fallback else None),
            )
        )
    return claims
