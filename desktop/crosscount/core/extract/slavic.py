"""Figures in Russian and Ukrainian text: the rules of the figure grammar whose words come from a
Slavic lexicon (``lexicon/ru.py``, ``lexicon/uk.py``).

A text (or the paragraphs of a text that are in the language) is read word by word (``_tokens``): a
number is digits ("50 000", "1,5", "12 162") or number words in any case ("пятидесяти тысяч",
"полтора миллиона", "двісті тисяч"), then a scale ("тыс.", "млн", "тисяч"); around it, the named rules
below read its hedge ("не менее", "понад"), range ("от … до", "230–240"), currency ("руб.", "грн",
"₽", names from CLDR), percent and unit, what it is per ("в месяц", "ежемесячная"), and drop what is no
figure (dates, times, phone numbers, identifiers, ordinals, ages). The semantics (category, subject,
source, as-of) come from the same lexicon, read in the figure's sentence.

Each rule is a small function named for what it decides; ``explain`` lists the numbers the rules turned
away with the rule's name, as the English grammar's does. Every look-around reads a bounded window
(a few tokens), so the cost is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from types import ModuleType
from typing import Final

from ..model import Claim
from . import morphology
from .dates import decade_end, season_month
from .lexicon import ru, uk
from .lexicon.en import SEASON_ENDS

# ---------------------------------------------------------------------------------------------- tokens

# A token: digits with their groups ("50 000", "12 162", with no-break or thin spaces) and a decimal comma
# or point; a word (letters, with inner apostrophes and hyphens: "п'ять", "Би-би-си"); or one other mark.
_TOKEN_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?:,\d+)?|\d+(?:[.,]\d+)?"
                       r"|[^\W\d_]+(?:['’ʼ][^\W\d_]+)*(?:-[^\W\d_]+(?:['’ʼ][^\W\d_]+)*)*|\S")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "ё": "е", "Ё": "Е"})
_SPACES = str.maketrans({" ": None, "\u00a0": None, "\u202f": None})


class _Token:
    """A word, number or mark of the text, with its span and its folded (lower-case) form."""

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start: Final = start
        self.end: Final = end
        self.text: Final = text
        self.low: Final = text.translate(_APOSTROPHES).lower()
        self.digits: Final = text[0].isdigit()


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(text, start, end)]


# ---------------------------------------------------------------------------------------------- lexicon


class Phrases:
    """Phrases of a few words, looked up by their first word: which of them starts at a position of a
    list of words, longest first (one dictionary look-up a word, where trying every phrase cost a tenth
    of a millisecond a sentence)."""

    def __init__(self, phrases: tuple[str, ...] | frozenset[str]) -> None:
        self.by_first: dict[str, list[tuple[str, list[str]]]] = {}
        for phrase in sorted(phrases, key=lambda p: -len(p.split())):
            words = phrase.split()
            self.by_first.setdefault(words[0], []).append((phrase, words))

    def at(self, lows: list[str], i: int) -> str | None:
        """The phrase that starts at ``lows[i]``, or None."""
        for phrase, words in self.by_first.get(lows[i], ()):
            if lows[i: i + len(words)] == words:
                return phrase
        return None


class Lexicon:
    """One language's words, and the look-ups the rules make in them (built once per language)."""

    def __init__(self, module: ModuleType) -> None:
        self.lang: str = module.LANG
        self.small: dict[str, float] = dict(module.SMALL)
        self.collectives: dict[str, float] = dict(module.COLLECTIVES)
        self.scales: dict[str, float] = dict(module.SCALES)
        self.scale_abbreviations: dict[str, float] = dict(module.SCALE_ABBREVIATIONS)
        self.one_and_a_half: frozenset[str] = module.ONE_AND_A_HALF
        self.half_words: frozenset[str] = module.HALF_WORDS
        self.anaphoric_sources: tuple[str, ...] = module.ANAPHORIC_SOURCES
        self.continuations: tuple[str, ...] = module.CONTINUATIONS
        self.future_words: frozenset[str] = frozenset(module.FUTURE_WORDS)
        self.half_scales: dict[str, float] = dict(module.HALF_SCALES)
        self.hundred_nouns: frozenset[str] = module.HUNDRED_NOUNS
        self.vague: dict[str, tuple[float, float]] = dict(module.VAGUE)
        self.vague_alone: dict[str, tuple[float, float]] = dict(module.VAGUE_ALONE)
        self.few: dict[str, tuple[float, float]] = dict(module.FEW)
        self.shares: dict[str, float] = dict(module.SHARES)
        self.hedges: dict[str, str] = dict(module.HEDGES)
        self.hedge_lengths: tuple[int, ...] = tuple(sorted({len(h.split()) for h in module.HEDGES}, reverse=True))
        self.bounds_after: dict[str, str] = dict(module.BOUNDS_AFTER)
        self.range_openers: frozenset[str] = module.RANGE_OPENERS
        self.range_closers: frozenset[str] = module.RANGE_CLOSERS
        self.change_from: frozenset[str] = module.CHANGE_FROM
        self.dashes: str = module.RANGE_DASHES
        self.percent: dict[str, str] = dict(module.PERCENT_WORDS)
        self.units: dict[str, str] = dict(module.UNIT_WORDS)
        self.signs: dict[str, float] = dict(module.SIGN_WORDS)
        self.years: frozenset[str] = module.YEARS_WORDS
        self.per_words: dict[str, str] = dict(module.PER_WORDS)
        self.period_adjectives: dict[str, str] = dict(module.PERIOD_ADJECTIVES)
        self.not_per: frozenset[str] = module.NOT_PER_WORDS
        self.categories: dict[str, tuple[str, ...]] = dict(module.CATEGORY_WORDS)
        self.killed_losses: tuple[str, ...] = module.KILLED_LOSSES
        self.carriers: tuple[str, ...] = module.CATEGORY_CARRIERS
        self.side_stems: dict[str, tuple[str, ...]] = dict(module.SIDE_STEMS)
        self.side_acronyms: dict[str, str] = dict(module.SIDE_ACRONYMS)
        self.enemy_adjectives: tuple[str, ...] = module.ENEMY_ADJECTIVES
        self.speaker_bodies: dict[str, str] = dict(module.SPEAKER_BODIES)
        self.home_return_phrases = Phrases(module.HOME_RETURNS)
        self.return_verbs: frozenset[str] = module.RETURN_VERBS
        self.message_nouns: frozenset[str] = module.MESSAGE_NOUNS
        self.home_country: str = module.HOME_BODIES[0]
        self.home_bodies: tuple[str, ...] = module.HOME_BODIES[1]
        self.military: tuple[str, ...] = module.MILITARY_WORDS
        self.civilian: tuple[str, ...] = module.CIVILIAN_WORDS
        self.attribution_verbs: frozenset[str] = frozenset(module.ATTRIBUTION_VERBS)
        # "как сообщил", "як заявив": "как" before any verb of saying is a frame, besides the lexicon's own
        frames = {*module.SOURCE_BEFORE, *(f"{a} {v}" for a in module.AS_WORDS for v in module.ATTRIBUTION_VERBS)}
        self.source_before: tuple[str, ...] = tuple(sorted(frames, key=len, reverse=True))
        self.announcing_phrases = Phrases(module.ANNOUNCING_OPENERS)
        self.back_speakers: frozenset[str] = module.BACK_SPEAKERS
        self.pronouns: frozenset[str] = module.SPEAKING_PRONOUNS
        self.addressee_phrases = Phrases(module.ADDRESSEE_OUTLETS)
        self.place_stems: dict[str, tuple[str, ...]] = dict(module.PLACE_STEMS)
        self.person_words: tuple[str, ...] = module.PERSON_WORDS
        self.count_nouns: tuple[str, ...] = module.COUNT_NOUNS
        self.period_ordinals: frozenset[str] = module.PERIOD_ORDINALS
        self.negations: frozenset[str] = module.NEGATIONS
        self.distributives: frozenset[str] = module.DISTRIBUTIVES
        self.subunits: dict[str, tuple[str, float]] = dict(module.SUBUNITS)
        self.year_end_phrases = Phrases(module.YEAR_END)
        self.decade_end_phrases = Phrases(module.DECADE_END)
        self.seasons: dict[str, tuple[str, str]] = dict(module.SEASONS)
        self.season_phrases = Phrases(tuple(module.SEASONS))
        # the halves of a year and its opening months ("за перші дев'ять місяців року"): the month each ends on
        self.half_years: dict[str, int] = {**module.HALF_YEARS, **module.OPENING_MONTHS}
        self.half_year_phrases = Phrases(tuple(self.half_years))
        # the first words of the relative dates ("вчера", "в прошлом году", "к концу года", "в первом полугодии")
        self.date_phrase_firsts: frozenset[str] = frozenset(
            p.split()[0] for p in (*module.DAY_BEFORE, *module.THIS_YEAR, *module.LAST_YEAR, *module.YEAR_END,
                                   *module.HALF_YEARS, *module.OPENING_MONTHS, *module.DECADE_END, *module.SEASONS,
                                   *module.YEAR_EARLIER, *(f"за {w}" for w in module.MONTH_SPANS)))
        self.compared_words: frozenset[str] = module.COMPARED_WORDS
        self.source_in_verbs: frozenset[str] = frozenset(module.SOURCE_IN_VERBS)
        self.document_frames: tuple[str, ...] = module.SOURCE_DOCUMENT_FRAMES
        self.document_frames_first: frozenset[str] = frozenset(f.split()[0] for f in module.SOURCE_DOCUMENT_FRAMES)
        self.months: dict[str, int] = dict(module.MONTHS)
        self.date_cues: tuple[str, ...] = module.DATE_CUES
        self.period_cues: frozenset[str] = frozenset(module.PERIOD_DATE_CUES)
        self.end_cues: frozenset[str] = frozenset(module.END_CUES)
        self.day_before: tuple[str, ...] = module.DAY_BEFORE
        self.this_year: tuple[str, ...] = module.THIS_YEAR
        self.last_year: tuple[str, ...] = module.LAST_YEAR
        self.change_stems: tuple[str, ...] = module.CHANGE_STEMS
        self.identifier_stems: tuple[str, ...] = module.IDENTIFIER_STEMS
        self.time_words: frozenset[str] = module.TIME_WORDS
        self.durations: frozenset[str] = module.DURATION_WORDS
        self.dotted: frozenset[str] = module.DOTTED_ABBREVIATIONS
        self.things: tuple[str, ...] = module.THING_WORDS
        self.decision_verbs: frozenset[str] = frozenset(module.DECISION_VERBS)
        # every currency spelling: CLDR's names and plurals (the generated table), then the press's own
        names = _cldr_names(self.lang)
        names.update(module.CURRENCY_WORDS)
        self.currency_names: dict[str, str] = names
        self.currency_lengths: tuple[int, ...] = tuple(sorted({len(_tokens(n, 0, len(n))) for n in names}, reverse=True))
        self.anaphor_phrases = Phrases(self.anaphoric_sources)
        self.frame_phrases = Phrases(self.source_before)
        self.document_phrases = Phrases(self.document_frames)
        self.day_before_phrases = Phrases(self.day_before)
        self.this_year_phrases = Phrases(self.this_year)
        self.last_year_phrases = Phrases(self.last_year)
        self.year_earlier_phrases = Phrases(module.YEAR_EARLIER)
        self.month_spans: frozenset[str] = module.MONTH_SPANS
        self.continuation_phrases = Phrases(self.continuations)
        self.carrier_phrases = Phrases(self.carriers)
        # where a number may start: a digit, or the first letters of a word that opens a number expression
        openers = {w for w in [*self.small, *self.collectives, *self.scales, *self.half_scales, *self.one_and_a_half,
                               *self.vague, *self.few, *self.shares, *self.hundred_nouns, *self.half_words]}
        prefixes = sorted({w[:3] for w in openers}, key=len, reverse=True)
        self.number_start_re: re.Pattern[str] = re.compile(
            rf"\d|(?<![^\W\d_])(?i:{'|'.join(re.escape(p) for p in prefixes)})")
        self.full_date_re: re.Pattern[str] = re.compile(  # "16 мая 2025 года": a dateline
            rf"(?<!\d)(\d{{1,2}})\s+({'|'.join(sorted(self.months, key=len, reverse=True))})\s+(\d{{4}})(?!\d)", re.IGNORECASE)
        per_after = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(module.PER_WORDS, key=len, reverse=True))
        self.per_after_re: re.Pattern[str] = re.compile(rf"\s*(?:{per_after})(?![^\W\d_])", re.IGNORECASE)

    def number_word(self, word: str) -> bool:
        """Whether ``word`` (folded) may open a number expression."""
        return (word in self.small or word in self.collectives or word in self.scales or word in self.half_scales
                or word in self.one_and_a_half or word in self.vague or word in self.few or word in self.shares
                or word in self.hundred_nouns or word in self.half_words)


