"""Dates in article text: found so they are never taken for figures, and resolved so that a figure's
``as_of`` and an article's publication date can be read from the words around them.

A date without a year ("in February", "On August 3rd") is resolved against a reference date (the
article's publication date): it is the latest such date not after the reference. Precision is kept: a
month stays "2023-02", a day is "2023-08-03".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from .lexicon.en import (
    AGO_UNITS,
    COMPARISON_WORDS,
    DATE_CUES,
    FISCAL_YEAR_OPENERS,
    FISCAL_YEAR_STEPS,
    FORECAST_WORDS,
    HALVES_INTO_QUARTERS,
    HOLIDAY_ORDINALS,
    IN_THE_PERIOD_WORDS,
    MONTH_ABBREVIATIONS,
    MONTH_DETERMINERS,
    MONTH_NAMES,
    MONTHS,
    MONTHS_INTO_QUARTERS,
    OPENING_MONTHS,
    PERIOD_NOUNS,
    QUARTER_ENDS,
    QUARTER_STEPS,
    QUARTERS_INTO_QUARTERS,
    SEASON_CUES,
    SEASON_ENDS,
    SEASONS_ONLY_AFTER_A_DETERMINER,
    SHORT_PERIODS,
    SHORT_PERIODS_WITH_A_YEAR,
    SMALL,
    WEEKDAY_NAMES,
    WEEKDAYS,
    WEEKEND_CUES,
    WORDS_BEFORE_A_FIGURE,
)
from .patterns import (
    ASCII_SPACE,
    NOT_ASCII_WORD,
    behind_first,
    fold,
    last_words,
    may_end_in,
    spellings,
    trie,
    word_start_matches,
)

# a month as written: in full, or abbreviated with or without its stop (the longer spelling first: "Sept" before "Sep")
_MONTH = "(?:" + "|".join([*MONTH_NAMES, *(rf"{a}\.?" for a in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))]) + ")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEARS = (r"1[89]\d\d", r"20\d\d")  # the years a text may date by
_YEAR = f"(?:{'|'.join(_YEARS)})"
_WEEKDAY = rf"(?:(?:{'|'.join(WEEKDAY_NAMES)}),?\s+)?"
CUE_BEFORE_RE = re.compile(r"(?i:\b(?:" + "|".join(c.replace(" ", r"\s+") for c in DATE_CUES) + r")[\s-]+)$")
_CUE_LAST_WORDS = last_words(DATE_CUES)


def cue_before(text: str, start: int) -> re.Match[str] | None:
    """A word right before ``start`` that makes a lone month or year a date ("in May", "by the end of 2022")."""
    if not may_end_in(text[max(0, start - 12): start], _CUE_LAST_WORDS, ASCII_SPACE + "-"):
        return None
    return CUE_BEFORE_RE.search(text, max(0, start - 12), start)

_NAMES = [*MONTH_NAMES, *WEEKDAY_NAMES]
_RELATIVE = ["yesterday", "today", r"last\s", r"this\s", r"earlier\s"]
# Month and weekday names are matched as written (capitalized); relative words also with a capital.
# A date that starts with a digit starts with a year ("2023", "2023-04-05"), a day and "/" ("5/4/23"), or
# a day before a month ("5th of May"): most numbers ("5,000", "12 soldiers") are turned away here.
_DIGIT_START = r"(?:1[89]|20)\d\d\b|\d\d?(?:/|(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]|[-–]\d\d?\s+[A-Z]|\s+(?:to|and)\s+\d\d?\s+[A-Z])"
# The first letters a date that starts with a word may start with, as written: for a gate shared with
# other patterns (``figures.NUMBER_OR_DATE_START_RE``), which lets digits through on its own.
DATE_PREFIXES = frozenset({n[:3] for n in _NAMES}
                          | {v for w in _RELATIVE for v in {w[:3], *(w[0].upper() + s for s in spellings(w[1:3]))}})
# The first look, at one character class, turns away most words ("the", "and", "of") before the trie.
DATE_GATE = (rf"(?=[\dA-Z{''.join(sorted({w[0] for w in _RELATIVE}))}])"
             rf"(?={_DIGIT_START}|{trie([n[:3] for n in _NAMES])}|{'|'.join(_RELATIVE)}"
             rf"|[{''.join(w[0].upper() for w in _RELATIVE)}](?i:{'|'.join(w[1:] for w in _RELATIVE)}))")
DATE_RE = re.compile(
    rf"""
    \b{DATE_GATE}(?:  # a date starts a word with a digit, the name of a month or a weekday, or a
                      # relative-date word: most positions stop here, after a letter or two
    (?P<iso>\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b)
  | (?P<num>\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])/(?:{_YEAR}|\d\d)\b)
  | (?P<mdy>\b{_WEEKDAY}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:[-–](?P<d1e>{_DAY})\b|\s+(?:and|to)\s+(?P<d1a>{_DAY})\b(?![.,]?\d|\s*(?:%|per\b|[a-z]*illion\b|thousand\b)))?(?:,?\s+(?P<y1>{_YEAR})\b)?)  # ("October 28-29", "between Feb. 6 and 9": one date)
  | (?P<dmy>\b{_WEEKDAY}(?:(?P<d2s>{_DAY})(?P<d2j>[-–]|\s+(?:to|and)\s+))?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})\b)?)  # ("10-11 February": its last day)
  | (?P<my>\b(?P<m3>{_MONTH})(?:,|\s+of)?\s+(?P<y3>{_YEAR})\b)
  | (?P<mo>\b(?P<m4>{_MONTH})\b)
  | (?P<yr>(?:(?<![\w,.$€£-])|(?<=[Mm]id-))(?P<y5>{_YEAR})\b(?![,.]\d|-\w))
  | (?P<rel>(?i:yesterday|today|(?:last|this|earlier\s+this)\s+(?:week|month|year))\b|[Ll]ast\s+(?:{'|'.join(WEEKDAY_NAMES)})\b)  # ("last Friday": before the report's day)
  | (?P<wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
    )""",
    re.VERBOSE,
)
# Where a date may start: after a character that is not part of a word (see ``word_start_matches``).
DATE_START_RE = re.compile(rf"{NOT_ASCII_WORD}{DATE_GATE}")
# Cues before a date that say a figure refers to it, strongest first.
AS_OF_CUE = re.compile(r"(?i:\b(?:as\s+of|as\s+at|by(?:\s+the\s+end\s+of)?|through|until|up\s+to|since|at\s+the\s+end\s+of|in|on|during|"
                       r"between)\s+$)")


class DateMention:
    """A date as written: its span, and its parts (year may be unknown until resolved).
    (A plain class with final attributes rather than a frozen dataclass: mypyc compiles its __init__.)"""

    def __init__(self, start: int, end: int, year: int | None, month: int | None, day: int | None,
                 relative: str | None = None) -> None:
        self.start: Final = start
        self.end: Final = end
        self.year: Final = year
        self.month: Final = month
        self.day: Final = day
        self.relative: Final = relative  # "yesterday", "last month", "Tuesday", …: resolved from the reference

    def resolve(self, reference: date | None, ahead: bool = False, behind: bool = False) -> str | None:
        """ISO date at the precision written ("2023-02" or "2023-08-03"); None if it has no year and
        there is no reference date to take it from. A date without a year is the latest such date not
        after the reference, or with ``ahead`` (a forecast: "could die of hunger by September") the
        first not before it; a day in the weeks after the reference is the coming one (``_is_upcoming``)
        unless ``behind`` (its clause tells a past event: "the quake on Jan. 7 killed 126")."""
        if self.relative is not None:
            try:
                return _resolve_relative(self.relative, reference, ahead)
            except OverflowError:  # "yesterday" of 0001-01-01
                return None
        year = self.year
        if year is None:
            if reference is None or self.month is None:
                return None
            year = reference.year
            if not ahead and not behind and self.day is not None:
                ahead = _is_upcoming(self.month, self.day, reference)
            if ahead and (self.month, self.day or 31) < (reference.month, reference.day):
                year += 1
            elif not ahead and (self.month, self.day or 1) > (reference.month, reference.day):
                year -= 1
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None  # never a year 0 or 10000: "in August" before a reference of 0001-01-01
        if self.month is None:
            return f"{year:04d}"
        if self.day is None:
            return f"{year:04d}-{self.month:02d}"
        try:
            return date(year, self.month, self.day).isoformat()
        except ValueError:  # "February 30": the month is all that is sure
            return f"{year:04d}-{self.month:02d}"




MIN_YEAR, MAX_YEAR = 1, 9999  # what an ISO date can say
# A day written without a year this close after the reference is the coming one ("a cut at the Oct. 29 meeting",
# published Oct. 6): news omits the year of a date in the weeks ahead, never of one eleven months back.
UPCOMING_DAYS = 60


def _is_upcoming(month: int, day: int, reference: date) -> bool:
    """Whether the next ``month``/``day`` after ``reference`` is at most ``UPCOMING_DAYS`` ahead of it."""
    for year in (reference.year, reference.year + 1):
        try:
            when = date(year, month, day)
        except (ValueError, OverflowError):
            return False  # "February 30", or past year 9999
        if when > reference:
            return (when - reference).days <= UPCOMING_DAYS
    return False


def _resolve_relative(phrase: str, ref: date | None, ahead: bool = False) -> str | None:
    """"on Tuesday" is the latest Tuesday on or before the reference (with ``ahead``, the first on or
    after it); "last month" the month before it, "next year" the year after it; "the first quarter" the
    quarter's last month, in the reference's year unless that quarter has not begun by the reference."""
    if ref is None:
        return None
    words = fold(phrase).split()
    if words[-1] == "decade":
        return decade_end(ref)
    if words[0] == "ago":
        return counted_back(int(words[1]), words[2], ref)
    if words[0] == "step":
        return quarter_of_the_report(int(words[1]), ref)
    if words == ["fiscal", "months"]:
        return _month_before(ref)
    if words[-1] in SEASON_ENDS:
        return season_month(words[0], SEASON_ENDS[words[-1]], ref, ahead)
    if words[-1] == "weekend":
        return last_weekend(words[0], ref, ahead)
    if words[0] == "end":  # "by the end of the year": its last month
        year = ref.year + {"last": -1, "next": 1}.get(words[2], 0)
        return f"{year:04d}-12" if MIN_YEAR <= year <= MAX_YEAR else None
    if words[-1] == "year" and words[1] == "quarter":  # "the fourth quarter of last year": "fourth quarter -1 year"
        year = ref.year + int(words[2])
        return f"{year:04d}-{QUARTER_ENDS[words[0]]:02d}" if MIN_YEAR <= year <= MAX_YEAR else None
    if words[-1] == "quarter" or words[-2:-1] == ["quarter"]:
        end = QUARTER_ENDS[words[0]]
        year = int(words[-1]) if words[-1].isdigit() else ref.year - (end - 2 > ref.month and not ahead)
        return f"{year:04d}-{end:02d}" if MIN_YEAR <= year <= MAX_YEAR else None
    if words[0] == "last" and words[-1] in WEEKDAYS:
        return last_weekday(WEEKDAYS.index(words[-1]), ref).isoformat()
    if words[0] in WEEKDAYS:
        if ahead:
            return (ref + timedelta(days=(WEEKDAYS.index(words[0]) - ref.weekday()) % 7)).isoformat()
        return (ref - timedelta(days=(ref.weekday() - WEEKDAYS.index(words[0])) % 7)).isoformat()
    if words[0] == "yesterday":
        return (ref - timedelta(days=1)).isoformat()
    if words[0] == "today":
        return ref.isoformat()
    unit, step = words[-1], {"last": -1, "next": 1}.get(words[0], 0)
    if unit == "year":
        return f"{ref.year + step:04d}" if MIN_YEAR <= ref.year + step <= MAX_YEAR else None
    if unit == "month":
        month_ref = ref.replace(day=1) - timedelta(days=1) if step < 0 else (
            (ref.replace(day=28) + timedelta(days=4)) if step > 0 else ref)
        return f"{month_ref.year:04d}-{month_ref.month:02d}"
    week_ref = ref + timedelta(days=7 * step)
    return f"{week_ref.year:04d}-{week_ref.month:02d}"


def counted_back(count: int, unit: str, ref: date) -> str | None:
    """"two weeks ago" at ``ref`` (rule ``counted_back``): ``count`` days (a day), weeks (their month, as "last week"
    is), months or years (a month, as ``as_of.step_back`` steps "a year ago" from the report) before the report."""
    if unit in ("day", "week"):
        try:
            when = ref - timedelta(days=count * (7 if unit == "week" else 1))
        except OverflowError:
            return None
        return when.isoformat() if unit == "day" else f"{when.year:04d}-{when.month:02d}"
    months = ref.year * 12 + ref.month - 1 - count * (12 if unit == "year" else 1)
    year, month = divmod(months, 12)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return f"{year:04d}-{month + 1:02d}"


def quarter_of_the_report(step: int, ref: date) -> str | None:
    """"last quarter", "this quarter", "next quarter" at ``ref`` (rule ``quarter_of_the_report``): the last month of the
    quarter ``step`` quarters from the report's ("last quarter" in October is the one ended in September)."""
    quarters = ref.year * 4 + (ref.month - 1) // 3 + step
    year, quarter = divmod(quarters, 4)
    return f"{year:04d}-{quarter * 3 + 3:02d}" if MIN_YEAR <= year <= MAX_YEAR else None


