"""Building regular expressions that Python's re runs fast."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator, Sequence

# Every character but ASCII letters, digits and "_": all that is not part of a word, and a few that are ("é").
NOT_ASCII_WORD = "[^0-9A-Za-z_]"
_LEADING_LETTERS_RE = re.compile(r"[A-Za-z]+(?![?*+{])")


def trie(words: list[str], ignore_case: bool = False) -> str:
    """An alternation of ``words`` as a letter trie: re tries the branches of "two|thr|ten" one after
    another, but "t(?:wo|hr|en)" reads the "t" once. Used for the gates that reject most positions of a
    scan before the full pattern is tried.

    With ``ignore_case``, each letter is written as a branch for each of its cases ("t(?:w(?:o|O)|W…)|T…")
    rather than put under IGNORECASE or in a class ("[tT]"): re skips a branch that opens with a literal
    after comparing one character, one that opens with a class after a call that looks the character up
    in the class, and enters every branch that opens with an IGNORECASE letter. A gate of sixty words
    turns most words away in a third less time so."""
    branches: dict[str, list[str]] = {}
    for w in sorted({w.lower() for w in words} if ignore_case else set(words)):
        if w:
            branches.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in branches.items():
        inner = trie(rests, ignore_case)
        optional = "?" if "" in rests else ""
        if not ignore_case and "" not in rests and len({r[0] for r in rests}) == 1:
            tail = inner  # one way on: nothing to group ("million", not "m(?:i(?:l(?:l(?:i…")
        else:
            tail = f"(?:{inner}){optional}" if inner else ""
        heads = {first, first.upper()} if ignore_case else {first}
        parts += [re.escape(head) + tail for head in sorted(heads)]
    return "|".join(parts)


def spellings(word: str) -> set[str]:
    """Every way of writing ``word`` in upper and lower case ("ab" → "ab", "aB", "Ab", "AB")."""
    out = {""}
    for ch in word:
        out = {head + c for head in out for c in {ch.lower(), ch.upper()}}
    return out


def prefix_trie(prefixes: Iterable[str]) -> str:
    """``trie`` of the shortest of ``prefixes``: for a gate that asks only whether a word starts with one
    of them, "ten" already says all that "tens" would."""
    kept: set[str] = set()
    for p in sorted(set(prefixes), key=len):  # (each looked up by its shorter heads: this runs at import)
        if p and not any(p[:i] in kept for i in range(1, len(p))):
            kept.add(p)
    return trie(list(kept))


def phrases(alternatives: Iterable[str]) -> str:
    """An alternation of word lists' phrases, each matched however its words are spaced ("more than",
    "more  than", "more\\nthan"): the words escaped, the spaces between them ``\\s+``."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in alternatives)


def gate(alternatives: Iterable[str], letters: int = 3, ignore_case: bool = True) -> str:
    """A lookahead that lets a search go on only where one of ``alternatives`` (regex texts that each
    start with a letter) could begin: their first ``letters`` letters, as a trie.

    Why: re tries an alternation of fifty words one after another at every position it searches, and
    with IGNORECASE it cannot even skip a branch by its first letter. Put before the alternation, this
    rejects almost every position after a letter or two. It only ever rejects positions where no
    alternative can match, so the pattern finds exactly what it found without it (in ASCII letters: re's
    IGNORECASE also takes "ſ", "ı" and the Kelvin sign for s, i and k, which the gate does not)."""
    prefixes = []
    for alt in alternatives:
        m = _LEADING_LETTERS_RE.match(alt)
        if m is None:
            raise ValueError(f"a gated alternative must start with a letter: {alt!r}")
        prefixes.append(m.group(0)[:letters])
    # the letters' classes already hold both cases: (?-i:) keeps an enclosing IGNORECASE from turning them
    # into classes that re can no longer skip a branch by
    return f"(?=(?-i:{trie(prefixes, ignore_case)}))" if ignore_case else f"(?=(?:{trie(prefixes)}))"


def opening_class(alternatives: Iterable[str]) -> str:
    """A look-ahead for the characters that one of ``alternatives`` (regex texts that each open with a letter
    or with a class, "[a-z]+s") can open with, as one class.

    Why: a branch of a long pattern that opens with an alternation of a hundred words is entered at every
    position the pattern is tried, and its words compared one after another; behind this look-ahead, a
    position where none can start costs one test of a class. It only ever rejects positions where no
    alternative can match."""
    members = []
    for alt in alternatives:
        if alt[:1] == "[" and "]" in alt[1:]:
            members.append(alt[1: alt.index("]", 2)])
        elif alt[:1].isalpha():
            members.append(re.escape(alt[0]))
        else:
            raise ValueError(f"an alternative must open with a letter or a class: {alt!r}")
    return f"(?=[{''.join(dict.fromkeys(members))}])"


