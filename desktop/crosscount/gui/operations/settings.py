"""What the analyst decides for the whole project: the base currency, the units, the date money is
converted at and the rates it overrides (each one undo step; a large project is analysed again in the
background, with progress and Cancel)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from ...core.extract.currencies import codes as currency_codes
from ...core.pipeline import Settings
from .analysis import change

if TYPE_CHECKING:
    from ..main_window import MainWindow


def use_settings(win: MainWindow, settings: Settings, text: str = "Change settings") -> None:
    if settings != win.settings:
        win.store.setValue("settings", settings.as_dict())  # the analyst's preference for new projects
        change(win, replace(win.workspace.state, settings=settings), text)


def set_settings(win: MainWindow, **values: object) -> None:
    use_settings(win, Settings.from_dict({**win.settings.as_dict(), **values}),
                 "Set " + ", ".join(f"{k.replace('_', ' ')} to {v}" for k, v in values.items()))


def override_rate(win: MainWindow, code: str, day: str, value: str, note: str = "") -> None:
    try:
        use_settings(win, win.settings.with_rate_override(code, day, value, note), f"Rate of {code} on {day}")
    except ValueError as exc:
        win.say(str(exc))


def base_currency_dialog(win: MainWindow) -> None:
    codes = sorted(currency_codes())
    code, ok = QInputDialog.getItem(win, "Base currency", "Convert money to:", codes,
                                    codes.index(win.settings.base_currency), False)
    if ok:
        set_settings(win, base_currency=code)


def rate_override_dialog(win: MainWindow) -> None:
    text, ok = QInputDialog.getText(win, "Override an exchange rate",
                                    "Currency, date, units per US dollar and a note "
                                    "(e.g. RUB 2023-08-15 92.5 Bank of Russia official rate):")
    parts = text.split(maxsplit=3)
    if ok and len(parts) >= 3:
        override_rate(win, *parts)