def last_weekday(weekday: int, ref: date) -> date:
    """"last Friday" at ``ref``: the latest such day before the report's day, never the day itself ("last Friday" in a
    story of a Friday is a week back, where "on Friday" is the day of the story)."""
    return ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)


def _month_before(ref: date) -> str:
    """The month before ``ref``'s, as ISO."""
    before = ref.replace(day=1) - timedelta(days=1)
    return f"{before.year:04d}-{before.month:02d}"


def decade_end(ref: date) -> str | None:
    """"by the end of the decade" at ``ref``: the decade's round year, as plans write it ("by 2030", published in 2025)."""
    year = (ref.year // 10 + 1) * 10
    return f"{year:04d}" if year <= MAX_YEAR else None


def season_month(cue: str, end: int, ref: date, ahead: bool) -> str | None:
    """The end month of the season that ends in month ``end`` meant by ``cue`` ("last", "this", "next" or "the") at
    ``ref``: "last" the latest that ended before the report's month; "this" (and "the" in a forecast, ``ahead``) the
    first that ends in or after it; "next" the first that begins after it; "the" the one begun last, ended or not
    ("over the winter", published 1 March: the winter just ended; "in the summer window", published in July: this
    summer). A season begins two months before its end."""
    months = ref.year * 12 + ref.month - 1
    if cue == "the" and ahead:
        cue = "this"
    if cue == "last":
        last = months - 1
        target = last - (last - (end - 1)) % 12
    elif cue == "this":
        target = months + ((end - 1) - months) % 12
    elif cue == "next":
        target = months + ((end - 3) - months - 1) % 12 + 1 + 2
    else:
        target = months - (months - (end - 3)) % 12 + 2
    year, month = divmod(target, 12)
    return f"{year:04d}-{month + 1:02d}" if MIN_YEAR <= year <= MAX_YEAR else None


def range_end_day(first: int, last: str | None) -> int:
    """The day a day range after its month is dated at (rule ``day_range_at_its_end``: "a poll conducted March 3-5" is of
    March 5, as "between Nov. 7 and Nov. 13" is of Nov. 13, a period being dated at its end): its last day, where it is
    written and falls after the first ("October 28-29"), else the first."""
    end = _day(last) if last else first
    return end if end > first else first


def last_weekend(cue: str, ref: date, ahead: bool) -> str:
    """The Sunday a weekend is dated at (rule ``weekend``: a two-day period at its end, as "on Friday and Saturday" is at
    Saturday): "over the weekend", "this weekend" the latest on or before the report's day (a Saturday's report its own
    day, the weekend not yet over), "last weekend" the latest before the report's day, and a weekend ahead ("will be
    held this weekend") the coming Sunday."""
    sunday = WEEKDAYS.index("sunday")
    if ahead and cue != "last":
        return (ref + timedelta(days=(sunday - ref.weekday()) % 7)).isoformat()
    if cue != "last" and ref.weekday() == WEEKDAYS.index("saturday"):
        return ref.isoformat()
    back = (ref.weekday() - sunday) % 7
    return (ref - timedelta(days=back or (7 if cue == "last" else 0))).isoformat()


def _month(name: str) -> int:
    return MONTHS[fold(name).rstrip(".")]


_NON_DIGITS_RE = re.compile(r"\D")


def _day(raw: str) -> int:
    return int(_NON_DIGITS_RE.sub("", raw))


_SPAN_OPENER_BEFORE_RE = re.compile(r"(?i:\b(?:between|from)\s+$)")  # a day range written "between Feb. 6 and 9"
_YEAR_END_BEFORE_RE = re.compile(r"(?i:\b(?:end|last\s+(?:weeks?|days|months?|quarter))\s+of\s+$)")


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in the text, in order."""
    return date_mentions(word_start_matches(DATE_START_RE, DATE_RE, text), text)


def date_mentions(matches: list[re.Match[str]], text: str) -> list[DateMention]:
    """The mentions that ``DATE_RE``'s matches in ``text`` are (a lone month or year only after a cue)."""
    found: list[DateMention] = []
    for m in matches:
        kind, group = m.lastgroup, m.group  # the form's group closes after the groups inside it
        start, end = m.span()
        if kind == "iso":
            iso_year, iso_month, iso_day = (int(x) for x in group("iso").split("-"))
            found.append(DateMention(start, end, iso_year, iso_month, iso_day))
        elif kind == "num":
            a, b, written_year = group("num").split("/")
            year = int(written_year) if len(written_year) == 4 else 2000 + int(written_year)
            first, second = int(a), int(b)
            month, day = (first, second) if first <= 12 else (second, first)  # US order unless impossible
            found.append(DateMention(start, end, year, month, day if month <= 12 else None))
        elif kind == "mdy":
            written, month = int(group("y1")) if group("y1") else None, _month(group("m1"))
            if group("d1a"):  # "between Feb. 6 and 9", "from March 3 to 5" (never "on March 3 and 5 died"): two days of
                # the month, as "between Feb. 6 and Feb. 9" is (its first opens the span, as_of.opens_a_span)
                first_end = m.end("d1")
                found.append(DateMention(start, first_end, written, month, _day(group("d1"))))
                if _SPAN_OPENER_BEFORE_RE.search(text, max(0, start - 10), start):
                    found.append(DateMention(m.start("d1a"), end, written, month, _day(group("d1a"))))
                continue
            found.append(DateMention(start, end, written, month, range_end_day(_day(group("d1")), group("d1e"))))
        elif kind == "dmy":
            written, month = int(group("y2")) if group("y2") else None, _month(group("m2"))
            if group("d2j") and group("d2j").strip() in ("to", "and"):  # "from 9 to 11 May": as "between Feb. 6 and 9" is read
                if _SPAN_OPENER_BEFORE_RE.search(text, max(0, start - 10), start):
                    found.append(DateMention(start, m.end("d2s"), written, month, _day(group("d2s"))))
                start = m.start("d2")  # (without "between" or "from" before it, the first day is left to the figures)
            found.append(DateMention(start, end, written, month, _day(group("d2"))))
        elif kind == "my":
            found.append(DateMention(start, end, int(group("y3")), _month(group("m3")), None))
        elif kind in ("rel", "wd"):
            found.append(DateMention(start, end, None, None, None, relative=" ".join(m.group(0).split())))
        elif kind == "mo" and month_modifies_a_noun(text, start, end):
            found.append(DateMention(start, end, None, _month(group("m4")), None))  # "at its December meeting"
        elif cue := cue_before(text, start):
            # a lone month or year is a date only after words that make it one ("in May", not "may")
            if kind == "mo" and names_a_holiday(text, start):
                continue  # "the Fourth of July floods"
            if kind == "mo":
                found.append(DateMention(start, end, None, _month(group("m4")), None))
            else:
                # "by the end of 2022", "in the last week of 2023": the year's last month
                year_end = 12 if fold(cue.group(0)).startswith("end") or _YEAR_END_BEFORE_RE.search(
                    text, max(0, start - 30), start) else None
                found.append(DateMention(start, end, int(group("y5")), year_end, None))
    return found


_HOLIDAY_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(HOLIDAY_ORDINALS)})\s+of\s+$")


