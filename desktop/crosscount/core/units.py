"""The app's one pint UnitRegistry, and converting quantities to the analyst's preferred units.

Quantities of two registries cannot be combined, so every part of Crosscount asks ``registry()`` for
the same one. Building it costs ~0.1 s and importing pint ~0.25 s, so both wait for the first quantity.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from .extract import currencies

# Where a figure is converted to, by the unit it was written in: (metric, imperial).
PREFERRED: dict[str, tuple[str, str]] = {
    "kilometer": ("kilometer", "mile"), "meter": ("kilometer", "mile"), "mile": ("kilometer", "mile"),
    "nautical_mile": ("kilometer", "mile"), "yard": ("kilometer", "mile"), "foot": ("kilometer", "mile"),
    "millimeter": ("millimeter", "inch"), "centimeter": ("millimeter", "inch"), "inch": ("millimeter", "inch"),
    "kilometer ** 2": ("kilometer ** 2", "mile ** 2"), "mile ** 2": ("kilometer ** 2", "mile ** 2"),
    "meter ** 2": ("kilometer ** 2", "mile ** 2"), "hectare": ("hectare", "acre"), "acre": ("hectare", "acre"),
    "kilometer ** 3": ("kilometer ** 3", "mile ** 3"), "meter ** 3": ("meter ** 3", "foot ** 3"),
    "metric_ton": ("metric_ton", "short_ton"), "short_ton": ("metric_ton", "short_ton"),
    "kilogram": ("kilogram", "pound"), "gram": ("kilogram", "pound"), "pound": ("kilogram", "pound"),
    "liter": ("liter", "gallon"), "gallon": ("liter", "gallon"),
    "kilometer_per_hour": ("kilometer_per_hour", "mile_per_hour"), "mile_per_hour": ("kilometer_per_hour", "mile_per_hour"),
}


@cache
def registry() -> Any:
    """The one UnitRegistry: pint's defaults, resources/data/units.txt, and one unit per currency code."""
    import pint

    ureg: Any = pint.UnitRegistry(cache_folder=None)
    definitions = resources.files("crosscount.resources").joinpath("data/units.txt").read_text("utf-8")
    for line in definitions.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            ureg.define(line)
    for code in [*currencies.table()["codes"], *currencies.table()["withdrawn"], *currencies.table()["tickers"]]:
        if code != "USD" and code not in ureg:
            ureg.define(f"{code} = nan USD")
    return ureg


@cache
def factor(from_unit: str, to_unit: str) -> float:
    """How many ``to_unit`` one ``from_unit`` is (looked up once per pair)."""
    ureg = registry()
    return float(ureg.Quantity(1.0, from_unit).to(to_unit).magnitude)


def preferred_unit(unit: str, system: str) -> str:
    """The unit a quantity written in ``unit`` is shown in, for the "metric" or "imperial" system."""
    metric, imperial = PREFERRED.get(unit, (unit, unit))
    return imperial if system == "imperial" else metric
