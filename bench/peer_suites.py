"""Crosscount on its peers' own English test suites, beside each peer on the same cases.

- quantulum3: its test data, read at run time from the installed package
  (``quantulum3/_lang/en_US/tests/quantities.json`` and ``quantities.ambiguity.json``);
- Recognizers-Text: its English specs (currency, dimension, number, number range, percent), read from
  ``../shared/peer-suites/recognizers/`` beside the repository, or ``$CROSSCOUNT_PEER_SUITES/recognizers``
  (MIT; see SOURCES.md there), skipped where that folder is absent.

Nothing of theirs is copied into this repository: the cases are read where they live, and the few that lie
outside Crosscount's mission are named below by a digest of their input, with the reason.

An expectation is met by a claim when (1) their spans overlap, (2) the value is within 1% (each end of a
range; a point is met by an exact or approximate figure, or by a bound's one end), (3) the unit agrees:
the same ISO code (a sub-unit such as cents scaled to its main unit), or pint units of the same
dimension (the value compared after conversion), a count for a dimensionless number, and (4) the bound
agrees (a range for a range, "more than" for an open lower end, …). A peer is scored on its own output the
same way, in its own vocabulary (its unit names compared as it writes them).

Run: ``.venv/bin/python bench/peer_suites.py`` (``--list`` prints every miss; ``--table`` prints bench/run.py's
tab-separated rows: what, figure, notes).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

# beside the repository, where the project's shared folder lies (never read at run time by the app itself)
RECOGNIZERS_DIR = Path(os.environ.get("CROSSCOUNT_PEER_SUITES", Path(__file__).resolve().parents[2] / "shared"
                                      / "peer-suites")) / "recognizers"
RECOGNIZERS_SPECS = {"currency": "CurrencyModel", "dimension": "DimensionModel", "number": "NumberModel",
                     "number range": "NumberRangeModel", "percent": "PercentModel"}

# Cases outside Crosscount's mission, by the first 10 hex digits of the SHA-1 of their input, with the reason.
# A key is "digest" (the whole case) or "digest:surface" (one expectation of it). The surfaces are the peers'
# few characters of the figure, needed to tell two figures of one case apart.
_YEAR = "a year is a date (Crosscount reads it as the figure's date), not a figure"
_DEFINITION = "a unit named in a definition or a glossary entry ('a kibibyte is', 'a baker's dozen'), not a reported figure"
_TIME_FRAME = "a time frame ('after three days', 'for 3 years', 'a two-year period') is when, not a figure (corpus rule)"
_CONSTANT = "a named constant without a numeral ('absolute zero')"
_CHANGE = ("a change from one level to another ('reduced from 44 mg to 50 mg', 'rose from $350 to $680') is two "
           "figures, the level before and the level after, not a range (corpus rule: 'rose from', 'fell from')")
_ARTICLE = ("an article before a unit ('a gallon of beer', 'a penny!') names the unit, not a figure: read as 1, every "
            "'a mile away', 'a day later' would be one")
_ORDINAL = "a rank ('between the tenth and the fifteenth') is a position in an order, not a figure"
_NAME = "a number that is part of a proper name ('Voyager 2', 'English 101') names its bearer, not a figure"
OUT_OF_MISSION: dict[str, str] = {
    "684c7b2d95:1979": _YEAR, "1348da8a6d:1960": _YEAR, "1e85011b4f:2013": _YEAR, "00a6e32b4d:2005": _YEAR,
    "00a6e32b4d:2011": _YEAR,
    "270cb49224:A kibibyte": _DEFINITION, "144b615682": _DEFINITION, "0b92163b4e": _DEFINITION,
    "0598574f04:One pound": _DEFINITION, "227e6bb524": _DEFINITION,
    "249f162d62:six weeks'": _TIME_FRAME, "5f45d62a71": _TIME_FRAME, "f4bad5a503": _TIME_FRAME,
    "f617bc2f9a:3 years": _TIME_FRAME,
    "6d4b6cf8a7:a gallon": _ARTICLE, "50a648bc7a": _ARTICLE, "67d084440c": _DEFINITION,
    "c38237d62d": _CHANGE, "e2d6c918fe": _CHANGE,
    "095ff13b8b": _CONSTANT, "479afa1118:absolute zero": _CONSTANT,
    "8be8fa2a70": "a frequency of events ('four times per week'): 'times' is not a unit Crosscount compares",
    "c0ca1efec6": "an IP address is an identifier, not a figure", "df6f0a846c": "a date's parts are not figures",
    "6b1fe4d70e": "a phone number's parts are not figures", "55d2da71d8": "an identifier ('SCP-173') is not a figure",
    "103047c9e3": "exercise numbers are labels, not figures", "b36b5f8c74": "'one last time' is not a figure",
    "04f62dd0cb": "computer memory in kibiwords ('32K word'): a spec sheet, not reporting",
    "bd5ce2bfbf:3": _TIME_FRAME, "968eeb13ce:3": _TIME_FRAME,
    "053be98422": _ORDINAL, "c2d3555b6e": _ORDINAL, "d79b0098f5": _ORDINAL,
    "684c7b2d95:2": _NAME, "3429751b5c": _NAME,
}


def out_of_mission(e: Expect) -> str | None:
    """The reason an expectation lies outside Crosscount's mission, or None."""
    key = digest(e.text)
    return OUT_OF_MISSION.get(key) or OUT_OF_MISSION.get(f"{key}:{e.text[e.start:e.end]}")