def names_a_holiday(text: str, start: int) -> bool:
    """Whether the lone month at ``start`` is a holiday's name, a capitalised ordinal and "of" before it (rule
    ``names_a_holiday``: "the Fourth of July floods", "over the Fourth of July holiday" name the holiday, and a toll
    told later is not dated at its month)."""
    return _HOLIDAY_BEFORE_RE.search(text, max(0, start - 12), start) is not None


# "at its December meeting", "the January window": a month between a determiner and a lower-case noun (never "the
# March of Dimes")
_MONTH_DETERMINER_BEFORE_RE = re.compile(rf"(?i:\b(?:{'|'.join(MONTH_DETERMINERS)})\s+)$")
_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:of|and|or|to)\b)[a-z]{3,}\b")


def month_modifies_a_noun(text: str, start: int, end: int) -> bool:
    """Whether the lone month name at ``text[start:end]`` modifies the noun after it, so dates it (rule
    ``month_before_a_noun``: "at its December meeting" is December)."""
    return _NOUN_AFTER_RE.match(text, end) is not None \
        and _MONTH_DETERMINER_BEFORE_RE.search(text, max(0, start - 8), start) is not None


_NOUNS = "|".join(PERIOD_NOUNS)
# A year, then what makes it a named period's: the words after it, or the words before it.
WORD_CHARACTER = r"\w"
_NOT_BEFORE_A_YEAR = r"[\w$€£.,-]"  # ("$2025", "1.2025", "-2025": no year)
_PERIOD_YEAR_RE = re.compile(rf"{behind_first(_YEARS, _NOT_BEFORE_A_YEAR)}(?!\d)")
_PERIOD_AFTER_YEAR_RE = re.compile(
    rf"(?:[-–/](?:\d\d|{_YEAR}))?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_NOUNS})\b")  # "2019 response plan", "2026-27 budget"
