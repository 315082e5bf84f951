"""The stored rate table (resources/data/rates.bin) holds exactly the sources' rates, and a rate read from
it is the one the sources give (regenerate it with `python -m crosscount.core.rate_tables`)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from crosscount.core import rate_tables
from crosscount.core.rates import RateBook, _ecb_rate


def test_the_stored_file_equals_one_built_from_the_sources_now():
    stored = rate_tables._data().joinpath(rate_tables.FILE).read_bytes()
    assert stored == rate_tables.build(), "regenerate it: python -m crosscount.core.rate_tables"


def test_every_nbp_series_reads_back_as_the_csv_gives_it():
    for code, (days, values) in rate_tables.read_nbp().items():
        assert rate_tables.series("NBP", code) == (days, values), code


def test_ecb_rates_are_what_currency_converter_gives_on_any_day():
    """The stored ECB series against CurrencyConverter itself, on random days (weekends, holidays, before
    and after the data), stepping back over days without a rate as the conversion always has."""
    from currency_converter import CurrencyConverter, RateNotFoundError

    ecb = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    rng = random.Random(7)
    codes = sorted(ecb.currencies - {"USD"})
    for _ in range(3000):
        code = rng.choice(codes)
        day = date(1998, 12, 1) + timedelta(days=rng.randrange(0, 10_500))
        first = max(ecb.bounds[code].first_date, ecb.bounds["USD"].first_date)
        last = min(ecb.bounds[code].last_date, ecb.bounds["USD"].last_date)
        expected = None
        if day >= first:
            probe = min(day, last)
            for _step in range(14):
                try:
                    expected = (probe.isoformat(), ecb.convert(1.0, "USD", code, date=probe), day > last)
                    break
                except RateNotFoundError:
                    probe -= timedelta(days=1)
        rate = _ecb_rate(code, day)
        got = None if rate is None else (rate.date, rate.units_per_usd, rate.stale)
        assert got == expected, (code, day)


def test_a_ratio_of_two_rates_converts_between_two_non_dollar_currencies():
    book = RateBook("GBP")
    k, src, dst = book.convert_factor("EUR", date(2023, 8, 4))
    assert k == pytest.approx(dst.units_per_usd / src.units_per_usd) and 0.8 < k < 0.9  # 1 EUR ≈ 0.86 GBP
    assert book.convert_factor("GBP", date(2023, 8, 4))[0] == 1.0