def _cldr_names(lang: str) -> dict[str, str]:
    """CLDR's names of the currencies in circulation, as ``currencies.json`` holds them for ``lang``."""
    from . import currencies

    table = currencies.table().get("languages", {}).get(lang, {})
    return {str(k): str(v) for k, v in table.get("names", {}).items()}


@cache
def lexicon(lang: str) -> Lexicon:
    """The rules' look-ups for ``lang`` ("ru" or "uk")."""
    return Lexicon({"ru": ru, "uk": uk}[lang])


LANGUAGES: Final = ("ru", "uk")
_SYMBOLS: Final = {"₽": "RUB", "₴": "UAH", "₸": "KZT", "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}

# ---------------------------------------------------------------------------------------------- figures


class _Figure:
    """A figure found in the tokens: its span, value, bound, kind and unit (tokens ``first``…``last``)."""

    def __init__(self, start: int, end: int, low: float | None, high: float | None, bound: str, kind: str,
                 unit: str | None, first: int, last: int) -> None:
        self.start = start
        self.end = end
        self.low = low
        self.high = high
        self.bound = bound
        self.kind = kind
        self.unit = unit
        self.first = first  # index of the figure's first token (its hedge, if any)
        self.last = last  # index of its last token
        self.per: str | None = None
        self.daily_change = False  # "(+1 060)" after a total: the General Staff's change over the last day
        # the span of the figure whose unit or currency this one takes, not written with it ("днем будет -27")
        self.carried: tuple[int, int] | None = None


class _Number:
    """A number expression over tokens ``first``…``last``: (low, high), and whether a scale was written."""

    def __init__(self, first: int, last: int, low: float, high: float, scaled: bool, vague: bool,
                 share: bool = False, factor: float = 1.0) -> None:
        self.first = first
        self.last = last
        self.low = low
        self.high = high
        self.scaled = scaled
        self.vague = vague
        self.share = share
        self.factor = factor  # the scale written after the numeral ("23 тысяч": 1,000)


def _numeral(token: _Token) -> float:
    return float(token.text.translate(_SPACES).replace(",", "."))


def _scale_at(lex: Lexicon, toks: list[_Token], i: int) -> tuple[float, int] | None:
    """A scale written at token ``i`` ("тыс.", "млн", "тысяч", "миллиона"): (its factor, its last token)."""
    if i >= len(toks):
        return None
    word = toks[i].low
    if word in lex.scale_abbreviations:
        last = _with_dot(lex, toks, i)
        if last == i and i + 2 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == toks[i].end \
                and toks[i + 2].text[:1].islower():
            last = i + 1  # "4,2 млрд. рублей": the dot of the abbreviation, not a stop
        return lex.scale_abbreviations[word], last
    if word in lex.scales:
        return lex.scales[word], i
    return None


def _words_number(lex: Lexicon, toks: list[_Token], i: int, hedged: bool) -> _Number | None:
    """Number words from token ``i``: "двести сорок четыре тысячи", "полтора миллиона", "тысячу",
    "сотни тысяч", "несколько тысяч", "половина"."""
    word = toks[i].low
    if word in lex.shares:
        return _Number(i, i, lex.shares[word], lex.shares[word], False, False, share=True)
    if word in lex.half_scales:
        value = lex.half_scales[word]
        return _Number(i, i, value, value, True, False)
    nxt = _scale_at(lex, toks, i + 1)
    if nxt is None and i + 1 < len(toks) and (toks[i + 1].low in lex.vague or toks[i + 1].low in lex.hundred_nouns):
        base = lex.vague.get(toks[i + 1].low, (100.0, 0.0))[0]
        if base < 1000:
            nxt = (base, i + 1)  # "несколько сотен", "кількох десятків", "півтори сотні"
    if word in lex.few:
        lo, hi = lex.few[word]
        if nxt is None:
            return None
        return _Number(i, nxt[1], lo * nxt[0], hi * nxt[0], True, True, factor=nxt[0])
    if word in lex.one_and_a_half or word in lex.half_words:
        if nxt is None:
            return None
        share = 1.5 if word in lex.one_and_a_half else 0.5
        return _Number(i, nxt[1], share * nxt[0], share * nxt[0], True, False, factor=nxt[0])
    if word in lex.hundred_nouns and (hedged or word not in lex.vague):
        return _Number(i, i, 100.0, 100.0, False, False)  # "около сотни": a hundred
    if word in lex.vague and not (hedged and word in lex.scales):
        lo, hi = lex.vague[word]
        if nxt is not None and nxt[0] > lo:
            return _Number(i, nxt[1], lo * nxt[0], hi * nxt[0], True, True, factor=nxt[0])  # "десятки тысяч"
        lo, hi = lex.vague_alone.get(word, (lo, hi))
        return _Number(i, i, lo, hi, False, True)
    total = current = 0.0
    j = i
    last = -1
    scaled = False
    factor = 1.0
    while j < len(toks):
        w = toks[j].low
        if w in lex.small or (w in lex.collectives and last < 0):
            value = lex.small.get(w, lex.collectives.get(w, 0.0))
            if current and value >= current:
                break  # "два три": two numbers, not one
            current += value
        elif w in lex.scales:
            if last >= 0 and not current:
                break
            total += (current or 1.0) * lex.scales[w]
            factor = lex.scales[w] if not scaled else factor
            current = 0.0
            scaled = True
        else:
            break
        last = j
        j += 1
    if last < 0:
        return None
    value = total + current
    return _Number(i, last, value, value, scaled, False, factor=factor if scaled and not current else 1.0)


def _digits_number(lex: Lexicon, toks: list[_Token], i: int) -> _Number:
    """A numeral at token ``i`` and the scale after it: "1,5 млн", "5 тыс.", "1 млн 600 тыс."."""
    value = _numeral(toks[i])
    scale = _scale_at(lex, toks, i + 1)
    if scale is None:
        return _Number(i, i, value, value, False, False)
    factor = scale[0]
    value *= factor
    last = scale[1]
    # "1 млн 600 тыс.": a smaller part after the scale
    if last + 2 < len(toks) and toks[last + 1].digits and (part := _scale_at(lex, toks, last + 2)) is not None \
            and part[0] < scale[0]:
        value += _numeral(toks[last + 1]) * part[0]
        last = part[1]
    return _Number(i, last, value, value, True, False, factor=factor)


def _number_at(lex: Lexicon, toks: list[_Token], i: int, hedged: bool) -> _Number | None:
    tok = toks[i]
    if tok.digits:
        return _digits_number(lex, toks, i)
    if lex.number_word(tok.low):
        return _words_number(lex, toks, i, hedged)
    return None


def _hedge_before(lex: Lexicon, toks: list[_Token], i: int, floor: int) -> tuple[int, str | None]:
    """The hedge right before token ``i`` ("не менее", "более чем", "почти на"): (its first token, bound)."""
    at = i
    if at - 1 >= floor and toks[at - 1].low == "на" and at - 2 >= floor:
        at -= 1  # "почти на 36%": the hedge before the preposition
    for n in lex.hedge_lengths:
        if at - n < floor:
            continue
        phrase = " ".join(t.low for t in toks[at - n: at])
        if phrase in lex.hedges and not (at != i and phrase in lex.range_closers):
            return at - n, lex.hedges[phrase]
    return i, None


# ---------------------------------------------------------------------------------------------- not figures


def _not_a_figure(lex: Lexicon, toks: list[_Token], num: _Number, hedged: bool) -> str | None:
    """The name of the rule that tells the number ``num`` is no figure, or None."""
    first, last = toks[num.first], toks[num.last]
    before = toks[num.first - 1] if num.first > 0 else None
    after = toks[num.last + 1] if num.last + 1 < len(toks) else None
    glued_after = after is not None and after.start == last.end
    if first.digits:
        if before is not None and before.end == first.start and before.text == "+" and num.first >= 2 \
                and toks[num.first - 2].text == "(":
            pass  # "(+1 060)": the General Staff's change over the day, a figure
        elif before is not None and before.end == first.start and (before.text in "-+(/№#:." or before.text[-1:].isalpha()):
            return "identifier_before_number"  # "Су-34", "С-400", "+7", "№2", "11:00", "24.02.22"
        if before is not None and (before.text in ("№", "#") or before.low.startswith(lex.identifier_stems)
                                   or (before.text == "," and num.first >= 2
                                       and toks[num.first - 2].low.startswith(lex.identifier_stems))):
            return "identifier_before_number"  # "№ 765", "статьи 105", "части 2", "проспекте, 13"
        if before is not None and before.text == "," and _street_before(lex, toks, num.first - 1):
            return "street_number_after_comma"  # "проспект Мира, 45", "на вулиці Шевченка, 14"
        if first.text[0] == "0" and len(first.text) > 1 and first.text[1] in "0123456789 \u00a0":
            return "leading_zero_code"  # "0 800 300 529", "007"
        code_mark = after is not None and after.text in ("-", ":", "/", ".") and num.last + 2 < len(toks) \
            and toks[num.last + 2].start == after.end and toks[num.last + 2].text[:1].isalnum()
        if glued_after and after is not None and num.last == num.first \
                and (after.text[:1].isalpha() or (code_mark and not _hyphen_range(toks, num.last))):
            return "fused_with_letters_or_code"  # "3-го", "155-й", "61-ФЗ", "7х7", "11:00", "8-800", "2.1"
        if _phone_brackets(toks, num.last + 1) or (before is not None and before.text == ")" and num.first >= 3
                                                     and _phone_brackets(toks, num.first - 3)):
            return "phone_number"  # "8 (800) 200-34-11"
        if not num.scaled and after is not None and after.low in lex.months:
            return "part_of_a_date"  # "18 декабря"
        if not num.scaled and after is not None and (after.text in lex.dashes or after.low in ("по", "и", "і", "та")) \
                and num.last + 3 < len(toks) and toks[num.last + 2].digits and toks[num.last + 3].low in lex.months:
            return "part_of_a_date"  # "20–26 марта", "с 14 по 20 января", "17 і 18 березня"
        raw = first.text
        if not num.scaled and len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100 and not hedged:
            return "year_is_not_a_figure"
        if after is not None and after.low in lex.time_words:
            return "time_of_day"  # "в 6 утра"
        if before is not None and before.low in lex.months:
            return "part_of_a_date"  # "в сентябре 2022"
    if after is not None and not num.share and not num.scaled and (after.low in lex.years or after.low in lex.durations):
        return "age_or_duration"  # "19 лет", "12 годам колонии", "почти два часа"
    if before is not None and before.text in "«\"“„" and before.end == first.start:
        return "quoted_name"  # «18–24», a programme's name (the rules skip to the closing mark)
    if not first.digits and num.low == 1.0 and num.last == num.first and after is not None and after.low in ("из", "із", "з"):
        return "one_of_is_not_a_count"  # "Один из задержанных"
    if before is not None and before.low in ("из", "із", "з") and num.first >= 2 \
            and lex.small.get(toks[num.first - 2].low) == 1.0:
        return "one_of_is_not_a_count"  # "Один із п'яти банків": the group the one is taken from
    if not first.digits and num.low == 1.0 and before is not None and before.low in lex.negations:
        return "none_is_not_a_count"  # "ни одного погибшего"
    if _lone_one(toks, num) and before is not None and before.low in lex.distributives:
        return "one_each_is_not_a_count"  # "по одному на каждого", "по одній"
    if num.share and before is not None and before.low in lex.period_ordinals:
        return "half_of_a_period"  # "первой половины года", "першої половини року"
    return None


_STREET_NAME_WORDS: Final = 3  # "улица Маршала Жукова, 12": the most words of a street's name before its number


def _street_before(lex: Lexicon, toks: list[_Token], comma: int) -> bool:
    """Whether a street's name stands before the comma at token ``comma``: a street word ("проспект",
    "вулиці") followed by a few capitalised words of its name, so that the number after the comma is the
    house's, no figure."""
    k = comma - 1
    while k >= 0 and comma - k <= _STREET_NAME_WORDS and toks[k].text[:1].isupper():
        k -= 1
    return comma - k > 1 and k >= 0 and toks[k].low.startswith(lex.identifier_stems)


def _lone_one(toks: list[_Token], num: _Number) -> bool:
    """Whether the number is the word "one" alone ("один", "одна", "одному"), without digits or a scale."""
    return num.first == num.last and not toks[num.first].digits and num.low == 1.0 and not num.scaled


def _phone_brackets(toks: list[_Token], i: int) -> bool:
    """Whether a dialling code in brackets followed by digits starts at token ``i`` ("(495) 693")."""
    return i + 3 < len(toks) and toks[i].text == "(" and toks[i + 1].digits and toks[i + 2].text == ")" \
        and toks[i + 3].digits


def _hyphen_range(toks: list[_Token], i: int) -> bool:
    """Whether the hyphen after token ``i`` joins two numbers of a range written without spaces ("25-30%"),
    not the groups of a phone number or a code ("8-800-100")."""
    if i + 2 >= len(toks) or toks[i + 1].text != "-" or not toks[i + 2].digits or toks[i + 2].start != toks[i + 1].end:
        return False
    return not (i + 3 < len(toks) and toks[i + 3].text == "-" and toks[i + 3].start == toks[i + 2].end)


# ---------------------------------------------------------------------------------------------- units


def _phrase_at(table: dict[str, str], lengths: tuple[int, ...], toks: list[_Token], i: int) -> tuple[str, int] | None:
    """The entry of ``table`` written from token ``i`` on, longest first: (its value, its last token)."""
    for n in lengths:
        if i + n > len(toks):
            continue
        phrase = " ".join(t.low for t in toks[i: i + n])
        if phrase in table:
            return table[phrase], i + n - 1
    return None


@cache
def _lengths(lang: str, table: str) -> tuple[int, ...]:
    lex = lexicon(lang)
    entries: dict[str, str] = {"percent": lex.percent, "units": lex.units, "per": lex.per_words}[table]
    return tuple(sorted({len(_tokens(k, 0, len(k))) for k in entries}, reverse=True))


@cache
def _tokenized(lang: str, table: str) -> dict[str, str]:
    """A table's keys written as the tokens read them ("кв. м" → "кв . м", "п.п" → "п . п")."""
    lex = lexicon(lang)
    entries: dict[str, str] = {"percent": lex.percent, "units": lex.units, "per": lex.per_words,
                               "currency": lex.currency_names}[table]
    return {" ".join(t.low for t in _tokens(k, 0, len(k))): v for k, v in entries.items()}


def _with_dot(lex: Lexicon, toks: list[_Token], last: int) -> int:
    """``last``, or the glued "." after it when it is an abbreviation's ("руб.", "тыс.")."""
    if last + 1 < len(toks) and toks[last + 1].text == "." and toks[last + 1].start == toks[last].end \
            and toks[last].low in lex.dotted:
        return last + 1
    return last


def _unit_after(lex: Lexicon, toks: list[_Token], i: int) -> tuple[str, str, int] | None:
    """(kind, unit, last token) of a percent sign or word, a currency or a unit from token ``i``."""
    if i >= len(toks):
        return None
    if toks[i].text in _SYMBOLS:
        return "money", _SYMBOLS[toks[i].text], i
    found = _phrase_at(_tokenized(lex.lang, "percent"), _lengths(lex.lang, "percent"), toks, i)
    if found is not None:
        return "percent", found[0], _with_dot(lex, toks, found[1]) if toks[found[1]].low != "%" else found[1]
    if toks[i].text[:1].isalpha():
        found = _phrase_at(_tokenized(lex.lang, "currency"), lex.currency_lengths, toks, i)
        if found is not None:
            return "money", found[0], _with_dot(lex, toks, found[1])
    found = _phrase_at(_tokenized(lex.lang, "units"), _lengths(lex.lang, "units"), toks, i)
    if found is not None:
        return "quantity", found[0], found[1]  # "65 сантиметров", "15 °С"
    return None


# ---------------------------------------------------------------------------------------------- figures

# The flag of a figure whose unit or currency is not written with it but carried over from a figure before it.
_CARRIED_FLAG: Final = "unit carried from"
_SIGN_MARKS: Final = {"-": -1.0, "−": -1.0, "+": 1.0}
_TEMPERATURE: Final = "degree_Celsius"


def _sign_before(lex: Lexicon, toks: list[_Token], i: int, floor: int, temperature: bool) -> tuple[int, float] | None:
    """A sign of the number at token ``i``: a sign word ("минус 15", "мінус 15", "плюс 3") or, for a
    temperature (its unit after it, or a temperature read before it in the sentence: "днем будет -27"), a
    mark glued to the digits and standing apart from the word before ("+38 градусов", "до -20"); elsewhere a
    glued mark is part of a name or a code ("Су-34", "+7 495"). (the sign's token, its factor)"""
    if i - 1 < floor:
        return None
    before = toks[i - 1]
    if before.low in lex.signs:
        return i - 1, lex.signs[before.low]
    if before.text in _SIGN_MARKS and before.end == toks[i].start and toks[i].digits and temperature \
            and (i - 2 < 0 or toks[i - 2].end < before.start):
        return i - 1, _SIGN_MARKS[before.text]
    return None


def _changes_before(lex: Lexicon, toks: list[_Token], i: int, floor: int) -> bool:
    """Whether a verb of change stands in the few words before token ``i`` ("выросла до", "увеличен со")."""
    return any(t.low.startswith(lex.change_stems) for t in toks[max(0, i - 10): i])


def _figures(lex: Lexicon, toks: list[_Token], dropped: list[tuple[int, int, str]]) -> list[_Figure]:
    """The figures of a run of tokens, in order."""
    out: list[_Figure] = []
    i = 0
    floor = 0  # the first token after the last figure: no hedge reaches back past it
    change: _Figure | None = None  # "увеличена с 300 тыс. рублей": the figure a change starts from
    warm = False  # whether a temperature was read: a signed number after it is one too ("днем будет -27")
    while i < len(toks):
        tok = toks[i]
        if not (tok.digits or lex.number_word(tok.low)):
            i += 1
            continue
        symbol = i - 1 >= floor and toks[i - 1].text in _SYMBOLS
        unit_next = _unit_after(lex, toks, i + 1) if tok.digits else None
        temperature = (unit_next is not None and unit_next[1] == _TEMPERATURE) or warm
        sign = _sign_before(lex, toks, i, floor, temperature)
        at = i - 1 if symbol or sign is not None else i
        first, bound = _hedge_before(lex, toks, at, floor)
        opener = bound is not None and toks[first].low in lex.range_openers
        to_level = False
        if bound is not None and toks[first].low in lex.range_closers \
                and ((change is not None and change.last + 1 == first) or _changes_before(lex, toks, first, floor)):
            first, bound, to_level = at, None, True  # "выросла до 1,2 млн", "с 300 тыс. до 500 тыс.": the level reached
        starts_change = bound is None and first - 1 >= floor and toks[first - 1].low in lex.change_from
        num = _number_at(lex, toks, i, bound is not None)
        if num is None:
            i += 1
            continue
        rule = _not_a_figure(lex, toks, num, bound is not None) if sign is None else None
        if rule is not None:
            dropped.append((toks[num.first].start, toks[num.last].end, rule))
            i = num.last + 1
            if rule == "quoted_name":
                while i < len(toks) and toks[i].text not in "»\"”" and i < num.last + 6:
                    i += 1
            continue
        if bound is None and i >= 2 and toks[i - 1].text == "+" and toks[i - 2].text == "(" and toks[i - 1].end == tok.start:
            first = i - 1  # "(+1 060)": the change over the day, its sign in the span
        low: float | None = num.low
        high: float | None = num.high
        if sign is not None:
            low, high = sorted((num.low * sign[1], num.high * sign[1]))  # "минус 15 градусов": -15
        last = num.last
        kind, unit = ("percent", "percent") if num.share else ("count", None)
        if symbol:
            kind, unit = "money", _SYMBOLS[toks[i - 1].text]
        final_bound = bound or ("range" if num.vague else "exact")
        # a range: "от 21 до 23 тысяч", "230–240 тысяч рублей", "семьдесят – восемьдесят тысяч"
        j = last + 1
        joined = j < len(toks) and ((opener and toks[j].low in lex.range_closers) or toks[j].text in lex.dashes[1:]
                                    or (toks[j].text == "-" and _hyphen_range(toks, last)))
        if joined and not num.vague and j + 1 < len(toks):
            other = _number_at(lex, toks, j + 1, False)
            if other is not None and not other.vague and not other.share and (toks[j + 1].digits == tok.digits or opener):
                lo = num.low
                if not num.scaled and other.scaled and num.low * other.factor <= other.high:
                    lo = num.low * other.factor  # "от 21 до 23 тысяч"
                if lo <= other.high:
                    low, high, last, final_bound = lo, other.high, other.last, "range"
        elif opener and not num.vague and (between := _unit_between(lex, toks, num)) is not None:
            low, high, kind, unit, last, final_bound = *between, "range"  # "от 500 тысяч рублей до 6,5 млн"
        if last > num.last and last + 1 < len(toks) and (toks[last + 1].low in lex.years or toks[last + 1].low in lex.durations):
            dropped.append((toks[num.first].start, toks[last].end, "age_or_duration"))
            i = last + 1
            continue
        if kind == "count" or (symbol and last > num.last):
            found = _unit_after(lex, toks, last + 1)
            if found is not None:
                kind, unit, last = found
            elif (sub := _subunit_after(lex, toks, last + 1)) is not None:
                kind, unit, last = "money", sub[0], sub[2]
                low, high = (v * sub[1] if v is not None else None for v in (low, high))
            if kind == "money" and low is not None and low == high and last + 2 < len(toks) and toks[last + 1].digits \
                    and (sub := _subunit_after(lex, toks, last + 2)) is not None and sub[0] == unit:
                low = high = low + _numeral(toks[last + 1]) * sub[1]  # "2 рубля 40 копеек": one sum
                last = sub[2]
        elif kind == "money" and (found := _unit_after(lex, toks, last + 1)) is not None and found[0] == "money":
            last = found[2]
        carried: tuple[int, int] | None = None
        lends = False  # whether the figure a change starts from takes this one's currency
        if to_level and change is not None:
            if kind == "count" and change.kind == "money":
                kind, unit, carried = "money", change.unit, (change.start, change.end)  # "с 300 тыс. рублей до 500 тыс."
            elif change.kind == "count" and kind == "money":
                change.kind, change.unit, lends = "money", unit, True  # "со 195 000 до 400 000 руб."
        after = _phrase_at(lex.bounds_after, (2,), toks, last + 1)
        if after is not None and final_bound == "exact":
            final_bound, last = after[0], after[1]
        if final_bound in ("at_least", "more_than"):
            high = None
        elif final_bound in ("at_most", "less_than"):
            low = None
        if kind == "count" and sign is not None and warm and toks[sign[0]].text in _SIGN_MARKS:
            warmth = next(f for f in reversed(out) if f.unit == _TEMPERATURE)
            kind, unit, carried = "quantity", _TEMPERATURE, (warmth.start, warmth.end)
        fig = _Figure(toks[first].start, toks[last].end, low, high, final_bound, kind, unit, first, last)
        fig.daily_change = toks[first].text == "+" and sign is None
        fig.carried = carried
        if lends and change is not None:
            change.carried = (fig.start, fig.end)
        warm = warm or unit == _TEMPERATURE
        out.append(fig)
        change = fig if starts_change else None
        floor = last + 1
        i = last + 1
    _share_currency(lex, toks, out)
    return out


def _unit_between(lex: Lexicon, toks: list[_Token], num: _Number) -> tuple[float, float, str, str, int] | None:
    """A range opened by "от" whose unit stands after its low end and is not written again after its high
    end ("от 500 тысяч рублей до 6,5 млн", "від 5 градусів до 10"): (low, high, kind, unit, last token)."""
    mid = _unit_after(lex, toks, num.last + 1)
    if mid is None or mid[2] + 2 >= len(toks) or toks[mid[2] + 1].low not in lex.range_closers:
        return None
    other = _number_at(lex, toks, mid[2] + 2, False)
    if other is None or other.vague or other.share or other.high < num.low:
        return None
    again = _unit_after(lex, toks, other.last + 1)
    if again is not None and again[1] != mid[1]:
        return None
    return num.low, other.high, mid[0], mid[1], again[2] if again is not None else other.last


def _subunit_after(lex: Lexicon, toks: list[_Token], i: int) -> tuple[str, float, int] | None:
    """A currency's sub-unit at token ``i`` ("45 копеек", "12 копійок", "5 коп."): (the currency, the
    fraction of it, the last token), so that the figure is written in the currency itself."""
    if i >= len(toks) or toks[i].low not in lex.subunits:
        return None
    currency, fraction = lex.subunits[toks[i].low]
    return currency, fraction, _with_dot(lex, toks, i)


_CONJUNCTIONS = frozenset({"и", "или", "і", "й", "та", "або"})


def _share_currency(lex: Lexicon, toks: list[_Token], figs: list[_Figure]) -> None:
    """"2,5 млн и 3 млн руб.", "7 000 або 8 000 грн": a bare figure joined by a conjunction to a sum of
    money is of the same currency (written once, after the last)."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind == "count" and a.unit is None and b.kind == "money" and b.first == a.last + 2 \
                and toks[a.last + 1].low in _CONJUNCTIONS and _scale_or_digits(lex, toks[a.last]) \
                and _scale_or_digits(lex, toks[b.first]):
            a.kind, a.unit, a.carried = "money", b.unit, (b.start, b.end)


def _scale_or_digits(lex: Lexicon, tok: _Token) -> bool:
    """Whether the token is digits, a scale or its abbreviation: the ends of sums written alike."""
    return tok.digits or tok.low in lex.scales or tok.low in lex.scale_abbreviations or tok.text == "."


# ---------------------------------------------------------------------------------------------- per


NO_PER: Final = ""  # (what ``_per`` gives a figure that a word says is no rate)


def _per(lex: Lexicon, toks: list[_Token], fig: _Figure, clause_start: int, sentence_start: int) -> str | None:
    """What the figure is per: "в месяц", "ежемесячно" after it; or a period word before it ("в день в
    регионе подписывают", "щомісяця повертає", "ежемесячная выплата … составит"): in its clause, and for
    a sum of money in its sentence ("щомісяця доплачують 300 грн, від 80 років — 570 ₴"). ``NO_PER`` where a word
    before it says it is no rate ("% годовых", "разову допомогу"), so that it takes no rate from the sum before it."""
    found = _phrase_at(_tokenized(lex.lang, "per"), _lengths(lex.lang, "per"), toks, fig.last + 1)
    if found is not None:
        return found[0]
    if fig.kind == "percent":
        return None
    start = sentence_start if fig.kind == "money" else clause_start
    words = toks[start: fig.first]
    for k in range(len(words) - 1, -1, -1):
        t = words[k]
        if t.low in lex.not_per:
            return NO_PER
        pair = t.low + " " + words[k + 1].low if k + 1 < len(words) else ""
        if pair in lex.period_adjectives:
            return lex.period_adjectives[pair]
        for stem, period in lex.period_adjectives.items():
            if " " not in stem and t.low.startswith(stem):
                return period
    return None


# ---------------------------------------------------------------------------------------------- sentences

_SENTENCE_END_RE = re.compile(r"[.!?…][»\"”)]*\s+(?=[«\"„(]?[A-ZА-ЯЁІЇЄҐ0-9])")
_INITIAL_RE = re.compile(r"(?:^|\s)[A-ZА-ЯЁІЇЄҐ]$")
_ACRONYM_RE = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,}(?![^\W\d_])")


def sentence_starts(text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()) -> list[int]:
    """Where the sentences of ``text[start:end]`` start: after ".", "!", "?" and a capital, not after an
    initial ("В. Путин"), nor after an abbreviation before an acronym ("41,7 млрд дол. США")."""
    starts = [start]
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        if m.group(0)[0] == "." and _INITIAL_RE.search(text, max(start, m.start() - 2), m.start()):
            continue
        before = text[max(start, m.start() - 6): m.start()].split()[-1:]
        if m.group(0)[0] == "." and before and before[0].lower() in abbreviations \
                and _ACRONYM_RE.match(text, m.end()) is not None:
            continue
        starts.append(m.end())
    return starts


_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def _clause_start(toks: list[_Token], i: int, floor: int) -> int:
    """The first token of the clause of token ``i`` (after the last comma, semicolon or dash before it)."""
    j = i - 1
    while j >= floor and toks[j].text not in _CLAUSE_MARKS:
        j -= 1
    return j + 1


# ---------------------------------------------------------------------------------------------- categories


def _stem_hits(lex: Lexicon, words: list[_Token]) -> list[tuple[int, int, str]]:
    """(position, end, category) of each category stem in ``words`` (lower-cased, joined by spaces), the
    longer phrase winning where two overlap ("связь потеряна" over "потер")."""
    joined = " " + " ".join(t.low for t in words) + " "
    hits: list[tuple[int, int, str]] = []
    for phrase in lex.killed_losses:
        at = joined.find(" " + phrase)
        if at >= 0:
            hits.append((at, at + len(phrase) + 1, "killed"))
    for category, stems in lex.categories.items():
        for stem in stems:
            at = joined.find(" " + stem)
            while at >= 0:
                hits.append((at, at + len(stem) + 1, category))
                at = joined.find(" " + stem, at + 1)
    kept = [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in hits)]
    return sorted(kept)


def _compound_after(lex: Lexicon, toks: list[_Token], fig: _Figure) -> bool:
    """Whether "убитыми и ранеными" (a casualty phrase of several words) follows the figure's noun."""
    words = toks[fig.last + 1: fig.last + 6]
    joined = " " + " ".join(t.low for t in words) + " "
    return any(" " in stem.strip() and (" " + stem) in joined for stem in lex.categories["casualties"])


_RELATIVES = frozenset({"которые", "которых", "которым", "які", "яких", "котрі"})


def _counts_things(lex: Lexicon, toks: list[_Token], fig: _Figure) -> bool:
    """Whether the noun the figure counts is a thing ("35 танков", "664 самолета", "танків — 9 685"), not people."""
    at = fig.first
    if at >= 2 and toks[at - 1].text == "(" and toks[at - 2].digits:
        at -= 2  # "танків — 9 685 (+1)": the daily change counts what the total counts
    if at >= 2 and toks[at - 1].text in ("—", "–", ":") and toks[at - 2].low.startswith(lex.things):
        return True
    for t in toks[fig.last + 1: fig.last + 4]:
        if not t.text[:1].isalpha() or t.low in _PREPOSITIONS:
            return False
        if t.low.startswith(lex.things):
            return True
    return False


def _category(lex: Lexicon, toks: list[_Token], fig: _Figure, nxt: int, floor: int) -> str | None:
    """What the count counts: the nearest category word after it in its clause (before the next figure),
    else the nearest before it (after the figure before)."""
    if _counts_things(lex, toks, fig):
        return None
    if _compound_after(lex, toks, fig):
        return "casualties"
    named = _count_noun_category(lex, toks[_clause_start(toks, fig.first, floor): fig.first])
    if named is not None:
        return named
    after: list[_Token] = []
    window = toks[fig.last + 1: min(nxt, fig.last + 9)]
    for k, t in enumerate(window):
        if t.text == "," and k + 1 < len(window):
            # "…военных, погибших в Украине", "військових, які загинули", "…, находившихся в плену"
            attribute = window[k + 1].low in _RELATIVES or window[k + 1].low.endswith(("их", "ых", "ихся", "ыхся"))
            if attribute and (hits := _stem_hits(lex, window[k + 1: k + 5])):
                return hits[0][2]
            break
        if t.text in _CLAUSE_MARKS or t.text in ".!?" or t.low in ("и", "а", "і", "й", "та") \
                or (t.low in _PREPOSITIONS and t.low != "без"):
            break
        after.append(t)
    hits = _stem_hits(lex, after)
    if hits:
        if hits[0][2] == "wounded" and any(h[2] == "killed" for h in hits[1:]):
            return "killed"  # the_wounded_who_died: "один пострадавший скончался", "двоє поранених померли"
        return hits[0][2]
    hits = _stem_hits(lex, toks[floor: fig.first])
    return hits[-1][2] if hits else None


def _home_from_captivity(lex: Lexicon, toks: list[_Token], fig: _Figure, floor: int) -> bool:
    """Whether soldiers the count names came home ("Додому повернулися 185 військових", "вернулись домой
    90 военнослужащих"): a soldier's return home is from captivity, where the return of people alone may
    be of the evacuated (so the counted noun must be a military one)."""
    lows = [t.low for t in toks[floor: fig.first]]
    if not any(lex.home_return_phrases.at(lows, k) is not None for k in range(len(lows))):
        return False
    return _role_of(lex, toks[fig.last + 1: fig.last + 3]) == "military"


def _count_noun_category(lex: Lexicon, words: list[_Token]) -> str | None:
    """"Кількість загиблих … зросла до 12", "число погибших достигло": the category a count noun names in
    the figure's clause before it, which outweighs a word after the figure ("…, поранених — до 90")."""
    for k, t in enumerate(words[:-1]):
        if t.low in lex.count_nouns and (hits := _stem_hits(lex, words[k + 1: k + 2])):
            return hits[0][2]
    return None


def _taken_from(lex: Lexicon, toks: list[_Token], fig: _Figure) -> str | None:
    """"трое из пострадавших", "18 з них": a part of a group named after the figure; the group's category
    ("пострадавших": wounded), or "" where the group is a pronoun ("из них": the figure's before it)."""
    if fig.last + 2 >= len(toks) or toks[fig.last + 1].low not in ("из", "із", "з"):
        return None
    group = toks[fig.last + 2]
    if group.low in ("них", "їх"):
        return ""
    hits = _stem_hits(lex, [group])
    return hits[0][2] if hits else None


def _carries(lex: Lexicon, toks: list[_Token], fig: _Figure, floor: int) -> bool:
    """Whether "в том числе", "среди них", "из них" stands before the figure: it counts a part of the one before."""
    window = " ".join(t.low for t in toks[max(floor, fig.first - 4): fig.first])
    return any(window.endswith(c) or (" " + c + " ") in (" " + window + " ") for c in lex.carriers)


def _part_or_more(lex: Lexicon, toks: list[_Token], fig: _Figure, floor: int, same_category: bool) -> bool:
    """Whether the figure counts a part of the count before ("из них", "з них", "в том числе") or more of
    the same ("еще 40 сдались", with the category of the count before): it is of that count's side."""
    if _carries(lex, toks, fig, floor) or lex.carrier_phrases.at([t.low for t in toks[:3]], 0) is not None:
        return True
    return same_category and fig.first > 0 and toks[fig.first - 1].low in lex.continuations


def _bare_list_item(toks: list[_Token], fig: _Figure) -> bool:
    """Whether the figure stands alone at the end of a list item ("офицеров — более 5 тыс.", "— 17 050.")."""
    nxt = toks[fig.last + 1] if fig.last + 1 < len(toks) else None
    return nxt is None or nxt.text in _CLAUSE_MARKS or nxt.text in ".!?"


# ---------------------------------------------------------------------------------------------- subjects


_PLACE_PREPOSITIONS = frozenset({"в", "во", "у", "на", "из", "с", "з", "по", "до"})


def _side_of(lex: Lexicon, words: list[_Token]) -> str | None:
    """The side the words name last (nearest the end)."""
    found: str | None = None
    for k, t in enumerate(words):
        side = _token_side(lex, t, words[k - 1] if k > 0 else None)
        if side is not None:
            found = side
    return found


def _token_side(lex: Lexicon, t: _Token, before: _Token | None) -> str | None:
    """The side one word names ("ВСУ", "российских"); none for a place after a preposition ("в Украине",
    "по Україні")."""
    if before is not None and before.low in _PLACE_PREPOSITIONS and t.text[:1].isupper():
        return None
    side = lex.side_acronyms.get(t.text)
    if side is None and t.text[:1].isalpha():
        side = next((s for s, stems in lex.side_stems.items() if t.low.startswith(stems)), None)
    return side


# The complementisers that open what a speaker said: the side the speaker's clause names is not the counted's.
_THAT = frozenset({"что", "що"})


def _named_before(lex: Lexicon, toks: list[_Token]) -> list[tuple[str | None, str | None]]:
    """For each token of the sentence, the (side, role) the words before it name last, side adjectives
    aside unless a military noun follows ("российских обстрелов" names the attacker), and those of a
    speaker's clause before ", что" / ", що" (the speaker's side is not the counted's): read once a
    sentence, so that each figure looks its own up (where reading the words before every figure was
    quadratic in a long sentence)."""
    out: list[tuple[str | None, str | None]] = [(None, None)]
    side: str | None = None
    role: str | None = None
    prev: _Token | None = None
    for i, t in enumerate(toks):
        if t.low in _THAT and prev is not None and prev.text == ",":
            side = role = None  # speaker_clause_aside: "Генштаб ЗСУ повідомив, що в Курській області загинули …"
        if not _side_adjective(lex, t) or (i + 1 < len(toks) and toks[i + 1].low.startswith(lex.military)):
            side = _token_side(lex, t, prev) or side
            role = _token_role(lex, t) or role
            prev = t
        out.append((side, role))
    return out


def _side_adjective(lex: Lexicon, t: _Token) -> bool:
    """Whether the word is an adjective of a side ("российских обстрелов", "російських", "ворожих"): it
    names the side of what it qualifies, which before a figure is mostly the attacker, not the counted."""
    return ("ск" in t.low[4:9] or "ськ" in t.low[4:10] or t.low.startswith(lex.enemy_adjectives)) and t.low[-2:] in ("ий", "ый", "ая", "ое", "ие", "ые", "их", "ых", "ой", "ую", "го", "му",
                                                  "ми", "ої", "ою", "ім", "ій", "і", "а", "е")


def _role_of(lex: Lexicon, words: list[_Token]) -> str | None:
    """The role the words name last."""
    found: str | None = None
    for t in words:
        found = _token_role(lex, t) or found
    return found


def _token_role(lex: Lexicon, t: _Token) -> str | None:
    """The role one word names: "military" ("ВСУ", "военнослужащих"), "civilians" ("мирных")."""
    if t.text in lex.military or t.low.startswith(lex.military):
        return "military"
    if t.low.startswith(lex.civilian):
        return "civilians"
    return None


_PREPOSITIONS = frozenset({"в", "во", "на", "из", "с", "со", "от", "по", "для", "у", "за", "к", "при", "о", "об",
                           "до", "після", "з", "із", "від", "біля", "через", "під", "над", "про"})


def _subject(lex: Lexicon, toks: list[_Token], fig: _Figure, before: tuple[str | None, str | None]) -> str | None:
    """"Russia · military", "Unspecified · civilians": the side and role of the counted noun phrase after
    the figure ("российских военных", "военнослужащих ВСУ"), else of the words before it in its sentence
    ("Потери ВСУ … составили", "Мобилизованных в списке": ``before``, from ``_named_before``)."""
    noun_phrase: list[_Token] = []
    after = fig.last + 2 if fig.last + 1 < len(toks) and toks[fig.last + 1].text in ("—", "–") else fig.last + 1
    for t in toks[after: after + 4]:
        if not t.text[:1].isalpha() or t.low in _PREPOSITIONS or t.low in ("и", "і", "та", "а"):
            break
        noun_phrase.append(t)
    side = _side_of(lex, noun_phrase) or before[0]
    role = _role_of(lex, noun_phrase) or before[1]
    if side is None and role is None:
        return None
    return f"{side or 'Unspecified'} · {role or 'unspecified'}"


def _place_side(lex: Lexicon, toks: list[_Token]) -> str | None:
    """The country of the first city or region the sentence names ("в Белгороде", "по Тернополю",
    "Херсонщини"): its dead and wounded civilians are that country's."""
    for t in toks:
        if t.text[:1].isupper():
            side = next((s for s, stems in lex.place_stems.items() if t.text.startswith(stems)), None)
            if side is not None:
                return side
    return None


def _speaker_side(lex: Lexicon, source: str) -> str | None:
    """The country of a source: the place its words name ("губернатор Белгородской области", "Сумська ОВА"),
    the side they name ("Минобороны России", "Генштаб ЗСУ"), a body only one country has (SPEAKER_BODIES:
    "голова Донецької ОВА" speaks for Ukraine's administration), or a body the language's press names
    without its country (HOME_BODIES: "Міністерство соціальної політики" is Ukraine's)."""
    words = _tokens(source, 0, len(source))
    return _place_side(lex, words) or _side_of(lex, words) \
        or next((lex.speaker_bodies[t.text] for t in words if t.text in lex.speaker_bodies), None) \
        or (lex.home_country if words and words[0].text.startswith(lex.home_bodies) else None)


def _counts_people(lex: Lexicon, toks: list[_Token], fig: _Figure, floor: int) -> bool:
    """Whether the figure counts people: a collective numeral ("троє"), or a noun of persons after it
    ("26 людей", "один мешканець", "два мирных жителя")."""
    if any(toks[k].low in lex.collectives for k in range(fig.first, fig.last + 1)):
        return True
    if _count_noun_category(lex, toks[_clause_start(toks, fig.first, floor): fig.first]) is not None:
        return True  # "Кількість загиблих … зросла до 12": the dead are people
    return any(t.low.startswith(lex.person_words) for t in toks[fig.last + 1: fig.last + 3])


_TOLLS = frozenset({"killed", "wounded", "casualties", "missing"})
# The counts of a place's people: its tolls, and those evacuated from it ("из Курской области эвакуированы").
_PLACE_COUNTS = _TOLLS | {"displaced", "captured"}  # the captured only where named as civilians ("жителей")

# ---------------------------------------------------------------------------------------------- sources

_QUOTES = "«»\"“”„'"
_FRAME_CASE = {"по": "datv", "согласно": "datv", "згідно": "ablt", "відповідно": "datv", "как": "nomn", "як": "nomn",
               "на": "accs"}


class _Source:
    """A source found in a sentence: its text (nominative; empty for "по его словам", the source of the
    sentence before), the token it starts at, and whether it is only the decider of its figures
    ("Мэрия выплачивает", weaker than anyone who reports them)."""

    def __init__(self, text: str, at: int, weak: bool = False, fallback: str | None = None) -> None:
        self.text = text
        self.at = at
        self.weak = weak
        self.fallback = fallback  # a back-pointing noun ("Издание подчеркивает"), itself where nothing was named before


def _phrase_text(text: str, toks: list[_Token], words: list[int], case: str, lang: str) -> str | None:
    """The speaker's words ``toks[words]`` as written, quotation marks aside, put in the nominative."""
    chosen = [toks[k] for k in words if toks[k].text not in _QUOTES]
    while chosen and not chosen[-1].text[:1].isalnum():
        chosen.pop()
    if not chosen:
        return None
    forms = morphology.nominative([t.text for t in chosen], case, lang) if case != "nomn" else [t.text for t in chosen]
    # the writer's "е" stays "е" where the dictionary's nominative spells "ё" («Верстке» → "Верстка")
    forms = [f if "ё" in t.text.lower() else f.replace("ё", "е").replace("Ё", "Е") for f, t in zip(forms, chosen, strict=True)]
    out = ""
    for k, t in enumerate(chosen):
        glue = k > 0 and chosen[k - 1].end == t.start
        out += ("" if glue or k == 0 else " ") + forms[k]
    return out


def _message_owner(lex: Lexicon, text: str, toks: list[_Token], words: list[int], phrase: str) -> str | None:
    """The body whose message the document frame names ("говорится в сообщении Минобороны", "йдеться в
    повідомленні Генштабу ЗСУ"): a message (MESSAGE_NOUNS) is its sender's word, so the sender is the
    source, in the nominative; a report ("в докладе миссии") stays the document."""
    if phrase.split()[0].lower() not in lex.message_nouns or len(words) < 2 or not toks[words[1]].text[:1].isupper():
        return None
    return _phrase_text(text, toks, words[1:], "gent", lex.lang)


def _frame_case(frame: str) -> str:
    """The case of the speaker after a frame: the nominative after "как сообщает", the dative after a
    bare "согласно", the instrumental after "згідно з", the genitive after a noun ("по данным", "за даними")."""
    words = frame.split()
    if words[0] in ("как", "як"):
        return "nomn"
    if frame in ("согласно",):
        return "datv"
    if frame in ("згідно з", "згідно із"):
        return "ablt"
    return _FRAME_CASE.get(words[0], "gent") if len(words) == 1 else "gent"


def _speaker_after(lex: Lexicon, toks: list[_Token], i: int, end: int) -> list[int]:
    """The tokens of a speaker's noun phrase from token ``i``: up to the clause's end (a comma, a stop, a
    dash), a figure or a verb of saying, at most eight words."""
    words: list[int] = []
    quoted = False
    for k in range(i, min(end, i + 12)):
        t = toks[k]
        if t.text in "«„“":
            quoted = True
            words.append(k)
            continue
        if t.text in "»”" or (t.text == '"' and quoted):
            quoted = False
            words.append(k)
            continue
        if t.text == '"':
            quoted = True
            words.append(k)
            continue
        if not quoted and (t.text in _CLAUSE_MARKS or t.text in "!?"
                           or (t.text == "." and (k + 1 >= end or toks[k + 1].start > t.end))):
            break
        if not quoted and (t.digits or t.low in lex.attribution_verbs or t.low in _TOGETHER):
            break
        words.append(k)
    return words if len([k for k in words if toks[k].text[:1].isalnum()]) <= 8 else []


def _titled_after_adverbial(lex: Lexicon, toks: list[_Token], words: list[int]) -> list[int]:
    """A title and a name after an adverbial of place ("В эфире Дождя демограф Алексей Ракша"): the words
    from the title on, or none; a word in the genitive is no title but the place's own complement
    ("У Міністерстві оборони України": the ministry of defence is the body named)."""
    if len(words) < 4 or toks[words[0]].low not in _PREPOSITIONS or not toks[words[-1]].text[:1].isupper():
        return []
    seen_capital = False
    for n, k in enumerate(words[1:], 1):
        if toks[k].text[:1].isupper():
            seen_capital = True
        elif seen_capital and toks[k].text[:1].islower() and n + 1 < len(words) and toks[words[n + 1]].text[:1].isupper():
            return [] if morphology.genitive(toks[k].low, lex.lang) else words[n:]
    return []


_DOCUMENT_INSTRUMENTALS = frozenset({"указом", "постановлением", "распоряжением", "приказом", "постановою",
                                     "розпорядженням", "наказом"})


def _without_addressee(toks: list[_Token], words: list[int]) -> list[int]:
    """The speaker's words without a quoted addressee before them ("«Известиям» источник в Минобороны")."""
    if words and toks[words[0]].text in "«“\"„":
        close = next((w for w in words[1:] if toks[w].text in "»”\""), None)
        if close is not None and close != words[-1]:
            return [w for w in words if w > close]
    return words


def _located(lex: Lexicon, text: str, toks: list[_Token], words: list[int]) -> str | None:
    """"в Минобороны", "У Міністерстві у справах ветеранів": the body named after "в"/"у", in the nominative."""
    if len(words) < 2 or toks[words[0]].low not in ("в", "во", "у"):
        return None
    return _phrase_text(text, toks, words[1:], "loct", lex.lang)


def _sources(lex: Lexicon, text: str, toks: list[_Token], start: int, end: int, figures: list[int]) -> list[_Source]:
    """The sources named in the sentence ``toks[start:end]`` (``figures``: where its figures start): after
    a frame ("по данным Росстата"), after a verb of saying (", сообщил губернатор …", "сообщили в
    Минобороны"), or before one at a clause's start ("Росстат сообщил, что …"), each in the nominative."""
    found: list[_Source] = []
    lows = [t.low for t in toks[start:end]]
    k = start
    while k < end:
        low = toks[k].low
        anaphor = lex.anaphor_phrases.at(lows, k - start)
        if anaphor is not None and not _body_named_on(lex, toks, k + len(anaphor.split()), end):
            found.append(_Source("", k))  # "по его словам", "в ведомстве": the source of the sentence before
            k += len(anaphor.split())
            if k < end and toks[k].low in lex.attribution_verbs:
                k += 1  # "В ведомстве добавили"
            continue
        frame = lex.frame_phrases.at(lows, k - start)
        if frame is not None:
            n = len(frame.split())
            case = _frame_case(frame)
            head = k + n
            if frame.split()[-1] in lex.source_in_verbs:
                # "как сообщили «Интерфаксу» в пресс-службе …": the body after "в"
                at = next((m for m in range(head, min(end, head + 4)) if toks[m].low in ("в", "во", "у")), -1)
                if at >= 0:
                    head, case = at + 1, "loct"
            words = _speaker_after(lex, toks, head, end)
            if case == "nomn":
                words = _without_addressee(toks, words)
                outlet = lex.addressee_phrases.at([toks[w].low for w in words], 0) if words else None
                if outlet is not None and len(outlet.split()) < len(words):
                    words = words[len(outlet.split()):]  # "Як повідомила Суспільному речниця ДСНС"
            phrase = _phrase_text(text, toks, words, case, lex.lang) if words else None
            if phrase:
                found.append(_Source(phrase, k))
                k += n + len(words)
                continue
        if low in _DOCUMENT_INSTRUMENTALS and (k == start or toks[k - 1].text in _CLAUSE_MARKS):
            # "Указом губернатора Нижегородской области …": the document itself, put in the nominative
            words = [k, *_speaker_after(lex, toks, k + 1, end)][:6]
            phrase = _phrase_text(text, toks, words, "ablt", lex.lang)
            if phrase:
                found.append(_Source(phrase, k))
        if low in lex.document_frames_first:
            doc = lex.document_phrases.at(lows, k - start)
            if doc is not None:
                words = _speaker_after(lex, toks, k + len(doc.split()), end)
                case = "loct" if doc.split()[-1] in ("в", "у") else "gent"
                phrase = _phrase_text(text, toks, words, case, lex.lang) if words else None
                if phrase and (owner := _message_owner(lex, text, toks, words, phrase)) is not None:
                    phrase = owner
                if phrase:
                    found.append(_Source(phrase, k))
                k += len(doc.split())
                continue
        if low in lex.attribution_verbs or low in lex.decision_verbs or low in lex.source_in_verbs:
            source = _source_at_verb(lex, text, toks, k, start, end, figures)
            if source is not None:
                found.append(source)
        k += 1
    if not found and (signed := _signed_after_dash(lex, text, toks, start, end, figures)) is not None:
        found.append(signed)
    return found


_SIGNATURE_WORDS: Final = 4  # "– голова ОВА Олег Синєгубов": the most words of a speaker signing after a dash


def _signed_after_dash(lex: Lexicon, text: str, toks: list[_Token], start: int, end: int,
                       figures: list[int]) -> _Source | None:
    """The speaker who signs the sentence after a final dash, with no verb ("…, серед них двоє дітей, –
    Синєгубов."), as the Ukrainian and Russian online press attributes a quote or a toll."""
    last = end - 1 if toks[end - 1].text in ".!" else end
    dash = next((d for d in range(last - 1, max(start, last - _SIGNATURE_WORDS - 1) - 1, -1)
                 if toks[d].text in ("—", "–")), None)
    if dash is None or not any(f < dash for f in figures):
        return None
    words = list(range(dash + 1, last))
    if not words or not toks[words[-1]].text[:1].isupper() \
            or any(not toks[w].text[:1].isalpha() or toks[w].low in lex.attribution_verbs or toks[w].low in _PREPOSITIONS
                   for w in words):  # ("– у Харкові", "— в Польше": a place, not a speaker)
        return None
    phrase = _phrase_text(text, toks, words, "nomn", lex.lang)
    return _named(lex, phrase, dash) if phrase else None


def _body_named_on(lex: Lexicon, toks: list[_Token], k: int, end: int) -> bool:
    """Whether the words after a back-pointing "в министерстве" / "у міністерстві" go on to name the body
    ("У Міністерстві оборони України повідомили", "В министерстве финансов сообщили"): a word in the
    genitive or a name in capitals follows, so the phrase is the ministry itself, not the one named before."""
    if k >= end or not toks[k].text[:1].isalpha() or toks[k].low in lex.attribution_verbs or toks[k].low in _ADVERBIALS:
        return False
    return toks[k].text[:1].isupper() or morphology.genitive(toks[k].low, lex.lang)


def _source_at_verb(lex: Lexicon, text: str, toks: list[_Token], k: int, start: int, end: int,
                    figures: list[int]) -> _Source | None:
    """The speaker of the verb of saying at token ``k``."""
    low = toks[k].low
    weak = low in lex.decision_verbs and low not in lex.attribution_verbs
    if k + 1 < end and toks[k + 1].low in lex.pronouns and (k + 2 >= end or not toks[k + 2].text[:1].isalnum()):
        return _Source("", k)  # "додав він", "сообщила она": the speaker named before
    if low in lex.source_in_verbs:
        # "сообщили ТАСС в Минобороны", "повідомили в Харківській ОВА": the body after "в"
        for m in range(k + 1, min(end, k + 5)):
            if toks[m].text in _CLAUSE_MARKS:
                break  # "уточнили, что в больницы доставлены": the "в" of the clause reported
            if toks[m].low in ("в", "во", "у"):
                words = _speaker_after(lex, toks, m + 1, end)
                phrase = _phrase_text(text, toks, words, "loct", lex.lang) if words else None
                return _named(lex, phrase, k) if phrase else None
        if low not in lex.attribution_verbs and low not in lex.decision_verbs:
            return None  # "вважають у ДПС" names a source, "вважають загиблими" none
    clause = _clause_start(toks, k, start)
    before = [m for m in range(clause, k) if toks[m].text not in _QUOTES and toks[m].low not in _ADVERBIALS]
    if not before and clause - 1 > start and toks[clause - 1].text == ",":
        aside = _clause_start(toks, clause - 1, start)  # the aside ends at the comma before the verb
        if aside - 1 > start and toks[aside - 1].text == ",":
            first = _clause_start(toks, aside - 1, start)
            before = [m for m in range(first, aside - 1) if toks[m].text not in _QUOTES and toks[m].low not in _ADVERBIALS]
    opening = [toks[m].low for m in before]
    inverted = opening in (["это"], ["так"], ["как"], ["як"]) \
        or (bool(opening) and lex.announcing_phrases.at(opening, 0) == " ".join(opening))
    # (a sentence with no figure names its speaker for the sentences after it: "Росіяни атакували Харків,
    # повідомив начальник ОВА. За його словами, загинули троє людей")
    if (toks[k - 1].text in (",", "»", "”", "—") or inverted) and (any(f < k for f in figures) or not figures or inverted):
        # "…, сообщил губернатор Белгородской области", "Об этом сообщил оперативный штаб", "… — сказал “Ъ” военком"
        words = _without_addressee(toks, _speaker_after(lex, toks, k + 1, end))
        outlet = lex.addressee_phrases.at([toks[w].low for w in words], 0) if words else None
        if outlet is not None and len(outlet.split()) < len(words):
            words = words[len(outlet.split()):]  # "рассказал РИА Новости источник в правительстве"
        while words and (toks[words[0]].low in _ADDRESSEES or (toks[words[0]].text.isupper() and len(words) > 2
                                                               and toks[words[0]].low in ("тасс", "рбк", "риа"))):
            words = words[1:]
        phrase = _phrase_text(text, toks, words, "nomn", lex.lang) if words else None
        if phrase:
            return _named(lex, phrase, k, weak)
        return None
    # "Росстат сообщил, что …", "В Смольном уточнили", "У ГУР підрахували": the clause's words before the verb
    titled = _titled_after_adverbial(lex, toks, before)
    if titled:
        before = titled  # "В эфире Дождя демограф Алексей Ракша оценил": the title and the name
    located = _located(lex, text, toks, before)
    if located:
        return _named(lex, located, k, weak)
    words = _subject_words(lex, toks, before)
    phrase = _phrase_text(text, toks, words, "nomn", lex.lang) if words else None
    return _named(lex, phrase, k, weak) if phrase else None


def _named(lex: Lexicon, phrase: str, at: int, weak: bool = False) -> _Source:
    """The source ``phrase``; one that points back, a pronoun ("она", "Он добавил") or a common noun in
    lower case ("в ведомстве", "министерство в мониторинге"), is the speaker named before it (an empty
    text, which the paragraph resolves); a name in capitals ("Министерство обороны") is its own."""
    words = phrase.split()
    if words[0].lower() in lex.pronouns and len(words) == 1:
        return _Source("", at, weak)
    if words[0].lower() in lex.back_speakers and (len(words) == 1 or (phrase[:1].islower() and words[1] in _PREPOSITIONS)):
        return _Source("", at, weak, fallback=phrase.lower())  # "Ведомство также заявило", "по данным издания"
    return _Source(phrase, at, weak)


# "Русская служба Би-би-си вместе с «Медиазоной»": the speaker ends before its partners.
_TOGETHER = frozenset({"вместе", "совместно", "спільно", "разом"})
_ADDRESSEES = frozenset({"журналистам", "журналістам", "агентству", "изданию", "виданню", "нам", "мне", "газете"})


def _subject_words(lex: Lexicon, toks: list[_Token], words: list[int]) -> list[int]:
    """The speaker among the words before a verb of saying: all of them, adverbs and time words aside
    ("тогда министр Сергей Шойгу", "Губернатор … Гладков", "«Медуза»"), cut before a partner ("вместе с")
    or a date ("Мэрия Москвы с 1 июня"); after an adverbial of place or time, only a bare noun
    ("Только за последний месяц журналисты")."""
    kept = [k for k in words if toks[k].low not in _ADVERBIALS]
    for n, k in enumerate(kept):
        if toks[k].digits or toks[k].low in _TOGETHER or (toks[k].low in _PREPOSITIONS and n + 1 < len(kept)
                                                             and toks[kept[n + 1]].digits):
            tail = _after_date(lex, toks, kept[n:])
            adverbial = bool(kept) and toks[kept[0]].low in _PREPOSITIONS
            if tail and len(tail) <= 5 and (toks[tail[0]].text[:1].isupper() or adverbial):
                return tail  # "Курс на 21 июня Банк России установил", "в проєкті бюджету-2026 уряд заклав"
            kept = kept[:n]
            break
    if not kept:
        return []
    if toks[kept[0]].low in _PREPOSITIONS:
        last = kept[-1]
        return [last] if len(kept) <= 5 and toks[last].text[:1].islower() and toks[last].text.isalpha() else []
    return kept if len(kept) <= 9 else []


def _after_date(lex: Lexicon, toks: list[_Token], words: list[int]) -> list[int]:
    """The words after the date or number that opens ``words`` ("на 21 июня Банк России" → "Банк России")."""
    for n, k in enumerate(words):
        t = toks[k]
        if not (t.digits or t.low in lex.months or t.low in _PREPOSITIONS or t.low in lex.years
                or t.text in ("-", "г", ".")):
            return words[n:]
    return []


_ADVERBIALS = frozenset({"тогда", "также", "ранее", "позднее", "еще", "ещё", "уже", "вчера", "сегодня", "только",
                         "всего", "теж", "також", "раніше", "вже", "вчора", "сьогодні", "лише", "тоді"})


# ---------------------------------------------------------------------------------------------- dates


class _Date:
    """A date of a sentence: its tokens, its value (ISO, at the precision written), and its cue."""

    def __init__(self, first: int, last: int, value: str, cue: str, running: bool = False, compared: bool = False) -> None:
        self.first = first
        self.last = last
        self.value = value
        self.cue = cue
        self.running = running  # inside a running total's period ("с начала вторжения … в феврале 2022 года")
        self.compared = compared  # what a figure is compared with ("больше, чем в мае"), not its own date
        self.leads = False  # dates only the figures after it ("…, годом ранее — 0,9 трлн"), as a new clause's head


def _resolve(year: int | None, month: int | None, day: int | None, reference: date | None,
             ahead: bool = False) -> str | None:
    """A date at the precision written; without a year, the latest such date not after ``reference``, or
    with ``ahead`` (the sentence speaks of what will be) the first not before it."""
    if year is None:
        if reference is None or month is None:
            return None
        year = reference.year
        if ahead and (month, day or 31) < (reference.month, reference.day):
            year += 1
        elif not ahead and (month, day or 1) > (reference.month, reference.day) and not _days_ahead(year, month, day, reference):
            year -= 1
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


_NEAR_AHEAD_DAYS = 31


def _days_ahead(year: int, month: int, day: int | None, reference: date) -> bool:
    """Whether the date lies within a month after ``reference``: "курс на 21 июня" written on June 20th is
    tomorrow's, not last year's (a date a month or more ahead is read as past, unless the verb is future)."""
    try:
        return 0 < (date(year, month, day or 1) - reference).days <= _NEAR_AHEAD_DAYS
    except ValueError:
        return False


def _year_at(toks: list[_Token], k: int) -> int | None:
    if k < len(toks) and toks[k].digits and len(toks[k].text) == 4 and toks[k].text.isdigit() \
            and 1800 <= int(toks[k].text) <= 2100:
        return int(toks[k].text)
    return None


def _dates(lex: Lexicon, toks: list[_Token], start: int, end: int, reference: date | None) -> list[_Date]:
    """The dates of the sentence ``toks[start:end]``: "1 апреля 2023 года", "в сентябре 2022 года",
    "в 2024 году", "к концу 2024 года", "вчера", "в прошлом году", "за минувшие сутки"."""
    out: list[_Date] = []
    lows = [t.low for t in toks[start:end]]
    future: list[bool] = []

    def ahead() -> bool:
        """Whether the sentence speaks of what will be (read once, at its first date without a year)."""
        if not future:
            future.append(any(w in lex.future_words for w in lows)
                          or morphology.any_future([t.text for t in toks[start:end] if t.text[:1].isalpha()], lex.lang))
        return future[0]

    k = start
    while k < end:
        t = toks[k]
        first, last = k, k
        value: str | None = None
        if t.digits and (dotted := _dotted_date(toks, k, end)) is not None:
            value = _resolve(dotted[2], dotted[1], dotted[0], reference)  # "з 24.02.22 по 03.01.25"
            last = dotted[3]
        elif t.digits and k + 1 < end and toks[k + 1].low in lex.months and t.text.isdigit() and int(t.text) <= 31:
            month = lex.months[toks[k + 1].low]
            last = k + 1
            year = _year_at(toks, k + 2)
            if year is not None:
                last = k + 2
            value = _resolve(year, month, int(t.text), reference, year is None and ahead())
        elif (month_of := _month_of(lex, t.low)) is not None:
            month = month_of
            if k + 2 < end and toks[k + 1].text in lex.dashes and toks[k + 2].low in lex.months:
                month, last = lex.months[toks[k + 2].low], k + 2  # "в январе — марте"
            year = _year_at(toks, last + 1)
            if year is not None:
                last += 1
            value = _resolve(year, month, None, reference, year is None and ahead())
        elif (year := _year_at(toks, k)) is not None and (k + 1 >= end or not toks[k + 1].low.startswith(("тыс", "млн"))):
            value = f"{year:04d}"
        elif lows[k - start] not in lex.date_phrase_firsts:
            pass  # no relative date starts here (one look-up a word, not one a phrase list)
        elif reference is not None and (phrase := lex.day_before_phrases.at(lows, k - start)) is not None:
            last = k + len(phrase.split()) - 1
            value = (reference - timedelta(days=1)).isoformat()
        elif reference is not None and lex.this_year_phrases.at(lows, k - start) is not None:
            value = f"{reference.year:04d}"
        elif reference is not None and lex.last_year_phrases.at(lows, k - start) is not None:
            value = f"{reference.year - 1:04d}"
        elif reference is not None and (phrase := lex.year_earlier_phrases.at(lows, k - start)) is not None:
            last = k + len(phrase.split()) - 1
            value = _year_before(out[-1].value if out else f"{reference.year:04d}")  # "годом ранее", "роком раніше"
        elif reference is not None and (months := _months_to_date(lex, toks, k, end, reference)) is not None:
            last, value = k + 2, months  # "за восемь месяцев", "за 9 місяців": the year to that month
        elif reference is not None and (phrase := lex.year_end_phrases.at(lows, k - start)) is not None:
            last = k + len(phrase.split()) - 1
            value = f"{reference.year:04d}-12"  # "к концу года", "до кінця року": the year of the report
        elif reference is not None and (phrase := lex.decade_end_phrases.at(lows, k - start)) is not None:
            last = k + len(phrase.split()) - 1
            value = decade_end(reference)  # "к концу десятилетия": its round year
        elif reference is not None and (phrase := lex.season_phrases.at(lows, k - start)) is not None:
            last = k + len(phrase.split()) - 1
            cue, season = lex.seasons[phrase]  # "прошлой зимой", "восени": the season's last month
            value = season_month(cue, SEASON_ENDS[season], reference, cue == "the" and ahead())
        elif (phrase := lex.half_year_phrases.at(lows, k - start)) is not None:
            last = k + len(phrase.split()) - 1
            value = _half_year(lex.half_years[phrase], _year_at(toks, last + 1), reference, ahead)
            last += 1 if _year_at(toks, last + 1) is not None else 0
        if value is not None:
            cue = _cue_before(lex, lows, first - start)
            if cue in lex.end_cues and len(value) == 4:
                value += "-12"
            clause = _clause_start(toks, first, start)
            running = any(" ".join(lows[m - start: m - start + len(p.split())]) == p
                          for m in range(clause, first) for p in lex.period_cues if " " in p)
            compared = any(toks[m].low in lex.compared_words for m in range(max(clause, first - 2), first))
            out.append(_Date(first, last, value, cue, running, compared))
            out[-1].leads = lex.year_earlier_phrases.at(lows, first - start) is not None
            k = last + 1
            continue
        k += 1
    return out


_DAY_MONTH_RE = re.compile(r"(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])")


def _dotted_date(toks: list[_Token], k: int, end: int) -> tuple[int, int, int, int] | None:
    """A date written with dots ("03.01.25", "24.02.2022"), which the tokens hold as "03.01", "." and "25": its day,
    month, year and the index of its last token; None where ``toks[k]`` opens no such date."""
    m = _DAY_MONTH_RE.fullmatch(toks[k].text)
    if m is None or k + 2 >= end or toks[k + 1].text != "." or toks[k + 1].start != toks[k].end:
        return None
    year = toks[k + 2]
    if year.start != toks[k + 1].end or not year.text.isdigit() or len(year.text) not in (2, 4):
        return None
    return int(m.group(1)), int(m.group(2)), int(year.text) + (2000 if len(year.text) == 2 else 0), k + 2


def _month_of(lex: Lexicon, word: str) -> int | None:
    """The month a word names: a month's name, or a span of months written as one word ("январь-октябрь",
    "січень-вересень"), which ends on its last."""
    if word in lex.months:
        return lex.months[word]
    first, dash, last = word.partition("-")
    return lex.months[last] if dash and first in lex.months and last in lex.months else None


def _year_before(value: str) -> str:
    """The date a year before ``value`` (ISO, to the month at most): "годом ранее" after "в сентябре"."""
    return f"{int(value[:4]) - 1:04d}{value[4:7]}"


def _months_to_date(lex: Lexicon, toks: list[_Token], k: int, end: int, reference: date) -> str | None:
    """"за восемь месяцев", "за 9 місяців" at token ``k``: a count of months from the year's start, dated at
    its last month (this year's, where that month is before the report's, else last year's)."""
    if toks[k].low != "за" or k + 2 >= end or toks[k + 2].low not in lex.month_spans:
        return None
    word = toks[k + 1]
    count = int(word.text) if word.text.isdigit() else lex.small.get(word.low)
    if count is None or not 1 <= count <= 11:
        return None
    year = reference.year if count < reference.month else reference.year - 1
    return f"{year:04d}-{int(count):02d}"


def _half_year(month: int, year: int | None, reference: date | None, ahead: Callable[[], bool]) -> str | None:
    """"в первом полугодии (2024 года)", "у другому півріччі": the month the half ends on, of the year
    written, else of the last such half before the report (the coming one where the sentence is future)."""
    if year is None:
        if reference is None:
            return None
        year = reference.year if reference.month >= month or ahead() else reference.year - 1
    return f"{year:04d}-{month:02d}"


def _cue_before(lex: Lexicon, lows: list[str], at: int) -> str:
    """The word (or words) before a date that say what it is to the figure ("на", "с", "к концу")."""
    for n in (3, 2, 1):
        if at - n >= 0:
            phrase = " ".join(lows[at - n: at])
            if phrase in lex.date_cues or phrase in lex.period_cues:
                return phrase
    return ""


def _as_of(fig: _Figure, dates: list[_Date], published: str | None) -> tuple[str | None, str | None]:
    """The figure's date: one right after it (within three words), else the nearest before it, else one
    after it; a running total's start ("с 24 февраля 2022 года") dates a count at the report."""
    usable = [d for d in dates if not ((d.cue in _PERIOD_STARTS or d.running) and fig.kind == "count") and not d.compared]
    own = next((d for d in usable if 0 <= d.first - fig.last <= 3 and not d.leads), None)
    if own is None:
        earlier = [d for d in usable if d.last < fig.first]
        later = [d for d in usable if d.first > fig.last and not d.leads]
        strong = [d for d in earlier if d.cue in _STRONG_CUES]
        own = strong[-1] if strong else earlier[-1] if earlier else later[0] if later else None
    if own is not None:
        return own.value, "sentence"
    return published, ("published" if published else None)


_PERIOD_STARTS = frozenset({"с", "со", "начиная с", "з", "із", "від", "починаючи з"})
# Cues that say the date is when the figures stood ("станом на 3 січня", "по 03.01.25"): such a date wins over a nearer one
_STRONG_CUES = frozenset({"на", "по состоянию на", "станом на", "по"})


# ---------------------------------------------------------------------------------------------- API


def _parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _latest_date(lex: Lexicon, paragraphs: list[_Paragraph]) -> date | None:
    """The latest full date ("16 мая 2025 года") the paragraphs write: the article's date where no
    publication date is known (as the English rules infer it)."""
    latest: date | None = None
    for paragraph in paragraphs:
        start, end = paragraph.bounds[0][0], paragraph.bounds[-1][1]
        for m in lex.full_date_re.finditer(paragraph.text, start, end):
            month = lex.months.get(m.group(2).lower().replace("ё", "е"))
            try:
                day = date(int(m.group(3)), month or 0, int(m.group(1)))
            except ValueError:
                continue
            latest = day if latest is None or day > latest else latest
    return latest


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that hold something, as (start, end): each is a paragraph."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def explain(text: str, lang: str, spans: list[tuple[int, int]] | None = None
            ) -> list[tuple[int, int, str]]:
    """The numbers of ``text`` (in ``lang``) that the rules turned away: (start, end, rule)."""
    dropped: list[tuple[int, int, str]] = []
    lex = lexicon(lang)
    for start, end in spans if spans is not None else paragraph_spans(text):
        _figures(lex, _tokens(text, start, end), dropped)
    return dropped


def extract(text: str, lang: str, published: str | None = None, article_id: str = "a1",
            spans: list[tuple[int, int]] | None = None) -> list[Claim]:
    """The claims of ``text`` in ``lang`` ("ru" or "uk"), read paragraph by paragraph (``spans``: the
    paragraphs in that language, all of the text's lines by default)."""
    lex = lexicon(lang)
    reference = _parse_iso(published)
    paragraphs = [_Paragraph(lex, text, s, e) for s, e in (spans if spans is not None else paragraph_spans(text))]
    if reference is None:
        reference = _latest_date(lex, paragraphs)
        published = reference.isoformat() if reference is not None else None
    claims: list[Claim] = []
    for paragraph in paragraphs:
        for n in range(len(paragraph.bounds)):
            if paragraph.figures(n):
                claims += _sentence_claims(lex, paragraph, n, reference, published, article_id)
    return claims


class _Paragraph:
    """One paragraph's sentences, each read (its tokens, figures and sources) only when asked: most
    sentences of an article hold no number and are never tokenized."""

    def __init__(self, lex: Lexicon, text: str, start: int, end: int) -> None:
        self.lex = lex
        self.text = text
        starts = sentence_starts(text, start, end, lex.dotted)
        self.bounds = [(s, starts[n + 1] if n + 1 < len(starts) else end) for n, s in enumerate(starts)]
        self._tokens: dict[int, list[_Token]] = {}
        self._figures: dict[int, list[_Figure]] = {}
        self._sources: dict[int, list[_Source]] = {}
        self.last_category: str | None = None  # the category of the last count read so far
        self.last_side: str | None = None  # the side of the last count whose side was named
        self.last_role: str | None = None  # and its role ("military", "civilians", "unspecified")
        self.last_currency: str | None = None  # the currency of the last sum read so far
        self.last_money: tuple[int, int] | None = None  # and its span
        self.last_date: str | None = None  # the last date of the sentences read so far that is a figure's own

    def tokens(self, n: int) -> list[_Token]:
        if n not in self._tokens:
            self._tokens[n] = _tokens(self.text, *self.bounds[n])
        return self._tokens[n]

    def figures(self, n: int) -> list[_Figure]:
        if n not in self._figures:
            s, e = self.bounds[n]
            found = self.lex.number_start_re.search(self.text, s, e) is not None
            self._figures[n] = _figures(self.lex, self.tokens(n), []) if found else []
        return self._figures[n]

    def sources(self, n: int) -> list[_Source]:
        if n not in self._sources:
            toks = self.tokens(n)
            self._sources[n] = _sources(self.lex, self.text, toks, 0, len(toks), [f.first for f in self.figures(n)])
        return self._sources[n]

    def inherited(self, n: int) -> str | None:
        """The source named last before sentence ``n`` in the paragraph."""
        for m in range(n - 1, -1, -1):
            named = [src.text for src in self.sources(m) if src.text]
            if named:
                return named[-1]
        return None

    def announced_after(self, n: int) -> str | None:
        """"… 56 человек погибли. Об этом сообщил оперативный штаб": the source the next sentence gives this one."""
        if n + 1 >= len(self.bounds):
            return None
        toks = self.tokens(n + 1)
        if self.lex.announcing_phrases.at([t.low for t in toks[:3]], 0) is None:
            return None
        sources = self.sources(n + 1)
        named = [src.text for src in sources if src.text]
        if named:
            return named[0]
        return self.inherited(n + 1) if sources else None  # "Такие данные приводит министерство": the one named before


def _part_of_the_group_before(lex: Lexicon, paragraph: _Paragraph, toks: list[_Token], fig: _Figure,
                              lows: list[str]) -> bool:
    """Whether the sentence's first count is a part of the last count of the sentences before ("Серед них …
    20 цивільних", "Из них …", "Еще 40, сообщил он, …"): it keeps that count's category, and its side."""
    return paragraph.last_category is not None and not _counts_things(lex, toks, fig) \
        and (_carries(lex, toks, fig, 0) or lex.carrier_phrases.at(lows, 0) is not None
             or (fig.first > 0 and toks[fig.first - 1].low in lex.continuations and _bare_list_item(toks, fig)))


def _bare_title(source: str) -> bool:
    """Whether a source is a title alone, one word in lower case ("министр", "губернатор"): it stands for
    the person named before with that title and a name ("Министр финансов Антон Силуанов")."""
    return " " not in source and source[:1].islower()


def _sentence_claims(lex: Lexicon, paragraph: _Paragraph, n: int, reference: date | None, published: str | None,
                     article_id: str) -> list[Claim]:
    """The claims of the figures of sentence ``n`` of ``paragraph``, with their semantics."""
    text = paragraph.text
    toks = paragraph.tokens(n)
    figs = paragraph.figures(n)
    e = len(toks)
    sources = paragraph.sources(n)
    announced = paragraph.announced_after(n) if not sources else None
    dates = _dates(lex, toks, 0, e, reference)
    sentence = text[toks[0].start: toks[-1].end].strip()
    lows = [t.low for t in toks[:4]]
    out: list[Claim] = []
    prev_category: str | None = None
    prev_subject: str | None = None
    place: list[str | None] = []  # the country of the place the sentence names, once read
    named_before: list[tuple[str | None, str | None]] = []
    for idx, fig in enumerate(figs):
        prev = figs[idx - 1] if idx > 0 else None
        nxt = figs[idx + 1].first if idx + 1 < len(figs) else e
        floor = prev.last + 1 if prev is not None else 0
        clause = _clause_start(toks, fig.first, 0)
        category = subject = None
        subject_from = "sentence"  # (or "paragraph": the side of the sentence before)
        speakers_role: str | None = None  # the role of people whose sentence names no place: the speaker's country's
        if fig.kind == "count":
            category = _category(lex, toks, fig, nxt, floor)
            if category is None and prev is not None and prev.kind == "count" and prev_category is not None \
                    and (_carries(lex, toks, fig, floor) or _bare_list_item(toks, fig) or toks[fig.first - 1].low in _CONJUNCTIONS) \
                    and not _counts_things(lex, toks, fig):
                category = prev_category
            if not named_before:
                named_before.extend(_named_before(lex, toks))  # read once a sentence
            subject = _subject(lex, toks, fig, named_before[fig.first])
            if category is None and _home_from_captivity(lex, toks, fig, max(floor, clause)):
                category = "captured"
                if subject is not None and subject.startswith("Unspecified · "):
                    speakers_role = subject.split(" · ")[1]  # "Додому повернулися 185 військових, повідомив Зеленський"
            if category == "captured" and subject is None and speakers_role is None \
                    and any(t.low in lex.return_verbs for t in toks[max(floor, clause): fig.first]):
                speakers_role = "unspecified"  # the_returned_are_the_speakers: "з полону повернулися 150 громадян"
            if category is None and (taken := _taken_from(lex, toks, fig)) is not None:
                category = taken or (prev_category if prev is not None else paragraph.last_category)
            if category is None and prev is None and _part_of_the_group_before(lex, paragraph, toks, fig, lows):
                category = paragraph.last_category  # "Серед них, додав він, 20 цивільних": the sentence before's
                if paragraph.last_side is not None and (subject is None or subject.startswith("Unspecified · ")):
                    subject = f"{paragraph.last_side} · {subject.split(' · ')[1] if subject else 'unspecified'}"
                    subject_from = "paragraph"
            if category in _PLACE_COUNTS and (subject is None or subject.startswith("Unspecified · ")):
                role = subject.split(" · ")[1] if subject is not None else None
                if role == "civilians" or (role is None and category != "captured" and _counts_people(lex, toks, fig, floor)):
                    if not place:
                        place.append(_place_side(lex, toks))  # read once a sentence
                    # (the missing are mostly soldiers: a place's missing are its civilians only where so named)
                    people = role or ("unspecified" if category == "missing" else "civilians")
                    subject = f"{place[0]} · {people}" if place[0] is not None else subject
                    speakers_role = people if place[0] is None else None
            if subject is None and category in _PLACE_COUNTS and prev_subject is not None and prev_subject.endswith("civilians"):
                subject = prev_subject  # "погибли 26 человек, еще 93 ранены": the same place's civilians
            if subject is not None and subject.startswith("Unspecified · ") and paragraph.last_side is not None \
                    and lex.anaphor_phrases.at(lows, 0) is not None:
                # the_speaker_again_the_side_again: "За його словами, поранення отримали 390 тисяч бійців"
                subject, subject_from = f"{paragraph.last_side} · {subject.split(' · ')[1]}", "paragraph"
            if (subject is None or subject.startswith("Unspecified · ")) \
                    and _part_or_more(lex, toks, fig, floor, category is not None and category == paragraph.last_category):
                in_sentence = prev_subject is not None and prev is not None
                side = prev_subject.split(" · ")[0] if in_sentence and prev_subject is not None else paragraph.last_side
                if side is not None and side != "Unspecified":
                    # part_keeps_the_side: "З них 270 військових", "еще 40 сдались": the side of the count before
                    subject = f"{side} · {subject.split(' · ')[1] if subject else (paragraph.last_role or 'unspecified')}"
                    subject_from = "sentence" if in_sentence else "paragraph"
        if fig.kind == "count" and category is None and fig.bound == "exact" and fig.first == fig.last \
                and not toks[fig.first].digits and fig.low == 1.0:
            continue  # one_is_a_person_not_a_count: "участвовал один доброволец", unless a toll counts it
        prev_category = category
        prev_subject = subject if fig.kind == "count" else None
        if fig.kind == "count" and category is None and paragraph.last_currency is not None and prev is None \
                and lex.carrier_phrases.at(lows, 0) is not None and _scale_or_digits(lex, toks[fig.last]) \
                and not toks[fig.last].digits:
            fig.kind, fig.unit, subject = "money", paragraph.last_currency, None  # "Из них около 1,5 трлн": of the sum before
            fig.carried = paragraph.last_money
        money = next((f for f in reversed(figs[:idx]) if f.kind == "money"), None)
        more_of_the_sum = category is None and fig.first > 0 and toks[fig.first - 1].low in lex.continuations \
            and not toks[fig.last].digits  # "2,4 млрд рублей, еще 600 млн выделит регион"
        if fig.kind == "count" and money is not None and fig.low is not None and fig.low >= 1000 \
                and (_bare_list_item(toks, fig) or more_of_the_sum) and fig.bound in ("exact", "approximate"):
            fig.kind, fig.unit, category, subject = "money", money.unit, None, None  # "в Чувашии — один миллион"
            fig.carried = (money.start, money.end)
        # (a count after another figure of its clause takes no period word from before that figure: "Ежемесячное
        # пособие в размере 15 тыс. рублей получат 200 тысяч семей" pays monthly, the families are no rate)
        per = _per(lex, toks, fig, max(clause, prev.last + 1) if prev is not None and fig.kind == "count" else clause, 0)
        fig.per = per or None
        if per is None and prev is not None and prev.per is not None and fig.kind == prev.kind == "money" \
                and (toks[fig.first - 1].low in ("или", "або") or (prev.unit == fig.unit and _bare_list_item(toks, fig))):
            fig.per = prev.per  # "300 000 тенге в месяц, или около $630", "2 000 грн на місяць, а діти — 3 000 грн"
        strong = [src for src in sources if not src.weak] or sources
        source: str | None = None
        source_from: str | None = None
        if strong:
            best = min(strong, key=lambda src: abs(src.at - fig.first))
            source = best.text or paragraph.inherited(n) or best.fallback
            source_from = "sentence" if best.text else "paragraph"
            if best.text and _bare_title(best.text) and (named := paragraph.inherited(n)) is not None \
                    and named.split()[0].lower() == best.text and " " in named and named.split()[-1][:1].isupper():
                source, source_from = named, "paragraph"  # "По словам министра": the one named before, with the name
        elif announced is not None:
            source, source_from = announced, "paragraph"
        elif lex.continuation_phrases.at([t.low for t in toks[:3]], 0) is not None \
                or lex.carrier_phrases.at(lows, 0) is not None \
                or (figs[0].first > 0 and toks[figs[0].first - 1].low in lex.continuations):
            source, source_from = paragraph.inherited(n), "paragraph"  # "Еще 33 человека получили ранения"
        if speakers_role is not None and source is not None and (side := _speaker_side(lex, source)) is not None:
            # the_speakers_people: "на Донеччині загинули п'ятеро людей, повідомив голова Донецької ОВА"
            subject, subject_from = f"{side} · {speakers_role}", source_from or "sentence"
            prev_subject = subject
        as_of, as_of_from = _as_of(fig, dates, published)
        if as_of_from == "published" and paragraph.last_date is not None:
            as_of, as_of_from = paragraph.last_date, "paragraph"  # "В июле перевезли … Пассажиропоток снизился"
        if fig.daily_change and reference is not None:
            as_of, as_of_from = (reference - timedelta(days=1)).isoformat(), "sentence"  # "(+1 060)": over the last day
        out.append(Claim.of(
            id=f"{article_id}:{fig.start}", article=article_id, start=fig.start, end=fig.end,
            text=text[fig.start: fig.end], sentence=sentence, kind=fig.kind,
            low=fig.low, high=fig.high, estimate=None, bound=fig.bound, unit=fig.unit, per=fig.per,
            category=category, subject=subject, subject_from=subject_from if subject else None, source=source,
            source_from=source_from if source else None, as_of=as_of, as_of_from=as_of_from, lang=lex.lang,
            flags=(f"{_CARRIED_FLAG} «{text[fig.carried[0]: fig.carried[1]]}»",) if fig.carried is not None else ()))
        if category is not None:
            paragraph.last_category = category
        if subject is not None and not subject.startswith("Unspecified · "):
            paragraph.last_side, paragraph.last_role = subject.split(" · ")
        if fig.kind == "money":
            paragraph.last_currency, paragraph.last_money = fig.unit, (fig.start, fig.end)
    own = [d for d in dates if d.cue not in _PERIOD_STARTS and not d.running and not d.compared]
    if own:  # (the date the figures stood at, "по 03.01.25", over a part's later "за минулу добу")
        paragraph.last_date = ([d for d in own if d.cue in _STRONG_CUES] or own)[-1].value
    return out
