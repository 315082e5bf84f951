"""The PySide6 window. Everything here presents core results; no text parsing or unit conversion."""

from __future__ import annotations

from .main_window import MainWindow

__all__ = ["MainWindow"]