_FISCAL_SPAN_RE = re.compile(rf"[-–/](?:\d\d|{_YEAR})\b")  # "2026-27"
# ("the plan for 2026", "fiscal 2026", and a period's name with the year after it: "Budget 2026", "Census 2021")
_PERIOD_BEFORE_YEAR_RE = re.compile(
    rf"(?:\b(?:{_NOUNS})\s+for\s+(?:(?:the\s+)?(?:fiscal|financial)\s+year\s+)?|\b(?:fiscal|financial)\s+(?:year\s+)?"
    rf"|\b(?:{'|'.join(n.capitalize() for n in PERIOD_NOUNS)})\s+)$")
# ("in 2026-27", "falling to £74 billion by 2029-30": a fiscal year's end of a plan, its first year too)
_FISCAL_FOR_RE = re.compile(r"\b(?:for|in|by|until|through)\s+(?:the\s+)?(?:fiscal\s+|financial\s+)?(?:year\s+)?$")
_QUARTER_RE = re.compile(rf"(?i:\b(?P<qn>{'|'.join(QUARTER_ENDS)})[\s-]+quarter)\b"
                         rf"(?:\s+of\s+(?:(?P<yq>{_YEAR})\b|(?P<sq>{'|'.join(FISCAL_YEAR_STEPS)})\s+year\b))?")
