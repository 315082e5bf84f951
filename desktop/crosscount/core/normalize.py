"""Putting figures on one scale: money in the base currency at the rate of the figure's date, quantities
in the analyst's unit system. Fills ``Claim.normalized`` and the conversion-mismatch flag.

Which date a money figure is converted at: its ``as_of`` (the 15th for a month, 1 July for a year),
else the newest rate; ``normalized.rate.basis`` says which ("as_of" or "latest").
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .extract.dates import midpoint, parse_iso
from .model import Claim
from .rates import NoRate, RateBook, latest_date
from .units import factor, preferred_unit

if TYPE_CHECKING:
    from .pipeline import Settings

MISMATCH_TOLERANCE = 0.25
# "195,000 rubles (about $2,000)": what may stand between a figure and the article's own conversion of it.
_CONVERSION_GAP_RE = re.compile(r"^\s*(?:\(|\[|,|–|—|-|or|i\.e\.)\s*(?:or\s+)?$")


def rate_date(claim: Claim) -> tuple[date, str]:
    """(date to convert at, basis) for a claim."""
    return _rate_date(claim.as_of)


@lru_cache(maxsize=4096)
def _rate_date(as_of: str | None) -> tuple[date, str]:
    when = midpoint(as_of)
    return (when, "as_of") if when is not None else (latest_date(), "latest")


def _scale(value: float | None, k: float) -> float | None:
    """``value`` in the target unit; None past what a float holds ("1e308 in" in millimetres), never infinity."""
    scaled = None if value is None else value * k
    return scaled if scaled is None or math.isfinite(scaled) else None


def normalize_money(claim: Claim, book: RateBook, published: str | None = None) -> dict[str, Any]:
    """Money in the base currency at the claim's date, or at ``published`` when that is given."""
    assert claim.unit is not None
    when, basis = rate_date(claim)
    if published and parse_iso(published) is not None:
        when, basis = parse_iso(published) or when, "published"
    try:
        k, src, dst = book.convert_factor(claim.unit, when)
    except NoRate as exc:
        return {"low": None, "high": None, "estimate": None, "unit": book.base, "rate": None, "error": str(exc)}
    return {
        "low": _scale(claim.low, k), "high": _scale(claim.high, k), "estimate": _scale(claim.estimate, k),
        "unit": book.base,
        "rate": {"from": claim.unit, "to": book.base, "value": src.units_per_usd / dst.units_per_usd,
                 "date": src.date, "source": src.source if dst.source in ("fixed", src.source) else f"{src.source}+{dst.source}",
                 "stale": src.stale or dst.stale, "basis": basis, "asked": when.isoformat(),
                 "note": src.note or dst.note},
    }


def normalize_quantity(claim: Claim, system: str) -> dict[str, Any]:
    assert claim.unit is not None
    target = preferred_unit(claim.unit, system)
    k = factor(claim.unit, target) if target != claim.unit else 1.0
    return {"low": _scale(claim.low, k), "high": _scale(claim.high, k), "estimate": _scale(claim.estimate, k),
            "unit": target, "rate": None}


NormalizeCache = dict[int, tuple[Claim, Claim]]  # id(claim as given) → (that claim, normalized)


def normalize_claims(claims: list[Claim], settings: Settings, texts: Mapping[str, str] | None = None,
                     book: RateBook | None = None, cache: NormalizeCache | None = None,
                     published: Mapping[str, str | None] | None = None) -> list[Claim]:
    """Every claim with ``normalized`` filled; money converted once per currency and date.

    ``cache`` (kept by the caller for one set of settings) reuses the result for a claim object seen
    before: after an edit, only the edited claims are normalized again."""
    book = book or RateBook(settings.base_currency, settings.rate_overrides, settings.rate_notes)
    at_publication = settings.rate_date == "published" and published is not None
    out: list[Claim] = []
    for c in claims:
        hit = cache.get(id(c)) if cache is not None else None
        if hit is not None and hit[0] is c:
            out.append(hit[1])
            continue
        if c.kind == "money" and c.unit:
            norm = normalize_money(c, book, published.get(c.article) if at_publication and published else None)
        elif c.kind == "quantity" and c.unit:
            norm = normalize_quantity(c, settings.unit_system)
        elif c.unit == "basis_point":  # "raised rates by 350 basis points" compares with "by 3.5 percentage points"
            norm = {"low": _scale(c.low, 0.01), "high": _scale(c.high, 0.01), "estimate": _scale(c.estimate, 0.01),
                    "unit": "percentage_point", "rate": None}
        else:
            norm = {"low": c.low, "high": c.high, "estimate": c.estimate, "unit": c.unit, "rate": None}
        done = c.evolve(normalized=norm)
        if cache is not None:
            cache[id(c)] = (c, done)
        out.append(done)
    return flag_conversions(out, texts or {})


def flag_conversions(claims: list[Claim], texts: Mapping[str, str]) -> list[Claim]:
    """Flag a figure whose article converts it itself at a rate more than 25% off the historical one."""
    flagged: dict[str, tuple[str, ...]] = {}
    for a, b in zip(claims, claims[1:], strict=False):
        if a.article != b.article or a.kind != "money" or b.kind != "money" or a.unit == b.unit:
            continue
        text = texts.get(a.article)
        if text is None or not _CONVERSION_GAP_RE.match(text[a.end: b.start]):
            continue
        va, vb = _point(a), _point(b)
        if not va or not vb:
            continue
        ratio = va / vb
        if abs(ratio - 1) > MISMATCH_TOLERANCE:
            note = f"conversion mismatch: the article's {a.text} ≈ {b.text} is {abs(ratio - 1):.0%} off the historical rate"
            for c in (a, b):
                flagged[c.id] = (*c.flags, note)
    return [c.evolve(flags=flagged[c.id]) if c.id in flagged else c for c in claims]


def _point(c: Claim) -> float | None:
    n = c.normalized or {}
    for key in ("estimate", "low", "high"):
        if n.get(key) is not None:
            return float(n[key])
    return None