@dataclass(frozen=True)
class Expect:
    """One figure a suite expects in one input."""

    suite: str
    text: str
    start: int
    end: int
    low: float | None  # a point has low == high
    high: float | None
    shape: str  # "point" | "range" | "more_than" | "at_least" | "less_than" | "at_most"
    unit: Any  # None: any; "count"; "percent"; ("money", ISO code, factor); ("pint", units, the other pint names it covers...)
    peer_unit: str | None  # the unit as the peer names it (to score the peer in its own vocabulary)


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    if not (math.isfinite(a) and math.isfinite(b)):
        return False
    return abs(a - b) <= 0.01 * abs(b) if b else abs(a) < 1e-12


# ------------------------------------------------------------------------------------------- units


def _ureg() -> Any:
    from crosscount.core.units import registry

    return registry()


_PINT_SPELLING = {"metre": "meter", "litre": "liter", "tonne": "metric_ton", "pound-mass": "pound", "barrel": "oil_barrel",
                  "inverse second": "1 / second", "dozen": "12", "gross": "144",
                  "electronvolt": "electron_volt", "degree celsius": "degree_Celsius",
                  "degree fahrenheit": "degree_Fahrenheit", "percentage": "percent", "kilometer per hour": "kilometer / hour",
                  "mile per hour": "mile / hour", "metric ton": "metric_ton", "turn": "revolution",
                  "minute of arc": "arcminute", "second of arc": "arcsecond"}


# The other pint units a peer's unit name covers: Recognizers-Text's "Ton" is its reading of "tons",
# "tonnes" and "t" alike, so a metric ton meets it as a short ton does.
_ALSO_MEANT: dict[str, tuple[str, ...]] = {"Ton": ("metric_ton",)}


def pint_units(name: str) -> Any | None:
    """pint units for a unit as a peer names it ("kilometre per square second", "Square meter"), or None."""
    ureg = _ureg()
    lowered = name.lower()
    if lowered.startswith("inverse "):  # "inverse femtobarn": pint writes it "1 / femtobarn"
        found = pint_units(lowered.removeprefix("inverse "))
        return None if found is None else 1 / found
    for candidate in (_PINT_SPELLING.get(lowered, lowered), lowered.replace(" ", "_"),
                      re.sub(r"metre|litre|electronvolt", lambda m: _PINT_SPELLING[m.group(0)], lowered)):
        try:
            return ureg.parse_units(candidate)
        except Exception:  # noqa: BLE001 - pint raises several kinds for a name it does not know
            continue
    return None


def _currency_names() -> dict[str, str]:
    from crosscount.core.extract import currencies

    return {str(k): str(v) for k, v in currencies.table()["names"].items()}


SUB_UNITS = {"cent": ("USD", 0.01), "cents": ("USD", 0.01), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01),
             "dime": ("USD", 0.1), "dimes": ("USD", 0.1), "nickel": ("USD", 0.05), "nickels": ("USD", 0.05),
             "sen": ("JPY", 0.01), "satoshi": ("BTC", 1e-8)}  # (bitcoin by its ticker, as Crosscount writes it)
# The peers' names of currencies that CLDR names otherwise (CLDR: "Dutch Guilder"; bitcoin: the ticker's name)
PEER_CURRENCY_NAMES = {"netherlands guilder": "NLG", "bitcoin": "BTC"}