# "Revenue in the second quarter was €4.4 billion, against €4.1 billion in the first": a quarter the sentence names
# once and then by its ordinal alone (looked for only in a sentence that says "quarter")
_QUARTER_ELLIPSIS_RE = re.compile(
    rf"\b(?:in|for|during|from)\s+the\s+(?P<qn>{'|'.join(QUARTER_ENDS)})\b(?=\s*[.,;:)]|\s*$|\s+(?:and|but|while|when)\b)")
# A year's part is the current year's when no year follows it ("net profit rose 18% in the first half"), but
# never a part of something else ("the first half of the match").
_PART_OF_WHAT = rf"(?:\s+of\s+(?:(?:the|this)\s+year|(?P<y>{_YEAR})|(?P<sy>last|next|previous)\s+year)\b|(?!\s+of\b))"
# "the first nine months of 2024", "the first half of the year", "first-half turnover" (a report's period, as
# business copy writes it): the quarter they end with
_PART_OF_YEAR_RE = re.compile(
    rf"(?i:(?:\b(?:first|opening)\s+(?:(?P<n>{'|'.join(MONTHS_INTO_QUARTERS)})\s+months|(?P<q>{'|'.join(QUARTERS_INTO_QUARTERS)})\s+quarters)"
    rf"|\b(?P<h>{'|'.join(HALVES_INTO_QUARTERS)})\s+half)"
    rf"{_PART_OF_WHAT}|\b(?P<hh>{'|'.join(HALVES_INTO_QUARTERS)})-half\b)")
# "the first 11 months of fiscal year 2025" is not the calendar's: only a calendar year's opening months end on a month,
# with their year, "of the year" or nothing after them ("the deficit for the first eleven months reached …"), never
# the months of something else ("the first five months of the war", "after the invasion", "in office")
_OPENING_MONTHS_RE = re.compile(
    rf"(?i:\b(?:first|opening)\s+(?P<n>{'|'.join(OPENING_MONTHS)})\s+months"
    rf"(?:\s+of\s+(?:(?:the|this)\s+year|(?P<y>{_YEAR}))\b|(?!\s+(?:of|after|since|following|in|on|into)\b)))")
# "the January-March quarter", "April-September", "in Jan-Sept", "the year to the June quarter" (the quarter named by the
# month it ends with): that month
_MONTH_SPAN_QUARTER_RE = re.compile(
    rf"\b(?:{_MONTH}[-–](?P<m>{_MONTH})(?:\s+(?:quarter|period|half)\b)?|(?<=the\s)(?P<q>{_MONTH})\s+quarter\b)")
# "Q3 revenue", "in Q2 2025", "H1'25 profit" (never a fiscal year's quarter, "Q3 FY26", whose months the calendar's
# are not): the quarter it ends with
_SHORT_PERIOD_RE = re.compile(
    rf"(?P<s>{behind_first(SHORT_PERIODS, WORD_CHARACTER)})(?:\s*(?P<y>{_YEAR})|['’](?P<yy>\d\d))?\b(?!\s*FY|-)")
# model_name: "the Audi Q3", "the BMW X3 and Audi Q3": a short period right after a capitalised word (a maker's name, not a
# word a period follows: "In Q3", "During Q3", nor a possessive: "Apple's Q3 revenue") names a car, not a quarter
_MAKER_BEFORE_RE = re.compile(r"\b(?P<w>[A-Z][A-Za-z0-9-]*)\s+$")
_NOT_A_MAKER = frozenset({*WORDS_BEFORE_A_FIGURE, *DATE_CUES, *(fold(n) for n in _NAMES)})


def names_a_model(text: str, start: int, at: int) -> bool:
    """Whether the short period at ``at`` is a model's name (rule ``model_name``): right after a maker's name."""
    m = _MAKER_BEFORE_RE.search(text, max(start, at - 30), at)
    return m is not None and fold(m.group("w")) not in _NOT_A_MAKER


