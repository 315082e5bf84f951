"""The data flow of DESIGN.md as plain functions: load → extract → annotate → normalize → compare.

The command line, the tests and the window all call these; the window only runs them on a worker thread.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from itertools import groupby
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from . import articles as loaders
from .compare import compare
from .edits import Edits, apply_to_articles, apply_to_claims
from .extract.figures import extract
from .model import Article, Claim, Group
from .workers import bounded_map

if TYPE_CHECKING:
    from .normalize import NormalizeCache

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The analyst's Cancel stopped an analysis (``analyze_articles``'s ``cancelled`` said so)."""


@dataclass(frozen=True)
class Settings:
    """What the analyst decides, and every stage reads."""

    base_currency: str = "USD"
    unit_system: str = "metric"  # or "imperial"
    rate_overrides: Mapping[tuple[str, str], float] = field(default_factory=dict)  # (code, date) → units per USD
    rate_notes: Mapping[tuple[str, str], str] = field(default_factory=dict)  # why the analyst set that rate
    rate_date: str = "as_of"  # convert money at the figure's own date ("as_of") or the article's ("published")

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (project files, QSettings)."""
        return {"base_currency": self.base_currency, "unit_system": self.unit_system, "rate_date": self.rate_date,
                "rate_overrides": [[code, day, value, self.rate_notes.get((code, day), "")]
                                   for (code, day), value in self.rate_overrides.items()]}

    def with_rate_override(self, code: str, day: str, value: str | float, note: str = "") -> Settings:
        """These settings with the analyst's rate for one currency and date; ValueError says what is wrong."""
        from .extract.currencies import codes
        from .extract.dates import parse_iso

        code = code.strip().upper()
        if code not in codes():
            raise ValueError(f"'{code}' is not a currency code")
        if parse_iso(day) is None or len(day.strip()) != 10:
            raise ValueError(f"'{day}' is not a date; write it as YYYY-MM-DD")
        try:
            rate = float(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a number") from None
        if not rate > 0:
            raise ValueError("a rate must be a positive number of units per US dollar")
        key = (code, day.strip())
        notes = {**self.rate_notes, key: note} if note else dict(self.rate_notes)
        return replace(self, rate_overrides={**self.rate_overrides, key: rate}, rate_notes=notes)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Settings:
        rows = [list(row) + [""] * (4 - len(row)) for row in data.get("rate_overrides", [])]
        overrides = {(str(code), str(day)): float(value) for code, day, value, _note in rows}
        notes = {(str(code), str(day)): str(note) for code, day, _value, note in rows if note}
        return cls(base_currency=str(data.get("base_currency", "USD")),
                   unit_system=str(data.get("unit_system", "metric")), rate_overrides=overrides, rate_notes=notes,
                   rate_date=str(data.get("rate_date", "as_of")))


@dataclass(frozen=True)
class Analysis:
    articles: list[Article]
    claims: list[Claim]
    groups: list[Group]

    @property
    def errors(self) -> list[Article]:
        return [a for a in self.articles if a.error]


EARLIEST_PUBLISHED = 1800  # the first year the core reads in text (dates._YEAR); an earlier one is a typo


def published_iso(value: object) -> str | None:
    """A publication date given by a caller, as the core keeps it ("2023-08-07"), from a ``date``, a
    ``datetime`` or ISO text; None stays None. Anything else is a TypeError and text that is not a real
    date a ValueError, each with a sentence: an unreadable date must never become the claims' as-of date
    (nor money be converted at the newest rate because of it)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, str):
        text = value.strip()
        try:
            day = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(f"'{value}' is not a date; write the publication date as YYYY-MM-DD, "
                             "for example 2023-08-07") from None
    else:
        raise TypeError(f"the publication date must be a str, datetime.date or datetime.datetime, "
                        f"not {type(value).__name__}")
    if day.year < EARLIEST_PUBLISHED:
        raise ValueError(f"{day.isoformat()} is before {EARLIEST_PUBLISHED}; is the year mistyped?")
    return day.isoformat()


def extract_text(text: str, published: str | None = None, article_id: str = "a1", lang: str | None = None) -> list[Claim]:
    """Claims with their semantic fields (category, subject, source, as_of); not yet normalized. ``lang``:
    the article's language as the analyst set it (None: each paragraph's is detected)."""
    return extract(text, published=published, article_id=article_id, lang=lang)


def origin_id(origin: str) -> str:
    """An article id derived from where the article came from: a URL as given, a file by its absolute path.
    The same input gets the same id in every run and shard, and different inputs (almost surely: 64 bits)
    different ones; the form "a_" + hex never reads as the window's numbered ids ("a12")."""
    key = origin if re.match(r"(?i)^https?://", origin) else os.path.abspath(origin)
    return "a_" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def text_id(text: str) -> str:
    """The id of pasted text, derived from the text itself (see ``articles.text_fingerprint``)."""
    return "a_" + loaders.text_fingerprint(text)[:16]


PARALLEL_FROM = 40  # inputs; below this, starting worker processes costs more than it saves


def input_failed(item: str, article_id: str, exc: Exception) -> Article:
    """The last guard at one input's boundary: a defect met on it (in a loader or in extraction) becomes
    that input's error sentence, so that one input never ends a run over many."""
    url = item if re.match(r"(?i)^https?://", item) else None
    return Article(id=article_id, title=item, path=None if url else item, url=url,
                   error=f"Crosscount could not process this input ({type(exc).__name__}: {str(exc)[:200]}).")