def money_unit(name: str, iso: str | None) -> tuple[str, str, float] | tuple[str, str, float, str] | None:
    """("money", ISO code, factor to the main unit) for a currency or a sub-unit as a peer names it, and
    ("money", code, factor, per) for a price per something ("dollar per hour": the claim's per is "hour")."""
    lowered = name.lower()
    if " per " in lowered:
        money, _, per = lowered.partition(" per ")
        found = money_unit(money, iso)
        return None if found is None else ("money", found[1], found[2], per)
    if lowered in SUB_UNITS:
        code, factor = SUB_UNITS[lowered]
        return "money", code, factor
    if iso:
        return "money", iso, 1.0
    code = PEER_CURRENCY_NAMES.get(lowered) or _currency_names().get(lowered) or _currency_names().get(lowered.removesuffix("s"))
    return ("money", code, 1.0) if code else None


def per_agrees(wanted: str, per: str | None) -> bool:
    """Whether a claim's per ("kilogram", "hour") is the one a peer names ("kilogram", "hour", "kg")."""
    if per is None:
        return False
    if per == wanted:
        return True
    a, b = pint_units(wanted), pint_units(per)
    return a is not None and a == b


def unit_factor(expected: Any, claim: Any) -> float | None:
    """The factor that turns the expected value into the claim's unit, or None when the units disagree."""
    if expected is None:
        return 1.0
    if expected == "count":  # a dimensionless number; a share read as a percent is the same number (x 100)
        return 1.0 if claim.kind == "count" else 100.0 if claim.unit == "percent" else None
    if expected == "percent":
        return 1.0 if claim.unit == "percent" else None
    if expected[0] == "money":
        same_per = len(expected) < 4 or per_agrees(expected[3], claim.per)
        return expected[2] if claim.kind == "money" and claim.unit == expected[1] and same_per else None
    if expected[0] != "pint":
        return None  # a unit that neither pint nor the currency table knows
    units = expected[1]
    if claim.kind == "count" and units.dimensionless:
        return float(_ureg().Quantity(1.0, units).to("dimensionless").magnitude)
    if claim.kind != "quantity" or not claim.unit:
        return None
    if claim.unit in expected[2:]:
        return 1.0  # the other unit the peer's name covers, as the claim names it ("tonnes" for "Ton")
    # a rate is a unit and what it is per ("650,000 bpd": barrels, per day); a per pint lacks ("person") is left out
    for written in (f"({claim.unit}) / {claim.per}", claim.unit) if claim.per else (claim.unit,):
        try:
            return float(_ureg().Quantity(1.0, units).to(written).magnitude)
        except Exception:  # noqa: BLE001 - another dimension, or a per that is no unit
            continue
    return None


# ------------------------------------------------------------------------------------------- matching

_SHAPE_BOUNDS = {"point": ("exact", "approximate"), "range": ("range",), "more_than": ("more_than",),
                 "at_least": ("at_least",), "less_than": ("less_than",), "at_most": ("at_most",)}


def claim_meets(e: Expect, c: Any) -> bool:
    if not (c.start < e.end and e.start < c.end):
        return False
    factor = unit_factor(e.unit, c)
    if factor is None:
        return False
    # a share: Crosscount writes "two thirds" and "1 in 21" as percents (66.7, 4.76), a number suite as 0.667, 0.0476
    return _values_meet(e, c, factor) or (e.unit is None and c.unit == "percent" and _values_meet(e, c, 100.0))


def _values_meet(e: Expect, c: Any, factor: float) -> bool:
    low = None if e.low is None else e.low * factor
    high = None if e.high is None else e.high * factor
    if e.shape == "point":
        if c.bound in ("exact", "approximate"):
            return close(c.estimate if c.estimate is not None else c.low, low)
        return c.bound != "range" and close(c.low if c.low is not None else c.high, low)
    if c.bound not in _SHAPE_BOUNDS[e.shape]:
        return False
    return close(c.low, low) if e.shape in ("more_than", "at_least") else close(c.high, high) if e.shape in (
        "less_than", "at_most") else close(c.low, low) and close(c.high, high)


# ------------------------------------------------------------------------------------------- suites


def quantulum3_cases() -> list[Expect]:
    """quantulum3's own English expectations (read from the installed package)."""
    from quantulum3 import load

    units = load.units("en_US")
    folder = resources.files("quantulum3").joinpath("_lang/en_US/tests")
    out: list[Expect] = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for case in json.loads(folder.joinpath(name).read_text("utf-8")):
            text = case["req"]
            pos = 0
            for r in case["res"]:
                start = text.find(r["surface"], pos)
                if start < 0:
                    start = text.find(r["surface"])
                end = start + len(r["surface"])
                pos = end
                value, spread = float(r["value"]), float(r.get("uncertainty") or 0)
                shape = "range" if spread else "point"
                out.append(Expect(f"quantulum3/{name}", text, start, end, value - spread, value + spread, shape,
                                  quantulum3_unit(units, r["unit"]), r["unit"]))
    return out