def behind_first(alternatives: Iterable[str], not_after: str) -> str:
    r"""``(?<!not_after)(?:a|b|…)`` for regex ``alternatives`` that each open with a literal letter or digit (``\b``
    before words is ``not_after`` = ``\w``), with the look-behind moved after each one's first character.

    Why: re searches a pattern that opens with literals by skipping to their first characters in C, and one that
    opens with a look-behind by trying it at every position (a sentence's years and quarters were looked for so).
    The look-behind, one character wider, asks the same of the character before the first."""
    out = []
    for alt in alternatives:
        if not alt[:1].isalnum():
            raise ValueError(f"an alternative must open with a letter or a digit: {alt!r}")
        out.append(f"{alt[0]}(?<!{not_after}{alt[0]}){alt[1:]}")
    return f"(?:{'|'.join(out)})"


def names_trie(names: Iterable[str], not_beside: str = r"[\w-]") -> str:
    """Any of ``names`` (plain text, in the case written) standing alone: with no ``not_beside`` character (a
    one-character class) right before or after it. The longest name the text holds at a position wins, as
    in an alternation of the names longest first.

    Why: an alternation of a thousand names behind a look-behind and a gate is tried at every position of
    the text, and where the gate lets a position through, the names are compared one after another. As a
    trie whose first characters are bare literals, with the look-behind moved after each first character
    (``behind_first``), re skips in C to the positions where a name can start and reads each character
    once: the table of sides and places is read in half the time. The longest name wins because each node
    of the trie tries its longer branches before it ends, and at most one branch of a node matches."""
    branches: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        if name:
            branches.setdefault(name[0], []).append(name[1:])
    parts = []
    for first, rests in branches.items():
        inner = trie(rests)
        tail = f"(?:{inner}){'?' if '' in rests else ''}" if inner else ""
        parts.append(f"{re.escape(first)}(?<!{not_beside}{re.escape(first)}){tail}")
    return f"(?:{'|'.join(parts)})(?!{not_beside})"


def leftmost_matches(patterns: Sequence[re.Pattern[str]], text: str, start: int, stop: int) -> Iterator[tuple[int, re.Match[str]]]:
    """What ``finditer`` of the alternation of ``patterns`` (in their order) finds in ``text[start:stop]``, with
    the index of the pattern that found each: at each step the match that starts first (the earlier pattern's
    at a tie), then on from its end. Each pattern is searched again only when its last match was passed over,
    so the text is read once per pattern.

    Why: an alternation is tried branch by branch at every position, so that a branch that opens with a
    literal lets re skip nothing; searched alone, each branch skips in C to where it can start."""
    pos = start
    ahead: list[re.Match[str] | None] = [p.search(text, pos, stop) for p in patterns]
    while True:
        best, first = 0, None
        for i, m in enumerate(ahead):
            if m is not None and m.start() < pos:
                m = ahead[i] = patterns[i].search(text, pos, stop)
            if m is not None and (first is None or m.start() < first.start()):
                best, first = i, m
        if first is None:
            return
        yield best, first
        pos = max(first.end(), first.start() + 1)  # (an empty match, which finditer would also pass, is not found again)


def words(alternatives: Sequence[str], ignore_case: bool = True) -> str:
    r"""``\b(?:a|b|c)``, gated: an alternation of words (or regex phrases that start with letters) that
    must start a word."""
    return rf"\b{gate(alternatives, ignore_case=ignore_case)}(?:{'|'.join(alternatives)})"


def whole_words(alternatives: Iterable[str]) -> str:
    r"""Any of ``alternatives`` (plain words) as a whole word, in any case, where a hyphen also joins words
    ("heat" not in "heat-resistant"): the longest first, so that "heatwave" is not cut to "heat"."""
    escaped = sorted(map(re.escape, alternatives), key=len, reverse=True)
    return rf"(?i:(?<![\w-])(?:{'|'.join(escaped)})(?![\w-]))"


