"""How news text writes physical units, mapped to pint unit names.

Extraction must not import pint (half a second at start-up), so the words it looks for live here as
plain data; normalization (units.py) turns the pint names into quantities. A test parses every name with
the app's registry, so a name pint does not know cannot slip in.

Each entry: pint unit name, then the ways an article writes it. Plurals and the -er/-re spellings are
added by ``surface_forms``, not typed out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import stored
from .lexicon.en import NOT_UNIT_WORDS, UNIT_WORDS

# A unit written in two parts, the larger first ("5 ft 9 in", "6 feet 4 inches", "6 feet 4 inches"):
# (larger, smaller) → how many of the smaller make one of the larger. The figure is read in the smaller.
COMPOUND_UNITS: dict[tuple[str, str], float] = {
    ("foot", "inch"): 12.0, ("yard", "foot"): 3.0, ("mile", "yard"): 1760.0, ("pound", "ounce"): 16.0,
    ("meter", "centimeter"): 100.0, ("kilogram", "gram"): 1000.0,
}


# ---------------------------------------------------------------------------------- pint's registry
# Most units come from pint's own registry (names, aliases, plurals, symbols and prefixes), read by
# ``build_lexicon`` and stored in resources/data/unit_lexicon.json (reading pint costs half a second at
# start-up; a test checks that the stored lexicon is what pint gives today). UNIT_WORDS above is the news
# layer on top of it: the spellings pint lacks ("bcm", "sq km", "kph") and the readings news gives a
# symbol where pint gives another ("ton" is a short ton, "kt" a kiloton of TNT, "C" degrees Celsius).

# Symbols pint gives that are words, ordinal endings or press abbreviations after a number ("5 at",
# "5th", "10 pp", "30 pc" for per cent); the single letters are left out wholesale.
NOT_UNIT_SYMBOLS = frozenset({
    "are", "at", "bag", "bar", "blob", "den", "dr", "eu", "fur", "gi", "gr", "hand", "in", "jig", "kat", "kip",
    "li", "mas", "nit", "oct", "pk", "pp", "pt", "pc", "quad", "rad", "rads", "rd", "rem", "rhe", "slug", "smi",
    "sv", "th", "st", "nd", "tf", "toe", "turn", "cp", "px", "ly", "au", "eon", "mil", "ct", "cd", "sft", "cps",
    "am", "as", "pm", "us", "min", "dam", "ph", "ah", "nh", "Ah", "Ms", "MP", "PM", "ppm", "u", "dyn", "tlb",
    # capitals that name organisations or elements as often: "10 VA hospitals", "5 St Mary's", "2 Cl atoms"
    "VA", "BF", "ECC", "PSH", "SPL", "LMH", "RKM", "FBM", "BDFT", "PPCM", "PPI", "St", "At", "Cl", "Ne", "Ta",
    "Td", "Tj", "Tt", "Bi", "Rd", "Ry", "Ly", "Ba", "Gal", "Fr", "Gb", "Mx", "Oe", "Eh", "Pi",
})
# Lowercase base symbols that take a prefix in news text ("km", "mg", "ml", "ms", "kt"): a prefix before
# any other one-letter symbol reads as a word or an abbreviation ("am", "us", "ph", "da").
PREFIXED_LOWERCASE = ("m", "g", "l", "s", "t", "b", "Hz", "eV", "Pa", "Wh", "W", "V", "A", "B", "J", "N", "Sv",
                      "Gy", "Bq", "bar")


def build_lexicon() -> dict[str, Any]:
    """From pint's registry: {"words": {form: pint name}, "symbols": {symbol: pint name}, "prefixes":
    {prefix name: prefix name}, "symbol_prefixes": {prefix symbol: prefix name}}. Only units of a
    dimension (not pint's constants, not dimensionless numbers) are taken."""
    import pint

    ureg: Any = pint.UnitRegistry(cache_folder=None)
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for name, definition in sorted(ureg._units.items()):
        if name != definition.name or not _has_dimension(ureg, name):
            continue
        for form in (name, *definition.aliases):
            if form.replace("_", "").isalpha() and form.islower() and len(form) > 3:
                written = form.replace("_", " ")
                if written in NOT_UNIT_WORDS:
                    continue
                for w in (written, _regular_plural(written)):
                    if w not in NOT_UNIT_WORDS:
                        words.setdefault(w, name)
            elif _symbol_like(form):
                symbols.setdefault(form, name)
        if _symbol_like(definition.symbol) and definition.symbol != name:
            symbols.setdefault(definition.symbol, name)
    prefixes: dict[str, str] = {}
    symbol_prefixes: dict[str, str] = {}
    for p in ureg._prefixes.values():
        if p.name and p.symbol and p.symbol != p.name:
            prefixes[p.name] = p.name
            symbol_prefixes[p.symbol] = p.name
            for alias in p.aliases:
                if not alias.isascii():  # "μ" beside "µ"; not "u" or "mc", which are words and abbreviations
                    symbol_prefixes[alias] = p.name
    base_symbols = {d.symbol: n for n, d in ureg._units.items()
                    if n == d.name and d.symbol and d.symbol != n and "_" not in d.symbol and _has_dimension(ureg, n)}
    return {"source": f"pint {pint.__version__}", "words": dict(sorted(words.items())),
            "symbols": dict(sorted(symbols.items())), "base_symbols": dict(sorted(base_symbols.items())),
            "prefixes": dict(sorted(prefixes.items())), "symbol_prefixes": dict(sorted(symbol_prefixes.items()))}


def _regular_plural(word: str) -> str:
    """"gallons", "inches", "centuries"; a name that already ends in "s" ("siemens") or "z" ("hertz") as it is."""
    if word.endswith(("s", "z", "x")):
        return word
    if word.endswith(("ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return _plural(word)


def _symbol_like(form: str | None) -> bool:
    """A pint symbol or alias worth reading after a number: two characters or more, no "_" or digit (pint's
    constants, "c_0", "eps0"), not all lowercase letters of four or more (those are names), not a word."""
    if not form or len(form) < 2 or "_" in form or any(ch.isdigit() for ch in form):
        return False
    if form.isalpha() and form.islower() and len(form) > 3:
        return False
    return form not in NOT_UNIT_SYMBOLS and form not in NOT_UNIT_WORDS


def _has_dimension(ureg: Any, name: str) -> bool:
    """Whether a unit measures something: a dimension, or a root unit of its own that pint counts as
    dimensionless (bits and bytes, radians); not a plain ratio ("percent", "ppm"), which figures.py reads."""
    try:
        return str(ureg.get_root_units(name)[1]) != "dimensionless"
    except Exception:  # noqa: BLE001 - a definition pint itself cannot evaluate
        return False


@cache
def lexicon() -> dict[str, Any]:
    """The stored lexicon (see ``build_lexicon``)."""
    return stored.read("unit_lexicon.json")


@cache
def prefixed_unit(token: str) -> str | None:
    """The pint name of a prefixed unit as written: "megabytes", "kilovolt", "MB", "GHz", "mSv", "µg";
    None when ``token`` is no prefix and unit pint knows."""
    lex = lexicon()
    lowered = token.lower()
    for prefix in lex["prefixes"]:
        if lowered.startswith(prefix) and len(lowered) > len(prefix):
            base = surface_forms()[0].get(lowered[len(prefix):])  # pint's words and the news spellings ("microgrammes")
            if base is not None and lowered not in NOT_UNIT_WORDS:
                return prefix + base
    for size in (2, 1):
        prefix, rest = token[:size], token[size:]
        if prefix in lex["symbol_prefixes"] and rest in lex["base_symbols"] and token not in NOT_UNIT_SYMBOLS:
            if rest[0].islower() and len(rest) == 1 and rest not in PREFIXED_LOWERCASE:
                continue
            if len(rest) == 1 and rest.isupper() and rest not in PREFIXED_LOWERCASE:
                continue
            if _prefixed(lex["base_symbols"][rest]):
                continue  # one prefix only, as SI has it: "mcm" is no millicentimetre (gas's million cubic metres)
            return lex["symbol_prefixes"][prefix] + lex["base_symbols"][rest]
    return None


def _prefixed(name: str) -> bool:
    """Whether a pint unit name already opens with a prefix ("centimeter", "kilogram", "micron")."""
    return any(name.startswith(prefix) and len(name) > len(prefix) for prefix in lexicon()["prefixes"])


def _plural(word: str) -> str:
    if word.endswith(("inch", "inches")):
        return "inches"
    if word in ("foot", "feet"):
        return "feet"
    last = word.split()[-1]
    head = word[: len(word) - len(last)]
    if last == "per" or " per " in word:  # "kilometre per hour" → "kilometres per hour"
        first, _, rest = word.partition(" per ")
        return f"{_plural(first)} per {rest}"
    return head + (last if last.endswith("s") else last + "s")


@cache
def surface_forms() -> tuple[dict[str, str], dict[str, str]]:
    """({lowercase word form: pint name}, {symbol: pint name}), plurals included."""
    lex = lexicon()
    words: dict[str, str] = dict(lex["words"])
    symbols: dict[str, str] = dict(lex["symbols"])
    for name, written, syms in UNIT_WORDS:
        for w in written:
            words[w] = name
            words[_plural(w)] = name
        for s in syms:
            symbols[s] = name
    return words, symbols


_SUPERSCRIPTS = {"2": "²", "3": "³"}


@cache
def _labels() -> dict[str, str]:
    out = {}
    for name, written, symbols in UNIT_WORDS:
        label = symbols[0] if symbols else written[0]
        out[name] = re.sub(r"([a-z])([23])$", lambda m: m.group(1) + _SUPERSCRIPTS[m.group(2)], label)
    out.update({"percent": "%", "percentage_point": "pp", "basis_point": "bp", "mile_per_hour": "mph", "kilometer_per_hour": "km/h"})
    return out


def label(unit: str | None) -> str:
    """How a unit is shown to people: "km²" for "kilometer ** 2", "t" for "metric_ton"; codes as they are."""
    if not unit:
        return ""
    return _labels().get(unit, unit.replace("_", " "))


if __name__ == "__main__":  # regenerate resources/data/unit_lexicon.json from pint: python -m crosscount.core.extract.unit_words [OUT]
    raise SystemExit(stored.regenerate("unit_lexicon.json", build_lexicon))