def quantulum3_unit(units: Any, name: str) -> Any:
    if name == "dimensionless":
        return "count"
    if name == "percentage":
        return "percent"
    unit = units.names.get(name)
    if unit is not None and unit.currency_code:
        return "money", unit.currency_code, 1.0
    money = money_unit(name, None)
    if money:
        return money
    found = pint_units(name)
    return ("pint", found) if found is not None else ("unknown", name)


_INTERVAL_RE = re.compile(r"^([\[(])\s*([-\d.e+]*)\s*,\s*([-\d.e+]*)\s*([\])])$")


def recognizers_cases(folder: Path) -> tuple[list[Expect], dict[str, int]]:
    """Recognizers-Text's English expectations, and per spec how many it marks as unsupported in Python."""
    out: list[Expect] = []
    unsupported: dict[str, int] = {}
    for label, spec in RECOGNIZERS_SPECS.items():
        path = folder / f"{spec}.json"
        if not path.exists():
            continue
        for case in json.loads(path.read_text("utf-8")):
            peer_skips = "python" in (case.get("NotSupported", "") + case.get("NotSupportedByDesign", ""))
            for r in case["Results"]:
                res = r.get("Resolution") or {}
                start, end = int(r["Start"]), int(r["End"]) + 1
                suite = f"recognizers/{label}" + ("  (peer: not supported)" if peer_skips else "")
                if peer_skips:
                    unsupported[label] = unsupported.get(label, 0) + 1
                value = res.get("value")
                if value is None:
                    continue
                if label == "number range":
                    m = _INTERVAL_RE.match(value)
                    if m is None:
                        continue
                    lo = float(m.group(2)) if m.group(2) else None
                    hi = float(m.group(3)) if m.group(3) else None
                    if lo is not None and hi is not None:
                        shape = "point" if lo == hi else "range"
                    elif lo is not None:
                        shape = "at_least" if m.group(1) == "[" else "more_than"
                    else:
                        shape = "at_most" if m.group(4) == "]" else "less_than"
                    out.append(Expect(suite, case["Input"], start, end, lo, hi, shape, None, value))
                    continue
                try:
                    number = float(str(value).rstrip("%"))
                except ValueError:
                    continue  # "null": a spec with no value to compare
                if label == "currency":
                    unit = money_unit(res.get("unit", ""), res.get("isoCurrency") or None) or ("unknown", res.get("unit"))
                elif label == "dimension":
                    found = pint_units(res.get("unit", ""))
                    unit = ("pint", found, *_ALSO_MEANT.get(res.get("unit", ""), ())) if found is not None \
                        else ("unknown", res.get("unit"))
                elif label == "percent":
                    unit = "percent"
                else:
                    unit = None
                out.append(Expect(suite, case["Input"], start, end, number, number, "point", unit,
                                  res.get("unit") or str(value)))
    return out, unsupported


# ------------------------------------------------------------------------------------------- the peers


@dataclass(frozen=True)
class PeerFigure:
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str | None


def quantulum3_peer() -> Callable[[str], list[PeerFigure]]:
    from quantulum3 import parser

    def run(text: str) -> list[PeerFigure]:
        out = []
        for q in parser.parse(text):
            spread = float(q.uncertainty or 0)
            out.append(PeerFigure(q.span[0], q.span[1], q.value - spread, q.value + spread, q.unit.name))
        return out

    return run


def recognizers_peer(label: str) -> Callable[[str], list[PeerFigure]] | None:
    try:
        import recognizers_suite as rs
        from recognizers_text import Culture
    except ImportError:
        return None
    fn = {"currency": rs.recognize_currency, "dimension": rs.recognize_dimension, "number": rs.recognize_number,
          "percent": rs.recognize_percentage}.get(label)
    if fn is None:
        return None  # the Python release has no number-range model

    def run(text: str) -> list[PeerFigure]:
        out = []
        for r in fn(text, Culture.English):
            res = r.resolution or {}
            try:
                v = float(str(res.get("value")).rstrip("%"))
            except ValueError:
                continue
            out.append(PeerFigure(r.start, r.end + 1, v, v, res.get("unit") or str(res.get("value"))))
        return out

    return run


