"""Shared fixtures. Every test runs with Qt offscreen and settings in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "kazakhstan-recruitment.txt"


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """The accuracy figures of the labelled corpus, at the end of every run that scored it."""
    summary = getattr(config, "corpus_summary", None)
    if summary:
        terminalreporter.write_sep("-", "labelled corpus")
        terminalreporter.write_line(summary)


def pytest_configure(config):
    """`make test-compiled` sets CROSSCOUNT_COMPILED: then the tests must really run the compiled core."""
    if os.environ.get("CROSSCOUNT_COMPILED"):
        from importlib.machinery import EXTENSION_SUFFIXES

        import crosscount.core.extract.figures

        where = crosscount.core.extract.figures.__file__ or ""
        if not where.endswith(tuple(EXTENSION_SUFFIXES)):
            raise pytest.UsageError(f"CROSSCOUNT_COMPILED is set but the core came from {where}")
