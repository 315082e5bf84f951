"""Streaming extraction for archives too large to hold: ``crosscount extract … --format jsonl``.

Each input is loaded, extracted and normalized on its own (in a worker process when ``jobs`` > 1) and
comes back as finished JSON lines: ``{"type": "article", …}`` and then one ``{"type": "claim", …}`` per
claim, with the fields of the ``crosscount/1`` document's entries. Only a bounded number of inputs is in
flight and nothing is kept once written except one fingerprint per article (the same text twice is one
article), so memory stays flat however many inputs there are. Groups need every claim at once, so this
path leaves them out (``crosscount batch`` builds them as a reduction).

Article ids come from each input's origin (``pipeline.origin_id``), so lines from different runs and
shards of one archive never collide.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from . import articles as loaders
from .model import Article, Claim
from .pipeline import Settings, claims_of, input_failed, origin_id
from .rates import RateBook
from .workers import bounded_map

_BOOKS: dict[str, RateBook] = {}  # one RateBook per settings in each process: rates are looked up once


@dataclass(frozen=True)
class Done:
    """One input, finished: its JSON lines (article first), and what the caller reports."""

    input: str
    lines: str
    fingerprint: str | None  # of the text, for dropping the same article given twice; None for an error
    error: str | None


def article_line(article: Article) -> dict[str, Any]:
    """An article's line: its entry in the crosscount/1 document, typed."""
    return {"type": "article", **article.as_dict()}


def claim_line(claim: Claim) -> dict[str, Any]:
    """A claim's line: its entry in the crosscount/1 document, typed (``export.claim_record`` is the flat row)."""
    return {"type": "claim", **claim.as_dict()}


def _book(settings: Settings) -> RateBook:
    key = json.dumps(settings.as_dict(), sort_keys=True)
    book = _BOOKS.get(key)
    if book is None:
        book = _BOOKS[key] = RateBook(settings.base_currency, settings.rate_overrides, settings.rate_notes)
    return book


def process(item: str, settings: Settings, published: str | None = None,
            article_id: str | None = None) -> tuple[Article, list[Claim]]:
    """One input loaded, extracted and normalized (``published``, when given, replaces the article's date)."""
    from .normalize import normalize_claims

    ident = article_id or origin_id(item)
    try:
        article = loaders.load(item, article_id=ident)
        if published and not article.error:
            article = replace(article, published=published, published_inferred=False)
        claims = normalize_claims(claims_of(article), settings, {article.id: article.text}, book=_book(settings),
                                  published={article.id: article.published})
    except Exception as exc:  # see pipeline.input_failed
        return input_failed(item, ident, exc), []
    return article, claims


def records(item: str, settings: Settings, published: str | None = None) -> tuple[Article, list[dict[str, Any]]]:
    """One input, processed, as its JSON records: the article's, then one per claim."""
    article, claims = process(item, settings, published)
    return article, [article_line(article), *(claim_line(c) for c in claims)]


def fingerprint(article: Article) -> str | None:
    """The same article text, the same fingerprint (whitespace and case aside); None for a failed input."""
    return None if article.error else loaders.text_fingerprint(article.text)


def _finish(job: tuple[str, Settings, str | None]) -> Done:
    item, settings, published = job
    article, found = records(item, settings, published)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
    return Done(item, lines, fingerprint(article), article.error)


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """The inputs with folders replaced by their files, read lazily (the inputs may be a stream)."""
    for item in inputs:
        yield from loaders.expand_inputs([item])


def stream(inputs: Iterable[str], settings: Settings, published: str | None = None, jobs: int = 1,
           in_flight: int | None = None, stop: Callable[[], bool] | None = None) -> Iterator[Done]:
    """Every input, finished, in input order; an article whose text was seen before is left out."""
    seen: set[str] = set()
    jobs_in = ((item, settings, published) for item in expand(inputs))
    for _job, done in bounded_map(_finish, jobs_in, jobs, in_flight, stop):
        if done.fingerprint is not None:
            if done.fingerprint in seen:
                continue
            seen.add(done.fingerprint)
        yield done