def peer_meets(e: Expect, found: Iterable[PeerFigure]) -> bool:
    for f in found:
        if f.start < e.end and e.start < f.end and (e.peer_unit is None or f.unit == e.peer_unit
                                                   or e.suite.startswith("recognizers/number")
                                                   or e.suite.startswith("recognizers/percent")):
            if e.shape == "range" and close(f.low, e.low) and close(f.high, e.high):
                return True
            if e.shape == "point" and close((f.low + f.high) / 2 if f.low is not None and f.high is not None else None, e.low):
                return True
    return False


# ------------------------------------------------------------------------------------------- report


def score(cases: list[Expect], peer_for: Callable[[str], Callable[[str], list[PeerFigure]] | None],
          show: bool) -> list[tuple[str, int, int, int, str]]:
    """Per suite: (suite, in-mission expectations, Crosscount's passes, the peer's passes, note)."""
    import crosscount

    rows: dict[str, list[int]] = {}
    claims_of: dict[str, list[Any]] = {}
    peer_of: dict[tuple[str, str], list[PeerFigure] | None] = {}
    for e in cases:
        if out_of_mission(e):
            continue
        if e.text not in claims_of:
            claims_of[e.text] = crosscount.extract(e.text)
        ours = any(claim_meets(e, c) for c in claims_of[e.text])
        peer = peer_for(e.suite)
        key = (e.suite, e.text)
        if key not in peer_of:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                peer_of[key] = peer(e.text) if peer is not None and "not supported" not in e.suite else None
        theirs = peer_of[key] is not None and peer_meets(e, peer_of[key] or [])
        row = rows.setdefault(e.suite, [0, 0, 0, 1 if peer_of[key] is not None else 0])
        row[0] += 1
        row[1] += ours
        row[2] += theirs
        if show and not ours:
            got = "; ".join(f"{c.text!r} {c.bound} {c.low}-{c.high} {c.unit}" for c in claims_of[e.text]) or "nothing"
            print(f"MISS [{e.suite}] {digest(e.text)} {e.text[:110]!r}\n     want {e.text[e.start:e.end]!r} "
                  f"{e.shape} {e.low}-{e.high} {e.peer_unit}; got {got}")
    return [(s, n, ours, theirs, "" if has_peer else "peer: not run") for s, (n, ours, theirs, has_peer) in sorted(rows.items())]


def main() -> int:
    show = "--list" in sys.argv
    q3 = quantulum3_cases()
    q3_peer = quantulum3_peer()
    table = score(q3, lambda suite: q3_peer, show)
    if RECOGNIZERS_DIR.is_dir():
        rt, _ = recognizers_cases(RECOGNIZERS_DIR)
        peers: dict[str, Callable[[str], list[PeerFigure]] | None] = {}

        def peer_for(suite: str) -> Callable[[str], list[PeerFigure]] | None:
            label = suite.split("/", 1)[1].split("  ")[0]
            if label not in peers:
                peers[label] = recognizers_peer(label)
            return peers[label]

        table += score(rt, peer_for, show)
    else:
        print(f"(Recognizers-Text specs not found at {RECOGNIZERS_DIR}: skipped)")
    if "--table" in sys.argv:
        for suite, n, ours, theirs, note in table:
            peer = f"the peer itself {theirs}/{n} ({theirs / n:.0%})" if not note else "the peer does not support these"
            print(f"peer suite, {suite.split('  ')[0]}{' (unsupported by the peer)' if note else ''}\t"
                  f"{ours}/{n} ({ours / n:.0%})\t{peer}")
        return 0
    print(f"{'suite':48} {'cases':>6} {'crosscount':>12} {'peer':>12}")
    totals: dict[str, list[int]] = {}
    for suite, n, ours, theirs, note in table:
        peer = f"{theirs} ({theirs / n:.0%})" if not note else "-"
        print(f"{suite:48} {n:6} {ours:5} ({ours / n:4.0%}) {peer:>12} {note}")
        family = suite.split("/")[0]
        t = totals.setdefault(family, [0, 0])
        t[0] += n
        t[1] += ours
    for family, (n, ours) in totals.items():
        print(f"{family + ' (all)':48} {n:6} {ours:5} ({ours / n:4.0%})")
    print(f"{len(OUT_OF_MISSION)} cases outside the mission, not counted (see OUT_OF_MISSION)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
