"""What a figure counts, about whom, and on whose word: ``category``, ``subject`` and ``source``.

All three are read from the words around the figure in its sentence, with compiled patterns only:
- category: the nearest casualty word after the figure and before the next figure ("1,200 dead and
  3,400 wounded" gives each its own), else just before it ("the death toll rose to 1,200");
- subject: a side (from resources/data/sides.json: countries, demonyms, capitals, "Kremlin") and a role
  (military, civilians, unspecified) from the counted noun phrase, or from the side that "lost" them;
- source: the attribution nearest the figure ("according to X", "X said", "an analysis from X").
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Final

from .patterns import NOT_ASCII_WORD, fold, gate, words

CATEGORY_LABELS = {"killed": "Killed", "wounded": "Wounded", "casualties": "Casualties", "missing": "Missing",
                   "captured": "Captured", "displaced": "Displaced"}

# What a figure counts, by the words that say it; the first category that matches a word wins.
_CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "casualties": (r"casualt(?:y|ies)", r"killed\s+(?:or|and)\s+(?:wounded|injured|maimed)",
                   r"dead\s+(?:or|and)\s+(?:wounded|injured)", r"deaths\s+(?:or|and)\s+(?:wounded|injured)",
                   r"wounded\s+(?:or|and)\s+killed", "losses", r"lost\s+(?:in\s+)?(?:killed|dead)\s+(?:and|or)\s+wounded",
                   r"killed,\s+wounded"),
    "killed": ("killed", "killing", "kills", "dead", "deaths?", "died", "dying", "die", r"death\s+toll",
               r"toll(?<!casualty\stoll)(?<!injury\stoll)", "fatalities", "fatality",
               r"lives(?!\s+(?:in|on|at|with|near|under|alone|abroad|here|there|together)\b)",  # not "lives in poverty"
               "perished", "slain", "KIA", "massacred", "executed", "bodies", "drowned",
               "murdered"),
    "wounded": ("wounded", "injured", "injuries", "injuring", "hurt", "WIA", "maimed"),
    "missing": ("missing", "MIA", "unaccounted", "disappeared"),
    "captured": ("captured", "prisoners?", "POWs?", r"taken\s+prisoner", "detained", "surrendered", "captives", "hostages?"),
    "displaced": ("displaced", "refugees?", "fled", "fleeing", "evacuated", "homeless", "IDPs?",
                  r"forced\s+from\s+their\s+homes", r"from\s+their\s+homes", "uprooted"),
}
_CATEGORY_RE = re.compile(
    r"(?i)\b" + gate([w for ws in _CATEGORY_WORDS.values() for w in ws])
    + "(?:" + "|".join(f"(?P<{category}>{'|'.join(ws)})" for category, ws in _CATEGORY_WORDS.items()) + r")\b"
)
# A casualty verb right before the figure governs it ("killed at least 137 people … and wounded 180").
_VERB_CATEGORY = {"killed": "killed", "killing": "killed", "kills": "killed", "wounded": "wounded",
                  "wounding": "wounded", "injured": "wounded", "injuring": "wounded", "captured": "captured",
                  "displaced": "displaced", "displacing": "displaced"}
_CATEGORY_VERB_BEFORE_RE = re.compile(rf"(?i)\b{gate(_VERB_CATEGORY)}(?P<v>{'|'.join(_VERB_CATEGORY)})\s+(?:(?!(?:and|or)\b)\S+\s+){{0,2}}$")
_ACTIVE_HARM_WORDS = ("killed", "killing", "destroyed", r"shot\s+down", "captured", "eliminated", r"took\s+prisoner", "wounded")
_ACTIVE_HARM_RE = re.compile(rf"(?i){words(_ACTIVE_HARM_WORDS)}\b")
# Newspapers keep "The" in their names; other sources drop it ("the UK Ministry of Defence").
_MASTHEAD_WORDS = frozenset("Press Times Post Guardian Economist Telegraph Journal Independent Insider Atlantic "
                            "Observer Herald Tribune Monitor Globe Mirror Sun Standard Hill Intercept".split())
_MILITARY_WORDS = ("soldiers?", "troops", "servicem[ae]n", r"service\s*members", "servicemembers", "military", "personnel",
                   "fighters", "combatants", "army", "marines", "mercenaries", "conscripts", "recruits", "paratroopers",
                   "sailors", "pilots", "officers", "forces", r"fighting(?<!the\sfighting)", r"in\s+combat", r"in\s+action",
                   "militants", "insurgents", "guerrillas", "reservists", "volunteers", "battle")
_MILITARY_RE = re.compile(rf"(?i){words(_MILITARY_WORDS)}\b")
_CIVILIAN_WORDS = ("civilians?", "children", "kids", "women", "residents", "non-?combatants", "inhabitants", "villagers",
                   "journalists", r"aid\s+workers", "medics", "patients", "pedestrians", "passengers", "citizens")
_CIVILIAN_RE = re.compile(rf"(?i){words(_CIVILIAN_WORDS)}\b")
_AUXILIARIES = ("has", "had", "have")
_LOSS_VERBS = ("lost", "losing", "loses", "suffered", "sustained", "saw", "seen")
_LOSS_VERB_RE = re.compile(
    rf"(?i)\b{gate([*_AUXILIARIES, *_LOSS_VERBS])}(?:(?:{'|'.join(_AUXILIARIES)})\s+)?(?:{'|'.join(_LOSS_VERBS)})\b"
    r"(?:\s+\w+){0,2}\s*$"
)
_ATTRIBUTION_VERBS = (
    r"said|says|reported|reports|estimated|estimates|told|claimed|claims|found|finds|stated|states|announced|"
    r"confirmed|confirms|verified|counted|put|puts|wrote|writes|noted|notes|assessed|assesses|believes|"
    r"calculated|tallied|recorded|documented|published|cited|added|acknowledged|admitted|insisted|warned"
)
_REPORT_NOUNS = ("analysis", "assessment", "report", "estimate", "data", "figures", "study", "count", "tally", "survey",
                 "intelligence", "investigation", "review", "calculations?")
# A name: its capitalized words, joined by a few small words ("Ministry of Defence"), taken whole
# (an atomic group): what may follow a name (a lowercase word, "'s", a comma) never follows a shorter
# run of its words, so giving words back could only fail again, word by word, at every capital of the
# sentence (it took a third of the time spent finding sources).
_NAME = (r"(?>[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|on|and|to|de|al|du)\s+(?:the\s+)?)?[A-Z][\w.&'’-]*)*)"
         r"(?:(?:\s+[a-z'’]+){0,2}\s+(?:ministry|office|service|agency|authorities|officials?|command|council|"
         r"commission|mission|monitors|media|military|army|navy|force|forces|staff|guard|police|government|intelligence|"
         r"spokesman|spokeswoman|documents|commanders?(?:-in-chief)?|mayor|governor|president|minister|envoy|ambassador)\b)?")
# "the 1,300 deaths reported by local authorities": the source after "by"
_PASSIVE_VERBS = (r"reported|estimated|counted|compiled|confirmed|recorded|verified|documented|cited|published|"
                  r"released|provided|collected")
# "the health ministry said", "rights groups estimate": who speaks, when no name is given
_BODY_FIELDS = ("health", "defen[cs]e", "foreign", "interior", "emergenc(?:y|ies)", "rights")
_SPEAKERS = ("ministry", "authorities", "officials?", "spokes(?:man|woman|person)", "rescuers", "police", "groups?", "agency",
             "agencies", "monitors", "doctors", "medics", "services?", "organi[sz]ers", "activists", "witnesses", "analysts",
             "experts", "researchers", "residents", "unions?", "army", "military", "navy", "government", "governor",
             "mayor")
# ", a Dutch open-source intelligence group," or ", speaking on condition of anonymity,": between a speaker and the verb
_APPOSITIVE = r",\s+[^,.;\"“”]{3,60},"
_SOURCE_GATE = gate(["according", "an?", "the", "new", "latest", "recent", *_REPORT_NOUNS, *_BODY_FIELDS, *_SPEAKERS,
                     *_PASSIVE_VERBS.split("|")])
# Every source but one starts a word: with a capital or one of a few words.
_SOURCE_AT_WORD = rf"""
    (?:(?=[A-Z])|{_SOURCE_GATE})(?:
    (?:[Aa]ccording\s+to\s+(?:the\s+|an?\s+)?(?:(?:latest|new|official|its|their|[a-z]+ial|[a-z]+ed)\s+)?(?:(?:figures|data|estimates?|analysis|report|count)\s+(?:from|by|of)\s+(?:the\s+)?)?(?P<a>{_NAME}))
  | (?:(?:[Aa]n?\s+|[Tt]he\s+)?(?:new\s+|latest\s+|recent\s+)?{gate(_REPORT_NOUNS)}(?i:{'|'.join(_REPORT_NOUNS)})\s+(?:from|by|of)\s+(?:the\s+)?(?P<b>{_NAME}))
  | (?:(?P<e>{_NAME})\s+(?:analysis|investigation|count|tally|report|survey|study|estimate|review)\s+(?:{_ATTRIBUTION_VERBS}|shows?|showed)\b)
  | (?:(?P<f>(?:[A-Z][\w-]*\s+|[a-z]+s['’]\s+)?(?:(?:{'|'.join(_BODY_FIELDS)})\s+)?(?:{'|'.join(_SPEAKERS)}))(?:{_APPOSITIVE})?\s+(?:{_ATTRIBUTION_VERBS}|say|estimate)\b)
  | (?:(?P<c>(?:The\s+)?{_NAME})(?:’s|'s)?(?:{_APPOSITIVE})?\s+(?:(?:also|has|have|had|previously|recently|earlier|now|later)\s+)*(?:{_ATTRIBUTION_VERBS})\b(?!\s+by\b))
  | (?:(?:{_PASSIVE_VERBS})\s+by\s+(?:the\s+)?
        (?P<g>(?:(?:local|regional|state|city|provincial|[A-Z][\w-]*)\s+)?(?:(?:health|interior|defen[cs]e|emergenc(?:y|ies))\s+)?
        (?:ministry|authorities|officials|police|rescuers|agency|monitors|activists)\b|{_NAME})))
"""
# The other starts with the mark before its verb: '…, said Reuters', '…” said Reuters'.
_SAID_MARKS = ',”"'
_SAID_BY = rf"\s*(?:said|says|wrote|writes|added|told\s+\w+)\s+(?P<d>{_NAME})"
# Both, searched in the sentence after a space (``find_sources``): the pattern opens with the character
# before the word, or with the mark, so re skips to the next such character in C rather than trying the
# pattern at every position.
_SOURCE_RE = re.compile(rf"{NOT_ASCII_WORD}(?:(?<!\w){_SOURCE_AT_WORD}|(?<=[{_SAID_MARKS}]){_SAID_BY})", re.VERBOSE)
_NOT_A_SOURCE = frozenset(
    "The A An It He She They We This That These Those There Its Their In On At By As Officials Authorities "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Photo Credit But And However Meanwhile".split()
)


@cache
def _sides() -> tuple[re.Pattern[str], dict[str, str]]:
    raw = resources.files("crosscount.resources").joinpath("data/sides.json").read_text("utf-8")
    data = {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}
    word_to_side = {w: side for side, words in data.items() for w in words}
    names = [re.escape(w) for w in sorted(word_to_side, key=len, reverse=True)]
    return re.compile(rf"(?<![\w-]){gate(names, ignore_case=False)}(?:{'|'.join(names)})(?![\w-])"), word_to_side


def _last_side(text: str) -> tuple[str | None, int]:
    """The side named last in ``text`` (nearest the figure), and where its name ends."""
    pattern, word_to_side = _sides()
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - the final match is the nearest
        pass
    return (word_to_side[last.group(0)], last.end()) if last else (None, 0)


def sides_in(text: str) -> list[str]:
    """Every side the text names, in order of first mention."""
    pattern, word_to_side = _sides()
    return list(dict.fromkeys(word_to_side[m.group(0)] for m in pattern.finditer(text)))


def _side_in(text: str) -> str | None:
    pattern, word_to_side = _sides()
    m = pattern.search(text)
    return word_to_side[m.group(0)] if m else None


_POSSESSIVE_END_RE = re.compile(r"(?:’s|'s)$")


def _clean_source(name: str) -> str | None:
    name = _POSSESSIVE_END_RE.sub("", name.strip(" ,.;:"))
    words = name.split()
    while words and words[-1] in ("and", "of", "for", "the", "on", "in"):
        words.pop()
    if not words or all(w in _NOT_A_SOURCE for w in words):
        return None
    if words[0] in _NOT_A_SOURCE and not (words[0] == "The" and words[-1] in _MASTHEAD_WORDS):
        words = words[1:]
    return " ".join(words) or None


# Every attribution hangs on one of these words; a sentence without any needs no search for names. (Searched
# in the sentence with a space before it: re searches a pattern that opens with a class of characters by
# skipping to the next character of the class in C; one that opens with "\b" it starts at every position.)
_ATTRIBUTION_ANCHOR_RE = re.compile(
    rf"{NOT_ASCII_WORD}{gate(['according', *_REPORT_NOUNS, *_ATTRIBUTION_VERBS.split('|'), 'say', *_PASSIVE_VERBS.split('|')])}"
    rf"(?i:according\b|(?:{'|'.join(_REPORT_NOUNS)})\s+(?:from|by|of)\b|(?:{_ATTRIBUTION_VERBS}|say|estimate)\b|"
    rf"(?:{_PASSIVE_VERBS})\s+by\b)"
)


_CLAUSE_END_RE = re.compile(r"[,;:(]")
# Between two figures of one list: a few names or plural nouns, then "and" ("695 Israeli civilians and 373 ...");
# or the second is a part of the first ("34,535, including 14,500 children", "13 people, among them two children")
_NOUN_AFTER_WHOLE = r"(?:\s+[\w'’-]+){0,3}"  # "34,535" or "13 people", then the part
_LIST_GAP_RE = re.compile(rf"\s+(?:(?:[A-Z][\w-]*|[a-z]+s)\s+){{0,3}}(?:and|or|plus)\s+$"
                          rf"|{_NOUN_AFTER_WHOLE},?\s+(?:including|among\s+them|of\s+(?:whom|them))\s+$")
# or it says so after it: "killing seven people, five of them children"
_PART_AFTER_RE = re.compile(r"\s+of\s+(?:them|whom)\b")
_CLAUSE_GAP_RE = re.compile(rf"{_NOUN_AFTER_WHOLE},\s+$")


def find_sources(sentence: str) -> list[tuple[int, str]]:
    """(offset in sentence, short name) of every attribution in the sentence: what ``_SOURCE_RE`` finds
    in it after a space, each search going on from the last character of the match before (which may
    stand before the next; this is ``finditer`` of the pattern written without that character, a third
    of the time)."""
    found: list[tuple[int, str]] = []
    spaced = " " + sentence
    if not _ATTRIBUTION_ANCHOR_RE.search(spaced):
        return found
    pos = 0
    while (m := _SOURCE_RE.search(spaced, pos)) is not None:
        group = m.lastgroup or ""
        name = _clean_source(m.group(group))
        if name:
            found.append((m.start(group) - 1, name))
        pos = m.end() - 1
    return found


class Span:
    """What describing a figure needs: where it is, where its sentence is, and what kind it is.
    (A plain class with final attributes rather than a frozen dataclass: see ``claims._Seed``.)"""

    def __init__(self, start: int, end: int, kind: str, sentence_start: int, sentence_end: int) -> None:
        self.start: Final = start
        self.end: Final = end
        self.kind: Final = kind
        self.sentence_start: Final = sentence_start
        self.sentence_end: Final = sentence_end


Description = tuple[str | None, str | None, str | None]  # category, subject, source


def describe(text: str, spans: list[Span]) -> list[Description]:
    """(category, subject, source) of each figure, read from its context in ``text``."""
    out: list[Description] = []
    sources_cache: dict[int, list[tuple[int, str]]] = {}
    prev_subject: str | None = None
    prev_category: str | None = None
    prev_end = -1
    for i, c in enumerate(spans):
        sent_start, sent_end = c.sentence_start, c.sentence_end
        next_start = spans[i + 1].start if i + 1 < len(spans) and spans[i + 1].start < sent_end else sent_end
        left = spans[i - 1].end if i > 0 and spans[i - 1].end > sent_start else sent_start
        after = text[c.end: min(next_start, c.end + 90)]
        before = text[max(left, c.start - 60): c.start]

        category = None
        cat_word = None  # the first casualty word after the figure
        if c.kind in ("count", "percent"):
            verb = _CATEGORY_VERB_BEFORE_RE.search(before)
            m = cat_word = _CATEGORY_RE.search(after)
            if m and next_start < sent_end and _CATEGORY_VERB_BEFORE_RE.fullmatch(after, m.start()):
                m = None  # "7.8 magnitude, killed more than 50,000": the verb is the next figure's
            m = m or _last(_CATEGORY_RE, before)
            category = _VERB_CATEGORY[fold(verb.group("v"))] if verb else (m.lastgroup if m else None)
            if category is None and _LOSS_VERB_RE.search(before) and (
                    _MILITARY_RE.search(after[:40]) or _CIVILIAN_RE.search(after[:40])):
                category = "casualties"  # "Russia had lost some 390,000 personnel"
            if category is None and prev_category and 0 <= prev_end <= c.start and (
                    _LIST_GAP_RE.match(text, prev_end, c.start)
                    or (_PART_AFTER_RE.match(after) and _CLAUSE_GAP_RE.match(text, prev_end, c.start))):
                category = prev_category  # "1,139 killed, including 695 civilians and 373 members of the forces"

        subject = None
        if category is not None or c.kind == "count":  # (so the casualty word after it was looked for above)
            # the counted noun phrase: up to the casualty word, or the next few words ("3 million ethnic Russians")
            # (within its clause: in "90 missiles and 60 drones overnight, Ukraine's air force said", Ukraine
            # speaks; it is not what was counted)
            phrase = (after[: cat_word.start()] if cat_word and category
                      else " ".join(_CLAUSE_END_RE.split(after, 1)[0].split()[:3]))
            side = _side_in(phrase)
            inherited_role = None
            if side is None and category is not None:
                gap = text[prev_end: c.start] if 0 <= prev_end <= c.start else ";"
                if prev_subject and len(gap) < 60 and "." not in gap and ";" not in gap:
                    # a list shares its noun: "120,000 Russian soldiers killed and 170,000 wounded"
                    side, inherited_role = prev_subject.split(" · ")
                else:
                    lead = text[sent_start: c.start]
                    side, where = _last_side(lead)
                    if side and _ACTIVE_HARM_RE.search(lead[where:]) and not _LOSS_VERB_RE.search(before):
                        side = None  # "Ukraine says it has killed 50,000 soldiers": the side did the killing
                    if side == "Unspecified":
                        side = None
            window = after[:80]
            if _CIVILIAN_RE.search(window):
                role = "civilians"
            elif _MILITARY_RE.search(window) or _MILITARY_RE.search(before[-40:]):
                role = "military"
            elif _CIVILIAN_RE.search(before[-40:]):
                role = "civilians"  # "casualties among civilians reached 10,000 killed"
            else:
                role = inherited_role or "unspecified"
            if side == "Unspecified":
                side = None
            if side or (category and role != "unspecified"):
                subject = f"{side or 'Unspecified'} · {role}"

        if sent_start not in sources_cache:
            sources_cache[sent_start] = find_sources(text[sent_start:sent_end])
        source = _nearest_source(sources_cache[sent_start], c.start - sent_start)
        out.append((category, subject, source))
        prev_subject, prev_category, prev_end = subject, category, c.end
    return out


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - we want the final match
        pass
    return last


def _nearest_source(sources: list[tuple[int, str]], pos: int) -> str | None:
    """The attribution before the figure that is nearest to it, else the first one after it."""
    before = [s for s in sources if s[0] <= pos]
    if before:
        return before[-1][1]
    return sources[0][1] if sources else None
