"""The str-method gates in front of the look-ups around a figure (``patterns.may_open_with``,
``may_end_in``, ``may_contain``) never turn away a place where their pattern matches; the functions that
put a gate before a pattern find what the pattern alone finds.

The texts mix each pattern's words (written here, not taken from the gates' own lists, so a word missing
from a list fails), in any case, with the characters where str and re disagree: "İ", "ı", "ſ" and the
Kelvin sign fold to ASCII letters in re only, and "\\x1c" is white space to both."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from crosscount.core.extract import dates
from crosscount.core.extract import figures as claims
from crosscount.core.extract.lexicon import en
from crosscount.core.extract.patterns import fold, may_contain, may_end_in, may_open_with, whole_words

_PIECES = [
    "percent", "per cent", "Pct", "pp", "percentage points", "basis-points", "bps", "%", "pc", "to", "and", "or", "-", "–",
    "—", "+", "-plus", "-odd", "or more", "or so", "a", "An", "per", "each", "Every", "/", "monthly", "Weekly", "DAILY",
    "yearly", "annually", "hourly", "-a-month", "(", ")", "($480)", "times", "the", "men", "Children", "aged", "ages of",
    "AGE", "under", "over", "Above", "below", "older than", "younger than", "between", "From", "annual", "costs",
    "sells for", "sold for", "is priced at", "fetches", "trades at", "a litre of petrol", "Article", "page", "p.", "No.",
    "No", "no", "para.", "Su", "F", "Mr", "U.S", "vs", "Dr", "in", "since", "end of", "as at", "mid", "early", "THIS",
    "5", "2023", "May", " ", "  ", "\n", "\t", "\x1c", "\u00a0", "İ", "ı", "ſ", "\u212a", "é", "x", ".",
]
_CASES = [str, str.lower, str.upper, str.title]
GATEY = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_CASES)).map(lambda p: p[1](p[0])),
                 max_size=16).map("".join)
_ALL_TEXTS = st.one_of(GATEY, st.text(max_size=40))

_OPENERS = [  # (pattern matched at the start of a window, what it may open with, the window's size)
    (claims.CONNECTOR_RE, claims.CONNECTOR_FIRSTS, 8),
    (claims.SUFFIX_BOUND_RE, claims.SUFFIX_BOUND_FIRSTS, 12),
    (claims.PERCENT_RE, claims.PERCENT_FIRSTS, 20),
    (claims.PER_RE, claims.PER_FIRSTS, 24),
]


@settings(max_examples=400, deadline=None)
@given(_ALL_TEXTS)
@example("  \x1c or more, ſ/day ( x ) \u212aimes")
@example("a 5-percent rise")
@example("paid 5 HOURLY, 5 Daily")
def test_an_opening_gate_lets_through_every_place_its_pattern_matches(text):
    for pos in range(len(text) + 1):
        for pattern, firsts, size in _OPENERS:
            window = text[pos: pos + size]
            if pattern.match(window):
                assert may_open_with(window, firsts), (pattern.pattern, window)
        if claims._ASIDE_AFTER_RE.match(text, pos):
            assert may_open_with(text[pos: pos + 8], "()")
        if claims.TIMES_AFTER_RE.match(text, pos):
            assert may_open_with(text[pos: pos + 8], "t")


@settings(max_examples=400, deadline=None)
@given(_ALL_TEXTS)
@example("children older than \x1c5 and the Weekly pay of a litre of petrol sells for 5")
@example("a litre of petrol sold for 5")
def test_a_gate_before_a_figure_lets_through_every_place_its_pattern_matches(text):
    for pos in range(len(text) + 1):
        if claims.AGE_BEFORE_RE.search(text, max(0, pos - 40), pos):
            assert may_end_in(text[max(0, pos - 40): pos], claims.AGE_LAST_WORDS)
        if claims.PER_BEFORE_RE.search(text, max(0, pos - 40), pos):
            assert may_contain(text[max(0, pos - 40): pos], claims._PER_ADJECTIVES)
        if claims.PRICE_PER_BEFORE_RE.search(text, max(0, pos - 80), pos):
            assert may_contain(text[max(0, pos - 80): pos], claims.PRICE_VERB_STEMS)


@settings(max_examples=400, deadline=None)
@given(_ALL_TEXTS)
@example("No 5, para. 5, Su-5, between\x1c5, mid-May, Mr. U.S. ſince 2023")
@example("U.S\n")
def test_a_gated_look_up_finds_what_its_pattern_alone_finds(text):
    def span(m: re.Match[str] | None) -> tuple[int, int] | None:
        return m.span() if m else None

    for pos in range(len(text) + 1):
        assert span(claims.range_start(text, pos)) == span(claims.RANGE_START_RE.search(text, max(0, pos - 10), pos))
        assert span(dates.cue_before(text, pos)) == span(dates.CUE_BEFORE_RE.search(text, max(0, pos - 12), pos))
        before = text[max(0, pos - 16): pos]
        assert claims.names_an_identifier(before) == bool(
            claims.IDENT_BEFORE_RE.search(before, claims._last_word_start(before)))
        assert claims.abbreviation_before(text, pos) == bool(
            claims.ABBREVIATION_BEFORE_RE.search(text, max(0, pos - 6), pos))


def test_the_gates_turn_away_what_they_are_for():
    """The gates would be useless if they let everything through: most words after and before a figure
    open no percent, connector or period, and end no cue."""
    assert not may_open_with(" soldiers were killed", claims.PERCENT_FIRSTS)
    assert not may_open_with(" soldiers", claims.CONNECTOR_FIRSTS)
    assert not may_end_in("the army lost ", claims.AGE_LAST_WORDS)
    assert not may_contain("salaries of soldiers rose to ", claims._PER_ADJECTIVES)
    assert may_end_in("Children UNDER ", claims.AGE_LAST_WORDS)
    assert may_end_in("é ", frozenset({"x"}))  # not ASCII: let through


def test_every_word_of_a_gated_pattern_gets_through_its_gate():
    """Each word the identifier, cue and abbreviation patterns list, in three cases, is found through its
    gate: a word left out of a gate's set would be missed only when a random text happened to hold it."""
    for word in en.IDENTIFIER_WORDS:
        for written in {word, word.upper(), word.title()}:
            assert claims.names_an_identifier(f"see {written} "), written
    for cue in en.DATE_CUES:
        for written in {cue, cue.upper(), cue.title()}:
            text = f"figures {written} 2023"
            assert dates.cue_before(text, text.index("2023")), written
    for abbreviation in en.TITLE_ABBREVIATIONS:
        text = f"said {abbreviation}"
        assert claims.abbreviation_before(text, len(text)), abbreviation


