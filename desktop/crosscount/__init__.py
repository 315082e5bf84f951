"""Crosscount: compare the figures that news articles report.

The public API is three plain functions over the Qt-free core. They import their stage on first call so
that ``import crosscount`` stays cheap for the command line.
"""

from __future__ import annotations

import datetime
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .core.model import Article, Claim, Group

__version__ = "0.1.0"
__all__ = ["__version__", "compare", "extract", "load"]


def extract(text: str, published: str | datetime.date | None = None) -> list[Claim]:
    """Every numeric claim in ``text`` with its span, value or range, bound, unit, and what it counts.

    ``published`` (a ``date``, a ``datetime`` or "YYYY-MM-DD") resolves dates written without a year and is
    the as-of date of figures that state none; anything else is a TypeError, an impossible date a ValueError."""
    from .core.pipeline import extract_text, published_iso

    if not isinstance(text, str):
        raise TypeError(f"extract() takes the article's text as a str, not {type(text).__name__}")
    return extract_text(text, published=published_iso(published))


def load(path_or_url: str | os.PathLike[str], article_id: str | None = None) -> Article:
    """Read one file or URL into an Article; a failure comes back as an Article with ``error`` set.

    Its id is ``article_id`` when given, else one derived from the path or URL (the same input always
    gets the same id, so claims from separate runs never collide)."""
    from .core.articles import load as _load
    from .core.model import Article
    from .core.pipeline import origin_id

    if not isinstance(path_or_url, str | os.PathLike):
        raise TypeError(f"load() takes a path or a URL, not {type(path_or_url).__name__}")
    where = os.fspath(path_or_url)
    if not isinstance(where, str):
        where = os.fsdecode(where)
    ident = article_id or origin_id(where)
    if not where.strip():
        return Article(id=ident, error="No file or address was given.")
    return _load(where, article_id=ident)


def compare(articles: list[Article]) -> list[Group]:
    """Groups of comparable claims across the given articles (an article given twice counts once)."""
    from .core.pipeline import analyze_articles

    return analyze_articles(articles).groups