def _load_and_extract(job: tuple[str, str], cancelled: Callable[[], bool] | None = None) -> tuple[Article, list[Claim]]:
    """One input (path or URL, article id), read and extracted (in a worker process for large batches);
    ``cancelled`` (in this process only) stops its loading too, not only the inputs after it."""
    item, article_id = job
    try:
        article = loaders.load(item, article_id=article_id, cancelled=cancelled)
        return article, claims_of(article)
    except Exception as exc:  # see input_failed
        return input_failed(item, article_id, exc), []


def load_and_extract(inputs: Iterable[str], progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None, first_id: int | None = 1,
                     seen: set[str] | None = None, workers: int | None = None,
                     skipped: list[str] | None = None) -> list[tuple[Article, list[Claim]]]:
    """Load files, folders and URLs and extract their claims, in input order (``skipped``: see
    ``articles.expand_inputs``).

    The same text twice is one article; an input that fails carries its error. From ``PARALLEL_FROM``
    inputs on, the work is spread over the machine's cores (see ``workers.bounded_map``); ``cancelled``
    is checked between inputs either way. Articles are numbered from ``first_id`` in input order (a
    dropped duplicate leaves a gap rather than renumbering the others), or with ``first_id=None`` get the
    id of their origin (``origin_id``), the same in every run."""
    paths = list(loaders.expand_inputs(list(inputs), skipped))
    seen = set() if seen is None else seen
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if len(paths) < PARALLEL_FROM:
        workers = 1
    ids = [origin_id(p) if first_id is None else f"a{first_id + i}" for i, p in enumerate(paths)]
    out: list[tuple[Article, list[Claim]]] = []
    work = partial(_load_and_extract, cancelled=cancelled) if workers == 1 else _load_and_extract
    for n, (_job, result) in enumerate(bounded_map(work, zip(paths, ids, strict=True), workers, stop=cancelled)):
        article = result[0]
        if not article.error:
            fingerprint = loaders.text_fingerprint(article.text)
            if fingerprint in seen:
                continue
            seen.add(fingerprint)
        out.append(result)
        if progress is not None:
            progress(n + 1, len(paths), paths[n])
    return out


def load_inputs(inputs: Iterable[str], progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None, first_id: int = 1,
                seen: set[str] | None = None) -> list[Article]:
    """Load files, folders and URLs (articles only; see load_and_extract)."""
    return [a for a, _ in load_and_extract(inputs, progress, cancelled, first_id, seen)]


def next_article_number(articles: Iterable[Article]) -> int:
    """The number the next loaded article gets (numbers can have gaps where duplicates were dropped)."""
    numbers = [int(a.id[1:]) for a in articles if a.id[1:].isdigit()]
    return max(numbers, default=0) + 1


def claims_of(article: Article) -> list[Claim]:
    if article.error or not article.text:
        return []
    return extract_text(article.text, published=article.published, article_id=article.id, lang=article.lang)


ExtractionCache = dict[tuple[str, str | None, str | None], list[Claim]]


def analyze_articles(arts: list[Article], settings: Settings | None = None, edits: Edits | None = None,
                     cache: ExtractionCache | None = None, normalized: NormalizeCache | None = None,
                     progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Analysis:
    """Claims of every article with the analyst's edits applied, normalized and grouped.

    ``cache`` (article id and publication date → extracted claims) spares extracting again after an
    edit; a corrected publication date extracts again, since it decides what dates without a year mean.
    ``normalized`` likewise spares normalizing unchanged claims (it must be emptied when settings change).
    The claims are normalized article by article: ``progress`` hears of each, and ``cancelled``, asked after
    each, stops the analysis with ``Cancelled`` (a change of settings normalizes every claim again: seconds
    for 90,000)."""
    from .normalize import normalize_claims
    from .rates import RateBook

    settings = settings or Settings()
    edits = edits or Edits()
    once: dict[str, Article] = {}
    for a in arts:  # the same article given twice counts once
        once.setdefault(a.id, a)
    arts = apply_to_articles(list(once.values()), edits)
    claims: list[Claim] = []
    for a in arts:
        key = (a.id, a.published, a.lang)
        if cache is not None and key in cache:
            found = cache[key]
        else:
            found = claims_of(a)
            if cache is not None:
                cache[key] = found
        claims.extend(found)
    claims = apply_to_claims(claims, edits)  # (each article's claims together, in text order)
    texts, titles = {a.id: a.text for a in arts}, {a.id: a.title or a.id for a in arts}
    published = {a.id: a.published for a in arts}
    book = RateBook(settings.base_currency, settings.rate_overrides, settings.rate_notes)
    runs = [list(run) for _article, run in groupby(claims, key=attrgetter("article"))]
    claims = []
    for n, run in enumerate(runs, 1):
        claims.extend(normalize_claims(run, settings, texts, book, cache=normalized, published=published))
        if progress is not None:
            progress(n, len(runs), titles[run[0].article])
        if cancelled is not None and cancelled():
            raise Cancelled
    claims, groups = compare(claims, edits.overrides(), edits.group_labels)
    return Analysis(articles=arts, claims=claims, groups=groups)


def analyze(inputs: Iterable[str], settings: Settings | None = None,
            published: str | None = None, workers: int | None = None) -> Analysis:
    """Everything the command line needs from a list of inputs (``published``: see ``published_iso``).
    Articles get the ids of their origins, the same in every run (``origin_id``)."""
    published = published_iso(published)
    loaded = load_and_extract(inputs, first_id=None, workers=workers)
    arts = [a for a, _ in loaded]
    if published:  # a publication date given on the command line: extract again with it
        arts = [replace(a, published=published, published_inferred=False) if not a.error else a for a in arts]
        return analyze_articles(arts, settings)
    return analyze_articles(arts, settings, cache={(a.id, a.published, a.lang): claims for a, claims in loaded})
