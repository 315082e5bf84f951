"""Hypothesis properties of extraction: never raises, spans are exact, low <= high; and the fast paths
(gates, scans, the quick claim constructor) give what their plain formulations give."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import crosscount
from crosscount.core.model import BOUNDS, KINDS, Claim

NEWSY = st.lists(
    st.sampled_from(["between", "40,000", "to", "60,000", "$", "5300", "dollars", "upwards of", "about", "-", "–",
                     "rubles", "%", "km", "tens of thousands", "killed", "in", "February", "2023", "one", "F-16",
                     "€50bn", "half a million", "or", "and", "~", "+", "(", ")", ",", ".", "\n", "per month", "US"]),
    max_size=30,
).map(" ".join)


# The gates read ASCII letters, in both cases; re's IGNORECASE also takes these for "i", "s" and "k" (see
# ``patterns.gate``): where they stand, a gate may turn away what its pattern alone would match.
_FOLDED_LETTERS = set("İıſ\u212a")
# Letters that re's IGNORECASE takes for ASCII ones ("İ", "ı", "ſ", the Kelvin sign) in number words, units
# and currencies: what a case-blind pattern matched must still be found among the lowercase words. (The
# gates, in ASCII letters, may turn these away: they are kept out of the strategies the gate tests use.)
FOLDED = st.lists(st.sampled_from(["5", "MİLLİON", "thouſand", "tenſ of thouſandſ", "a thırd of", "two-thİrds", "\u212am",
                                   "In Aprıl", "2023", "rubleſ", "a month", "ſeveral", "dozenſ", "ſcoreſ of", "half a",
                                   "mıllıon", "killed", "more than", "up to", "$", ",", "."]),
                  max_size=16).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), NEWSY, FOLDED))
@example("paid US  $500, then US\n$5 and Rs.  40")  # a symbol written with a space, with more white space
def test_never_raises_and_spans_are_exact(text):
    for c in crosscount.extract(text):
        assert text[c.start:c.end] == c.text
        assert c.start < c.end
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
        assert c.bound in ("exact", "approximate", "range", "at_least", "more_than", "at_most", "less_than")


GLUED = st.lists(st.sampled_from(["a ", "A", "an", "5", "12,000", "ten", "Two", "twenty-one", "-", "_", "x", " ",
                                  "\n", "é", "ninety", "hundreds", "of", "thousands", "half", "3.5bn", ".", ",", "THOUSAND",
                                  "Dozen", "An", "Several", "sCores", "a Third", "QUARTER", "Lakh", "Fifth"]),
                 max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), NEWSY, GLUED))
def test_the_seed_gate_finds_what_an_open_gate_finds(text):
    assume(not _FOLDED_LETTERS & set(text))
    import re

    from crosscount.core.extract.figures import _SEED_GATE, SEED_RE

    open_gate = re.compile(SEED_RE.pattern.replace(_SEED_GATE, ""), re.VERBOSE)
    assert [m.span() for m in SEED_RE.finditer(text)] == [m.span() for m in open_gate.finditer(text)]


# Sentence breaks as first written: four alternatives, each starting with its own character. The scanner
# opens with their common character set instead (faster); this keeps it true to the plain formulation.
_PLAIN_SENTENCE_BREAK = (
    r"(?P<stop>[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"
    r"|\n[ \t]*\n\s*"
    r"|[.!?:\"”][ \t]*\n\s*"
    r"|[A-Za-z0-9?][ \t]*\n(?=[ \t]*[A-Z\"“])"
)
PROSE = st.lists(st.sampled_from(["Mr.", "U.S.", "killed", "Kyiv", "The", "the", "5", "?", "!", ".", ":", "\"", "”",
                                  "’", ")", "(", "\n", "\n\n", " \n", "\t", " ", "1,200", "Army", "said:", "“"]),
                 max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(alphabet="ab A.!?:\"”’)(\n\t 9xY“", max_size=60), PROSE, NEWSY))
def test_sentence_bounds_match_the_plain_formulation(text):
    import re

    from crosscount.core.extract.figures import ABBREVIATION_BEFORE_RE, sentence_bounds

    starts = [0]
    for m in re.finditer(_PLAIN_SENTENCE_BREAK, text):
        if m.group("stop") == "." and ABBREVIATION_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
            continue
        starts.append(m.end())
    assert sentence_bounds(text) == starts


def test_sentences_break_at_stops_paragraphs_and_headlines_but_not_abbreviations():
    from crosscount.core.extract.figures import sentence_bounds

    text = "Kazakhs Join Up\nMr. Putin met the U.S. Army. Then 5 left!\n\nNext: more, and\nthen less."
    starts = sentence_bounds(text)
    pieces = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert pieces == ["Kazakhs Join Up\n", "Mr. Putin met the U.S. Army. ", "Then 5 left!\n\n", "Next: more, and\nthen less."]


WORDS = st.lists(st.sampled_from(["killed", "kills", "k", "dead", "deaths?", "death\\s+toll", "toll(?<!the\\stoll)",
                                  "in\\s+combat", "IDPs?", "non-?combatants", "U\\.S\\.", "US", "Russia", "Russian"]),
                 min_size=1, max_size=8, unique=True)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.lists(st.sampled_from(["killed", "Kills", "KILLED", "dead", "deaths", "death toll", "the toll", "toll",
                                        "in combat", "IDP", "noncombatants", "non-combatants", "U.S.", "US", "Russians",
                                        "Russian", "k", "kx", " ", "-", "."]), max_size=20).map(" ".join),
       st.booleans())
def test_a_gated_alternation_finds_what_the_plain_one_finds(alternatives, text, ignore_case):
    import re

    from crosscount.core.extract.patterns import words

    flags = re.IGNORECASE if ignore_case else 0
    gated = re.compile(words(alternatives, ignore_case=ignore_case), flags)
    plain = re.compile(rf"\b(?:{'|'.join(alternatives)})", flags)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_gate_refuses_an_alternative_that_does_not_start_with_a_letter():
    import pytest

    from crosscount.core.extract.patterns import gate

    with pytest.raises(ValueError, match="start with a letter"):
        gate(["killed", "(?:dead|deaths)"])


DATEY = st.lists(st.sampled_from(["January", "Jan.", "Sept", "May", "may", "Monday", "Today", "today", "YESTERDAY",
                                  "Last", "last", "week", "this", "This", "month", "earlier", "Earlier", "3", "3rd", "of",
                                  "2023", "2023-04-05", "04/05/23", "mid-", "Mid-", "March", ",", ".", "Tuesday,"]),
                 max_size=20).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(DATEY, NEWSY, st.text(max_size=80)))
def test_the_date_gate_finds_what_an_open_gate_finds(text):
    assume(not _FOLDED_LETTERS & set(text))
    import re

    from crosscount.core.extract.dates import DATE_GATE, DATE_RE

    open_gate = re.compile(DATE_RE.pattern.replace(DATE_GATE, r"(?=[\dA-Z]|yesterday|today|last\s|this\s|earlier\s)"),
                           re.VERBOSE)
    assert [m.span() for m in DATE_RE.finditer(text)] == [m.span() for m in open_gate.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.one_of(DATEY, NEWSY, st.text(max_size=80)))
@example("On 3 Jan.5 Feb")  # a date that ends in a full stop, and one right after it
def test_the_date_scan_finds_what_the_date_pattern_finds(text):
    from crosscount.core.extract.dates import DATE_RE, DATE_START_RE
    from crosscount.core.extract.patterns import word_start_matches

    assert [m.span() for m in word_start_matches(DATE_START_RE, DATE_RE, text)] == [m.span() for m in DATE_RE.finditer(text)]


# Masks as first written, each alternative with its own start; the scanner tries them only where a word
# starts with a digit. A mask starts at its first digit, after the mark ("+", "(", "'", "#") if it has one.
_PLAIN_MASK = r"""(?<!\d[.,])(?:  # never inside a decimal ("2.1 pm" is a length)
    (?<=\+)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b
  | (?<=')\d0s\b
  | (?<=\#)\d+
  | (?<!\d\s)\b0[1-9]\d{1,3}(?:[\s-]\d{3,4}){1,2}\b
  | \b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b
  | \b\d{4}[ -]\d{3}[ -]\d{3,4}\b
  | \b\d{1,2}[:.][0-5]\d(?::\d{2})?\s*(?i:[ap]\.?m\.?)(?!\w)
  | \b\d{1,2}:\d{2}(?::\d{2})?\b
  | \b\d{1,2}\s*(?i:[ap]\.m\.|[ap]m\b)
  | \b\d{1,2}\s*(?i:o['’]clock)
  | \b(?:1[89]|20)\d0s\b)"""
MASKY = st.lists(st.sampled_from(["0", "1", "2", "9", "+", "(", ")", "#", "'", " ", "-", ".", ":", "p.m.", "pm", "am",
                                  "o'clock", "s", "0s", "x", "\n", "’", "A", "M", "202", "555", "0100", "0800"]),
                 max_size=25).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(MASKY, NEWSY, st.text(max_size=80)))
@example("rose by 5 0800 123 4567 times")
@example("0.0p.m.")  # a time never starts inside a decimal
@example("call 1800 020 080 or 1300-555-0182, not 2024 100 00")  # four digits before two groups: a phone number
@example("+44 20 7946 0958, (202) 555-0100 at 5:30 p.m. in the 1990s and '90s, #5, 6 o'clock, x0800 123")
def test_masks_match_the_plain_formulation(text):
    import re

    from crosscount.core.extract.figures import MASK_RE

    plain = re.compile(_PLAIN_MASK, re.VERBOSE)
    assert [m.span() for m in MASK_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]



# Digits as dates and masks begin and end: years, days, times, decades, phone numbers, marks, and
# digits that are decimal to re but not ASCII ("٢").
DIGITY = st.lists(st.sampled_from(["5", "12", "123", "2023", "1990", "2010s", "0", "٢", "٢٠", "+", "#", "'", "(", ")",
                                   "/", ":", ".", "-", " ", "  ", "\n", "\u00a0", "st", "th", "of", "May", "s", "pm", "P.M.",
                                   "o'clock", "O’", ",", "x", "a"]),
                  max_size=20).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.text(max_size=200), NEWSY, GLUED, MASKY, DATEY, DIGITY))
@example("In May 2023, 5 May, 12 soldiers; 2 June 2021 and three Junes")  # numbers and dates side by side
@example("20٢٣ and ٥/5/23, 12 \u00a05 pm, 123-4 and 1990s, +٤٤ 20")
@example("at 6 O'clock in the '90s: (202) 555-0100, 202\u00a0555\u00a00100")  # each form a mask takes
@example("the 3rd of May; in 1850, 5\u00a0May, 12/5")  # each form a date that starts with a digit takes
def test_the_shared_scan_finds_exactly_what_the_number_and_date_patterns_find(text):
    """The scan tries each pattern only where a word starts: it finds all that each pattern finds alone."""
    from crosscount.core.extract.dates import DATE_RE
    from crosscount.core.extract.figures import MASK_RE, SEED_RE, scan

    numbers, dates, masks = scan(text)
    assert [m.span() for m in numbers] == [m.span() for m in SEED_RE.finditer(text)]
    assert [m.span() for m in dates] == [m.span() for m in DATE_RE.finditer(text)]
    assert [m.span() for m in masks] == [m.span() for m in MASK_RE.finditer(text)]


# The tokens after a number as first written, with greedy quantifiers; the scanner takes each token whole.
_PLAIN_TOKEN = r"((?:[^\W\d_]|°|¢)[\w°²³/'’]*(?:-[^\W\d_]+)*)"
_PLAIN_TOKENS = rf"([ \t]*|-){_PLAIN_TOKEN}(?:([ \t]+){_PLAIN_TOKEN}(?:([ \t]+){_PLAIN_TOKEN}(?:([ \t]+){_PLAIN_TOKEN})?)?)?"
TOKENY = st.lists(st.sampled_from(["km", "20", "-", "mile", "long", " ", "  ", "\t", "°C", "m²", "/", "'", "’", "_", "é",
                                   "Ⅻ", "½", "per", "a", ",", ".", "x2", "-5", "km-long", "\u00a0", "\n", "¢"]),
                  max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(TOKENY, st.text(max_size=30)), st.integers(min_value=0, max_value=5))
def test_tokens_match_the_plain_formulation(text, pos):
    import re

    from crosscount.core.extract.figures import _tokens_after

    plain = re.compile(_PLAIN_TOKENS).match(text, pos)
    expected = []
    for sep in (1, 3, 5, 7) if plain else ():
        if plain.group(sep + 1) is None:
            break
        expected.append((plain.group(sep), *plain.span(sep + 1), plain.group(sep + 1)))
    assert _tokens_after(text, pos) == expected

_ADDRESS_PART = st.text(alphabet="a5é._+-", min_size=0, max_size=6)
ADDRESSY = st.lists(st.one_of(
    st.sampled_from(["a", "x-5", "@", "@@", "example", ".", "com", "-", "+", "http://", "https://", "www.", " ", "\n",
                     "/", "2023", "(", ","]),
    st.tuples(_ADDRESS_PART, _ADDRESS_PART, _ADDRESS_PART).map(lambda p: f"{p[0]}@{p[1]}.{p[2]}"),
), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(ADDRESSY, st.text(alphabet="ab1.@-+_ /w:htps", max_size=40)))
def test_addresses_cover_what_the_plain_address_pattern_covers(text):
    """``address_spans`` finds e-mail addresses from each "@" instead of trying every position. It masks
    every character the plain pattern, searched over the whole text, masks; beyond those, only web
    addresses that the plain pattern read as the end of an e-mail address ("5@5.http://a")."""
    import re

    from crosscount.core.extract.figures import URL_RE, address_spans

    def covered(spans):
        return {i for s, e in spans for i in range(s, e)}

    plain = covered(m.span() for m in re.finditer(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+", text))
    found = covered(address_spans(text))
    assert plain <= found
    assert found <= plain | covered(m.span() for m in URL_RE.finditer(text))


def test_a_number_in_a_web_address_stays_masked_after_a_date_in_it():
    assert crosscount.extract("Read https://x.org/in-May/(500 soldiers and www.x.org/since-March/$5 now.") == []


_CLAIM_VALUES = {
    "id": st.text(max_size=5), "article": st.text(max_size=3), "start": st.integers(0, 99), "end": st.integers(0, 99),
    "text": st.text(max_size=9), "sentence": st.text(max_size=9), "kind": st.sampled_from(KINDS),
    "low": st.none() | st.floats(allow_nan=False), "high": st.none() | st.floats(allow_nan=False),
    "estimate": st.none() | st.floats(allow_nan=False), "bound": st.sampled_from(BOUNDS),
}
_CLAIM_OPTIONAL = {"unit": st.none() | st.sampled_from(["USD", "km"]), "category": st.none() | st.just("killed"),
                   "as_of": st.none() | st.just("2023-04"), "flags": st.just(("edited-value",)), "excluded": st.booleans()}


@given(st.fixed_dictionaries(_CLAIM_VALUES, optional=_CLAIM_OPTIONAL))
def test_the_quick_claim_constructor_builds_what_the_dataclass_builds(values):
    quick, plain = Claim.of(**values), Claim(**values)
    assert quick == plain and hash(quick) == hash(plain) and quick.as_dict() == plain.as_dict()


def test_the_quick_claim_constructor_refuses_what_the_dataclass_refuses():
    values = {"id": "a1:0", "article": "a1", "start": 0, "end": 1, "text": "5", "sentence": "5", "kind": "count",
              "low": 5.0, "high": 5.0, "estimate": 5.0, "bound": "exact"}
    with pytest.raises(TypeError, match="no field colour"):
        Claim.of(**values, colour="red")
    del values["bound"]
    with pytest.raises(TypeError, match="needs bound"):
        Claim.of(**values)


# Attributions and the characters around names: capitals, "’s", commas, quotes, "U.S." (a name that ends in
# a character that is not part of a word, before ", said …").
SOURCEY = st.lists(st.sampled_from(["according to", "According to the", "Reuters", "the U.S.", "U.S.", "Ministry of Defence",
                                    "said", "says", "told", "reported by", "an analysis by", "BBC", "’s", "'s", ",", ", said",
                                    "”", '"', "health ministry", "officials", "The", "Guardian", "estimated", "by", "é", "x",
                                    "é-", "Kyiv", "(", "—", "5,000", "killed", "\n", " ", "also", "has", "analysts"]),
                   max_size=24).map(" ".join)
GLUED_SOURCES = st.lists(st.sampled_from(["U.S.", ", said ", "Reuters", " said", "é", "-", "’s", " ", ",", "AP", "”"]),
                         max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(SOURCEY, GLUED_SOURCES, st.text(max_size=80)))
@example("according to the U.S., said Smith")  # a match that ends in "." and one that starts right after it
@example("Reuters said, and AP said éReuters said")
@example("Reuters analysts said")  # a head word's modifiers are the name's (find_sources), not the match's
def test_sources_are_what_the_source_pattern_finds_at_word_starts(text):
    """``source_matches`` searches the pattern from the character before each word (or the mark before
    "said"); it finds what the pattern written without that character finds with ``finditer``."""
    import re

    from crosscount.core.extract import semantics

    plain = re.compile(rf"(?<!\w){semantics._SOURCE_AT_WORD}|[{semantics._SAID_MARKS}]{semantics._SAID_BY}", re.VERBOSE)
    name = semantics.source_name_group
    expected = [(m.lastgroup, m.start(name(m)) + 1, m.group(name(m))) for m in plain.finditer(text)]
    got = [(m.lastgroup, m.start(name(m)), m.group(name(m))) for m in semantics.source_matches(" " + text)]
    assert got == expected


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=420), st.sampled_from(["", " trillion", "bn", " km", " dollars", "%"]),
       st.sampled_from(["", "$", "about ", "between 5 and "]))
@example(310, "", "")  # the first length past what a float holds: float("1" * 310) is inf
def test_no_figure_is_ever_infinite_however_many_digits(digits, after, before):
    """A numeral too long for a float is no figure (dropped, never low=inf); a shorter one keeps its value."""
    numeral = "9" * digits
    claims = crosscount.extract(f"Officials said {before}{numeral}{after} were counted.")
    for c in claims:
        for value in (c.low, c.high, c.estimate):
            assert value is None or math.isfinite(value)
    if digits <= 300 and not before and not after:
        assert [c.low for c in claims] == [float(numeral)]
    if digits >= 310 and not before:
        assert claims == []
