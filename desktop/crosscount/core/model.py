"""The values every stage passes on: Article, Claim, Group.

They are frozen dataclasses so that a stage can never change what an earlier stage found behind
its back; a later stage returns a new value with ``dataclasses.replace``. ``as_dict`` gives the JSON
shape of DESIGN.md, which the CLI, the exports and the project store all share.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Literal

Kind = Literal["count", "money", "percent", "quantity"]
Bound = Literal["exact", "approximate", "range", "at_least", "more_than", "at_most", "less_than"]

KINDS: tuple[str, ...] = ("count", "money", "percent", "quantity")
BOUNDS: tuple[str, ...] = ("exact", "approximate", "range", "at_least", "more_than", "at_most", "less_than")
SCHEMA = "crosscount/1"


@dataclass(frozen=True)
class Claim:
    """One figure in one article, with its exact span in the article's text."""

    id: str
    article: str
    start: int
    end: int
    text: str
    sentence: str
    kind: str
    low: float | None
    high: float | None
    estimate: float | None
    bound: str
    unit: str | None = None
    per: str | None = None
    # where a money figure's currency was read when the figure's own symbol or word does not say whose it is (a bare
    # "$", "Rs"): "sentence" (a country it names), "dateline", "paragraph" or "article" (inferred from a country named
    # elsewhere in the text), "guess" (the text names none: the symbol's first currency); None where the figure says it
    unit_from: str | None = None
    normalized: dict[str, Any] | None = None
    category: str | None = None
    subject: str | None = None
    # where the subject was read: "sentence", "paragraph" (a sentence before it) or "article" (inferred from what the
    # article's other figures are about, where its paragraph names no side)
    subject_from: str | None = None
    source: str | None = None
    source_from: str | None = None  # where the source was read: "own clause", "sentence" or "paragraph"
    as_of: str | None = None
    as_of_from: str | None = None  # "own clause", "sentence" (the text dates it there) or "published" (fallback)
    group: str | None = None
    flags: tuple[str, ...] = ()
    edited: bool = False
    excluded: bool = False
    estimate_of: str | None = None  # the claim whose estimate this one repeats (compare.echoes)
    reports: tuple[str, ...] = ()  # on the first claim of an estimate repeated elsewhere: every claim of it
    note: str | None = None  # the analyst's own note on the figure (an edit, kept in the project, exported)
    rules: tuple[str, ...] = ()  # the figure grammar's rules that made it ("unit_after_number", "hedge_prefix")
    lang: str | None = None  # the language its sentence was read in ("en", "ru", "uk"; extract/language.py)

    def as_dict(self) -> dict[str, Any]:
        """The claim as JSON-ready data (DESIGN.md's claim shape). A shallow copy: ``normalized`` is shared,
        not deep-copied as ``dataclasses.asdict`` would (the caller serializes it, never changes it)."""
        d = dict(self.__dict__)
        d["flags"] = list(self.flags)
        d["reports"] = list(self.reports)
        d["rules"] = list(self.rules)
        for key in ("low", "high", "estimate"):
            d[key] = _plain_number(d[key])
        return d

    @classmethod
    def of(cls, **values: Any) -> Claim:
        """``Claim(**values)`` in half the time. A frozen dataclass's ``__init__`` sets each of its 23
        fields through ``object.__setattr__``: about 6 µs a claim, which was 3% of extraction's time.
        It refuses what ``__init__`` refuses: a field the claim lacks, or a required one left out."""
        if not values.keys() >= _CLAIM_REQUIRED:
            raise TypeError(f"Claim needs {', '.join(sorted(_CLAIM_REQUIRED.difference(values)))}")
        new = object.__new__(cls)
        state = new.__dict__
        state.update(_CLAIM_DEFAULTS, **values)
        if len(state) != len(_CLAIM_DEFAULTS):
            raise TypeError(f"Claim has no field {', '.join(sorted(state.keys() - _CLAIM_DEFAULTS.keys()))}")
        return new

    def evolve(self, **changes: Any) -> Claim:
        """A copy with ``changes``. Same result as ``dataclasses.replace`` without re-running
        ``__init__`` (see ``of``), which matters when 100,000 claims are normalized."""
        fields = self.__dict__
        for key in changes:
            if key not in fields:
                raise TypeError(f"Claim has no field {key!r}")
        new = object.__new__(Claim)
        new.__dict__.update(fields, **changes)
        return new

    @property
    def value_range(self) -> tuple[float | None, float | None]:
        """The normalized (low, high) where normalization happened, else the raw one."""
        if self.normalized:
            return self.normalized.get("low"), self.normalized.get("high")
        return self.low, self.high


_CLAIM_REQUIRED = frozenset(f.name for f in fields(Claim) if f.default is MISSING)
# every field, in order, at its default; the required ones at a placeholder that ``Claim.of`` overwrites
_CLAIM_DEFAULTS = {f.name: None if f.name in _CLAIM_REQUIRED else f.default for f in fields(Claim)}


@dataclass(frozen=True)
class Article:
    """One loaded input: its text and metadata, or the reason it could not be read."""

    id: str
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_inferred: bool = False
    author: str | None = None
    path: str | None = None
    url: str | None = None
    error: str | None = None
    encoding: str | None = None  # the text's encoding, where it was bytes of text (not PDF or Word)
    encoding_guessed: bool = False  # True when no mark or declaration said so (see core/decoding.py)
    # where the outlet was read, when the text does not say it outright: "the wire dateline", "the PDF's
    # metadata (dc:publisher)", "the web address"…; None for an outlet the analyst typed (or none)
    outlet_from: str | None = None
    lang: str | None = None  # the language the analyst set ("en", "ru", "uk"); None: each paragraph's is detected

    @property
    def chars(self) -> int:
        return len(self.text)

    def as_dict(self) -> dict[str, Any]:
        """The article as JSON-ready metadata; its text is not repeated here (``chars`` says how long)."""
        return {
            "id": self.id,
            "path": self.path,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "published_inferred": self.published_inferred,
            "author": self.author,
            "chars": self.chars,
            "encoding": self.encoding,
            "encoding_guessed": self.encoding_guessed,
            "outlet_from": self.outlet_from,
            "lang": self.lang,
            "error": self.error,
        }


@dataclass(frozen=True)
class Group:
    """Comparable claims across articles: same category, subject and kind."""

    key: str
    label: str
    category: str | None
    subject: str | None
    kind: str
    claims: tuple[str, ...] = field(default_factory=tuple)
    estimates: int = 0  # independent estimates among the claims: echoes of one source's figure count once

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "category": self.category,
            "subject": self.subject,
            "kind": self.kind,
            "claims": list(self.claims),
            "estimates": self.estimates,
        }


def _plain_number(value: float | None) -> float | int | None:
    """Whole numbers print as integers in JSON (50000, not 50000.0)."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return value


# How a figure's bound is written before its value, in the table, the plots and the charts alike.
BOUND_PREFIXES = {"at_least": "≥ ", "more_than": "> ", "at_most": "≤ ", "less_than": "< ", "approximate": "~"}


def format_value(low: float | None, high: float | None, bound: str) -> str:
    """A figure as analysts read it: "≥ 50,000", "40,000–60,000", "~400,000"."""
    def n(v: float | None) -> str:
        if v is None:
            return ""
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")

    if bound == "range":
        return f"{n(low)}–{n(high)}"
    prefix = BOUND_PREFIXES.get(bound, "")
    return prefix + n(low if low is not None else high)
