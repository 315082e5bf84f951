"""Units and currencies with known rates: ECB dates, weekends, NBP for RUB, no-rate state, overrides."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from crosscount.core.extract.figures import extract
from crosscount.core.normalize import normalize_claims
from crosscount.core.pipeline import Settings
from crosscount.core.rates import NoRate, RateBook
from crosscount.core.units import factor


def test_eur_to_usd_on_an_ecb_date_equals_the_ecb_figure():
    k, src, _ = RateBook("USD").convert_factor("EUR", date(2023, 8, 4))
    assert k == pytest.approx(1.0946, abs=1e-9)  # ECB reference rate of 4 August 2023: 1 EUR = 1.0946 USD
    assert (src.source, src.date) == ("ECB", "2023-08-04")


def test_a_saturday_uses_fridays_rate():
    _, src, _ = RateBook("USD").convert_factor("EUR", date(2023, 8, 5))
    assert src.date == "2023-08-04"


def test_rub_in_august_2023_comes_from_nbp():
    rate = RateBook("USD").rate("RUB", date(2023, 8, 15))
    assert rate.source == "NBP" and 90 < rate.units_per_usd < 100


def test_no_rate_is_a_clear_state_not_nan():
    with pytest.raises(NoRate, match="no rate for KPW on 2023-08-03"):
        RateBook("USD").rate("KPW", date(2023, 8, 3))
    north_korean = [replace(c, unit="KPW") for c in extract("North Korea paid 5,000 won.", "2023-08-03")]
    out = normalize_claims(north_korean, Settings())
    assert out[0].normalized["error"] == "no rate for KPW on 2023-08-03" and out[0].normalized["low"] is None


def test_a_currency_the_euro_replaced_converts_at_its_fixed_rate_after_the_changeover():
    book = RateBook("USD")
    for on in (date(2000, 6, 30), date(2021, 7, 1)):  # before the notes went (NBP still quoted them) and long after
        dem, eur = book.rate("DEM", on), book.rate("EUR", on)
        assert dem.units_per_usd == pytest.approx(eur.units_per_usd * 1.95583) and "fixed conversion rate" in dem.note
    assert book.rate("HRK", date(2022, 12, 1)).note is None  # the kuna floated until the euro came on 2023-01-01
    with pytest.raises(NoRate, match="no rate for FRF on 1997-07-01"):  # before the euro and before the data
        book.rate("FRF", date(1997, 7, 1))
    claims = extract("The Bundesbank says 12 billion Deutsche marks were never exchanged.", "2021-07-01")
    out = normalize_claims(claims, Settings())
    assert out[0].unit == "DEM" and out[0].normalized["low"] == pytest.approx(
        12e9 / 1.95583 * RateBook("USD").convert_factor("EUR", date(2021, 7, 1))[0])


def test_an_override_wins():
    book = RateBook("USD", {("RUB", "2023-08-15"): 50.0})
    k, src, _ = book.convert_factor("RUB", date(2023, 8, 15))
    assert src.source == "user" and k == pytest.approx(1 / 50)


def test_units_convert_exactly():
    assert factor("mile", "kilometer") == pytest.approx(1.609344)
    assert factor("short_ton", "metric_ton") == pytest.approx(0.90718474)
    assert factor("kilometer ** 3", "meter ** 3") == pytest.approx(1e9)


def test_claims_carry_rate_and_keep_per():
    claims = extract("Volunteers get 195,000 rubles a month as of August 2023.", "2023-09-01")
    out = normalize_claims(claims, Settings(base_currency="EUR"))
    n = out[0].normalized
    assert n["unit"] == "EUR" and out[0].per == "month"
    assert n["rate"]["from"] == "RUB" and n["rate"]["date"].startswith("2023-08") and "NBP" in n["rate"]["source"]


def test_a_conversion_the_article_gives_is_checked():
    text = "Recruits get 195,000 rubles (about $200) on signing, and 100,000 rubles (about $1,050) later."
    claims = extract(text, "2023-08-15")
    out = normalize_claims(claims, Settings(), {"a1": text})
    by_text = {c.text: c for c in out}
    assert any("conversion mismatch" in f for f in by_text["195,000 rubles"].flags)
    assert not by_text["100,000 rubles"].flags


def test_imperial_system():
    out = normalize_claims(extract("The convoy was 40 km long.", "2023-08-15"), Settings(unit_system="imperial"))
    assert out[0].normalized["unit"] == "mile" and out[0].normalized["low"] == pytest.approx(24.8548, rel=1e-4)


def test_basis_points_compare_as_percentage_points():
    [bp] = normalize_claims(extract("The bank raised its key rate by 350 basis points."), Settings())
    [pp] = normalize_claims(extract("The bank raised its key rate by 3.5 percentage points."), Settings())
    assert (bp.unit, bp.low) == ("basis_point", 350)
    assert bp.normalized["unit"] == pp.normalized["unit"] == "percentage_point"
    assert bp.normalized["low"] == pytest.approx(pp.normalized["low"])


def test_temperatures_keep_the_scale_they_were_written_in():
    [c] = normalize_claims(extract("Temperatures fell to -15C overnight."), Settings(unit_system="imperial"))
    assert (c.low, c.unit) == (-15, "degree_Celsius")
    assert c.normalized["unit"] == "degree_Celsius" and c.normalized["low"] == -15
