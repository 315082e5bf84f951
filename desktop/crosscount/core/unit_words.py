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

# (pint name, written forms). Symbols are matched case-sensitively, words case-insensitively.
UNIT_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # name, words, symbols
    ("kilometer", ("kilometre", "kilometer"), ("km",)),
    ("meter", ("metre", "meter"), ("m",)),
    ("centimeter", ("centimetre", "centimeter"), ("cm",)),
    ("millimeter", ("millimetre", "millimeter"), ("mm",)),
    ("mile", ("mile",), ("mi",)),
    ("nautical_mile", ("nautical mile",), ("nmi",)),
    ("yard", ("yard",), ("yd",)),
    ("foot", ("foot", "feet"), ("ft",)),
    ("inch", ("inch", "inches"), ()),
    ("kilometer ** 2", ("square kilometre", "square kilometer", "sq km", "sq. km"), ("km2", "km²")),
    ("mile ** 2", ("square mile", "sq mile"), ("sq mi",)),
    ("meter ** 2", ("square metre", "square meter"), ("m2", "m²")),
    # gas is counted in billion cubic metres ("bcm"), one cubic kilometre each
    ("kilometer ** 3", ("cubic kilometre", "cubic kilometer"), ("km3", "km³", "bcm")),
    ("meter ** 3", ("cubic metre", "cubic meter"), ("m3", "m³")),
    ("hectare", ("hectare",), ("ha",)),
    ("acre", ("acre",), ()),
    ("metric_ton", ("tonne", "metric ton"), ("t",)),
    ("short_ton", ("ton",), ()),
    ("kilogram", ("kilogram", "kilogramme", "kilo"), ("kg",)),
    ("gram", ("gram", "gramme"), ("g",)),
    ("pound", ("pound", "lb"), ("lbs",)),
    ("liter", ("litre", "liter"), ("l",)),
    ("gallon", ("gallon",), ()),
    ("oil_barrel", ("barrel",), ("bbl",)),
    ("kilometer_per_hour", ("kilometre per hour", "kilometer per hour"), ("km/h", "kph")),
    ("mile_per_hour", ("mile per hour",), ("mph",)),
    ("megawatt", ("megawatt",), ("MW",)),
    ("gigawatt", ("gigawatt",), ("GW",)),
    ("kilowatt", ("kilowatt",), ("kW",)),
    ("kilowatt_hour", ("kilowatt-hour", "kilowatt hour"), ("kWh",)),
    ("megawatt_hour", ("megawatt-hour", "megawatt hour"), ("MWh",)),
    ("terawatt_hour", ("terawatt-hour", "terawatt hour"), ("TWh",)),
    ("kiloton_TNT", ("kiloton", "kilotonne"), ("kt",)),
    # temperatures stay in the unit they were written in: an offset scale has no conversion factor
    ("degree_Celsius", ("degrees celsius", "degree celsius", "degrees centigrade", "degree centigrade"), ("°C", "ºC", "C")),
    ("degree_Fahrenheit", ("degrees fahrenheit", "degree fahrenheit"), ("°F", "ºF", "F")),
    ("hour", ("hour",), ()),
    ("minute", ("minute",), ()),
    ("day", ("day",), ()),
    ("week", ("week",), ()),
    ("month", ("month",), ()),
    ("year", ("year",), ()),
    ("decade", ("decade",), ()),
    ("century", ("century", "centuries"), ()),
)
# Words that follow "per"/"a"/"each" to say what a figure is per.
PER_WORDS: dict[str, str] = {
    "day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour", "annum": "year",
    "litre": "litre", "liter": "litre", "gallon": "gallon", "barrel": "barrel", "tonne": "tonne",
    "ton": "ton", "kilogram": "kilogram", "kilo": "kilogram", "kg": "kilogram", "person": "person", "head": "person",
    "capita": "person", "soldier": "person", "recruit": "person", "man": "person",
}
PER_ADVERBS: dict[str, str] = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
                               "annually": "year", "annual": "year", "hourly": "hour"}


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
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
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