# "at end-September", "by end-2024": the month, or the year's last month
_END_OF_RE = re.compile(rf"\bend-(?:(?P<m>{_MONTH})(?:\s+(?P<my>{_YEAR}))?|(?P<y>{_YEAR}))\b")
# "FY2025/26", "FY 2024-25" (its first year, as "for 2026-27"), "FY26": the year of a fiscal year written short (not
# after a quarter's: "Q3 FY26" is a quarter of it, dated nowhere rather than at the whole year)
_FY_RE = re.compile(rf"(?<![QH][1-4]\s)(?<![1-4][QH]\s)\bFY\s?(?:(?P<y>{_YEAR})|(?P<yy>\d\d))(?:[-–/](?:\d\d|{_YEAR}))?\b")
# "the first 11 months of the fiscal year", "the first five months of fiscal year 2025": a fiscal year begins in a month
# the text does not say, so its opening months are read as the months to the report (rule ``fiscal_months_to_date``:
# the month before the report's, as a period's figures come out after it ends)
_FISCAL_OPENING_RE = re.compile(
    rf"(?i:\b(?:first|opening)\s+(?:{'|'.join([*OPENING_MONTHS, *MONTHS_INTO_QUARTERS])}|\d\d?)\s+months\s+of\s+"
    rf"(?:the\s+|this\s+)?(?:current\s+)?(?:fiscal|financial)(?:\s+year)?(?:\s+{_YEAR}(?:[-–/]\d\d)?)?\b)")
# "last winter", "over the summer", "this autumn" (rule ``season``): the season's last month (a name's word, "in the
# Summer Olympics", is no season)
# "this financial year", "the current fiscal year", "next fiscal year" (rule ``fiscal_year_of_the_report``): the
# report's year stepped as FISCAL_YEAR_STEPS says
_FISCAL_YEAR_STEP_RE = re.compile(rf"(?i:\b(?P<cue>{'|'.join(FISCAL_YEAR_STEPS)})\s+(?:fiscal|financial)\s+year\b)")
_YEAR_STEP_WORDS = {0: "this year", 1: "next year", -1: "last year"}
# "the fiscal year beginning April 1", "the financial year starting in April" (rule ``fiscal_year_from_its_first_day``)
FISCAL_YEAR_FROM_RE = re.compile(
    r"(?i:\b(?:fiscal|financial)\s+year\s+(?:" + "|".join(o.replace(" ", r"\s+") for o in FISCAL_YEAR_OPENERS)
    + r")\s+(?:on\s+|in\s+)?(?:next\s+|this\s+)?$)")
# "Two weeks ago", "a month ago", "3 days ago" (rule ``counted_back``), and "last quarter", "this quarter" (rule
# ``quarter_of_the_report``): never after a word of comparison ("rose 3% from a year ago")
_AGO_RE = re.compile(rf"(?i:\b(?P<n>an?|{'|'.join(SMALL)}|\d{{1,2}})\s+(?P<u>{'|'.join(AGO_UNITS)})s?\s+ago\b)")
_QUARTER_STEP_RE = re.compile(rf"(?i:\b(?P<cue>{'|'.join(QUARTER_STEPS)})\s+quarter\b(?!\s+of\b))")
# "by year-end", "an end-year target" (rule ``year_end``): the year's last month, as "by the end of the year" is
_YEAR_END_RE = re.compile(r"(?i:\b(?:year[- ]end|end-year)\b)")
_COMPARISON_BEFORE_RE = re.compile(rf"(?i:\b(?:{'|'.join(COMPARISON_WORDS)})\.?\s+(?:the\s+)?$)")
_SEASON_RE = re.compile(
    r"(?i:\b(?P<cue>" + "|".join(c.replace(" ", r"\s+") for c in SEASON_CUES) + rf")\s+(?:the\s+)?(?:past\s+)?(?P<s>{'|'.join(SEASON_ENDS)})\b(?!-))(?!\s+[A-Z])")  # (never "the Summer Olympics")
# "over the weekend", "last weekend" (rule ``weekend``): from its cue, so that a determiner before "weekend" is never read
# as an event's ("Over the weekend, strikes killed 12" is no event named by its day)
_WEEKEND_RE = re.compile(
    r"(?i:\b(?P<cue>" + "|".join(c.replace(" ", r"\s+") for c in sorted(WEEKEND_CUES, key=len, reverse=True))
    + r")\s+(?:the\s+)?(?:past\s+)?weekend\b(?![-\w]))")
# in_the_period: "earlier in the month", "later in the year"
_IN_THE_PERIOD_RE = re.compile(rf"(?i:\b(?:{'|'.join(IN_THE_PERIOD_WORDS)})\s+in\s+the\s+(?P<u>week|month|year)\b)")
# next_of_the_period_before: "1.1% this year and 1.4% next": a bare "next" at its clause's end after "this year" named
# before it in the sentence (its unit), the next such period
_THIS_PERIOD_RE = re.compile(r"(?i:\bthis\s+(?P<u>year|month|quarter)\b)")
_BARE_NEXT_RE = re.compile(r"(?i:\bnext(?=\s*(?:[.;,)]|$)))")
_FULL_YEAR_RE = re.compile(r"(?i:\bfull[\s-]year\b)")
_NEXT_OR_END_RE = re.compile(
    r"(?i:\b(?:next\s+(?:week|month|year)|end\s+of\s+(?:the|this|next|last)\s+year|end\s+of\s+(?:the|this)\s+decade)\b)")


