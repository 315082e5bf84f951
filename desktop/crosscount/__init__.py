"""Crosscount: compare the figures that news articles report.

The public API is three plain functions over the Qt-free core. They import their stage on first call so
that ``import crosscount`` stays cheap for the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .core.model import Article, Claim, Group

__version__ = "0.1.0"
__all__ = ["__version__", "compare", "extract", "load"]


def extract(text: str, published: str | None = None) -> list[Claim]:
    """Every numeric claim in ``text`` with its span, value or range, bound, unit, and what it counts."""
    from .core.pipeline import extract_text

    return extract_text(text, published=published)


def load(path_or_url: str) -> Article:
    """Read one file or URL into an Article; a failure comes back as an Article with ``error`` set."""
    from .core.articles import load as _load

    return _load(path_or_url)


def compare(articles: list[Article]) -> list[Group]:
    """Groups of comparable claims across the given articles."""
    from .core.pipeline import analyze_articles

    return analyze_articles(articles).groups
