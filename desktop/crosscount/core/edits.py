"""The analyst's edits, kept apart from what extraction found.

Extraction can run again at any time (a new version, a corrected publication date) and the edits are
applied on top, by claim id, every time: nothing the analyst did is thrown away. ``Edits`` is immutable,
so an undo step is simply the previous ``Edits`` value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .extract.dates import parse_iso
from .extract.figures import extract, sentence_bounds
from .model import BOUNDS, KINDS, Article, Claim

CLAIM_FIELDS = ("kind", "low", "high", "estimate", "bound", "unit", "per", "category", "subject", "source",
                "as_of", "group", "excluded", "note")
ARTICLE_FIELDS = ("title", "outlet", "author", "url", "published", "lang")
# The languages an article can be set to be read in (None: detected, paragraph by paragraph).
ARTICLE_LANGUAGES = (None, "en", "ru", "uk")


class EditError(ValueError):
    """An edit that cannot be applied, said in words ("'abc' is not a figure")."""


@dataclass(frozen=True)
class Edits:
    claims: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # claim id → field → value
    articles: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # article id → field → value
    added: tuple[Claim, ...] = ()
    group_labels: Mapping[str, str] = field(default_factory=dict)

    def set_claim(self, claim_id: str, **values: Any) -> Edits:
        unknown = set(values) - set(CLAIM_FIELDS)
        if unknown:
            raise EditError(f"these claim fields cannot be edited: {', '.join(sorted(unknown))}")
        if "bound" in values and values["bound"] not in BOUNDS:
            raise EditError(f"'{values['bound']}' is not a bound; use one of {', '.join(BOUNDS)}")
        if "kind" in values and values["kind"] not in KINDS:
            raise EditError(f"'{values['kind']}' is not a kind; use one of {', '.join(KINDS)}")
        _check_date(values.get("as_of"))
        if any(c.id == claim_id for c in self.added):
            added = tuple(c.evolve(**values) if c.id == claim_id else c for c in self.added)
            return replace(self, added=added)
        merged = {**self.claims.get(claim_id, {}), **values}
        return replace(self, claims={**self.claims, claim_id: merged})

    def set_article(self, article_id: str, **values: Any) -> Edits:
        unknown = set(values) - set(ARTICLE_FIELDS)
        if unknown:
            raise EditError(f"these article fields cannot be edited: {', '.join(sorted(unknown))}")
        _check_date(values.get("published"))
        _check_url(values.get("url"))
        if "lang" in values and values["lang"] not in ARTICLE_LANGUAGES:
            raise EditError(f"'{values['lang']}' is not a language Crosscount reads; use en, ru or uk (or none to detect it)")
        merged = {**self.articles.get(article_id, {}), **values}
        return replace(self, articles={**self.articles, article_id: merged})

    def add_claim(self, claim: Claim) -> Edits:
        """A claim the analyst marked; the same words marked twice are refused (one claim, one id)."""
        if any(c.id == claim.id for c in self.added):
            raise EditError(f"'{claim.text}' is already marked as a claim")
        return replace(self, added=(*self.added, claim))

    def name_group(self, key: str, label: str) -> Edits:
        return replace(self, group_labels={**self.group_labels, key: label})

    def overrides(self) -> dict[str, str | None]:
        """Group choices for compare(): the analyst's group, or None for an excluded claim."""
        out: dict[str, str | None] = {}
        for claim_id, values in self.claims.items():
            if values.get("excluded"):
                out[claim_id] = None
            elif "group" in values:
                out[claim_id] = values["group"]
        for c in self.added:
            if c.excluded:
                out[c.id] = None
            elif c.group:
                out[c.id] = c.group
        return out


def _check_date(value: Any) -> None:
    if value is not None and parse_iso(str(value)) is None:
        raise EditError(f"'{value}' is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD")


def _check_url(value: Any) -> None:
    """An article's address is a web address: it becomes a link, and Reload reads it."""
    text = str(value or "")
    if value is not None and not (re.match(r"https?://[^\s/?#]+", text, re.IGNORECASE) and not re.search(r"\s", text)):
        raise EditError(f"'{value}' is not a web address; write it as https://…")


def apply_to_articles(articles: list[Article], edits: Edits) -> list[Article]:
    out = []
    for a in articles:
        values = edits.articles.get(a.id)
        if values:
            changes: dict[str, Any] = dict(values)
            if "published" in values:
                changes["published_inferred"] = False  # the analyst's date is not a guess
            if "outlet" in values:
                changes["outlet_from"] = None  # the analyst's outlet is read from nowhere
            a = replace(a, **changes)
        out.append(a)
    return out


def apply_to_claims(claims: list[Claim], edits: Edits, article: str | None = None) -> list[Claim]:
    """Extracted claims with the analyst's values, plus the claims the analyst added, in text order.
    ``article``: the claims are that one article's, and only its added claims join them (the same claims,
    in the same order, as that article's part of the whole list)."""
    out = [c.evolve(**edits.claims[c.id], edited=True) if c.id in edits.claims else c for c in claims]
    if edits.added:  # (with any claim added, the whole list is in text order, article by article)
        out.extend(c for c in edits.added if article is None or c.article == article)
        out.sort(key=lambda c: (c.article, c.start))
    return out


_SYMBOL_WORDS = (("≥", "at least "), ("≤", "up to "), (">", "more than "), ("<", "less than "))


def parse_figure(text: str) -> dict[str, Any]:
    """What the analyst typed as a figure ("≥ 50,000", "40,000–60,000", "about $2m") as claim fields."""
    typed = text.strip()
    for symbol, words in _SYMBOL_WORDS:
        if typed.startswith(symbol):
            typed = words + typed[len(symbol):].lstrip()
    typed = re.sub(r"^(\d[\d,.]*)\s*[–-]\s*(\d)", r"\1 to \2", typed)
    found = [c for c in extract(typed) if c.start == 0 or not typed[: c.start].strip()]
    if not found:
        raise EditError(f"'{text}' is not a figure Crosscount can read")
    c = found[0]
    return {"kind": c.kind, "low": c.low, "high": c.high, "estimate": c.estimate, "bound": c.bound, "unit": c.unit}


def new_claim(article: Article, start: int, end: int) -> Claim:
    """A claim the analyst marks in the text; its values are read from the words selected, if they hold a figure."""
    if not (0 <= start < end <= len(article.text)):
        raise EditError("the selection is outside the article's text")
    selected = article.text[start:end]
    try:
        values: dict[str, Any] = parse_figure(selected)
    except EditError:
        values = {"kind": "count", "low": None, "high": None, "estimate": None, "bound": "exact", "unit": None}
    starts = sentence_bounds(article.text)
    sent_start = max(s for s in starts if s <= start)
    later = [s for s in starts if s > start]
    sentence = article.text[sent_start: later[0] if later else len(article.text)].strip()
    return Claim(id=f"{article.id}:{start}:added", article=article.id, start=start, end=end, text=selected,
                 sentence=sentence, as_of=article.published, as_of_from="published" if article.published else None,
                 edited=True, **values)