# The characters that re's IGNORECASE takes for ASCII letters, and that str.lower() keeps as they are (or,
# for "İ", makes two characters of). tests/test_gates.py checks the list against every code point.
_RE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` in lowercase, as re's IGNORECASE reads it: what a case-blind pattern matched can be looked
    up among lowercase ASCII words ("MİLLİON" and "thouſand" are "million" and "thousand" to re, and a
    look-up with str.lower() failed on them)."""
    return text.lower() if text.isascii() else text.translate(_RE_FOLDS).lower()


# What re's "\s" and str.strip() take for white space among ASCII characters (the separators \x1c-\x1f too).
ASCII_SPACE = "".join(c for c in map(chr, range(128)) if c.isspace())

# Gates for the look-ups around a figure. Each call into re costs some 1,800 instructions before it reads
# a character, and a search that opens with "\b" or a lookbehind tries every position of its window; most
# figures have no percent sign, connector or cue word beside them. These checks, with str methods, say
# whether a pattern of a given shape may match at all; they may let through what it then turns away, never
# the reverse. Where the text is not ASCII, str's case folding differs from re's ("İ", "ſ", "K"): there a
# gate that reads letters lets everything through.


def may_open_with(window: str, firsts: str) -> bool:
    """Whether ``window``, white space aside, may open with one of the characters ``firsts``: a gate for a
    pattern matched at the window's start whose every branch opens with optional white space and one of
    them. (An all-white window may: the pattern might find what follows it.)"""
    rest = window.lstrip()
    return not rest or rest[0] in firsts


def last_words(phrases: Iterable[str]) -> frozenset[str]:
    """The last word of each of ``phrases`` (ASCII letters, a final "." aside), lowercased: the words
    ``may_end_in`` looks for."""
    found = frozenset(p.split()[-1].removesuffix(".").lower() for p in phrases)
    if not all(w.isascii() and w.isalpha() for w in found):
        raise ValueError(f"last words must be ASCII letters: {sorted(found)}")
    return found


def may_end_in(window: str, words: frozenset[str], then: str = ASCII_SPACE) -> bool:
    """Whether ``window`` may end in one of ``words`` (from ``last_words``) followed by one character or
    more of ``then`` (none if ``then`` is empty): a gate for an end-anchored, case-blind search for a
    word, whole, before a figure ("page 12", "in May"). The window's last run of ASCII letters (a final
    "." aside) is looked up in a set: ``str.endswith`` with a tuple of a hundred words cost as much as
    the search it spared. (re's "$" also matches before a final newline.)"""
    if not window.isascii():
        return True
    stripped = window.rstrip(then) if then else window.removesuffix("\n")
    if then and len(stripped) == len(window):
        return False
    stripped = stripped.removesuffix(".")
    return stripped[len(stripped.rstrip(string.ascii_letters)):].lower() in words


def may_contain(window: str, words: tuple[str, ...]) -> bool:
    """Whether ``window`` may contain one of ``words`` (lowercase), written in any case."""
    if not window.isascii():
        return True
    lowered = window.lower()
    return any(w in lowered for w in words)


def word_start_scan(starts: re.Pattern[str], patterns: Sequence[re.Pattern[str]], text: str) -> list[list[re.Match[str]]]:
    r"""For each of ``patterns``, what its ``finditer(text)`` finds, for patterns whose matches are never
    empty and each start a word (at the start of the text or after a character that is not part of a
    word). ``starts`` is a character that may stand before a word followed by one of the patterns' gates,
    as a lookahead: re skips to such characters in C, where ``finditer`` would try the whole pattern at
    every position of the text, and each pattern is then tried only there (and only after its own last
    match, as ``finditer`` would).

    One scan serves several patterns because each pass over a text costs re some 50 instructions a
    character whatever it looks for. ``starts`` may find more places than there are (the patterns check
    each), so it opens with ``NOT_ASCII_WORD``, not ``\W``: re tests ``\W`` with Unicode table look-ups
    at every character, a class of ASCII characters with one look at a bitmap."""
    found: list[list[re.Match[str]]] = [[] for _ in patterns]
    ends = [0] * len(patterns)
    _match_at(0, patterns, text, found, ends)
    for c in starts.finditer(text):
        _match_at(c.end(), patterns, text, found, ends)
    return found


def _match_at(at: int, patterns: Sequence[re.Pattern[str]], text: str, found: list[list[re.Match[str]]],
              ends: list[int]) -> None:
    """Each pattern tried at ``at``, unless its last match ends after it (as ``finditer`` would skip it)."""
    for i, pattern in enumerate(patterns):
        if at >= ends[i] and (m := pattern.match(text, at)) is not None:
            found[i].append(m)
            ends[i] = m.end()


def word_start_matches(starts: re.Pattern[str], pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for one pattern of the kind ``word_start_scan`` reads."""
    return word_start_scan(starts, [pattern], text)[0]