def named_periods(text: str, start: int, end: int) -> list[DateMention]:
    """The periods ``text[start:end]`` names, as mentions: a named period's year alone, or a quarter, "next
    year", "the end of the year" (resolved against the reference like "last month"). Each kind is looked
    for only where the sentence holds its words (most sentences hold none)."""
    found: list[DateMention] = []
    lowered = text[start:end].lower()
    fiscal: list[tuple[int, int]] = []
    if "fiscal" in lowered or "financial" in lowered:
        for m in _FISCAL_OPENING_RE.finditer(text, start, end):
            found.append(DateMention(m.start(), m.end(), None, None, None, relative="fiscal months"))
            fiscal.append(m.span())
        for m in _FISCAL_YEAR_STEP_RE.finditer(text, start, end):
            if not any(a <= m.start() < b for a, b in fiscal):  # ("the first five months of the current fiscal year")
                found.append(DateMention(m.start(), m.end(), None, None, None,
                                         relative=_YEAR_STEP_WORDS[FISCAL_YEAR_STEPS[fold(m.group("cue"))]]))
    for y in _PERIOD_YEAR_RE.finditer(text, start, end):
        if any(a <= y.start() < b for a, b in fiscal):
            continue  # "the first 11 months of fiscal year 2025" is dated by its months
        before = max(start, y.start() - 50)
        if _PERIOD_AFTER_YEAR_RE.match(text, y.end(), end) \
                or _PERIOD_BEFORE_YEAR_RE.search(text, before, y.start()) \
                or (_FISCAL_SPAN_RE.match(text, y.end(), end) and _FISCAL_FOR_RE.search(text, before, y.start())):
            found.append(DateMention(y.start(), y.end(), int(y.group(0)), None, None))  # ("for 2026-27")
    if " ago" in lowered:
        for m in _AGO_RE.finditer(text, start, end):
            if not _COMPARISON_BEFORE_RE.search(text, max(start, m.start() - 12), m.start()):
                n = m.group("n").lower()
                count = int(n) if n.isdigit() else SMALL.get(n, 1)
                found.append(DateMention(m.start(), m.end(), None, None, None, relative=f"ago {count} {fold(m.group('u'))}"))
    if "year-end" in lowered or "year end" in lowered or "end-year" in lowered:
        for m in _YEAR_END_RE.finditer(text, start, end):
            found.append(DateMention(m.start(), m.end(), None, None, None, relative="end of the year"))
    if " quarter" in lowered:
        for m in _QUARTER_STEP_RE.finditer(text, start, end):
            if not _COMPARISON_BEFORE_RE.search(text, max(start, m.start() - 12), m.start()):
                found.append(DateMention(m.start(), m.end(), None, None, None,
                                         relative=f"step {QUARTER_STEPS[fold(m.group('cue'))]} quarter"))
    if any(season in lowered for season in SEASON_ENDS):
        for m in _SEASON_RE.finditer(text, start, end):
            cue, season = SEASON_CUES[" ".join(fold(m.group("cue")).split())], fold(m.group("s"))
            if season not in SEASONS_ONLY_AFTER_A_DETERMINER or cue in ("last", "this", "next"):
                at = m.start() if cue in ("last", "this", "next") else m.start("s")  # (as "last month" is written)
                found.append(DateMention(at, m.end(), None, None, None, relative=f"{cue} {season}"))
    if "quarter" in lowered:
        for m in _QUARTER_RE.finditer(text, start, end):
            quarter = f"{fold(m.group('qn'))} quarter" + (f" {m.group('yq')}" if m.group("yq") else "") \
                + (f" {FISCAL_YEAR_STEPS[fold(m.group('sq'))]:+d} year" if m.group("sq") else "")  # ("… of last year")
            found.append(DateMention(m.start(), m.end(), None, None, None, relative=quarter))
        for m in _QUARTER_ELLIPSIS_RE.finditer(text, start, end):
            found.append(DateMention(m.start("qn"), m.end(), None, None, None, relative=f"{fold(m.group('qn'))} quarter"))
    for m in _SHORT_PERIOD_RE.finditer(text, start, end):
        year = m.group("y") or (f"20{m.group('yy')}" if m.group("yy") else "")
        if not year and m.group("s") in SHORT_PERIODS_WITH_A_YEAR:
            continue  # "green H2 output"
        if not year and names_a_model(text, start, m.start()):
            continue  # "the Audi Q3"
        found.append(DateMention(m.start(), m.end(), None, None, None,
                                 relative=f"{SHORT_PERIODS[m.group('s')]} quarter" + (f" {year}" if year else "")))
    if "end-" in lowered:
        for m in _END_OF_RE.finditer(text, start, end):
            written_year = m.group("my") or m.group("y")
            found.append(DateMention(m.start(), m.end(), int(written_year) if written_year else None,
                                     _month(m.group("m")) if m.group("m") else 12, None))
    if "fy" in lowered:
        for m in _FY_RE.finditer(text, start, end):
            found.append(DateMention(m.start(), m.end(), int(m.group("y") or f"20{m.group('yy')}"), None, None))
    if "quarter" in lowered or "-" in lowered or "–" in lowered:
        for m in _MONTH_SPAN_QUARTER_RE.finditer(text, start, end):
            found.append(DateMention(m.start(), m.end(), None, _month(m.group("m") or m.group("q")), None))
    if "months" in lowered or "half" in lowered or "quarters" in lowered:
        for m in _PART_OF_YEAR_RE.finditer(text, start, end):
            n, quarters, half = m.group("n"), m.group("q"), m.group("h") or m.group("hh")
            quarter = (MONTHS_INTO_QUARTERS[fold(n)] if n else QUARTERS_INTO_QUARTERS[fold(quarters)] if quarters
                       else HALVES_INTO_QUARTERS[fold(half)]) + " quarter"
            found.append(DateMention(m.start(), m.end(), None, None, None,
                                     relative=quarter + (f" {m.group('y')}" if m.group("y") else "")
                                     + (f" {FISCAL_YEAR_STEPS[fold(m.group('sy'))]:+d} year" if m.group("sy") else "")))
        for m in _OPENING_MONTHS_RE.finditer(text, start, end):
            year = m.group("y")
            found.append(DateMention(m.start(), m.end(), int(year) if year else None, OPENING_MONTHS[fold(m.group("n"))], None))
    if "weekend" in lowered:
        for m in _WEEKEND_RE.finditer(text, start, end):
            found.append(DateMention(m.start(), m.end(), None, None, None,
                                     relative=f"{WEEKEND_CUES[' '.join(fold(m.group('cue')).split())]} weekend"))
    if " in the " in lowered and any(w in lowered for w in IN_THE_PERIOD_WORDS):
        for m in _IN_THE_PERIOD_RE.finditer(text, start, end):
            found.append(DateMention(m.start(), m.end(), None, None, None, relative=f"this {fold(m.group('u'))}"))
    if "next" in lowered and "this " in lowered:
        found += next_of_the_period_before(text, start, end)
    if "full" in lowered and any(w in lowered for w in FORECAST_WORDS):
        for m in _FULL_YEAR_RE.finditer(text, start, end):  # a forecast's full year: the report's
            found.append(DateMention(m.start(), m.end(), None, None, None, relative="this year"))
    if "next " in lowered or "end of" in lowered:  # (and "by the end of the decade": its round year)
        for m in _NEXT_OR_END_RE.finditer(text, start, end):
            found.append(DateMention(m.start(), m.end(), None, None, None, relative=" ".join(m.group(0).split())))
    return sorted(found, key=lambda d: d.start) if len(found) > 1 else found