def test_fold_reads_every_character_as_re_ignorecase_does():
    """Each character that a case-blind pattern takes for an ASCII letter folds to that letter, so that
    what such a pattern matched ("MİLLİON", "thouſand") can be looked up among lowercase words."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for point in range(128, 0x110000):
        c = chr(point)
        if letter.fullmatch(c):
            assert fold(c) == c.lower() if c.isascii() else re.fullmatch(fold(c), c, re.IGNORECASE), hex(point)
            assert fold(c).isascii() and len(fold(c)) == 1, hex(point)
    assert fold("MİLLİON thouſand \u212aM") == "million thousand km"


def test_whole_words_finds_a_listed_word_alone_in_any_case_and_the_longest_first():
    pattern = re.compile(whole_words(["heat", "heatwave", "u-turn"]))
    assert [m.group(0) for m in pattern.finditer("A HEATWAVE, then heat; a U-turn.")] == ["HEATWAVE", "heat", "U-turn"]
    assert pattern.search("heat-resistant preheat heated") is None  # not inside a word, nor joined by a hyphen


@given(st.lists(st.sampled_from([*"aAsSpP ’'-", "ministry", "police", "officials", "press", "Reported", "reported",
                                 "regional", "health", "estimated", "Doctors", "Residents"]), max_size=12).map("".join))
def test_opening_class_keeps_what_the_alternation_finds(text):
    """patterns.opening_class (a look-ahead for the characters the speakers' phrase and the passive verbs open
    with) rejects only positions where neither can match."""
    from crosscount.core.extract import semantics
    from crosscount.core.extract.lexicon.en import PASSIVE_VERBS
    from crosscount.core.extract.patterns import opening_class
    plain_phrase = semantics._SPEAKER_PHRASE.removeprefix(
        opening_class(["[a-z]", *semantics.SPEAKER_MODIFIERS, *semantics.SPEAKERS, *semantics._OPENING_SPEAKERS]))
    for gated, plain in ((semantics._SPEAKER_PHRASE, plain_phrase),
                         (opening_class(PASSIVE_VERBS.split("|")) + f"(?:{PASSIVE_VERBS})", f"(?:{PASSIVE_VERBS})")):
        assert plain != gated
        assert [m.span() for m in re.finditer(gated, text)] == [m.span() for m in re.finditer(plain, text)]


_NAMES = ["Niger", "Nigeria", "Nigerian", "New York", "New Yorker", "Kyiv", "Kyivan", "El-Fasher", "U.S.", "Sudan"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_NAMES, "Nige", "New", " ", "-", "x", "a", ".", ",", "’s", "\n"]), max_size=14).map("".join))
@example("Nigerians in New York, El-Fasher; U.S.x and Nigeria-born")
def test_names_trie_finds_what_the_longest_first_alternation_finds(text):
    """patterns.names_trie (the names as a trie, its look-behind after each first character) finds each name where
    the alternation of the names written longest first, between look-arounds, finds it."""
    from crosscount.core.extract.patterns import names_trie
    plain = "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
    for edge in (r"[\w-]", r"\w"):
        expected = [m.span() for m in re.finditer(rf"(?<!{edge})(?:{plain})(?!{edge})", text)]
        assert [m.span() for m in re.finditer(names_trie(_NAMES, edge), text)] == expected


_LEFTMOST = [re.compile(r"\bin\s+[A-Z]\w*"), re.compile(r"[A-Z]\w*(?='s)"), re.compile(r"[A-Z]\w+ [A-Z]\w+")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["in", "In", " ", "Paris", "Kerala's", "'s", "New", "York", "x", ","]), max_size=16).map("".join),
       st.integers(0, 6), st.integers(0, 6))
@example("in Kerala's Wayanad in New York", 0, 0)
def test_leftmost_matches_finds_what_the_alternation_finds(text, cut_start, cut_end):
    """patterns.leftmost_matches (each pattern searched alone, the leftmost match taken) finds what finditer of their
    alternation finds, between the same bounds, with the index of the branch that found each."""
    from crosscount.core.extract.patterns import leftmost_matches
    start, stop = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    alternation = re.compile("|".join(f"(?P<b{i}>{p.pattern})" for i, p in enumerate(_LEFTMOST)))
    expected = [(int((m.lastgroup or "b-1")[1:]), m.span()) for m in alternation.finditer(text, start, stop)]
    assert [(i, m.span()) for i, m in leftmost_matches(_LEFTMOST, text, start, stop)] == expected