def next_of_the_period_before(text: str, start: int, end: int) -> list[DateMention]:
    """The bare "next" of ``text[start:end]`` that ends its clause after "this year", "this month" or "this quarter" (rule
    ``next_of_the_period_before``: "The economy is forecast to grow 1.1% this year and 1.4% next": next year), as mentions
    of the next such period."""
    found: list[DateMention] = []
    this = _THIS_PERIOD_RE.search(text, start, end)
    if this is None:
        return found
    unit = fold(this.group("u"))
    for m in _BARE_NEXT_RE.finditer(text, this.end(), end):
        found.append(DateMention(m.start(), m.end(), None, None, None,
                                 relative="step 1 quarter" if unit == "quarter" else f"next {unit}"))
    return found


# filed_on: a dateline's day, "MOSCOW, Oct 3 (Reuters) -", "KATHMANDU, May 28:": a place in capitals at a line's start
# (perhaps its country after a comma) before the day, the agency in brackets or a colon or a dash after it
_DATELINE_BEFORE_DAY_RE = re.compile(r"(?m:^)\s*[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3}(?:,\s+[A-Z][a-z]+\.?(?: [A-Z][a-z]+){0,2})?,\s+$")
_DATELINE_AFTER_DAY_RE = re.compile(r"\s*(?:\([A-Z][\w&.' -]{0,19}\)\s*)?(?::|—|–|-)\s")
FILED_REACH = 2000  # characters from the top of a story looked over for its dateline's day


def filed_on(text: str, mentions: list[DateMention], reference: date | None) -> date | None:
    """The day a story's dateline gives (rule ``dateline_day``: "MOSCOW, Oct 3 (Reuters) - … on Sunday", published Oct.
    6, is the Sunday before Oct. 3), the day its text was written and so the day its weekdays and "yesterday" count
    back from; None where no dateline near the top (``FILED_REACH``) gives a day. Only ``mentions`` near the top are
    looked at."""
    for d in mentions:
        if d.start > FILED_REACH:
            break
        if d.day is None or d.month is None or not _DATELINE_AFTER_DAY_RE.match(text, d.end) \
                or not _DATELINE_BEFORE_DAY_RE.search(text, max(0, d.start - 80), d.start):
            continue
        filed = parse_iso(d.resolve(reference, behind=True))
        if filed is not None and (reference is None or filed <= reference):
            return filed
    return None


_ISO_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:[T ]\S*)?$")


def parse_iso(value: str | None) -> date | None:
    """A date from ISO text at any precision ("2023", "2023-08", "2023-08-03", a time after it allowed);
    None if unreadable or impossible ("2023-02-30", "0000-01-01", "2023-08-031")."""
    if not value or not _ISO_RE.match(value.strip()):
        return None
    parts = value.strip()[:10].split("-")
    try:
        nums = [int(p) for p in parts]
        while len(nums) < 3:
            nums.append(1)
        return date(nums[0], nums[1], nums[2])
    except (ValueError, IndexError):
        return None


def infer_reference(mentions: list[DateMention]) -> date | None:
    """The latest date a text mentions, for a text that states no publication date.

    Dates written without a year take the latest year the text states, so that "On August 3rd" in a
    text that also says "April 2023" reads as 2023-08-03."""
    years = [m.year for m in mentions if m.year is not None]
    if not years:
        return None
    anchor = date(max(years), 12, 31)
    resolved = [parse_iso(m.resolve(anchor)) for m in mentions if m.month is not None]
    days = [d for d in resolved if d is not None]
    return max(days) if days else None


def midpoint(as_of: str | None) -> date | None:
    """The day a figure of ``as_of`` stands for, at its precision: the day itself, the 15th of a month,
    1 July of a year (money is converted at it, a timeline puts the figure there); None if unreadable."""
    when = parse_iso(as_of)
    if when is None or as_of is None:
        return None
    dashes = as_of.strip()[:10].count("-")
    return when.replace(day=15) if dashes == 1 else when.replace(month=7, day=1) if dashes == 0 else when
